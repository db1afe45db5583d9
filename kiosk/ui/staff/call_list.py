"""Call list (回访): pick an open job, see the registered workers who fit and why, reveal a phone (logged), record the call."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.categories import CALL_RESULTS, PAY_UNITS, find
from kiosk.domain.pay import yuan
from kiosk.ops.contact import record_follow_up, reveal_contact
from kiosk.store.history import open_jobs
from kiosk.store.models import Job
from kiosk.store.queries import call_list
from kiosk.ui.staff.common import arg, is_zh, label, load, msg_text, reading, submit
from kiosk.ui.staff.widgets import ChoiceGrid, Notice, columns, make_button, make_label, scrolling


def job_line(ctx, job) -> str:
    """A job in one or two lines: title, employer, when, pay, places filled."""
    unit = find(PAY_UNITS, job.pay_unit)
    pay = f"{yuan(job.pay_fen)} {unit.per_zh if is_zh(ctx) else unit.per_en}"
    return (f"{job.title} · {job.employer_name}\n"
            f"{job.starts_at:%m-%d %H:%M}–{job.ends_at:%H:%M} · {pay} · {job.filled}/{job.headcount}")


def _candidates(job_id: str):
    def run(station):
        with station.read() as session:
            job = session.get(Job, job_id)
            return [] if job is None else call_list(session, job, station.clock())

    return run


class CandidateCard(QFrame):
    """One worker who fits: why, their number on request (the look is logged), and the call's result."""

    def __init__(self, screen: "CallListScreen", candidate, parent: QWidget | None = None):
        super().__init__(parent)
        self.screen = screen
        self.candidate = candidate
        ctx = screen.ctx
        self.setProperty("role", "card")
        self.setObjectName(f"candidate_{candidate.worker_no}")
        reasons = " · ".join(msg_text(ctx, r) for r in candidate.reasons)
        self.phone = make_label(self.tr("Phone on file") if candidate.has_phone else self.tr("No phone on file"))
        self.reveal = make_button(self.tr("Show phone number"), on_click=self.show_phone,
                                  name=f"reveal_{candidate.worker_no}")
        self.reveal.setEnabled(candidate.has_phone)
        self.results: dict[str, QWidget] = {}
        results = QGridLayout()
        results.setSpacing(8)
        for i, choice in enumerate(CALL_RESULTS):
            button = make_button(label(ctx, choice), on_click=lambda c=choice.code: self.record(c),
                                 name=f"result_{choice.code}")
            self.results[choice.code] = button
            results.addWidget(button, i // 2, i % 2)  # two a row: the longest English outcome still fits
        head = QHBoxLayout()
        head.addWidget(make_label(f"{candidate.name}  ({candidate.worker_no})", "big", wrap=False))
        head.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.addLayout(head)
        self.reasons = make_label(reasons, "muted")
        box.addWidget(self.reasons)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.reveal)
        box.addLayout(phone_row)
        box.addLayout(results)

    def show_phone(self) -> None:
        self.reveal.setEnabled(False)
        submit(self, self.screen.ctx, reveal_contact, self.candidate.worker_id, self.screen.staff_name, "call",
               on_done=self._revealed, on_failed=self._failed)

    def _revealed(self, changes) -> None:
        detail = changes.detail
        text = detail["phone"]
        if detail.get("family"):
            text = arg(self.tr("%1 (family member: %2)"), text, detail.get("contact_name") or "—")
        self.phone.setText(text)
        self.phone.setProperty("role", "big")
        self.phone.style().polish(self.phone)

    def _failed(self, message) -> None:
        self.reveal.setEnabled(self.candidate.has_phone)
        self.screen.notice.show_text(msg_text(self.screen.ctx, message) if message else self.tr(
            "That did not work because of a fault. Please try again."), "error")

    def record(self, result: str) -> None:
        for button in self.results.values():
            button.setEnabled(False)
        self.screen.record(self, result)


