"""What the server checks in each kind of event before it believes it (types, ids, whose station it is)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from kiosk.sync.protocol import ID_PATTERN, STATION_PATTERN, JobData, WorkerData

SafeId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
StationName = Annotated[str, StringConstraints(pattern=STATION_PATTERN)]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
CardSeq = Annotated[int, Field(ge=0, le=65535)]
Count = Annotated[int, Field(ge=0, le=100_000)]
# Station times are naive local time; an offset, if a station ever sends one, is dropped, not converted.
Naive = Annotated[datetime, AfterValidator(lambda d: d.replace(tzinfo=None))]

STATION_FIELDS = ("station_id", "source_station_id", "home_station_id")


class _Payload(BaseModel):
    model_config = ConfigDict(extra="allow")


class WorkerEvent(WorkerData):
    model_config = ConfigDict(extra="allow")
    id: SafeId
    home_station_id: StationName
    id_hash: Hex64 | None = None
    phone_hash: Hex64 | None = None
    card_seq: CardSeq = 0
    birth_year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    consent_at: Naive | None = None
    registered_at: Naive | None = None


class JobEvent(JobData):
    model_config = ConfigDict(extra="allow")
    id: SafeId
    headcount: Count
    filled: Count = 0
    starts_at: Naive
    ends_at: Naive
    status: Literal["open", "closed", "cancelled"] = "open"


class JobClosed(_Payload):
    id: SafeId
    status: Literal["closed", "cancelled"] = "closed"


class SignUpEvent(_Payload):
    id: SafeId
    job_id: SafeId
    worker_id: SafeId
    status: Literal["confirmed", "waitlisted", "cancelled"]


class AttendanceEvent(_Payload):
    id: SafeId
    job_id: SafeId
    worker_id: SafeId
    check_in_at: Naive
    check_out_at: Naive | None = None


class CardEvent(_Payload):
    id: SafeId
    worker_id: SafeId
    card_seq: CardSeq


class CardRevoked(CardEvent):
    revoked_at: Naive


MODELS: dict[str, type[BaseModel]] = {
    "worker.registered": WorkerEvent,
    "worker.updated": WorkerEvent,
    "job.posted": JobEvent,
    "job.closed": JobClosed,
    "signup.created": SignUpEvent,
    "signup.cancelled": SignUpEvent,
    "signup.promoted": SignUpEvent,
    "attendance.checked_in": AttendanceEvent,
    "attendance.checked_out": AttendanceEvent,
    "card.issued": CardEvent,
    "card.revoked": CardRevoked,
}


class PayloadError(ValueError):
    """The event cannot be believed as sent; `code` is stable, the text is for staff."""

    def __init__(self, code: str, text: str):
        super().__init__(text)
        self.code = code


def _first_error(exc: ValidationError) -> str:
    err = exc.errors(include_input=False)[0]
    where = ".".join(str(p) for p in err.get("loc", ()))
    text = f"{where}: {err.get('msg', 'invalid')}"
    return text.encode("utf-8", "replace").decode("utf-8")[:200]


def check_payload(station: str, kind: str, entity_id: str, payload: dict) -> BaseModel | None:
    """The typed payload of a known kind (None for kinds this server only stores); raises PayloadError."""
    for key in STATION_FIELDS:
        value = payload.get(key)
        if value not in (None, "", station) and not (kind == "worker.updated" and key == "home_station_id"):
            raise PayloadError("wrong_station", f"{key} names another station; a station writes only as itself")
    model = MODELS.get(kind)
    if model is None:
        return None
    try:
        data = model.model_validate(payload)
    except ValidationError as exc:
        raise PayloadError("invalid_payload", _first_error(exc)) from None
    if getattr(data, "id", entity_id) != entity_id:
        raise PayloadError("id_mismatch", "payload id is not the event's entity_id")
    return data
