"""Staff contact with workers: follow-up calls (回访), revealing a phone number (logged), problem reports."""

from __future__ import annotations

from kiosk.domain.categories import CALL_RESULTS, PROBLEM_KINDS
from kiosk.domain.ids import new_id
from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.validation import mask_phone
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.jobs import get_job
from kiosk.ops.signups import sign_up
from kiosk.ops.workers import get_worker
from kiosk.store.models import ContactReveal, FollowUpCall, ProblemReport

M_CALL = define("call.recorded", "Call result saved.", "回访结果已记录。")
M_REPORT = define(
    "report.queued",
    "Thank you. Your report is recorded and will be passed to the market office.",
    "谢谢您。问题已记录，会转交市场管理处处理。",
)
E_RESULT = define("call.bad_result", "Pick one of the call results.", "请选择一个回访结果。")
E_KIND = define("report.bad_kind", "Pick one of the problem types.", "请选择一种问题类型。")
E_NO_PHONE = define("contact.none", "No phone number is on file for this worker.", "这位工友没有登记电话。")


def record_follow_up(ctx: OpContext, job_id: str, worker_id: str, result: str, staff: str = "", note: str = "") -> Changes:
    """Save what came of a call; "signed up" also books the worker onto the job."""
    if result not in {r.code for r in CALL_RESULTS}:
        raise UserError(msg(E_RESULT), "result")
    job = get_job(ctx, job_id)
    worker = get_worker(ctx, worker_id)
    call = FollowUpCall(id=new_id(), job_id=job.id, worker_id=worker.id, result=result, staff=staff[:40],
                        note=note[:500], called_at=ctx.now)
    ctx.session.add(call)
    event = ctx.emit("call.recorded", call.id, {"id": call.id, "job_id": job.id, "worker_id": worker.id,
                                                "result": result, "called_at": ctx.now.isoformat()})
    detail = {}
    if result == "signed_up":
        booked = sign_up(ctx, worker.id, job.id, via="call")
        detail = {"signup": booked.detail, "signup_msg": booked.msg}
    return Changes("call.recorded", call.id, frozenset({"call", "signup", "job"}), detail, msg(M_CALL), event.id)


def reveal_contact(ctx: OpContext, worker_id: str, staff: str, reason: str = "call") -> Changes:
    """Show a worker's phone number to staff; who looked and when is kept (and synced, without the number)."""
    worker = get_worker(ctx, worker_id)
    phone = ctx.vault.decrypt(worker.phone_enc)
    if not phone:
        raise UserError(msg(E_NO_PHONE), "phone")
    reveal = ContactReveal(id=new_id(), worker_id=worker.id, staff=staff[:40], reason=reason[:40], at=ctx.now)
    ctx.session.add(reveal)
    event = ctx.emit("contact.revealed", reveal.id, {"id": reveal.id, "worker_id": worker.id, "staff": staff[:40],
                                                     "reason": reason[:40], "at": ctx.now.isoformat()})
    return Changes("contact.revealed", reveal.id, frozenset({"audit"}),
                   {"phone": phone, "masked": mask_phone(phone), "family": worker.contact_is_family,
                    "contact_name": worker.contact_name}, None, event.id)


def report_problem(ctx: OpContext, job_id: str, kind: str, worker_id: str | None = None) -> Changes:
    if kind not in {k.code for k in PROBLEM_KINDS}:
        raise UserError(msg(E_KIND), "kind")
    job = get_job(ctx, job_id)
    report = ProblemReport(id=new_id(), job_id=job.id, worker_id=worker_id, kind=kind, reported_at=ctx.now)
    ctx.session.add(report)
    event = ctx.emit("problem.reported", report.id, {"id": report.id, "job_id": job.id, "worker_id": worker_id,
                                                     "kind": kind, "at": ctx.now.isoformat()})
    return Changes("problem.reported", report.id, frozenset({"report"}), {}, msg(M_REPORT), event.id)
