"""One job in full: pay and how it is paid, the work, hours, place, requirements, employer, contact."""

from __future__ import annotations

from kiosk.ui.walkup import formatting as fmt
from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.labels import Text
from kiosk.ui.widgets.touch_scroll import TouchList


class JobDetailScreen(Screen):
    """Read everything, then sign up with one tap (a confirmation follows), print it, or report it."""

    def __init__(self, flow, job, signup, now, parent=None):
        super().__init__(flow, parent)
        self.job, self.signup, self.now = job, signup, now
        t = self.ctx.theme
        left, side = self.columns(3, 2, spacing_mm=5)
        self.facts = TouchList(t.mm(2))
        self.pay = self.facts.add(Text(role="title"))
        self.rows: list[tuple[Text, Text]] = []
        for _ in range(7):
            heading = self.facts.add(Text(role="muted"))
            value = self.facts.add(Text())
            self.rows.append((heading, value))
        left.addWidget(self.facts)
        self.status = Text(role="notice")
        side.addWidget(self.status)
        self.sign_up_button = BigButton(icon="sign_up", kind="good", theme=t)
        self.sign_up_button.set_min("big")
        self.sign_up_button.clicked.connect(lambda: self.flow.sign_up(self.job))
        side.addWidget(self.sign_up_button)
        self.print_button = BigButton(icon="print", kind="secondary", theme=t)
        self.print_button.clicked.connect(lambda: self.flow.print_slip(self.job))
        side.addWidget(self.print_button)
        self.report_button = BigButton(icon="flag", kind="secondary", theme=t)
        self.report_button.clicked.connect(lambda: self.flow.report_problem(self.job))
        side.addWidget(self.report_button)
        side.addStretch(1)
        self.print_button.setVisible(self.ctx.printer is not None)
        self.retranslate()

    @property
    def can_sign_up(self) -> bool:
        return self.flow.page is not None and self.signup is None and self.job.open

    def retranslate(self) -> None:
        super().retranslate()
        job = self.job
        self.title.setText(job.title)
        self.pay.setText(self.tr("{pay}, {settlement}").format(pay=fmt.pay_text(job),
                                                               settlement=fmt.settlement_text(job.settlement)))
        contact = " ".join(part for part in (job.contact_name, job.contact_phone) if part) or self.tr("Ask staff")
        facts = [
            (self.tr("Work"), job.description or job.title),
            (self.tr("Hours"), fmt.when_text(job.starts_at, job.ends_at, self.now)),
            (self.tr("Place"), f"{job.place} ({fmt.distance_text(job.distance_km)})"),
            (self.tr("Requirements"), job.requirements or self.tr("None")),
            (self.tr("Employer"), fmt.employer_text(job)),
            (self.tr("Contact"), contact),
            (self.tr("Places"), fmt.places_text(job)),
        ]
        for (heading, value), (h, v) in zip(self.rows, facts):
            heading.setText(h)
            value.setText(v)
        self.status.setText(self._status_text())
        self.sign_up_button.setVisible(self.can_sign_up)
        self.sign_up_button.set_text(self.tr("Join the waiting list") if job.full else self.tr("Sign up for this job"))
        self.print_button.set_text(self.tr("Print these details"))
        self.report_button.set_text(self.tr("Report a problem with this job"))

    def _status_text(self) -> str:
        if self.signup is not None:
            if self.signup.status == "waitlisted":
                return self.tr("You are on the waiting list: number {n}.").format(n=self.signup.waitlist_position or "?")
            return self.tr("You are signed up for this job.")
        if not self.job.open:
            return self.tr("This job takes no more sign-ups.")
        if self.flow.page is None:
            return self.tr("To sign up, show your worker card QR code to the camera.")
        if self.job.full:
            return self.tr("This job is full. You can join the waiting list; staff call you if a place frees up.")
        return self.tr("One tap to sign up. You will be asked to confirm.")

    def spoken_text(self) -> str:
        parts = [self.title.text(), self.pay.text()]
        parts += [f"{h.text()}: {v.text()}." for h, v in self.rows]
        parts.append(self.status.text())
        return " ".join(parts)
