"""Hang watchdog for the kiosk and the board: READY=1 at start, then a UI-thread timer that vouches for the loop."""

from __future__ import annotations

import faulthandler
import logging
import os
import socket
from pathlib import Path
from typing import Callable, Mapping

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
HANG_ENV = "KIOSK_HANG_SECONDS"  # set by the packaged systemd units (packaging/systemd/)


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


def hang_seconds(env: Mapping[str, str] | None = None) -> float | None:
    """The in-process hang limit ($KIOSK_HANG_SECONDS), or None when not asked for.

    Under cage the app is the compositor's child and lives in the login session's scope, so systemd does not
    accept its WATCHDOG=1 (systemd.exec(5), PAMName=): the app must notice a hung UI loop itself."""
    raw = (env if env is not None else os.environ).get(HANG_ENV, "")
    try:
        seconds = float(raw)
    except ValueError:
        return None
    return seconds if seconds > 0 else None


class Watchdog(QObject):
    """Vouches for the UI thread's event loop from a timer on it. If that loop hangs, the vouching stops:
    systemd's watchdog (WatchdogSec=, when the app is the service's main process) or the in-process hang
    guard ($KIOSK_HANG_SECONDS: faulthandler writes every thread's stack to `report_dir/hang.txt` and exits 1,
    from a C thread that needs no GIL) ends the process and systemd restarts it. `alive` adds a check (e.g. the
    board's reading thread still runs)."""

    def __init__(self, alive: Callable[[], bool] = lambda: True, env: Mapping[str, str] | None = None,
                 parent: QObject | None = None, report_dir: Path | None = None):
        super().__init__(parent)
        self.env = dict(env if env is not None else os.environ)
        self.alive = alive
        self.pings = 0
        self.hang = hang_seconds(self.env)
        self.report_dir = report_dir
        self._report = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.ping)

    def start(self) -> None:
        sd_notify("READY=1", self.env)
        intervals = [ms for ms in (watchdog_interval_ms(self.env),) if ms]
        if self.hang:
            intervals.append(max(50, round(self.hang * 250)))  # re-armed four times per limit
            self._report = self._open_report()
            self._arm()
            log.info("hang guard on: exit after %.0f s without the UI loop running", self.hang)
        if intervals:
            self.timer.start(min(intervals))

    def _open_report(self):
        if self.report_dir is None:
            return None
        self.report_dir.mkdir(parents=True, exist_ok=True)
        return open(self.report_dir / "hang.txt", "a", encoding="utf-8")  # noqa: SIM115 - held while armed

    def _arm(self) -> None:
        faulthandler.dump_traceback_later(self.hang, exit=True, **({"file": self._report} if self._report else {}))

    def ping(self) -> None:
        if not self.alive():
            log.error("a worker thread has stopped; letting the watchdog restart the app")
            return
        if self.hang:
            self._arm()
        if sd_notify("WATCHDOG=1", self.env) or self.hang:
            self.pings += 1

    def stop(self) -> None:
        self.timer.stop()
        if self.hang:
            faulthandler.cancel_dump_traceback_later()
        if self._report is not None:
            self._report.close()
            self._report = None
        sd_notify("STOPPING=1", self.env)
