"""Phone numbers: mainland mobiles and landlines with area codes, normalised, checked and masked."""

from __future__ import annotations

import re

from kiosk.domain.chars import drop_invisible, fold_width, is_excel_scientific, strip_number_separators
from kiosk.domain.messages import UserError, define, msg

PHONE_EMPTY = define("phone.empty", "Enter the 11-digit mobile number.", "请输入11位手机号。")
PHONE_BAD_CHARS = define(
    "phone.bad_chars",
    "A phone number has only digits (a leading +86 is fine); remove other characters and type it again.",
    "电话号码只能是数字（前面可以带+86），请删掉其他字符后重新输入。",
)
PHONE_SCIENTIFIC = define(
    "phone.excel_scientific",
    "Excel turned this phone number into a number in scientific notation (like 1.38001E+10) and lost digits. "
    "In Excel set the column's format to Text, type the phone numbers again and save.",
    "Excel 把电话号码变成了科学计数法的数字（像 1.38001E+10），有几位已经丢了，删字符也找不回来。"
    "请在 Excel 里把这一列的格式设为“文本”，重新输入电话号码后再保存。",
)
PHONE_NOT_MAINLAND = define(
    "phone.not_mainland",
    "Only mainland China numbers (+86) can be used here; enter a mainland number.",
    "这里只能填中国大陆的号码（+86），请换一个大陆号码。",
)
PHONE_WRONG_LENGTH = define(
    "phone.wrong_length",
    "A mobile number has 11 digits, this one has {length}; check it and add or remove digits.",
    "手机号应为11位，现在是{length}位，请核对后补全或删掉多余的数字。",
)
PHONE_NOT_MOBILE = define(
    "phone.not_mobile",
    "A mobile number starts with 13 to 19; check the first digits and type it again.",
    "手机号应以13到19开头，请核对前两位后重新输入。",
)
PHONE_IS_LANDLINE = define(
    "phone.is_landline",
    "This is a landline number; a mobile number (11 digits, starting with 1) is needed here.",
    "这是座机号，这里需要填11位手机号（以1开头）。",
)
CONTACT_NO_AREA_CODE = define(
    "contact_phone.no_area_code",
    "Add the area code in front of a landline number, for example 0755-12345678.",
    "座机号前面请加上区号，例如 0755-12345678。",
)
CONTACT_INVALID = define(
    "contact_phone.invalid",
    "Enter an 11-digit mobile number or a landline with its area code, for example 010-12345678.",
    "请填11位手机号，或带区号的座机号，例如 010-12345678。",
)
_MOBILE = re.compile(r"1[3-9]\d{9}")


def _phone_digits(s: str | None) -> tuple[str, bool]:
    """Digits of a typed phone number with any +86/0086/86 prefix removed, and whether one was there."""
    text = strip_number_separators(drop_invisible(fold_width(s or "")))
    text = re.sub(r"[()]", "", text)
    if not text:
        raise UserError(msg(PHONE_EMPTY), "phone")
    if is_excel_scientific(text):
        raise UserError(msg(PHONE_SCIENTIFIC), "phone")
    plus = text.startswith("+")
    if plus:
        text = text[1:]
        if text and text.isascii() and text.isdigit() and not text.startswith("86"):
            raise UserError(msg(PHONE_NOT_MAINLAND), "phone")
    if not (text.isascii() and text.isdigit()):
        raise UserError(msg(PHONE_BAD_CHARS), "phone")
    if plus:
        return text[2:], True
    if text.startswith("0086"):
        return text[4:], True
    if text.startswith("86") and len(text) == 13:
        return text[2:], True
    return text, False


def _landline(digits: str, had_country_code: bool) -> str | None:
    """'0755-12345678' if the digits are an area code plus a local number, else None."""
    if had_country_code and not digits.startswith("0"):
        digits = "0" + digits  # +86 10 1234 5678: the trunk 0 is dropped after a country code
    # Beijing (010) and 02x have 3-digit area codes and 8-digit numbers; elsewhere 4 + 7 or 8 digits.
    m = re.fullmatch(r"(010|02\d)([1-9]\d{7})", digits) or re.fullmatch(r"(0[3-9]\d\d)([1-9]\d{6,7})", digits)
    return f"{m[1]}-{m[2]}" if m else None


def _mobile_problem(digits: str) -> str:
    if len(digits) != 11:
        return PHONE_WRONG_LENGTH
    return PHONE_NOT_MOBILE


def validate_phone(s: str | None, field: str = "phone") -> str:
    """A mainland mobile number as 11 ASCII digits (accepts +86/0086/86, spaces, dashes, full width)."""
    try:
        digits, had_cc = _phone_digits(s)
    except UserError as err:
        raise UserError(err.msg, field) from None
    if _MOBILE.fullmatch(digits):
        return digits
    if _landline(digits, had_cc):
        raise UserError(msg(PHONE_IS_LANDLINE), field)
    code = _mobile_problem(digits)
    params = {"length": len(digits)} if code == PHONE_WRONG_LENGTH else {}
    raise UserError(msg(code, **params), field)


def validate_contact_phone(s: str | None, field: str = "contact_phone") -> str:
    """A mobile (11 digits) or a landline with area code ('010-12345678'), e.g. for family or employers."""
    try:
        digits, had_cc = _phone_digits(s)
    except UserError as err:
        raise UserError(err.msg, field) from None
    if _MOBILE.fullmatch(digits):
        return digits
    landline = _landline(digits, had_cc)
    if landline:
        return landline
    if re.match(r"1[3-9]", digits) or (digits.startswith("1") and len(digits) > 8):
        code = _mobile_problem(digits)
        params = {"length": len(digits)} if code == PHONE_WRONG_LENGTH else {}
        raise UserError(msg(code, **params), field)
    if not had_cc and re.fullmatch(r"[1-9]\d{6,7}", digits):
        raise UserError(msg(CONTACT_NO_AREA_CODE), field)
    raise UserError(msg(CONTACT_INVALID), field)


def mask_phone(s: str | None) -> str:
    """Hide the middle of a phone number: '138****5678', '010-****5678'. Never raises."""
    try:
        digits, had_cc = _phone_digits(s)
    except UserError:
        digits, had_cc = re.sub(r"\D", "", fold_width(s or "")), False
    if _MOBILE.fullmatch(digits):
        return digits[:3] + "****" + digits[-4:]
    landline = _landline(digits, had_cc)
    if landline:
        area, local = landline.split("-")
        return f"{area}-" + "*" * (len(local) - 4) + local[-4:]
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]
