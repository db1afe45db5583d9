"""Fixtures for the staff-mode UI tests: a station (empty or demo) on a fixed clock, a UI context, fakes."""

from __future__ import annotations

import os
import shutil
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType  # noqa: E402

from kiosk.demo.simulate import SteppingClock  # noqa: E402
from kiosk.devices.printer import PdfPrinter, PrinterError  # noqa: E402
from kiosk.devices.speech import RecordingSpeech  # noqa: E402
from kiosk.domain.messages import msg  # noqa: E402
from kiosk.ops.staff import add_staff  # noqa: E402
from kiosk.station import Station  # noqa: E402

NOW = datetime(2026, 11, 23, 8, 30)  # a Monday morning at the station
STAFF = ("站长", "1234")
HARMLESS = ("does not support propagateSizeHints",)  # the offscreen platform saying it has no window manager


@pytest.fixture(autouse=True)
def qt_warnings_fail(qtlog):
    """A Qt warning (bad style sheet, layout trouble, deleted object) fails the test."""
    yield
    bad = [r.message for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(harmless in r.message for harmless in HARMLESS)]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """One demo station seeded per test run; each test gets its own copy of it."""
    from kiosk.demo.seed import seed_demo

    home = tmp_path_factory.mktemp("demo-template")
    station = Station.open(home, clock=SteppingClock(NOW))
    seed_demo(station, n_workers=25)
    station.close()
    return home


@pytest.fixture
def staff_station(tmp_path):
    """An empty station with one staff member (站长, PIN 1234)."""
    station = Station.open(tmp_path / "home", clock=SteppingClock(NOW))
    station.run(add_staff, *STAFF)
    yield station
    station.close()


@pytest.fixture
def staff_demo(tmp_path, _demo_template):
    """A demo station: named workers, employers, today's jobs, some sign-ups, staff 站长/1234."""
    home = tmp_path / "demo"
    shutil.copytree(_demo_template, home)
    station = Station.open(home, clock=SteppingClock(NOW))
    yield station
    station.close()


class FakePrinter:
    """A card printer that writes real PDF/PNG cards into a folder, or fails like a printer out of paper."""

    name = "test"

    def __init__(self, out_dir):
        self.pdf = PdfPrinter(out_dir)
        self.cards = []
        self.fail = False

    def print_card(self, info):
        if self.fail:
            from kiosk.devices.printer import E_PAPER

            raise PrinterError(msg(E_PAPER))
        self.cards.append(info)
        return self.pdf.print_card(info)


def _make_ctx(station, tmp_path, lang="en"):
    from kiosk.ui.context import UiContext
    from kiosk.ui.ops_runner import OpsRunner
    from kiosk.ui.theme import Theme

    return UiContext(station=station, runner=OpsRunner(station), theme=Theme(), speech=RecordingSpeech(),
                     printer=FakePrinter(tmp_path / "printed"), lang=lang)


@pytest.fixture
def make_ctx(qapp, tmp_path):
    """UiContext factory for a station; its ops thread is stopped after the test."""
    from kiosk.ui.staff import common

    made = []

    def make(station, lang="en"):
        ctx = _make_ctx(station, tmp_path, lang)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.runner.stop()
    common._pending = 0


@pytest.fixture
def staff_ctx(make_ctx, staff_station):
    return make_ctx(staff_station)


@pytest.fixture
def demo_ctx(make_ctx, staff_demo):
    return make_ctx(staff_demo)
