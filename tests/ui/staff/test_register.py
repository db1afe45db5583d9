"""Staff register a walk-in: a card is printed whose QR identifies them; bad input is said and nothing saved."""

from __future__ import annotations

import cv2
import pytest
from sqlalchemy import func, select

from kiosk.store.models import Worker
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.walkup.worker import WorkerScreen
from staff_helpers import (
    VALID_ID, fill_person, fill_rest_and_agree, sign_in, tap, tap_field, type_on_keypad, type_text,
)
from tests.ui.scan_helpers import camera_scanning, card_in_frame, write_frames


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
    with staff_ctx.station.read() as s:
        worker = s.scalars(select(Worker)).one()
        assert worker.trades == ["electrician"] and worker.expected_daily_wage == 260
    area.close()

    # The new worker holds the printed card up to the walk-up camera and is greeted by name.
    png = next((tmp_path / "printed").glob("card-ZD01-00001-*.png"))
    frames = write_frames(tmp_path / "camera", card_in_frame(cv2.imread(str(png))))
    window = KioskWindow(staff_ctx)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    with camera_scanning(window, frames):
        qtbot.waitUntil(lambda: isinstance(window.flow.current, WorkerScreen) and staff_ctx.runner.idle(),
                        timeout=10000)
    assert window.flow.current.title.text() == "Hello, Master Zhang"
    assert window.flow.worker_id == worker.id


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


def test_same_person_again_shows_the_existing_profile(qtbot, demo_ctx):
    area = sign_in(qtbot, demo_ctx)
    before = _workers(demo_ctx.station)
    reg = area.home.show_section("register")
    fill_person(qtbot, reg, name="王建国", id_number="110105197003077711", phone="")
    fill_rest_and_agree(qtbot, reg)
    tap(qtbot, reg.consent.save)
    qtbot.waitUntil(lambda: "profiles" in area.home.sections and area.home.sections["profiles"].profile is not None,
                    timeout=10000)
    profiles = area.home.sections["profiles"]
    assert area.home.stack.currentWidget() is profiles
    assert "already registered" in profiles.notice.message()
    assert "王建国" in profiles.name.text() and "ZD01-00001" in profiles.name.text()
    assert "1101**********7711" in profiles.details.text()  # the ID number stays masked
    assert _workers(demo_ctx.station) == before


BAD_INPUTS = [
    # (what staff typed, words the person at the desk must see)
    (dict(id_number="110105197003077712"), "check digit"),
    (dict(id_number="110105199002310018"), "not a real date"),
    (dict(phone="1381234567"), "11 digits"),
    (dict(name="张伟😀"), "cannot contain emoji"),
]


@pytest.mark.parametrize("typed,words", BAD_INPUTS, ids=["check_digit", "31_feb", "short_phone", "emoji_name"])
def test_bad_input_is_said_in_words_and_nothing_is_saved(qtbot, staff_ctx, typed, words):
    area = sign_in(qtbot, staff_ctx)
    reg = area.home.show_section("register")
    fill_person(qtbot, reg, **{"name": "张伟", "id_number": VALID_ID, "phone": "13912345678", **typed})
    if "id_number" in typed:  # checked as typed, before anything else is tapped
        assert words in reg.person.id_status.message()
    tap(qtbot, reg.next)
    assert reg.current() == 0 and words in reg.notice.message()
    # going straight to the last step and saving is refused the same way
    tap(qtbot, reg.steps[3])
    tap(qtbot, reg.consent.agree)
    tap(qtbot, reg.consent.save)
    assert reg.current() == 0 and words in reg.notice.message()
    assert _workers(staff_ctx.station) == 0


def test_no_consent_no_save(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    reg = area.home.show_section("register")
    fill_person(qtbot, reg)
    fill_rest_and_agree(qtbot, reg)
    assert "✓" in reg.consent.agree.label().text(), "agreed: a tick and words say it is recorded"
    tap(qtbot, reg.consent.agree)  # staff untick "agreed"
    assert "✓" not in reg.consent.agree.label().text()
    assert "Tap here" in reg.consent.agree.label_text(), "not agreed: the button asks for the tap"
    tap(qtbot, reg.consent.save)
    assert "has not agreed yet" in reg.notice.message()
    assert reg.current() == 3
    assert _workers(staff_ctx.station) == 0


def test_family_phone_without_id_number_takes_birth_year_and_gender(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    reg = area.home.show_section("register")
    fill_person(qtbot, reg, name="李秀英", id_number="", phone="")
    tap(qtbot, reg.person.phone_kind.button("family"))
    assert reg.person.contact_name.isVisible()
    tap_field(qtbot, reg.person.phone)
    type_on_keypad(qtbot, reg.person.keypad, "13912345678")
    type_text(reg.person.contact_name, "李强")
    tap_field(qtbot, reg.person.birth_year)
    type_on_keypad(qtbot, reg.person.keypad, "1968")
    tap(qtbot, reg.person.gender.button("female"))
    fill_rest_and_agree(qtbot, reg, trade="cleaning")
    tap(qtbot, reg.consent.save)
    qtbot.waitUntil(lambda: reg.result.card.kind in ("ok", "error"), timeout=15000)
    with staff_ctx.station.read() as s:
        worker = s.scalars(select(Worker)).one()
        assert (worker.birth_year, worker.gender, worker.contact_is_family, worker.contact_name) == \
            (1968, "female", True, "李强")


def test_consent_is_read_aloud_on_request(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    reg = area.home.show_section("register")
    tap(qtbot, reg.steps[3])
    tap(qtbot, reg.consent.read_aloud)
    assert staff_ctx.speech.said and "phone number" in staff_ctx.speech.said[-1][0]
