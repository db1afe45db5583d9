"""Qt face of the sync scheduler: cycles run on a Python thread; status and arrivals come back as signals."""

from __future__ import annotations

import gc
from typing import Callable

import requests
from PySide6.QtCore import QObject, Signal

from kiosk.sync.scheduler import SyncScheduler
from kiosk.sync.status import sync_status


class SyncRunner(QObject):
    """Keeps the station in sync while the kiosk runs; the UI thread never waits on the network or the disk.

    Signals (delivered on the UI thread): `status_changed(dict)` after each cycle with
    kiosk.sync.status.sync_status(); `jobs_arrived(int)` as soon as a downloaded page with jobs is
    committed (the wall board and recommendations refresh on it); `cycle_finished(CycleReport)`.
    """

    status_changed = Signal(object)
    jobs_arrived = Signal(int)
    cycle_finished = Signal(object)

    def __init__(self, station, parent: QObject | None = None, *, interval: float | None = None,
                 http_factory: Callable[[], requests.Session] = requests.Session, **engine_kwargs):
        super().__init__(parent)
        freeze_startup_objects()  # made at start-up, like the main window: the one full collection happens now
        self.station = station
        self._scheduler = SyncScheduler(
            station, interval if interval is not None else station.settings.sync_interval_seconds,
            http_factory=http_factory, on_report=self._reported, on_page=self._page_applied, **engine_kwargs)

    def start(self) -> None:
        self._scheduler.start()

    def sync_now(self) -> None:
        """Staff pressed "sync now" (or new records are waiting): run a cycle soon."""
        self._scheduler.poke()

    def stop(self, timeout: float = 10.0) -> bool:
        return self._scheduler.stop(timeout)

    # ---- called on the sync thread; signals carry the results to the UI thread ------------------------------

    def _reported(self, report) -> None:
        self.cycle_finished.emit(report)
        self.status_changed.emit(sync_status(self.station))

    def _page_applied(self, counts) -> None:
        arrived = counts.get("jobs", 0) + counts.get("tombstones", 0)
        if arrived:
            self.jobs_arrived.emit(arrived)


_frozen = False


def freeze_startup_objects() -> None:
    """Move the objects alive at start-up (Qt wrappers, SQLAlchemy, pydantic: ~100k) out of the garbage
    collector's way, once. A full collection set off by the sync thread holds the GIL while it walks every
    tracked object; without this it stalls the UI thread for 100-200 ms, with it for a few ms."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True
