"""The world failing under the database (locked by another program, disk full, disk errors) as plain messages."""

from __future__ import annotations

import errno
import logging
import sqlite3

from sqlalchemy.exc import DBAPIError

from kiosk.domain.messages import Msg, define, msg

log = logging.getLogger("kiosk.store")

DB_BUSY = define(
    "db.busy",
    "Another kiosk program is busy with this station's data (an import, a sync, a backup, or a second copy of "
    "the kiosk), so this was not saved. Wait a moment and try again; if it keeps happening, close the other "
    "kiosk program.",
    "另一个驿站程序正在使用本站的数据（导入、同步、备份，或又开了一个驿站程序），这次没有保存。"
    "请稍等一会儿再试；如果一直这样，请关掉另一个驿站程序。")
DISK_FULL = define(
    "db.disk_full",
    "The station's disk is full, so this was not saved (nothing was half-saved). Free some space on the disk, "
    "then try again.",
    "本机磁盘已满，这次没有保存（不会只存一半）。请先清理出磁盘空间，再试一次。")
DISK_ERROR = define(
    "db.disk_error",
    "The station could not read or write its data on the disk, so this was not saved. Try again; if it "
    "happens again, ask the technician to check the disk.",
    "本机读写数据时磁盘出错，这次没有保存。请再试一次；如果还是这样，请技术人员检查磁盘。")

# SQLite's primary result codes (the low byte of sqlite_errorcode, https://www.sqlite.org/rescode.html)
_BUSY, _LOCKED, _IOERR, _FULL, _READONLY, _CANTOPEN = 5, 6, 10, 13, 8, 14
_BY_CODE = {_BUSY: DB_BUSY, _LOCKED: DB_BUSY, _FULL: DISK_FULL, _IOERR: DISK_ERROR, _READONLY: DISK_ERROR,
            _CANTOPEN: DISK_ERROR}
_BY_TEXT = (("database is locked", DB_BUSY), ("database table is locked", DB_BUSY),
            ("database or disk is full", DISK_FULL), ("disk i/o error", DISK_ERROR))
_BY_ERRNO = {errno.ENOSPC: DISK_FULL, getattr(errno, "EDQUOT", errno.ENOSPC): DISK_FULL, errno.EIO: DISK_ERROR}


def _code(exc: BaseException) -> str | None:
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        number = getattr(exc.orig, "sqlite_errorcode", None)
        if number is not None and number & 0xFF in _BY_CODE:
            return _BY_CODE[number & 0xFF]
        text = str(exc.orig).lower()
        return next((code for needle, code in _BY_TEXT if needle in text), None)
    if isinstance(exc, OSError):
        return _BY_ERRNO.get(exc.errno)
    return None


def plain_db_error(exc: BaseException, action: str = "") -> Msg | None:
    """The user's message when `exc` is the database or disk failing (not a bug), else None; logs the event.

    The log names the action and SQLite's error only: the engine hides SQL parameters, and no values are logged.
    """
    code = _code(exc)
    if code is None:
        return None
    orig = getattr(exc, "orig", exc)
    name = getattr(orig, "sqlite_errorname", None) or type(orig).__name__
    log.warning("%s not done: %s (%s)", action or "action", code, name)
    return msg(code)
