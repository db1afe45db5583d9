"""Decodes the camera's newest frame on its own thread and reports each card presentation once."""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from kiosk.devices.background import BackgroundLoop

log = logging.getLogger(__name__)


class RepeatFilter:
    """Lets a text through once, then ignores it while it keeps being seen within `window_s` seconds.

    The window runs from the last time the text was seen, so a card held in front of the camera for
    a minute is one presentation; taken away for longer than the window and shown again, it is a new
    one. Scanner apps use ~5 s for a camera and ~2.5 s for a hand scanner.
    """

    def __init__(self, window_s: float = 5.0, clock: Callable[[], float] = time.monotonic):
        self.window_s = window_s
        self.clock = clock
        self._seen: dict[str, float] = {}

    def accept(self, text: str) -> bool:
        """Note that `text` was read now; True when it is a new presentation that should act."""
        now = self.clock()
        self._seen = {t: at for t, at in self._seen.items() if now - at <= self.window_s}
        fresh = text not in self._seen
        self._seen[text] = now
        return fresh

    def clear(self) -> None:
        """Forget everything (e.g. the worker signed out and may show the same card again at once)."""
        self._seen.clear()


class ScanLoop(BackgroundLoop):
    """Runs `decoder` on each new camera frame and calls `on_read(text)` once per card presentation.

    on_read is called on the scan thread: a Qt UI forwards it with a queued signal. While paused
    (the station is busy with the last scan) frames are still decoded so a card that stays in view
    does not count as shown again on resume, but nothing is reported.
    """

    thread_name = "scan-loop"

    def __init__(self, camera, decoder, on_read: Callable[[str], None], repeat_window_s: float = 5.0,
                 clock: Callable[[], float] = time.monotonic, idle_s: float = 0.005):
        super().__init__()
        self.camera = camera
        self.decoder = decoder
        self.on_read = on_read
        self.clock = clock
        self.filter = RepeatFilter(repeat_window_s, clock)
        self.idle_s = idle_s  # how often to look for a new frame when there is none
        self.last_decode_ms: float | None = None  # how long the last decode took
        self.last_decode_at: float | None = None  # clock() when it finished
        self.frames_decoded = 0
        self._last_seq: int | None = None
        self._paused = threading.Event()

    @property
    def decoded_seq(self) -> int | None:
        """The seq of the last frame decoded (the loop has caught up when it equals the camera's)."""
        return self._last_seq

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def pause(self) -> None:
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    def start(self) -> None:
        self._start_thread()

    def stop(self) -> None:
        self._stop_thread()

    def step(self) -> bool:
        """Decode the newest frame if it is new; True if a frame was decoded (the thread calls this)."""
        frame = self.camera.latest()
        if frame is None or frame.seq == self._last_seq:
            return False
        self._last_seq = frame.seq
        started = time.perf_counter()
        texts = self.decoder.decode(frame.image)
        self.last_decode_ms = (time.perf_counter() - started) * 1000.0
        self.last_decode_at = self.clock()
        self.frames_decoded += 1
        for text in texts:
            if self.filter.accept(text) and not self.paused:
                try:
                    self.on_read(text)
                except Exception:  # noqa: BLE001 - a bug in the handler must not stop scanning
                    log.exception("scan handler failed for a read")
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                decoded = self.step()
            except Exception:  # noqa: BLE001 - a decoder crash on one odd frame: log, go on
                log.exception("decoding a frame failed")
                decoded = True
            if not decoded:
                self._stop.wait(self.idle_s)
