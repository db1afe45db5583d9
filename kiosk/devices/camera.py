"""Cameras that always hold only their newest frame and notice being unplugged and plugged back in."""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

import cv2
import numpy as np

from kiosk.devices.background import BackgroundLoop
from kiosk.domain.messages import Msg, define, msg

log = logging.getLogger(__name__)

M_OK = define("camera.ok", "The camera is working.", "摄像头工作正常。")
M_STOPPED = define("camera.stopped", "The camera is switched off.", "摄像头已关闭。")
M_MISSING = define(
    "camera.missing",
    "The camera is not connected. Please check the cable; it comes back by itself once it is plugged in.",
    "摄像头没有连接。请检查连线，接好后会自动恢复。",
)
M_SOURCE_MISSING = define(
    "camera.source_missing",
    "The camera pictures in {source} cannot be read. The station keeps trying by itself.",
    "读不到摄像头画面（{source}）。本机会自动重试。",
)
M_NONE = define(
    "camera.none",
    "This station has no camera set up. Please use the card scanner, or ask the staff for help.",
    "本机没有设置摄像头。请使用扫码器，或找工作人员帮忙。",
)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
_END = object()  # a file source played to its end (and is not looping)


@dataclass(frozen=True)
class Frame:
    """One camera picture: BGR pixels (never modify them: others may be reading), a sequence number, a time."""

    image: np.ndarray
    seq: int  # counts up by one per frame a camera delivers; a decoder skips a seq it has seen
    t: float  # time.monotonic() when the frame was read


class Camera(Protocol):
    """What the scan loop and the preview need from a camera."""

    status: str  # 'ok' (on; frames may take a moment) | 'missing' (lost, retrying) | 'stopped' (off, or a file ended)
    status_msg: Msg

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def latest(self) -> Frame | None: ...


class _Source(Protocol):
    def read(self): ...  # an image, None for a failed read, or _END
    def release(self) -> None: ...


