"""What staff type into the registration and job forms, checked and normalised in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain import validation as v
from kiosk.domain.categories import CATEGORIES, PAY_UNITS, PRIORITY_GROUPS, SETTLEMENTS, SHIFTS
from kiosk.domain.messages import Checks, UserError, define, msg

CONSENT_VERSION = "2026-11"

E_CONSENT = define(
    "form.consent_missing",
    "The person has not agreed yet. Read the consent text to them and tick 'agreed' before saving.",
    "本人尚未同意。请先向本人读一遍告知内容，本人同意后再保存。",
)
E_NO_CONTACT = define(
    "form.no_id_or_phone",
    "Enter an ID number or a phone number (the worker's or a family member's), so we can find them again.",
    "请至少填写身份证号或电话（本人或家属），以便再次找到本人。",
)
E_UNKNOWN = define(
    "form.unknown_choice",
    "'{value}' is not one of the choices for {field}. Pick from the list.",
    "“{value}”不是{field}的可选项，请从列表中选择。",
)
E_TIMES = define(
    "form.end_before_start",
    "The end time must be after the start time. Check both times.",
    "结束时间要晚于开始时间，请核对。",
)

# The code is the one ledger imports first used; `kiosk-central job add` gives the same answer.
E_ENDED = define("import.job_ended",
                 "This job ended at {end}, so it was not imported. If workers are still wanted, correct the dates.",
                 "这个岗位在 {end} 已经结束，没有导入。如果还要招人，请改正日期后再导入。")

E_GENDER_VS_ID = define(
    "form.gender_not_id",
    "Gender says {given_en}, but the ID number is a {by_id_en}'s: check the ID number (often one digit is typed "
    "wrong), or the gender.",
    "性别填的是{given_zh}，但身份证号是{by_id_zh}性的：请核对身份证号（常是输错了一位），或核对性别。",
)
E_BIRTH_YEAR_VS_ID = define(
    "form.birth_year_not_id",
    "Year of birth says {given}, but the ID number says {by_id}: check the ID number (often one digit is typed "
    "wrong), or the year of birth.",
    "出生年份填的是{given}，但身份证号上是{by_id}年：请核对身份证号（常是输错了一位），或核对出生年份。",
)
_GENDER_WORDS = {"male": ("male", "男", "man"), "female": ("female", "女", "woman")}

_CATEGORY_CODES = {c.code for c in CATEGORIES}


def refuse_ended(ends_at: datetime | None, now: datetime) -> None:
    """An order whose end has passed is refused, not published: staff add orders to fill them, and an old date
    is usually a typo in the year. `now` is the market's wall-clock time, as job times are."""
    if ends_at is not None and ends_at <= now:
        raise UserError(msg(E_ENDED, end=f"{ends_at:%Y-%m-%d %H:%M}"), "ends_at")


def _codes(table) -> set[str]:
    return {item.code for item in table}


def check_against_id(info: v.IdInfo, birth_year, gender) -> None:
    """A year of birth or gender given beside an ID number must be what the number says: a difference is most often
    a mistyped ID number, so it is refused, never quietly replaced by what the number says."""
    check = Checks()
    if birth_year not in (None, "") and str(birth_year).strip() != str(info.birth_date.year):
        check.add(UserError(msg(E_BIRTH_YEAR_VS_ID, given=str(birth_year).strip()[:8], by_id=info.birth_date.year),
                            "birth_year"))
    if gender in _GENDER_WORDS and gender != info.gender:
        (given_en, given_zh, _), (_, by_id_zh, by_id_en) = _GENDER_WORDS[gender], _GENDER_WORDS[info.gender]
        check.add(UserError(msg(E_GENDER_VS_ID, given_en=given_en, given_zh=given_zh, by_id_en=by_id_en,
                                by_id_zh=by_id_zh), "gender"))
    check.raise_any()


def _check_choices(values, allowed: set, field_name: str) -> list:
    out = []
    for value in values or []:
        if value not in allowed:
            raise UserError(msg(E_UNKNOWN, value=str(value)[:20], field=field_name), field_name)
        if value not in out:
            out.append(value)
    return out


