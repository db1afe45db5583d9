"""The demo's guided tour: a card shown to the (file) camera, greeting, sign-up, agreement, check-in, as PNGs."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.ui.waiting import settle, wait_for

log = logging.getLogger(__name__)
CAMERA_WAIT_S = 20.0


class Tour:
    """Plays the steps on a real window, saving a picture after each; `shots` lists them in order."""

    def __init__(self, window, outdir: Path):
        self.window = window
        self.outdir = outdir
        self.shots: list[Path] = []
        outdir.mkdir(parents=True, exist_ok=True)

    @property
    def flow(self):
        return self.window.flow

    def snap(self, name: str) -> None:
        settle(self.window)
        path = self.outdir / f"{len(self.shots) + 1:02d}-{name}.png"
        self.window.grab().save(str(path))
        self.shots.append(path)

    def screen_is(self, name: str) -> bool:
        return type(self.flow.current).__name__ == name and self.window.ctx.runner.idle()

    def tap(self, button) -> None:
        button.click()
        settle(self.window)

    def play(self, seeded: dict) -> list[Path]:
        from kiosk.ui.walkup.gallery import check_in_job, sign_with_finger

        home = self.flow.home
        wait_for(lambda: home.camera_view.frames_shown is not None, timeout=5.0)
        self.snap("home")
        # The file camera shows a blank scene, then the first demo worker's card: the scan loop reads it.
        if not wait_for(lambda: self.screen_is("WorkerScreen"), timeout=CAMERA_WAIT_S):
            log.warning("the camera did not read the demo card: feeding its text as a hand scanner would")
            worker_id = seeded["worker_ids"][0]
            self.window.scan.feed(seeded["card_payloads"][worker_id], "scanner")
            wait_for(lambda: self.screen_is("WorkerScreen"), timeout=10.0)
        self.snap("greeting")
        job = check_in_job(self.window.ctx.station)
        if job is None:
            log.warning("no job is open for check-in right now: the tour stops after the greeting")
            return self.shots
        worker = self.flow.current
        card = next((c for c in worker.cards if c.job.id == job.id), None)
        if card is None:
            self.tap(worker.more_button)
            card = next(c for c in self.flow.current.cards if c.job.id == job.id)
        self.tap(card)
        self.snap("job")
        self.tap(self.flow.current.sign_up_button)
        self.snap("confirm")
        self.tap(self.flow.current.yes_button)
        self.snap("signed-up")
        panel = next(p for p in self.flow.current.today_panels if p.signup.job.id == job.id)
        self.tap(panel.action)
        self.snap("agreement")
        sign_with_finger(self.flow.current.pad)
        self.snap("signed")
        self.tap(self.flow.current.sign_button)
        self.snap("checked-in")
        return self.shots


def run_tour(station, seeded: dict, camera, outdir: Path) -> int:
    """Offscreen: a window at 1920x1080, the tour, the pictures' folder printed; exit code 0."""
    from kiosk.ui.app import attach_devices, build_context, make_app
    from kiosk.ui.main_window import KioskWindow

    make_app()
    ctx = build_context(station)
    window = KioskWindow(ctx)
    window.guard.settle_ms = 0
    window.pause_scans_during_visits = True
    window.resize(1920, 1080)
    window.show()
    try:
        attach_devices(window, camera)
        shots = Tour(window, outdir).play(seeded)
    finally:
        window.scan.stop()
        camera.stop()
        ctx.runner.stop()
        window.close()
    print(f"演示截图 / demo tour pictures ({len(shots)}): {outdir}")
    for path in shots:
        print(f"  {path.name}")
    return 0
