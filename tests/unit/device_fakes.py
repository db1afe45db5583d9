"""Stand-ins at the device boundary (a capture device, a PATH of fake programs) and a deadline poller."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np


def wait_for(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    """Poll `predicate` until it is true; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        threading.Event().wait(0.005)


class CaptureRig:
    """A USB webcam that can be unplugged and plugged back: hands out fake cv2.VideoCapture objects."""

    def __init__(self, frame_interval_s: float = 0.005, burst: int | None = None):
        self.plugged = True
        self.opens = 0
        self.reads = 0
        self.props: list[tuple[int, float]] = []
        self.frame_interval_s = frame_interval_s  # a 200 fps camera
        self.burst = burst  # deliver this many frames, then none until `more` is set
        self.more = threading.Event()
        self.closed = threading.Event()

    def open(self, spec):
        self.opens += 1
        return _FakeCapture(self, self.plugged)


class _FakeCapture:
    def __init__(self, rig: CaptureRig, opened: bool):
        self.rig, self.opened = rig, opened

    def isOpened(self):  # noqa: N802 - the cv2.VideoCapture API
        return self.opened

    def set(self, prop, value):
        self.rig.props.append((prop, value))
        return True

    def read(self):
        rig = self.rig
        if rig.burst is not None and rig.reads >= rig.burst:
            while not (rig.more.is_set() or rig.closed.is_set()):
                rig.more.wait(0.05)  # a camera with no new picture blocks in read()
        threading.Event().wait(rig.frame_interval_s)  # the sensor's frame interval
        if not rig.plugged:
            return False, None
        rig.reads += 1
        return True, np.full((72, 128, 3), rig.reads % 256, np.uint8)

    def release(self):
        pass


def fake_program(folder: Path, name: str, script: str) -> Path:
    """An executable shell script standing in for a system program (espeak-ng, lp...)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def only_path(monkeypatch, folder: Path) -> None:
    """Make `folder` the only place programs are looked up (fake scripts call real tools by full path)."""
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("PATH", str(folder))
