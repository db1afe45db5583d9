"""A walk-up at the kiosk (a card scanned, or jobs browsed without one), counted for the bureau."""

from __future__ import annotations

from kiosk.domain.ids import new_id
from kiosk.ops.context import Changes, OpContext
from kiosk.store.models import Visit

VISIT_KINDS = ("card", "browse")


def record_visit(ctx: OpContext, kind: str, worker_id: str | None = None) -> Changes:
    """Count one visit; the worker is named only when they identified themselves with their card."""
    if kind not in VISIT_KINDS:
        raise ValueError(f"unknown visit kind {kind!r}")
    visit = Visit(id=new_id(), worker_id=worker_id, kind=kind, at=ctx.now, station_id=ctx.station_id)
    ctx.session.add(visit)
    event = ctx.emit("visit.recorded", visit.id, {"id": visit.id, "worker_id": worker_id, "kind": kind,
                                                  "at": ctx.now.isoformat(), "station_id": ctx.station_id})
    return Changes("visit.recorded", visit.id, frozenset({"visit"}), {}, None, event.id)
