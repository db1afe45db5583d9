"""The PyInstaller build a technician copies onto a station: complete (zbar, translations, sounds, icons), it answers and starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """`pyinstaller kiosk.spec` into tmp_path/dist, with `env` added to the environment."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed in this environment (pip install -e '.[test]' installs it)")
    return subprocess.run([str(pyinstaller), "--noconfirm", "--distpath", str(tmp_path / "dist"), "--workpath",
                           str(tmp_path / "build"), str(ROOT / "kiosk.spec")],
                          capture_output=True, text=True, cwd=ROOT, timeout=900, env=dict(os.environ, **env))


@pytest.mark.slow
def test_frozen_app_builds_and_runs(tmp_path):
    built = build(tmp_path)
    assert built.returncode == 0, built.stderr[-3000:]
    app = tmp_path / "dist" / "kiosk" / "kiosk"
    # each file once: the bundle's symbolic links (libraries under two names) would count them twice
    size_mb = sum(p.lstat().st_size for p in app.parent.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    print(f"\nfrozen bundle size: {size_mb:.0f} MB")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(KIOSK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")

    def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run([str(app), *args], capture_output=True, text=True, env=env, timeout=timeout)

    from kiosk import __version__

    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"kiosk {__version__}"
    # the bundle's own parts, not the build machine's: zbar from inside the bundle, assets read from it
    check_home = tmp_path / "check-home"
    check_home.mkdir()
    (check_home / "settings.toml").write_text('[devices]\ndecoder = "staged_pyzbar"\ncamera = "none"\n', encoding="utf-8")
    doctor = run("--home", str(check_home), "doctor", "--json")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    checks = {c["name"].split()[-1]: c for c in json.loads(doctor.stdout)["checks"]}
    bundle = app.parent.resolve()
    assert checks["library"]["ok"] and Path(checks["library"]["detail"]["library"]).resolve().is_relative_to(bundle)
    assert checks["decoder"]["ok"] and "pyzbar" in checks["decoder"]["detail"]["decoder"], checks["decoder"]
    assert checks["fonts"]["ok"], checks["fonts"]
    assets = checks["assets"]
    assert assets["ok"] and Path(assets["detail"]["assets"]).resolve().is_relative_to(bundle), assets
    assert assets["detail"]["icons"] > 0 and "read.wav" in assets["detail"]["sounds"]
    shipped = {p.name for p in (bundle / "_internal" / "assets" / "translations").glob("*.qm")}
    assert shipped == {p.name for p in (ROOT / "assets" / "translations").glob("*.qm")}
    demo = run("demo", "--quit-after", "3", timeout=300)
    assert demo.returncode == 0, demo.stderr[-3000:]
    status = run("status", "--json")
    assert '"workers": ' in status.stdout and '"workers": 0' not in status.stdout


@pytest.mark.slow
def test_the_build_stops_loudly_without_zbar(tmp_path):
    done = build(tmp_path, KIOSK_ZBAR=str(tmp_path / "no-libzbar.so.0"))
    assert done.returncode != 0 and "KIOSK_ZBAR" in done.stderr and not (tmp_path / "dist" / "kiosk").exists()
