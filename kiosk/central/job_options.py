"""`kiosk-central job add` options read as a job ledger's cells are: a trade, pay unit or settlement by its code,
Chinese or English name (分拣, 天, 日结 ...), times as ledgers write them; a wrong one lists every valid choice.
The job is checked as an imported row is (one that has already ended is refused), and every problem names the
option to correct (--title, --ends ...), all of them at once."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.categories import CATEGORIES, PAY_UNITS, SETTLEMENTS
from kiosk.domain.forms import JobForm, refuse_ended
from kiosk.domain.messages import Checks, UserError, UserErrors, define, msg
from kiosk.imports.cells import choices, date_time
from kiosk.imports.ledger import CATEGORY_ALIASES, PAY_UNIT_NAMES

E_OPTION = define("central.bad_option_choice", "{option}: '{value}' is not one of the choices. Use a code or a "
                                               "Chinese name: {choices}",
                  "{option}：“{value}”不是可选项。请写下列代码或中文名之一：{choices}")
E_OPTION_TIME = define("central.bad_option_time", "{option}: '{value}' is not a date and time like 2026-11-21 08:00.",
                       "{option}：“{value}”不是“2026-11-21 08:00”这样的日期时间。")
E_OPTION_PROBLEM = define("central.option_problem", "{option}: {detail_en}", "选项 {option}：{detail_zh}")

# The job form's field names for the options they come from.
OPTIONS = {"title": "--title", "employer_name": "--employer", "place": "--place", "category": "--category",
           "pay_unit": "--unit", "settlement": "--settlement", "wage": "--pay", "headcount": "--headcount",
           "starts_at": "--starts", "ends_at": "--ends", "distance_km": "--distance-km",
           "requirements": "--requirements", "description": "--description"}


def one_of(value: str, option: str, table, aliases: dict[str, str] | None = None) -> str:
    """The code a name stands for (sorting, 分拣, Sorting ...); UserError listing the whole table otherwise."""
    try:
        codes = choices(value, option, table, aliases)
    except UserError:
        codes = []
    if len(codes) != 1:
        listing = ", ".join(f"{item.code} {item.zh}" for item in table)
        raise UserError(msg(E_OPTION, option=option, value=value[:20], choices=listing), option)
    return codes[0]


def when(value: str, option: str) -> datetime:
    """A time as ledgers write it (2026-11-24 08:00, 2026-11-24T08:00, 2026年11月24日 08:00)."""
    try:
        return date_time(value, option)
    except UserError:
        raise UserError(msg(E_OPTION_TIME, option=option, value=value[:30]), option) from None


def named(error: UserError) -> UserError:
    """The error with its option in front, unless its message names the option already."""
    option = OPTIONS.get(error.field or "", error.field or "")
    if "option" in error.msg.params or not option.startswith("--"):
        return error
    return UserError(msg(E_OPTION_PROBLEM, option=option, detail_zh=error.msg.zh, detail_en=error.msg.en), option)


def job_form(args, now: datetime) -> JobForm:
    """The validated job the options describe; UserErrors naming every wrong option. `now` is the market's
    wall-clock time (job times are), against which a job that has already ended is refused, as import does."""
    check = Checks()
    starts, ends = check(when, args.starts, "--starts"), check(when, args.ends, "--ends")
    form = JobForm(
        title=args.title, category=check(one_of, args.category, "--category", CATEGORIES, CATEGORY_ALIASES,
                                         default="other"),
        employer_name=args.employer, pay_amount=args.pay,
        pay_unit=check(one_of, args.unit, "--unit", PAY_UNITS, PAY_UNIT_NAMES, default="day"),
        headcount=args.headcount,
        # An unreadable time is reported already; these stand-ins keep the form from also calling it "end before start".
        starts_at=starts or datetime.min, ends_at=ends or datetime.max,
        place=args.place, distance_km=args.distance_km, urgent=args.urgent, employer_verified=args.verified,
        settlement=check(one_of, args.settlement, "--settlement", SETTLEMENTS, default="daily"),
        description=args.description, requirements=args.requirements)
    clean = check(form.validated)
    check(refuse_ended, ends, now)
    if check.errors:
        raise UserErrors([named(error) for error in check.errors])
    return clean
