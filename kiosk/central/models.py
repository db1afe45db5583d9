"""Tables of the central server: stations, events (stored once, forever), projections, the feed, reviews."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.store.base import NAMING


class CentralBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(CentralBase):
    """Facts about this database: its random id (part of every cursor), schema version."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(CentralBase):
    """Row-locked counters: 'feed' hands out feed sequence numbers in commit order; 'received' counts uploads."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Station(CentralBase):
    """An enrolled (or about to be) station. Tokens and codes are kept only as SHA-256 hashes."""

    __tablename__ = "station"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending | active | revoked
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires_at: Mapped[datetime | None]
    local_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]
    enrolled_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]


class StationKey(CentralBase):
    """A station's card-signing public key, handed to every station so cards scan anywhere offline."""

    __tablename__ = "station_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    station: Mapped[str] = mapped_column(String(64), index=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of 32 raw bytes
    revoked: Mapped[bool] = mapped_column(default=False)
    not_after: Mapped[date | None]
    created_at: Mapped[datetime]


class Event(CentralBase):
    """Every fact a station sent, once: the id is the primary key for ever (no time-limited cache)."""

    __tablename__ = "event"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    station_seq: Mapped[int] = mapped_column(BigInteger)
    station_time: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime]
    result: Mapped[str] = mapped_column(String(16), default="accepted")
    review: Mapped[bool] = mapped_column(default=False)


Index("ix_event_station_kind", Event.station, Event.kind)


class FeedEntry(CentralBase):
    """The latest state of one downloadable row; `seq` moves forward each time it changes."""

    __tablename__ = "feed"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    origin: Mapped[str | None] = mapped_column(String(64))  # station it came from; None = the market office
    deleted: Mapped[bool] = mapped_column(default=False)
    body: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime | None]  # the server's clock; tombstones older than the retention are pruned


class Job(CentralBase):
    """Jobs from operators and stations; `filled` is counted from every station's sign-ups."""

    __tablename__ = "job"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin_station: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="open")
    headcount: Mapped[int] = mapped_column(Integer)
    filled: Mapped[int] = mapped_column(Integer, default=0)
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


class Worker(CentralBase):
    __tablename__ = "worker"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    home_station: Mapped[str] = mapped_column(String(64))
    worker_no: Mapped[str | None] = mapped_column(String(64))  # as printed on the card; with home_station, one person
    id_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    card_seq: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64), default="")  # station of the last edit, with its seq
    station_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime]


Index("ix_worker_home_station_worker_no", Worker.home_station, Worker.worker_no)


class _FromStation:
    """A row one station owns; `station_seq` of its last event keeps a late, older event from winning."""

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    station_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SignUp(_FromStation, CentralBase):
    __tablename__ = "signup"

    job_id: Mapped[str] = mapped_column(String(64), index=True)
    worker_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))


class Attendance(_FromStation, CentralBase):
    __tablename__ = "attendance"

    worker_id: Mapped[str] = mapped_column(String(64), index=True)
    job_id: Mapped[str] = mapped_column(String(64))
    check_in_at: Mapped[datetime]
    check_out_at: Mapped[datetime | None]


class Card(CentralBase):
    __tablename__ = "card"

    worker_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    card_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[datetime | None]


class ReviewItem(CentralBase):
    """A fact that was recorded but needs a person to look at it (overlap, over capacity, twin person)."""

    __tablename__ = "review_item"
    __table_args__ = (UniqueConstraint("kind", "subject", name="uq_review_item_kind_subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(200))  # what it is about, e.g. two attendance ids
    stations: Mapped[str] = mapped_column(String(400), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
