"""Input checks for the registration desk: each returns the normalised value or raises UserError."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from kiosk.domain.categories import pay_unit
from kiosk.domain.chars import drop_invisible, fold_width, is_control, is_emoji
from kiosk.domain.id_number import (
    MAX_AGE,
    MIN_AGE,
    PROVINCES,
    IdInfo,
    age_on,
    id_check_digit,
    mask_id_number,
    normalise_id_number,
    partial_id_problem,
    validate_id_number,
)
from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.person_name import MAX_NAME_LEN, mask_name, validate_name
from kiosk.domain.phone import mask_phone, validate_contact_phone, validate_phone

# One import point for callers; the ID, name and phone rules live in their own modules.
__all__ = [
    "IdInfo", "PROVINCES", "MIN_AGE", "MAX_AGE", "MAX_NAME_LEN", "WAGE_LIMITS", "HEADCOUNT_LIMITS",
    "DISTANCE_LIMITS_KM", "age_on", "id_check_digit", "normalise_id_number", "partial_id_problem",
    "validate_id_number", "validate_phone", "validate_contact_phone", "validate_name", "validate_text",
    "validate_date", "validate_birth_year", "validate_wage", "validate_wage_range", "validate_headcount",
    "validate_distance_km", "mask_id_number", "mask_phone", "mask_name",
]  # fmt: skip

TEXT_EMPTY = define("text.empty", "This cannot be left empty; please fill it in.", "这一项不能空着，请填写。")
TEXT_TOO_LONG = define(
    "text.too_long",
    "At most {max_len} characters fit here, this has {length}; shorten it.",
    "这里最多写{max_len}个字，现在有{length}个字，请删短一些。",
)
TEXT_CONTROL = define(
    "text.control",
    "The text contains invisible control characters (often from copy and paste); delete them and type it again.",
    "内容里有看不见的控制字符（多半是复制粘贴带进来的），请删掉后重新输入。",
)
TEXT_EMOJI = define(
    "text.emoji",
    "Emoji cannot be used here; remove them and write it in words.",
    "这里不能用表情符号，请删掉后用文字写。",
)
DATE_EMPTY = define("date.empty", "Enter a date, for example 2026-11-21.", "请填写日期，例如 2026-11-21。")
DATE_BAD_FORMAT = define(
    "date.bad_format",
    "'{text}' is not a date we can read; write it as 2026-11-21 or 2026年11月21日.",
    "看不懂这个日期（{text}），请写成 2026-11-21 或 2026年11月21日。",
)
DATE_IMPOSSIBLE = define(
    "date.impossible",
    "There is no such day as {text} (February has no 30th, for example); choose a real date.",
    "{text}这一天不存在（比如2月没有30日），请改成正确的日期。",
)
BIRTH_YEAR_BAD = define(
    "birth_year.bad",
    "Enter the year of birth as four digits, for example 1975.",
    "出生年份请填4位数字，例如 1975。",
)
BIRTH_YEAR_TOO_YOUNG = define(
    "birth_year.too_young",
    "Born in {year}, the person is {age} this year; workers must be at least 16. Correct the year if it is a typo.",
    "按出生年份{year}算，今年{age}岁，未满16周岁不能登记求职；如果输错了请改正。",
)
BIRTH_YEAR_TOO_OLD = define(
    "birth_year.too_old",
    "Born in {year}, the person would be {age} this year, over 100; check the year of birth.",
    "按出生年份{year}算，今年{age}岁，超过100岁，请核对出生年份。",
)
WAGE_EMPTY = define("wage.empty", "Enter the pay, for example 200.", "请填写工资金额，例如 200。")
WAGE_NOT_NUMBER = define(
    "wage.not_number",
    "Pay must be a number (a decimal point is fine), for example 180 or 22.5.",
    "工资只能填数字（可以带小数点），例如 180 或 22.5。",
)
WAGE_TOO_PRECISE = define(
    "wage.too_precise",
    "Pay can have at most two decimal places (fen); shorten the decimals.",
    "工资最多写到小数点后两位（分），请改一下。",
)
WAGE_OUT_OF_RANGE = define(
    "wage.out_of_range",
    "Pay per {unit_en} must be between {low} and {high} {per_en}; {amount} was entered. Check it (an extra or missing 0?).",
    "按{unit_zh}计的工资应在{low}到{high}{per_zh}之间，现在填的是{amount}，请核对（是不是多打或少打了一个0？）。",
)
WAGE_RANGE_REVERSED = define(
    "wage.range_reversed",
    "The lowest pay ({low}) is higher than the highest pay ({high}); swap them or correct one.",
    "最低工资{low}比最高工资{high}还高，请把两个数对调或改正。",
)
HEADCOUNT_NOT_NUMBER = define(
    "headcount.not_number",
    "Enter how many workers are needed as a whole number, for example 5.",
    "招工人数请填整数，例如 5。",
)
HEADCOUNT_OUT_OF_RANGE = define(
    "headcount.out_of_range",
    "The number of workers must be between {low} and {high}; {count} was entered. Check it.",
    "招工人数应在{low}到{high}人之间，现在填的是{count}，请核对。",
)
DISTANCE_NOT_NUMBER = define(
    "distance.not_number",
    "Enter the distance in kilometres as a number, for example 5 or 2.5.",
    "距离请填公里数，例如 5 或 2.5。",
)
DISTANCE_OUT_OF_RANGE = define(
    "distance.out_of_range",
    "The distance must be between {low} and {high} km; {value} was entered. Check it.",
    "距离应在{low}到{high}公里之间，现在填的是{value}，请核对。",
)

# Sensible pay per unit in yuan, inclusive (a typo of one 0 falls outside).
WAGE_LIMITS: dict[str, tuple[Decimal, Decimal]] = {
    "day": (Decimal(50), Decimal(2000)),
    "hour": (Decimal(10), Decimal(300)),
    "piece": (Decimal("0.1"), Decimal(1000)),
    "month": (Decimal(1000), Decimal(50000)),
}
_UNIT_EN = {"day": "day", "hour": "hour", "piece": "piece", "month": "month"}
HEADCOUNT_LIMITS = (1, 500)
DISTANCE_LIMITS_KM = (0.0, 100.0)

# ---- free text ------------------------------------------------------------------------------


def validate_text(
    s: str | None,
    field: str,
    max_len: int,
    *,
    allow_emoji: bool = True,
    required: bool = False,
    multiline: bool = True,
) -> str:
    """Free text (notes, requirements): NFC, trimmed, no control characters, at most `max_len` characters."""
    text = unicodedata.normalize("NFC", drop_invisible(s or ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = re.sub(r"\s*\n\s*", " ", text)
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    if not text:
        if required:
            raise UserError(msg(TEXT_EMPTY), field)
        return ""
    if len(text) > max_len:
        raise UserError(msg(TEXT_TOO_LONG, max_len=max_len, length=len(text)), field)
    for ch in text:
        if ch == "\n":
            continue
        if not allow_emoji and is_emoji(ch):
            raise UserError(msg(TEXT_EMOJI), field)
        if is_control(ch):
            raise UserError(msg(TEXT_CONTROL), field)
    return text


# ---- dates ----------------------------------------------------------------------------------

_DATE_FORMS = (
    re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def validate_date(value: str | date | None, field: str = "date") -> date:
    """A calendar date from a date object or 2026-11-21, 2026/11/21, 2026.11.21, 2026年11月21日, 20261121."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = re.sub(r"\s+", "", fold_width(drop_invisible(value or "")))
    if not text:
        raise UserError(msg(DATE_EMPTY), field)
    match = next((m for form in _DATE_FORMS if (m := form.fullmatch(text))), None)
    if match is None:
        raise UserError(msg(DATE_BAD_FORMAT, text=text), field)
    year, month, day = (int(g) for g in match.groups())
    shown = f"{year}年{month}月{day}日"
    if not 1900 <= year <= 2100:
        raise UserError(msg(DATE_IMPOSSIBLE, text=shown), field)
    try:
        return date(year, month, day)
    except ValueError:
        raise UserError(msg(DATE_IMPOSSIBLE, text=shown), field) from None


