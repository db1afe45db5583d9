"""Structured, rotated logs under the station home, scrubbed of ID numbers, phone numbers and tokens."""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import traceback
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

from kiosk.domain.chars import NUMBER_SEPARATOR
from kiosk.domain.messages import UserError, define, msg

# One file per program, so no two processes ever rotate the same file (RotatingFileHandler is not safe across
# processes): the kiosk (run/demo) and the board each run once per station; the short CLI commands share cli.log.
PROGRAM_FILES = {"kiosk": "kiosk.log", "board": "board.log", "cli": "cli.log"}
LOG_FILE = PROGRAM_FILES["kiosk"]
E_SINCE = define("logs.bad_since", "'{text}' is not a time: use e.g. 30m, 2h, 3d or 2026-11-21T07:00.",
                 "“{text}”不是时间，请写成 30m、2h、3d 或 2026-11-21T07:00。")
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5

# Numbers as the validators accept them: digit groups split by spaces or dashes, +86/0086 prefixes, (010) area codes.
_SEP = NUMBER_SEPARATOR + "{0,2}"
_ID = re.compile(rf"(?<![0-9A-Za-z\-])\d(?:{_SEP}\d){{16}}{_SEP}[\dXx](?![0-9A-Za-z])")
_PHONE = re.compile(rf"(?<![\d\-])(?:(?:\+|00)?86{_SEP}|\(\+?86\){_SEP})?1[3-9]\d(?:{_SEP}\d){{8}}(?!\d)")
_LANDLINE = re.compile(rf"(?<![\d\-])(?:\(0\d{{2,3}}\)|0\d{{2,3}}){_SEP}[1-9](?:{_SEP}\d){{6,7}}(?!\d)")
_CREDENTIAL = r"[^\s\"',;&)}\]]+"  # a whole credential: everything up to a delimiter
# After Authorization (keeping its scheme word), after key=/key: names, and after a bare Bearer.
_AUTH = re.compile(rf"(?i)(authorization[\"']?\s*[:=]\s*[\"']?(?:(?:bearer|token|basic|digest)\s+)?){_CREDENTIAL}")
_SECRET = re.compile(
    rf"(?i)((?:token|code|pin|secret|password|passwd|api[_-]?key)[\"']?\s*[:=]\s*[\"']?(?:bearer\s+|token\s+)?)"
    rf"(?!\[SECRET\]){_CREDENTIAL}")
_BEARER = re.compile(rf"(?i)(\bbearer\s+)(?!\[SECRET\]){_CREDENTIAL}")


def scrub(text: str) -> str:
    """Remove what must never reach a log: ID numbers, phone numbers, tokens and PINs."""
    text = _ID.sub("[ID]", text)
    text = _PHONE.sub("[PHONE]", text)
    text = _LANDLINE.sub("[PHONE]", text)
    for pattern in (_AUTH, _SECRET, _BEARER):
        text = pattern.sub(lambda m: f"{m.group(1)}[SECRET]", text)
    return text


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


def setup_logging(logs_dir: Path, level: int = logging.INFO, console: bool = False, program: str = "cli") -> Path:
    """Log to the program's file in logs_dir (see PROGRAM_FILES); idempotent, so commands and tests may call it again."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / PROGRAM_FILES[program]
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    handlers = [_cli_handler(path) if program == "cli" else
                logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(JsonLineFormatter())
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl" at every start is noise
    return path


def _cli_handler(path: Path) -> logging.Handler:
    """CLI commands may run side by side: cli.log is rotated only as a command starts, under a lock file (the
    next one to start sees the new, small file), then appended to; a command still writing to the renamed file
    writes into cli.log.1, which `kiosk logs` reads too."""
    with _exclusive(path.with_name(path.name + ".lock")):
        if path.exists() and path.stat().st_size >= MAX_BYTES:
            rotator = logging.handlers.RotatingFileHandler(path, backupCount=BACKUPS, encoding="utf-8", delay=True)
            try:
                rotator.doRollover()
            except OSError:  # Windows will not rename a file another command has open: rotate next time
                pass
            finally:
                rotator.close()
    return logging.FileHandler(path, encoding="utf-8")


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on lock_path across processes (flock on POSIX, msvcrt on Windows)."""
    with open(lock_path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
    """Every program's log entries merged, oldest first (each tagged with its program), rotated files included."""
    order = list(LEVELS)
    entries = []
    for program, name in PROGRAM_FILES.items():
        for path in _oldest_first(logs_dir, name):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    entry = {**json.loads(line), "program": program}
                    moment = datetime.fromisoformat(entry["t"])
                except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                    continue  # a line cut short by a power cut
                if since and moment < since:
                    continue
                if level and order.index(entry.get("level", "INFO")) < order.index(level.upper()):
                    continue
                entries.append(entry)
    return sorted(entries, key=lambda entry: entry["t"])  # stable: one file's lines keep their order


def _oldest_first(logs_dir: Path, name: str) -> list[Path]:
    """name.5 ... name.1, then name itself (those that exist)."""
    rotated = [p for p in logs_dir.glob(name + ".*") if p.suffix[1:].isdigit()]
    files = sorted(rotated, key=lambda p: -int(p.suffix[1:])) + [logs_dir / name]
    return [p for p in files if p.is_file()]
