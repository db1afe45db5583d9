"""What the walk-up buttons do: each action runs on the ops runner and answers with a screen in words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from kiosk.ops import attendance, contact, signups, staff
from kiosk.ops.visits import record_visit
from kiosk.ui.i18n import tr_msg
from kiosk.ui.walkup import data
from kiosk.ui.walkup import formatting as fmt

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
AGREEMENT_NEEDED = "attendance.agreement_needed"


class WalkupActions:
    """Mixed into WalkupFlow: uses its ctx, page, visit, show/notice/show_worker."""

    # --- plumbing ---------------------------------------------------------------------------
    def _for_this_visit(self, callback):
        """Wrap a callback so a result arriving after the visit ended is dropped, not shown."""
        visit = self.visit

        def deliver(value):
            if visit == self.visit:
                callback(value)
        return deliver

    def _run(self, op, *args, on_done, on_failed=None):
        self.ctx.runner.submit(op, *args, on_done=self._for_this_visit(on_done),
                               on_failed=self._for_this_visit(on_failed or self._failed))

    def _read(self, fn, on_done, on_failed=None):
        self.ctx.runner.call(fn, on_done=self._for_this_visit(on_done),
                             on_failed=self._for_this_visit(on_failed or self._failed))

    def _failed(self, message) -> None:
        """A UserError's Msg (the world failed, or the input): say it. None means a bug: recover to home."""
        if message is None:
            self.go_home(reset_preferences=False, notice=translate(
                "WalkupActions", "Sorry, something went wrong. Please try again, or call staff for help."))
            return
        self.notice_msg(message, offer_staff=True)

    def _refresh(self, notice: str = "") -> None:
        """Reload the worker's page and show it with `notice` on top."""
        worker_id = self.worker_id
        if worker_id is None:
            self.go_home(reset_preferences=False, notice=notice)
            return
        self._read(lambda st: data.load_worker_page(st, worker_id),
                   lambda page: self.show_worker(page, notice) if page else self.go_home())

    # --- cards ------------------------------------------------------------------------------
    def scanned(self, text: str) -> None:
        """A card text from the camera or the hand scanner: identify it and open the worker's visit."""
        self.ctx.runner.call(lambda st: data.scan_card(st, text), on_done=self._scan_outcome,
                             on_failed=self._failed)

    def _scan_outcome(self, outcome) -> None:
        if outcome.ok:
            if self.page is not None and self.page.worker_id != outcome.page.worker_id:
                self.go_home(reset_preferences=False)  # a new person: the last one is forgotten first
            started = self.page is None or self.page.worker_id != outcome.page.worker_id
            self.show_worker(outcome.page)
            if started:
                self.ctx.runner.submit(record_visit, "card", outcome.page.worker_id)  # counted for the bureau
                self.visit_started.emit(outcome.page.worker_id)
            return
        self.notice_msg(outcome.msg, offer_staff=True)

    # --- jobs -------------------------------------------------------------------------------
    def browse_jobs(self) -> None:
        from kiosk.ui.walkup.job_list import JobListScreen

        if self.worker_id is None:
            self.ctx.runner.submit(record_visit, "browse")  # a walk-up without a card, counted for the bureau
        self._read(data.browse_jobs, lambda jobs: self.show(JobListScreen(self, jobs, self.now())))

    def open_job(self, job_id: str) -> None:
        from kiosk.ops.jobs import E_NO_JOB
        from kiosk.domain.messages import msg
        from kiosk.ui.walkup.job_detail import JobDetailScreen

        worker_id = self.worker_id

        def opened(result):
            job, signup = result
            if job is None:
                self.notice_msg(msg(E_NO_JOB))
            else:
                self.show(JobDetailScreen(self, job, signup, self.now()))
        self._read(lambda st: data.load_job(st, job_id, worker_id), opened)

    def sign_up(self, job) -> None:
        from kiosk.ui.walkup.notice import ConfirmScreen

        worker_id = self.worker_id
        if worker_id is None:
            return

        def question():
            return translate("WalkupActions", "Sign up for {title}? {when}, {pay}.").format(
                title=job.title, when=fmt.when_text(job.starts_at, job.ends_at, self.now()), pay=fmt.pay_text(job))

        def yes():
            return (translate("WalkupActions", "Yes, put me on the waiting list") if job.full
                    else translate("WalkupActions", "Yes, sign me up"))

        def confirmed():
            self._run(signups.sign_up, worker_id, job.id, on_done=lambda ch: self._refresh(tr_msg(ch.msg)))
        self.show(ConfirmScreen(self, question, yes, confirmed))

    def cancel_sign_up(self, signup) -> None:
        from kiosk.ui.walkup.notice import ConfirmScreen

        def question():
            return translate("WalkupActions", "Cancel your sign-up for {title}?").format(title=signup.job.title)

        def confirmed():
            self._run(signups.cancel_sign_up, signup.id, on_done=lambda ch: self._refresh(tr_msg(ch.msg)))
        self.show(ConfirmScreen(self, question, lambda: translate("WalkupActions", "Yes, cancel it"), confirmed,
                                lambda: translate("WalkupActions", "No, keep it")))

    # --- a day's work -----------------------------------------------------------------------
    def check_in(self, signup_id: str, before: str = "") -> None:
        def refused(message):
            if message is not None and message.code == AGREEMENT_NEEDED:
                self._open_agreement(signup_id, tr_msg(message))
            else:
                self._failed(message)
        self._run(attendance.check_in, signup_id,
                  on_done=lambda ch: self._refresh(" ".join(filter(None, [before, tr_msg(ch.msg)]))),
                  on_failed=refused)

    def _open_agreement(self, signup_id: str, why: str) -> None:
        from kiosk.ui.walkup.agreement import AgreementScreen

        def opened(signup):
            if signup is None:
                self._failed(None)
                return
            self.show(AgreementScreen(self, signup))
            self.ctx.say(why)
        self._read(lambda st: data.signup_for(st, signup_id), opened)

    def sign_agreement(self, signup, png: bytes) -> None:
        """Store the signed agreement, then carry on with the check-in it was needed for."""
        self._run(attendance.accept_agreement, signup.id, png,
                  on_done=lambda ch: self.check_in(signup.id, before=tr_msg(ch.msg)))

    def check_out(self, signup) -> None:
        """Check out of today's work: piece work asks how many pieces first; the rest confirm the time."""
        from kiosk.ui.walkup.notice import ConfirmScreen
        from kiosk.ui.walkup.pieces import PiecesScreen

        if signup.job.pay_unit == "piece":
            self.show(PiecesScreen(self, signup))
            return

        def question():
            return translate("WalkupActions", "Finish work now and check out at {time}?").format(
                time=fmt.clock_text(self.now()))
        self.show(ConfirmScreen(self, question, lambda: translate("WalkupActions", "Yes, check me out"),
                                lambda: self.check_out_pieces(signup.id, None)))

    def check_out_pieces(self, signup_id: str, pieces: int | None) -> None:
        self._run(attendance.check_out, signup_id, pieces,
                  on_done=lambda ch: self._refresh(tr_msg(ch.msg)))

    # --- help and problems ------------------------------------------------------------------
    def report_problem(self, job) -> None:
        from kiosk.ui.walkup.report import ReportScreen

        self.show(ReportScreen(self, job))

    def send_report(self, job, kind: str) -> None:
        after = self._refresh if self.page is not None else self.back
        self._run(contact.report_problem, job.id, kind, self.worker_id,
                  on_done=lambda ch: self.notice_msg(ch.msg, problem=False, on_ok=after))

    def call_staff(self) -> None:
        def called(ch):
            if self.current is self.home:
                self.home.show_notice(tr_msg(ch.msg))
                self.ctx.say(tr_msg(ch.msg))
            else:
                self.notice_msg(ch.msg, problem=False)
        self._run(staff.call_staff, self.worker_id, "help", on_done=called)

    def print_slip(self, job) -> None:
        printer = self.ctx.printer
        if printer is None:
            return
        lines = self.slip_lines(job)
        self._read(lambda _st: printer.print_slip(lines, None),
                   lambda result: self.notice_msg(result.msg, problem=not result.ok))

    def slip_lines(self, job) -> list[str]:
        contact_text = " ".join(p for p in (job.contact_name, job.contact_phone) if p) or "-"
        return [
            job.title,
            translate("WalkupActions", "Pay: {pay}, {settlement}").format(
                pay=fmt.pay_text(job), settlement=fmt.settlement_text(job.settlement)),
            translate("WalkupActions", "Hours: {when}").format(when=fmt.when_text(job.starts_at, job.ends_at, self.now())),
            translate("WalkupActions", "Place: {place} ({distance})").format(
                place=job.place, distance=fmt.distance_text(job.distance_km)),
            translate("WalkupActions", "Employer: {employer}").format(employer=fmt.employer_text(job)),
            translate("WalkupActions", "Contact: {contact}").format(contact=contact_text),
            translate("WalkupActions", "Requirements: {requirements}").format(requirements=job.requirements or "-"),
            self.ctx.settings.station.name,
        ]
