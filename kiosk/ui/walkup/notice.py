"""Full-screen plain messages (what happened and what to do) and yes/no confirmations."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout

from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.icons import IconLabel
from kiosk.ui.widgets.labels import Text


class _Centred(Screen):
    """A big icon, a message and a row of big buttons in the middle of the screen."""

    has_back = False

    def __init__(self, flow, icon: str, parent=None):
        super().__init__(flow, parent)
        t = self.ctx.theme
        self.body_layout.addStretch(1)
        self.icon = IconLabel(icon, t.icon_px * 2)
        self.body_layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignCenter)
        self.message = Text(role="title")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_layout.addWidget(self.message)
        self.advice = Text(role="primary")
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_layout.addWidget(self.advice)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(t.mm(8))
        self.body_layout.addSpacing(t.mm(6))
        self.body_layout.addLayout(self.buttons)
        self.body_layout.addStretch(2)

    def _button(self, icon: str, kind: str, slot: Callable) -> BigButton:
        button = BigButton(icon=icon, kind=kind, theme=self.ctx.theme)
        button.set_min("big")
        button.clicked.connect(lambda: slot())  # a tap carries no arguments to the action
        self.buttons.addWidget(button, 1)
        return button

    def spoken_text(self) -> str:
        words = [self.message.text(), self.advice.text()]
        return " ".join(w for w in words if w)


class NoticeScreen(_Centred):
    """A message from a card read or an operation, and the way on: OK, and (when useful) call staff.

    `message` is already in the current language; `render` (optional) makes it again after a
    language change.
    """

    def __init__(self, flow, message: str, *, render: Callable[[], str] | None = None, problem: bool = True,
                 offer_staff: bool = False, on_ok: Callable | None = None, parent=None):
        super().__init__(flow, "info" if problem else "check", parent)
        self.problem = problem
        self._render = render
        self.message.setText(message)
        self.staff_button = self._button("bell", "primary", flow.call_staff) if offer_staff else None
        self.ok_button = self._button("continue", "secondary" if offer_staff else "primary", on_ok or flow.back)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Please note") if self.problem else self.tr("Done"))
        if self._render is not None:
            self.message.setText(self._render())
        self.advice.setText(self.tr("If you are not sure what to do, staff are happy to help.")
                            if self.staff_button is not None else "")
        self.advice.setVisible(bool(self.advice.text()))
        if self.staff_button is not None:
            self.staff_button.set_text(self.tr("Call staff for help"))
        self.ok_button.set_text(self.tr("OK"))


class ConfirmScreen(_Centred):
    """Are you sure? Yes does it, No goes back; both buttons say in words what they do."""

    def __init__(self, flow, question: Callable[[], str], yes: Callable[[], str], on_yes: Callable,
                 no: Callable[[], str] | None = None, parent=None):
        super().__init__(flow, "info", parent)
        self._question, self._yes, self._no = question, yes, no
        self.yes_button = self._button("check", "good", on_yes)
        self.no_button = self._button("back", "secondary", flow.back)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Please confirm"))
        self.message.setText(self._question())
        self.advice.hide()
        self.yes_button.set_text(self._yes())
        self.no_button.set_text(self._no() if self._no else self.tr("No, go back"))

    def spoken_text(self) -> str:
        return " ".join([self.message.text(), self.yes_button.label_text() + ".", self.no_button.label_text() + "."])
