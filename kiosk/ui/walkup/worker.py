"""The worker's own screen after a scan: greeting, today's work with check-in/out, sign-ups, jobs that fit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.ui.walkup import formatting as fmt
from kiosk.ui.walkup.job_card import JobCard
from kiosk.ui.walkup.names import surname, surname_pinyin
from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.labels import Text
from kiosk.ui.widgets.touch_scroll import TouchList

translate = QCoreApplication.translate


def greeting(name: str) -> str:
    """王师傅，您好 / Hello, Master Wang (names that have no surname are greeted in full)."""
    family = surname(name)
    if family is None:
        return translate("WorkerScreen", "Hello, {name}").format(name=name)
    pinyin = surname_pinyin(name)
    if pinyin is None:
        return translate("WorkerScreen", "Hello, Master {surname}").format(surname=family)
    return translate("WorkerScreen", "Hello, Master {pinyin}").format(pinyin=pinyin, surname=family)


class SignupPanel(QFrame):
    """One booked job: what, when, where, and the one thing to do now (check in, check out, cancel)."""

    def __init__(self, screen: "WorkerScreen", signup, today: bool):
        super().__init__()
        self.setProperty("role", "card")
        self.screen, self.signup, self.today = screen, signup, today
        t = screen.ctx.theme
        box = QVBoxLayout(self)
        box.setContentsMargins(t.mm(4), t.mm(3), t.mm(4), t.mm(3))
        box.setSpacing(t.mm(2))
        self.title = Text(signup.job.title, role="primary")
        self.detail = Text()
        self.state = Text(role="primary" if signup.checked_out_at else "body")
        box.addWidget(self.title)
        box.addWidget(self.detail)
        box.addWidget(self.state)
        self.action = None
        flow = screen.flow
        if today and signup.checked_in_at is None and signup.can_check_in_now:
            self.action = BigButton(icon="check_in", kind="good", theme=t)
            self.action.clicked.connect(lambda: flow.check_in(signup.id))
        elif today and signup.checked_in_at is not None and signup.checked_out_at is None:
            self.action = BigButton(icon="check_out", kind="good", theme=t)
            self.action.clicked.connect(lambda: flow.check_out(signup))
        elif not today:
            self.action = BigButton(icon="cancel", kind="secondary", theme=t)
            self.action.clicked.connect(lambda: flow.cancel_sign_up(signup))
        if self.action is not None:
            self.action.set_min("big")
            box.addWidget(self.action)
        self.report = None
        if today:
            self.report = BigButton(icon="flag", kind="secondary", theme=t)
            self.report.clicked.connect(lambda: flow.report_problem(signup.job))
            box.addWidget(self.report)
        self.retranslate()

    def retranslate(self) -> None:
        s, job = self.signup, self.signup.job
        now = self.screen.page_time
        self.detail.setText(self.tr("{when}. {place}. {pay}").format(
            when=fmt.when_text(job.starts_at, job.ends_at, now), place=job.place, pay=fmt.pay_text(job)))
        if s.checked_out_at is not None:
            state = self.tr("Checked out at {time}. {hours_pay}").format(
                time=fmt.clock_text(s.checked_out_at), hours_pay=fmt.hours_pay_text(s.hours, s.pay_due_fen))
        elif s.checked_in_at is not None:
            state = self.tr("Checked in at {time}. Check out when you finish.").format(time=fmt.clock_text(s.checked_in_at))
        elif self.today and not s.can_check_in_now:
            state = self.tr("Check-in opens 2 hours before the start.")
        elif self.today:
            state = self.tr("Check in when you arrive at work.")
        elif s.status == "waitlisted":
            state = self.tr("On the waiting list: number {n}.").format(n=s.waitlist_position or "?")
        else:
            state = self.tr("Signed up. Your place is kept.")
        self.state.setText(state)
        if self.action is not None:
            if self.signup.checked_in_at is None and self.today:
                self.action.set_text(self.tr("Check in (start work)"))
            elif self.today:
                self.action.set_text(self.tr("Check out (finish work)"))
            else:
                self.action.set_text(self.tr("Cancel this sign-up"))
        if self.report is not None:
            self.report.set_text(self.tr("Report a problem with this job"))

    def spoken_text(self) -> str:
        return " ".join([self.title.text(), self.detail.text(), self.state.text()])


class WorkerScreen(Screen):
    """Everything for one worker on one screen; made afresh for each visit, deleted when it ends."""

    has_back = False

    def __init__(self, flow, page, now, notice: str = "", parent=None):
        super().__init__(flow, parent)
        self.page = page
        self.page_time = now
        t = self.ctx.theme
        self.notice = Text(notice, role="notice")
        self.notice.setVisible(bool(notice))
        self.body_layout.addWidget(self.notice)
        columns = QHBoxLayout()
        columns.setSpacing(t.mm(6))
        self.body_layout.addLayout(columns, 1)

        self.mine = TouchList(t.mm(3))
        self.today_heading = self.mine.add(Text(role="primary"))
        self.today_panels = [self.mine.add(SignupPanel(self, s, True)) for s in page.today]
        self.no_today = self.mine.add(Text())
        self.no_today.setVisible(not page.today)
        self.upcoming_heading = self.mine.add(Text(role="primary"))
        self.upcoming_panels = [self.mine.add(SignupPanel(self, s, False)) for s in page.upcoming]
        self.upcoming_heading.setVisible(bool(page.upcoming))
        columns.addWidget(self.mine, 5)

        right = QVBoxLayout()
        right.setSpacing(t.mm(3))
        self.recommended_heading = Text(role="primary")
        right.addWidget(self.recommended_heading)
        self.recommended = TouchList(t.mm(3))
        self.cards = []
        for rec in page.recommended:
            card = JobCard(rec.job, now, t, rec.reasons)
            card.clicked.connect(lambda _=False, j=rec.job: self.flow.open_job(j.id))
            self.cards.append(self.recommended.add(card))
        self.more_button = BigButton(icon="jobs", kind="secondary", theme=t)
        self.more_button.clicked.connect(flow.browse_jobs)
        self.recommended.add(self.more_button)
        right.addWidget(self.recommended, 1)
        columns.addLayout(right, 6)
        self.retranslate()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(greeting(self.page.name))
        self.today_heading.setText(self.tr("Today's work"))
        self.no_today.setText(self.tr("You have no work booked for today. The jobs on the right fit you."))
        self.upcoming_heading.setText(self.tr("Your sign-ups"))
        self.recommended_heading.setText(self.tr("Jobs for you") if self.cards else
                                         self.tr("No jobs fit you right now. See all of today's jobs:"))
        self.more_button.set_text(self.tr("See all of today's jobs"))
        for widget in self.today_panels + self.upcoming_panels + self.cards:
            widget.retranslate()

    def spoken_text(self) -> str:
        parts = [self.title.text()]
        if self.notice.isVisible():
            parts.append(self.notice.text())
        parts.append(self.today_heading.text())
        parts += [p.spoken_text() for p in self.today_panels] or [self.no_today.text()]
        if self.upcoming_panels:
            parts.append(self.upcoming_heading.text())
            parts += [p.spoken_text() for p in self.upcoming_panels]
        parts.append(self.recommended_heading.text())
        parts += [c.spoken_text() for c in self.cards[:3]]
        return " ".join(parts)
