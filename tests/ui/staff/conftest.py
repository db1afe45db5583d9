"""Fixtures for the staff-mode UI tests: English UI contexts on the shared stations, a printer that can fail."""

from __future__ import annotations

import pytest

from kiosk.devices.printer import E_PAPER, PdfPrinter, PrinterError
from kiosk.devices.speech import RecordingSpeech
from kiosk.domain.messages import msg
from kiosk.ops.staff import add_staff

STAFF = ("站长", "1234")  # the demo seed makes the same staff member


class FakePrinter:
    """A card printer that writes real PDF/PNG cards into a folder, or fails like a printer out of paper."""

    name = "test"

    def __init__(self, out_dir):
        self.pdf = PdfPrinter(out_dir)
        self.cards = []
        self.fail = False

    def print_card(self, info):
        if self.fail:
            raise PrinterError(msg(E_PAPER))
        self.cards.append(info)
        return self.pdf.print_card(info)


@pytest.fixture
def make_ctx(qapp, tmp_path):
    """UiContext factory (English, no translators needed); its ops thread is stopped after the test."""
    from kiosk.ui.context import UiContext
    from kiosk.ui.ops_runner import OpsRunner
    from kiosk.ui.staff import common
    from kiosk.ui.theme import Theme

    made = []

    def make(station, lang="en"):
        ctx = UiContext(station=station, runner=OpsRunner(station), theme=Theme(), speech=RecordingSpeech(),
                        printer=FakePrinter(tmp_path / "printed"), lang=lang)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.runner.stop()
    common._pending.clear()


@pytest.fixture
def staff_station(station):
    """The shared empty station with one staff member (站长, PIN 1234)."""
    station.run(add_staff, *STAFF)
    return station


@pytest.fixture
def staff_ctx(make_ctx, staff_station):
    return make_ctx(staff_station)


@pytest.fixture
def demo_ctx(make_ctx, demo_station):
    return make_ctx(demo_station)
