"""Crash reports: one scrubbed report per distinct bug, rate-limited and pruned so a looping bug cannot fill the disk."""

from __future__ import annotations

import hashlib
import logging
import sys
import threading
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import Callable

from kiosk.domain.messages import define, msg
from kiosk.logs import scrub

log = logging.getLogger("kiosk.crash")

REPEAT_AFTER_S = 30 * 60  # the same bug writes a new report at most this often (a timer slot may fail every tick)
LOG_REPEAT_EVERY_S = 60  # and is logged again (one line, no trace) at most this often
KEEP_REPORTS = 20  # newest reports kept; older ones are deleted as new ones are written

E_STARTUP = define(
    "crash.startup",
    "The kiosk could not start because of a fault in the program ({kind}). A report for the maintainers was "
    "saved in {path} (it holds no personal data). Records already saved are kept. Send that file to your "
    "technician.",
    "驿站程序出了故障（{kind}），没能启动。给维护人员的故障报告已保存在 {path}（不含个人信息）。"
    "已保存的记录都还在。请把这个文件发给技术人员。")
E_STARTUP_NO_REPORT = define(
    "crash.startup_no_report",
    "The kiosk could not start because of a fault in the program ({kind}), and no report could be saved "
    "in {path}. Records already saved are kept. Send the details printed below to your technician.",
    "驿站程序出了故障（{kind}），没能启动，故障报告也没能保存到 {path}。已保存的记录都还在。"
    "请把下面打印的详细信息发给技术人员。")

_last_logged: dict[str, float] = {}


def signature(exc_type, tb) -> str:
    """The same bug in the same place gives the same signature, whatever data its message carries."""
    frames = "|".join(f"{Path(f.filename).name}:{f.name}:{f.lineno}" for f in traceback.extract_tb(tb))
    return hashlib.sha256(f"{exc_type.__module__}.{exc_type.__qualname__}|{frames}".encode()).hexdigest()[:10]


def write_crash_report(logs_dir: Path, exc_type, exc, tb) -> Path | None:
    """A bug: keep a scrubbed report to send to the maintainers, unless the same one was written a moment ago.

    Returns the report that describes this bug (new or recent), or None when none could be written.
    """
    sig = signature(exc_type, tb)
    now = time.time()
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        recent = [p for p in sorted(logs_dir.glob(f"crash-*-{sig}.txt")) if now - p.stat().st_mtime < REPEAT_AFTER_S]
        if recent:
            if now - _last_logged.get(sig, 0.0) >= LOG_REPEAT_EVERY_S:
                _last_logged[sig] = now
                log.error("the same bug again (%s); its report is %s", exc_type.__name__, recent[-1].name)
            return recent[-1]
        path = logs_dir / f"crash-{datetime.fromtimestamp(now):%Y%m%d-%H%M%S-%f}-{sig}.txt"
        path.write_text(scrub("".join(traceback.format_exception(exc_type, exc, tb))), encoding="utf-8")
    except OSError:  # a full or read-only disk: the log line below is all there is
        log.error("a bug (%s), and no crash report could be written", exc_type.__name__, exc_info=(exc_type, exc, tb))
        return None
    _last_logged[sig] = now
    log.error("crash report written: %s", path.name, exc_info=(exc_type, exc, tb))
    _prune(logs_dir)
    return path


def _prune(logs_dir: Path) -> None:
    """Keep the newest KEEP_REPORTS reports (names start with the time, so they sort oldest first)."""
    for old in sorted(logs_dir.glob("crash-*.txt"))[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)


def install_crash_reporting(logs_dir: Path, recover: Callable[[], None] | None = None) -> None:
    """From here on, an exception nobody catches (in a Qt slot, or in a thread) becomes a crash report;
    `recover` (e.g. back to the home screen) runs after a report from the main thread."""

    def on_exception(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            write_crash_report(logs_dir, exc_type, exc, tb)
        finally:
            try:
                if recover is not None:
                    recover()
            except Exception:  # noqa: BLE001 - recovering must never raise out of the hook
                log.exception("could not recover after a crash")

    def in_thread(args):
        if not issubclass(args.exc_type, SystemExit):  # SystemExit ends a thread quietly, as by default
            write_crash_report(logs_dir, args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = on_exception
    threading.excepthook = in_thread


def startup_failure_text(logs_dir: Path | None, exc: BaseException) -> str:
    """Report a bug that stopped a program starting, and say plainly what happened and where the report is."""
    kind = type(exc).__name__
    report = write_crash_report(logs_dir, type(exc), exc, exc.__traceback__) if logs_dir is not None else None
    if report is not None:
        message = msg(E_STARTUP, kind=kind, path=str(report))
        return f"错误 / error: {message.zh}\n{message.en}"
    message = msg(E_STARTUP_NO_REPORT, kind=kind, path=str(logs_dir or "logs/"))
    details = scrub("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return f"错误 / error: {message.zh}\n{message.en}\n\n{details}"
