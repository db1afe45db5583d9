"""What the server holds, for operators and outside checks: counts per station and kind, the review list."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from kiosk.central.db import CentralStore
from kiosk.central.models import Attendance, Card, Counter, Event, FeedEntry, Job, ReviewItem, SignUp, Station, Worker
from kiosk.central.review_text import explain


def stats(store: CentralStore) -> dict:
    """Counts per station and per kind of event, the total stored, and the rows stations can download."""
    with store.read() as s:
        per = s.execute(select(Event.station, Event.kind, func.count()).group_by(Event.station, Event.kind)).all()
        counters = dict(s.execute(select(Counter.name, Counter.value)).all())
        stations = {r.name: r for r in s.scalars(select(Station))}
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        records = {
            "jobs": count(Job),
            "open_jobs": s.scalar(select(func.count()).select_from(Job).where(Job.status == "open")),
            "workers": count(Worker),
            "signups": count(SignUp),
            "attendance": count(Attendance),
            "cards": count(Card),
            "revoked_cards": s.scalar(select(func.count()).select_from(Card).where(Card.revoked_at.is_not(None))),
            "feed_rows": count(FeedEntry),
        }
        review_open = s.scalar(select(func.count()).select_from(ReviewItem).where(ReviewItem.resolved_at.is_(None)))
    by_station: dict[str, dict] = {}
    by_kind: dict[str, int] = {}
    for station, kind, n in per:
        entry = by_station.setdefault(station, {"events": 0, "by_kind": {}})
        entry["events"] += n
        entry["by_kind"][kind] = n
        by_kind[kind] = by_kind.get(kind, 0) + n
    for name, row in stations.items():
        entry = by_station.setdefault(name, {"events": 0, "by_kind": {}})
        entry.update(status=row.status, last_seen_at=row.last_seen_at)
    return {
        "events_total": sum(by_kind.values()),  # distinct events received and stored, each once
        "deliveries_total": counters.get("received", 0),  # every event in every upload, re-sends included
        "by_station": dict(sorted(by_station.items())),
        "by_kind": dict(sorted(by_kind.items())),
        "records": records,
        "review_open": review_open,
    }


def review_items(store: CentralStore, include_resolved: bool = False, item_id: int | None = None) -> list[dict]:
    """The review list (or one item), each with what is wrong in words (review_text.explain)."""
    with store.read() as s:
        q = select(ReviewItem).order_by(ReviewItem.id)
        if not include_resolved:
            q = q.where(ReviewItem.resolved_at.is_(None))
        if item_id is not None:
            q = q.where(ReviewItem.id == item_id)
        return [
            explain(s, {"id": r.id, "kind": r.kind, "subject": r.subject,
                        "stations": [x for x in r.stations.split(",") if x], "detail": json.loads(r.detail or "{}"),
                        "created_at": r.created_at, "resolved_at": r.resolved_at, "note": r.note})
            for r in s.scalars(q)
        ]


def resolve_review(store: CentralStore, item_id: int, note: str = "") -> dict | None:
    """Mark an open item resolved; the item as it was (with its words), or None when there is no such open item."""
    found = review_items(store, item_id=item_id)
    if not found:
        return None
    with store.write() as s:
        row = s.get(ReviewItem, item_id)
        if row is None or row.resolved_at is not None:
            return None
        row.resolved_at, row.note = store.clock(), note[:500]
    return found[0]
