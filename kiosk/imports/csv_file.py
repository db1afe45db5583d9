"""Reading a ledger CSV as staff save it: UTF-8 (with or without BOM) or GBK/GB18030, Chinese or English headers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kiosk.domain.messages import UserError, define, msg

MAX_FILE_BYTES = 50 * 1024 * 1024

E_EMPTY = define("import.empty", "The file is empty. Save the ledger as CSV with a header row and try again.",
                 "文件是空的。请把台账另存为带表头的 CSV 文件后再导入。")
E_ENCODING = define(
    "import.encoding",
    "The file's text encoding is not UTF-8 or GBK. In Excel use 'Save as' → 'CSV UTF-8' and import again.",
    "无法识别文件的文字编码（不是 UTF-8 或 GBK）。请在 Excel 中“另存为 CSV UTF-8”后再导入。",
)
E_TOO_BIG = define("import.too_big", "The file is larger than 50 MB. Split it into smaller files.",
                   "文件超过 50 MB，请分成几个小文件导入。")
E_NO_FILE = define("import.no_file", "File not found: {path}", "找不到文件：{path}")
E_NO_COLUMNS = define(
    "import.missing_columns",
    "The header row lacks the column(s): {columns}. See the README for the column names.",
    "表头缺少这些列：{columns}。列名见说明文档。",
)
E_NOT_CSV = define("import.not_csv", "This does not look like a CSV file: {detail}", "这不像是 CSV 文件：{detail}")


def decode_bytes(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(msg(E_ENCODING), "file")


def read_rows(path: Path, aliases: dict[str, str], required: set[str]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row by canonical column name) for every non-blank data row."""
    path = Path(path)
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
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise UserError(msg(E_NOT_CSV, detail=str(exc)[:80]), "file") from exc
    columns = [aliases.get(_key(h), None) for h in header]
    missing = required - set(columns)
    if missing:
        raise UserError(msg(E_NO_COLUMNS, columns=", ".join(sorted(missing))), "file")
    rows = []
    line = reader.line_num
    try:
        for record in reader:
            start_line, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            row = {col: cell.strip() for col, cell in zip(columns, record) if col}
            rows.append((start_line, row))
    except csv.Error as exc:
        raise UserError(msg(E_NOT_CSV, detail=f"line {line + 1}: {exc}"[:80]), "file") from exc
    return rows


def _key(header: str) -> str:
    return header.strip().lower().replace(" ", "_").lstrip("\ufeff")


def alias_table(spec: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """canonical name -> accepted headers, turned into header -> canonical name."""
    table = {}
    for canonical, names in spec.items():
        table[canonical] = canonical
        for name in names:
            table[_key(name)] = canonical
    return table
