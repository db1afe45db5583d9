"""Runs sync cycles on a background thread: every interval, sooner when poked, backing off after failures."""

from __future__ import annotations

import logging
import random
import threading
from typing import Callable

import requests

from kiosk.sync.backoff import Backoff
from kiosk.sync.client import AuthRefused
from kiosk.sync.engine import CycleReport, engine_for

log = logging.getLogger(__name__)
SCHEDULER_BACKOFF = Backoff(base=5.0, cap=300.0)


class SyncScheduler:
    """Keeps a station in sync by itself: reconnection is just the next attempt, no one has to press a button."""

    def __init__(self, station, interval: float, *, http_factory: Callable[[], requests.Session] = requests.Session,
                 backoff: Backoff = SCHEDULER_BACKOFF, on_report: Callable[[CycleReport], None] | None = None,
                 on_page: Callable | None = None, rng: random.Random | None = None, **engine_kwargs):
        self.station = station
        self.interval = max(0.05, float(interval))
        self.http_factory = http_factory
        self.backoff = backoff
        self.on_report = on_report
        self.on_page = on_page
        self.rng = rng or random.Random()
        self.engine_kwargs = {"max_attempts": 3, **engine_kwargs}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="sync-scheduler", daemon=True)
            self._thread.start()

    def poke(self) -> None:
        """Sync soon (staff pressed "sync now", or new records are waiting)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> bool:
        """Ask the thread to stop between requests; True when it has."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def join(self) -> None:
        """Block until the thread ends (for `kiosk sync` in the foreground; Ctrl-C still works)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def next_delay(self, report: CycleReport) -> float:
        if report.ok:
            self.failures = 0
            return self.interval
        self.failures += 1
        delay = self.backoff.delay(self.failures, self.rng, report.retry_after)
        # not enrolled / revoked: nothing changes by retrying fast; check again at the normal pace
        return max(delay, self.interval) if report.auth_refused else delay

    def run_once(self, http: requests.Session) -> CycleReport:
        try:
            engine = engine_for(self.station, http, stop=self._stop, on_page=self.on_page, rng=self.rng,
                                **self.engine_kwargs)
            return engine.run_cycle()
        except AuthRefused as exc:
            return CycleReport(error=str(exc), auth_refused=True)
        except Exception:  # noqa: BLE001 - a bug or a broken disk: log it, keep the kiosk running, try later
            log.exception("sync cycle failed")
            return CycleReport(error="internal error (see the log)")

    def _loop(self) -> None:
        with self.http_factory() as http:
            while not self._stop.is_set():
                self._wake.clear()
                report = self.run_once(http)
                if self.on_report is not None:
                    try:
                        self.on_report(report)
                    except Exception:  # noqa: BLE001 - a listener's bug must not stop syncing
                        log.exception("sync report listener failed")
                if self._stop.is_set():
                    return
                self._wake.wait(self.next_delay(report))
