"""Check-out for piece work: how many pieces today, on a big numeric keypad, then the pay due is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.walkup import formatting as fmt
from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.labels import Text


class PiecesScreen(Screen):
    """Piece-rate jobs are paid per piece: the worker says how many, then checks out."""

    def __init__(self, flow, signup, parent=None):
        super().__init__(flow, parent)
        self.signup = signup
        t = self.ctx.theme
        left, right = self.columns(1, 1, gap_mm=10)
        self.question = Text(role="primary")
        self.count = Text(role="display", wrap=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pay = Text(role="primary")
        self.done_button = BigButton(icon="check_out", kind="good", theme=t)
        self.done_button.set_min("big")
        self.done_button.clicked.connect(self._done)
        for widget in (self.question, self.count, self.pay, self.done_button):
            left.addWidget(widget)
        left.addStretch(1)
        self.keypad = NumericKeypad(t)
        self.keypad.changed.connect(lambda _value: self.retranslate())
        right.addWidget(self.keypad)
        self.retranslate()

    @property
    def pieces(self) -> int:
        return int(self.keypad.value or 0)

    def _done(self) -> None:
        self.flow.check_out_pieces(self.signup.id, self.pieces)

    def retranslate(self) -> None:
        super().retranslate()
        job = self.signup.job
        self.title.setText(self.tr("Check out: {title}").format(title=job.title))
        self.question.setText(self.tr("This job pays {pay}. How many pieces did you finish today?").format(
            pay=fmt.pay_text(job)))
        self.count.setText(self.tr("{n} pieces").format(n=self.pieces))
        self.pay.setText(self.tr("That is {pay} yuan.").format(pay=fmt.yuan(job.pay_fen * self.pieces)))
        self.done_button.set_text(self.tr("Check out with {n} pieces").format(n=self.pieces))
        self.done_button.setEnabled(self.pieces > 0)
        self.keypad.set_delete_text(self.tr("Delete"))

    def spoken_text(self) -> str:
        return " ".join([self.title.text(), self.question.text(), self.count.text(), self.pay.text()])
