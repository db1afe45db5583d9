"""People's names as a registration desk takes them: Han, minority names with ·, Latin-letter names."""

from __future__ import annotations

import re
import unicodedata

from kiosk.domain.chars import (
    drop_invisible,
    fold_width,
    is_control,
    is_digit_like,
    is_emoji,
    is_han,
    is_latin_letter,
)
from kiosk.domain.messages import UserError, define, msg

FIELD = "name"
MAX_NAME_LEN = 40
MIDDLE_DOT = "\u00b7"
# Dots people type for the separator in minority names (·•・･‧.．∙⋅); all become U+00B7.
_DOT_VARIANTS = "\u00b7\u2022\u30fb\uff65\u2027.\u2219\u22c5\u0387\u16eb\u2e31"
_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
_HYPHENS = "-\u2010\u2011\u2013"

NAME_EMPTY = define("name.empty", "Enter the name as it is on the ID card.", "请输入姓名（与证件上一致）。")
NAME_TOO_LONG = define(
    "name.too_long",
    "A name can have at most {max_len} characters, this one has {length}; shorten it to match the ID card.",
    "姓名最多{max_len}个字，现在是{length}个字，请按证件上的姓名改短。",
)
NAME_TOO_SHORT = define(
    "name.too_short",
    "A name needs at least two characters; type the full name, surname included.",
    "姓名至少要两个字，请输入包括姓在内的完整姓名。",
)
NAME_SYMBOLS = define(
    "name.symbols",
    "A name cannot contain emoji or symbols; use Chinese characters (with · in minority names) or Latin letters.",
    "姓名里不能有表情符号或特殊符号，请只用汉字（少数民族姓名用·隔开）或英文字母。",
)
NAME_DIGITS = define(
    "name.digits",
    "A name cannot contain digits; remove them and type the name as it is on the ID card.",
    "姓名里不能有数字，请删掉数字，按证件上的姓名输入。",
)
NAME_BAD_SEPARATORS = define(
    "name.bad_separators",
    "A dot, hyphen or apostrophe cannot start or end a name or come twice in a row; remove the extra one.",
    "姓名的开头和结尾不能是点（·）、连字符或撇号，也不能连着写两个，请删掉多余的。",
)
NAME_MIXED_SCRIPT = define(
    "name.mixed_script",
    "A name is either in Chinese characters or in Latin letters, not both; type it as it is on the ID card.",
    "姓名不能同时有汉字和英文字母，请按证件上的写法只用一种。",
)


def _error(code: str, **params) -> UserError:
    return UserError(msg(code, **params), FIELD)


def _basic_clean(s: str) -> str:
    text = unicodedata.normalize("NFC", drop_invisible(fold_width(s)))
    return re.sub(r"\s+", " ", text).strip()


def _check_characters(text: str) -> tuple[bool, bool]:
    """Refuse anything that is not a letter or separator; return (has Han, has Latin)."""
    has_han = has_latin = False
    for ch in text:
        if is_han(ch):
            has_han = True
        elif is_latin_letter(ch):
            has_latin = True
        elif ch == " " or ch in _DOT_VARIANTS or ch in _APOSTROPHES or ch in _HYPHENS:
            continue
        elif is_emoji(ch) or is_control(ch):
            raise _error(NAME_SYMBOLS)
        elif is_digit_like(ch):
            raise _error(NAME_DIGITS)
        else:
            raise _error(NAME_SYMBOLS)
    return has_han, has_latin


def _han_name(text: str) -> str:
    name = re.sub(f"[{re.escape(_DOT_VARIANTS)}]", MIDDLE_DOT, text).replace(" ", "")
    if any(ch in _APOSTROPHES or ch in _HYPHENS for ch in name):
        raise _error(NAME_SYMBOLS)
    if name.startswith(MIDDLE_DOT) or name.endswith(MIDDLE_DOT) or MIDDLE_DOT * 2 in name:
        raise _error(NAME_BAD_SEPARATORS)
    if sum(1 for ch in name if is_han(ch)) < 2:
        raise _error(NAME_TOO_SHORT)
    return name


def _latin_name(text: str) -> str:
    # In a Latin-letter name a dot marks an initial (J. Smith); it stays an ASCII full stop.
    name = re.sub(f"[{re.escape(_DOT_VARIANTS)}]", ".", text)
    name = re.sub(f"[{re.escape(_APOSTROPHES)}]", "'", name)
    name = re.sub(f"[{re.escape(_HYPHENS)}]", "-", name)
    name = re.sub(r" ?([-']) ?", r"\1", name)  # "Smith - Jones" -> "Smith-Jones"
    name = re.sub(r" ?\. ?", ". ", name).strip()  # "J.Smith" / "J . Smith" -> "J. Smith"
    if name[0] in ".-'" or name[-1] in ".-'" or re.search(r"[.\-'] ?[.\-']", name):
        raise _error(NAME_BAD_SEPARATORS)
    if sum(1 for ch in name if ch.isalpha()) < 2:
        raise _error(NAME_TOO_SHORT)
    return name


def validate_name(s: str | None) -> str:
    """A person's name, normalised (NFC, single spaces, · in minority names); UserError says what to fix."""
    text = _basic_clean(s or "")
    if not text:
        raise _error(NAME_EMPTY)
    if len(text) > MAX_NAME_LEN:
        raise _error(NAME_TOO_LONG, max_len=MAX_NAME_LEN, length=len(text))
    has_han, has_latin = _check_characters(text)
    if has_han and has_latin:
        raise _error(NAME_MIXED_SCRIPT)
    if not has_han and not has_latin:
        raise _error(NAME_BAD_SEPARATORS)
    return _han_name(text) if has_han else _latin_name(text)


def mask_name(name: str | None) -> str:
    """Hide most of a name for screens and logs: 王* / 王*明 / 欧**明 / 'Ab***'. Never raises."""
    text = _basic_clean(name or "")
    if not text:
        return ""
    if not any(is_han(ch) for ch in text):
        letters = [ch for ch in text if ch.isalpha()]
        return ("".join(letters[:2]) if len(letters) > 2 else "".join(letters[:1])) + "***"
    chars = [ch for ch in text if ch != " "]
    if len(chars) == 1:
        return "*"
    if len(chars) == 2:
        return chars[0] + "*"
    middle = ["·" if ch in _DOT_VARIANTS else "*" for ch in chars[1:-1]]
    return chars[0] + "".join(middle) + chars[-1]
