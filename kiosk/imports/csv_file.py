"""Reading a ledger CSV as staff save it: UTF-8 (with or without BOM), GBK/GB18030, or UTF-16 with its BOM (Excel's
"Unicode text"), Chinese or English headers, cells separated by commas, tabs, semicolons or Chinese commas (，)."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.chars import is_han
from kiosk.domain.messages import UserError, define, msg

MAX_FILE_BYTES = 50 * 1024 * 1024
# Comma first: on a tie (a one-column header) the file is read as ordinary CSV.
DELIMITERS = (",", "\t", ";", "；", "，")

E_EMPTY = define("import.empty", "The file is empty. Save the ledger as CSV with a header row and try again.",
                 "文件是空的。请把台账另存为带表头的 CSV 文件后再导入。")
E_ENCODING = define(
    "import.encoding",
    "The file's text encoding is not UTF-8, GBK or Unicode text (UTF-16). In Excel use 'Save as' → 'CSV UTF-8' "
    "and import again.",
    "无法识别文件的文字编码（不是 UTF-8、GBK 或 Unicode 文本）。请在 Excel 中“另存为 CSV UTF-8”后再导入。",
)
E_TOO_BIG = define("import.too_big", "The file is larger than 50 MB. Split it into smaller files.",
                   "文件超过 50 MB，请分成几个小文件导入。")
E_NO_FILE = define("import.no_file", "File not found: {path}", "找不到文件：{path}")
E_NO_COLUMNS = define(
    "import.missing_columns",
    "The header row lacks the column(s): {columns_en}. The header read was: {found}. "
    "Add the column(s) (names in the README) and import again; nothing was imported.",
    "表头缺少这些列：{columns_zh}。读到的表头是：{found}。请补上这些列（列名见说明文档）后再导入，这次没有导入任何一行。",
)
E_IS_DIR = define(
    "import.is_folder",
    "{path} is a folder, not a file. Name the CSV file in it, e.g. {example}.",
    "{path} 是一个文件夹，不是文件。请写上文件夹里的 CSV 文件名，例如 {example}。",
)
E_NOT_CSV = define("import.not_csv", "This does not look like a CSV file: {detail}", "这不像是 CSV 文件：{detail}")


@dataclass(frozen=True)
class Columns:
    """A kind of ledger's columns: canonical name -> the headers staff write for it (the usual Chinese one first)."""

    names: dict[str, tuple[str, ...]]
    required: tuple[tuple[str, ...], ...]  # each group: the file needs at least one of these columns

    def lookup(self, header: str) -> str | None:
        key = _key(header)
        for canonical, names in self.names.items():
            if key == canonical or key in (_key(n) for n in names):
                return canonical
        return None

    def expected(self, column: str, chinese: bool) -> str:
        """The header a file written in Chinese (or in English) would use for the column."""
        return self.names[column][0] if chinese and self.names.get(column) else column


@dataclass
class Sheet:
    """A ledger read: its rows by canonical column, and each column's header as the file writes it."""

    columns: Columns
    headers: dict[str, str]
    chinese: bool
    rows: list[tuple[int, dict[str, str]]]

    def label(self, column: str) -> str:
        return self.headers.get(column) or self.columns.expected(column, self.chinese)


def decode_bytes(raw: bytes) -> str:
    """The file's text; its byte-order mark, if any, says UTF-8 or UTF-16 (little- or big-endian, as Excel's
    "Unicode text" writes it); without one, UTF-8 or else GBK/GB18030."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")  # the BOM says which byte order, and is dropped
        except UnicodeDecodeError:
            raise UserError(msg(E_ENCODING), "file") from None
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(msg(E_ENCODING), "file")


def read_sheet(path: Path, columns: Columns) -> Sheet:
    """The file's non-blank data rows, refused whole (UserError) if it cannot be read or lacks a required column."""
    text = _read_text(Path(path))
    delimiter = _delimiter(text.split("\n", 1)[0], columns)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise UserError(msg(E_NOT_CSV, detail=str(exc)[:80]), "file") from exc
    names = [columns.lookup(h) for h in header]
    chinese = any(is_han(ch) for h in header for ch in h)
    _check_required(columns, set(names), header, chinese)
    headers = {}
    for name, cell in zip(names, header):
        if name:
            headers.setdefault(name, cell.strip().lstrip("\ufeff"))
    rows = []
    line = reader.line_num
    try:
        for record in reader:
            start_line, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            rows.append((start_line, {col: cell.strip() for col, cell in zip(names, record) if col}))
    except csv.Error as exc:
        raise UserError(msg(E_NOT_CSV, detail=f"line {line + 1}: {exc}"[:80]), "file") from exc
    return Sheet(columns, headers, chinese, rows)


def _read_text(path: Path) -> str:
    if path.is_dir():
        inside = sorted(p.name for p in path.iterdir() if p.suffix.lower() == ".csv")
        example = str(path / (inside[0] if inside else "台账.csv"))
        raise UserError(msg(E_IS_DIR, path=str(path), example=example), "file")
    if not path.is_file():
        raise UserError(msg(E_NO_FILE, path=str(path)), "file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(msg(E_TOO_BIG), "file")
    text = decode_bytes(path.read_bytes())
    if not text.strip():
        raise UserError(msg(E_EMPTY), "file")
    if "\x00" in text:
        raise UserError(msg(E_NOT_CSV, detail="NUL"), "file")
    csv.field_size_limit(MAX_FILE_BYTES)
    return text


def _delimiter(header_line: str, columns: Columns) -> str:
    """The separator that splits the header into the most columns this ledger knows."""
    def known(delimiter: str) -> int:
        try:
            cells = next(csv.reader([header_line], delimiter=delimiter), [])
        except csv.Error:
            return 0
        return len({columns.lookup(cell) for cell in cells} - {None})

    return max(DELIMITERS, key=known)


def _check_required(columns: Columns, present: set, header: list[str], chinese: bool) -> None:
    missing = [group for group in columns.required if not present.intersection(group)]
    if not missing:
        return
    zh, en = [], []
    for group in missing:
        names = "/".join(columns.expected(c, chinese) for c in group)
        zh.append(names + ("（至少要有一列）" if len(group) > 1 else ""))
        en.append(("one of " if len(group) > 1 else "") + names)
    found = "、".join(h.strip().lstrip("\ufeff") for h in header if h.strip())[:80] or "—"
    raise UserError(msg(E_NO_COLUMNS, columns_zh="、".join(zh), columns_en=", ".join(en), found=found), "file")


def _key(header: str) -> str:
    return header.strip().lower().replace(" ", "_").lstrip("\ufeff")
