"""Download: apply pages of changes and commit the server's cursor with the very page it came with."""

from __future__ import annotations

import base64
import binascii
import logging
import math
from collections import Counter, defaultdict
from datetime import datetime

from pydantic import BaseModel, ValidationError
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.sqlite import insert

from kiosk.domain.card_format import key_id_for
from kiosk.ops.workers import NUMBERS_UNCONFIRMED, numbers_seen
from kiosk.store.models import Job, OutboxEvent, RevokedCard, SignUp, StationKey, Worker, WorkerTrade
from kiosk.store.people import replace_trades
from kiosk.sync.protocol import ChangesPage, JobData, RevocationData, StationKeyData, WorkerData
from kiosk.sync.resync import Resync, close_jobs
from kiosk.sync.state import CLOCK_OFFSET, CURSOR, clear_state, get_state, set_state

log = logging.getLogger(__name__)
MAX_PAGES_PER_CYCLE = 5_000
JOB_COPIED = ("title", "category", "employer_name", "employer_verified", "pay_fen", "pay_unit", "settlement",
              "headcount", "starts_at", "ends_at", "place", "latitude", "longitude", "urgent", "requirements",
              "description", "contact_name", "min_age", "max_age", "status", "source_station_id")
JOB_UPDATED = (*JOB_COPIED, "filled", "distance_km", "updated_at")  # never origin, employer_id or contact phone
JOB_COMPARED = JOB_UPDATED[:-1]  # a job whose columns are all as here already is left alone (updated_at too)
WORKER_COPIED = ("worker_no", "name", "id_hash", "phone_hash", "birth_year", "gender", "trades", "wanted", "days", "shifts",
                 "expected_daily_wage", "max_distance_km", "priority_groups", "consent_at", "consent_version",
                 "home_station_id", "card_seq", "active")
# What a station's own worker takes from the server when another station changed them (a visit elsewhere):
# never the worker number, home, consent or ID and phone hashes, which belong to the record kept here with the ID number.
WORKER_PROFILE = ("name", "birth_year", "gender", "trades", "wanted", "days", "shifts", "expected_daily_wage",
                  "max_distance_km", "priority_groups", "active")
_J, _W = Job.__table__, Worker.__table__


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), rounded to 0.1 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return round(2 * 6371.0 * math.asin(math.sqrt(min(1.0, a))), 1)


