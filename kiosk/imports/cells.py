"""One ledger row read cell by cell: every cell that cannot be used is noted under its column, not just the first.

Messages name a column as the file's header names it (工种, not trades), so staff find the cell to fix."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.messages import Checks, Msg, UserError, define, msg
from kiosk.domain.validation import TEXT_EMPTY
from kiosk.imports.csv_file import Sheet

E_CHOICE = define("import.bad_choice", "'{value}' in column {column} is not a known choice. Use e.g.: {examples_en}",
                  "“{value}”不是“{column}”列的可选项。可以写：{examples_zh}")
E_NUMBER = define("import.bad_number", "Column {column} must be a number, not '{value}'.", "“{column}”列应填数字，不是“{value}”。")
E_DATETIME = define("import.bad_datetime", "Column {column}: '{value}' is not a date and time like 2026-11-21 08:00.",
                    "“{column}”列：“{value}”不是“2026-11-21 08:00”这样的日期时间。")
E_CELL = define("import.cell", "Column {column}: {detail_en}", "“{column}”列：{detail_zh}")
DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日%H:%M", "%Y年%m月%d日%H点")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a row: the column as the file's header names it, and what is wrong."""

    column: str
    msg: Msg

    @property
    def shown(self) -> Msg:
        """The message naming its column (the ledger's own messages do; the forms' get the column in front)."""
        if "column" in self.msg.params:
            return self.msg
        return msg(E_CELL, column=self.column, detail_zh=self.msg.zh, detail_en=self.msg.en)


class Cells:
    """A row's cells by canonical column; `read` parses one, keeping its problem and carrying on."""

    def __init__(self, sheet: Sheet, row: dict[str, str]):
        self.sheet, self.row = sheet, row
        self.checks = Checks()

    def text(self, column: str, default: str = "") -> str:
        return self.row.get(column) or default

    def read(self, column: str, parse, *args, default=None, required: bool = False):
        """parse(cell, header, *args) for a filled cell; `default` for a blank or unusable one."""
        value = self.text(column)
        if not value:
            if required:
                self.refuse(column, msg(TEXT_EMPTY))
            return default
        return self.checks(parse, value, self.sheet.label(column), *args, field=column, default=default)

    def refuse(self, column: str, message: Msg) -> None:
        self.checks.add(UserError(message, column))

    def problems(self, errors: list[UserError] = (), field_columns: dict[str, str] | None = None) -> list[Problem]:
        """The cells' problems, then `errors` of the form made from them (its field names mapped to columns);
        one problem a column, the first."""
        field_columns = field_columns or {}
        out: dict[str, Problem] = {}
        for error in [*self.checks.errors, *errors]:
            column = field_columns.get(error.field, error.field) or ""
            out.setdefault(column, Problem(self.sheet.label(column) if column else "", error.msg))
        return list(out.values())


def choices(value: str, column: str, table, aliases: dict[str, str] | None = None) -> list[str]:
    """Codes for the names in a cell (电工;保洁, Electrician, electrician ...)."""
    lookup = dict(aliases or {})
    for item in table:
        lookup[item.code] = lookup[item.zh] = lookup[item.en.lower()] = item.code
    out = []
    for part in split(value):
        code = lookup.get(part) or lookup.get(part.lower())
        if code is None:
            raise bad_choice(part, column, table)
        out.append(code)
    return out


def bad_choice(value: str, column: str, table) -> UserError:
    """The cell's value is none of `table`'s names: say so with a few that would do."""
    sample = table[::max(1, len(table) // 6)][:6]
    more = "…" if len(table) > len(sample) else ""
    return UserError(msg(E_CHOICE, value=value[:20], column=column, examples_zh="、".join(c.zh for c in sample) + more,
                         examples_en=", ".join(c.en for c in sample) + more), column)


def number(value: str, column: str, kind=float):
    try:
        return kind(value.replace(",", "").replace("元", "").replace("公里", "").replace("km", "").strip())
    except ValueError:
        raise UserError(msg(E_NUMBER, column=column, value=value[:20]), column) from None


def date_time(value: str, column: str) -> datetime:
    text = value.strip().replace("/", "-").replace("T", " ")
    for fmt in DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise UserError(msg(E_DATETIME, column=column, value=value[:30]), column)


def split(value: str) -> list[str]:
    return [p for p in re.split(r"[;；,，、|/\s]+", value or "") if p]
