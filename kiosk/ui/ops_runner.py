"""Runs station operations on one worker thread and reports back to the UI thread with signals."""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from kiosk.domain.messages import UserError

log = logging.getLogger(__name__)


class OpsRunner(QObject):
    """One user action = one call to `submit`; the result arrives as a signal on the UI thread.

    SQLite writes are serial anyway, so a single worker thread keeps the UI responsive without
    lock contention. Each operation gets its own Session inside `station.run`.
    """

    done = Signal(object, object)  # (token, Changes)
    failed = Signal(object, object)  # (token, Msg): the world failed or the input was wrong
    crashed = Signal(object, str)  # (token, summary): a bug; logged with a trace, the UI recovers
    changed = Signal(object)  # Changes, for every screen that refreshes on data changes

    def __init__(self, station, parent: QObject | None = None):
        super().__init__(parent)
        self.station = station
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="ops-runner", daemon=True)
        self._thread.start()

    def submit(self, op: Callable, *args, on_done: Callable | None = None, on_failed: Callable | None = None,
               **kwargs) -> object:
        """Queue an operation; callbacks (optional) run on the UI thread."""
        token = object()
        self._queue.put((token, op, args, kwargs, on_done, on_failed))
        return token

    def call(self, fn: Callable[[Any], Any], on_done: Callable | None = None, on_failed: Callable | None = None) -> object:
        """Run a read-only function `fn(station)` off the UI thread (queries, exports, printing)."""
        token = object()
        self._queue.put((token, None, (fn,), {}, on_done, on_failed))
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
                self._deliver(self.failed, token, exc.msg, on_failed)
            except Exception as exc:  # noqa: BLE001 - a bug: log it, tell the UI, keep the thread alive
                log.exception("operation %s failed", getattr(op, "__name__", "call"))
                self.crashed.emit(token, type(exc).__name__)
                if on_failed is not None:
                    self._deliver(None, token, None, on_failed)
            else:
                self._deliver(self.done, token, result, on_done)
                if op is not None:
                    self.changed.emit(result)

    def _deliver(self, signal, token, value, callback) -> None:
        if signal is not None:
            signal.emit(token, value)
        if callback is not None:
            _Callback.post(callback, value)

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def idle(self) -> bool:
        return self._queue.empty()


class _Callback(QObject):
    """Carries a Python callback to the UI thread (queued connection)."""

    fire = Signal(object, object)
    _instance: "_Callback | None" = None
    _lock = threading.Lock()

    def __init__(self):
        super().__init__()
        self.fire.connect(lambda cb, value: cb(value))

    @classmethod
    def post(cls, callback, value) -> None:
        cls._instance_for_ui().fire.emit(callback, value)

    @classmethod
    def _instance_for_ui(cls) -> "_Callback":
        with cls._lock:
            if cls._instance is None:
                from PySide6.QtCore import QCoreApplication

                inst = cls()
                app = QCoreApplication.instance()
                if app is not None:
                    inst.moveToThread(app.thread())
                cls._instance = inst
            return cls._instance
