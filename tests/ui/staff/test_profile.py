"""Worker profiles: find by number, see masked numbers and history, edit, reprint, stop and replace a card."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.ops.cards import identify
from kiosk.store.models import Card, Worker
from kiosk.ui.staff.common import busy
from staff_helpers import sign_in, tap, tap_field, type_on_keypad, type_text


def open_first_worker(qtbot, ctx):
    area = sign_in(qtbot, ctx)
    screen = area.home.show_section("profiles")
    type_text(screen.search, "1")
    tap(qtbot, screen.find_button)
    first = ctx.station.demo["worker_ids"][0]
    qtbot.waitUntil(lambda: not busy() and screen.results is not None and first in screen.results.codes(),
                    timeout=5000)
    assert "王建国" in screen.results.button(first).label_text()
    tap(qtbot, screen.results.button(first))
    qtbot.waitUntil(lambda: screen.profile is not None, timeout=5000)
    return area, screen


def test_profile_shows_masked_numbers_card_and_history(qtbot, demo_ctx):
    _area, screen = open_first_worker(qtbot, demo_ctx)
    text = screen.details.text()
    assert "王建国" in screen.name.text() and "ZD01-00001" in screen.name.text()
    assert "1101**********7711" in text and "138****8000" in text
    assert "110105197003077711" not in text and "13800138000" not in text
    assert "works" in screen.card_state.text()  # the demo issued a card
    assert screen.history.columnCount() == 6 and "day(s) worked" in screen.totals.text()


def test_edit_keeps_numbers_on_file_and_saves_the_change(qtbot, demo_ctx):
    _area, screen = open_first_worker(qtbot, demo_ctx)
    tap(qtbot, screen.edit)
    qtbot.waitUntil(lambda: screen.editor is not None, timeout=5000)
    editor = screen.editor
    assert editor.person.id_number.text() == "" and "1101**********7711" in editor.person.id_number.placeholderText()
    tap(qtbot, editor.steps[2])
    tap_field(qtbot, editor.time.wage)
    type_on_keypad(qtbot, editor.time.keypad, "⌫⌫⌫350")
    tap(qtbot, editor.steps[3])
    assert editor.consent.agree.isChecked()  # agreed at registration
    tap(qtbot, editor.consent.save)
    qtbot.waitUntil(lambda: screen.editor is None and "saved" in screen.notice.message(), timeout=5000)
    qtbot.waitUntil(lambda: "350 yuan" in screen.details.text(), timeout=5000)
    with demo_ctx.station.read() as s:
        worker = s.get(Worker, demo_ctx.station.demo["worker_ids"][0])
        assert worker.expected_daily_wage == 350
        assert demo_ctx.station.vault.decrypt(worker.id_enc) == "110105197003077711"


def test_reprint_stop_and_replace_a_card(qtbot, demo_ctx):
    _area, screen = open_first_worker(qtbot, demo_ctx)
    old = demo_ctx.station.demo["card_payloads"][screen.worker_id]
    tap(qtbot, screen.reprint)
    qtbot.waitUntil(lambda: screen.notice.kind == "ok", timeout=5000)
    assert [c.payload for c in demo_ctx.printer.cards] == [old]

    tap(qtbot, screen.revoke)  # a first tap only asks to confirm
    assert "again" in screen.revoke.text()
    tap(qtbot, screen.revoke)
    qtbot.waitUntil(lambda: "stopped" in screen.card_state.text(), timeout=5000)
    with demo_ctx.station.read() as s:
        verdict, _ = identify(s, old, demo_ctx.station.clock().date())
        assert not verdict.ok  # a lost card no longer works

    tap(qtbot, screen.reissue)
    qtbot.waitUntil(lambda: len(demo_ctx.printer.cards) == 2, timeout=5000)
    new = demo_ctx.printer.cards[-1].payload
    with demo_ctx.station.read() as s:
        verdict, worker = identify(s, new, demo_ctx.station.clock().date())
        assert verdict.ok and worker.name == "王建国"
        assert s.scalars(select(Card).where(Card.worker_id == worker.id, Card.status == "active")).one().payload == new


def test_card_shown_in_staff_mode_opens_that_workers_profile(qtbot, demo_ctx):
    area = sign_in(qtbot, demo_ctx)
    worker_id = demo_ctx.station.demo["worker_ids"][1]
    area.handle_scan(demo_ctx.station.demo["card_payloads"][worker_id])  # what the main window passes on
    qtbot.waitUntil(lambda: "profiles" in area.home.sections and area.home.sections["profiles"].profile
                    is not None, timeout=5000)
    assert area.home.sections["profiles"].worker_id == worker_id
    area.handle_scan("GK1NOTACARD")
    qtbot.waitUntil(lambda: area.home.alert.isVisible(), timeout=5000)
    assert "card" in area.home.alert.text()
