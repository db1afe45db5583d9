"""Read-only queries for the staff screens: find a worker, their profile (masked), sign-ups and days worked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.validation import mask_id_number, mask_phone, normalise_id_number
from kiosk.store.models import Attendance, Card, Job, OutboxEvent, SignUp, StaffCall, StaffUser, Worker
from kiosk.store.queries import open_jobs_query


@dataclass(frozen=True)
class WorkerRow:
    """One line of a search result."""

    id: str
    worker_no: str
    name: str
    birth_year: int | None
    phone_masked: str


@dataclass(frozen=True)
class CardInfo:
    card_seq: int
    status: str  # active | revoked
    issued_on: date
    expires_on: date


@dataclass(frozen=True)
class WorkerProfile:
    """A worker's profile as staff see it: ID and phone numbers masked."""

    id: str
    worker_no: str
    name: str
    id_masked: str
    phone_masked: str
    contact_is_family: bool
    contact_name: str
    birth_year: int | None
    gender: str | None
    trades: list[str]
    wanted: list[str]
    days: list[int]
    shifts: list[str]
    expected_daily_wage: int | None
    max_distance_km: float
    priority_groups: list[str]
    notes: str
    consent_at: datetime | None
    registered_at: datetime
    card: CardInfo | None  # the newest card, active or not


@dataclass(frozen=True)
class HistoryRow:
    """A sign-up and what came of it (the days worked on that job)."""

    job_title: str
    employer_name: str
    starts_at: datetime
    status: str  # confirmed | waitlisted | cancelled
    via: str
    days_worked: int
    hours: float
    pay_due_fen: int


@dataclass(frozen=True)
class WorkTotals:
    days: int
    hours: float
    pay_due_fen: int


@dataclass(frozen=True)
class OpenJob:
    id: str
    title: str
    employer_name: str
    employer_verified: bool
    category: str
    starts_at: datetime
    ends_at: datetime
    headcount: int
    filled: int
    pay_fen: int
    pay_unit: str
    place: str
    distance_km: float


@dataclass(frozen=True)
class PendingCall:
    id: str
    created_at: datetime
    reason: str
    worker_name: str
    worker_no: str


@dataclass(frozen=True)
class AttentionEvent:
    seq: int
    kind: str
    created_at: datetime
    attempts: int
    result: str
    last_error: str


def staff_names(session: Session) -> list[str]:
    return list(session.scalars(select(StaffUser.name).order_by(StaffUser.created_at, StaffUser.name)))


def _phone_masked(vault, worker: Worker) -> str:
    return mask_phone(vault.decrypt(worker.phone_enc)) if worker.phone_enc else ""


def find_workers(session: Session, vault, text: str, limit: int = 30) -> list[WorkerRow]:
    """Workers by number (whole or its last digits), by name (any part), or by full ID / phone number."""
    text = (text or "").strip()
    if not text:
        return []
    conditions = [Worker.worker_no == text.upper(), Worker.name.contains(text)]
    if re.fullmatch(r"\d{1,5}", text):
        conditions.append(Worker.worker_no.endswith(f"-{int(text):05d}"))
    number = normalise_id_number(text)
    if len(number) == 18:
        conditions.append(Worker.id_hash == vault.lookup_hash("id", number))
    if re.fullmatch(r"1\d{10}", number):
        conditions.append(Worker.phone_hash == vault.lookup_hash("phone", number))
    rows = session.scalars(select(Worker).where(or_(*conditions)).order_by(Worker.worker_no).limit(limit))
    return [WorkerRow(w.id, w.worker_no, w.name, w.birth_year, _phone_masked(vault, w)) for w in rows]


def recent_workers(session: Session, vault, limit: int = 12) -> list[WorkerRow]:
    """The workers registered or changed most recently (what staff most often look for)."""
    rows = session.scalars(select(Worker).order_by(Worker.updated_at.desc(), Worker.worker_no.desc()).limit(limit))
    return [WorkerRow(w.id, w.worker_no, w.name, w.birth_year, _phone_masked(vault, w)) for w in rows]


