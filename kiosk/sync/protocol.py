"""The sync protocol between a station and the central server: request and response shapes, limits."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/v1"
MAX_BATCH = 1000  # events per upload request the server takes
DEFAULT_BATCH = 500  # events per upload request the station sends
MAX_PAGE = 1000  # changes per download page the server gives
DEFAULT_PAGE = 500
MAX_PAYLOAD_BYTES = 64 * 1024
MAX_BIGINT = 2**63 - 1

# What a permanent id, an entity id or a station name may look like (ASCII, no spaces).
ID_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}$"
KIND_PATTERN = r"^[a-z][a-z_]{0,30}\.[a-z][a-z_]{0,30}$"
STATION_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z_.-]{0,63}$"

EventStatus = Literal["accepted", "duplicate", "rejected", "conflict"]
ChangeKind = Literal["job", "worker", "revocation", "station_key"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorBody(_Wire):
    """Every refusal (4xx) has this body: a stable code and a sentence for people."""

    code: str
    message: str
    details: list[str] = Field(default_factory=list)


class Health(_Wire):
    status: Literal["ok"]
    server_time: datetime
    api_version: str


class EnrollRequest(_Wire):
    code: str = Field(min_length=1, max_length=64)
    local_station_id: str = Field(default="", max_length=64)
    key_id: str = Field(pattern=r"^[0-9a-f]{8}$")
    public_key: str = Field(min_length=40, max_length=64, description="raw Ed25519 public key, base64")
    software_version: str = Field(default="", max_length=40)
    lookup_key_id: str = Field(default="", pattern=r"^(|[0-9a-f]{16})$", description=(
        "fingerprint of the market lookup key the station already hashes with (empty: none, or the station moves "
        "to this market on purpose); a server whose key differs refuses with 409 other_market, the code unused"))


class EnrollResponse(_Wire):
    station_id: str
    token: str = Field(description="the station's bearer token; shown once, stored only as a hash")
    lookup_key: str | None = Field(default=None, pattern=r"^[A-Za-z0-9+/]{43}=$", description=(
        "the market's lookup-hash key (base64 of 32 bytes) for the keyed ID and phone hashes, the same for every "
        "station so one person matches everywhere; given only here, kept by the station in a 0600 file"))
    server_time: datetime


class EventIn(_Wire):
    """One outbox event as the station sends it; checked one by one, so one bad event never sinks a batch."""

    id: str = Field(max_length=100, description="permanent id made on the station (UUIDv7)")
    kind: str = Field(max_length=100)
    entity_id: str = Field(max_length=100)
    seq: int = Field(ge=0, le=MAX_BIGINT, description="the station's own sequence number")
    created_at: str = Field(max_length=40, description="station wall-clock time, ISO 8601")
    payload: dict[str, Any]


class UploadRequest(_Wire):
    station_id: str | None = Field(default=None, max_length=100,
                                   description="optional; when given it must be the authenticated station")
    events: list[EventIn] = Field(max_length=MAX_BATCH)


class EventResult(_Wire):
    """What became of one event. A re-sent event gets status 'duplicate' and its original receipt."""

    id: str
    status: EventStatus
    code: str = ""
    message: str = ""
    received_at: datetime | None = None
    review: bool = False


class UploadResponse(_Wire):
    results: list[EventResult]
    server_time: datetime


class Change(_Wire):
    """One row to apply on the station; `deleted` marks a tombstone (e.g. a job closed or withdrawn)."""

    kind: str
    id: str
    deleted: bool = False
    data: dict[str, Any]


class ChangesPage(_Wire):
    changes: list[Change]
    cursor: str = Field(description="opaque; send it back to get the changes after this page")
    more: bool
    resync: bool = Field(default=False, description=(
        "the cursor sent was older than deletions this server no longer keeps: this page starts the whole feed "
        "again; after the last page (more: false) the station drops cached rows that did not come"))
    server_time: datetime


# ---- what `Change.data` holds for each kind ---------------------------------------------------------------


class JobData(_Wire):
    id: str
    title: str
    category: str
    employer_name: str = ""
    employer_verified: bool = False
    pay_fen: int
    pay_unit: str
    settlement: str = "daily"
    headcount: int
    filled: int = 0
    starts_at: datetime
    ends_at: datetime
    place: str
    latitude: float | None = None
    longitude: float | None = None
    distance_km: float = 0.0
    urgent: bool = False
    requirements: str = ""
    description: str = ""
    contact_name: str = ""
    min_age: int | None = None
    max_age: int | None = None
    status: str = "open"
    origin: str = "station"  # central | station
    source_station_id: str = ""


class WorkerData(_Wire):
    """Enough to greet a walk-up from another station, find them by ID or phone number (the keyed hashes) and
    match jobs for them: never ID or phone numbers."""

    id: str
    worker_no: str
    name: str
    id_hash: str | None = None
    phone_hash: str | None = None
    birth_year: int | None = None
    gender: str | None = None
    trades: list[str] = Field(default_factory=list)
    wanted: list[str] = Field(default_factory=list)
    days: list[int] = Field(default_factory=list)
    shifts: list[str] = Field(default_factory=list)
    expected_daily_wage: int | None = None
    max_distance_km: float = 10.0
    priority_groups: list[str] = Field(default_factory=list)
    consent_at: datetime | None = None
    consent_version: str = ""
    home_station_id: str
    card_seq: int = 0
    active: bool = True
    registered_at: datetime | None = None


WORKER_FIELDS = tuple(WorkerData.model_fields)


class RevocationData(_Wire):
    worker_id: str
    card_seq: int
    revoked_at: datetime
    station_id: str = ""


class StationKeyData(_Wire):
    key_id: str
    station_id: str
    public_key: str  # base64 of the raw 32-byte Ed25519 key
    revoked: bool = False
    not_after: date | None = None


# ---- the one way both sides turn an event into bytes ------------------------------------------------------


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, no NaN: the same value always gives the same text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def content_hash(station: str, kind: str, entity_id: str, created_at: str, payload_text: str) -> str:
    """What 'the same event' means: same station, kind, entity, time and (canonical) payload text."""
    text = "\n".join((station, kind, entity_id, created_at, payload_text))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
