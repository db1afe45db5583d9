"""A worker from a ledger row: registered if new; if already on file the profile is kept and the row's fields that
differ from it are named, or, when asked to update, applied to one of this station's own workers by the normal
update (so an outbox event goes up). A visitor's profile (registered at another station) is never changed here."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from kiosk.domain.forms import WorkerForm
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.workers import find_duplicate, form_from_worker, register_worker, update_worker
from kiosk.store.models import Worker

# What a visitor's copy at this station keeps (sync/pull.py): their ID number, phone, contact and notes stay home.
VISITOR_KNOWN = frozenset({"name", "birth_year", "gender", "trades", "wanted", "days", "shifts",
                           "expected_daily_wage", "max_distance_km", "priority_groups"})
# The form fields that go with one: a phone is the worker's own or a family member's, named or not.
_TOGETHER = {"phone": ("phone", "contact_is_family", "contact_name")}


def _value(form: WorkerForm, field: str):
    value = getattr(form, field)
    if field == "phone":
        return value, form.contact_is_family
    return sorted(value) if isinstance(value, list) else value


def differing_fields(worker: Worker, stored: WorkerForm, clean: WorkerForm, fields: Collection[str]) -> list[str]:
    """The `fields` whose value in `clean` is not the profile's (only those this station knows of a visitor)."""
    known = [f for f in fields if worker.origin == "local" or f in VISITOR_KNOWN]
    return [f for f in known if _value(clean, f) != _value(stored, f)]


def import_worker(ctx: OpContext, form: WorkerForm, fields: Collection[str], update: bool = False) -> Changes:
    """Register the row's worker, or say which of `fields` (the row's filled ones) differ from the profile on file;
    with `update`, a local worker's profile takes them. detail: worker_no, existing, differs, updated, visitor."""
    clean = form.validated(today=ctx.now.date())
    worker = find_duplicate(ctx, clean)
    if worker is None:
        return register_worker(ctx, form)
    stored = form_from_worker(worker, ctx.vault)
    differs = differing_fields(worker, stored, clean, fields)
    visitor = worker.origin != "local"
    detail = {"worker_no": worker.worker_no, "existing": True, "differs": differs, "updated": False,
              "visitor": visitor}
    if update and differs and not visitor:
        taken = {attr: getattr(clean, attr) for f in differs for attr in _TOGETHER.get(f, (f,))}
        changes = update_worker(ctx, worker.id, replace(stored, **taken))
        if changes.kind == "worker.updated":
            return replace(changes, detail={**detail, "updated": True})
    return Changes("worker.exists", worker.id, frozenset(), detail)