class _ThreadedCamera(BackgroundLoop):
    """Reads a source on its own thread, keeps only the newest frame, reopens the source after losing it."""

    thread_name = "camera"

    def __init__(self, *, fps: float | None = None, retry_s: float = 2.0, max_failures: int = 5,
                 missing_msg: Msg | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.fps = fps
        self.retry_s = retry_s
        self.max_failures = max_failures
        self.clock = clock
        self.status = "stopped"
        self.status_msg = msg(M_STOPPED)
        self._missing_msg = missing_msg or msg(M_MISSING)
        self._lock = threading.Lock()
        self._frame: Frame | None = None
        self._seq = 0

    # --- the interface ----------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._set_status("ok")  # switched on; the capture thread says 'missing' as soon as it knows better
        self._start_thread()

    def stop(self) -> None:
        self._stop_thread()
        self._set_status("stopped")

    def latest(self) -> Frame | None:
        with self._lock:
            return self._frame

    # --- for subclasses -----------------------------------------------------------------------
    def _open_source(self) -> _Source | None:
        raise NotImplementedError

    # --- the capture thread -------------------------------------------------------------------
    def _set_status(self, status: str) -> None:
        if status == self.status:
            return
        if status == "missing":
            log.warning("camera lost: %s", self)
        elif self.status == "missing" and status == "ok":
            log.info("camera back: %s", self)
        self.status_msg = {"ok": msg(M_OK), "stopped": msg(M_STOPPED)}.get(status, self._missing_msg)
        self.status = status

    def _lost(self) -> None:
        with self._lock:
            self._frame = None  # no frozen picture: the screen shows the message instead
        self._set_status("missing")

    def _publish(self, image: np.ndarray) -> None:
        with self._lock:
            self._seq += 1
            self._frame = Frame(image, self._seq, self.clock())

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                source = self._open_source()
            except Exception:  # noqa: BLE001 - a driver error is a missing camera, not a crash
                log.exception("opening the camera failed")
                source = None
            if source is None:
                self._lost()
                self._stop.wait(self.retry_s)
                continue
            try:
                ended = self._pump(source)
            finally:
                source.release()
            if ended:
                self._set_status("stopped")  # a file camera that plays once: its last frame stays
                return
            if not self._stop.is_set():
                self._lost()
                self._stop.wait(self.retry_s)

    def _pump(self, source: _Source) -> bool:
        """Read until stopped (False), lost (False) or a non-looping file ends (True)."""
        failures = 0
        period = 1.0 / self.fps if self.fps else 0.0
        due = self.clock()
        while not self._stop.is_set():
            try:
                image = source.read()
            except Exception:  # noqa: BLE001 - drivers throw on unplug; count it as a failed read
                log.debug("camera read raised", exc_info=True)
                image = None
            if image is _END:
                return True
            if image is None:
                failures += 1
                if failures >= self.max_failures:
                    return False
                self._stop.wait(0.05)
                continue
            failures = 0
            self._publish(image)
            self._set_status("ok")
            if period:  # files play at their frame rate; a real camera paces itself
                due += period
                self._stop.wait(max(0.0, due - self.clock()))
                due = max(due, self.clock() - period)
        return False


class _CaptureSource:
    """A cv2.VideoCapture (or a stand-in with read/isOpened/release) as a source."""

    def __init__(self, cap, rewind: bool = False, end_is_final: bool = False):
        self.cap, self.rewind, self.end_is_final = cap, rewind, end_is_final

    def read(self):
        ok, image = self.cap.read()
        if ok and image is not None:
            return image
        if self.rewind:  # a looping video: back to the start
            self.cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, image = self.cap.read()
            return image if ok else None
        return _END if self.end_is_final else None

    def release(self) -> None:
        self.cap.release()


class _FolderSource:
    """The images of a folder in name order, each read from disk when it is its turn."""

    def __init__(self, files: list[Path], loop: bool):
        self.files, self.loop, self.i = files, loop, 0

    def read(self):
        if self.i >= len(self.files):
            if not self.loop:
                return _END
            self.i = 0
        path = self.files[self.i]
        self.i += 1
        return cv2.imread(str(path), cv2.IMREAD_COLOR)  # None when the file went away

    def release(self) -> None:
        pass


def _open_capture(spec: int | str):
    """cv2.VideoCapture for an index or URL; None for a V4L2 camera that is not plugged in."""
    if isinstance(spec, int) and sys.platform.startswith("linux"):
        if not Path(f"/dev/video{spec}").exists():
            return None  # not plugged in: don't ask OpenCV, which logs warnings on every attempt
        return cv2.VideoCapture(spec, cv2.CAP_V4L2)
    return cv2.VideoCapture(spec)


class OpenCvCamera(_ThreadedCamera):
    """A USB/V4L2 webcam (by index) or a network stream (by URL), read through OpenCV."""

    def __init__(self, index_or_url: int | str, *, capture_factory: Callable | None = None,
                 width: int = 1280, height: int = 720, **kwargs):
        super().__init__(**kwargs)
        self.spec = index_or_url
        self.width, self.height = width, height
        self._factory = capture_factory or _open_capture

    def __repr__(self) -> str:
        return f"OpenCvCamera({self.spec!r})"

    def _open_source(self) -> _Source | None:
        cap = self._factory(self.spec)
        if cap is None:
            return None
        if not cap.isOpened():
            cap.release()
            return None
        # V4L2 queues ~4 frames by default: with one, reading continuously always gives the newest.
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        if isinstance(self.spec, int):
            # USB 2 webcams give 720p at full frame rate only as MJPG (raw YUYV drops to ~10 fps)
            cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        return _CaptureSource(cap)


class FileCamera(_ThreadedCamera):
    """Plays a folder of images (sorted by name) or a video file as if it were a camera (demo, tests)."""

    def __init__(self, path: str | Path, fps: float = 15, loop: bool = True, **kwargs):
        super().__init__(fps=fps, missing_msg=msg(M_SOURCE_MISSING, source=str(path)), **kwargs)
        self.path = Path(path)
        self.loop = loop

    def __repr__(self) -> str:
        return f"FileCamera({str(self.path)!r})"

    def _open_source(self) -> _Source | None:
        if self.path.is_dir():
            files = sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
            return _FolderSource(files, self.loop) if files else None
        if not self.path.is_file():
            return None
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            return None
        return _CaptureSource(cap, rewind=self.loop, end_is_final=not self.loop)


class NullCamera:
    """No camera configured: always 'missing', never a frame (the scanner and staff still work)."""

    def __init__(self):
        self.status = "missing"
        self.status_msg = msg(M_NONE)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def latest(self) -> Frame | None:
        return None


def open_camera(spec: str) -> Camera:
    """The camera a settings value names: an index, a folder or file of pictures, a stream URL, or none."""
    spec = (spec or "").strip()
    if spec.lower() in ("", "none", "off"):
        return NullCamera()
    if spec.isdigit():
        return OpenCvCamera(int(spec))
    if "://" in spec or spec.startswith("/dev/"):
        return OpenCvCamera(spec)  # rtsp://..., http://..., /dev/videoN (perhaps not plugged in yet)
    return FileCamera(Path(spec).expanduser())  # a folder or video that may appear later is picked up then
