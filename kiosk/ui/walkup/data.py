"""What the walk-up screens show, read off the UI thread into plain frozen views (no ORM rows cross threads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from kiosk.domain.messages import Msg, define, msg
from kiosk.ops.attendance import EARLY_CHECK_IN
from kiosk.ops.cards import identify
from kiosk.store.job_view import JobView, job_view
from kiosk.store.models import Agreement, Attendance, Job, SignUp, Worker
from kiosk.store.queries import recommend_jobs, urgent_orders

BROWSE_LIMIT = 30
RECOMMEND_LIMIT = 8
M_WORKER_UNKNOWN = "card.worker_not_known"  # defined with the card format
M_INACTIVE = define(
    "card.worker_inactive",
    "Your card is valid, but your profile here is paused. Please ask the staff.",
    "您的卡有效，但您在本站的档案已暂停使用。请找工作人员。",
)


@dataclass(frozen=True)
class Recommended:
    job: JobView
    reasons: tuple[Msg, ...]


@dataclass(frozen=True)
class SignupView:
    id: str
    job: JobView
    status: str  # confirmed | waitlisted
    waitlist_position: int | None
    agreement_signed: bool
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    hours: float | None
    pay_due_fen: int | None
    can_check_in_now: bool


@dataclass(frozen=True)
class WorkerPage:
    worker_id: str
    name: str
    worker_no: str
    today: tuple[SignupView, ...]
    upcoming: tuple[SignupView, ...]
    recommended: tuple[Recommended, ...]


@dataclass(frozen=True)
class ScanOutcome:
    """What a scanned text turned out to be: a status, the message for the worker, and whose page."""

    status: str  # a card status from card_format, or 'worker_unknown'
    msg: Msg
    page: WorkerPage | None = None

    @property
    def ok(self) -> bool:
        return self.page is not None


def _waitlist_position(session, signup: SignUp) -> int:
    ids = list(session.scalars(select(SignUp.id).where(SignUp.job_id == signup.job_id, SignUp.status == "waitlisted")
                               .order_by(SignUp.created_at, SignUp.id)))
    return ids.index(signup.id) + 1 if signup.id in ids else 0


def _signup_view(session, signup: SignUp, job: Job, now: datetime, vault) -> SignupView:
    att = session.scalar(select(Attendance).where(Attendance.signup_id == signup.id,
                                                  Attendance.work_date == now.date()))
    signed = session.scalar(select(Agreement.id).where(Agreement.signup_id == signup.id)) is not None
    window = job.starts_at - EARLY_CHECK_IN <= now <= job.ends_at
    return SignupView(
        signup.id, job_view(job, now, vault), signup.status,
        _waitlist_position(session, signup) if signup.status == "waitlisted" else None, signed,
        att.check_in_at if att else None, att.check_out_at if att else None,
        att.hours if att else None, att.pay_due_fen if att else None,
        signup.status == "confirmed" and window and att is None)


def _runs_on(job: Job, day: date) -> bool:
    return job.starts_at.date() <= day <= job.ends_at.date()


def worker_page(session, worker: Worker, now: datetime, vault=None) -> WorkerPage:
    """Greeting, today's gig, the sign-ups to come and the jobs that fit, for one worker."""
    rows = session.execute(select(SignUp, Job).join(Job, Job.id == SignUp.job_id)
                           .where(SignUp.worker_id == worker.id, SignUp.status != "cancelled")
                           .order_by(Job.starts_at)).all()
    today, upcoming = [], []
    for signup, job in rows:
        if job.ends_at < now and not _runs_on(job, now.date()):
            continue  # past work
        view = _signup_view(session, signup, job, now, vault)
        (today if signup.status == "confirmed" and _runs_on(job, now.date()) else upcoming).append(view)
    recs = recommend_jobs(session, worker, now, limit=RECOMMEND_LIMIT)
    recommended = tuple(Recommended(job_view(r.job, now, vault), tuple(r.reasons)) for r in recs)
    return WorkerPage(worker.id, worker.name, worker.worker_no, tuple(today), tuple(upcoming), recommended)


def load_worker_page(station, worker_id: str) -> WorkerPage | None:
    with station.read() as session:
        worker = session.get(Worker, worker_id)
        return worker_page(session, worker, station.clock(), station.vault) if worker is not None else None


def scan_card(station, text: str) -> ScanOutcome:
    """Identify a scanned text and, for a known worker, load their page in the same trip off the UI thread."""
    now = station.clock()
    with station.read() as session:
        verdict, worker = identify(session, text, now.date())
        if not verdict.ok:
            return ScanOutcome(verdict.status, verdict.msg)
        if worker is None:
            return ScanOutcome("worker_unknown", msg(M_WORKER_UNKNOWN))
        if not worker.active:
            return ScanOutcome("worker_inactive", msg(M_INACTIVE))
        return ScanOutcome("valid", verdict.msg, worker_page(session, worker, now, station.vault))


def browse_jobs(station, limit: int = BROWSE_LIMIT) -> list[JobView]:
    """Open jobs with places left, urgent and soonest first (for a worker without a card)."""
    now = station.clock()
    with station.read() as session:
        return [job_view(j, now, station.vault) for j in urgent_orders(session, now)[:limit]]


def load_job(station, job_id: str, worker_id: str | None = None) -> tuple[JobView | None, SignupView | None]:
    """One job's details, and the worker's live sign-up for it if there is one."""
    now = station.clock()
    with station.read() as session:
        job = session.get(Job, job_id)
        if job is None:
            return None, None
        signup = None
        if worker_id:
            row = session.scalar(select(SignUp).where(SignUp.worker_id == worker_id, SignUp.job_id == job_id,
                                                      SignUp.status != "cancelled"))
            signup = _signup_view(session, row, job, now, station.vault) if row is not None else None
        return job_view(job, now, station.vault), signup


def signup_for(station, signup_id: str) -> SignupView | None:
    with station.read() as session:
        signup = session.get(SignUp, signup_id)
        if signup is None:
            return None
        return _signup_view(session, signup, session.get(Job, signup.job_id), station.clock(), station.vault)
