"""Staff register a walk-in: a card is printed whose QR identifies them; bad input is said and nothing saved."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from kiosk.ops.cards import identify
from kiosk.store.models import Worker
from staff_helpers import VALID_ID, fill_person, fill_rest_and_agree, sign_in, tap


def _workers(station) -> int:
    with station.read() as s:
        return s.scalar(select(func.count()).select_from(Worker))


def test_walk_in_registered_and_card_printed_identifies_them(qtbot, staff_ctx, tmp_path):
    area = sign_in(qtbot, staff_ctx)
    reg = area.home.show_section("register")
    fill_person(qtbot, reg)
    assert "1970-03-07" in reg.person.id_status.message()  # the ID number's birth date is shown
    assert reg.person.birth_year.text() == "1970" and reg.person.gender.value() == "male"
    fill_rest_and_agree(qtbot, reg)
    tap(qtbot, reg.consent.save)
    qtbot.waitUntil(lambda: reg.result.card.kind == "ok", timeout=15000)
    assert "ZD01-00001" in reg.result.number.text()

    printed = staff_ctx.printer.cards
    assert len(printed) == 1 and printed[0].name == "张伟"
    png = next((tmp_path / "printed").glob("card-ZD01-00001-*.png"))
    decoded = zxingcpp.read_barcodes(Image.open(png))
    assert decoded and decoded[0].text == printed[0].payload
    with staff_ctx.station.read() as s:
        verdict, worker = identify(s, decoded[0].text, staff_ctx.station.clock().date())
        assert verdict.ok and worker.name == "张伟" and worker.worker_no == "ZD01-00001"
        assert worker.trades == ["electrician"] and worker.expected_daily_wage == 260


def test_printer_out_of_paper_is_said_and_card_can_be_printed_later(qtbot, staff_ctx):
    staff_ctx.printer.fail = True
    area = sign_in(qtbot, staff_ctx)
    reg = area.home.show_section("register")
    fill_person(qtbot, reg)
    fill_rest_and_agree(qtbot, reg)
    tap(qtbot, reg.consent.save)
    qtbot.waitUntil(lambda: reg.result.card.kind == "error", timeout=15000)
    assert "paper" in reg.result.card.message()
    staff_ctx.printer.fail = False
    tap(qtbot, reg.result.print_again)
    qtbot.waitUntil(lambda: reg.result.card.kind == "ok", timeout=15000)
    assert len(staff_ctx.printer.cards) == 1
