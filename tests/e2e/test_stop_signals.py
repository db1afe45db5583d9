"""systemd stops the kiosk with SIGTERM, a technician with Ctrl-C: both end cleanly, no traceback, exit 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sync_support import wait_until

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_kiosk_stops_cleanly_on_a_signal(tmp_path, sig):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen([sys.executable, "-m", "kiosk.cli.main", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = tmp_path / "home" / "logs" / "kiosk.log"
    try:
        wait_until(lambda: log.exists() and "start screen up" in log.read_text(encoding="utf-8"), 60,
                   "the kiosk's start screen")
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "kiosk stopped" in log.read_text(encoding="utf-8"), "sync and devices were shut down in order"
