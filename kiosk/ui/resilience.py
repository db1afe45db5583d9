"""Keeping a months-long kiosk running: bugs become crash reports and a fresh home screen; Qt's chatter goes to the log."""

from __future__ import annotations

import logging
import signal
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, QtMsgType, qInstallMessageHandler

from kiosk.crash_reports import install_crash_reporting

log = logging.getLogger("kiosk.qt")
_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


# Qt says these on machines without a speech daemon, PipeWire or a window manager; the kiosk copes (speech falls
# back, sound goes through ALSA), so they are kept at INFO and `kiosk logs --level ERROR` stays clean.
EXPECTED = ("Error loading text-to-speech plug-in", "pipewire", "does not support propagateSizeHints")


def qt_message_level(mode, message: str) -> int:
    if any(text in message for text in EXPECTED):
        return logging.INFO
    return _LEVELS.get(mode, logging.WARNING)


def route_qt_messages_to_log() -> None:
    """Qt's messages (missing PipeWire, speech plug-ins...) go to the station log, not over the console."""
    qInstallMessageHandler(lambda mode, _context, message: log.log(qt_message_level(mode, message), "%s", message))


def install_crash_handler(logs_dir: Path, recover: Callable[[], None]) -> None:
    """An exception escaping a Qt slot is a bug: keep a scrubbed report, then bring the screen back home."""
    install_crash_reporting(logs_dir, recover)


def quit_on_signals(app, parent: QObject) -> QTimer:
    """SIGTERM (systemd stopping the service) and SIGINT (Ctrl-C) end the event loop cleanly, so the
    `finally` blocks stop sync and devices, instead of a KeyboardInterrupt inside some Qt callback."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    ticks = QTimer(parent, interval=300)  # lets Python run its signal handlers inside Qt's loop
    ticks.timeout.connect(lambda: None)
    ticks.start()
    return ticks