def _unsent(session, ids: list[str]) -> set[str]:
    """Entities that still have changes here the server has not got: their local row wins for now."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        found.update(session.scalars(select(OutboxEvent.entity_id).distinct().where(
            OutboxEvent.entity_id.in_(ids[i:i + 500]), OutboxEvent.status != "done")))
    return found


def _changed(s, table, rows: list[dict], columns: tuple[str, ...], never_lower: str | None = None) -> list[dict]:
    """The rows that change something here: new ones, or one of `columns` differs. The rest (most often this
    station's own records coming back as it sent them) are neither written nor counted as downloaded.
    `never_lower` names a column the write keeps at its highest, compared that way too."""
    have: dict = {}
    for i in range(0, len(rows), 500):
        part = [r["id"] for r in rows[i:i + 500]]
        have.update((r.id, r) for r in s.execute(select(table.c.id, *(table.c[c] for c in columns))
                                                 .where(table.c.id.in_(part))))
    out = []
    for row in rows:
        old = have.get(row["id"])
        if old is not None and never_lower:
            row = {**row, never_lower: max(row[never_lower], getattr(old, never_lower))}
        if old is None or any(getattr(old, c) != row[c] for c in columns):
            out.append(row)
    return out


def _valid(model: type[BaseModel], changes: list, counts: Counter) -> list:
    out = []
    for ch in changes:
        try:
            out.append((ch, model.model_validate(ch.data)))
        except ValidationError:
            counts["invalid"] += 1
            log.warning("ignored an unreadable %s change from the server", ch.kind)
    return out


def _apply_jobs(s, changes: list, kept: set[str], here, now: datetime, counts: Counter) -> None:
    live = [(ch, d) for ch, d in _valid(JobData, [c for c in changes if not c.deleted], counts) if ch.id not in kept]
    closed = [{"b_id": c.id, "b_status": c.data.get("status") if c.data.get("status") == "cancelled" else "closed",
               "b_at": now} for c in changes if c.deleted and c.id not in kept]
    counts["kept_local"] += sum(c.id in kept for c in changes)
    ids = [ch.id for ch, _ in live]
    local_filled = dict(s.execute(select(SignUp.job_id, func.count()).where(
        SignUp.job_id.in_(ids), SignUp.status == "confirmed").group_by(SignUp.job_id)).all()) if ids else {}
    rows = []
    for ch, d in live:
        row = {f: getattr(d, f) for f in JOB_COPIED}
        distance = d.distance_km
        if here.latitude and here.longitude and d.latitude is not None and d.longitude is not None:
            distance = _km(here.latitude, here.longitude, d.latitude, d.longitude)
        row.update(id=ch.id, employer_id=None, contact_phone_enc=None, distance_km=distance,
                   filled=max(d.filled, local_filled.get(ch.id, 0)),
                   origin="central" if d.origin == "central" else "station", created_at=now, updated_at=now)
        rows.append(row)
    rows = _changed(s, _J, rows, JOB_COMPARED)
    if rows:
        stmt = insert(_J)
        s.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={c: stmt.excluded[c] for c in JOB_UPDATED}),
                  rows)
    if closed:
        s.execute(update(_J).where(_J.c.id == bindparam("b_id"))
                  .values(status=bindparam("b_status"), updated_at=bindparam("b_at")), closed)
    counts["jobs"] += len(rows)
    counts["tombstones"] += len(closed)


def _worker_numbers(s, datas: list[WorkerData], here) -> dict[str, str]:
    """Worker numbers for downloaded workers: a worker of this station keeps the number on their card; a visitor
    gets one that never clashes with this station's own (past or future) numbers."""
    taken = dict(s.execute(select(_W.c.worker_no, _W.c.id).where(
        _W.c.worker_no.in_({d.worker_no for d in datas}))).all())
    numbers = {}
    for d in datas:
        no = d.worker_no
        mine = bool(here.code) and no.startswith(f"{here.code}-") and d.home_station_id != here.id
        if mine or taken.get(no, d.id) != d.id:
            no = f"{no}@{d.home_station_id}"
            if s.scalar(select(_W.c.id).where(_W.c.worker_no == no)) not in (None, d.id) or taken.get(no, d.id) != d.id:
                no = d.id
        taken[no] = d.id
        numbers[d.id] = no
    return numbers


def _apply_workers(s, changes: list, kept: set[str], here, now: datetime, counts: Counter) -> None:
    """Visitors are stored whole; this station's own workers take only their profile. A worker whose home is this
    station but who is not here (registered after the backup a restore went back to) is this station's own
    again: stored `local` under the number on their card, without the ID and phone numbers the server never had,
    and the number sequence moves past it."""
    valid = [(ch, d) for ch, d in _valid(WorkerData, changes, counts) if ch.id not in kept]
    counts["kept_local"] += sum(c.id in kept for c in changes)
    ids = [ch.id for ch, _ in valid]
    own = set(s.scalars(select(_W.c.id).where(_W.c.id.in_(ids), _W.c.origin == "local"))) if ids else set()
    visitors = [(ch, d) for ch, d in valid if ch.id not in own]
    numbers = _worker_numbers(s, [d for _, d in visitors], here)
    rows = []
    for ch, d in visitors:
        row = {f: getattr(d, f) for f in WORKER_COPIED}
        home = d.home_station_id == here.id and "@" not in numbers[ch.id] and numbers[ch.id] != ch.id
        row.update(id=ch.id, worker_no=numbers[ch.id], active=d.active and not ch.deleted, id_enc=None,
                   phone_enc=None, contact_is_family=False, contact_name="", notes="",
                   consent_by="", origin="local" if home else "remote", created_at=d.registered_at or now,
                   updated_at=now)
        rows.append(row)
    rows = _changed(s, _W, rows, (*WORKER_COPIED, "origin"), never_lower="card_seq")
    if rows:
        stmt = insert(_W)
        copied = {c: stmt.excluded[c] for c in (*WORKER_COPIED, "origin", "updated_at")}
        copied["card_seq"] = func.max(stmt.excluded.card_seq, _W.c.card_seq)  # a card made here may still be on its way
        s.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=copied, where=_W.c.origin == "remote"), rows)
        numbers_seen(s, here.code, [r["worker_no"] for r in rows if r["origin"] == "local"])
    mine = _changed(s, _W, [{"id": ch.id, "card_seq": d.card_seq, **{
        f: (d.active and not ch.deleted) if f == "active" else getattr(d, f) for f in WORKER_PROFILE}}
        for ch, d in valid if ch.id in own], ("card_seq", *WORKER_PROFILE), never_lower="card_seq")
    if mine:
        s.execute(update(_W).where(_W.c.id == bindparam("b_id")).values(
            card_seq=func.max(_W.c.card_seq, bindparam("b_card_seq")), updated_at=now,
            **{f: bindparam(f"b_{f}") for f in WORKER_PROFILE}), [{f"b_{k}": v for k, v in m.items()} for m in mine])
    changed = {r["id"] for r in (*rows, *mine)}
    if changed:  # the trade index of everyone call lists can find here: own workers, and visitors edited here
        indexed = {r["id"] for r in (*rows, *mine) if r.get("origin", "local") == "local"} | set(
            s.scalars(select(WorkerTrade.worker_id).where(WorkerTrade.worker_id.in_(changed))))
        replace_trades(s, {ch.id: (d.trades, d.wanted) for ch, d in valid if ch.id in indexed})
    counts["workers"] += len(rows) + len(mine)


