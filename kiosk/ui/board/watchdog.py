"""systemd readiness and watchdog for the board: READY=1 at start, WATCHDOG=1 from a UI-thread timer."""

from __future__ import annotations

import logging
import os
import socket
from typing import Callable, Mapping

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


def sd_notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send one datagram to systemd's $NOTIFY_SOCKET (a path, or '@name' in the abstract namespace)."""
    path = (env if env is not None else os.environ).get("NOTIFY_SOCKET", "")
    if not path:
        return False
    if path.startswith("@"):
        path = "\0" + path[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(path)
            sock.sendall(message.encode("ascii"))
    except OSError as exc:
        log.warning("sd_notify %r failed: %s", message, exc)
        return False
    return True


def watchdog_interval_ms(env: Mapping[str, str] | None = None) -> int | None:
    """Half of systemd's WatchdogSec (as it recommends), or None when no watchdog is asked for."""
    env = env if env is not None else os.environ
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) <= 0 or (pid and pid != str(os.getpid())):
        return None
    return max(50, int(usec) // 2000)


class Watchdog(QObject):
    """Pings systemd from the UI thread's event loop: if that loop hangs, the pings stop and systemd
    restarts the board. `alive` adds a check (the board's reading thread still runs)."""

    def __init__(self, alive: Callable[[], bool] = lambda: True, env: Mapping[str, str] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.env = dict(env if env is not None else os.environ)
        self.alive = alive
        self.pings = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.ping)

    def start(self) -> None:
        sd_notify("READY=1", self.env)
        interval = watchdog_interval_ms(self.env)
        if interval:
            self.timer.start(interval)

    def ping(self) -> None:
        if not self.alive():
            log.error("board reader thread has stopped; letting the watchdog restart the board")
            return
        if sd_notify("WATCHDOG=1", self.env):
            self.pings += 1

    def stop(self) -> None:
        self.timer.stop()
        sd_notify("STOPPING=1", self.env)
