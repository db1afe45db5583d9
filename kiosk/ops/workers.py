"""Register and update workers (一人一档): one profile per person, never a twin."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.domain.forms import CONSENT_VERSION, WorkerForm
from kiosk.domain.ids import new_id
from kiosk.domain.messages import UserError, define, msg
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.snapshots import worker_snapshot
from kiosk.store.models import SyncState, Worker
from kiosk.store.people import replace_trades

M_EXISTS = define(
    "worker.exists",
    "{name} is already registered as {worker_no}. Showing the existing profile.",
    "{name} 已登记过（编号 {worker_no}），已为您打开原档案。",
)
M_REGISTERED = define("worker.registered", "{name} registered as {worker_no}.", "{name} 登记成功，编号 {worker_no}。")
M_UPDATED = define("worker.updated", "Profile of {name} saved.", "{name} 的档案已保存。")
NEXT_WORKER_SEQ = "next_worker_seq"  # SyncState key: the next number to try under the station's code
# SyncState key set by `kiosk restore` of an enrolled station, cleared when a download reaches the end of the feed:
# until then the server may hold numbers this station gave out after the backup (docs/sync.md, "Restored stations")
NUMBERS_UNCONFIRMED = "worker_numbers_unconfirmed"
E_NO_WORKER = define(
    "worker.not_found",
    "This worker is not on this station's list. Ask staff to look them up.",
    "本站找不到这位工友的档案，请找工作人员查询。",
)
E_RESTORED = define(
    "worker.numbers_unconfirmed",
    "This station was restored from a backup: sync with the central server once (kiosk sync --once) before "
    "registering anyone, so that no worker number already on a card is given out again.",
    "本站刚从备份恢复：请先与中心服务器同步一次（kiosk sync --once）再登记新工友，以免发出别人卡上已有的编号。",
)


def find_duplicate(ctx: OpContext, form: WorkerForm) -> Worker | None:
    """The person already on file: the same ID number, or the same name with the same phone."""
    s = ctx.session
    if form.id_number:
        hit = s.scalar(select(Worker).where(Worker.id_hash == ctx.vault.lookup_hash("id", form.id_number)))
        if hit is not None:
            return hit
    if form.phone:
        phone_hash = ctx.vault.lookup_hash("phone", form.phone)
        return s.scalar(select(Worker).where(Worker.phone_hash == phone_hash, Worker.name == form.name))
    return None


def _number_seq(station_code: str, worker_no: str) -> int | None:
    """The sequence part of one of this station's own numbers (ZD01-00042 -> 42), else None."""
    head, _, tail = worker_no.rpartition("-")
    return int(tail) if head == station_code and tail.isdigit() else None


def _next_worker_no(ctx: OpContext) -> str:
    """The next free worker number here, e.g. ZD01-00042 (skips numbers already taken, e.g. by a restore)."""
    if ctx.session.get(SyncState, NUMBERS_UNCONFIRMED) is not None:
        raise UserError(msg(E_RESTORED), "worker_no")
    row = ctx.session.get(SyncState, NEXT_WORKER_SEQ)
    if row is None:
        row = SyncState(key=NEXT_WORKER_SEQ, value="1")
        ctx.session.add(row)
    n = int(row.value)
    while ctx.session.scalar(select(Worker.id).where(Worker.worker_no == f"{ctx.station_code}-{n:05d}")):
        n += 1
    row.value = str(n + 1)
    return f"{ctx.station_code}-{n:05d}"


def numbers_seen(session, station_code: str, worker_nos) -> None:
    """Move the number sequence past the highest of this station's own numbers in `worker_nos` (workers of this
    station that came back from the server, e.g. registered here after the backup a restore went back to)."""
    seen = [n for no in worker_nos if (n := _number_seq(station_code, no)) is not None]
    if not seen:
        return
    row = session.get(SyncState, NEXT_WORKER_SEQ)
    if row is None:
        session.add(SyncState(key=NEXT_WORKER_SEQ, value=str(max(seen) + 1)))
    elif int(row.value) <= max(seen):
        row.value = str(max(seen) + 1)


def _set_trades(ctx: OpContext, worker: Worker) -> None:
    replace_trades(ctx.session, {worker.id: (worker.trades, worker.wanted)})


