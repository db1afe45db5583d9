"""`kiosk-central job add` options read as a job ledger's cells are: a trade, pay unit or settlement by its code,
Chinese or English name (分拣, 天, 日结 ...), times as ledgers write them; a wrong one lists every valid choice."""

from __future__ import annotations

from kiosk.domain.categories import CATEGORIES, PAY_UNITS, SETTLEMENTS
from kiosk.domain.forms import JobForm
from kiosk.domain.messages import UserError, define, msg
from kiosk.imports.cells import choices, date_time
from kiosk.imports.ledger import CATEGORY_ALIASES, PAY_UNIT_NAMES

E_OPTION = define("central.bad_option_choice", "{option}: '{value}' is not one of the choices. Use a code or a "
                                               "Chinese name: {choices}",
                  "{option}：“{value}”不是可选项。请写下列代码或中文名之一：{choices}")


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


def job_form(args) -> JobForm:
    """The job the options describe, not yet validated."""
    return JobForm(
        title=args.title, category=one_of(args.category, "--category", CATEGORIES, CATEGORY_ALIASES),
        employer_name=args.employer, pay_amount=args.pay, pay_unit=one_of(args.unit, "--unit", PAY_UNITS,
                                                                          PAY_UNIT_NAMES),
        headcount=args.headcount, starts_at=date_time(args.starts, "--starts"),
        ends_at=date_time(args.ends, "--ends"), place=args.place, distance_km=args.distance_km, urgent=args.urgent,
        employer_verified=args.verified, settlement=one_of(args.settlement, "--settlement", SETTLEMENTS),
        description=args.description, requirements=args.requirements)
