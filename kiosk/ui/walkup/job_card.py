"""A job as one big tappable card: pay, time, place and distance, employer, places left, why it fits, and a
button-like 'see details / sign up' cue so nobody takes it for a notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.domain.categories import trade_icon
from kiosk.ui.i18n import tr_msg
from kiosk.ui.walkup import formatting as fmt
from kiosk.ui.widgets.buttons import TapButton
from kiosk.ui.widgets.icons import IconLabel
from kiosk.ui.widgets.labels import Text


class TapCue(QFrame):
    """What a tap on the card does, drawn like a button (words and an arrow): cards of plain text otherwise
    look like notices, and older workers do not guess that they open. The whole card takes the tap."""

    def __init__(self, theme, parent=None):
        super().__init__(parent)
        self.setProperty("role", "cue")
        self.setMinimumHeight(theme.touch_px)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.mm(4), theme.mm(1), theme.mm(3), theme.mm(1))
        row.setSpacing(theme.mm(2))
        self.label = Text(wrap=False)
        self.arrow = IconLabel("continue", theme.icon_px)
        row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class JobCard(TapButton):
    """Tap anywhere on the card to open the job. `reasons` are Msgs saying why it was recommended;
    `can_sign_up`: a worker's visit is on, so the cue offers signing up as well as the details."""

    def __init__(self, job, now, theme, reasons=(), can_sign_up: bool = True, parent=None):
        super().__init__("card", theme.touch_px, parent)
        self.job = job
        self.now = now
        self.reasons = tuple(reasons)
        self.can_sign_up = can_sign_up
        box = QVBoxLayout(self)
        box.setContentsMargins(theme.mm(4), theme.mm(3), theme.mm(4), theme.mm(3))
        box.setSpacing(theme.mm(1.5))
        top = QHBoxLayout()
        top.setSpacing(theme.mm(4))
        self.trade = IconLabel(trade_icon(job.category), theme.icon_px)  # the trade as a picture, for slow readers
        self.title = Text(job.title, role="primary")
        self.pay = Text(role="pay", wrap=False)
        self.pay.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.trade, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.pay, 0)
        box.addLayout(top)
        self.when = Text()
        self.where = Text()
        self.employer = Text()
        self.places = Text()
        self.why = Text(role="muted")
        for label in (self.when, self.where, self.employer, self.why):
            box.addWidget(label)
        self.why.setVisible(bool(self.reasons))
        bottom = QHBoxLayout()
        bottom.setSpacing(theme.mm(4))
        self.cue = TapCue(theme)
        bottom.addWidget(self.places, 1, Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.cue, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        box.addLayout(bottom)
        for label in self.findChildren(Text):  # IconLabel already lets touches through
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.retranslate()

    def retranslate(self) -> None:
        job = self.job
        self.pay.setText(fmt.pay_text(job))
        urgent = self.tr("Urgent. ") if job.urgent else ""
        self.when.setText(self.tr("When: {when}").format(when=urgent + fmt.when_text(job.starts_at, job.ends_at, self.now)))
        self.where.setText(self.tr("Where: {place}, {distance}").format(place=job.place,
                                                                      distance=fmt.distance_text(job.distance_km)))
        self.employer.setText(self.tr("Employer: {employer}").format(employer=fmt.employer_text(job)))
        self.places.setText(fmt.places_text(job))
        self.cue.label.setText(self.tr("See details, sign up") if self.can_sign_up else self.tr("See details"))
        if self.reasons:
            self.why.setText(self.tr("Why for you: {reasons}").format(
                reasons=self.tr("; ").join(tr_msg(r) for r in self.reasons)))
        self.setAccessibleName(self.spoken_text())

    def spoken_text(self) -> str:
        parts = [self.title.text(), self.pay.text(), self.when.text(), self.where.text(), self.employer.text(),
                 self.places.text()]
        if self.reasons:
            parts.append(self.why.text())
        return self.tr(". ").join(parts)