def validate_birth_year(value: int | str | None, today: date | None = None, field: str = "birth_year") -> int:
    """A four-digit birth year giving an age of 16..100 this year (age counted as this year minus birth year)."""
    today = today or date.today()
    if isinstance(value, bool):
        raise UserError(msg(BIRTH_YEAR_BAD), field)
    text = re.sub(r"\s+|年$", "", fold_width(str(value if value is not None else "")))
    if not re.fullmatch(r"\d{4}", text):
        raise UserError(msg(BIRTH_YEAR_BAD), field)
    year = int(text)
    age = today.year - year
    if age < MIN_AGE:
        raise UserError(msg(BIRTH_YEAR_TOO_YOUNG, year=year, age=max(age, 0)), field)
    if age > MAX_AGE:
        raise UserError(msg(BIRTH_YEAR_TOO_OLD, year=year, age=age), field)
    return year


# ---- numbers --------------------------------------------------------------------------------


def _fmt(d: Decimal | float | int) -> str:
    """A number as people write it: 2000, 0.1, 22.5 (no exponent, no trailing zeros)."""
    return format(Decimal(str(d)).normalize(), "f")


def _parse_decimal(value: object, strip: str) -> Decimal | None:
    """A finite Decimal from a number or typed text (full width, commas, unit words removed), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        text = fold_width(drop_invisible(str(value))).replace("\uffe5", "").replace("¥", "")
        text = re.sub(strip, "", re.sub(r"[\s,]", "", text))
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
    return number if number.is_finite() else None


def validate_wage(amount: object, unit: str, field: str = "wage") -> Decimal:
    """Pay in yuan per `unit` ('day', 'hour', 'piece', 'month') within WAGE_LIMITS; at most 2 decimals."""
    if unit not in WAGE_LIMITS:
        raise ValueError(f"unknown pay unit {unit!r}")
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        raise UserError(msg(WAGE_EMPTY), field)
    number = _parse_decimal(amount, r"(元|块).*$")
    if number is None:
        raise UserError(msg(WAGE_NOT_NUMBER), field)
    low, high = WAGE_LIMITS[unit]
    if not low <= number <= high:
        info = pay_unit(unit)
        raise UserError(
            msg(
                WAGE_OUT_OF_RANGE,
                unit_zh=info.zh,
                unit_en=_UNIT_EN[unit],
                per_zh=info.per_zh,
                per_en=info.per_en,
                low=_fmt(low),
                high=_fmt(high),
                amount=_fmt(number),
            ),
            field,
        )
    if number.normalize().as_tuple().exponent < -2:
        raise UserError(msg(WAGE_TOO_PRECISE), field)
    return number.quantize(Decimal("0.01"))


def validate_wage_range(low: object, high: object = None, unit: str = "day") -> tuple[Decimal, Decimal]:
    """Lowest and highest pay per `unit`; `high` None means a single figure (low == high)."""
    low_value = validate_wage(low, unit, "wage_low")
    if high is None or (isinstance(high, str) and not high.strip()):
        return low_value, low_value
    high_value = validate_wage(high, unit, "wage_high")
    if low_value > high_value:
        raise UserError(msg(WAGE_RANGE_REVERSED, low=_fmt(low_value), high=_fmt(high_value)), "wage_low")
    return low_value, high_value


def validate_headcount(n: object, field: str = "headcount") -> int:
    """How many workers a job needs: a whole number 1..500."""
    number = _parse_decimal(n, r"(人|名|个)$")
    if number is None or number != number.to_integral_value():
        raise UserError(msg(HEADCOUNT_NOT_NUMBER), field)
    low, high = HEADCOUNT_LIMITS
    if not low <= number <= high:
        raise UserError(msg(HEADCOUNT_OUT_OF_RANGE, low=low, high=high, count=_fmt(number)), field)
    return int(number)


def validate_distance_km(x: object, field: str = "distance_km") -> float:
    """A distance in kilometres, 0..100 (how far a worker will travel)."""
    number = _parse_decimal(x, r"(公里|千米|km|KM|Km)$")
    if number is None:
        raise UserError(msg(DISTANCE_NOT_NUMBER), field)
    low, high = DISTANCE_LIMITS_KM
    if not Decimal(str(low)) <= number <= Decimal(str(high)):
        raise UserError(msg(DISTANCE_OUT_OF_RANGE, low=_fmt(low), high=_fmt(high), value=_fmt(number)), field)
    return float(number)