class CallListScreen(QWidget):
    """Open jobs on the left; the workers who fit the chosen job on the right, best first."""

    def __init__(self, ctx, staff_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff_name = staff_name
        self.job_id = ""
        self._job_ids: list[str] = []
        sp = ctx.theme.spacing
        self.jobs: ChoiceGrid | None = None
        self.jobs_box = QVBoxLayout()
        self.jobs_box.setContentsMargins(0, 0, 0, 0)
        self.no_jobs = make_label(self.tr("No open jobs. Post an order first."), "info")
        self.jobs_box.addWidget(self.no_jobs)
        self.jobs_box.addStretch(1)
        self.notice = Notice()
        self.heading = make_label(self.tr("Tap a job on the left to see who fits it."), "section")
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(sp)
        self.cards_box.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(make_label(self.tr("Open jobs"), "section"))
        left.addWidget(scrolling(self.jobs_box), 1)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.notice)
        right.addWidget(scrolling(self.cards_box), 1)
        self.setLayout(columns((left, 2), (right, 3), spacing=sp * 2))

    # --- jobs ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        load(self, self.ctx, reading(open_jobs, self.ctx.station.clock()), self._show_jobs)

    def on_changed(self, changes) -> None:
        if {"job", "signup"} & set(getattr(changes, "touched", ())) and self.isVisible():
            self.refresh()

    def _show_jobs(self, jobs) -> None:
        jobs = jobs or []
        ids = [j.id for j in jobs]
        self.no_jobs.setVisible(not jobs)
        if self.jobs is not None:
            self.jobs.setParent(None)
            self.jobs.deleteLater()
        self.jobs = ChoiceGrid([(j.id, job_line(self.ctx, j)) for j in jobs], columns=1, exclusive=True)
        self.jobs.setObjectName("call_jobs")
        self.jobs_box.insertWidget(0, self.jobs)
        self._job_ids = ids
        if self.job_id in ids:
            self.jobs.set_value(self.job_id)
        self.jobs.changed.connect(self._job_tapped)

    def _job_tapped(self) -> None:
        chosen = self.jobs.value() if self.jobs is not None else None
        if chosen and chosen != self.job_id:
            self.open_job(chosen)

    def open_job(self, job_id: str) -> None:
        """Show the call list of one job (also used right after posting an order)."""
        self.job_id = job_id
        if self.jobs is not None and job_id in self._job_ids and self.jobs.value() != job_id:
            self.jobs.set_value(job_id)
        self.notice.clear_text()
        load(self, self.ctx, _candidates(job_id), self._show_candidates)

    # --- candidates ----------------------------------------------------------------------------
    def cards(self) -> list[CandidateCard]:
        return [self.cards_box.itemAt(i).widget() for i in range(self.cards_box.count() - 1)]

    def _show_candidates(self, candidates) -> None:
        for card in self.cards():
            card.setParent(None)
            card.deleteLater()
        candidates = candidates or []
        self.heading.setText(self.tr("%n registered worker(s) fit this job, best first.", "", len(candidates))
                             if candidates else self.tr("Nobody registered fits this job yet (or all were called)."))
        for i, candidate in enumerate(candidates):
            self.cards_box.insertWidget(i, CandidateCard(self, candidate))

    def record(self, card: CandidateCard, result: str) -> None:
        submit(self, self.ctx, record_follow_up, self.job_id, card.candidate.worker_id, result,
               staff=self.staff_name, on_done=self._recorded, on_failed=self._record_failed)

    def _recorded(self, changes) -> None:
        words = msg_text(self.ctx, changes.msg)
        extra = changes.detail.get("signup_msg")
        if extra is not None:
            words += " " + msg_text(self.ctx, extra)
        self.notice.show_text(words, "ok")
        self.open_job(self.job_id)
        self.notice.show_text(words, "ok")

    def _record_failed(self, message) -> None:
        self.notice.show_text(msg_text(self.ctx, message) if message else self.tr(
            "The result was not saved because of a fault. Please try again."), "error")
        self.open_job(self.job_id)
