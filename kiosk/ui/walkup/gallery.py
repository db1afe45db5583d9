"""Every walk-up screen, one after another, filled with demo data: for screenshots, the tour and the audit."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.devices.camera import Frame
from kiosk.domain import card_format as cf
from kiosk.domain.messages import msg
from kiosk.ui.waiting import settle

STRANGER_TEXT = "https://example.com/not-a-card"


class StillCamera:
    """A camera showing one picture (screenshots); `missing=True` is an unplugged one."""

    def __init__(self, image=None, missing: bool = False):
        from kiosk.devices.camera import M_MISSING, M_OK

        self.status = "missing" if missing or image is None else "ok"
        self.status_msg = msg(M_MISSING if self.status == "missing" else M_OK)
        self._frame = Frame(image, 1, 0.0) if image is not None else None

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def latest(self):
        return self._frame if self.status == "ok" else None


def card_frame_image(camera_dir: str | Path):
    """A demo camera frame with a card in it (the seed writes blanks, then each card)."""
    import cv2

    frames = sorted(Path(camera_dir).glob("frame-*.png"))
    return cv2.imread(str(frames[len(frames) // 6 + 4])) if frames else None


def stranger_card(station) -> str:
    """A genuine card of this station for a worker it has no profile of (e.g. registered elsewhere)."""
    signer = station.signer
    today = station.clock().date()
    claims = cf.CardClaims(cf.CARD_VERSION, signer.key_id, str(uuid.uuid4()), 1, today, today + timedelta(days=365))
    return cf.encode_card(claims, signer.private_key)


def check_in_job(station):
    """An open job with places left whose check-in window is open now (the tour signs up for it)."""
    from kiosk.ops.attendance import EARLY_CHECK_IN
    from kiosk.ui.walkup.data import browse_jobs

    now = station.clock()
    for job in browse_jobs(station):
        if job.starts_at - EARLY_CHECK_IN <= now <= job.ends_at and not job.full:
            return job
    return None


def sign_with_finger(pad) -> None:
    """A scribbled signature, drawn with (simulated) touches on the pad."""
    w, h = pad.width(), pad.height()
    points = [QPoint(int(w * x), int(h * y)) for x, y in
              ((0.15, 0.6), (0.25, 0.3), (0.32, 0.7), (0.42, 0.35), (0.5, 0.65), (0.6, 0.3), (0.72, 0.6), (0.85, 0.4))]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def walkup_states(window, seeded: dict) -> Iterator[str]:
    """Walk the window through every walk-up screen; yields each screen's name while it is showing.

    The station's clock must be a SteppingClock on a working morning (the check-out moves it on).
    """
    flow, ctx = window.flow, window.ctx
    station = ctx.station
    worker_id = seeded["worker_ids"][0]
    card = seeded["card_payloads"][worker_id]
    job = check_in_job(station)
    settle(window)
    yield "home"
    camera = ctx.camera
    flow.home.set_camera(StillCamera(missing=True))
    settle(window)
    yield "home-camera-missing"
    flow.home.set_camera(camera)
    flow.call_staff()
    settle(window)
    yield "home-staff-called"
    flow.home.show_notice("")
    flow.browse_jobs()
    settle(window)
    yield "jobs"
    flow.open_job(job.id)
    settle(window)
    yield "job-no-card"
    for name, text in (("card-not-a-card", STRANGER_TEXT), ("card-unknown-worker", stranger_card(station))):
        flow.go_home(reset_preferences=False)
        window.card_read(text)
        settle(window)
        yield name
    flow.go_home(reset_preferences=False)
    window.card_read(card)
    settle(window)
    yield "worker"
    current = lambda: flow.current  # noqa: E731 - the screen in front when the step runs
    steps = [
        ("job", lambda: flow.open_job(job.id)),
        ("confirm-sign-up", lambda: current().sign_up_button.click()),
        ("worker-signed-up", lambda: current().yes_button.click()),
        ("agreement", lambda: current().today_panels[0].action.click()),
        ("worker-checked-in", lambda: (sign_with_finger(current().pad), current().sign_button.click())),
        ("report", lambda: current().today_panels[0].report.click()),
        ("report-sent", lambda: current().buttons["pay_wrong"].click()),
    ]
    for name, step in steps:
        step()
        settle(window)
        yield name
    current().ok_button.click()
    settle(window)
    station.clock.now = station.clock.now.replace(hour=17, minute=10)
    current().today_panels[0].action.click()
    settle(window)
    yield "check-out"
    screen = current()
    if hasattr(screen, "keypad"):  # piece work: say how many pieces
        for key in "120":
            screen.keypad.press(key)
        settle(window)
        yield "check-out-pieces"
        screen.done_button.click()
    else:
        screen.yes_button.click()
    settle(window)
    yield "worker-checked-out"
    window._idle_warning(20)
    yield "idle-warning"
    window.overlay.hide()
