"""Upload handling: each event checked on its own, stored once by its permanent id, one result per event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from pydantic import BaseModel
from sqlalchemy import select, update

from kiosk.central.db import CentralStore, chunks
from kiosk.central.feed import FeedWriter
from kiosk.central.models import Card, Counter, Event, Station, Worker
from kiosk.central.payloads import PayloadError, check_payload
from kiosk.central.projections import Projector, record_review
from kiosk.sync.protocol import ID_PATTERN, KIND_PATTERN, MAX_PAYLOAD_BYTES, EventIn, EventResult, canonical_json, content_hash

_ID = re.compile(ID_PATTERN)
_KIND = re.compile(KIND_PATTERN)


@dataclass
class Checked:
    """An event after the checks that need no database: its canonical text and hash, or why it is refused."""

    event: EventIn
    error: PayloadError | None = None
    data: BaseModel | None = None
    payload_text: str = ""
    digest: str = ""


def _check(station: str, ev: EventIn) -> Checked:
    try:
        if not _ID.match(ev.id):
            raise PayloadError("bad_id", "the event id is not a permanent id")
        if not _KIND.match(ev.kind):
            raise PayloadError("bad_kind", "the kind is not of the form 'thing.happened'")
        if not _ID.match(ev.entity_id):
            raise PayloadError("bad_entity_id", "the entity id is not a permanent id")
        try:
            datetime.fromisoformat(ev.created_at)
        except ValueError:
            raise PayloadError("bad_time", "created_at is not an ISO 8601 time") from None
        try:
            text = canonical_json(ev.payload)
            size = len(text.encode("utf-8"))
        except (ValueError, UnicodeEncodeError):
            raise PayloadError("bad_payload", "the payload is not plain JSON text (NaN or broken characters)") from None
        if size > MAX_PAYLOAD_BYTES:
            raise PayloadError("too_large", f"the payload is {size} bytes; at most {MAX_PAYLOAD_BYTES}")
        data = check_payload(station, ev.kind, ev.entity_id, ev.payload)
    except PayloadError as exc:
        return Checked(ev, error=exc)
    return Checked(ev, data=data, payload_text=text,
                   digest=content_hash(station, ev.kind, ev.entity_id, ev.created_at, text))


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=timezone.utc) if value is not None else None


def _refused(ev: EventIn, status: str, code: str, text: str) -> EventResult:
    return EventResult(id=ev.id, status=status, code=code, message=text)


def ingest(store: CentralStore, station: str, events: list[EventIn]) -> list[EventResult]:
    """Store the new events of one upload in one transaction and answer for every one of them, in order."""
    checked = [_check(station, ev) for ev in events]
    with store.write() as s:
        now = store.clock()
        ids = sorted({c.event.id for c in checked if c.error is None})
        stored: dict[str, tuple] = {}
        for part in chunks(ids):
            for row in s.execute(select(Event.id, Event.content_hash, Event.received_at, Event.review)
                                 .where(Event.id.in_(part))):
                stored[row.id] = (row.content_hash, row.received_at, row.review)
        homes = _worker_homes(s, checked)
        issuers = _card_issuers(s, checked)
        feed = FeedWriter(s, now)
        projector = Projector(s, feed, now)
        results: list[EventResult | None] = []
        new_rows: list[dict] = []
        for c in checked:
            ev = c.event
            if c.error is not None:
                results.append(_refused(ev, "rejected", c.error.code, str(c.error)))
                continue
            if ev.id in stored:
                digest, received_at = stored[ev.id][:2]
                if digest == c.digest:
                    results.append(None)  # a duplicate: answered below, once its review flag is known
                else:
                    record_review(s, now, "reused_event_id", ev.id, {station}, {"event_id": ev.id, "kind": ev.kind})
                    results.append(_refused(ev, "conflict", "id_reused",
                                            "an event with this id and different content was received before"))
                continue
            home = homes.get(ev.entity_id) if ev.kind == "worker.updated" else None
            if home is not None and ev.payload.get("home_station_id") not in (station, home):
                results.append(_refused(ev, "rejected", "wrong_station", "home_station_id does not match the worker"))
                continue
            if ev.kind.startswith("card."):
                card = (c.data.worker_id, c.data.card_seq)
                if ev.kind == "card.revoked" and issuers.get(card) != station:
                    results.append(_refused(ev, "rejected", "wrong_station",
                                            "only the station that issued a card can revoke it"))
                    continue
                issuers.setdefault(card, station)
            projector.add(ev.id, station, ev.kind, ev.seq, c.data)
            stored[ev.id] = (c.digest, now, False)
            new_rows.append({"id": ev.id, "station": station, "kind": ev.kind, "entity_id": ev.entity_id,
                             "station_seq": ev.seq, "station_time": ev.created_at, "payload": c.payload_text,
                             "content_hash": c.digest, "received_at": now, "result": "accepted", "review": False})
            results.append(None)
        flagged = projector.run()
        new_ids = set()
        for row in new_rows:
            row["review"] = row["id"] in flagged
            stored[row["id"]] = (row["content_hash"], now, row["review"])
            new_ids.add(row["id"])
        if new_rows:
            s.execute(Event.__table__.insert(), sorted(new_rows, key=lambda r: r["id"]))
        feed.flush()
        answered = set()
        for i, (c, result) in enumerate(zip(checked, results)):
            if result is None:
                ev, (_, received_at, review) = c.event, stored[c.event.id]
                first = ev.id in new_ids and ev.id not in answered
                answered.add(ev.id)
                results[i] = EventResult(id=ev.id, status="accepted" if first else "duplicate",
                                         received_at=_utc(received_at), review=review)
        s.execute(update(Counter).where(Counter.name == "received").values(value=Counter.value + len(events)))
        s.execute(update(Station).where(Station.name == station).values(last_seen_at=now))
    return results


def _worker_homes(session, checked: list[Checked]) -> dict[str, str]:
    """The home station of workers that edits in this upload refer to (a station may edit a visitor's profile)."""
    ids = sorted({c.event.entity_id for c in checked if c.error is None and c.event.kind == "worker.updated"})
    homes: dict[str, str] = {}
    for part in chunks(ids):
        homes.update(session.execute(select(Worker.id, Worker.home_station).where(Worker.id.in_(part))).all())
    return homes


def _card_issuers(session, checked: list[Checked]) -> dict[tuple[str, int], str]:
    """Which station issued the cards that revocations in this upload name (a station revokes only its own)."""
    wanted = {(c.data.worker_id, c.data.card_seq) for c in checked
              if c.error is None and c.event.kind == "card.revoked"}
    issuers: dict[tuple[str, int], str] = {}
    for part in chunks(sorted({worker for worker, _ in wanted})):
        for worker, seq, station in session.execute(select(Card.worker_id, Card.card_seq, Card.station)
                                                    .where(Card.worker_id.in_(part))):
            if (worker, seq) in wanted:
                issuers[(worker, seq)] = station
    return issuers
