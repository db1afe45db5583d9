"""Consistent online backups of a station (database via SQLite's backup API, plus keys and settings).

Archives hold the keys that decrypt ID and phone numbers, so every one is written readable by its
owner only (0600). A restore reads and checks the whole archive before it touches the station home,
and keeps a safety copy of the station it replaces.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import time
import zlib
from datetime import datetime
from pathlib import Path

from kiosk import __version__
from kiosk.domain.messages import UserError, define, msg
from kiosk.ops.workers import NUMBERS_UNCONFIRMED
from kiosk.private_files import private_dir, private_file
from kiosk.settings import require_station
from kiosk.store.sync_tables import OutboxEvent, SyncState
from kiosk.sync.state import CLOCK_OFFSET, TOKEN_FILE

E_NOT_BACKUP = define(
    "backup.invalid",
    "This file is not a station backup, or it is damaged or incomplete. Nothing was changed; try another copy.",
    "这个文件不是驿站备份，或已损坏、不完整。没有做任何改动，请换一份备份。",
)
E_DB_DAMAGED = define("backup.db_damaged", "The station database failed its integrity check ({detail}); no backup "
                      "was written.", "本站数据库完整性检查未通过（{detail}），没有写出备份。")
E_OUT_TYPE = define("backup.out_type", "A backup file name must end in .tar.gz or .tgz: {path}",
                    "备份文件名要以 .tar.gz 或 .tgz 结尾：{path}")
E_OUT_EXISTS = define("backup.out_exists", "{path} already exists. Choose another name, or pass --force to replace it.",
                      "{path} 已存在。请换个文件名，或加 --force 覆盖。")
E_EXISTS = define(
    "backup.home_in_use",
    "The station home already has data. Restore into an empty folder, or pass --force (a safety copy of the "
    "current station is kept under backups/).",
    "目标目录已有驿站数据。请恢复到空目录，或加 --force（会先把现有数据另存到 backups/ 下）。",
)
E_UNSENT = define(
    "backup.home_unsent",
    "The station home still has {count} records not yet sent to the central server; restoring over it would "
    "lose them. Sync first (kiosk sync --once), or pass --force (a safety copy of the current station is kept "
    "under backups/).",
    "目标驿站还有 {count} 条记录没有上传到中心服务器，直接恢复会丢失。请先同步（kiosk sync --once），"
    "或加 --force（会先把现有数据另存到 backups/ 下）。",
)
E_NO_FILE = define("backup.no_file", "Backup file not found: {path}", "找不到备份文件：{path}")
MANIFEST = "manifest.json"
SUFFIXES = (".tar.gz", ".tgz")
# what an unreadable archive raises while it is read: cut short, not gzip, not tar, bad manifest, bad database
_UNREADABLE = (tarfile.TarError, EOFError, zlib.error, OSError, ValueError, KeyError, AttributeError, TypeError,
               sqlite3.DatabaseError)


def _station_files(home: Path) -> list[Path]:
    """The keys and the settings file, as backed up next to the database."""
    return [p for p in [*sorted((home / "keys").glob("*")), home / "settings.toml"]
            if p.is_file() and not p.name.endswith(".tmp")]


def _write_archive(out: Path, members: list[tuple[Path, str]]) -> dict:
    """Write `members` (file, name in the archive) and a manifest to `out`, 0600, all or nothing."""
    manifest = {"made_at": datetime.now().isoformat(), "kiosk_version": __version__,
                "files": [name for _, name in members]}
    tmp_out = out.with_name(out.name + ".tmp")
    with private_file(tmp_out) as fh:
        with tarfile.open(fileobj=fh, mode="w:gz") as tar:
            for path, name in members:
                tar.add(path, arcname=name)
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp_out, out)
    return manifest


def backup(home: Path, out: Path, force: bool = False) -> Path:
    """Write a .tar.gz with a consistent copy of the database (taken while the kiosk runs) and the keys."""
    home, out = Path(home), Path(out)
    if not out.name.lower().endswith(SUFFIXES):
        raise UserError(msg(E_OUT_TYPE, path=str(out)), "out")
    if out.exists() and not force:
        raise UserError(msg(E_OUT_EXISTS, path=str(out)), "out")
    require_station(home)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = Path(tmp) / "station.db"
        src = sqlite3.connect(home / "station.db")
        dst = sqlite3.connect(snapshot)
        try:
            src.backup(dst)  # a consistent snapshot even with writers active (WAL)
        finally:
            dst.close()
            src.close()
        check = sqlite3.connect(snapshot)
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.close()
        if ok != "ok":
            raise UserError(msg(E_DB_DAMAGED, detail=ok[:200]), "database")
        members = [(snapshot, "station.db"), *((p, p.relative_to(home).as_posix()) for p in _station_files(home))]
        _write_archive(out, members)
    return out


def safety_copy(home: Path) -> Path:
    """The station's files exactly as they are (even a damaged database) in backups/before-restore-<time>.tar.gz."""
    folder = private_dir(home / "backups")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out, n = folder / f"before-restore-{stamp}.tar.gz", 1
    while out.exists():
        n += 1
        out = folder / f"before-restore-{stamp}-{n}.tar.gz"
    database = [home / name for name in ("station.db", "station.db-wal") if (home / name).is_file()]
    _write_archive(out, [(p, p.relative_to(home).as_posix()) for p in (*database, *_station_files(home))])
    return out


