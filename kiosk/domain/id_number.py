"""Resident ID card numbers (GB 11643): full validation, as-typed checking, check digit and masking."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.domain.chars import drop_invisible, fold_width, is_excel_scientific, strip_number_separators
from kiosk.domain.messages import Msg, UserError, define, msg

FIELD = "id_number"
MIN_AGE = 16
MAX_AGE = 100
_EARLIEST_YEAR = 1900  # no living person was born before this

# GB/T 2260 province-level codes (71 Taiwan, 81 Hong Kong, 82 Macao appear on residence permits).
PROVINCES: dict[str, str] = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古",
    "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
    "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏",
    "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆",
    "71": "台湾", "81": "香港", "82": "澳门",
}  # fmt: skip

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

ID_EMPTY = define(
    "id.empty", "Enter the 18-character ID card number.", "请输入18位身份证号。"
)
ID_BAD_CHARS = define(
    "id.bad_chars",
    "An ID number has only digits; the last character may be X. Remove other characters and type it again.",
    "身份证号只能是数字，最后一位可以是X，请删掉其他字符后重新输入。",
)
ID_SCIENTIFIC = define(
    "id.excel_scientific",
    "Excel turned this ID number into a number in scientific notation (like 4.10102E+17) and lost its last digits. "
    "In Excel set the column's format to Text, type the ID numbers again and save.",
    "Excel 把身份证号变成了科学计数法的数字（像 4.10102E+17），后面几位已经丢了，删字符也找不回来。"
    "请在 Excel 里把这一列的格式设为“文本”，重新输入身份证号后再保存。",
)
ID_X_NOT_LAST = define(
    "id.x_not_last",
    "X can only be the last (18th) character of an ID number; check the ID card and type it again.",
    "X只能是身份证号的最后一位（第18位），请核对证件后重新输入。",
)
ID_WRONG_LENGTH = define(
    "id.wrong_length",
    "An ID number has 18 characters, this one has {length}; check the ID card and add or remove digits.",
    "身份证号应为18位，现在是{length}位，请核对证件后补全或删掉多余的数字。",
)
ID_OLD_FORMAT = define(
    "id.old_format",
    "This is an old 15-digit ID number, which is no longer valid; type the 18-character number on the current ID card.",
    "这是已停用的15位老身份证号，请输入现在身份证上的18位号码。",
)
ID_BAD_REGION = define(
    "id.bad_region",
    "The ID number starts with {province}, which is not a province code; check the first two digits on the ID card.",
    "身份证号开头的{province}不是有效的省份代码，请核对证件上的前两位数字。",
)
ID_BAD_BIRTH_DATE = define(
    "id.bad_birth_date",
    "The birth date in the ID number (digits 7-14: {text}) is not a real date; check those digits on the ID card.",
    "身份证号第7到14位的出生日期（{text}）不存在，请核对证件上的这几位数字。",
)
ID_BIRTH_IN_FUTURE = define(
    "id.birth_in_future",
    "The birth date in the ID number (digits 7-14: {text}) is after today; check those digits on the ID card.",
    "身份证号第7到14位的出生日期（{text}）在今天之后，请核对证件上的这几位数字。",
)
ID_TOO_YOUNG = define(
    "id.too_young",
    "By this ID number the person is {age}; workers must be at least 16 to register. If that is a typo, check digits 7-14.",
    "按这个身份证号算，此人{age}岁，未满16周岁不能登记求职；如果输错了，请核对第7到14位出生日期。",
)
ID_TOO_OLD = define(
    "id.too_old",
    "By this ID number the person is {age}, over 100; check the birth year in digits 7-10 on the ID card.",
    "按这个身份证号算，此人{age}岁，超过100岁，请核对证件上第7到10位的出生年份。",
)
ID_BAD_CHECK_DIGIT = define(
    "id.bad_check_digit",
    "The last character (check digit) of the ID number is wrong; check the ID card and type it again.",
    "身份证号最后一位校验码不对，请核对证件后重新输入。",
)


@dataclass(frozen=True)
class IdInfo:
    """What a valid ID number says: the normalised number, birth date, gender and region code."""

    number: str
    birth_date: date
    gender: str  # 'male' | 'female'
    region_code: str

    @property
    def province(self) -> str:
        """Province name in Chinese (北京, 广东, ...)."""
        return PROVINCES[self.region_code[:2]]

    def age_on(self, day: date) -> int:
        """Age in whole years on `day`."""
        return age_on(self.birth_date, day)


def age_on(birth: date, day: date) -> int:
    """Age in whole years on `day` for someone born on `birth` (29 Feb birthdays count on 1 Mar)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def id_check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("id_check_digit needs exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def normalise_id_number(s: str) -> str:
    """Full-width to ASCII, spaces and dashes removed, x upper-cased; no validity check."""
    return strip_number_separators(drop_invisible(fold_width(s))).upper()


def _error(code: str, **params) -> UserError:
    return UserError(msg(code, **params), FIELD)


def _shape_problem(number: str) -> Msg | None:
    """A character that can never be where it is (X past the 18th place is left to the length check)."""
    if is_excel_scientific(number):
        return msg(ID_SCIENTIFIC)
    for i, ch in enumerate(number):
        if ch == "X":
            if i < 17:
                return msg(ID_X_NOT_LAST)
        elif not ("0" <= ch <= "9"):
            return msg(ID_BAD_CHARS)
    return None


def _birth_bounds(today: date) -> tuple[date, date]:
    """Earliest and latest birth dates of someone aged MIN_AGE..MAX_AGE on `today`."""

    def years_before(n: int) -> date:
        try:
            return today.replace(year=today.year - n)
        except ValueError:  # today is 29 Feb and that year has none
            return today.replace(year=today.year - n, day=28)

    return years_before(MAX_AGE + 1) + timedelta(days=1), years_before(MIN_AGE)


def _date_text(digits: str) -> str:
    """Birth-date digits as people read them: 1990-02-31 (partial digits shown as typed)."""
    if len(digits) < 8:
        return digits
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def _birth_problem(candidates: list[date], digits: str, today: date) -> Msg | None:
    """The problem shared by every real date the typed digits could still become, or None."""
    if not candidates:
        return msg(ID_BAD_BIRTH_DATE, text=_date_text(digits))
    earliest, latest = _birth_bounds(today)
    first, last = min(candidates), max(candidates)
    if last >= earliest and first <= latest:
        return None
    if first > today:
        return msg(ID_BIRTH_IN_FUTURE, text=_date_text(digits))
    if first > latest:
        return msg(ID_TOO_YOUNG, age=age_on(first, today))
    return msg(ID_TOO_OLD, age=age_on(last, today))


def _candidate_dates(digits: str) -> list[date]:
    """Real dates (year >= 1900) whose YYYYMMDD starts with `digits` (1..8 digits)."""
    if len(digits) < 4:
        # Only the first and last day of each possible year matter for the range test.
        years = [y for y in range(_EARLIEST_YEAR, 10000) if str(y).startswith(digits)]
        return [d for y in years for d in (date(y, 1, 1), date(y, 12, 31))]
    year = int(digits[:4])
    if year < _EARLIEST_YEAR:
        return []
    found = []
    day = date(year, 1, 1)
    while day.year == year:
        if day.strftime("%Y%m%d").startswith(digits):
            found.append(day)
        day += timedelta(days=1)
    return found


def _parse_birth(digits: str) -> date | None:
    if not re.fullmatch(r"\d{8}", digits):
        return None
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return born if born.year >= _EARLIEST_YEAR else None


def _raise(problem: Msg) -> None:
    raise UserError(problem, FIELD)


def validate_id_number(s: str | None, today: date | None = None) -> IdInfo:
    """Check a mainland resident ID number and say what it encodes; UserError tells what to fix."""
    today = today or date.today()
    number = normalise_id_number(s or "")
    if not number:
        raise _error(ID_EMPTY)
    problem = _shape_problem(number)
    if problem is not None:
        _raise(problem)
    if len(number) != 18:
        if len(number) == 15 and number.isdigit():
            raise _error(ID_OLD_FORMAT)
        raise _error(ID_WRONG_LENGTH, length=len(number))
    if number[:2] not in PROVINCES:
        raise _error(ID_BAD_REGION, province=number[:2])
    born = _parse_birth(number[6:14])
    if born is None:
        raise _error(ID_BAD_BIRTH_DATE, text=_date_text(number[6:14]))
    if born > today:
        raise _error(ID_BIRTH_IN_FUTURE, text=_date_text(number[6:14]))
    # A typo in the date usually breaks the check digit too: report that before the age rule.
    if id_check_digit(number[:17]) != number[17]:
        raise _error(ID_BAD_CHECK_DIGIT)
    age = age_on(born, today)
    if age < MIN_AGE:
        raise _error(ID_TOO_YOUNG, age=age)
    if age > MAX_AGE:
        raise _error(ID_TOO_OLD, age=age)
    gender = "male" if int(number[16]) % 2 == 1 else "female"
    return IdInfo(number=number, birth_date=born, gender=gender, region_code=number[:6])


def partial_id_problem(prefix: str | None, today: date | None = None) -> Msg | None:
    """The first problem already certain in a number being typed (None while it could still be valid).

    At 18 characters this is the full check; before that it catches wrong characters, an X before
    the 18th place, an impossible province, and a birth date that no further digits can make valid.
    """
    today = today or date.today()
    number = normalise_id_number(prefix or "")
    if not number:
        return None
    problem = _shape_problem(number)
    if problem is not None:
        return problem
    if len(number) > 18:
        return msg(ID_WRONG_LENGTH, length=len(number))
    if len(number) == 18:
        try:
            validate_id_number(number, today)
        except UserError as err:
            return err.msg
        return None
    head = number[:2]
    if not any(code.startswith(head) for code in PROVINCES):
        return msg(ID_BAD_REGION, province=head)
    birth_digits = number[6:14]
    if birth_digits:
        return _birth_problem(_candidate_dates(birth_digits), birth_digits, today)
    return None


def mask_id_number(s: str | None) -> str:
    """Hide the middle of an ID number for screens and logs: '1101**********123X'. Never raises."""
    number = normalise_id_number(s or "")
    n = len(number)
    if n == 0:
        return ""
    keep = 4 if n >= 12 else n // 4
    if keep == 0:
        return "*" * n
    return number[:keep] + "*" * (n - 2 * keep) + number[-keep:]
