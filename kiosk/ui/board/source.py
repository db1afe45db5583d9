"""Keeps the board current: a worker thread polls a cheap change marker and reloads orders and settings."""

from __future__ import annotations

import logging
import os
import threading
import time
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from sqlalchemy import create_engine, event, or_, select
from sqlalchemy.orm import Session

from kiosk.settings import SettingsError, load_settings
from kiosk.store.models import Job
from kiosk.store.job_view import job_view
from kiosk.store.queries import urgent_orders
from kiosk.ui.board.orders import GONE_WINDOW, Snapshot, parse_sync_time

log = logging.getLogger(__name__)

# The change marker: SQLite's data_version (moves whenever another connection commits) plus a summary of
# the job table, in case the pool hands out another connection. Well under a millisecond for 500 jobs
# (measured by benchmarks/bench_board.py), so it runs every half second.
MARKER_SQL = ("SELECT count(*), max(updated_at), total(filled), total(status = 'open'), "
              "(SELECT value FROM sync_state WHERE key = 'last_success') FROM job")


def read_engine(db_path):
    """A read-only engine for the board: plain SELECTs, no BEGIN IMMEDIATE, so it never holds the write lock."""
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 2, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA query_only=ON")

    return engine


def load_snapshot(session: Session, now: datetime, categories: list[str], last_sync: str | None) -> Snapshot:
    """Today's urgent orders, the orders that recently filled or closed, and the last sync time."""
    orders = tuple(job_view(job, now) for job in urgent_orders(session, now, categories or None))
    rows = session.execute(
        select(Job.id, Job.status, Job.filled, Job.headcount)
        .where(Job.updated_at >= now - GONE_WINDOW, or_(Job.status != "open", Job.filled >= Job.headcount))
    ).all()
    gone = {jid: "full" if status == "open" and filled >= headcount else "closed"
            for jid, status, filled, headcount in rows}
    return Snapshot(orders, gone, parse_sync_time(last_sync), now)


class OrderSource(QObject):
    """Emits `loaded(Snapshot)` when the orders change and `settings_changed(Settings)` when the file does."""

    loaded = Signal(object)
    settings_changed = Signal(object)

    def __init__(self, station, poll_seconds: float = 0.5, refresh_seconds: float = 30.0,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.station = station
        self.settings = station.settings
        self.poll_seconds = poll_seconds
        self.refresh_seconds = refresh_seconds  # reload anyway: orders end, "just posted" ages
        self.last_read_at: datetime | None = None  # station time of the last good read of the database
        self.last_poll_ms = 0.0
        self._engine = read_engine(station.settings.db_path)
        self._marker = None
        self._content = None
        self._loaded_at = float("-inf")
        self._settings_stamp = self._stamp()
        self._force = True
        self._stopping = False
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_error_log = float("-inf")

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="board-source", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._engine.dispose()

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def reload(self) -> None:
        """Read the orders again now (after a settings change, or from tests)."""
        self._force = True
        self._wake.set()

    def _loop(self) -> None:
        while not self._stopping:
            try:
                self._poll()
            except Exception:  # noqa: BLE001 - a locked or damaged file: keep the cached orders and retry
                if time.monotonic() - self._last_error_log > 60:
                    self._last_error_log = time.monotonic()
                    log.exception("board could not read the station database; showing cached orders")
            self._wake.wait(self.poll_seconds)
            self._wake.clear()

    def _poll(self) -> None:
        self._check_settings()
        started = time.perf_counter()
        with self._engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA data_version").scalar()
            marker = (version, *conn.exec_driver_sql(MARKER_SQL).one())
        self.last_poll_ms = (time.perf_counter() - started) * 1000
        now = self.station.clock()
        stale = time.monotonic() - self._loaded_at > self.refresh_seconds
        if self._force or stale or marker != self._marker:
            self._force = False
            with Session(self._engine) as session:
                snapshot = load_snapshot(session, now, list(self.settings.board.categories), marker[-1])
            self._marker, self._loaded_at = marker, time.monotonic()
            content = (snapshot.orders, snapshot.gone, snapshot.last_sync)
            if content != self._content:  # most commits (sync bookkeeping, check-ins) change nothing shown
                self._content = content
                self.loaded.emit(snapshot)
        self.last_read_at = now

    def _stamp(self):
        try:
            st = os.stat(self.settings.settings_file)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def _check_settings(self) -> None:
        stamp = self._stamp()
        if stamp == self._settings_stamp:
            return
        self._settings_stamp = stamp
        try:
            settings = load_settings(self.settings.home)
        except SettingsError:
            log.warning("board settings file is being edited or invalid; keeping the previous settings")
            return
        self.settings = settings
        self._force = True
        self.settings_changed.emit(settings)
