"""Post and close jobs (urgent orders from employers who walk in)."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.domain.forms import JobForm
from kiosk.domain.ids import new_id
from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.pay import fen_from_yuan
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.snapshots import job_snapshot
from kiosk.store.models import Employer, Job

M_POSTED = define("job.posted", "Order posted: {title}, {headcount} people.", "急单已发布：{title}，招 {headcount} 人。")
M_CLOSED = define("job.closed", "Order closed: {title}.", "订单已关闭：{title}。")
E_NO_JOB = define(
    "job.not_found",
    "This job is no longer on the list. Go back and pick another one.",
    "这个岗位已不在列表中，请返回选择其他岗位。",
)


def _employer(ctx: OpContext, form: JobForm) -> Employer:
    employer = ctx.session.scalar(select(Employer).where(Employer.name == form.employer_name))
    if employer is None:
        employer = Employer(id=new_id(), name=form.employer_name, contact_name=form.contact_name,
                            phone_enc=ctx.vault.encrypt(form.contact_phone), verified=form.employer_verified,
                            origin="local", created_at=ctx.now, updated_at=ctx.now)
        ctx.session.add(employer)
        ctx.emit("employer.saved", employer.id, {"id": employer.id, "name": employer.name,
                                                  "verified": employer.verified})
    elif form.employer_verified and not employer.verified:
        employer.verified = True
        employer.updated_at = ctx.now
        ctx.emit("employer.saved", employer.id, {"id": employer.id, "name": employer.name, "verified": True})
    return employer


M_TWIN = define("job.exists", "This order is already posted: {title}.", "这个订单已经发布过了：{title}。")


def find_twin(ctx: OpContext, form: JobForm) -> Job | None:
    """The same order already posted (same employer, title, start and place): a re-import makes no twin."""
    return ctx.session.scalar(select(Job).where(
        Job.employer_name == form.employer_name, Job.title == form.title, Job.starts_at == form.starts_at,
        Job.place == form.place, Job.status != "cancelled"))


def post_job(ctx: OpContext, form: JobForm, skip_twin: bool = False) -> Changes:
    """Post an order; with skip_twin (ledger imports), an identical order already posted is returned instead."""
    form = form.validated()
    if skip_twin and (twin := find_twin(ctx, form)) is not None:
        return Changes("job.exists", twin.id, frozenset(), {"existing": True}, msg(M_TWIN, title=twin.title))
    employer = _employer(ctx, form)
    job = Job(
        id=new_id(), title=form.title, category=form.category, employer_id=employer.id,
        employer_name=employer.name, employer_verified=employer.verified,
        pay_fen=fen_from_yuan(form.pay_amount), pay_unit=form.pay_unit, settlement=form.settlement,
        headcount=form.headcount, filled=0, starts_at=form.starts_at, ends_at=form.ends_at, place=form.place,
        latitude=form.latitude, longitude=form.longitude, distance_km=form.distance_km, urgent=form.urgent,
        requirements=form.requirements, description=form.description, contact_name=form.contact_name,
        contact_phone_enc=ctx.vault.encrypt(form.contact_phone), min_age=form.min_age, max_age=form.max_age,
        status="open", origin="local", source_station_id=ctx.station_id, created_at=ctx.now, updated_at=ctx.now,
    )
    ctx.session.add(job)
    ctx.session.flush()
    event = ctx.emit("job.posted", job.id, job_snapshot(job))
    return Changes("job.posted", job.id, frozenset({"job"}), {"title": job.title},
                   msg(M_POSTED, title=job.title, headcount=job.headcount), event.id)


def get_job(ctx: OpContext, job_id: str) -> Job:
    job = ctx.session.get(Job, job_id)
    if job is None:
        raise UserError(msg(E_NO_JOB), "job_id")
    return job


def close_job(ctx: OpContext, job_id: str, reason: str = "closed") -> Changes:
    """Close an order (filled elsewhere, cancelled by the employer): it leaves the board and lists."""
    job = get_job(ctx, job_id)
    if job.status != "open":
        return Changes("job.closed", job.id, frozenset(), {"already": True}, msg(M_CLOSED, title=job.title))
    job.status = "cancelled" if reason == "cancelled" else "closed"
    job.updated_at = ctx.now
    event = ctx.emit("job.closed", job.id, {"id": job.id, "status": job.status, "reason": reason[:40]})
    return Changes("job.closed", job.id, frozenset({"job"}), {"status": job.status},
                   msg(M_CLOSED, title=job.title), event.id)
