"""Post an urgent order for an employer who walks in: big quick choices for kind, day, hours, pay and place."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.categories import CATEGORIES, PAY_UNITS, SETTLEMENTS, category
from kiosk.domain.forms import JobForm
from kiosk.domain.messages import UserError
from kiosk.ops.jobs import post_job
from kiosk.ui.staff.common import arg, label, msg_text, submit
from kiosk.ui.staff.widgets import (
    ChoiceGrid, Notice, StaffKeypad, WrapButton, choice_items, field, make_button, make_label, mark_error, row,
    scrolling,
)

HOURS = tuple(range(6, 22))
DURATIONS = (2, 4, 6, 8, 9, 10, 12)
DISTANCES_KM = (1.0, 3.0, 5.0, 10.0, 20.0)


def _number_edit(pattern: str, max_len: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_len)
    edit.setProperty("role", "big")
    edit.setValidator(QRegularExpressionValidator(pattern, edit))
    return edit


class JobPostScreen(QWidget):
    """One page of big choices; `posted(job_id)` after saving (the board and call list see it at once)."""

    posted = Signal(str)
    find_workers = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_job_id = ""
        self._busy = False
        sp = ctx.theme.spacing
        self.employer = QLineEdit()
        self.employer.setMaxLength(60)
        self.verified = WrapButton(self.tr("Business licence checked (verified employer)"))
        self.verified.setObjectName("job_verified")
        self.kind = ChoiceGrid(choice_items(ctx, CATEGORIES), columns=5, exclusive=True)
        self.kind.changed.connect(self._suggest_title)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(40)
        self.place = QLineEdit()
        self.place.setMaxLength(80)
        self.distance = ChoiceGrid([(km, arg(self.tr("%1 km"), f"{km:g}")) for km in DISTANCES_KM],
                                   columns=len(DISTANCES_KM), exclusive=True)
        self.requirements = QLineEdit()
        self.requirements.setMaxLength(200)
        self.headcount = _number_edit(r"\d{0,3}", 3)
        self.headcount.setText("1")
        self.pay = _number_edit(r"\d{0,5}(\.\d{0,2})?", 8)
        self.unit = ChoiceGrid(choice_items(ctx, PAY_UNITS), columns=4, exclusive=True)
        self.unit.set_value("day")
        self.settlement = ChoiceGrid(choice_items(ctx, SETTLEMENTS), columns=4, exclusive=True)
        self.settlement.set_value("daily")
        self.day = ChoiceGrid([(0, self.tr("Today")), (1, self.tr("Tomorrow")), (2, self.tr("Day after tomorrow"))],
                              columns=3, exclusive=True)
        self.day.set_value(0)
        self.hour = ChoiceGrid([(h, f"{h}:00") for h in HOURS], columns=8, exclusive=True)
        self.hours = ChoiceGrid([(h, arg(self.tr("%1 h"), h)) for h in DURATIONS], columns=len(DURATIONS),
                                exclusive=True)
        self.hours.set_value(8)
        self.when = make_label("", "info")
        for grid in (self.day, self.hour, self.hours):
            grid.changed.connect(self._show_when)
        self.keypad = StaffKeypad(compact=True)
        self.keypad.follow(self.pay)
        self.keypad.follow(self.headcount)
        self.notice = Notice()
        self.post = make_button(self.tr("Post the order"), "primary", self.submit_order, name="job_post")
        self.call = make_button(self.tr("Find workers to call"), on_click=lambda: self.find_workers.emit(
            self.last_job_id), name="job_call")
        self.call.hide()
        self.post.setProperty("wide", "true")

        left = QVBoxLayout()
        left.setSpacing(sp)
        left.addWidget(field(self.tr("Employer"), self.employer, self.verified))
        left.addWidget(field(self.tr("Kind of work"), self.kind))
        names = QHBoxLayout()
        names.setSpacing(sp * 2)
        names.addWidget(field(self.tr("Job title (shown on the board)"), self.title_edit))
        names.addWidget(field(self.tr("Place"), self.place))
        left.addLayout(names)
        left.addWidget(field(self.tr("Pay is counted per"), self.unit, self.settlement))
        left.addWidget(field(self.tr("Start"), self.day, self.hour))
        left.addWidget(field(self.tr("How long"), self.hours, self.when))
        left.addWidget(field(self.tr("Distance from the station"), self.distance))
        left.addWidget(field(self.tr("Requirements (optional)"), self.requirements))
        scroll = scrolling(left)
        right = QVBoxLayout()
        right.setSpacing(sp)
        right.addWidget(field(self.tr("How many people"), self.headcount))
        right.addWidget(field(self.tr("Pay (yuan)"), self.pay))
        right.addWidget(self.keypad)
        right.addStretch(1)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setFixedWidth(ctx.theme.touch_px * 3 + 200)
        columns = QHBoxLayout()
        columns.setSpacing(sp * 2)
        columns.addWidget(scroll, 1)
        columns.addWidget(right_box)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.notice)
        box.addLayout(columns, 1)
        box.addLayout(row(self.call, self.post, align="right"))
        self._fields = {"employer_name": self.employer, "title": self.title_edit, "place": self.place,
                        "requirements": self.requirements, "headcount": self.headcount, "wage": self.pay,
                        "category": self.kind, "ends_at": self.hours, "distance_km": self.distance}
        self._show_when()

    # --- choices -------------------------------------------------------------------------------
    def _suggest_title(self) -> None:
        code = self.kind.value()
        known = {label(self.ctx, c) for c in CATEGORIES}
        if code and (not self.title_edit.text().strip() or self.title_edit.text() in known):
            self.title_edit.setText(label(self.ctx, category(code)))

    def times(self) -> tuple[datetime, datetime] | None:
        now = self.ctx.station.clock()
        if self.hour.value() is None:
            return None
        start = datetime.combine(now.date() + timedelta(days=self.day.value() or 0), time(self.hour.value()))
        return start, start + timedelta(hours=self.hours.value() or 8)

    def _show_when(self) -> None:
        span = self.times()
        if span is None:
            self.when.setText(self.tr("Tap the start hour."))
            return
        start, end = span
        self.when.setText(arg(self.tr("From %1 to %2"), start.strftime("%m-%d %H:%M"), end.strftime("%m-%d %H:%M")))

    # --- saving --------------------------------------------------------------------------------
    def form(self) -> JobForm | None:
        span = self.times()
        if self.kind.value() is None:
            self._problem(self.tr("Tap the kind of work first."), self.kind)
            return None
        if span is None:
            self._problem(self.tr("Tap the hour the work starts."), self.hour)
            return None
        if span[1] <= self.ctx.station.clock():
            self._problem(self.tr("That time is already over. Pick a later start or another day."), self.hour)
            return None
        return JobForm(
            title=self.title_edit.text(), category=self.kind.value(), employer_name=self.employer.text(),
            pay_amount=self.pay.text(), pay_unit=self.unit.value() or "day", headcount=self.headcount.text(),
            starts_at=span[0], ends_at=span[1], place=self.place.text(), distance_km=self.distance.value() or 0.0,
            urgent=True, employer_verified=self.verified.isChecked(), settlement=self.settlement.value() or "daily",
            requirements=self.requirements.text(),
        )

    def _problem(self, text: str, widget: QWidget | None) -> None:
        for w in self._fields.values():
            mark_error(w, False)
        self.notice.show_text(text, "error")
        if widget is not None:
            mark_error(widget, True)
            widget.setFocus()

    def submit_order(self) -> None:
        if self._busy:
            return
        form = self.form()
        if form is None:
            return
        try:
            form.validated()
        except UserError as err:
            self._problem(msg_text(self.ctx, err.msg), self._fields.get(err.field))
            return
        self._busy = True
        self.post.setEnabled(False)
        submit(self, self.ctx, post_job, form, on_done=self._posted, on_failed=self._failed)

    def _failed(self, message) -> None:
        self._busy = False
        self.post.setEnabled(True)
        self._problem(msg_text(self.ctx, message) if message is not None else self.tr(
            "The order could not be saved because of a fault. Please try again."), None)

    def _posted(self, changes) -> None:
        self._busy = False
        self.post.setEnabled(True)
        for w in self._fields.values():
            mark_error(w, False)
        self.last_job_id = changes.entity_id
        self.notice.show_text(msg_text(self.ctx, changes.msg) + " " + self.tr(
            "It is on the wall board now."), "ok")
        self.call.show()
        self.clear_for_next()
        self.posted.emit(changes.entity_id)

    def clear_for_next(self) -> None:
        """Ready for the next order; the employer often posts several, so their name stays."""
        for edit in (self.title_edit, self.place, self.requirements, self.pay):
            edit.clear()
        self.headcount.setText("1")
        self.kind.set_value(None)
        self.hour.set_value(None)
        self.distance.set_value(None)
        self._show_when()
