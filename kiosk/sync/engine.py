"""One sync cycle: upload everything pending, then download every change; retries with backoff and jitter."""

from __future__ import annotations

import logging

import random
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Callable

import requests

from kiosk.sync.backoff import Backoff
from kiosk.domain.messages import msg
from kiosk.sync.client import (DEFAULT_TIMEOUT, M_NOT_ENROLLED, AuthRefused, Refused, SyncClient, SyncError,
                               TransientError)
from kiosk.sync.protocol import DEFAULT_BATCH, DEFAULT_PAGE
from kiosk.sync.pull import pull
from kiosk.sync.push import push
from kiosk.sync.state import LAST_ATTEMPT, LAST_ERROR, LAST_SUCCESS, clear_state, read_token, set_state
from kiosk.store.queries import outbox_status


log = logging.getLogger(__name__)


class SyncStopped(SyncError):
    """The cycle was asked to stop (the kiosk is closing); nothing is lost, the next cycle carries on."""


@dataclass
class CycleReport:
    """What one cycle moved, for `kiosk sync --once --json`, the staff panel and the logs."""

    ok: bool = False
    error: str | None = None
    auth_refused: bool = False
    retry_after: float | None = None
    uploaded: int = 0  # accepted as new by the server
    duplicates: int = 0  # the server had them already (a re-send after a lost answer)
    attention: int = 0  # refused: now on the needs-attention list
    batches: int = 0
    downloaded: dict = field(default_factory=dict)  # jobs, workers, revocations, keys, tombstones, kept_local
    retries: int = 0
    pending_left: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


class SyncEngine:
    """Pushes the outbox and pulls changes for one station. HTTP session and clocks are given, not global."""

    def __init__(self, station, http: requests.Session, server_url: str, token: str | None, *,
                 clock: Callable[[], datetime] | None = None, monotonic: Callable[[], float] = time.monotonic,
                 stop: threading.Event | None = None, rng: random.Random | None = None,
                 backoff: Backoff = Backoff(), max_attempts: int = 5, batch_size: int = DEFAULT_BATCH,
                 page_size: int = DEFAULT_PAGE, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 on_page: Callable[[Counter], None] | None = None):
        self.station = station
        self.clock = clock or station.clock
        self.monotonic = monotonic
        self.client = SyncClient(http, server_url, token, self.clock, timeout)
        self.stop = stop or threading.Event()
        self.rng = rng or random.Random()
        self.backoff = backoff
        self.max_attempts = max(1, max_attempts)
        self.batch_size = max(1, batch_size)
        self.page_size = max(1, page_size)
        self.on_page = on_page
        self._retries = 0

    def check_stop(self) -> None:
        if self.stop.is_set():
            raise SyncStopped("stopped")

    def call(self, fn: Callable):
        """Run one request, retrying transient failures with backoff + jitter (and Retry-After)."""
        for attempt in range(1, self.max_attempts + 1):
            try:
                return fn()
            except TransientError as exc:
                if attempt == self.max_attempts:
                    raise
                self._retries += 1
                if self.stop.wait(self.backoff.delay(attempt, self.rng, exc.retry_after)):
                    raise SyncStopped("stopped") from None
        raise AssertionError("unreachable")

    def page_applied(self, counts: Counter) -> None:
        if self.on_page is not None:
            self.on_page(counts)

    def run_cycle(self) -> CycleReport:
        """Upload before download. Each batch and each page is its own transaction, so a crash anywhere
        loses nothing and repeats nothing the server has not already deduplicated."""
        started = self.monotonic()
        report = CycleReport()
        pushed: dict = {}
        pulled: Counter = Counter()
        self._retries = 0
        self._save(LAST_ATTEMPT, self.clock().isoformat(timespec="seconds"))
        try:
            push(self, pushed)
            pull(self, pulled)
            report.ok = True
        except SyncStopped as exc:
            report.error = str(exc)
        except AuthRefused as exc:
            report.error, report.auth_refused = str(exc), True
        except (TransientError, Refused) as exc:
            report.error = str(exc)
            report.retry_after = getattr(exc, "retry_after", None)
        report.uploaded, report.duplicates = pushed.get("accepted", 0), pushed.get("duplicate", 0)
        report.attention, report.batches = pushed.get("attention", 0), pushed.get("batches", 0)
        report.downloaded = {k: v for k, v in sorted(pulled.items()) if v}
        report.retries = self._retries
        report.seconds = round(self.monotonic() - started, 3)
        self._finish(report)
        if report.ok:
            log.info("sync cycle done in %.1f s: up %d (dup %d, attention %d), down %s, pending %d", report.seconds,
                     report.uploaded, report.duplicates, report.attention, report.downloaded or "{}", report.pending_left)
        elif report.error == "stopped":
            log.info("sync cycle stopped after %.1f s (pending %d)", report.seconds, report.pending_left)
        else:
            log.warning("sync cycle failed after %.1f s: %s (pending %d)", report.seconds, report.error,
                        report.pending_left)
        return report

    def _save(self, key: str, value: str) -> None:
        with self.station.read() as s, s.begin():
            set_state(s, key, value)

    def _finish(self, report: CycleReport) -> None:
        with self.station.read() as s, s.begin():
            if report.ok:
                set_state(s, LAST_SUCCESS, self.clock().isoformat(timespec="seconds"))
                clear_state(s, LAST_ERROR)
            elif report.error != "stopped":
                set_state(s, LAST_ERROR, f"{self.clock().isoformat(timespec='seconds')} {report.error}"[:500])
            report.pending_left = outbox_status(s).pending


def engine_for(station, http: requests.Session, server_url: str | None = None, **kwargs) -> SyncEngine:
    """An engine for the station's configured server (or `server_url`) and its stored token."""
    url = server_url or station.settings.server_url
    if not url:
        raise AuthRefused(msg(M_NOT_ENROLLED))
    return SyncEngine(station, http, url, read_token(station.settings.keys_dir), **kwargs)
