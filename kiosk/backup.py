"""Consistent online backups of a station (database via SQLite's backup API, plus keys and settings)."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from kiosk import __version__
from kiosk.domain.messages import UserError, define, msg

E_NOT_BACKUP = define("backup.invalid", "This file is not a station backup (or it is damaged): {detail}",
                      "这个文件不是驿站备份，或已损坏：{detail}")
E_EXISTS = define("backup.home_in_use",
                  "The station home already has data. Restore into an empty folder, or pass --force after a backup.",
                  "目标目录已有驿站数据。请恢复到空目录，或先备份再加 --force。")
E_NO_FILE = define("backup.no_file", "Backup file not found: {path}", "找不到备份文件：{path}")
MANIFEST = "manifest.json"


def backup(home: Path, out: Path) -> Path:
    """Write a .tar.gz with a consistent copy of the database (taken while the kiosk runs) and the keys."""
    out = Path(out)
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
            raise UserError(msg(E_NOT_BACKUP, detail=ok), "database")
        manifest = {"made_at": datetime.now().isoformat(), "kiosk_version": __version__, "files": []}
        tmp_out = out.with_name(out.name + ".tmp")
        with tarfile.open(tmp_out, "w:gz") as tar:
            tar.add(snapshot, arcname="station.db")
            manifest["files"].append("station.db")
            for extra in [*sorted((home / "keys").glob("*")), home / "settings.toml"]:
                if extra.is_file() and not extra.name.endswith(".tmp"):
                    name = str(extra.relative_to(home))
                    tar.add(extra, arcname=name)
                    manifest["files"].append(name)
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        os.replace(tmp_out, out)
    return out


def restore(archive: Path, home: Path, force: bool = False) -> dict:
    """Unpack a backup into home; refuses to overwrite a station unless forced."""
    home = Path(home)
    if not Path(archive).is_file():
        raise UserError(msg(E_NO_FILE, path=str(archive)), "file")
    if (home / "station.db").exists() and not force:
        raise UserError(msg(E_EXISTS), "home")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            names = tar.getnames()
            if MANIFEST not in names or "station.db" not in names:
                raise UserError(msg(E_NOT_BACKUP, detail="manifest"), "file")
            manifest = json.load(tar.extractfile(MANIFEST))
            home.mkdir(parents=True, exist_ok=True)
            for wal in ("station.db-wal", "station.db-shm"):
                (home / wal).unlink(missing_ok=True)
            tar.extractall(home, members=[m for m in tar.getmembers() if m.name != MANIFEST], filter="data")
    except (tarfile.TarError, OSError, json.JSONDecodeError) as exc:
        raise UserError(msg(E_NOT_BACKUP, detail=type(exc).__name__), "file") from exc
    keys = home / "keys"
    if keys.exists():
        keys.chmod(0o700)
        for key in keys.iterdir():
            key.chmod(0o600)
    return manifest
