"""Waiting without sleeping: run the event loop until a condition holds (tours, screenshots, benchmarks)."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer


def wait_for(condition: Callable[[], bool], timeout: float = 10.0, step_ms: int = 10) -> bool:
    """Process events until condition() is true; False if it was not within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    QCoreApplication.processEvents()
    return True


def settle(window, timeout: float = 10.0) -> bool:
    """Until the ops runner has answered everything and no screen change is waiting."""
    return wait_for(lambda: window.ctx.runner.idle() and not window.guard.pending, timeout)
