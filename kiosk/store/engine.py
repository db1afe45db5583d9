"""SQLite engine set up for durability: WAL, synchronous=FULL, foreign keys, busy timeout."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def make_engine(db_path: Path | str, echo: bool = False) -> Engine:
    """An engine on the station database file (created if missing)."""
    url = "sqlite://" if str(db_path) == ":memory:" else f"sqlite:///{Path(db_path)}"
    # hide_parameters: an error (or echo) shows the SQL but never its values, which are names, notes and contacts
    engine = create_engine(url, echo=echo, hide_parameters=True, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (needed for
        # SAVEPOINTs and for BEGIN IMMEDIATE below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock up front, so two writers never deadlock upgrading a read
        # lock; readers begin deferred and never wait for a writer (WAL).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


def make_session_factory(engine: Engine, write: bool = False) -> sessionmaker[Session]:
    """Sessions for reading, or (write=True) for operations that take the write lock at BEGIN."""
    bind = engine.execution_options(write=True) if write else engine
    return sessionmaker(bind, expire_on_commit=False)