@dataclass
class WorkerForm:
    """A registration as staff enter it (raw text allowed); `validated()` returns a clean copy."""

    name: str
    id_number: str = ""
    phone: str = ""
    contact_is_family: bool = False
    contact_name: str = ""
    birth_year: int | None = None
    gender: str | None = None
    trades: list[str] = field(default_factory=list)
    wanted: list[str] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    shifts: list[str] = field(default_factory=list)
    expected_daily_wage: int | None = None
    max_distance_km: float = 10.0
    priority_groups: list[str] = field(default_factory=list)
    notes: str = ""
    consent: bool = False
    consent_by: str = ""

    def validated(self, today=None) -> "WorkerForm":
        """A clean copy; UserErrors (a UserError: the first problem) tells every field that is wrong."""
        if not self.consent:
            raise UserError(msg(E_CONSENT), "consent")
        check = Checks()
        name = check(v.validate_name, self.name, default="")
        id_number, birth_year, gender = "", self.birth_year, self.gender
        if self.id_number and self.id_number.strip():
            info = check(v.validate_id_number, self.id_number, today)
            if info is not None:
                check(check_against_id, info, birth_year, gender)
                id_number, birth_year, gender = info.number, info.birth_date.year, info.gender
        elif birth_year is not None:
            birth_year = check(v.validate_birth_year, birth_year)
        phone = ""
        if self.phone and self.phone.strip():
            phone = check(v.validate_contact_phone if self.contact_is_family else v.validate_phone, self.phone,
                          default="")
        elif not (self.id_number and self.id_number.strip()):
            check.add(UserError(msg(E_NO_CONTACT), "id_number"))
        wage = self.expected_daily_wage
        if wage not in (None, ""):
            wage = check(v.validate_wage, wage, "day")
        clean = WorkerForm(
            name=name,
            id_number=id_number,
            phone=phone,
            contact_is_family=bool(self.contact_is_family),
            contact_name=check(v.validate_name, self.contact_name, field="contact_name", default="")
            if self.contact_name.strip() else "",
            birth_year=birth_year,
            gender=gender if gender in ("male", "female") else None,
            trades=check(_check_choices, self.trades, _CATEGORY_CODES, "trades", default=[]),
            wanted=check(_check_choices, self.wanted, _CATEGORY_CODES, "wanted", default=[]),
            days=sorted(set(check(_check_choices, self.days, set(range(7)), "days", default=[]))),
            shifts=check(_check_choices, self.shifts, _codes(SHIFTS), "shifts", default=[]),
            expected_daily_wage=int(wage) if wage not in (None, "") else None,
            max_distance_km=float(check(v.validate_distance_km, self.max_distance_km, default=0.0)),
            priority_groups=check(_check_choices, self.priority_groups, _codes(PRIORITY_GROUPS), "priority_groups",
                                  default=[]),
            notes=check(v.validate_text, self.notes, "notes", 500, default=""),
            consent=True,
            consent_by=self.consent_by[:40],
        )
        check.raise_any()
        return clean


@dataclass
class JobForm:
    """An order as staff enter it for an employer who walks in."""

    title: str
    category: str
    employer_name: str
    pay_amount: float
    pay_unit: str
    headcount: int
    starts_at: datetime
    ends_at: datetime
    place: str
    distance_km: float = 0.0
    urgent: bool = True
    employer_verified: bool = False
    settlement: str = "daily"
    requirements: str = ""
    description: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    min_age: int | None = None
    max_age: int | None = None
    latitude: float | None = None
    longitude: float | None = None

    def validated(self) -> "JobForm":
        """A clean copy; UserErrors (a UserError: the first problem) tells every field that is wrong."""
        check = Checks()
        for value, table, name in ((self.category, CATEGORIES, "category"), (self.pay_unit, PAY_UNITS, "pay_unit"),
                                   (self.settlement, SETTLEMENTS, "settlement")):
            check(_check_choices, [value], _codes(table), name)
        if self.ends_at <= self.starts_at:
            check.add(UserError(msg(E_TIMES), "ends_at"))
        pay_unit_known = self.pay_unit in _codes(PAY_UNITS)
        clean = JobForm(
            title=check(v.validate_text, self.title, "title", 40, allow_emoji=False, required=True, default=""),
            category=self.category,
            employer_name=check(v.validate_text, self.employer_name, "employer_name", 60, allow_emoji=False,
                                required=True, default=""),
            pay_amount=float(check(v.validate_wage, self.pay_amount, self.pay_unit, default=0)
                             if pay_unit_known else 0),
            pay_unit=self.pay_unit,
            headcount=int(check(v.validate_headcount, self.headcount, default=0)),
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            place=check(v.validate_text, self.place, "place", 80, allow_emoji=False, required=True, default=""),
            distance_km=float(check(v.validate_distance_km, self.distance_km, default=0.0)),
            urgent=bool(self.urgent),
            employer_verified=bool(self.employer_verified),
            settlement=self.settlement,
            requirements=check(v.validate_text, self.requirements, "requirements", 500, default=""),
            description=check(v.validate_text, self.description, "description", 1000, default=""),
            contact_name=check(v.validate_name, self.contact_name, field="contact_name", default="")
            if self.contact_name.strip() else "",
            contact_phone=check(v.validate_contact_phone, self.contact_phone, default="")
            if self.contact_phone.strip() else "",
            min_age=self.min_age,
            max_age=self.max_age,
            latitude=self.latitude,
            longitude=self.longitude,
        )
        check.raise_any()
        return clean
