"""The download feed: latest jobs, workers, revocations and keys, paged after a server-issued cursor."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from kiosk.central.db import CentralStore, upsert
from kiosk.central.models import Counter, FeedEntry
from kiosk.central.retention import pruned_through
from kiosk.sync.protocol import canonical_json

log = logging.getLogger("kiosk.central")
# Jobs, workers and keys go to every station, the one they came from too: a worker's row is the latest profile
# whoever changed it (a visitor edited or given a new card at another station), and the station that sent a change
# gets back what the server made of it (e.g. card numbers merged). Revocations never go back to their station.
TO_EVERY_STATION = ("job", "worker", "station_key")
# server id . last sequence number read [. the pruned-through mark when it was issued, if any tombstone was pruned]
_CURSOR = re.compile(r"^([0-9a-f]{1,32})\.([0-9]{1,18})(?:\.([0-9]{1,18}))?$")


class BadCursor(ValueError):
    """The cursor was not made by any central server."""


class FeedWriter:
    """Collects the rows a write transaction changed and gives them fresh sequence numbers at the end."""

    def __init__(self, session: Session, now: datetime):
        self.session, self.now = session, now
        self._pending: dict[tuple[str, str], tuple[str | None, dict, bool]] = {}

    def put(self, kind: str, entity_id: str, body: dict, origin: str | None, deleted: bool = False) -> None:
        self._pending.pop((kind, entity_id), None)  # re-insert so the order is that of the last change
        self._pending[(kind, entity_id)] = (origin, body, deleted)

    def flush(self) -> int:
        if not self._pending:
            return 0
        start = self.session.scalar(select(Counter.value).where(Counter.name == "feed"))
        rows = [
            {"kind": kind, "entity_id": eid, "seq": start + i, "origin": origin, "deleted": deleted,
             "body": canonical_json(body), "changed_at": self.now}
            for i, ((kind, eid), (origin, body, deleted)) in enumerate(self._pending.items(), 1)
        ]
        self.session.execute(update(Counter).where(Counter.name == "feed").values(value=start + len(rows)))
        upsert(self.session, FeedEntry, rows, ["kind", "entity_id"], ["seq", "origin", "deleted", "body", "changed_at"])
        self._pending.clear()
        return len(rows)


def encode_cursor(server_id: str, seq: int, pruned: int = 0) -> str:
    return f"{server_id}.{seq}.{pruned}" if pruned else f"{server_id}.{seq}"


def decode_cursor(server_id: str, cursor: str, newest: int, pruned: int = 0) -> tuple[int, bool]:
    """(the sequence number after which to read, whether the station must re-download everything).

    A cursor from another (or a restored) server starts over. A cursor issued before tombstones after it were
    pruned starts over too, flagged, so the station drops the cached rows the full download does not carry."""
    if not cursor:
        return 0, False
    m = _CURSOR.match(cursor)
    if not m:
        raise BadCursor(cursor)
    if m.group(1) != server_id:
        return 0, False
    seq, known = int(m.group(2)), int(m.group(3) or 0)
    if seq > newest:
        return 0, False
    if seq < pruned and known < pruned:
        return 0, True
    return seq, False


def read_page(store: CentralStore, station: str, cursor: str, limit: int) -> bytes:
    """One page of changes as the JSON body of a ChangesPage (stored bodies are spliced in, not re-encoded)."""
    with store.snapshot() as s:
        # The counter first: every row at or below it is committed, so a cursor never skips a late commit.
        newest = s.scalar(select(Counter.value).where(Counter.name == "feed")) or 0
        pruned = pruned_through(s)
        after, resync = decode_cursor(store.server_id, cursor, newest, pruned)
        visible = or_(FeedEntry.kind.in_(TO_EVERY_STATION), FeedEntry.origin.is_(None), FeedEntry.origin != station)
        rows = s.execute(
            select(FeedEntry.seq, FeedEntry.kind, FeedEntry.entity_id, FeedEntry.deleted, FeedEntry.body)
            .where(FeedEntry.seq > after, FeedEntry.seq <= newest, visible)
            .order_by(FeedEntry.seq).limit(limit + 1)
        ).all()
    if resync:
        log.info("station %s: its cursor is older than pruned tombstones; sending the whole feed again", station)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].seq if rows else newest
    items = ",".join(
        '{"kind":%s,"id":%s,"deleted":%s,"data":%s}'
        % (json.dumps(r.kind), json.dumps(r.entity_id), "true" if r.deleted else "false", r.body)
        for r in rows
    )
    server_time = store.clock().isoformat() + "Z"
    text = '{"changes":[%s],"cursor":%s,"more":%s,"resync":%s,"server_time":"%s"}' % (
        items, json.dumps(encode_cursor(store.server_id, last, pruned)), "true" if more else "false",
        "true" if resync else "false", server_time)
    return text.encode("utf-8")
