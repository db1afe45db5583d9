"""A kiosk or board whose UI loop hangs ends itself with its stacks in logs/hang.txt, so systemd restarts it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kiosk.ui.watchdog import Watchdog

app = QApplication([])
dog = Watchdog(report_dir=Path(sys.argv[1]))
dog.start()

def stuck_in_a_query():
    print("hanging", flush=True)
    time.sleep(60)  # the UI thread is stuck: its loop runs nothing, so nothing re-arms the guard

QTimer.singleShot(2000, stuck_in_a_query)  # four hang limits of a healthy loop first
sys.exit(app.exec())
"""


def test_a_hung_ui_loop_is_ended_with_its_stacks_written_and_a_healthy_one_is_not(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HANG_SECONDS="0.5")
    started = time.monotonic()
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "logs")], capture_output=True, text=True,
                           env=env, timeout=60)
    assert child.stdout.strip() == "hanging", "a running loop keeps re-arming the guard (2 s > 0.5 s limit)"
    assert child.returncode == 1, child.stderr
    assert time.monotonic() - started < 30, "ended well before the stuck call would have returned"
    report = (tmp_path / "logs" / "hang.txt").read_text()
    assert "Timeout" in report and "stuck_in_a_query" in report


def test_without_the_setting_there_is_no_hang_guard(qtbot, monkeypatch):
    from kiosk.ui.watchdog import Watchdog

    monkeypatch.delenv("KIOSK_HANG_SECONDS", raising=False)
    dog = Watchdog(env={})
    dog.start()
    assert dog.hang is None and not dog.timer.isActive()
    dog.stop()
