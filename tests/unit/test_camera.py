"""Cameras: the newest frame only, a plain message when unplugged, back by themselves when plugged in."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from tests.unit.device_fakes import CaptureRig, wait_for

from kiosk.devices.camera import FileCamera, NullCamera, OpenCvCamera, open_camera


@pytest.fixture
def rig_camera():
    cams = []

    def make(rig: CaptureRig, **kwargs):
        cam = OpenCvCamera(0, capture_factory=rig.open, retry_s=0.05, **kwargs)
        cams.append((cam, rig))
        return cam

    yield make
    for cam, rig in cams:
        rig.closed.set()
        cam.stop()


def test_unplugged_camera_says_so_and_comes_back_without_a_restart(rig_camera):
    rig = CaptureRig()
    cam = rig_camera(rig)
    cam.start()
    wait_for(lambda: cam.status == "ok" and cam.latest() is not None, what="first frame")
    assert (cv2.CAP_PROP_BUFFERSIZE, 1) in rig.props  # no stale frames queued in the driver

    rig.plugged = False
    wait_for(lambda: cam.status == "missing", what="camera reported missing")
    assert "摄像头没有连接" in cam.status_msg.zh and "自动恢复" in cam.status_msg.zh
    assert "not connected" in cam.status_msg.en
    assert cam.latest() is None  # no frozen picture while it is gone
    opens_while_gone = rig.opens
    wait_for(lambda: rig.opens > opens_while_gone + 1, what="periodic reopen attempts")

    rig.plugged = True
    wait_for(lambda: cam.status == "ok" and cam.latest() is not None, what="camera back")
    assert cam.status_msg.code == "camera.ok"
    cam.stop()
    assert cam.status == "stopped"


def test_a_slow_reader_gets_the_newest_frame_not_a_queue_of_old_ones(rig_camera):
    rig = CaptureRig(frame_interval_s=0.0, burst=12)
    cam = rig_camera(rig)
    cam.start()
    wait_for(lambda: rig.reads == 12 and cam.latest() is not None and cam.latest().seq == 12,
             what="burst of frames read")
    frame = cam.latest()
    # frames 1..11 were read and dropped while nobody looked: the reader sees frame 12 only
    assert int(frame.image[0, 0, 0]) == 12 and frame.seq == 12
    assert cam.latest() is frame  # nothing new: the same frame (same seq) again, not an older one
    rig.more.set()
    wait_for(lambda: cam.latest().seq > 12, what="reading continues")


def _write_images(folder, names_values):
    folder.mkdir()
    for name, value in names_values:
        cv2.imwrite(str(folder / name), np.full((36, 64, 3), value, np.uint8))


def test_file_camera_plays_a_folder_in_name_order_and_keeps_the_last_picture(tmp_path):
    folder = tmp_path / "frames"
    _write_images(folder, [("b.png", 20), ("c.jpg", 30), ("a.png", 10)])
    (folder / "notes.txt").write_text("not a picture")
    seen = []
    cam = FileCamera(folder, fps=200, loop=False)
    cam.start()
    try:
        def record():
            f = cam.latest()
            if f is not None and (not seen or seen[-1][0] != f.seq):
                seen.append((f.seq, int(f.image[0, 0, 0])))
            return cam.status == "stopped"

        wait_for(record, what="the folder played to its end")
        assert cam.latest().seq == 3 and int(cam.latest().image[0, 0, 0]) == 30
        assert [v for _, v in seen] == sorted(v for _, v in seen)  # a, b, c: name order
    finally:
        cam.stop()


def test_file_camera_loops_and_recovers_when_its_folder_comes_back(tmp_path):
    folder = tmp_path / "frames"
    _write_images(folder, [("1.png", 50), ("2.png", 60)])
    cam = FileCamera(folder, fps=200, loop=True, retry_s=0.05)
    cam.start()
    try:
        wait_for(lambda: cam.latest() is not None and cam.latest().seq > 4, what="looping past the end")
        folder.rename(tmp_path / "away")
        wait_for(lambda: cam.status == "missing", what="folder gone")
        assert "frames" in cam.status_msg.zh and "自动重试" in cam.status_msg.zh
        (tmp_path / "away").rename(folder)
        wait_for(lambda: cam.status == "ok" and cam.latest() is not None, what="folder back")
    finally:
        cam.stop()


def test_file_camera_plays_a_video_file(tmp_path):
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 15, (64, 48))
    if not writer.isOpened():
        pytest.skip("this OpenCV build cannot write MJPG video")
    for value in (40, 80, 120, 160, 200):
        writer.write(np.full((48, 64, 3), value, np.uint8))
    writer.release()
    cam = FileCamera(path, fps=200, loop=False)
    cam.start()
    try:
        wait_for(lambda: cam.status == "stopped" and cam.latest() is not None, what="video played")
        assert cam.latest().seq == 5 and cam.latest().image.shape == (48, 64, 3)
        assert abs(int(cam.latest().image[10, 10, 1]) - 200) < 10
    finally:
        cam.stop()


def test_open_camera_understands_the_setting(tmp_path):
    none = open_camera("")
    assert isinstance(none, NullCamera) and none.status == "missing" and none.latest() is None
    assert "没有设置摄像头" in none.status_msg.zh
    assert isinstance(open_camera("none"), NullCamera)
    usb = open_camera("2")
    assert isinstance(usb, OpenCvCamera) and usb.spec == 2 and usb.status == "stopped"
    assert isinstance(open_camera("/dev/video7"), OpenCvCamera)
    assert isinstance(open_camera("rtsp://10.0.0.5/stream"), OpenCvCamera)
    assert isinstance(open_camera(str(tmp_path)), FileCamera)
