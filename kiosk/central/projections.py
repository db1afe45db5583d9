"""What the new events of one upload change (jobs, workers, sign-ups, check-ins, cards) and what they flag.

Work is done per batch, not per event: each table is read once for the ids in the batch and written with
one bulk upsert, so a week's backlog of tens of thousands of events goes in within seconds."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from kiosk.central.db import chunks, upsert
from kiosk.central.feed import FeedWriter
from kiosk.central.models import Attendance, Card, Job, ReviewItem, SignUp, Worker
from kiosk.sync.protocol import WORKER_FIELDS, RevocationData, canonical_json

UNKNOWN_SHIFT = timedelta(hours=8)  # how long a check-in counts as "at work" when neither gig nor check-out is known
ONE_DAY = timedelta(hours=24)
WORKER_KINDS = {"worker.registered", "worker.updated"}
SIGNUP_KINDS = {"signup.created", "signup.cancelled", "signup.promoted"}
ATTENDANCE_KINDS = {"attendance.checked_in", "attendance.checked_out"}
JOB_KINDS = {"job.posted", "job.closed"}
CARD_KINDS = {"card.issued", "card.revoked"}
PROJECTED = WORKER_KINDS | SIGNUP_KINDS | ATTENDANCE_KINDS | JOB_KINDS | CARD_KINDS


def record_review(session: Session, now: datetime, kind: str, subject: str, stations: set[str], detail: dict) -> None:
    """Put a fact on the review list (once per subject; a later sighting refreshes who and what)."""
    upsert(session, ReviewItem, [{"kind": kind, "subject": subject[:200], "stations": ",".join(sorted(stations))[:400],
                                  "detail": canonical_json(detail), "created_at": now, "note": ""}],
           ["kind", "subject"], ["stations", "detail"])


def _fetch(session: Session, columns: list, key, ids) -> dict:
    found = {}
    for part in chunks(sorted(ids)):
        for row in session.execute(select(*columns).where(key.in_(part))):
            found[row[0]] = row._asdict()
    return found


def _keep_hashes(body: dict, cur: dict) -> None:
    before = cur["body"] if isinstance(cur["body"], dict) else json.loads(cur["body"])
    for field in ("id_hash", "phone_hash"):
        if body.get(field) is None:
            body[field] = before.get(field)


class _Pending:
    """One new event waiting to be projected."""

    __slots__ = ("event_id", "station", "kind", "seq", "data")

    def __init__(self, event_id: str, station: str, kind: str, seq: int, data):
        self.event_id, self.station, self.kind, self.seq, self.data = event_id, station, kind, seq, data


class Projector:
    """Collects the new events of one upload, then applies them table by table inside its write transaction."""

    def __init__(self, session: Session, feed: FeedWriter, now: datetime):
        self.session, self.feed, self.now = session, feed, now
        self.pending: dict[str, list[_Pending]] = defaultdict(list)  # kind family -> events, in upload order
        self.touched: dict[str, list[str]] = defaultdict(list)  # entity id -> ids of the events that changed it
        self.flagged: set[str] = set()
        self._count_jobs: set[str] = set()
        self._changed_jobs: set[str] = set()

    def add(self, event_id: str, station: str, kind: str, seq: int, data) -> None:
        if kind in PROJECTED and data is not None:
            self.pending[kind.split(".")[0]].append(_Pending(event_id, station, kind, seq, data))
            self.touched[data.id].append(event_id)

    def run(self) -> set[str]:
        """Apply everything collected; returns the ids of events that raised something for review."""
        self._workers_and_cards()
        self._jobs()
        self._signups()
        self._attendance()
        self._recount()
        return self.flagged

    def _flag(self, *entity_ids: str) -> None:
        for entity_id in entity_ids:
            self.flagged.update(self.touched.get(entity_id, ()))

    # ---- workers and cards -------------------------------------------------------------------------------

    def _workers_and_cards(self) -> None:
        s, cards = self.session, self.pending.pop("card", [])
        issued = [{"worker_id": p.data.worker_id, "card_seq": p.data.card_seq, "station": p.station, "revoked_at": None}
                  for p in cards]
        upsert(s, Card, issued, ["worker_id", "card_seq"])
        revoked = [p for p in cards if p.kind == "card.revoked"]
        upsert(s, Card, [{"worker_id": p.data.worker_id, "card_seq": p.data.card_seq, "station": p.station,
                          "revoked_at": p.data.revoked_at} for p in revoked], ["worker_id", "card_seq"], ["revoked_at"])
        for p in revoked:
            body = RevocationData(worker_id=p.data.worker_id, card_seq=p.data.card_seq, revoked_at=p.data.revoked_at,
                                  station_id=p.station).model_dump(mode="json")
            self.feed.put("revocation", f"{p.data.worker_id}:{p.data.card_seq}", body, origin=p.station)
        newest_card: dict[str, int] = {}
        for p in cards:
            newest_card[p.data.worker_id] = max(p.data.card_seq, newest_card.get(p.data.worker_id, 0))
        events = self.pending.pop("worker", [])
        ids = {p.data.id for p in events} | set(newest_card)
        rows = _fetch(s, [Worker.id, Worker.home_station, Worker.id_hash, Worker.card_seq, Worker.body,
                          Worker.updated_by, Worker.station_seq], Worker.id, ids)
        final: dict[str, dict] = {}
        for p in events:
            cur = final.get(p.data.id) or rows.get(p.data.id)
            if cur is not None and cur["updated_by"] == p.station and cur["station_seq"] > p.seq:
                continue  # an older edit arriving late (e.g. retried after staff fixed it)
            body = p.data.model_dump(mode="json", include=set(WORKER_FIELDS))
            home = cur["home_station"] if cur is not None else p.data.home_station_id
            if cur is not None and p.station != home:
                _keep_hashes(body, cur)  # a visitor edited without their ID or phone number keeps the hashes known
            final[p.data.id] = {"id": p.data.id, "home_station": home, "id_hash": body["id_hash"], "body": body,
                                "card_seq": max(p.data.card_seq, cur["card_seq"] if cur else 0),
                                "updated_by": p.station, "station_seq": p.seq}
        for worker_id, seq in newest_card.items():
            cur = final.get(worker_id) or rows.get(worker_id)
            if cur is not None and seq > cur["card_seq"]:
                final[worker_id] = {**cur, "card_seq": seq}
        earlier = dict(s.execute(select(Card.worker_id, func.max(Card.card_seq)).where(
            Card.worker_id.in_(list(final))).group_by(Card.worker_id)).all()) if final else {}
        for row in final.values():
            body = row["body"] if isinstance(row["body"], dict) else json.loads(row["body"])
            row["card_seq"] = body["card_seq"] = max(row["card_seq"], earlier.get(row["id"], 0))
            body["home_station_id"] = row["home_station"]
            row["body"], row["updated_at"], row["worker_no"] = canonical_json(body), self.now, body.get("worker_no")
            self.feed.put("worker", row["id"], body, origin=row["home_station"])
        upsert(s, Worker, list(final.values()), ["id"],
               ["home_station", "worker_no", "id_hash", "card_seq", "body", "updated_by", "station_seq", "updated_at"])
        self._twins({row["id_hash"] for row in final.values() if row["id_hash"]})
        self._number_clashes({(row["home_station"], row["worker_no"]) for row in final.values() if row["worker_no"]})

    def _twins(self, hashes: set[str]) -> None:
        """One person registered at two stations (same keyed ID hash): recorded, and put on the review list."""
        groups: dict[str, list] = defaultdict(list)
        for part in chunks(sorted(hashes)):
            for row in self.session.execute(select(Worker.id_hash, Worker.id, Worker.home_station)
                                            .where(Worker.id_hash.in_(part))):
                groups[row.id_hash].append(row)
        for id_hash, twins in groups.items():
            if len(twins) > 1:
                record_review(self.session, self.now, "duplicate_person", id_hash, {t.home_station for t in twins},
                              {"workers": sorted(t.id for t in twins)})
                self._flag(*(t.id for t in twins))

    def _number_clashes(self, numbers: set[tuple[str, str]]) -> None:
        """Two workers holding one station's worker number (e.g. a station restored from an old backup gave it out
        again): both are kept, and it goes on the review list, since a printed card carries that number."""
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for home in {h for h, _ in numbers}:
            wanted = sorted(no for h, no in numbers if h == home)
            for part in chunks(wanted):
                for row in self.session.execute(select(Worker.worker_no, Worker.id).where(
                        Worker.home_station == home, Worker.worker_no.in_(part))):
                    groups[(home, row.worker_no)].append(row.id)
        for (home, worker_no), ids in groups.items():
            if len(ids) > 1:
                record_review(self.session, self.now, "worker_no_clash", f"{home}|{worker_no}", {home},
                              {"workers": sorted(ids), "worker_no": worker_no})
                self._flag(*ids)

    # ---- jobs, sign-ups, attendance ------------------------------------------------------------------------

    def _jobs(self) -> None:
        events = self.pending.pop("job", [])
        rows = _fetch(self.session, [Job.id, Job.origin_station, Job.status, Job.headcount, Job.filled, Job.starts_at,
                                     Job.ends_at, Job.body], Job.id, {p.data.id for p in events})
        final: dict[str, dict] = {}
        for p in events:
            cur = final.get(p.data.id) or rows.get(p.data.id)
            if p.kind == "job.closed":
                if cur is None:  # never seen here: still tell the stations it is gone
                    self.feed.put("job", p.data.id, {"id": p.data.id, "status": p.data.status}, None, deleted=True)
                else:
                    final[p.data.id] = {**cur, "status": p.data.status}
                continue
            if cur is not None and cur["origin_station"] != p.station:
                record_review(self.session, self.now, "job_id_clash", p.data.id,
                              {p.station, cur["origin_station"] or "office"}, {"job_id": p.data.id})
                self.flagged.add(p.event_id)
                continue
            body = p.data.model_dump(mode="json", include=set(type(p.data).model_fields))
            body.update(origin="station", source_station_id=p.station)
            final[p.data.id] = {"id": p.data.id, "origin_station": p.station, "status": p.data.status,
                                "headcount": p.data.headcount, "filled": cur["filled"] if cur else 0,
                                "starts_at": p.data.starts_at, "ends_at": p.data.ends_at, "body": body}
        for row in final.values():
            body = row["body"] if isinstance(row["body"], dict) else json.loads(row["body"])
            body["status"] = row["status"]
            row["body"], row["updated_at"] = canonical_json(body), self.now
        upsert(self.session, Job, list(final.values()), ["id"],
               ["origin_station", "status", "headcount", "starts_at", "ends_at", "body", "updated_at"])
        self._count_jobs.update(final)
        self._changed_jobs.update(final)

    def _latest(self, family: str, model, build) -> dict[str, dict]:
        """The newest state of each row from this batch, skipping a station's own older events arriving late."""
        events = self.pending.pop(family, [])
        rows = _fetch(self.session, [model.id, model.station, model.station_seq], model.id, {p.data.id for p in events})
        final: dict[str, dict] = {}
        for p in events:
            cur = final.get(p.data.id) or rows.get(p.data.id)
            if cur is not None and cur["station"] == p.station and cur["station_seq"] > p.seq:
                continue
            final[p.data.id] = {"id": p.data.id, "station": p.station, "station_seq": p.seq, **build(p.data)}
        columns = [c for c in next(iter(final.values()), {}) if c != "id"]
        upsert(self.session, model, list(final.values()), ["id"], columns)
        return final

    def _signups(self) -> None:
        final = self._latest("signup", SignUp, lambda d: {"job_id": d.job_id, "worker_id": d.worker_id,
                                                          "status": d.status})
        self._count_jobs.update(row["job_id"] for row in final.values())

    def _attendance(self) -> None:
        final = self._latest("attendance", Attendance, lambda d: {
            "worker_id": d.worker_id, "job_id": d.job_id, "check_in_at": d.check_in_at,
            "check_out_at": d.check_out_at})
        if not final:
            return
        by_worker: dict[str, list] = defaultdict(list)
        for part in chunks(sorted({row["worker_id"] for row in final.values()})):
            for row in self.session.execute(select(
                    Attendance.id, Attendance.worker_id, Attendance.job_id, Attendance.station, Attendance.check_in_at,
                    Attendance.check_out_at).where(Attendance.worker_id.in_(part))):
                by_worker[row.worker_id].append(row)
        spans = self._spans([r for rows in by_worker.values() for r in rows])
        for att_id, new in final.items():
            mine = spans[att_id]
            for other in by_worker[new["worker_id"]]:
                if other.id == att_id or (other.job_id == new["job_id"]
                                          and other.check_in_at.date() != new["check_in_at"].date()):
                    continue  # itself, or the next day of a multi-day gig
                theirs = spans[other.id]
                if mine[0] < theirs[1] and theirs[0] < mine[1]:
                    pair = sorted((att_id, other.id))
                    record_review(self.session, self.now, "overlapping_check_in", "|".join(pair),
                                  {new["station"], other.station},
                                  {"worker_id": new["worker_id"], "attendance": pair,
                                   "jobs": sorted({new["job_id"], other.job_id})})
                    self._flag(att_id)

    def _spans(self, rows: list) -> dict[str, tuple[datetime, datetime]]:
        """When each check-in was 'at work': its gig's hours if known (a one-day gig), else check-in to out."""
        jobs = _fetch(self.session, [Job.id, Job.starts_at, Job.ends_at], Job.id, {r.job_id for r in rows})
        spans = {}
        for r in rows:
            job = jobs.get(r.job_id)
            if job and job["starts_at"] and job["ends_at"] and job["ends_at"] - job["starts_at"] <= ONE_DAY:
                spans[r.id] = (job["starts_at"], job["ends_at"])
            else:
                spans[r.id] = (r.check_in_at, r.check_out_at or r.check_in_at + UNKNOWN_SHIFT)
        return spans

    def _recount(self) -> None:
        """Recount `filled` for every job whose sign-ups changed; flag jobs over capacity."""
        s, changed = self.session, []
        for ids in chunks(sorted(self._count_jobs)):
            counts = dict(s.execute(select(SignUp.job_id, func.count()).where(
                SignUp.job_id.in_(ids), SignUp.status == "confirmed").group_by(SignUp.job_id)).all())
            for job in s.execute(select(Job.id, Job.filled, Job.headcount, Job.status, Job.body,
                                        Job.origin_station).where(Job.id.in_(ids))):
                filled = counts.get(job.id, 0)
                if filled == job.filled and job.id not in self._changed_jobs:
                    continue
                body = json.loads(job.body)
                body["filled"] = filled
                changed.append({"b_id": job.id, "b_filled": filled, "b_body": canonical_json(body)})
                self.feed.put("job", job.id, body, origin=job.origin_station, deleted=job.status != "open")
                if filled > job.headcount:
                    stations = set(s.scalars(select(SignUp.station).where(SignUp.job_id == job.id,
                                                                         SignUp.status == "confirmed")))
                    record_review(s, self.now, "over_capacity", job.id, stations,
                                  {"job_id": job.id, "headcount": job.headcount, "confirmed": filled})
        if changed:
            t = Job.__table__
            s.execute(update(t).where(t.c.id == bindparam("b_id"))
                      .values(filled=bindparam("b_filled"), body=bindparam("b_body"), updated_at=self.now), changed)


def close_job(session: Session, feed: FeedWriter, now: datetime, job_id: str, status: str) -> bool:
    """Close or withdraw a job; stations get a tombstone. False when the job was never seen here."""
    row = session.get(Job, job_id)
    if row is None:
        feed.put("job", job_id, {"id": job_id, "status": status}, origin=None, deleted=True)
        return False
    body = json.loads(row.body)
    body["status"] = row.status = status
    row.body, row.updated_at = canonical_json(body), now
    feed.put("job", job_id, body, origin=row.origin_station, deleted=True)
    return True