def _apply(ctx: OpContext, worker: Worker, form: WorkerForm) -> None:
    worker.name = form.name
    worker.id_enc = ctx.vault.encrypt(form.id_number)
    worker.id_hash = ctx.vault.lookup_hash("id", form.id_number)
    worker.phone_enc = ctx.vault.encrypt(form.phone)
    worker.phone_hash = ctx.vault.lookup_hash("phone", form.phone)
    worker.contact_is_family = form.contact_is_family
    worker.contact_name = form.contact_name
    worker.birth_year = form.birth_year
    worker.gender = form.gender
    worker.trades = form.trades
    worker.wanted = form.wanted
    worker.days = form.days
    worker.shifts = form.shifts
    worker.expected_daily_wage = form.expected_daily_wage
    worker.max_distance_km = form.max_distance_km
    worker.priority_groups = form.priority_groups
    worker.notes = form.notes
    worker.updated_at = ctx.now


def register_worker(ctx: OpContext, form: WorkerForm) -> Changes:
    """Register a walk-in; a second registration of the same person returns the existing profile."""
    form = form.validated(today=ctx.now.date())
    existing = find_duplicate(ctx, form)
    if existing is not None:
        return Changes("worker.exists", existing.id, frozenset(),
                       {"worker_no": existing.worker_no, "existing": True},
                       msg(M_EXISTS, name=existing.name, worker_no=existing.worker_no))
    worker = Worker(id=new_id(), worker_no=_next_worker_no(ctx), created_at=ctx.now,
                    home_station_id=ctx.station_id, origin="local", card_seq=0, active=True,
                    consent_at=ctx.now, consent_version=CONSENT_VERSION, consent_by=form.consent_by)
    _apply(ctx, worker, form)
    ctx.session.add(worker)
    ctx.session.flush()
    _set_trades(ctx, worker)
    event = ctx.emit("worker.registered", worker.id, worker_snapshot(worker, ctx.vault))
    return Changes("worker.registered", worker.id, frozenset({"worker"}),
                   {"worker_no": worker.worker_no, "existing": False},
                   msg(M_REGISTERED, name=worker.name, worker_no=worker.worker_no), event.id)


def get_worker(ctx: OpContext, worker_id: str) -> Worker:
    worker = ctx.session.get(Worker, worker_id)
    if worker is None:
        raise UserError(msg(E_NO_WORKER), "worker_id")
    return worker


def update_worker(ctx: OpContext, worker_id: str, form: WorkerForm) -> Changes:
    """Save an edited profile (the whole form, validated again)."""
    worker = get_worker(ctx, worker_id)
    form = form.validated(today=ctx.now.date())
    twin = find_duplicate(ctx, form)
    if twin is not None and twin.id != worker.id:
        return Changes("worker.exists", twin.id, frozenset(), {"worker_no": twin.worker_no, "existing": True},
                       msg(M_EXISTS, name=twin.name, worker_no=twin.worker_no))
    _apply(ctx, worker, form)
    _set_trades(ctx, worker)
    event = ctx.emit("worker.updated", worker.id, worker_snapshot(worker, ctx.vault))
    return Changes("worker.updated", worker.id, frozenset({"worker"}), {"worker_no": worker.worker_no},
                   msg(M_UPDATED, name=worker.name), event.id)


def form_from_worker(worker: Worker, vault) -> WorkerForm:
    """The edit form pre-filled from a stored profile (for the staff profile screen)."""
    return WorkerForm(
        name=worker.name, id_number=vault.decrypt(worker.id_enc) or "", phone=vault.decrypt(worker.phone_enc) or "",
        contact_is_family=worker.contact_is_family, contact_name=worker.contact_name,
        birth_year=worker.birth_year, gender=worker.gender, trades=list(worker.trades), wanted=list(worker.wanted),
        days=list(worker.days), shifts=list(worker.shifts), expected_daily_wage=worker.expected_daily_wage,
        max_distance_km=worker.max_distance_km, priority_groups=list(worker.priority_groups), notes=worker.notes,
        consent=worker.consent_at is not None, consent_by=worker.consent_by,
    )


