"""What every operation is given (session, station, clock, vault) and what it gives back (Changes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kiosk.domain.ids import new_id
from kiosk.domain.messages import Msg
from kiosk.store.models import OutboxEvent
from kiosk.store.pii import PiiVault


@dataclass(frozen=True)
class Changes:
    """A small description of what an operation changed, for the screens that care."""

    kind: str  # e.g. "signup.created"
    entity_id: str
    touched: frozenset[str]  # which kinds of rows changed: "worker", "job", "signup", ...
    detail: dict[str, Any] = field(default_factory=dict)
    msg: Msg | None = None
    event_id: str | None = None


@dataclass
class OpContext:
    """Everything an operation may use. Lives for one action, on one thread."""

    session: Session
    station_id: str
    station_code: str
    now: datetime
    vault: PiiVault
    signer: Any = None  # kiosk.station.CardSigner, for card operations

    def emit(self, kind: str, entity_id: str, payload: dict[str, Any]) -> OutboxEvent:
        """Queue a fact for the central server in the same transaction as the rows it describes."""
        event = OutboxEvent(
            id=new_id(),
            kind=kind,
            entity_id=entity_id,
            payload=payload,
            created_at=self.now,
            status="pending",
            attempts=0,
            last_error="",
            result="",
        )
        self.session.add(event)
        return event
