"""A live-like camera for walk-up tests: a folder of 1280x720 frames played by the file camera into the real scan path."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import cv2
import numpy as np

from kiosk.devices.camera import FileCamera
from kiosk.devices.decoder import make_decoder
from kiosk.ui.scan_input import ScanInput

FRAME_W, FRAME_H = 1280, 720


def card_in_frame(picture: np.ndarray, width_px: int = 560) -> np.ndarray:
    """A printed card (BGR picture) held up in the middle of a grey 1280x720 camera frame, `width_px` wide."""
    h, w = picture.shape[:2]
    card = cv2.resize(picture, (width_px, round(h * width_px / w)), interpolation=cv2.INTER_AREA)
    frame = np.full((FRAME_H, FRAME_W, 3), 96, np.uint8)
    top, left = (FRAME_H - card.shape[0]) // 2, (FRAME_W - card.shape[1]) // 2
    frame[top: top + card.shape[0], left: left + card.shape[1]] = card
    return frame


def write_frames(folder: Path, frame: np.ndarray, count: int = 3) -> Path:
    """The same picture as a few camera frames (frame-0.png ...) for the file camera to play."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        cv2.imwrite(str(folder / f"frame-{i}.png"), frame)
    return folder


@contextmanager
def camera_scanning(window, folder: Path) -> Iterator[FileCamera]:
    """The kiosk window's camera plays `folder` and its reads go through the default decoder to the screens."""
    camera = FileCamera(folder, fps=10)
    camera.start()
    window.flow.home.set_camera(camera)
    scan = ScanInput(camera, make_decoder("auto"), parent=window)
    window.use_scan_input(scan)
    scan.start()
    try:
        yield camera
    finally:
        scan.stop()
        camera.stop()
