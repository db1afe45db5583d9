"""Import workers and jobs from ledger CSVs: each row one operation, every refusal reported by line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.domain.categories import CATEGORIES, PAY_UNITS, PRIORITY_GROUPS, SETTLEMENTS, SHIFTS, WEEKDAYS
from kiosk.domain.forms import JobForm, WorkerForm
from kiosk.domain.messages import Msg, UserError, define, msg
from kiosk.imports.csv_file import alias_table, read_rows
from kiosk.ops import jobs, workers

E_CHOICE = define("import.bad_choice", "'{value}' in column {column} is not a known choice. Use e.g.: {examples}",
                  "“{value}”不是“{column}”列的可选项。可以写：{examples}")
# What ledgers actually say for some categories, beyond the official names.
CATEGORY_ALIASES = {"搬运工": "loading", "装卸工": "loading", "搬运": "loading", "小工": "construction_labour",
                    "杂工": "construction_labour", "清洁工": "cleaning", "保洁员": "cleaning", "厨工": "kitchen_help",
                    "洗碗": "dishwasher", "快递": "courier", "外卖": "food_delivery", "普工/操作工": "general_worker",
                    "操作工": "general_worker", "水电": "plumber", "家政服务": "domestic_help"}
E_NUMBER = define("import.bad_number", "Column {column} must be a number, not '{value}'.", "“{column}”列应填数字，不是“{value}”。")
E_DATETIME = define("import.bad_datetime", "Column {column}: '{value}' is not a date and time like 2026-11-21 08:00.",
                    "“{column}”列：“{value}”不是“2026-11-21 08:00”这样的日期时间。")
E_CONSENT = define("import.no_consent", "Column consent must say 是/yes: the person's signed consent is needed.",
                   "“同意”列须为“是”：需要本人签字同意后才能建档。")

WORKER_COLUMNS = alias_table({
    "name": ("姓名",), "id_number": ("身份证号", "身份证", "证件号"), "phone": ("电话", "手机", "手机号"),
    "family_phone": ("家属电话",), "family_name": ("家属姓名",), "birth_year": ("出生年份",), "gender": ("性别",),
    "trades": ("工种", "技能"), "wanted": ("求职意向", "想找的活"), "days": ("可上工日", "空闲日"),
    "shifts": ("班次",), "expected_daily_wage": ("期望日薪", "期望工资"), "max_distance_km": ("最远距离", "通勤距离"),
    "priority_groups": ("重点人群",), "notes": ("备注",), "consent": ("同意", "本人同意"),
})
JOB_COLUMNS = alias_table({
    "title": ("岗位", "岗位名称"), "category": ("工种",), "employer": ("雇主", "用工单位"), "verified": ("认证",),
    "pay": ("工钱", "薪资"), "pay_unit": ("单位", "计薪单位"), "headcount": ("人数", "招聘人数"),
    "start": ("开始", "开始时间"), "end": ("结束", "结束时间"), "place": ("地点", "工作地点"),
    "distance_km": ("距离",), "urgent": ("急招",), "settlement": ("结算", "结算方式"), "requirements": ("要求",),
    "description": ("工作内容", "内容"), "contact_name": ("联系人",), "contact_phone": ("联系电话",),
})
YES = {"是", "y", "yes", "1", "true", "同意", "已同意", "√", "✓"}
WEEKDAY_NAMES = {**{d.zh: i for i, d in enumerate(WEEKDAYS)}, **{d.code: i for i, d in enumerate(WEEKDAYS)},
                 **{str(i + 1): i for i in range(7)}, **{d.en.lower(): i for i, d in enumerate(WEEKDAYS)},
                 **{f"星期{c}": i for i, c in enumerate("一二三四五六日")}}
PAY_UNIT_NAMES = {**{u.code: u.code for u in PAY_UNITS}, **{u.zh: u.code for u in PAY_UNITS},
                  **{u.per_zh: u.code for u in PAY_UNITS}, "天": "day", "时": "hour"}


@dataclass
class RowResult:
    line: int
    status: str  # imported | existing | refused
    ref: str | None = None  # worker number or job id
    reason: Msg | None = None

    def as_dict(self) -> dict:
        data = {"line": self.line, "status": self.status}
        if self.ref:
            data["worker_no" if self.ref_kind == "worker" else "job_id"] = self.ref
        if self.reason:
            data["reason"] = {"code": self.reason.code, "zh": self.reason.zh, "en": self.reason.en}
        return data

    ref_kind: str = "worker"


@dataclass
class ImportReport:
    kind: str
    file: str
    rows: list[RowResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "file": self.file, "imported": self.count("imported"),
                "existing": self.count("existing"), "refused": self.count("refused"),
                "rows": [r.as_dict() for r in self.rows]}


def _split(value: str) -> list[str]:
    return [p for p in re.split(r"[;；,，、|/\s]+", value or "") if p]


def _choices(value: str, table, column: str) -> list[str]:
    lookup = dict(CATEGORY_ALIASES) if table is CATEGORIES else {}
    for item in table:
        lookup[item.code] = lookup[item.zh] = lookup[item.en.lower()] = item.code
    out = []
    for part in _split(value):
        code = lookup.get(part) or lookup.get(part.lower())
        if code is None:
            examples = "、".join(item.zh for item in table[:8]) + ("…" if len(table) > 8 else "")
            raise UserError(msg(E_CHOICE, value=part[:20], column=column, examples=examples), column)
        out.append(code)
    return out


def _days(value: str) -> list[int]:
    if value.strip() in ("每天", "全周", "all", "daily"):
        return list(range(7))
    days = []
    for part in _split(value):
        if part not in WEEKDAY_NAMES and part.lower() not in WEEKDAY_NAMES:
            raise UserError(msg(E_CHOICE, value=part[:20], column="days", examples="周一 周三、每天"), "days")
        days.append(WEEKDAY_NAMES.get(part, WEEKDAY_NAMES.get(part.lower())))
    return days


def _number(value: str, column: str, kind=float):
    if value in ("", None):
        return None
    try:
        return kind(value.replace(",", "").replace("元", "").replace("公里", "").replace("km", "").strip())
    except ValueError:
        raise UserError(msg(E_NUMBER, column=column, value=value[:20]), column) from None


def _datetime(value: str, column: str) -> datetime:
    text = value.strip().replace("/", "-").replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日%H:%M", "%Y年%m月%d日%H点"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise UserError(msg(E_DATETIME, column=column, value=value[:30]), column)


def worker_form(row: dict[str, str]) -> WorkerForm:
    if row.get("consent", "").strip().lower() not in YES:
        raise UserError(msg(E_CONSENT), "consent")
    family_phone = row.get("family_phone", "")
    gender = {"男": "male", "女": "female", "male": "male", "female": "female", "m": "male", "f": "female"}
    return WorkerForm(
        name=row.get("name", ""), id_number=row.get("id_number", ""),
        phone=row.get("phone") or family_phone, contact_is_family=not row.get("phone") and bool(family_phone),
        contact_name=row.get("family_name", "") if not row.get("phone") else "",
        birth_year=_number(row.get("birth_year", ""), "birth_year", int),
        gender=gender.get(row.get("gender", "").strip().lower()),
        trades=_choices(row.get("trades", ""), CATEGORIES, "trades"),
        wanted=_choices(row.get("wanted", ""), CATEGORIES, "wanted"),
        days=_days(row.get("days", "")), shifts=_choices(row.get("shifts", ""), SHIFTS, "shifts"),
        expected_daily_wage=_number(row.get("expected_daily_wage", ""), "expected_daily_wage", int),
        max_distance_km=_number(row.get("max_distance_km", ""), "max_distance_km") or 10.0,
        priority_groups=_choices(row.get("priority_groups", ""), PRIORITY_GROUPS, "priority_groups"),
        notes=row.get("notes", ""), consent=True, consent_by="import",
    )


def job_form(row: dict[str, str]) -> JobForm:
    unit = PAY_UNIT_NAMES.get(row.get("pay_unit", "day").strip() or "day")
    if unit is None:
        raise UserError(msg(E_CHOICE, value=row.get("pay_unit", "")[:20], column="pay_unit",
                            examples="天、小时、件、月"), "pay_unit")
    settlement = _choices(row.get("settlement", ""), SETTLEMENTS, "settlement") or ["daily"]
    category = _choices(row.get("category", ""), CATEGORIES, "category") or ["other"]
    return JobForm(
        title=row.get("title", ""), category=category[0], employer_name=row.get("employer", ""),
        pay_amount=_number(row.get("pay", ""), "pay"), pay_unit=unit,
        headcount=_number(row.get("headcount", ""), "headcount", int) or 1,
        starts_at=_datetime(row.get("start", ""), "start"), ends_at=_datetime(row.get("end", ""), "end"),
        place=row.get("place", ""), distance_km=_number(row.get("distance_km", ""), "distance_km") or 0.0,
        urgent=row.get("urgent", "是").strip().lower() in YES, employer_verified=row.get("verified", "").lower() in YES,
        settlement=settlement[0], requirements=row.get("requirements", ""), description=row.get("description", ""),
        contact_name=row.get("contact_name", ""), contact_phone=row.get("contact_phone", ""),
    )


def import_workers(station, path: Path) -> ImportReport:
    report = ImportReport("workers", str(path))
    for line, row in read_rows(path, WORKER_COLUMNS, {"name"}):
        try:
            changes = station.run(workers.register_worker, worker_form(row))
        except UserError as exc:
            report.rows.append(RowResult(line, "refused", reason=exc.msg))
            continue
        status = "existing" if changes.detail.get("existing") else "imported"
        report.rows.append(RowResult(line, status, changes.detail["worker_no"]))
    return report


def import_jobs(station, path: Path) -> ImportReport:
    report = ImportReport("jobs", str(path))
    for line, row in read_rows(path, JOB_COLUMNS, {"title", "employer", "pay", "start", "end", "place"}):
        try:
            changes = station.run(jobs.post_job, job_form(row), skip_twin=True)
        except UserError as exc:
            report.rows.append(RowResult(line, "refused", reason=exc.msg, ref_kind="job"))
            continue
        status = "existing" if changes.detail.get("existing") else "imported"
        report.rows.append(RowResult(line, status, changes.entity_id, ref_kind="job"))
    return report
