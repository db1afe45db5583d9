"""The scan loop: one action per card presentation, newest frame only, nothing while busy."""

from __future__ import annotations

import functools
import threading

import cv2
from tests.unit.device_fakes import wait_for

from kiosk.devices.camera import FileCamera, Frame
from kiosk.devices.decoder import make_decoder
from kiosk.devices.scan_loop import RepeatFilter, ScanLoop
from kiosk.devices.synthetic import card_frame, empty_frame


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@functools.lru_cache(maxsize=None)
def card(seed: int):
    return card_frame(seed, "clean", "large")


@functools.lru_cache(maxsize=None)
def empty(seed: int):
    return empty_frame(seed, "clean")


class ScriptedCamera:
    """The camera as the scan loop sees it: whatever frame the test puts in front of it."""

    status = "ok"

    def __init__(self):
        self.frame: Frame | None = None
        self.seq = 0

    def show(self, image) -> None:
        self.seq += 1
        self.frame = Frame(image, self.seq, 0.0)

    def latest(self):
        return self.frame


def test_repeat_filter_acts_once_per_presentation():
    clock = FakeClock()
    f = RepeatFilter(5.0, clock)
    assert f.accept("A")
    for _ in range(30):  # held in front of the camera for 30 s, seen every second
        clock.now += 1.0
        assert not f.accept("A")
    assert f.accept("B")  # a different card at once
    clock.now += 5.5  # taken away for longer than the window
    assert f.accept("A")
    f.clear()
    assert f.accept("A")


def _loop(camera, clock=None, **kw):
    reads: list[str] = []
    loop = ScanLoop(camera, make_decoder("auto"), reads.append, clock=clock or FakeClock(), **kw)
    return loop, reads


def test_a_card_held_up_triggers_one_read_and_shown_again_later_another():
    clock = FakeClock()
    camera = ScriptedCamera()
    loop, reads = _loop(camera, clock)
    for i in range(8):
        camera.show(card(1).image)
        assert loop.step()
        clock.now += 0.1
    assert reads == [card(1).card_text]
    assert not loop.step()  # the same frame again (same seq) is not decoded twice
    assert loop.frames_decoded == 8 and 0 < loop.last_decode_ms < 2000
    camera.show(empty(1).image)
    loop.step()
    clock.now += 6.0  # the worker walked away and comes back
    camera.show(card(1).image)
    loop.step()
    assert reads == [card(1).card_text] * 2


def test_while_paused_scans_are_ignored_and_a_card_left_in_view_does_not_fire_on_resume():
    clock = FakeClock()
    camera = ScriptedCamera()
    loop, reads = _loop(camera, clock)
    loop.pause()
    for _ in range(3):
        camera.show(card(1).image)
        loop.step()
        clock.now += 1.0
    assert reads == [] and loop.paused
    loop.resume()
    camera.show(card(1).image)
    loop.step()
    assert reads == []  # still the same presentation
    camera.show(card(2).image)
    loop.step()
    assert reads == [card(2).card_text]


def test_the_thread_reads_a_card_from_a_file_camera_once(tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    frames = [empty(3).image] + [card(4).image] * 4 + [empty(3).image] * 2
    for i, image in enumerate(frames):
        cv2.imwrite(str(folder / f"{i:02d}.png"), image)
    camera = FileCamera(folder, fps=30, loop=False)
    read = threading.Event()
    reads: list[str] = []
    loop = ScanLoop(camera, make_decoder("auto"), lambda t: (reads.append(t), read.set()))
    camera.start()
    loop.start()
    try:
        assert read.wait(10.0)
        wait_for(lambda: camera.status == "stopped" and loop.decoded_seq == len(frames), what="all frames decoded")
    finally:
        loop.stop()
        camera.stop()
    assert reads == [card(4).card_text]
    assert loop.last_decode_at is not None and loop.last_decode_ms < 1000


def test_a_broken_handler_does_not_stop_scanning():
    camera = ScriptedCamera()
    calls = []

    def handler(text):
        calls.append(text)
        raise RuntimeError("bug in a screen")

    loop = ScanLoop(camera, make_decoder("auto"), handler, clock=FakeClock())
    camera.show(card(1).image)
    loop.step()
    camera.show(card(2).image)
    loop.step()
    assert calls == [card(1).card_text, card(2).card_text]