def _apply_revocations(s, changes: list, counts: Counter) -> None:
    rows = [{"worker_id": d.worker_id, "card_seq": d.card_seq, "revoked_at": d.revoked_at}
            for _, d in _valid(RevocationData, changes, counts)]
    if rows:
        s.execute(insert(RevokedCard.__table__).on_conflict_do_nothing(), rows)
    counts["revocations"] += len(rows)


def _apply_keys(s, changes: list, counts: Counter) -> None:
    rows = []
    for _, d in _valid(StationKeyData, changes, counts):
        try:
            public = base64.b64decode(d.public_key, validate=True)
        except (binascii.Error, ValueError):
            public = b""
        if len(public) != 32 or key_id_for(public) != d.key_id:
            counts["invalid"] += 1  # a key whose bytes do not match its id is worth nothing
            continue
        rows.append({"key_id": d.key_id, "station_id": d.station_id, "public_key": public, "own": False,
                     "revoked": d.revoked, "not_after": d.not_after})
    if rows:
        stmt = insert(StationKey.__table__)
        s.execute(stmt.on_conflict_do_update(index_elements=["key_id"], set_={
            "revoked": stmt.excluded.revoked, "not_after": stmt.excluded.not_after}), rows)
    counts["keys"] += len(rows)


def _finish_resync(s, resync: Resync, now: datetime, counts: Counter) -> None:
    gone = resync.vanished(s)
    kept = _unsent(s, gone)
    counts["tombstones"] += close_jobs(s, [job_id for job_id in gone if job_id not in kept], now)
    counts["kept_local"] += len(kept)
    counts["resync"] += 1


def apply_page(station, page: ChangesPage, sent_cursor: str, now: datetime, clock_offset: float | None,
               resync: Resync | None = None) -> Counter | None:
    """Apply one page and move the cursor in the same transaction. None if another sync moved it meanwhile.

    During a re-download (`resync`) the cursor stays where it was until the last page, which also closes the
    open jobs the whole feed did not carry (unless they have unsent changes here)."""
    counts: Counter = Counter()
    by_kind: dict[str, list] = defaultdict(list)
    for ch in page.changes:
        by_kind[ch.kind].append(ch)
    with station.read() as s, s.begin():
        if (get_state(s, CURSOR) or "") != sent_cursor:
            return None
        kept = _unsent(s, [c.id for c in (*by_kind["job"], *by_kind["worker"])])
        _apply_jobs(s, by_kind.pop("job", []), kept, station.settings.station, now, counts)
        _apply_workers(s, by_kind.pop("worker", []), kept, station.settings.station, now, counts)
        _apply_revocations(s, by_kind.pop("revocation", []), counts)
        _apply_keys(s, by_kind.pop("station_key", []), counts)
        counts["unknown"] += sum(len(v) for v in by_kind.values())  # kinds from a newer server
        if resync is not None:
            resync.saw(page.changes)
            if not page.more:
                _finish_resync(s, resync, now, counts)
        if resync is None or not page.more:
            set_state(s, CURSOR, page.cursor)
        if not page.more:  # every worker the server holds is here: worker numbers given out here are known again
            clear_state(s, NUMBERS_UNCONFIRMED)
        if clock_offset is not None:
            set_state(s, CLOCK_OFFSET, f"{clock_offset:.3f}")
    return counts


def pull(engine, totals: Counter) -> None:
    """Fetch and apply pages until the server has nothing more (bounded, and stoppable between pages)."""
    with engine.station.read() as s:
        stored = get_state(s, CURSOR) or ""
    cursor, resync = stored, None
    for _ in range(MAX_PAGES_PER_CYCLE):
        engine.check_stop()
        page = engine.call(lambda: engine.client.changes(cursor, engine.page_size))
        if page.resync:
            log.info("the server no longer keeps deletions this station has not seen: downloading everything again")
            resync = Resync()
        counts = apply_page(engine.station, page, stored, engine.clock(), engine.client.clock_offset, resync)
        if counts is None:
            return
        totals.update(counts)
        engine.page_applied(counts)
        cursor = page.cursor
        if resync is None:
            stored = cursor
        if not page.more:
            return
