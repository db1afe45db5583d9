"""Tables for what leaves and enters the station: outbox, sync state, cards, keys, revocations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.store.base import Base, JsonDict, id_column


class OutboxEvent(Base):
    """A fact to send to the central server, written in the same transaction as the rows it describes.

    `seq` is the station's own sequence number (upload order); `id` is the permanent id the
    server deduplicates on, forever.
    """

    __tablename__ = "outbox_event"
    __table_args__ = {"sqlite_autoincrement": True}  # a sequence number is never reused

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    payload: Mapped[dict] = mapped_column(JsonDict)
    created_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending | done | attention
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(16), default="")  # accepted | duplicate | rejected | conflict
    done_at: Mapped[datetime | None]


Index("ix_outbox_status_seq", OutboxEvent.status, OutboxEvent.seq)


class SyncState(Base):
    """Small key/value facts about sync: the server's cursor, clock offset, last success and error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Card(Base):
    """A worker card issued here; reissuing makes a new card_seq and revokes the old card."""

    __tablename__ = "card"

    id: Mapped[str] = id_column()
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    card_seq: Mapped[int]
    key_id: Mapped[str] = mapped_column(String(16))
    issued_on: Mapped[date]
    expires_on: Mapped[date]
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="active")  # active | revoked
    revoked_at: Mapped[datetime | None]


class StationKey(Base):
    """A card-signing public key: this station's own, or another station's learned from the server."""

    __tablename__ = "station_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    own: Mapped[bool] = mapped_column(default=False)
    revoked: Mapped[bool] = mapped_column(default=False)
    not_after: Mapped[date | None]


class RevokedCard(Base):
    """Cards that must be refused everywhere (lost, reissued), learned locally or from the server."""

    __tablename__ = "revoked_card"

    worker_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    card_seq: Mapped[int] = mapped_column(primary_key=True)
    revoked_at: Mapped[datetime]


class StaffCall(Base):
    """A walk-up worker pressed "call staff"; staff see it until they answer it."""

    __tablename__ = "staff_call"

    id: Mapped[str] = id_column()
    reason: Mapped[str] = mapped_column(String(40), default="help")
    worker_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


class Visit(Base):
    """A walk-up at the kiosk (card scanned, or jobs browsed without a card): the bureau counts visits."""

    __tablename__ = "visit"

    id: Mapped[str] = id_column()
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # card | browse
    at: Mapped[datetime] = mapped_column(index=True)
    station_id: Mapped[str] = mapped_column(String(64))