def worker_profile(session: Session, vault, worker_id: str) -> WorkerProfile | None:
    w = session.get(Worker, worker_id)
    if w is None:
        return None
    card = session.scalar(select(Card).where(Card.worker_id == w.id).order_by(Card.card_seq.desc()).limit(1))
    card_info = CardInfo(card.card_seq, card.status, card.issued_on, card.expires_on) if card else None
    return WorkerProfile(
        id=w.id, worker_no=w.worker_no, name=w.name,
        id_masked=mask_id_number(vault.decrypt(w.id_enc)) if w.id_enc else "",
        phone_masked=_phone_masked(vault, w), contact_is_family=w.contact_is_family, contact_name=w.contact_name,
        birth_year=w.birth_year, gender=w.gender, trades=list(w.trades), wanted=list(w.wanted), days=list(w.days),
        shifts=list(w.shifts), expected_daily_wage=w.expected_daily_wage, max_distance_km=w.max_distance_km,
        priority_groups=list(w.priority_groups), notes=w.notes, consent_at=w.consent_at,
        registered_at=w.created_at, card=card_info,
    )


def worker_history(session: Session, worker_id: str, limit: int = 50) -> list[HistoryRow]:
    """The worker's sign-ups, newest job first, each with the days worked on it (checked out) and the pay due."""
    worked = (
        select(Attendance.signup_id, func.count(func.distinct(Attendance.work_date)).label("days"),
               func.coalesce(func.sum(Attendance.hours), 0.0).label("hours"),
               func.coalesce(func.sum(Attendance.pay_due_fen), 0).label("pay"))
        .where(Attendance.worker_id == worker_id, Attendance.check_out_at.is_not(None))
        .group_by(Attendance.signup_id).subquery()
    )
    rows = session.execute(
        select(Job.title, Job.employer_name, Job.starts_at, SignUp.status, SignUp.via,
               worked.c.days, worked.c.hours, worked.c.pay)
        .join(Job, Job.id == SignUp.job_id)
        .outerjoin(worked, worked.c.signup_id == SignUp.id)
        .where(SignUp.worker_id == worker_id)
        .order_by(Job.starts_at.desc()).limit(limit)
    ).all()
    return [HistoryRow(t, e, s, st, via, d or 0, float(h or 0.0), int(p or 0)) for t, e, s, st, via, d, h, p in rows]


def work_totals(session: Session, worker_id: str) -> WorkTotals:
    days, hours, pay = session.execute(
        select(func.count(func.distinct(Attendance.work_date)), func.coalesce(func.sum(Attendance.hours), 0.0),
               func.coalesce(func.sum(Attendance.pay_due_fen), 0))
        .where(Attendance.worker_id == worker_id, Attendance.check_out_at.is_not(None))  # a day counts once done
    ).one()
    return WorkTotals(int(days or 0), float(hours or 0.0), int(pay or 0))


def open_jobs(session: Session, now: datetime, limit: int = 200) -> list[OpenJob]:
    """Open jobs not yet over, soonest first (the call list's job picker)."""
    jobs = session.scalars(open_jobs_query(now).order_by(Job.starts_at, Job.id).limit(limit))
    return [OpenJob(j.id, j.title, j.employer_name, j.employer_verified, j.category, j.starts_at, j.ends_at,
                    j.headcount, j.filled, j.pay_fen, j.pay_unit, j.place, j.distance_km) for j in jobs]


def pending_staff_calls(session: Session) -> list[PendingCall]:
    """Walk-up "call staff" presses not yet answered, oldest first."""
    rows = session.execute(
        select(StaffCall.id, StaffCall.created_at, StaffCall.reason, Worker.name, Worker.worker_no)
        .outerjoin(Worker, Worker.id == StaffCall.worker_id)
        .where(StaffCall.answered_at.is_(None)).order_by(StaffCall.created_at)
    ).all()
    return [PendingCall(i, at, reason, name or "", no or "") for i, at, reason, name, no in rows]


def attention_events(session: Session, limit: int = 100) -> list[AttentionEvent]:
    """Outbox events the server refused for good: they wait for staff, they are never dropped."""
    rows = session.scalars(select(OutboxEvent).where(OutboxEvent.status == "attention")
                           .order_by(OutboxEvent.seq).limit(limit))
    return [AttentionEvent(e.seq, e.kind, e.created_at, e.attempts, e.result, e.last_error) for e in rows]
