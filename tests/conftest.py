"""Shared test set-up: Qt offscreen, Qt warnings fail tests, stations on a fixed clock, a walk-up kiosk driver."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display. The offscreen screen is the kiosk's 1920x1080
# (Qt's default is 800x800): a point of the kiosk window off every screen has no window under it, so a
# touch there starts a gesture Qt cannot place ("QGestureManager ... could not find the target").
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}"

from kiosk.demo.simulate import SteppingClock  # noqa: E402
from kiosk.station import Station  # noqa: E402

NOW = datetime(2026, 11, 23, 8, 30)  # a Monday morning at the station: today's jobs are open for check-in
HARMLESS = ("does not support propagateSizeHints",)  # the offscreen platform has no window manager


@pytest.fixture(autouse=True)
def qt_warnings_fail():
    """Any Qt warning or critical message (bad style sheet, deleted object, layout trouble) fails the test.

    The handler passes every message on to the one it replaces (pytest-qt's qtlog keeps working).
    A test that knowingly causes one message names it: `qt_warnings_fail.append("text")`.
    """
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:  # pragma: no cover - a machine without Qt still runs the core tests
        yield []
        return
    bad: list[str] = []
    allowed = list(HARMLESS)

    def handler(mode, context, message):
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and \
                not any(h in message for h in allowed):
            bad.append(message)
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    yield allowed
    qInstallMessageHandler(previous)
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture
def station(tmp_path):
    """An empty station whose clock stands still at NOW until a test moves it."""
    from tests.unit.conftest import with_code

    st = Station.open(with_code(tmp_path / "station"), clock=SteppingClock(NOW))
    yield st
    st.close()


def _seed(station) -> dict:
    try:
        from kiosk.demo.seed import seed_demo
    except ImportError:  # the seed module not there: a smaller station through the real operations
        from kiosk.demo.simulate import simulate
        from kiosk.ops.cards import issue_card

        simulate(station, station.clock, n_workers=20, n_jobs=10, days=1)
        from kiosk.store.models import Job, Worker

        with station.read() as s:
            worker_ids = list(s.scalars(Worker.__table__.select().with_only_columns(Worker.id)))
            job_ids = list(s.scalars(Job.__table__.select().with_only_columns(Job.id)))
        cards = {wid: station.run(issue_card, wid).detail["payload"] for wid in worker_ids[:3]}
        return {"worker_ids": worker_ids, "job_ids": job_ids, "card_payloads": cards}
    return seed_demo(station, n_workers=25)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """One demo station seeded per test run; every test gets its own copy."""
    home = tmp_path_factory.mktemp("walkup-demo-template")
    st = Station.open(home, clock=SteppingClock(NOW))
    seeded = _seed(st)
    st.close()
    return home, seeded


@pytest.fixture
def demo_station(tmp_path, _demo_template):
    """A seeded demo station on the fixed clock; `station.demo` is the seed's description
    (worker_ids, job_ids, card_payloads: worker id -> QR text)."""
    template, seeded = _demo_template
    home = tmp_path / "demo"
    shutil.copytree(template, home)
    st = Station.open(home, clock=SteppingClock(NOW))
    st.demo = dict(seeded, camera_dir=str(home / "demo-camera"))
    yield st
    st.close()


@pytest.fixture
def ui_ctx(qapp, demo_station, tmp_path):
    """A Chinese UI context on the demo station at the reference screen's DPI, with a still camera, a
    recording speaker and a PDF printer; language and style are put back afterwards for other tests."""
    from kiosk.devices.printer import PdfPrinter
    from kiosk.devices.speech import RecordingSpeech
    from kiosk.ui.app import build_context
    from kiosk.ui.i18n import install_language
    from kiosk.ui.theme import REFERENCE_DPI
    from kiosk.ui.walkup.gallery import StillCamera, card_frame_image

    camera = StillCamera(card_frame_image(demo_station.demo["camera_dir"]))  # a picture, not a live camera
    ctx = build_context(demo_station, dpi=REFERENCE_DPI, lang="zh_CN", speech=RecordingSpeech(),
                        printer=PdfPrinter(tmp_path / "printed"), camera=camera)
    yield ctx
    ctx.runner.stop()
    _delete_dead_widgets(qapp)
    install_language("en")
    qapp.setStyleSheet("")


def _delete_dead_widgets(qapp) -> None:
    """Delete what tests closed before restyling: re-polishing dead windows costs seconds per test."""
    from PySide6.QtCore import QEvent

    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


class IdleClock:
    """The kiosk's idle clock, moved by the test (no waiting for a real minute)."""

    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class Kiosk:
    """Drives the kiosk window the way a person does: show a card, look, tap what the screen says."""

    def __init__(self, qtbot, ctx):
        from kiosk.ui.main_window import KioskWindow

        self.qtbot, self.ctx = qtbot, ctx
        self.clock = IdleClock()
        self.window = KioskWindow(ctx, idle_clock=self.clock)
        self.window.guard.settle_ms = 0  # tests tap as soon as a screen is up; people cannot
        self.window.resize(1920, 1080)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)

    @property
    def flow(self):
        return self.window.flow

    @property
    def screen(self):
        return self.flow.current

    def quiet(self) -> bool:
        return self.ctx.runner.idle() and not self.window.guard.pending

    def wait_for(self, screen_class: str, timeout: int = 5000):
        """Until the named screen is in front and nothing is still running."""
        self.qtbot.waitUntil(lambda: type(self.screen).__name__ == screen_class and self.quiet(), timeout=timeout)
        return self.screen

    def show_card(self, text: str) -> None:
        """A card read, through the same path a camera or hand-scanner read takes."""
        self.window.scan.feed(text, "scanner")

    def buttons(self):
        from kiosk.ui.widgets.buttons import BigButton

        root = self.window.overlay if self.window.overlay.isVisible() else self.window
        return [b for b in root.findChildren(BigButton) if b.isVisibleTo(self.window)]

    def button(self, words: str):
        found = [b for b in self.buttons() if words == b.label_text()] or \
            [b for b in self.buttons() if words in b.label_text()]
        assert found, f"no button saying {words!r}; buttons: {[b.label_text() for b in self.buttons()]}"
        return found[0]

    def tap(self, target) -> None:
        """Tap a button (given, or found by its words), scrolling it into view first like a person would."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QScrollArea

        widget = self.button(target) if isinstance(target, str) else target
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def texts(self, visible_only: bool = True) -> list[str]:
        """Every piece of text in the window (labels and buttons)."""
        from PySide6.QtWidgets import QAbstractButton, QLabel

        widgets = self.window.findChildren(QLabel) + self.window.findChildren(QAbstractButton)
        return [w.text() for w in widgets if w.text() and (not visible_only or w.isVisibleTo(self.window))]

    def says(self, words: str) -> bool:
        return any(words in text for text in self.texts())


@pytest.fixture
def kiosk(qtbot, ui_ctx):
    """The kiosk window on the demo station, Chinese, 1920x1080 at the reference DPI."""
    k = Kiosk(qtbot, ui_ctx)
    yield k
    k.window.scan.stop()
    k.window.close()
    k.window.deleteLater()
