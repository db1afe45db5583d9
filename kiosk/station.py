"""The station object: settings, database, keys and the way operations are run against them."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.domain.messages import UserError
from kiosk.ops.context import Changes, OpContext
from kiosk.settings import Settings, load_settings, require_station, resolve_home
from kiosk.store import migrate
from kiosk.store.engine import make_engine, make_session_factory
from kiosk.store.pii import PiiVault
from kiosk.sync.state import lookup_key_id

log = logging.getLogger(__name__)
T = TypeVar("T")

class Station:
    """One station's data and identity. Pass it to whoever needs it; there is no global one."""

    def __init__(self, settings: Settings, engine: Engine, vault: PiiVault,
                 clock: Callable[[], datetime] = datetime.now):
        self.settings = settings
        self.engine = engine
        self.vault = vault
        self.clock = clock
        self._sessions = make_session_factory(engine)
        self._write_sessions = make_session_factory(engine, write=True)
        self._signer = None

    @classmethod
    def open(cls, home: str | Path | None = None, clock: Callable[[], datetime] = datetime.now,
             create: bool = True) -> "Station":
        """Open the station in `home`, migrating its database to this version; a new one is made there if
        `create`, else a home without a station is refused (UserError)."""
        if not create:
            require_station(resolve_home(home))
        settings = load_settings(resolve_home(home))
        settings.ensure_dirs()
        engine = make_engine(settings.db_path)
        try:
            migrate.upgrade(engine, settings.backups_dir)
        except Exception:
            engine.dispose()
            raise
        station = cls(settings, engine, PiiVault.open(settings.keys_dir, lookup_key_id(engine)), clock)
        from kiosk.station_code import ensure_prefix

        ensure_prefix(station)  # before enrolment: a worker-number prefix of its own, never ZD01 for all
        return station

    @property
    def id(self) -> str:
        return self.settings.station.id

    @property
    def signer(self):
        """The station's card-signing key (made on first use)."""
        if self._signer is None:
            from kiosk.cards.signer import CardSigner

            self._signer = CardSigner.open(self)
        return self._signer

    def run(self, op: Callable[..., Changes], *args, **kwargs) -> Changes:
        """Run one operation as one transaction: its rows and its outbox event commit together."""
        try:
            with self._write_sessions() as session, session.begin():
                ctx = OpContext(session, self.id, self.settings.station.code, self.clock(), self.vault,
                                self._signer_if_needed(op))
                changes = op(ctx, *args, **kwargs)
        except UserError as refused:
            log.info("refused %s: %s", op.__name__, refused.msg.code)
            raise
        # the audit trail: what happened to which record, by id only (never names, numbers or phones)
        log.info("%s %s%s", changes.kind, changes.entity_id, f" event {changes.event_id}" if changes.event_id else "")
        return changes

    def _signer_if_needed(self, op):
        return self.signer if getattr(op, "needs_signer", False) else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short-lived session for queries (never shared across threads)."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session whose transactions take the write lock at BEGIN (for writes outside an operation)."""
        with self._write_sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
