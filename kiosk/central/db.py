"""The central server's database: SQLite by default or PostgreSQL by URL, one serialised writer, upserts."""

from __future__ import annotations

import json
import os
import secrets
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import DateTime, Engine, bindparam, create_engine, event, inspect, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from kiosk.central.models import CentralBase, Counter, FeedEntry, Meta, Worker

SQLITE_BUSY_MS = 30_000
SCHEMA_VERSION = "3"  # 2: feed.changed_at (for tombstone retention); 3: worker.worker_no (number clashes)
_PG_SCHEMA_LOCK = 780_2024  # advisory lock id: only one instance creates tables at a time


def utcnow() -> datetime:
    """The server's own clock, as naive UTC (what the tables store)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def central_home() -> Path:
    env = os.environ.get("KIOSK_CENTRAL_HOME")
    if env:
        return Path(env).expanduser().resolve()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "gig-kiosk-central"


def default_url() -> str:
    home = central_home()
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{home / 'central.db'}"


def _sqlite_engine(url: str, immediate: bool) -> Engine:
    engine = create_engine(url, hide_parameters=True,  # errors in the server's log show no personal values
                           connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # an answered upload must survive a power cut
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the lock up front so two writers never deadlock upgrading a read lock.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _add_worker_numbers(conn) -> None:
    """A version 2 database: worker.worker_no (and its index) filled from each worker's stored profile."""
    conn.execute(text("ALTER TABLE worker ADD COLUMN worker_no VARCHAR(64)"))
    for index in Worker.__table__.indexes:
        if "worker_no" in index.columns:
            index.create(conn, checkfirst=True)
    rows = [{"b_id": r.id, "b_no": json.loads(r.body).get("worker_no")} for r in conn.execute(
        select(Worker.id, Worker.body))]
    if rows:
        conn.execute(update(Worker.__table__).where(Worker.__table__.c.id == bindparam("b_id"))
                     .values(worker_no=bindparam("b_no")),
                     rows)


class CentralStore:
    """Engines, sessions and the clock of one central server process (no other state: it can be replicated)."""

    def __init__(self, url: str, clock: Callable[[], datetime] = utcnow):
        self.url = url
        self.clock = clock
        if url.startswith("sqlite"):
            self.engine = _sqlite_engine(url, immediate=True)
            self.read_engine = _sqlite_engine(url, immediate=False)
        else:
            self.engine = create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=8, max_overflow=16)
            self.read_engine = self.engine
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)
        self._server_id: str | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def create_schema(self) -> None:
        """Create missing tables and the fixed rows (safe when several instances start at once)."""
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SCHEMA_LOCK})
            CentralBase.metadata.create_all(conn)
            if "changed_at" not in {c["name"] for c in inspect(conn).get_columns("feed")}:
                # a version 1 database: its feed rows count as changed now, so none is pruned before its time
                conn.execute(text(f"ALTER TABLE feed ADD COLUMN changed_at {DateTime().compile(dialect=conn.dialect)}"))
                conn.execute(update(FeedEntry.__table__).values(changed_at=self.clock()))
            if "worker_no" not in {c["name"] for c in inspect(conn).get_columns("worker")}:
                _add_worker_numbers(conn)
        with self.write() as s:
            if s.get(Meta, "server_id") is None:
                s.add(Meta(key="server_id", value=secrets.token_hex(6)))
            s.merge(Meta(key="schema_version", value=SCHEMA_VERSION))
            for name in ("feed", "received"):
                if s.get(Counter, name) is None:
                    s.add(Counter(name=name, value=0))

    @property
    def server_id(self) -> str:
        if self._server_id is None:
            with self.read() as s:
                self._server_id = s.scalar(select(Meta.value).where(Meta.key == "server_id"))
        return self._server_id

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction. Every writer locks the feed counter first, so writers run one at a time
        and feed sequence numbers become visible in the order they were handed out."""
        with self._writer() as session, session.begin():
            session.execute(select(Counter.value).where(Counter.name == "feed").with_for_update())
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read transaction that sees one moment throughout (a SQLite read transaction always does;
        PostgreSQL needs REPEATABLE READ, else a commit between two reads shows in the second)."""
        with self._reader() as session, session.begin():
            if self.dialect == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def upsert(session: Session, table, rows: list[dict], keys: list[str], update: list[str] | None = None,
           where=None) -> None:
    """Insert rows; on a key clash update `update` columns (or leave the row as it is when None)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(getattr(table, "__table__", table))
    if update:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in update},
                                          where=where)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    session.execute(stmt, rows)


def chunks(items: list, size: int = 400) -> Iterator[list]:
    """Split long IN (...) lists: SQLite and PostgreSQL both cap bound parameters per statement."""
    for i in range(0, len(items), size):
        yield items[i:i + size]
