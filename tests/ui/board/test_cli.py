"""`kiosk board` starts, tells systemd it is ready, keeps pinging, and quits cleanly when asked."""

from __future__ import annotations

import os
import socket
import subprocess
import sys


def test_kiosk_board_runs_windowed_and_reports_to_systemd(stations, tmp_path):
    home = stations(3).settings.home
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(tmp_path / "notify"))
    notify.settimeout(30)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOTIFY_SOCKET=str(tmp_path / "notify"),
               WATCHDOG_USEC="400000")
    env.pop("WATCHDOG_PID", None)
    proc = subprocess.Popen([sys.executable, "-m", "kiosk.cli.main", "--home", str(home), "board", "--windowed",
                             "--quit-after", "1.5"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        got = [notify.recv(64) for _ in range(3)]
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert got[0] == b"READY=1" and got[1:] == [b"WATCHDOG=1", b"WATCHDOG=1"]
    assert proc.returncode == 0, err
    assert "Traceback" not in err
