"""The camera on the start screen: a real card picture is read into the worker's screen; no camera is said plainly."""

from __future__ import annotations

from kiosk.devices.camera import FileCamera
from kiosk.devices.synthetic import card_frame
from kiosk.ui.i18n import tr_msg
from tests.ui.scan_helpers import camera_scanning, write_frames


def test_a_card_held_to_the_camera_opens_the_workers_screen(kiosk, demo_station, tmp_path):
    worker_id = demo_station.demo["worker_ids"][0]
    frame = card_frame(11, "clean", "large", text=demo_station.demo["card_payloads"][worker_id]).image
    with camera_scanning(kiosk.window, write_frames(tmp_path / "camera", frame)):
        kiosk.qtbot.waitUntil(lambda: kiosk.flow.home.camera_view.frames_shown is not None, timeout=5000)
        assert kiosk.flow.home.camera_working
        worker = kiosk.wait_for("WorkerScreen", timeout=10000)
        assert worker.title.text() == "王师傅，您好"


def test_without_a_camera_the_start_screen_says_so_and_jobs_can_still_be_browsed(kiosk, tmp_path):
    camera = FileCamera(tmp_path / "unplugged", fps=10, retry_s=0.05)
    camera.start()
    try:
        kiosk.flow.home.set_camera(camera)
        kiosk.qtbot.waitUntil(lambda: not kiosk.flow.home.camera_working, timeout=5000)
        home = kiosk.flow.home
        assert home.camera_problem.isVisible()
        assert home.camera_problem.text() == tr_msg(camera.status_msg)
        assert "看今天的活" in home.camera_advice.text()
        kiosk.tap("看今天的活")
        jobs = kiosk.wait_for("JobListScreen")
        assert jobs.cards, "today's jobs are there without a card"
        assert "二维码" in jobs.hint.text(), "and it says how to sign up"
    finally:
        camera.stop()


def test_a_camera_that_comes_back_is_shown_again_without_a_restart(kiosk, tmp_path):
    """Booted before the USB camera was ready (or it was unplugged): once it delivers, the preview is back."""
    folder = tmp_path / "replugged"
    camera = FileCamera(folder, fps=10, retry_s=0.05)
    camera.start()
    try:
        home = kiosk.flow.home
        home.set_camera(camera)
        kiosk.qtbot.waitUntil(lambda: not home.camera_working and home.camera_problem.isVisible(), timeout=5000)
        write_frames(folder, card_frame(3, "clean", "large", text="not a card").image, count=1)  # plugged in
        kiosk.qtbot.waitUntil(lambda: home.camera_working and home.camera_view.frames_shown is not None,
                              timeout=5000)
        assert home.camera_view.isVisible() and not home.camera_problem.isVisible()
        assert home.instruction.text() in home.spoken_text(), "read aloud no longer says the camera is broken"
    finally:
        camera.stop()
