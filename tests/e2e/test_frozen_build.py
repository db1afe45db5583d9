"""The PyInstaller build a technician copies onto a station: it builds, answers, checks devices, starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_app_builds_and_runs(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed in this environment (pip install -e '.[test]' installs it)")
    build = subprocess.run([str(pyinstaller), "--noconfirm", "--distpath", str(tmp_path / "dist"), "--workpath",
                            str(tmp_path / "build"), str(ROOT / "kiosk.spec")],
                           capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "kiosk" / "kiosk"
    size_mb = sum(p.stat().st_size for p in app.parent.rglob("*") if p.is_file()) / 2**20
    print(f"\nfrozen bundle size: {size_mb:.0f} MB")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(KIOSK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")

    def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run([str(app), *args], capture_output=True, text=True, env=env, timeout=timeout)

    from kiosk import __version__

    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"kiosk {__version__}"
    doctor = run("doctor")
    assert doctor.returncode == 0, doctor.stderr
    assert "zbar" in doctor.stdout.lower() and "font" in doctor.stdout.lower()
    demo = run("demo", "--quit-after", "3", timeout=300)
    assert demo.returncode == 0, demo.stderr[-3000:]
    status = run("status", "--json")
    assert '"workers": ' in status.stdout and '"workers": 0' not in status.stdout
