"""What each kind of event changes on the server (jobs, workers, sign-ups, check-ins, cards) and what it flags."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.central.db import chunks, upsert
from kiosk.central.feed import FeedWriter
from kiosk.central.models import Attendance, Card, Job, ReviewItem, SignUp, Worker
from kiosk.central.payloads import AttendanceEvent, CardEvent, CardRevoked, JobClosed, JobEvent, SignUpEvent, WorkerEvent
from kiosk.sync.protocol import WORKER_FIELDS, RevocationData, canonical_json

UNKNOWN_SHIFT = timedelta(hours=8)
ONE_DAY = timedelta(hours=24)  # how long a check-in counts as "at work" when neither job nor check-out is known


def record_review(session: Session, now: datetime, kind: str, subject: str, stations: set[str], detail: dict) -> None:
    """Put a fact on the review list (once per subject; a later sighting refreshes who and what)."""
    upsert(session, ReviewItem, [{"kind": kind, "subject": subject[:200], "stations": ",".join(sorted(stations))[:400],
                                  "detail": canonical_json(detail), "created_at": now, "note": ""}],
           ["kind", "subject"], ["stations", "detail"])


class Projector:
    """Applies the new events of one upload (in order) inside its write transaction."""

    def __init__(self, session: Session, feed: FeedWriter, now: datetime):
        self.session = session
        self.feed = feed
        self.now = now
        self._count_jobs: set[str] = set()
        self._posted: set[str] = set()

    def apply(self, station: str, kind: str, seq: int, data) -> bool:
        """Project one event; True when it raised something for the review list."""
        handler = _HANDLERS.get(kind)
        return bool(handler(self, station, seq, data)) if handler else False

    # ---- workers and cards -------------------------------------------------------------------------------

    def worker(self, station: str, seq: int, data: WorkerEvent) -> bool:
        s = self.session
        row = s.get(Worker, data.id)
        if row is not None and row.updated_by == station and row.station_seq > seq:
            return False  # an older edit arriving late (e.g. retried after staff fixed it)
        cards = s.scalar(select(func.max(Card.card_seq)).where(Card.worker_id == data.id)) or 0
        body = data.model_dump(mode="json", include=set(WORKER_FIELDS))
        body["card_seq"] = max(data.card_seq, cards, row.card_seq if row else 0)
        home = row.home_station if row is not None else data.home_station_id
        body["home_station_id"] = home
        if row is None:
            row = Worker(id=data.id, home_station=home)
            s.add(row)
        row.id_hash, row.card_seq, row.body = data.id_hash, body["card_seq"], canonical_json(body)
        row.updated_by, row.station_seq, row.updated_at = station, seq, self.now
        self.feed.put("worker", data.id, body, origin=home)
        if not data.id_hash:
            return False
        s.flush()
        twins = s.execute(select(Worker.id, Worker.home_station).where(Worker.id_hash == data.id_hash)).all()
        if len(twins) < 2:
            return False
        record_review(s, self.now, "duplicate_person", data.id_hash, {t.home_station for t in twins},
                      {"workers": sorted(t.id for t in twins)})
        return True

    def card_issued(self, station: str, seq: int, data: CardEvent) -> bool:
        upsert(self.session, Card, [{"worker_id": data.worker_id, "card_seq": data.card_seq, "station": station,
                                     "revoked_at": None}], ["worker_id", "card_seq"])
        row = self.session.get(Worker, data.worker_id)
        if row is not None and data.card_seq > row.card_seq:
            body = _loads(row.body)
            body["card_seq"] = row.card_seq = data.card_seq
            row.body, row.updated_at = canonical_json(body), self.now
            self.feed.put("worker", row.id, body, origin=row.home_station)
        return False

    def card_revoked(self, station: str, seq: int, data: CardRevoked) -> bool:
        upsert(self.session, Card, [{"worker_id": data.worker_id, "card_seq": data.card_seq, "station": station,
                                     "revoked_at": data.revoked_at}], ["worker_id", "card_seq"], ["revoked_at"])
        body = RevocationData(worker_id=data.worker_id, card_seq=data.card_seq, revoked_at=data.revoked_at,
                              station_id=station).model_dump(mode="json")
        self.feed.put("revocation", f"{data.worker_id}:{data.card_seq}", body, origin=station)
        return False

    # ---- jobs, sign-ups, attendance ------------------------------------------------------------------------

    def job_posted(self, station: str, seq: int, data: JobEvent) -> bool:
        row = self.session.get(Job, data.id)
        if row is not None and row.origin_station != station:
            record_review(self.session, self.now, "job_id_clash", data.id, {station, row.origin_station or "office"},
                          {"job_id": data.id})
            return True
        body = data.model_dump(mode="json", include=set(JobEvent.model_fields))
        body.update(origin="station", source_station_id=station)
        if row is None:
            row = Job(id=data.id, origin_station=station, filled=0)
            self.session.add(row)
        row.status, row.headcount, row.starts_at, row.ends_at = data.status, data.headcount, data.starts_at, data.ends_at
        row.body, row.updated_at = canonical_json(body), self.now
        self._count_jobs.add(data.id)
        self._posted.add(data.id)
        return False

    def job_closed(self, station: str, seq: int, data: JobClosed) -> bool:
        close_job(self.session, self.feed, self.now, data.id, data.status)
        self._posted.discard(data.id)
        return False

    def signup(self, station: str, seq: int, data: SignUpEvent) -> bool:
        row = self.session.get(SignUp, data.id)
        if row is not None and row.station == station and row.station_seq > seq:
            return False
        if row is None:
            row = SignUp(id=data.id, station=station)
            self.session.add(row)
        row.job_id, row.worker_id, row.status, row.station_seq = data.job_id, data.worker_id, data.status, seq
        self._count_jobs.add(data.job_id)
        return False

    def attendance(self, station: str, seq: int, data: AttendanceEvent) -> bool:
        s = self.session
        row = s.get(Attendance, data.id)
        if row is not None and row.station == station and row.station_seq > seq:
            return False
        if row is None:
            row = Attendance(id=data.id, station=station)
            s.add(row)
        row.worker_id, row.job_id, row.check_in_at = data.worker_id, data.job_id, data.check_in_at
        row.check_out_at, row.station_seq = data.check_out_at, seq
        s.flush()
        others = s.scalars(select(Attendance).where(Attendance.worker_id == data.worker_id,
                                                    Attendance.id != data.id)).all()
        if not others:
            return False
        spans = _spans(s, [row, *others])
        mine = spans[row.id]
        flagged = False
        for other in others:
            theirs = spans[other.id]
            if other.job_id == row.job_id and other.check_in_at.date() != row.check_in_at.date():
                continue  # the next day of a multi-day job
            if mine[0] < theirs[1] and theirs[0] < mine[1]:
                pair = sorted((row.id, other.id))
                record_review(s, self.now, "overlapping_check_in", "|".join(pair), {row.station, other.station},
                              {"worker_id": data.worker_id, "attendance": pair,
                               "jobs": sorted({row.job_id, other.job_id})})
                flagged = True
        return flagged

    def finish(self) -> None:
        """Recount `filled` for every job whose sign-ups changed; flag jobs over capacity."""
        s = self.session
        for ids in chunks(sorted(self._count_jobs)):
            counts = dict(s.execute(select(SignUp.job_id, func.count()).where(
                SignUp.job_id.in_(ids), SignUp.status == "confirmed").group_by(SignUp.job_id)).all())
            for job in s.scalars(select(Job).where(Job.id.in_(ids))):
                filled = counts.get(job.id, 0)
                if filled == job.filled and job.id not in self._posted:
                    continue
                body = _loads(job.body)
                body["filled"] = job.filled = filled
                job.body, job.updated_at = canonical_json(body), self.now
                self.feed.put("job", job.id, body, origin=job.origin_station, deleted=job.status != "open")
                if filled > job.headcount:
                    record_review(s, self.now, "over_capacity", job.id, _signup_stations(s, job.id),
                                  {"job_id": job.id, "headcount": job.headcount, "confirmed": filled})


def close_job(session: Session, feed: FeedWriter, now: datetime, job_id: str, status: str) -> bool:
    """Close or withdraw a job; stations get a tombstone. False when the job was never seen here."""
    row = session.get(Job, job_id)
    if row is None:
        feed.put("job", job_id, {"id": job_id, "status": status}, origin=None, deleted=True)
        return False
    body = _loads(row.body)
    body["status"] = row.status = status
    row.body, row.updated_at = canonical_json(body), now
    feed.put("job", job_id, body, origin=row.origin_station, deleted=True)
    return True


def _signup_stations(session: Session, job_id: str) -> set[str]:
    return set(session.scalars(select(SignUp.station).where(SignUp.job_id == job_id, SignUp.status == "confirmed")))


def _spans(session: Session, rows: list[Attendance]) -> dict[str, tuple[datetime, datetime]]:
    """When each attendance row was 'at work': its gig's hours if known (a one-day gig), else check-in to out."""
    jobs = {j.id: j for j in session.scalars(select(Job).where(Job.id.in_({r.job_id for r in rows})))}
    spans = {}
    for r in rows:
        job = jobs.get(r.job_id)
        if job is not None and job.starts_at and job.ends_at and job.ends_at - job.starts_at <= ONE_DAY:
            spans[r.id] = (job.starts_at, job.ends_at)
        else:
            spans[r.id] = (r.check_in_at, r.check_out_at or r.check_in_at + UNKNOWN_SHIFT)
    return spans


def _loads(text: str) -> dict:
    return json.loads(text)


_HANDLERS = {
    "worker.registered": Projector.worker,
    "worker.updated": Projector.worker,
    "card.issued": Projector.card_issued,
    "card.revoked": Projector.card_revoked,
    "job.posted": Projector.job_posted,
    "job.closed": Projector.job_closed,
    "signup.created": Projector.signup,
    "signup.cancelled": Projector.signup,
    "signup.promoted": Projector.signup,
    "attendance.checked_in": Projector.attendance,
    "attendance.checked_out": Projector.attendance,
}
