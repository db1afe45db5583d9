"""Worker profiles: find by number, name, ID or phone; see (masked), edit, reissue, revoke or reprint the card."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kiosk.domain.categories import CATEGORIES, PRIORITY_GROUPS, SHIFTS, WEEKDAYS
from kiosk.domain.pay import yuan
from kiosk.ops.cards import issue_card, revoke_card
from kiosk.ops.workers import form_from_worker
from kiosk.store.history import find_workers, recent_workers, work_totals, worker_history, worker_profile
from kiosk.store.models import Worker
from kiosk.ui.staff.card_print import print_card
from kiosk.ui.staff.common import arg, label, listing, load, msg_text, reading, submit
from kiosk.ui.staff.widgets import ChoiceGrid, Notice, make_button, make_label, row, scrolling

CONFIRM_MS = 6000


def _profile_bundle(worker_id: str):
    def run(station):
        with station.read() as session:
            return (worker_profile(session, station.vault, worker_id), worker_history(session, worker_id),
                    work_totals(session, worker_id))

    return run


def _edit_form(worker_id: str):
    def run(station):
        with station.read() as session:
            worker = session.get(Worker, worker_id)
            return None if worker is None else form_from_worker(worker, station.vault)

    return run


class ProfileScreen(QWidget):
    """Search on the left, one worker's profile and history on the right; editing reuses registration."""

    def __init__(self, ctx, staff_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff_name = staff_name
        self.worker_id = ""
        self.profile = None
        self._asked = 0
        sp = ctx.theme.spacing
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, name, ID or phone"))
        self.search.setToolTip(self.search.placeholderText())
        self.search.returnPressed.connect(self.find)
        self.find_button = make_button(self.tr("Find"), "primary", self.find, name="profile_find")
        self.results: ChoiceGrid | None = None
        self.results_box = QVBoxLayout()
        self.results_label = make_label(self.tr("Recently registered or changed"), "muted")
        self.results_box.addWidget(self.results_label)
        self.notice = Notice()
        self.name = make_label("", "big")
        self.details = make_label()
        self.card_state = make_label("", "info")
        self.edit = make_button(self.tr("Edit the profile"), on_click=self.start_edit, name="profile_edit")
        self.reprint = make_button(self.tr("Print the card again"), on_click=self.print_again, name="profile_print")
        self.reissue = make_button(self.tr("New card (lost or damaged)"), on_click=self.new_card,
                                   name="profile_reissue")
        self.revoke = make_button(self.tr("Stop the card"), "danger", self.stop_card, name="profile_revoke")
        self._confirm = QTimer(self)
        self._confirm.setSingleShot(True)
        self._confirm.timeout.connect(self._end_confirm)
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([self.tr("Start"), self.tr("Job"), self.tr("Employer"),
                                                self.tr("Sign-up"), self.tr("Days worked"), self.tr("Pay due")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(ctx.theme.touch_px * 4)
        self.totals = make_label("", "section")

        left = QVBoxLayout()
        left.setSpacing(sp)
        left.addLayout(row(self.search, self.find_button, align="fill"))
        left.addLayout(self.results_box)
        left.addStretch(1)
        left_scroll = scrolling(left)
        self.view = QWidget()
        right = QVBoxLayout(self.view)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(sp)
        right.addWidget(self.name)
        right.addWidget(self.details)
        right.addWidget(self.card_state)
        actions = QGridLayout()
        actions.setSpacing(sp)
        for i, button in enumerate((self.edit, self.reprint, self.reissue, self.revoke)):
            actions.addWidget(button, i // 2, i % 2)
        right.addLayout(actions)
        right.addWidget(make_label(self.tr("Sign-ups and days worked"), "section"))
        right.addWidget(self.totals)
        right.addWidget(self.history, 1)
        self.empty = make_label(self.tr("Find a worker on the left, or tap one of the recent ones."), "info")
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(sp * 3)
        columns.addWidget(left_scroll, 3)
        view_scroll = scrolling(self.view)
        view_box = QVBoxLayout()
        view_box.addWidget(self.notice)
        view_box.addWidget(self.empty)
        view_box.addWidget(view_scroll, 1)
        self.view_scroll = view_scroll
        columns.addLayout(view_box, 5)
        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.pages)
        self.view_scroll.hide()
        self.editor = None

    # --- finding -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.search.text().strip():
            self.find()
        else:
            self._ask(reading(recent_workers, vault=True))
        if self.worker_id:
            self._load_profile()

    def find(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.refresh()
            return
        self.results_label.setText(arg(self.tr("Found for “%1”"), text))
        self._ask(reading(find_workers, text, vault=True))

    def _ask(self, query) -> None:
        """Run a search; only the answer to the latest one is shown (a slow older one is dropped)."""
        self._asked += 1
        asked = self._asked
        load(self, self.ctx, query, lambda rows: self._show_results(rows) if asked == self._asked else None)

    def _show_results(self, rows) -> None:
        rows = rows or []
        if self.results is not None:
            self.results.setParent(None)
            self.results.deleteLater()
        items = [(r.id, f"{r.name}  {r.worker_no}\n{r.birth_year or ''} {r.phone_masked}".strip()) for r in rows]
        self.results = ChoiceGrid(items, columns=1, exclusive=True)
        self.results.setObjectName("profile_results")
        self.results.changed.connect(lambda: self.results.value() and self.open_worker(self.results.value()))
        self.results_box.addWidget(self.results)
        if not rows:
            self.results_label.setText(self.tr("Nobody found. Try the worker number or part of the name."))

    # --- one worker ----------------------------------------------------------------------------
    def open_worker(self, worker_id: str, message=None) -> None:
        """Show a profile; `message` (e.g. "already registered") is said above it."""
        if self.editor is not None:
            self._close_editor()
        self.worker_id = worker_id
        if message is not None:
            self.notice.show_text(msg_text(self.ctx, message), "info")
        else:
            self.notice.clear_text()
        self._load_profile()

    def _load_profile(self) -> None:
        load(self, self.ctx, _profile_bundle(self.worker_id), self._show_profile)

    def _show_profile(self, bundle) -> None:
        profile, history, totals = bundle or (None, [], None)
        self.empty.setVisible(profile is None)
        self.view_scroll.setVisible(profile is not None)
        if profile is None:
            return
        self.name.setText(f"{profile.name}  {profile.worker_no}")
        self.details.setText(self.describe(profile))
        self.card_state.setText(self.card_words(profile.card))
        has_active = profile.card is not None and profile.card.status == "active"
        self.reprint.setEnabled(has_active)
        self.revoke.setEnabled(has_active)
        self.reissue.setText(self.tr("New card (lost or damaged)") if profile.card else self.tr("Make a card"))
        self._show_history(history, totals)
        self.profile = profile

    def describe(self, p) -> str:
        ctx = self.ctx
        names = lambda codes, table: listing(ctx, (label(ctx, item) for item in table  # noqa: E731
                                                    if item.code in set(codes))) or "—"  # in the list's own order
        gender = {"male": self.tr("male"), "female": self.tr("female")}.get(p.gender or "", "—")
        phone = p.phone_masked or self.tr("none")
        if p.contact_is_family and p.phone_masked:
            phone = arg(self.tr("%1 (family member: %2)"), phone, p.contact_name or "—")
        lines = [
            arg(self.tr("ID number: %1 · Born: %2 · %3"), p.id_masked or self.tr("none"), p.birth_year or "—", gender),
            arg(self.tr("Phone: %1"), phone),
            arg(self.tr("Can do: %1 · Wants: %2"), names(p.trades, CATEGORIES), names(p.wanted, CATEGORIES)),
            arg(self.tr("Days: %1 · Shifts: %2"), listing(ctx, (label(ctx, WEEKDAYS[d]) for d in sorted(p.days))) or "—",
                names(p.shifts, SHIFTS)),
            arg(self.tr("Pay per day: %1 yuan · Travels up to %2 km"), p.expected_daily_wage or "—",
                f"{p.max_distance_km:g}"),
            arg(self.tr("Priority groups: %1 · Notes: %2"), names(p.priority_groups, PRIORITY_GROUPS), p.notes or "—"),
            arg(self.tr("Agreed on %1 · registered %2"),
                f"{p.consent_at:%Y-%m-%d}" if p.consent_at else "—", f"{p.registered_at:%Y-%m-%d}"),
        ]
        return "\n".join(lines)

    def card_words(self, card) -> str:
        if card is None:
            return self.tr("No worker card yet.")
        if card.status == "active":
            return arg(self.tr("Card no. %1 works: issued %2, valid until %3."), card.card_seq,
                       f"{card.issued_on:%Y-%m-%d}", f"{card.expires_on:%Y-%m-%d}")
        return arg(self.tr("Card no. %1 has been stopped. Make a new card if the worker needs one."), card.card_seq)

    def _show_history(self, history, totals) -> None:
        self.history.setRowCount(len(history))
        status = {"confirmed": self.tr("booked"), "waitlisted": self.tr("waiting list"),
                  "cancelled": self.tr("cancelled")}
        for i, h in enumerate(history):
            cells = [f"{h.starts_at:%m-%d %H:%M}", h.job_title, h.employer_name, status.get(h.status, h.status),
                     str(h.days_worked), yuan(h.pay_due_fen) if h.days_worked else ""]
            for j, text in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(text))
        if totals is not None:
            self.totals.setText(arg(self.tr("%1 day(s) worked, %2 hours, %3 yuan due in all."), totals.days,
                                    f"{totals.hours:g}", yuan(totals.pay_due_fen)))

    # --- card actions --------------------------------------------------------------------------
    def print_again(self) -> None:
        self.notice.show_text(self.tr("Printing the worker card…"), "info")
        print_card(self, self.ctx, self.worker_id, lambda ok, words: self.notice.show_text(
            words, "ok" if ok else "error"))

    def new_card(self) -> None:
        """Issue a new card (the old one stops working) and print it."""
        self.reissue.setEnabled(False)
        submit(self, self.ctx, issue_card, self.worker_id, on_done=self._card_made, on_failed=self._failed)

    def _card_made(self, changes) -> None:
        self.reissue.setEnabled(True)
        self._load_profile()
        self.print_again()

    def stop_card(self) -> None:
        """Stop a lost card; asks for a second tap so a slip of the finger does not do it."""
        if not self._confirm.isActive():
            self.revoke.setText(self.tr("Tap again to stop the card"))
            self._confirm.start(CONFIRM_MS)
            return
        self._end_confirm()
        submit(self, self.ctx, revoke_card, self.worker_id, on_done=self._card_stopped, on_failed=self._failed)

    def _end_confirm(self) -> None:
        self._confirm.stop()
        self.revoke.setText(self.tr("Stop the card"))

    def _card_stopped(self, changes) -> None:
        self.notice.show_text(msg_text(self.ctx, changes.msg), "ok")
        self._load_profile()

    def _failed(self, message) -> None:
        self.reissue.setEnabled(True)
        self.notice.show_text(msg_text(self.ctx, message) if message else self.tr(
            "That did not work because of a fault. Please try again."), "error")

    # --- editing -------------------------------------------------------------------------------
    def start_edit(self) -> None:
        load(self, self.ctx, _edit_form(self.worker_id), self._open_editor)

    def _open_editor(self, form) -> None:
        if form is None:
            return
        from kiosk.ui.staff.register import RegistrationScreen

        self.editor = RegistrationScreen(self.ctx, self.staff_name, worker_id=self.worker_id, form=form)
        self.editor.open_profile.connect(self.open_worker)
        self.pages.addWidget(self.editor)
        self.pages.setCurrentWidget(self.editor)

    def _close_editor(self) -> None:
        self.pages.setCurrentIndex(0)
        self.pages.removeWidget(self.editor)
        self.editor.deleteLater()
        self.editor = None
