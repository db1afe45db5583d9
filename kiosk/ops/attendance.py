"""Agreement, check-in and check-out (打卡上班/下班): hours and pay due from the job's pay unit."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select

from kiosk.domain.categories import SETTLEMENTS, find, pay_unit
from kiosk.domain.ids import new_id
from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.pay import hours_between, pay_due_fen, yuan
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.jobs import get_job
from kiosk.ops.snapshots import attendance_snapshot
from kiosk.store.models import Agreement, Attendance, SignUp

EARLY_CHECK_IN = timedelta(hours=2)
MAX_SIGNATURE_BYTES = 512 * 1024

M_SIGNED = define("agreement.signed", "Agreement signed. You can check in now.", "协议已签好，现在可以打卡上班了。")
M_IN = define("attendance.in", "Checked in at {time}. Have a safe day's work.", "{time} 上班打卡成功，注意安全。")
M_OUT = define(
    "attendance.out",
    "Checked out at {time}: {hours} hours, {pay} yuan due.",
    "{time} 下班打卡成功：工作 {hours} 小时，应得 {pay} 元。",
)
M_OUT_PIECES = define(
    "attendance.out_pieces",
    "Checked out at {time}: {hours} hours, {pieces} pieces, {pay} yuan due.",
    "{time} 下班打卡成功：工作 {hours} 小时，完成 {pieces} 件，应得 {pay} 元。",
)
M_ALREADY_IN = define("attendance.already_in", "You checked in already at {time}.", "您已在 {time} 打过上班卡了。")
E_NEED_AGREEMENT = define(
    "attendance.agreement_needed",
    "Before the first check-in, please read and sign the work agreement.",
    "第一次上班打卡前，请先看一下并签署用工协议。",
)
E_NOT_CONFIRMED = define(
    "attendance.not_confirmed",
    "You have no confirmed place on this job, so you cannot check in. Ask staff for help.",
    "您在这个岗位没有确认的名额，无法打卡，请找工作人员。",
)
E_NOT_TODAY = define(
    "attendance.not_today",
    "This job is not on today (it runs {start} to {end}). Check in on the day of work.",
    "这个活不在今天（{start} 至 {end}），请在开工当天打卡。",
)
E_NOT_IN = define("attendance.not_checked_in", "You have not checked in today, so you cannot check out.", "您今天还没有打上班卡，不能打下班卡。")
E_SIGNATURE = define(
    "agreement.signature_missing",
    "Please sign with your finger in the box before continuing.",
    "请先用手指在框内签名，再继续。",
)


def terms_text(job) -> str:
    """The terms snapshot a worker signs (kept with the sign-up, as signed), in words in both languages."""
    unit = pay_unit(job.pay_unit)
    settlement = find(SETTLEMENTS, job.settlement)
    return (
        f"岗位 / Job: {job.title}\n"
        f"雇主 / Employer: {job.employer_name}\n"
        f"工钱 / Pay: {yuan(job.pay_fen)} {unit.per_zh} / {yuan(job.pay_fen)} {unit.per_en}\n"
        f"结算 / Settlement: {settlement.zh} / {settlement.en}\n"
        f"时间 / Hours: {job.starts_at:%Y-%m-%d %H:%M} - {job.ends_at:%Y-%m-%d %H:%M}\n"
        f"地点 / Place: {job.place}\n"
        f"内容 / Work: {job.description or job.title}\n"
        f"要求 / Requirements: {job.requirements or '-'}\n"
        "保险 / Insurance: 上班打卡起当日意外险生效 / day accident cover starts at check-in"
    )


def _signup(ctx: OpContext, signup_id: str) -> SignUp:
    signup = ctx.session.get(SignUp, signup_id)
    if signup is None or signup.status != "confirmed":
        raise UserError(msg(E_NOT_CONFIRMED), "signup_id")
    return signup


def accept_agreement(ctx: OpContext, signup_id: str, signature_png: bytes) -> Changes:
    """Store the signed terms with the sign-up (signing again keeps the first signature)."""
    signup = _signup(ctx, signup_id)
    if not signature_png or len(signature_png) > MAX_SIGNATURE_BYTES:
        raise UserError(msg(E_SIGNATURE), "signature")
    existing = ctx.session.scalar(select(Agreement).where(Agreement.signup_id == signup.id))
    if existing is not None:
        return Changes("agreement.signed", existing.id, frozenset(), {"already": True}, msg(M_SIGNED))
    text = terms_text(get_job(ctx, signup.job_id))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    agreement = Agreement(id=new_id(), signup_id=signup.id, terms_text=text, terms_sha256=digest,
                          signature_png=signature_png, signed_at=ctx.now)
    ctx.session.add(agreement)
    event = ctx.emit("agreement.signed", agreement.id, {
        "id": agreement.id, "signup_id": signup.id, "worker_id": signup.worker_id, "job_id": signup.job_id,
        "terms_sha256": digest, "signed_at": ctx.now.isoformat(), "signature_bytes": len(signature_png)})
    return Changes("agreement.signed", agreement.id, frozenset({"signup"}), {}, msg(M_SIGNED), event.id)


def open_attendance(ctx: OpContext, signup_id: str) -> Attendance | None:
    return ctx.session.scalar(select(Attendance).where(
        Attendance.signup_id == signup_id, Attendance.work_date == ctx.now.date()))


def check_in(ctx: OpContext, signup_id: str) -> Changes:
    signup = _signup(ctx, signup_id)
    job = get_job(ctx, signup.job_id)
    if not (job.starts_at - EARLY_CHECK_IN <= ctx.now <= job.ends_at):
        raise UserError(msg(E_NOT_TODAY, start=f"{job.starts_at:%m-%d %H:%M}", end=f"{job.ends_at:%m-%d %H:%M}"))
    if ctx.session.scalar(select(Agreement.id).where(Agreement.signup_id == signup.id)) is None:
        raise UserError(msg(E_NEED_AGREEMENT), "agreement")
    existing = open_attendance(ctx, signup.id)
    if existing is not None:
        return Changes("attendance.already_in", existing.id, frozenset(), {},
                       msg(M_ALREADY_IN, time=f"{existing.check_in_at:%H:%M}"))
    att = Attendance(id=new_id(), signup_id=signup.id, worker_id=signup.worker_id, job_id=job.id,
                     work_date=ctx.now.date(), check_in_at=ctx.now, insurance_from=ctx.now,
                     station_id=ctx.station_id)
    ctx.session.add(att)
    ctx.session.flush()
    event = ctx.emit("attendance.checked_in", att.id, attendance_snapshot(att))
    return Changes("attendance.checked_in", att.id, frozenset({"attendance"}), {},
                   msg(M_IN, time=f"{ctx.now:%H:%M}"), event.id)


def check_out(ctx: OpContext, signup_id: str, pieces: int | None = None) -> Changes:
    """Check out of today's work: hours worked and pay due, from the job's pay unit."""
    signup = _signup(ctx, signup_id)
    att = open_attendance(ctx, signup.id)
    if att is None:
        raise UserError(msg(E_NOT_IN))
    job = get_job(ctx, signup.job_id)
    if att.check_out_at is None:
        att.check_out_at = ctx.now
        att.hours = hours_between(att.check_in_at, ctx.now)
        att.pieces = pieces
        att.pay_due_fen = pay_due_fen(job.pay_fen, job.pay_unit, att.hours, pieces)
        event_id = ctx.emit("attendance.checked_out", att.id, attendance_snapshot(att)).id
        touched = frozenset({"attendance"})
    else:
        event_id, touched = None, frozenset()  # a second tap shows the same result, records nothing
    detail = {"hours": att.hours, "pay_due_fen": att.pay_due_fen}
    said = dict(time=f"{att.check_out_at:%H:%M}", hours=f"{att.hours:g}", pay=yuan(att.pay_due_fen))
    done = msg(M_OUT_PIECES, pieces=att.pieces, **said) if att.pieces is not None else msg(M_OUT, **said)
    return Changes("attendance.checked_out", att.id, touched, detail, done, event_id)
