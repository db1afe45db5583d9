"""Bring the station database to this version's schema at start-up; refuse a newer database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
KEEP_UPGRADE_COPIES = 3  # before-upgrade-*.db copies kept under backups/


class NewerDatabaseError(Exception):
    """The database was written by a newer kiosk; this version must not touch it."""


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_before_upgrade(engine: Engine, backup_dir: Path, revision: str) -> Path:
    """A consistent copy of the database as it was, taken before a migration changes it."""
    import sqlite3
    from datetime import datetime

    from kiosk.private_files import private_dir, private_file

    private_dir(backup_dir)
    target = backup_dir / f"before-upgrade-{revision}-{datetime.now():%Y%m%d-%H%M%S}.db"
    private_file(target).close()  # SQLite keeps the mode of a file it opens: the copy is the owner's only
    dst = sqlite3.connect(target)
    with engine.connect() as conn:
        conn.connection.driver_connection.backup(dst)
    dst.close()
    _prune_upgrade_copies(backup_dir)
    return target


def _prune_upgrade_copies(backup_dir: Path) -> None:
    """Keep the newest KEEP_UPGRADE_COPIES copies: each is a whole database, and upgrades add up over the years."""
    copies = sorted(backup_dir.glob("before-upgrade-*.db"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for old in copies[:-KEEP_UPGRADE_COPIES]:
        old.unlink(missing_ok=True)


def upgrade(engine: Engine, backup_dir: Path | None = None) -> str:
    """Migrate to head (a no-op when current) and return the schema revision now in force.

    An existing database is copied to backup_dir first, so a failed upgrade can be undone.
    """
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise NewerDatabaseError(
            f"这个数据库来自更新版本的驿站软件（结构版本 {current}），本版本不能打开它。请安装最新版本。"
            f" / This database was made by a newer kiosk version (schema {current}); "
            "this version will not open or change it. Install the newer version."
        )
    if current != script.get_current_head():
        if current is not None and backup_dir is not None:
            backup_before_upgrade(engine, backup_dir, current)
        cfg = _config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return script.get_current_head()
