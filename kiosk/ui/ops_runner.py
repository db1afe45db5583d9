"""Runs station operations on one worker thread and reports back to the UI thread with signals."""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.domain.messages import UserError
from kiosk.store.db_errors import plain_db_error

log = logging.getLogger(__name__)


def _receiver_alive(callback: Callable) -> bool:
    """False when the callback is a bound method of a Qt object that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        from shiboken6 import isValid

        return isValid(owner)
    return True


class OpsRunner(QObject):
    """One user action = one call to `submit`; the result arrives as a signal on the UI thread.

    SQLite writes are serial anyway, so a single worker thread keeps the UI responsive without
    lock contention. Each operation gets its own Session inside `station.run`. Every public signal
    and every callback is delivered on the thread the runner was made on (the UI thread), whatever
    thread did the work, so receivers never need to think about threads.
    """

    done = Signal(object, object)  # (token, Changes or the call's return value)
    failed = Signal(object, object)  # (token, Msg): the world failed or the input was wrong
    crashed = Signal(object, str)  # (token, summary): a bug; logged with a trace, the UI recovers
    changed = Signal(object)  # Changes, for every screen that refreshes on data changes
    _finished = Signal(object)  # internal: (outcome tuple) from the worker thread to the UI thread

    def __init__(self, station, parent: QObject | None = None):
        super().__init__(parent)
        self.station = station
        self._queue: queue.Queue = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        # Explicitly queued: the worker thread only posts, the UI thread does all the delivering.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name="ops-runner", daemon=True)
        self._thread.start()

    def submit(self, op: Callable, *args, on_done: Callable | None = None, on_failed: Callable | None = None,
               **kwargs) -> object:
        """Queue an operation; callbacks (optional) run on the UI thread.

        on_failed receives the Msg for a UserError, or None when the operation crashed (a bug).
        """
        return self._put(op, args, kwargs, on_done, on_failed)

    def call(self, fn: Callable[[Any], Any], on_done: Callable | None = None, on_failed: Callable | None = None) -> object:
        """Run a read-only function `fn(station)` off the UI thread (queries, exports, printing)."""
        return self._put(None, (fn,), {}, on_done, on_failed)

    def _put(self, op, args, kwargs, on_done, on_failed) -> object:
        token = object()
        with self._lock:
            self._pending += 1
        self._queue.put((token, op, args, kwargs, on_done, on_failed))
        return token

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            token, op, args, kwargs, on_done, on_failed = item
            try:
                result = self.station.run(op, *args, **kwargs) if op is not None else args[0](self.station)
            except UserError as exc:
                outcome = ("failed", token, exc.msg, on_failed, op)
            except Exception as exc:  # noqa: BLE001 - a bug: log it, tell the UI, keep the thread alive
                name = getattr(op or args[0], "__name__", "call")
                problem = plain_db_error(exc, name)  # the database locked or the disk full: the world failed
                if problem is not None:
                    outcome = ("failed", token, problem, on_failed, op)  # the screen keeps what was typed
                else:
                    log.exception("operation %s failed", name)
                    outcome = ("crashed", token, type(exc).__name__, on_failed, op)
            else:
                outcome = ("done", token, result, on_done, op)
            self._finished.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome) -> None:
        kind, token, value, callback, op = outcome
        with self._lock:
            self._pending -= 1
        if kind == "done":
            self.done.emit(token, value)
            if op is not None:
                self.changed.emit(value)
        elif kind == "failed":
            self.failed.emit(token, value)
        else:
            self.crashed.emit(token, value)
            value = None
        if callback is not None and _receiver_alive(callback):
            callback(value)

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def idle(self) -> bool:
        """True when nothing is queued, running, or waiting to be delivered to the UI."""
        with self._lock:
            return self._pending == 0

    def pending(self) -> int:
        with self._lock:
            return self._pending
