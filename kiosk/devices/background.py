"""A loop on its own daemon thread that can be started, stopped and started again."""

from __future__ import annotations

import threading


class BackgroundLoop:
    """Subclasses implement _run(), which returns once self._stop is set (wait on it, never sleep)."""

    thread_name = "device"

    def __init__(self):
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        raise NotImplementedError

    def _start_thread(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def _stop_thread(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=timeout)
            self._thread = None
