"""Read-side queries the screens and CLI use: recommendations, call lists, today's orders, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from kiosk.domain.matching import JobFit, WorkerFit, daily_pay_fen, score_job, shift_of
from kiosk.domain.messages import Msg, define, msg
from kiosk.store.models import FollowUpCall, Job, OutboxEvent, SignUp, Worker, WorkerTrade

R_PRIORITY = define("match.priority", "In a priority group for extra help", "重点帮扶对象")
R_FREE_DAY = define("match.free_day", "Free on {day}", "{day} 有空")
R_WAGE_OK = define("match.wage_ok", "Pay meets their expectation", "工钱达到期望")
R_CLOSE = define("match.close", "Travels that far ({km} km)", "愿意去这么远（{km} 公里）")
R_TRADE_WORKER = define("match.worker_trade", "Does this trade", "做这个工种")


@dataclass(frozen=True)
class Recommendation:
    job: Job
    score: float
    reasons: list[Msg]


@dataclass(frozen=True)
class CallCandidate:
    worker_id: str
    worker_no: str
    name: str
    score: float
    reasons: list[Msg]
    has_phone: bool


def worker_fit(w: Worker) -> WorkerFit:
    wage = w.expected_daily_wage * 100 if w.expected_daily_wage else None
    return WorkerFit(frozenset(w.trades), frozenset(w.wanted), frozenset(w.days), frozenset(w.shifts), wage,
                     w.max_distance_km)


def job_fit(j: Job) -> JobFit:
    return JobFit(j.category, j.pay_fen, j.pay_unit, j.starts_at, j.ends_at, j.distance_km, j.urgent,
                  j.employer_verified, j.headcount - j.filled)


def open_jobs_query(now: datetime):
    return select(Job).where(Job.status == "open", Job.ends_at > now)


def recommend_jobs(session: Session, worker: Worker, now: datetime, limit: int = 20) -> list[Recommendation]:
    """The open jobs that fit this worker best, each with its top reasons in words.

    Jobs in the worker's trades or wanted work are scored first (an index makes this cheap even with
    tens of thousands of open jobs); other nearby jobs only fill the list when those run short.
    """
    fit = worker_fit(worker)
    base = open_jobs_query(now).where(Job.distance_km <= fit.max_distance_km)
    booked = select(SignUp.job_id).where(SignUp.worker_id == worker.id, SignUp.status != "cancelled")
    base = base.where(Job.id.not_in(booked))
    wanted = fit.trades | fit.wanted
    candidates = list(session.scalars(base.where(Job.category.in_(wanted)))) if wanted else []
    if len(candidates) < limit:
        others = base.where(Job.category.not_in(wanted)).order_by(Job.urgent.desc(), Job.starts_at).limit(limit * 3)
        candidates += list(session.scalars(others))
    scored = []
    for job in candidates:
        score, reasons = score_job(fit, job_fit(job), now)
        if score >= 0:
            scored.append(Recommendation(job, score, reasons))
    scored.sort(key=lambda r: (-r.score, r.job.starts_at))
    return scored[:limit]


def call_list(session: Session, job: Job, now: datetime, limit: int = 50) -> list[CallCandidate]:
    """Registered workers who fit a job, best first; those booked at that time or already asked are left out."""
    busy = (
        select(SignUp.worker_id)
        .join(Job, Job.id == SignUp.job_id)
        .where(SignUp.status == "confirmed", Job.starts_at < job.ends_at, Job.ends_at > job.starts_at)
    )
    declined = select(FollowUpCall.worker_id).where(
        FollowUpCall.job_id == job.id, FollowUpCall.result.in_(("not_interested", "signed_up")))
    on_job = select(SignUp.worker_id).where(SignUp.job_id == job.id, SignUp.status != "cancelled")
    rows = session.execute(
        select(Worker.id, Worker.worker_no, Worker.name, Worker.days, Worker.shifts, Worker.expected_daily_wage,
               Worker.max_distance_km, Worker.priority_groups, Worker.phone_enc.is_not(None))
        .join(WorkerTrade, and_(WorkerTrade.worker_id == Worker.id, WorkerTrade.trade == job.category))
        .where(Worker.active.is_(True), Worker.max_distance_km >= job.distance_km,
               Worker.id.not_in(busy), Worker.id.not_in(declined), Worker.id.not_in(on_job))
    ).all()
    weekday, shift = job.starts_at.weekday(), shift_of(job.starts_at)
    hours = (job.ends_at - job.starts_at).total_seconds() / 3600

    day_pay = daily_pay_fen(job.pay_fen, job.pay_unit, hours)
    scored = []
    for wid, wno, name, days, shifts, wage, max_km, groups, callable_here in rows:
        score = 50.0
        if days:
            score += 15 if weekday in days else -25
        if shifts and shift in shifts:
            score += 8
        if wage and day_pay:
            score += 12 if day_pay >= wage * 100 else -30 * (1 - day_pay / (wage * 100))
        score += 10 * max(0.0, 1 - job.distance_km / max(max_km, 0.1))
        if groups:
            score += 6
        if not callable_here:  # no phone number kept here (a visitor's hash alone cannot be dialled)
            score -= 50  # cannot be called; still listed last so staff know they exist
        scored.append((score, wid, wno, name, days, wage, groups, callable_here))
    scored.sort(key=lambda r: -r[0])
    out = []
    for score, wid, wno, name, days, wage, groups, callable_here in scored[:limit]:
        reasons = [msg(R_TRADE_WORKER)]
        if days and weekday in days:
            reasons.append(msg(R_FREE_DAY, day=job.starts_at.strftime("%m-%d")))
        if wage and day_pay >= wage * 100:
            reasons.append(msg(R_WAGE_OK))
        if groups:
            reasons.append(msg(R_PRIORITY))
        out.append(CallCandidate(wid, wno, name, score, reasons[:3], bool(callable_here)))
    return out


def worker_by_no(session: Session, worker_no: str) -> Worker | None:
    return session.scalar(select(Worker).where(Worker.worker_no == worker_no))


def urgent_orders(session: Session, now: datetime, categories: list[str] | None = None) -> list[Job]:
    """Today's urgent orders for the wall board: open, not yet over, most urgent and soonest first."""
    q = open_jobs_query(now).where(Job.filled < Job.headcount)
    if categories:
        q = q.where(Job.category.in_(categories))
    return list(session.scalars(q.order_by(Job.urgent.desc(), Job.starts_at, Job.id)))


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    oldest_pending_at: datetime | None
    attention: int
    done: int


def outbox_status(session: Session) -> OutboxStatus:
    rows = dict(session.execute(select(OutboxEvent.status, func.count()).group_by(OutboxEvent.status)).all())
    oldest = session.scalar(select(func.min(OutboxEvent.created_at)).where(OutboxEvent.status == "pending"))
    return OutboxStatus(rows.get("pending", 0), oldest, rows.get("attention", 0), rows.get("done", 0))
