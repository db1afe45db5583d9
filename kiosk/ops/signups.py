"""Sign up for a job and cancel: never a double booking; a full job puts the worker on the waitlist."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.domain.messages import UserError, define, msg
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.jobs import get_job
from kiosk.ops.snapshots import signup_snapshot
from kiosk.ops.workers import get_worker
from kiosk.store.models import SignUp

M_CONFIRMED = define("signup.confirmed", "You are signed up for {title}.", "报名成功：{title}。")
M_WAITLISTED = define(
    "signup.waitlisted",
    "{title} is full. You are number {position} on the waiting list; we will call you if a place frees up.",
    "{title} 已招满。您在候补第 {position} 位，有空位会通知您。",
)
M_ALREADY = define("signup.already", "You are already signed up for {title}.", "您已经报过名了：{title}。")
M_CANCELLED = define("signup.cancelled", "Sign-up for {title} cancelled.", "已取消报名：{title}。")
E_NOT_OPEN = define(
    "signup.job_not_open",
    "This job has closed and takes no more sign-ups. Please choose another job.",
    "这个岗位已停止招人，请选择其他岗位。",
)
E_NO_SIGNUP = define("signup.not_found", "This sign-up was not found. Go back and try again.", "找不到这条报名记录，请返回重试。")


def _live_signup(ctx: OpContext, worker_id: str, job_id: str) -> SignUp | None:
    return ctx.session.scalar(select(SignUp).where(
        SignUp.worker_id == worker_id, SignUp.job_id == job_id, SignUp.status != "cancelled"))


def _waitlist_position(ctx: OpContext, signup: SignUp) -> int:
    rows = ctx.session.scalars(select(SignUp.id).where(
        SignUp.job_id == signup.job_id, SignUp.status == "waitlisted").order_by(SignUp.created_at, SignUp.id))
    return list(rows).index(signup.id) + 1


def sign_up(ctx: OpContext, worker_id: str, job_id: str, via: str = "kiosk") -> Changes:
    """Book a place; when the job is full, join its waitlist. Tapping twice books once."""
    worker = get_worker(ctx, worker_id)
    job = get_job(ctx, job_id)
    existing = _live_signup(ctx, worker.id, job.id)
    if existing is not None:
        return Changes("signup.already", existing.id, frozenset(), {"status": existing.status},
                       msg(M_ALREADY, title=job.title))
    if job.status != "open" or job.ends_at <= ctx.now:
        raise UserError(msg(E_NOT_OPEN), "job_id")
    status = "confirmed" if job.filled < job.headcount else "waitlisted"
    signup = SignUp(id=new_id(), worker_id=worker.id, job_id=job.id, status=status, via=via,
                    station_id=ctx.station_id, created_at=ctx.now, updated_at=ctx.now)
    ctx.session.add(signup)
    if status == "confirmed":
        job.filled += 1
        job.updated_at = ctx.now
    ctx.session.flush()
    event = ctx.emit("signup.created", signup.id, signup_snapshot(signup))
    if status == "confirmed":
        message = msg(M_CONFIRMED, title=job.title)
        detail = {"status": status}
    else:
        position = _waitlist_position(ctx, signup)
        message = msg(M_WAITLISTED, title=job.title, position=position)
        detail = {"status": status, "position": position}
    return Changes("signup.created", signup.id, frozenset({"signup", "job"}), detail, message, event.id)


def cancel_sign_up(ctx: OpContext, signup_id: str) -> Changes:
    """Cancel; a freed place goes to the first worker on the waitlist."""
    signup = ctx.session.get(SignUp, signup_id)
    if signup is None:
        raise UserError(msg(E_NO_SIGNUP), "signup_id")
    job = get_job(ctx, signup.job_id)
    if signup.status == "cancelled":
        return Changes("signup.cancelled", signup.id, frozenset(), {"already": True}, msg(M_CANCELLED, title=job.title))
    was_confirmed = signup.status == "confirmed"
    signup.status = "cancelled"
    signup.updated_at = ctx.now
    event = ctx.emit("signup.cancelled", signup.id, signup_snapshot(signup))
    promoted = None
    if was_confirmed:
        job.filled = max(0, job.filled - 1)
        first = ctx.session.scalar(select(SignUp).where(SignUp.job_id == job.id, SignUp.status == "waitlisted")
                                   .order_by(SignUp.created_at, SignUp.id).limit(1))
        if first is not None and job.status == "open":
            first.status = "confirmed"
            first.updated_at = ctx.now
            job.filled += 1
            promoted = first.id
            ctx.emit("signup.promoted", first.id, signup_snapshot(first))
        job.updated_at = ctx.now
    return Changes("signup.cancelled", signup.id, frozenset({"signup", "job"}), {"promoted": promoted},
                   msg(M_CANCELLED, title=job.title), event.id)
