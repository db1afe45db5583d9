"""Registration steps 2-4: trades and wanted work, days/shifts/wage/distance/groups, consent; and the result."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.categories import CATEGORIES, PRIORITY_GROUPS, SHIFTS, WEEKDAYS, trade_icons
from kiosk.domain.forms import WorkerForm
from kiosk.domain.validation import mask_id_number, mask_phone
from kiosk.ui.staff.common import arg, is_zh, label, listing
from kiosk.ui.staff.widgets import (
    ChoiceGrid, Notice, StaffKeypad, WrapButton, choice_items, columns, field, make_button, make_label, row,
)

DISTANCES_KM = (3.0, 5.0, 10.0, 20.0)


class WorkPage(QWidget):
    """Big toggle buttons for every kind of work: what they can do, and (second tab) what they want."""

    FIELDS = {"trades", "wanted"}

    def __init__(self, ctx, form: WorkerForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        items = choice_items(ctx, CATEGORIES)
        self.trades = ChoiceGrid(items, columns=6, icons=trade_icons())
        self.trades.set_values(form.trades)
        self.wanted = ChoiceGrid(items, columns=6, icons=trade_icons())
        self.wanted.set_values(form.wanted)
        self.show_trades = WrapButton("")
        self.show_wanted = WrapButton("")
        self.grids = QStackedWidget()
        self.grids.addWidget(self.trades)
        self.grids.addWidget(self.wanted)
        self.show_trades.clicked.connect(lambda: self._switch(0))
        self.show_wanted.clicked.connect(lambda: self._switch(1))
        self.trades.changed.connect(self._count)
        self.wanted.changed.connect(self._count)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(ctx.theme.spacing)
        tabs = QHBoxLayout()
        tabs.addWidget(self.show_trades)
        tabs.addWidget(self.show_wanted)
        box.addLayout(tabs)
        self.hint = make_label("", "muted")
        box.addWidget(self.hint)
        box.addWidget(self.grids)
        box.addStretch(1)
        self._switch(0)

    def _switch(self, index: int) -> None:
        self.grids.setCurrentIndex(index)
        self.show_trades.setChecked(index == 0)
        self.show_wanted.setChecked(index == 1)
        self.hint.setText(self.tr("Tap every kind of work they can do. Tap again to undo.") if index == 0 else
                          self.tr("Tap the work they would like to do (leave empty if the same as above)."))
        self._count()

    def _count(self) -> None:
        self.show_trades.set_text(arg(self.tr("Work they can do (%1)"), len(self.trades.values())))
        self.show_wanted.set_text(arg(self.tr("Work they want (%1)"), len(self.wanted.values())))

    def read(self, form: WorkerForm) -> None:
        form.trades = self.trades.values()
        form.wanted = self.wanted.values()

    def widget_for(self, field_name: str) -> QWidget:
        return self.wanted if field_name == "wanted" else self.trades

    def start(self) -> None:
        pass


class TimePage(QWidget):
    """When they can work, the day's pay they expect (keypad), how far they go, priority groups, notes."""

    FIELDS = {"days", "shifts", "wage", "distance_km", "priority_groups", "notes"}

    def __init__(self, ctx, form: WorkerForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        sp = ctx.theme.spacing
        self.days = ChoiceGrid([(i, d.zh if is_zh(ctx) else d.en[:3]) for i, d in enumerate(WEEKDAYS)], columns=7)
        self.days.set_values(form.days)
        every = make_button(self.tr("Every day"), on_click=lambda: self.days.set_values(range(7)))
        weekdays = make_button(self.tr("Mon to Fri"), on_click=lambda: self.days.set_values(range(5)))
        weekend = make_button(self.tr("Weekends"), on_click=lambda: self.days.set_values([5, 6]))
        self.shifts = ChoiceGrid(choice_items(ctx, SHIFTS), columns=4)
        self.shifts.set_values(form.shifts)
        kms = list(DISTANCES_KM)
        if form.max_distance_km not in kms:
            kms = sorted(kms + [float(form.max_distance_km)])
        self.distance = ChoiceGrid([(km, arg(self.tr("%1 km"), f"{km:g}")) for km in kms], columns=len(kms),
                                   exclusive=True)
        self.distance.set_value(float(form.max_distance_km))
        self.groups = ChoiceGrid(choice_items(ctx, PRIORITY_GROUPS), columns=3)
        self.groups.set_values(form.priority_groups)
        self.wage = QLineEdit(str(form.expected_daily_wage or ""))
        self.wage.setMaxLength(5)
        self.wage.setProperty("role", "big")
        self.wage.setValidator(QRegularExpressionValidator(r"\d{0,5}", self.wage))
        self.notes = QPlainTextEdit(form.notes)
        self.notes.setFixedHeight(ctx.theme.touch_px * 2)
        self.keypad = StaffKeypad(compact=True)
        self.keypad.follow(self.wage)

        left = QVBoxLayout()
        left.setSpacing(sp)
        days_title = QHBoxLayout()
        days_title.addWidget(make_label(self.tr("Days they can work"), "section", wrap=False))
        days_title.addStretch(1)
        for quick in (every, weekdays, weekend):
            days_title.addWidget(quick)
        left.addLayout(days_title)
        left.addWidget(self.days)
        side = QHBoxLayout()
        side.setSpacing(sp * 2)
        side.addWidget(field(self.tr("Shifts"), self.shifts), 1)
        side.addWidget(field(self.tr("How far they will travel"), self.distance), 1)
        left.addLayout(side)
        left.addWidget(field(self.tr("Priority groups (tap all that apply)"), self.groups))
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(sp)
        right.addWidget(field(self.tr("Pay per day (yuan)"), self.wage))
        right.addWidget(self.keypad)
        right.addWidget(field(self.tr("Notes (optional)"), self.notes))
        right.addStretch(1)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setFixedWidth(ctx.theme.touch_px * 3 + 160)
        self.setLayout(columns((left, 1), (right_box, 0), spacing=sp * 3))

    def read(self, form: WorkerForm) -> None:
        form.days = self.days.values()
        form.shifts = self.shifts.values()
        wage = self.wage.text().strip()
        form.expected_daily_wage = wage or None
        form.max_distance_km = self.distance.value() or 10.0
        form.priority_groups = self.groups.values()
        form.notes = self.notes.toPlainText()

    def widget_for(self, field_name: str) -> QWidget:
        return {"days": self.days, "shifts": self.shifts, "wage": self.wage, "distance_km": self.distance,
                "priority_groups": self.groups, "notes": self.notes}.get(field_name, self.wage)

    def start(self) -> None:
        pass


class ConsentPage(QWidget):
    """What we keep and why, said plainly (and read aloud); nothing is saved before "agreed" is tapped."""

    FIELDS = {"consent"}
    save_clicked = Signal()

    def __init__(self, ctx, form: WorkerForm, editing: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        sp = ctx.theme.spacing
        self.text = make_label()
        self.text.setText(self.consent_html())
        self.read_aloud = make_button(self.tr("Read aloud"), on_click=self.say, name="consent_read")
        self.read_aloud.setVisible(bool(getattr(ctx, "speech_available", ctx.speech is not None)))
        self.agree = WrapButton("")
        self.agree.setObjectName("consent_agree")
        self.agree.setProperty("role", "agree")
        self.agree.toggled.connect(self._show_agreement)
        self.agree.setChecked(bool(form.consent and editing))
        self._show_agreement(self.agree.isChecked())
        self.summary = make_label()
        self.summary.setProperty("role", "info")
        self.save = make_button(self.tr("Save the changes") if editing else self.tr("Save and print the card"),
                                "primary", self.save_clicked.emit, name="register_save")
        left = QVBoxLayout()
        left.setSpacing(sp)
        left.addWidget(make_label(self.tr("Before saving: tell the person what we keep"), "section"))
        left.addWidget(self.text)
        left.addLayout(row(self.read_aloud))
        left.addWidget(self.agree)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(sp)
        right.addWidget(make_label(self.tr("Check with the person"), "section"))
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.save)
        self.setLayout(columns((left, 3), (right, 2), spacing=sp * 3))

    def _show_agreement(self, agreed: bool) -> None:
        """Off, the button asks for the tap; on, it says (with a tick) what has been recorded."""
        self.agree.set_text(self.tr("The person has heard this and agrees") if agreed else
                            self.tr("Tap here once the person has heard this and agrees"))

    def consent_plain(self) -> str:
        return "\n".join([
            self.tr("We keep your name, ID number, phone number, the work you do and want, and when you can work."),
            self.tr("We use them only to find work for you and to call you about jobs; employers do not see your "
                    "ID number or phone number."),
            self.tr("The numbers are stored encrypted. The station sends counts without names to the "
                    "human-resources bureau."),
            self.tr("You can ask staff at any time to see, correct or delete your record."),
        ])

    def consent_html(self) -> str:
        return "".join(f"<p style='line-height:140%; margin-top:0px; margin-bottom:10px'>{line}</p>"
                       for line in self.consent_plain().split("\n"))

    def say(self) -> None:
        if hasattr(self.ctx, "read_aloud"):
            self.ctx.read_aloud(self.consent_plain())
        elif self.ctx.speech is not None:
            self.ctx.speech.say(self.consent_plain(), "zh_CN" if is_zh(self.ctx) else "en")

    def show_summary(self, form: WorkerForm) -> None:
        names = {c.code: label(self.ctx, c) for c in CATEGORIES}
        trades = listing(self.ctx, (names.get(code, code) for code in form.trades)) or self.tr("none yet")
        phone = mask_phone(form.phone) if form.phone else self.tr("none")
        if form.contact_is_family and form.phone:
            phone = arg(self.tr("%1 (family: %2)"), phone, form.contact_name or "—")
        lines = [
            arg(self.tr("Name: %1"), form.name.strip() or "—"),
            arg(self.tr("ID number: %1"), mask_id_number(form.id_number) or self.tr("none")),
            arg(self.tr("Phone: %1"), phone),
            arg(self.tr("Can do: %1"), trades),
            arg(self.tr("Wants: %1"), listing(self.ctx, (names.get(code, code) for code in form.wanted))
                or self.tr("the same")),
            arg(self.tr("Days: %1"), listing(self.ctx, (label(self.ctx, d) for i, d in enumerate(WEEKDAYS) if i in form.days))
                or self.tr("any day")),
            arg(self.tr("Shifts: %1"), listing(self.ctx, (label(self.ctx, c) for c in SHIFTS if c.code in form.shifts))
                or self.tr("any shift")),
            arg(self.tr("Pay per day: %1 yuan"), str(form.expected_daily_wage or "—")),
        ]
        self.summary.setText("\n".join(lines))

    def read(self, form: WorkerForm) -> None:
        form.consent = self.agree.isChecked()

    def widget_for(self, field_name: str) -> QWidget:
        return self.agree

    def start(self) -> None:
        pass


class ResultPage(QWidget):
    """After saving: the new worker number, the card being printed (or why not), and what next."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        sp = ctx.theme.spacing
        self.title = make_label(self.tr("Registered"), "title")
        self.number = make_label("", "big")
        self.saved = Notice()
        self.card = Notice()
        self.print_again = make_button(self.tr("Print the card again"), name="result_print")
        self.open_profile = make_button(self.tr("Open the profile"), name="result_profile")
        self.next_person = make_button(self.tr("Register the next person"), "primary", name="result_next")
        box = QVBoxLayout(self)
        box.setSpacing(sp * 2)
        box.addWidget(self.title)
        box.addWidget(self.number)
        box.addWidget(self.saved)
        box.addWidget(self.card)
        buttons = QGridLayout()
        buttons.setSpacing(sp)
        buttons.addWidget(self.print_again, 0, 0)
        buttons.addWidget(self.open_profile, 0, 1)
        buttons.addWidget(self.next_person, 0, 2)
        box.addLayout(buttons)
        box.addStretch(1)
