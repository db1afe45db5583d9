"""Import workers and jobs from ledger CSVs: each row one operation (at a station) or one published job (at the
central server); a row with a problem is refused whole and every problem in it reported by line and column; the
other rows are imported."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain import validation as v
from kiosk.domain.categories import CATEGORIES, Choice, PAY_UNITS, PRIORITY_GROUPS, SETTLEMENTS, SHIFTS, WEEKDAYS
from kiosk.domain.forms import JobForm, WorkerForm, refuse_ended
from kiosk.domain.messages import Checks, UserError, define, msg
from kiosk.domain.phone import PHONE_IS_LANDLINE
from kiosk.imports.cells import Cells, bad_choice, choices, date_time, number, split
from kiosk.imports.csv_file import Columns, read_sheet
from kiosk.imports.report import ImportReport, RowResult
from kiosk.ops import jobs
from kiosk.ops.worker_import import import_worker

# What ledgers actually say for some categories, beyond the official names.
CATEGORY_ALIASES = {"搬运工": "loading", "装卸工": "loading", "搬运": "loading", "小工": "construction_labour",
                    "杂工": "construction_labour", "清洁工": "cleaning", "保洁员": "cleaning", "厨工": "kitchen_help",
                    "洗碗": "dishwasher", "快递": "courier", "外卖": "food_delivery", "普工/操作工": "general_worker",
                    "操作工": "general_worker", "水电": "plumber", "家政服务": "domestic_help"}
E_CONSENT = define("import.no_consent", "Column {column} must say 是/yes: the person's signed consent is needed.",
                   "“{column}”列须为“是”：需要本人签字同意后才能建档。")
E_LANDLINE = define(
    "import.landline_in_mobile",
    "Column {column} takes a mobile number (11 digits, starting with 1); {value} is a landline. A landline can go "
    "in column {family} instead, with column {column} left empty.",
    "“{column}”列只能填手机号（11位，以1开头），{value} 是座机号。座机号可以填在“{family}”列，“{column}”列留空。",
)

WORKER_COLUMNS = Columns({
    "name": ("姓名",), "id_number": ("身份证号", "身份证", "证件号"), "phone": ("电话", "手机", "手机号"),
    "family_phone": ("家属电话",), "family_name": ("家属姓名",), "birth_year": ("出生年份",), "gender": ("性别",),
    "trades": ("工种", "技能"), "wanted": ("求职意向", "想找的活"), "days": ("可上工日", "空闲日"),
    "shifts": ("班次",), "expected_daily_wage": ("期望日薪", "期望工资"), "max_distance_km": ("最远距离", "通勤距离"),
    "priority_groups": ("重点人群",), "notes": ("备注",), "consent": ("同意", "本人同意"),
}, required=(("name",), ("consent",), ("id_number", "phone", "family_phone")))
JOB_COLUMNS = Columns({
    # employer_name, employer_verified, starts_at, ends_at: the names the central server's files used first
    "title": ("岗位", "岗位名称"), "category": ("工种",), "employer": ("雇主", "用工单位", "employer_name"),
    "verified": ("认证", "employer_verified"), "pay": ("工钱", "薪资"), "pay_unit": ("单位", "计薪单位"),
    "headcount": ("人数", "招聘人数"), "start": ("开始", "开始时间", "starts_at"), "end": ("结束", "结束时间", "ends_at"),
    "place": ("地点", "工作地点"),
    "distance_km": ("距离",), "urgent": ("急招",), "settlement": ("结算", "结算方式"), "requirements": ("要求",),
    "description": ("工作内容", "内容"), "contact_name": ("联系人",), "contact_phone": ("联系电话",),
}, required=(("title",), ("employer",), ("pay",), ("start",), ("end",), ("place",)))
# The forms' field names for the ledger columns they come from.
WORKER_FIELDS = {"contact_phone": "family_phone", "contact_name": "family_name", "wage": "expected_daily_wage",
                 "distance_km": "max_distance_km"}
JOB_FIELDS = {"employer_name": "employer", "wage": "pay", "ends_at": "end"}
YES = {"是", "y", "yes", "1", "true", "同意", "已同意", "√", "✓"}
WEEKDAY_NAMES = {**{d.zh: i for i, d in enumerate(WEEKDAYS)}, **{d.code: i for i, d in enumerate(WEEKDAYS)},
                 **{str(i + 1): i for i in range(7)}, **{d.en.lower(): i for i, d in enumerate(WEEKDAYS)},
                 **{f"星期{c}": i for i, c in enumerate("一二三四五六日")}}
PAY_UNIT_NAMES = {**{u.code: u.code for u in PAY_UNITS}, **{u.zh: u.code for u in PAY_UNITS},
                  **{u.per_zh: u.code for u in PAY_UNITS}, "天": "day", "时": "hour"}


GENDERS = (Choice("male", "male", "男"), Choice("female", "female", "女"))


def _one(value: str, column: str, table) -> str:
    codes = choices(value, column, table)
    if len(codes) != 1:
        raise bad_choice(value, column, table)
    return codes[0]


def _days(value: str, column: str) -> list[int]:
    if value in ("每天", "全周", "all", "daily"):
        return list(range(7))
    days = []
    for part in split(value):
        day = WEEKDAY_NAMES.get(part, WEEKDAY_NAMES.get(part.lower()))
        if day is None:
            raise bad_choice(part, column, WEEKDAYS)
        days.append(day)
    return days


def _pay_unit(value: str, column: str) -> str:
    if value not in PAY_UNIT_NAMES:
        raise bad_choice(value, column, PAY_UNITS)
    return PAY_UNIT_NAMES[value]


def _headcount(value: str, column: str) -> int:
    return v.validate_headcount(value, column)  # 0 or less is refused, never quietly made 1


def _mobile(value: str, column: str, family: str) -> None:
    """A landline in the mobile column is pointed to the family phone column; other problems the form reports."""
    try:
        v.validate_phone(value, column)
    except UserError as err:
        if err.msg.code == PHONE_IS_LANDLINE:
            raise UserError(msg(E_LANDLINE, column=column, value=value[:20], family=family), column) from None


def worker_form(cells: Cells, now: datetime) -> WorkerForm:
    if cells.text("consent").lower() not in YES:
        cells.refuse("consent", msg(E_CONSENT, column=cells.sheet.label("consent")))
    cells.read("phone", _mobile, cells.sheet.label("family_phone"))
    phone, family_phone = cells.text("phone"), cells.text("family_phone")
    return WorkerForm(
        name=cells.text("name"), id_number=cells.text("id_number"),
        phone=phone or family_phone, contact_is_family=not phone and bool(family_phone),
        contact_name="" if phone else cells.text("family_name"),
        birth_year=cells.read("birth_year", number, int), gender=cells.read("gender", _one, GENDERS),
        trades=cells.read("trades", choices, CATEGORIES, CATEGORY_ALIASES, default=[]),
        wanted=cells.read("wanted", choices, CATEGORIES, CATEGORY_ALIASES, default=[]),
        days=cells.read("days", _days, default=[]), shifts=cells.read("shifts", choices, SHIFTS, default=[]),
        expected_daily_wage=cells.read("expected_daily_wage", number, int),
        max_distance_km=cells.read("max_distance_km", number, default=10.0),
        priority_groups=cells.read("priority_groups", choices, PRIORITY_GROUPS, default=[]),
        notes=cells.text("notes"), consent=True, consent_by="import",
    )


def filled_fields(cells: Cells) -> dict[str, str]:
    """The worker form's fields this row fills, in the file's column order, each with its column's header."""
    own_phone = bool(cells.text("phone"))  # when given, the family columns are not read (worker_form)
    fields = {"consent": None, "family_phone": None if own_phone else "phone",
              "family_name": None if own_phone else "contact_name"}
    return {fields.get(c, c): cells.sheet.label(c) for c in cells.sheet.headers if fields.get(c, c) and cells.text(c)}


