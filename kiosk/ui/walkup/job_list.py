"""Today's jobs for anyone, card or not: a scrolling list of big job cards."""

from __future__ import annotations

from kiosk.ui.walkup.job_card import JobCard
from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.labels import Text
from kiosk.ui.widgets.touch_scroll import TouchList


class JobListScreen(Screen):
    """The open jobs with places left, urgent first. Tapping one opens its details."""

    def __init__(self, flow, jobs, now, parent=None):
        super().__init__(flow, parent)
        self.jobs = list(jobs)
        self.hint = Text(role="notice")
        self.body_layout.addWidget(self.hint)
        self.list = TouchList(self.ctx.theme.mm(4))
        self.body_layout.addWidget(self.list, 1)
        self.empty = Text(role="primary")
        self.cards = []
        for job in self.jobs:
            card = JobCard(job, now, self.ctx.theme, can_sign_up=flow.page is not None)
            card.clicked.connect(lambda _=False, j=job: self.flow.open_job(j.id))
            self.cards.append(self.list.add(card))
        if not self.jobs:
            self.list.add(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Today's jobs"))
        if self.flow.page is None:
            self.hint.setText(self.tr("To sign up for a job, show your worker card QR code to the camera first."))
        else:
            self.hint.setText(self.tr("Tap a job to see everything about it and to sign up."))
        self.empty.setText(self.tr("No jobs are open right now. Please come back later or ask staff."))
        for card in self.cards:
            card.retranslate()

    def spoken_text(self) -> str:
        parts = [self.title.text(), self.hint.text()]
        parts += [card.spoken_text() for card in self.cards[:5]] if self.cards else [self.empty.text()]
        return " ".join(parts)
