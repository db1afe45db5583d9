"""Steps the staff-mode tests share: open the staff area, sign in, tap keys, fill a registration."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.ui.staff.staff_area import StaffArea

VALID_ID = "110105197003077711"  # a made-up but valid ID number (born 1970-03-07, male)


def tap(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_field(qtbot, edit) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)


def type_text(widget, text: str) -> None:
    """Type like a keyboard with an input method would (QTest cannot send Han characters)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_on_keypad(qtbot, keypad, text: str) -> None:
    for ch in text:
        tap(qtbot, keypad.keys[ch])


def open_area(qtbot, ctx) -> StaffArea:
    area = StaffArea(ctx)
    qtbot.addWidget(area)
    area.resize(1600, 1000)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: area.pin.names is not None and area.pin.names.value() is not None)
    return area


def sign_in(qtbot, ctx, pin: str = "1234") -> StaffArea:
    area = open_area(qtbot, ctx)
    type_on_keypad(qtbot, area.pin.keypad, pin)
    tap(qtbot, area.pin.enter)
    qtbot.waitUntil(lambda: area.home is not None)
    return area


def fill_person(qtbot, reg, name="张伟", id_number=VALID_ID, phone="13912345678") -> None:
    type_text(reg.person.name, name)
    tap_field(qtbot, reg.person.id_number)
    type_on_keypad(qtbot, reg.person.keypad, id_number)
    tap_field(qtbot, reg.person.phone)
    type_on_keypad(qtbot, reg.person.keypad, phone)


def fill_rest_and_agree(qtbot, reg, trade="electrician", wage="260") -> None:
    tap(qtbot, reg.next)
    assert reg.current() == 1, reg.notice.message()
    tap(qtbot, reg.work.trades.button(trade))
    tap(qtbot, reg.next)
    assert reg.current() == 2, reg.notice.message()
    tap(qtbot, reg.time.days.button(0))
    tap(qtbot, reg.time.shifts.button("day"))
    type_on_keypad(qtbot, reg.time.keypad, wage)
    tap(qtbot, reg.next)
    assert reg.current() == 3, reg.notice.message()
    tap(qtbot, reg.consent.agree)
