"""Registration step 1: name, ID number checked as typed (our keypad, with X), phone or a family phone, age."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.forms import WorkerForm
from kiosk.domain.validation import mask_id_number, mask_phone, normalise_id_number, partial_id_problem, validate_id_number
from kiosk.ui.staff.common import arg, msg_text
from kiosk.ui.staff.widgets import ChoiceGrid, Notice, StaffKeypad, field, make_label


def _edit(max_len: int, big: bool = False, digits: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_len)
    if big:
        edit.setProperty("role", "digits")
    if digits:
        edit.setValidator(QRegularExpressionValidator(digits, edit))
    return edit


class PersonPage(QWidget):
    """Who the person is and how to reach them. In edit mode, numbers on file stay hidden and are kept
    unless staff type new ones."""

    FIELDS = {"name", "id_number", "birth_year", "phone", "contact_phone", "contact_name"}

    def __init__(self, ctx, form: WorkerForm, editing: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._kept_id = form.id_number if editing else ""
        self._kept_phone = form.phone if editing else ""
        sp = ctx.theme.spacing
        self.name = _edit(40)
        self.name.setText(form.name)
        self.id_number = _edit(22, big=True)
        self.id_number.textChanged.connect(self.check_id)
        self.id_status = Notice()
        self.phone = _edit(20, big=True, digits=r"[0-9+\- ]{0,20}")
        self.phone_kind = ChoiceGrid([("self", self.tr("Their own mobile")),
                                      ("family", self.tr("A family member's phone"))], columns=2, exclusive=True)
        self.phone_kind.set_value("family" if form.contact_is_family else "self")
        self.phone_kind.changed.connect(self._show_contact_name)
        self.contact_name = _edit(40)
        self.contact_name.setText(form.contact_name)
        self.birth_year = _edit(4, digits=r"\d{0,4}")
        self.birth_year.setText(str(form.birth_year) if form.birth_year else "")
        self.gender = ChoiceGrid([("male", self.tr("Male")), ("female", self.tr("Female"))], columns=2,
                                 exclusive=True)
        self.gender.set_value(form.gender)
        if self._kept_id:
            self.id_number.setPlaceholderText(arg(self.tr("On file: %1 (type only to change)"),
                mask_id_number(self._kept_id)))
        if self._kept_phone:
            self.phone.setPlaceholderText(arg(self.tr("On file: %1 (type only to change)"),
                mask_phone(self._kept_phone)))

        self.contact_name_block = field(self.tr("Family member's name"), self.contact_name)
        self.age_hint = make_label(self.tr("Without an ID number, ask the year of birth and gender."), "muted")
        who = QVBoxLayout()
        who.setSpacing(sp)
        who.addWidget(field(self.tr("Name"), self.name, hint=self.tr("Type on the keyboard, as on the ID card.")))
        who.addWidget(field(self.tr("ID card number"), self.id_number, self.id_status,
                            hint=self.tr("Use the keypad; X only as the last character.")))
        who.addStretch(1)
        reach = QVBoxLayout()
        reach.setSpacing(sp)
        reach.addWidget(field(self.tr("Phone number"), self.phone_kind, self.phone))
        reach.addWidget(self.contact_name_block)
        age = QGridLayout()
        age.setHorizontalSpacing(sp * 2)
        age.addWidget(field(self.tr("Birth year"), self.birth_year), 0, 0)
        age.addWidget(field(self.tr("Gender"), self.gender), 0, 1)
        age.setColumnStretch(0, 1)
        age.setColumnStretch(1, 2)
        reach.addLayout(age)
        reach.addWidget(self.age_hint)
        reach.addStretch(1)
        self.keypad = StaffKeypad()
        self.keypad.follow(self.id_number, allow_x=True)
        self.keypad.follow(self.phone)
        self.keypad.follow(self.birth_year)
        self.keypad.setFixedWidth(ctx.theme.big_touch_px * 3 + 40)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(sp * 3)
        outer.addLayout(who, 4)
        outer.addLayout(reach, 3)
        pad = QVBoxLayout()
        pad.addWidget(self.keypad)
        pad.addStretch(1)
        outer.addLayout(pad)
        self.setTabOrder(self.name, self.id_number)
        self.setTabOrder(self.id_number, self.phone)
        self.setTabOrder(self.phone, self.contact_name)
        self.setTabOrder(self.contact_name, self.birth_year)
        self._show_contact_name()
        self.check_id()

    def _today(self):
        return self.ctx.station.clock().date()

    def _show_contact_name(self) -> None:
        self.contact_name_block.setVisible(self.phone_kind.value() == "family")

    def _age_from_id(self, on: bool) -> None:
        self.birth_year.setEnabled(not on)
        self.gender.setEnabled(not on)
        self.age_hint.setVisible(not on)

    def check_id(self) -> None:
        """Check the ID number as it is typed and say in words what is wrong, or what it tells."""
        text = self.id_number.text()
        if not text.strip():
            self.id_status.clear_text()
            self._age_from_id(bool(self._kept_id))
            return
        problem = partial_id_problem(text, self._today())
        number = normalise_id_number(text)
        if problem is not None:
            self.id_status.show_text(msg_text(self.ctx, problem), "error")
            self._age_from_id(False)
        elif len(number) == 18:
            info = validate_id_number(number, self._today())
            self.birth_year.setText(str(info.birth_date.year))
            self.gender.set_value(info.gender)
            gender = self.tr("male") if info.gender == "male" else self.tr("female")
            self.id_status.show_text(arg(self.tr("The ID number is valid: born %1, %2."),
                info.birth_date.strftime("%Y-%m-%d"), gender), "ok")
            self._age_from_id(True)
        else:
            self.id_status.show_text(self.tr("%n more character(s) to type.", "", 18 - len(number)), "info")
            self._age_from_id(False)

    def read(self, form: WorkerForm) -> None:
        """Copy what is on the page into `form`."""
        form.name = self.name.text()
        form.id_number = self.id_number.text() or self._kept_id
        form.phone = self.phone.text() or self._kept_phone
        form.contact_is_family = self.phone_kind.value() == "family"
        form.contact_name = self.contact_name.text() if form.contact_is_family else ""
        year = self.birth_year.text().strip()
        form.birth_year = int(year) if year.isdigit() else (year or None)
        form.gender = self.gender.value()

    def widget_for(self, field_name: str) -> QWidget:
        return {"name": self.name, "id_number": self.id_number, "birth_year": self.birth_year,
                "phone": self.phone, "contact_phone": self.phone, "contact_name": self.contact_name,
                }.get(field_name, self.name)

    def start(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

