"""The work agreement before the first check-in on a job: the terms, read aloud on request, signed by finger."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from kiosk.domain.messages import msg
from kiosk.ops.attendance import E_SIGNATURE, terms_text
from kiosk.ui.i18n import tr_msg
from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.labels import Text
from kiosk.ui.widgets.signature_pad import SignaturePad
from kiosk.ui.widgets.touch_scroll import TouchList


class AgreementScreen(Screen):
    """Terms on the left, the signature box on the right; 'I agree and sign' stores it and checks in."""

    def __init__(self, flow, signup, parent=None):
        super().__init__(flow, parent)
        self.signup = signup
        t = self.ctx.theme
        left, side = self.columns(1, 1, spacing_mm=3)
        self.terms_list = TouchList(t.mm(2))
        self.intro = self.terms_list.add(Text(role="primary"))
        self.terms = []  # one line per term, large: these are what the worker signs up to
        for line in terms_text(signup.job).splitlines():
            term = self.terms_list.add(Text(line, role="term"))
            term.setProperty("bilingual", True)  # the signed terms are one text in both languages, as stored
            self.terms.append(term)
        left.addWidget(self.terms_list)
        self.instruction = Text(role="primary")
        side.addWidget(self.instruction)
        self.pad = SignaturePad(pen_px=max(4, t.mm(1.2)))
        self.pad.setMinimumHeight(t.mm(55))
        self.pad.changed.connect(self._pad_changed)
        side.addWidget(self.pad, 1)
        self.error = Text(role="error")
        self.error.hide()
        side.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.setSpacing(t.mm(4))
        self.clear_button = BigButton(icon="clear", kind="secondary", theme=t)
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_button = BigButton(icon="sign", kind="good", theme=t)
        self.sign_button.set_min("big")
        self.sign_button.clicked.connect(self._sign)
        buttons.addWidget(self.clear_button, 2)
        buttons.addWidget(self.sign_button, 3)
        side.addLayout(buttons)
        self.retranslate()

    def _pad_changed(self) -> None:
        if not self.pad.is_empty():
            self.error.hide()

    def _sign(self) -> None:
        png = self.pad.to_png()
        if not png:
            self.error.setText(tr_msg(msg(E_SIGNATURE)))
            self.error.show()
            self.ctx.say(self.error.text())
            return
        self.flow.sign_agreement(self.signup, png)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Work agreement"))
        self.intro.setText(self.tr("Before your first check-in on this job, please read the terms and sign."))
        self.instruction.setText(self.tr("Sign with your finger in the box"))
        self.clear_button.set_text(self.tr("Sign again"))
        self.sign_button.set_text(self.tr("I agree and sign"))
        if self.error.isVisible():
            self.error.setText(tr_msg(msg(E_SIGNATURE)))

    def spoken_text(self) -> str:
        return " ".join([self.title.text(), self.intro.text(), *(t.text() for t in self.terms),
                         self.instruction.text()])
