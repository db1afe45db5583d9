"""Tables for people: workers (一人一档), employers, station staff, and contact reveals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, delete, insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.store.base import Base, JsonList, Stamped, id_column


class Worker(Stamped, Base):
    """One profile per person. ID and phone numbers are stored only encrypted, plus a keyed hash."""

    __tablename__ = "worker"

    id: Mapped[str] = id_column()
    worker_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    id_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    contact_is_family: Mapped[bool] = mapped_column(default=False)
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    birth_year: Mapped[int | None]
    gender: Mapped[str | None] = mapped_column(String(8))
    trades: Mapped[list] = mapped_column(JsonList, default=list)
    wanted: Mapped[list] = mapped_column(JsonList, default=list)
    days: Mapped[list] = mapped_column(JsonList, default=list)  # 0=Monday .. 6=Sunday
    shifts: Mapped[list] = mapped_column(JsonList, default=list)
    expected_daily_wage: Mapped[int | None]  # yuan per day
    max_distance_km: Mapped[float] = mapped_column(default=10.0)
    priority_groups: Mapped[list] = mapped_column(JsonList, default=list)
    consent_at: Mapped[datetime | None]
    consent_version: Mapped[str] = mapped_column(String(16), default="")
    consent_by: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    home_station_id: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(12), default="local")  # local | remote
    card_seq: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Employer(Stamped, Base):
    __tablename__ = "employer"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(80), index=True)
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    verified: Mapped[bool] = mapped_column(default=False)
    origin: Mapped[str] = mapped_column(String(12), default="local")


class StaffUser(Stamped, Base):
    """Station staff; the PIN is kept only as a slow salted hash."""

    __tablename__ = "staff_user"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(40), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]


class ContactReveal(Base):
    """Every time staff reveal a worker's phone number, who and when (privacy audit)."""

    __tablename__ = "contact_reveal"

    id: Mapped[str] = id_column()
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    staff: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(40), default="")
    at: Mapped[datetime]


Index("ix_worker_active_origin", Worker.active, Worker.origin)


class WorkerTrade(Base):
    """Which trades a worker does: an index so a call list finds fitting workers without a scan."""

    __tablename__ = "worker_trade"

    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"), primary_key=True)
    trade: Mapped[str] = mapped_column(String(32), primary_key=True)


Index("ix_worker_trade_trade", WorkerTrade.trade, WorkerTrade.worker_id)


def replace_trades(session: Session, profiles: dict[str, tuple[list, list]]) -> None:
    """Rebuild the trade index of these workers (id -> (trades, wanted)): after an edit here or downloaded."""
    if not profiles:
        return
    session.execute(delete(WorkerTrade).where(WorkerTrade.worker_id.in_(list(profiles))))
    rows = [{"worker_id": worker_id, "trade": trade} for worker_id, (trades, wanted) in profiles.items()
            for trade in dict.fromkeys([*trades, *wanted])]
    if rows:
        session.execute(insert(WorkerTrade), rows)
