"""Staff sign-in: pick your name, type the PIN on a big keypad; wrong PINs and lockouts are said in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ops.staff import staff_login
from kiosk.store.history import staff_names
from kiosk.ui.staff.common import load, msg_text, reading, submit
from kiosk.ui.staff.widgets import ChoiceGrid, Notice, StaffKeypad, make_button, make_label


class PinScreen(QWidget):
    """The door to staff mode. Emits `logged_in(name)` after a right PIN, `leave` to go back."""

    logged_in = Signal(str)
    leave = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._names: list[str] = []
        self._busy = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(ctx.theme.spacing * 4, ctx.theme.spacing * 3, ctx.theme.spacing * 4,
                                 ctx.theme.spacing * 3)
        outer.setSpacing(ctx.theme.spacing * 4)
        left = QVBoxLayout()
        left.setSpacing(ctx.theme.spacing * 2)
        self.title = make_label(role="title")
        self.who_label = make_label(role="section")
        self.names_holder = QVBoxLayout()
        self.names: ChoiceGrid | None = None
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        self.pin.setProperty("role", "big")
        self.pin.returnPressed.connect(self.try_login)
        self.pin_label = make_label(role="section")
        self.notice = Notice()
        self.enter = make_button("", "primary", self.try_login, name="pin_enter")
        self.back = make_button("", "", self.leave.emit, name="pin_back")
        self.pin.setMaximumWidth(ctx.theme.touch_px * 9)
        left.addWidget(self.title)
        left.addWidget(self.who_label)
        left.addLayout(self.names_holder)
        left.addWidget(self.pin_label)
        left.addWidget(self.pin)
        left.addWidget(self.notice)
        left.addStretch(1)
        left.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.keypad = StaffKeypad()
        self.keypad.follow(self.pin)
        self.enter.setMinimumHeight(ctx.theme.big_touch_px)
        pad_box = QWidget()
        pad_box.setFixedWidth(ctx.theme.big_touch_px * 3 + 40)
        pad = QVBoxLayout(pad_box)
        pad.setContentsMargins(0, 0, 0, 0)
        pad.setSpacing(ctx.theme.spacing)
        pad.addStretch(1)
        pad.addWidget(self.keypad)
        pad.addWidget(self.enter)
        pad.addStretch(1)
        outer.addLayout(left, 1)
        outer.addWidget(pad_box)
        self.retranslate()
        self.reset()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff sign-in"))
        self.who_label.setText(self.tr("1. Tap your name"))
        self.pin_label.setText(self.tr("2. Type your PIN (4 to 8 digits) and tap Enter"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.enter.setText(self.tr("Enter"))
        self.back.setText(self.tr("Back to the worker screens"))
        self.keypad.keys["clear"].setText(self.tr("Clear"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        """Forget the typed PIN and any message; read the staff names again."""
        self.pin.clear()
        self.notice.clear_text()
        self._set_busy(False)
        load(self, self.ctx, reading(staff_names), self._show_names)

    def _show_names(self, names: list[str] | None) -> None:
        names = names or []
        if names == self._names and self.names is not None:
            return
        self._names = names
        if self.names is not None:
            self.names.setParent(None)
            self.names.deleteLater()
        self.names = ChoiceGrid([(n, n) for n in names], columns=4, exclusive=True)
        self.names.setObjectName("staff_names")
        self.names_holder.addWidget(self.names)
        if len(names) == 1:
            self.names.set_value(names[0])
        if not names:
            self.notice.show_text(self.tr(
                "No staff account yet. On the station computer, run: kiosk staff add NAME"), "info")
        self.pin.setFocus()

    def choose(self, name: str) -> None:
        if self.names is not None and name in self._names:
            self.names.set_value(name)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.enter.setEnabled(not busy)
        self.keypad.setEnabled(not busy)

    def try_login(self) -> None:
        if self._busy:
            return
        name = self.names.value() if self.names is not None else None
        if not name:
            self.notice.show_text(self.tr("Tap your name first."))
            return
        pin = self.pin.text()
        if not pin:
            self.notice.show_text(self.tr("Type your PIN first."))
            return
        self._set_busy(True)
        submit(self, self.ctx, staff_login, name, pin, on_done=self._answered, on_failed=self._refused)

    def _answered(self, changes) -> None:
        self._set_busy(False)
        self.pin.clear()
        if changes.detail.get("ok"):
            self.notice.clear_text()
            self.logged_in.emit(changes.detail.get("name", ""))
        else:
            self.notice.show_text(msg_text(self.ctx, changes.msg))
        self.pin.setFocus()

    def _refused(self, message) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.notice.show_text(msg_text(self.ctx, message) if message else self.tr(
            "Something went wrong while checking the PIN. Please try again."))
        self.pin.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
