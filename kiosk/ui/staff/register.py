"""Register a walk-in (or edit a profile) in four steps; after saving, issue and print the worker card."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.forms import WorkerForm
from kiosk.domain.messages import UserError
from kiosk.ops.cards import issue_card
from kiosk.ops.workers import register_worker, update_worker
from kiosk.ui.staff.card_print import print_card
from kiosk.ui.staff.common import arg, msg_text, submit
from kiosk.ui.staff.person_page import PersonPage
from kiosk.ui.staff.register_pages import ConsentPage, ResultPage, TimePage, WorkPage
from kiosk.ui.staff.widgets import Notice, WrapButton, make_button, mark_error, scrolling

RESULT = 4


class RegistrationScreen(QWidget):
    """Four steps with Back/Next (any step can be tapped); errors are said in words at the step they belong to.

    `open_profile(worker_id, msg)` asks the staff area to show a profile: after an edit, or when the
    person turns out to be registered already (their existing profile is shown instead of a twin).
    """

    open_profile = Signal(str, object)

    def __init__(self, ctx, staff_name: str = "", worker_id: str | None = None, form: WorkerForm | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff_name = staff_name
        self.worker_id = worker_id
        self.new_worker_id: str | None = None
        self._saving = False
        self.stack = QStackedWidget()
        self.result = ResultPage(ctx)
        self._build_pages(form or WorkerForm(name=""))
        titles = [self.tr("1 Person"), self.tr("2 Work"), self.tr("3 Days and pay"), self.tr("4 Consent and save")]
        self.steps = []
        step_bar = QHBoxLayout()
        for i, title in enumerate(titles):
            button = WrapButton(title)
            button.setObjectName(f"step_{i + 1}")
            button.clicked.connect(lambda _c=False, i=i: self.go(i))
            step_bar.addWidget(button)
            self.steps.append(button)
        self.notice = Notice()
        self.back = make_button(self.tr("Back"), on_click=lambda: self.go(self.current() - 1), name="register_back")
        self.next = make_button(self.tr("Next"), "primary", self.next_step, name="register_next")
        self.next.setProperty("wide", "true")
        self.back.setProperty("wide", "true")
        self.result.next_person.clicked.connect(self.start_over)
        self.result.open_profile.clicked.connect(
            lambda: self.open_profile.emit(self.new_worker_id or "", None))
        self.result.print_again.clicked.connect(self.print_again)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(ctx.theme.spacing)
        self.step_bar = QWidget()
        self.step_bar.setLayout(step_bar)
        box.addWidget(self.step_bar)
        box.addWidget(self.notice)
        box.addWidget(self.stack, 1)
        self.nav = QWidget()
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self.back)
        if worker_id is not None:
            cancel = make_button(self.tr("Cancel the changes"), on_click=lambda: self.open_profile.emit(
                worker_id, None), name="register_cancel")
            nav.addWidget(cancel)
        nav.addStretch(1)
        nav.addWidget(self.next)
        box.addWidget(self.nav)
        self.go(0)

    def _build_pages(self, form: WorkerForm) -> None:
        editing = self.worker_id is not None
        self.person = PersonPage(self.ctx, form, editing)
        self.work = WorkPage(self.ctx, form)
        self.time = TimePage(self.ctx, form)
        self.consent = ConsentPage(self.ctx, form, editing)
        self.consent.save_clicked.connect(self.save)
        self.pages = [self.person, self.work, self.time, self.consent]
        for i, page in enumerate(self.pages):
            self.stack.insertWidget(i, scrolling(page))
        if self.stack.indexOf(self.result) < 0:
            self.stack.addWidget(self.result)

    # --- moving between steps ------------------------------------------------------------------
    def current(self) -> int:
        return self.stack.currentIndex()

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        if index == len(self.pages) - 1:
            self.consent.show_summary(self.form())
        self.stack.setCurrentIndex(index)
        for i, button in enumerate(self.steps):
            button.setChecked(i == index)
        self.back.setEnabled(index > 0)
        self.next.setVisible(index < len(self.pages) - 1)
        self.pages[index].start()

    def next_step(self) -> None:
        """Check what this step holds before moving on (a later step's problems wait for that step)."""
        page = self.pages[self.current()]
        try:
            replace(self.form(), consent=True).validated(today=self._today())
        except UserError as err:
            if err.field in page.FIELDS:
                self.show_problem(err.msg, err.field)
                return
        self.notice.clear_text()
        self.go(self.current() + 1)

    def _today(self):
        return self.ctx.station.clock().date()

    # --- the form ------------------------------------------------------------------------------
    def form(self) -> WorkerForm:
        form = WorkerForm(name="", consent_by=self.staff_name)
        for page in self.pages:
            page.read(form)
        return form

    def show_problem(self, message, field_name: str | None) -> None:
        """Say what is wrong in words, go to the step it belongs to and put the cursor there."""
        for page in self.pages:
            for name in page.FIELDS:
                mark_error(page.widget_for(name), False)
        self.notice.show_text(msg_text(self.ctx, message), "error")
        for i, page in enumerate(self.pages):
            if field_name in page.FIELDS:
                if i != self.current():
                    self.go(i)
                widget = page.widget_for(field_name)
                mark_error(widget, True)
                widget.setFocus()
                return

    def save(self) -> None:
        """Check everything (nothing is saved while anything is wrong or consent is missing), then save."""
        if self._saving:
            return
        form = self.form()
        try:
            form.validated(today=self._today())
        except UserError as err:
            self.show_problem(err.msg, err.field)
            return
        self._saving = True
        self.consent.save.setEnabled(False)
        self.notice.show_text(self.tr("Saving…"), "info")
        if self.worker_id is None:
            submit(self, self.ctx, register_worker, form, on_done=self._saved, on_failed=self._save_failed)
        else:
            submit(self, self.ctx, update_worker, self.worker_id, form, on_done=self._saved,
                   on_failed=self._save_failed)

    def _save_failed(self, message) -> None:
        self._saving = False
        self.consent.save.setEnabled(True)
        self.notice.show_text(msg_text(self.ctx, message) if message is not None else self.tr(
            "Saving failed because of a fault. Nothing was saved; please try again."), "error")

    def _saved(self, changes) -> None:
        self._saving = False
        self.consent.save.setEnabled(True)
        self.notice.clear_text()
        if changes.kind == "worker.exists" or self.worker_id is not None:
            self.open_profile.emit(changes.entity_id, changes.msg)
            return
        self.new_worker_id = changes.entity_id
        self.show_result(changes.detail.get("worker_no", ""), changes.msg)
        self.result.card.show_text(self.tr("Making the worker card…"), "info")
        self.result.print_again.setEnabled(False)
        submit(self, self.ctx, issue_card, changes.entity_id, on_done=self._card_issued, on_failed=self._card_failed)

    def show_result(self, worker_no: str, message) -> None:
        """The last page: the new worker number, what was saved; the card's state follows below."""
        self.step_bar.hide()
        self.nav.hide()
        self.stack.setCurrentWidget(self.result)
        self.result.number.setText(arg(self.tr("Worker number: %1"), worker_no))
        self.result.saved.show_text(msg_text(self.ctx, message), "ok")

    # --- the card ------------------------------------------------------------------------------
    def show_printing(self) -> None:
        self.result.print_again.setEnabled(False)
        self.result.card.show_text(self.tr("Printing the worker card…"), "info")

    def _card_issued(self, changes) -> None:
        self.show_printing()
        print_card(self, self.ctx, self.new_worker_id, self._printed)

    def _card_failed(self, message) -> None:
        self.result.card.show_text(arg(self.tr("The card could not be made: %1 Make it later from the profile."),
            msg_text(self.ctx, message) if message is not None else self.tr("an unexpected error.")), "error")

    def _printed(self, ok: bool, words: str) -> None:
        self.result.card.show_text(words, "ok" if ok else "error")
        self.result.print_again.setEnabled(True)

    def print_again(self) -> None:
        if self.new_worker_id:
            self.show_printing()
            print_card(self, self.ctx, self.new_worker_id, self._printed)

    def start_over(self) -> None:
        """A fresh, empty form for the next walk-in (the last person's details leave the screen)."""
        for _ in self.pages:
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.new_worker_id = None
        self.notice.clear_text()
        self._build_pages(WorkerForm(name=""))
        self.step_bar.show()
        self.nav.show()
        self.go(0)