def job_form(cells: Cells, now: datetime) -> JobForm:
    """The order a row describes; one that has already ended is refused (staff import orders to fill them)."""
    starts, ends = cells.read("start", date_time, required=True), cells.read("end", date_time, required=True)
    cells.checks(refuse_ended, ends, now, field="end")
    return JobForm(
        title=cells.text("title"), employer_name=cells.text("employer"),
        category=(cells.read("category", choices, CATEGORIES, CATEGORY_ALIASES, default=[]) or ["other"])[0],
        pay_amount=cells.read("pay", number), pay_unit=cells.read("pay_unit", _pay_unit, default="day"),
        headcount=cells.read("headcount", _headcount, default=1),
        # An unreadable time is reported already; these stand-ins keep the form from also calling it "end before start".
        starts_at=starts or datetime.min, ends_at=ends or datetime.max,
        place=cells.text("place"), distance_km=cells.read("distance_km", number, default=0.0),
        urgent=cells.text("urgent", "是").lower() in YES, employer_verified=cells.text("verified").lower() in YES,
        settlement=(cells.read("settlement", choices, SETTLEMENTS, default=[]) or ["daily"])[0],
        requirements=cells.text("requirements"), description=cells.text("description"),
        contact_name=cells.text("contact_name"), contact_phone=cells.text("contact_phone"),
    )


