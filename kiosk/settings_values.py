"""What a technician typed in settings.toml, turned into the type each setting holds, or a plain message why not."""

from __future__ import annotations

import math
import re
from dataclasses import MISSING, fields, is_dataclass
from pathlib import Path
from typing import get_type_hints

from kiosk.domain.messages import Msg, UserError, define, msg

E_BAD_VALUE = define(
    "settings.bad_value",
    "The settings file {path} has {key} = {found}, which cannot be used: it must be {expected_en}. "
    "Correct that line and start the kiosk again.",
    "设置文件 {path} 里的 {key} = {found} 不能用：这里要填{expected_zh}。请改正这一行后重新启动。",
)
E_NOT_TOML = define(
    "settings.not_toml",
    "The settings file {path} cannot be read ({detail}). Correct it, or move it away to start with the defaults.",
    "设置文件 {path} 读不了（{detail}）。请改正，或把它移走，用默认设置启动。",
)
_TRUE, _FALSE = {"true", "yes", "on", "1", "是"}, {"false", "no", "off", "0", "否"}


class SettingsError(UserError):
    """The settings file cannot be used; the message names the file, the setting, what it says and what it needs."""

    def __init__(self, message: Msg):
        super().__init__(message, "settings")


class _Unusable(Exception):
    """A value that is not of, and cannot be read as, the setting's type."""


def toml_value(value) -> str:
    """A value as TOML writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def _to_str(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):  # camera = 0, phone = 13800138000
        return str(value)
    raise _Unusable


def _to_int(value) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):  # "60"
        return int(value)
    raise _Unusable


def _to_float(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _Unusable
    try:
        number = float(value.strip() if isinstance(value, str) else value)  # "39.9"
    except ValueError:
        raise _Unusable from None
    if not math.isfinite(number):
        raise _Unusable
    return number


def _to_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower() if isinstance(value, (str, int)) else None
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise _Unusable


def _to_str_list(value) -> list[str]:
    if isinstance(value, str):  # one item written without the brackets
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [_to_str(item) for item in value]
    raise _Unusable


# type -> (reader, what it expects in English, in Chinese); {example} is the setting's default where it helps
_READERS = {
    str: (_to_str, 'text in quotes, e.g. "{example}"', '加引号的文字，例如 "{example}"'),
    int: (_to_int, "a whole number, e.g. {example}", "整数，例如 {example}"),
    float: (_to_float, "a number, e.g. {example}", "数字，例如 {example}"),
    bool: (_to_bool, "true or false", "true 或 false"),
    list[str]: (_to_str_list, 'a list of texts in quotes, e.g. ["{example}", "…"]', '一组加引号的文字，例如 ["{example}", "…"]'),
}
_EXAMPLES = {str: "…", int: "60", float: "39.9", list[str]: "…"}
_SECTION = ("a section: [{example}] on a line of its own, its settings on the lines below",
            "一节设置：单独一行写 [{example}]，下面几行写这一节的设置")


def _example(kind, default) -> str:
    if default not in (MISSING, None, "", 0, 0.0) and not isinstance(default, (bool, list)):
        return str(default)
    return _EXAMPLES.get(kind, "…")


def _refuse(path: Path, key: str, value, expected: tuple[str, str], example: str) -> SettingsError:
    found = "[…]" if isinstance(value, dict) else toml_value(value)
    found = found if len(found) <= 40 else found[:39] + "…"
    return SettingsError(msg(E_BAD_VALUE, path=str(path), key=key, found=found,
                             expected_en=expected[0].format(example=example),
                             expected_zh=expected[1].format(example=example)))


def fill(cls, data: dict, path: Path, prefix: str = ""):
    """`cls` made from the file's table `data`, each value read as its field's type (SettingsError if it cannot
    be). Unknown keys are ignored so an older kiosk can read a newer file."""
    hints = get_type_hints(cls)
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value, key, kind = data[f.name], prefix + f.name, hints[f.name]
        if is_dataclass(kind):
            if not isinstance(value, dict):
                raise _refuse(path, key, value, _SECTION, key)
            kwargs[f.name] = fill(kind, value, path, key + ".")
        elif kind in _READERS:
            reader, *expected = _READERS[kind]
            try:
                kwargs[f.name] = reader(value)
            except _Unusable:
                raise _refuse(path, key, value, tuple(expected), _example(kind, f.default)) from None
        else:  # not from the file (the home folder)
            kwargs[f.name] = value
    return cls(**kwargs)
