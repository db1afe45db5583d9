"""Staff sign in with a PIN on the keypad; five wrong PINs lock staff mode (said plainly); idle staff mode closes."""

from __future__ import annotations

from kiosk.store.models import StaffUser
from staff_helpers import open_area, sign_in, tap, type_on_keypad


def test_right_pin_opens_staff_mode_and_leave_button_hands_the_screen_back(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    assert area.staff_name == "站长" and "站长" in area.home.who.text()
    with qtbot.waitSignal(area.exit_requested, timeout=2000):
        tap(qtbot, area.home.exit)
    assert area.home is None and area.stack.currentWidget() is area.pin  # the session is forgotten


def test_five_wrong_pins_lock_staff_mode_with_a_plain_message(qtbot, staff_ctx):
    area = open_area(qtbot, staff_ctx)
    for attempt in range(1, 6):
        type_on_keypad(qtbot, area.pin.keypad, "9999")
        tap(qtbot, area.pin.enter)
        qtbot.waitUntil(lambda: area.pin.enter.isEnabled() and area.pin.notice.isVisible(), timeout=5000)
        if attempt < 5:
            assert f"{5 - attempt} tries left" in area.pin.notice.message()
    assert "Too many wrong PINs" in area.pin.notice.message() and "locked until" in area.pin.notice.message()
    assert area.pin.pin.text() == ""  # the typed PIN never stays on screen
    # the right PIN is refused too while locked
    type_on_keypad(qtbot, area.pin.keypad, "1234")
    tap(qtbot, area.pin.enter)
    qtbot.waitUntil(lambda: area.pin.enter.isEnabled(), timeout=5000)
    assert area.home is None and "locked until" in area.pin.notice.message()
    with staff_ctx.station.read() as s:
        assert s.query(StaffUser).one().locked_until is not None


def test_idle_staff_mode_leaves_by_itself(qtbot, staff_ctx):
    staff_ctx.station.settings.ui.staff_idle_seconds = 0.3
    area = sign_in(qtbot, staff_ctx)
    with qtbot.waitSignal(area.exit_requested, timeout=3000):
        pass  # nobody touches the screen
    assert area.home is None and area.stack.currentWidget() is area.pin


def test_every_touch_starts_the_quiet_period_again(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    full = staff_ctx.station.settings.ui.staff_idle_seconds * 1000
    area.idle.start(1000)  # as if staff had been away for most of the quiet period
    tap(qtbot, area.home.nav_buttons["post"])
    assert area.idle.isActive() and area.idle.remainingTime() > full - 1000