@dataclass(frozen=True)
class Posted:
    """What became of a good row: its worker number or job id, and whether it was there already."""

    ref: str
    existing: bool = False
    differs: tuple[str, ...] = ()  # columns (as the file heads them) that differ from the profile on file
    updated: bool = False  # the profile on file took them
    visitor: bool = False  # registered at another station: never changed by an import here


@dataclass(frozen=True)
class LedgerKind:
    name: str
    columns: Columns
    fields: dict[str, str]  # form field -> ledger column
    make: Callable[[Cells, datetime], object]
    check: Callable  # (form, now): the form's own checks, raising every problem
    ref_kind: str
    filled: Callable[[Cells], dict] | None = None  # when set, post(form, filled(cells))


WORKERS = LedgerKind("workers", WORKER_COLUMNS, WORKER_FIELDS, worker_form,
                     lambda form, now: form.validated(today=now.date()), "worker", filled_fields)
JOBS = LedgerKind("jobs", JOB_COLUMNS, JOB_FIELDS, job_form, lambda form, now: form.validated(), "job")


def _posted(changes, ref_key: str | None = None, labels: dict[str, str] | None = None) -> Posted:
    """A station operation's Changes as a Posted: the detail under ref_key is the reference, else the entity id;
    the form fields it names as differing, by `labels` (the file's headers)."""
    detail = changes.detail
    return Posted(detail[ref_key] if ref_key else changes.entity_id, bool(detail.get("existing")),
                  tuple(labels[f] for f in detail.get("differs", ())) if labels else (),
                  bool(detail.get("updated")), bool(detail.get("visitor")))


def import_workers(station, path: Path, update: bool = False) -> ImportReport:
    """Workers from a ledger; one already on file is kept as it is (the report names the columns that differ),
    or with `update` one of this station's own takes the row's filled cells."""
    return import_ledger(path, WORKERS, station.clock, lambda form, labels: _posted(
        station.run(import_worker, form, labels, update), "worker_no", labels))


def import_jobs(station, path: Path) -> ImportReport:
    return import_ledger(path, JOBS, station.clock,
                         lambda form: _posted(station.run(jobs.post_job, form, skip_twin=True)))


def import_ledger(path: Path, kind: LedgerKind, clock: Callable[[], datetime],
                  post: Callable[[object], Posted]) -> ImportReport:
    """Each row its own `post`: a row with any problem is refused whole, the good rows are posted. The station
    posts through its operations, the central server publishes to every station; both read files alike."""
    sheet = read_sheet(path, kind.columns)
    report = ImportReport(kind.name, str(path))
    for line, row in sheet.rows:
        now = clock()
        cells = Cells(sheet, row)
        form = kind.make(cells, now)
        outcome = Checks()
        outcome(kind.check, form, now)
        extra = (kind.filled(cells),) if kind.filled else ()
        done = None if cells.checks.errors or outcome.errors else outcome(post, form, *extra)
        problems = cells.problems(outcome.errors, kind.fields)
        if problems:
            report.rows.append(RowResult(line, "refused", problems=problems, ref_kind=kind.ref_kind))
        else:
            status = "updated" if done.updated else "existing" if done.existing else "imported"
            report.rows.append(RowResult(line, status, done.ref, ref_kind=kind.ref_kind, differs=done.differs,
                                         visitor=done.visitor))
    return report
