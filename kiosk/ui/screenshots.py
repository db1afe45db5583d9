"""`kiosk screenshots`: every screen (walk-up, staff, wall board) as PNG, Chinese and English, two text sizes."""

from __future__ import annotations

import logging
import shutil
import tempfile
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)
DEMO_MORNING = datetime(2026, 11, 23, 8, 30)  # a Monday: today's jobs are open for check-in
REFERENCE_SIZE = (1920, 1080)


def seed_template(home: Path) -> dict:
    """A demo station on a fixed morning; the first featured worker also has a sign-up for tomorrow."""
    from kiosk.demo.seed import seed_demo
    from kiosk.demo.simulate import SteppingClock
    from kiosk.ops.signups import sign_up
    from kiosk.station import Station
    from kiosk.ui.walkup.data import browse_jobs

    station = Station.open(home, clock=SteppingClock(DEMO_MORNING))
    try:
        seeded = seed_demo(station)
        tomorrow = DEMO_MORNING.date() + timedelta(days=1)
        later = [j for j in browse_jobs(station) if j.starts_at.date() == tomorrow and not j.full]
        if later:
            station.run(sign_up, seeded["worker_ids"][0], later[0].id)
    finally:
        station.close()
    return seeded


@contextmanager
def demo_window(template: Path, workdir: Path, lang: str, large_text: bool, seeded: dict) -> Iterator[object]:
    """A kiosk window on a fresh copy of the template station, at the reference screen's size and DPI."""
    from kiosk.demo.simulate import SteppingClock
    from kiosk.devices.printer import PdfPrinter
    from kiosk.station import Station
    from kiosk.ui.app import build_context, make_app
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.theme import REFERENCE_DPI
    from kiosk.ui.walkup.gallery import StillCamera, card_frame_image

    home = workdir / f"{lang}-{'large' if large_text else 'normal'}"
    shutil.copytree(template, home)
    station = Station.open(home, clock=SteppingClock(DEMO_MORNING))
    make_app()
    ctx = build_context(station, dpi=REFERENCE_DPI, lang=lang, printer=PdfPrinter(home / "printed"),
                        camera=StillCamera(card_frame_image(Path(home) / Path(seeded["camera_dir"]).name)))
    ctx.set_large_text(large_text)
    window = KioskWindow(ctx)
    window.guard.settle_ms = 0
    window.resize(*REFERENCE_SIZE)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        ctx.runner.stop()
        station.close()


def render_walkup(outdir: Path, langs, sizes) -> list[Path]:
    from kiosk.ui.walkup.gallery import walkup_states

    paths = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        template = Path(tmp) / "template"
        seeded = seed_template(template)
        for lang in langs:
            for large in sizes:
                with demo_window(template, Path(tmp), lang, large, seeded) as window:
                    for state in walkup_states(window, seeded):
                        path = outdir / f"walkup-{state}-{lang}{'-large' if large else ''}.png"
                        window.grab().save(str(path))
                        paths.append(path)
    return paths


def render_others(outdir: Path, langs, sizes) -> list[Path]:
    """Staff and wall-board screens, when those parts are installed."""
    paths: list[Path] = []
    try:
        from kiosk.ui.staff.screenshots import render_all as render_staff
    except ImportError:
        render_staff = None
    if render_staff is not None:
        with tempfile.TemporaryDirectory(prefix="kiosk-staff-shots-") as tmp:
            seed_template(Path(tmp) / "template")
            for lang in langs:
                for large in sizes:
                    home = Path(tmp) / f"{lang}-{large}"
                    shutil.copytree(Path(tmp) / "template", home)
                    paths += _staff_shots(render_staff, home, outdir, lang, large)
    try:
        from kiosk.ui.board.screenshots import render_all as render_board
    except ImportError:
        return paths
    return paths + list(render_board(outdir))


def _staff_shots(render_staff, home: Path, outdir: Path, lang: str, large: bool) -> list[Path]:
    from kiosk.demo.simulate import SteppingClock
    from kiosk.station import Station

    station = Station.open(home, clock=SteppingClock(DEMO_MORNING))
    try:
        return list(render_staff(station, outdir, lang, large))
    finally:
        station.close()


def render_everything(outdir: Path, langs=("zh_CN", "en"), sizes=(False, True)) -> list[Path]:
    from kiosk.ui.app import make_app

    outdir.mkdir(parents=True, exist_ok=True)
    make_app()
    paths = render_walkup(outdir, langs, sizes)
    paths += render_others(outdir, langs, sizes)
    return paths
