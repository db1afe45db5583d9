"""Structured, rotated logs under the station home, scrubbed of ID numbers, phone numbers and tokens."""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import traceback
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.messages import UserError, define, msg

LOG_FILE = "kiosk.log"
E_SINCE = define("logs.bad_since", "'{text}' is not a time: use e.g. 30m, 2h, 3d or 2026-11-21T07:00.",
                 "“{text}”不是时间，请写成 30m、2h、3d 或 2026-11-21T07:00。")
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5

_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_PHONE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_SECRET = re.compile(
    r"(?i)(token|authorization|code|pin|secret|password)([\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)([A-Za-z0-9._\-~+/]{4,})"
    r"|(bearer\s+)([A-Za-z0-9._\-~+/]{4,})")


def scrub(text: str) -> str:
    """Remove what must never reach a log: ID numbers, phone numbers, tokens and PINs."""
    text = _ID.sub("[ID]", text)
    text = _PHONE.sub("[PHONE]", text)
    text = _LANDLINE.sub("[PHONE]", text)
    return _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}[SECRET]" if m.group(1) else f"{m.group(4)}[SECRET]", text)


class JsonLineFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (scrubbed), and a trace for bugs."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "t": datetime.fromtimestamp(record.created).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": scrub(record.getMessage()),
        }
        if record.exc_info:
            entry["trace"] = scrub("".join(traceback.format_exception(*record.exc_info)))
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(logs_dir: Path, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to logs_dir/kiosk.log (rotated); idempotent, so commands and tests may call it again."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(JsonLineFormatter())
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(JsonLineFormatter())
        stream._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl" at every start is noise
    return path


def write_crash_report(logs_dir: Path, exc_type, exc, tb) -> Path:
    """A bug: keep a scrubbed report to send to the maintainers; the UI goes back to its home screen."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    path.write_text(scrub("".join(traceback.format_exception(exc_type, exc, tb))), encoding="utf-8")
    logging.getLogger("kiosk.crash").error("crash report written: %s", path.name, exc_info=(exc_type, exc, tb))
    return path


def parse_since(text: str, now: datetime) -> datetime:
    """'30m', '2h', '3d' or an ISO date/time -> the moment to read logs from."""
    match = re.fullmatch(r"(\d+)\s*([smhd])", text.strip())
    if match:
        n, unit = int(match.group(1)), match.group(2)
        return now - timedelta(**{{"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[unit]: n})
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise UserError(msg(E_SINCE, text=text[:30]), "since") from None


LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def read_logs(logs_dir: Path, since: datetime | None = None, level: str | None = None) -> list[dict]:
    """Log entries, oldest first, from the current file and its rotated predecessors."""
    files = sorted(logs_dir.glob(LOG_FILE + ".*"), key=lambda p: -int(p.suffix[1:]) if p.suffix[1:].isdigit() else 0)
    files.append(logs_dir / LOG_FILE)
    order = list(LEVELS)
    entries = []
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if since and datetime.fromisoformat(entry["t"]) < since:
                continue
            if level and order.index(entry.get("level", "INFO")) < order.index(level.upper()):
                continue
            entries.append(entry)
    return entries