def unsent_events(home: Path) -> int | None:
    """How many records the station in `home` has not sent yet (None when its database cannot be read)."""
    table = OutboxEvent.__tablename__
    try:
        conn = sqlite3.connect(f"file:{home / 'station.db'}?mode=ro", uri=True)
        try:
            return conn.execute(f"select count(*) from {table} where status != 'done'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _unpack(archive: Path, into: Path) -> tuple[dict, list[str]]:
    """Extract and check the whole archive into a scratch folder: (manifest, the files to install).
    UserError if any of it is unreadable."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            names = tar.getnames()  # reads the archive to its end: a cut-short file fails here
            if MANIFEST not in names or "station.db" not in names:
                raise UserError(msg(E_NOT_BACKUP), "file")
            manifest = json.loads(tar.extractfile(MANIFEST).read().decode("utf-8"))
            members = [m for m in tar.getmembers() if m.name != MANIFEST and m.isfile()]
            tar.extractall(into, members=members, filter="data")
        conn = sqlite3.connect(f"file:{into / 'station.db'}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except _UNREADABLE as exc:
        raise UserError(msg(E_NOT_BACKUP), "file") from exc
    if ok != "ok" or not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise UserError(msg(E_NOT_BACKUP), "file")
    return manifest, [m.name for m in members]


def _check_home(home: Path, force: bool) -> Path | None:
    """Refuse to replace a station unless forced; when forced, keep a safety copy of it (returned)."""
    if not (home / "station.db").exists():
        return None
    if not force:
        unsent = unsent_events(home)
        if unsent:
            raise UserError(msg(E_UNSENT, count=unsent), "home")
        raise UserError(msg(E_EXISTS), "home")
    return safety_copy(home)


def _mark_enrolled(staged: Path, names: list[str], made_at: str) -> None:
    """An enrolled station may have given out worker numbers after the backup was made, and only the server knows
    them now: the restored station registers no one until a download has brought them back (docs/sync.md)."""
    if f"keys/{TOKEN_FILE}" not in names:
        return
    conn = sqlite3.connect(staged / "station.db")
    try:
        with conn:
            conn.execute(f"insert or replace into {SyncState.__tablename__} (key, value) values (?, ?)",
                         (NUMBERS_UNCONFIRMED, str(made_at)))
            _skip_used_sequence_numbers(conn)
    except sqlite3.Error as exc:
        raise UserError(msg(E_NOT_BACKUP), "file") from exc
    finally:
        conn.close()


def sequence_floor(clock_offset: float | None, now: float | None = None) -> int:
    """A sequence number above any this station can have used: milliseconds of the Unix time (the later of the
    station's and the server's clock as last seen), since a station commits far fewer than 1,000 events a second."""
    now = time.time() if now is None else now
    return int(max(now, now + (clock_offset or 0.0)) * 1000)


def _skip_used_sequence_numbers(conn: sqlite3.Connection) -> None:
    """Events made after the backup reached the server with sequence numbers the restored outbox would use again,
    and the server keeps a record's newest edit by sequence number: new events must number above them all."""
    table = OutboxEvent.__tablename__
    row = conn.execute(f"select value from {SyncState.__tablename__} where key = ?", (CLOCK_OFFSET,)).fetchone()
    floor = sequence_floor(float(row[0]) if row else None)
    if conn.execute("select 1 from sqlite_sequence where name = ?", (table,)).fetchone():
        conn.execute("update sqlite_sequence set seq = max(seq, ?) where name = ?", (floor, table))
    else:
        conn.execute("insert into sqlite_sequence (name, seq) values (?, ?)", (table, floor))


def _install(staged: Path, names: list[str], home: Path) -> None:
    """The checked files into home, each readable by the station's account only, like a station made here."""
    private_dir(home)
    for wal in ("station.db-wal", "station.db-shm"):
        (home / wal).unlink(missing_ok=True)
    for name in names:
        path, target = staged / name, home / name
        private_dir(target.parent)
        tmp = target.with_name(target.name + ".restoring")
        with path.open("rb") as src, private_file(tmp) as dst:
            shutil.copyfileobj(src, dst)
        os.replace(tmp, target)


def restore(archive: Path, home: Path, force: bool = False) -> dict:
    """Unpack a backup into home. The archive is checked in full before the home is touched; a station
    already there is refused unless forced, and then saved to backups/ first (`safety_copy` in the result)."""
    archive, home = Path(archive), Path(home)
    if not archive.is_file():
        raise UserError(msg(E_NO_FILE, path=str(archive)), "file")
    with tempfile.TemporaryDirectory() as scratch:
        staged = Path(scratch)
        manifest, names = _unpack(archive, staged)
        _mark_enrolled(staged, names, manifest.get("made_at", ""))
        saved = _check_home(home, force)
        _install(staged, names, home)
    return {**manifest, "safety_copy": str(saved) if saved else None}
