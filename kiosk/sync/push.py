"""Upload: pending outbox events in batches, oldest first; one result per event; refusals go to 'attention'."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, update

from kiosk.store.models import OutboxEvent
from kiosk.domain.messages import msg
from kiosk.sync.client import M_GARBLED, Refused, TransientError
from kiosk.sync.protocol import EventResult
from kiosk.sync.state import CLOCK_OFFSET, set_state

BATCH_AT_FAULT = {400, 413, 422}  # refusals that mean "something in this batch", so the batch is split
MAX_BATCHES_PER_CYCLE = 10_000  # a bound, not a goal: 5 million events at the default batch size
_T = OutboxEvent.__table__


def load_pending(station, limit: int) -> list[dict]:
    """The oldest pending events as the server wants them (the station's seq keeps upload order)."""
    with station.read() as s:
        rows = s.execute(
            select(OutboxEvent.seq, OutboxEvent.id, OutboxEvent.kind, OutboxEvent.entity_id, OutboxEvent.created_at,
                   OutboxEvent.payload)
            .where(OutboxEvent.status == "pending").order_by(OutboxEvent.seq).limit(limit)
        ).all()
    return [{"id": r.id, "kind": r.kind, "entity_id": r.entity_id, "seq": r.seq,
             "created_at": r.created_at.isoformat(), "payload": r.payload} for r in rows]


def record_results(station, results: list[EventResult], now: datetime, clock_offset: float | None) -> dict:
    """Mark each event done or needing attention, in one transaction (a crash leaves all or none marked)."""
    done = [{"b_id": r.id, "b_result": r.status, "b_at": now} for r in results if r.status in ("accepted", "duplicate")]
    attention = [{"b_id": r.id, "b_result": r.status, "b_error": f"{r.code}: {r.message}"[:500]}
                 for r in results if r.status not in ("accepted", "duplicate")]
    with station.read() as s, s.begin():
        if done:
            s.execute(update(_T).where(_T.c.id == bindparam("b_id"), _T.c.status == "pending")
                      .values(status="done", result=bindparam("b_result"), done_at=bindparam("b_at"),
                              attempts=_T.c.attempts + 1, last_error=""), done)
        if attention:
            s.execute(update(_T).where(_T.c.id == bindparam("b_id"), _T.c.status == "pending")
                      .values(status="attention", result=bindparam("b_result"), last_error=bindparam("b_error"),
                              attempts=_T.c.attempts + 1), attention)
        if clock_offset is not None:
            set_state(s, CLOCK_OFFSET, f"{clock_offset:.3f}")
    return {"accepted": sum(r.status == "accepted" for r in results),
            "duplicate": sum(r.status == "duplicate" for r in results), "attention": len(attention)}


def _matching(batch: list[dict], results: list[EventResult]) -> bool:
    return len(results) == len(batch) and all(r.id == e["id"] for r, e in zip(results, batch))


def send_batch(engine, batch: list[dict], totals: dict) -> None:
    """Send one batch (retrying transient failures); a batch the server refuses whole is split until the
    one event it refuses is found and set aside for staff, so it never blocks the others."""

    def attempt():
        answer = engine.client.upload(batch, engine.station.id)
        if not _matching(batch, answer.results):
            raise TransientError(msg(M_GARBLED))
        return answer

    try:
        answer = engine.call(attempt)
    except Refused as exc:
        if exc.status not in BATCH_AT_FAULT:
            raise  # the request, not its events, is wrong (e.g. a wrong URL): end the cycle, keep the queue
        if len(batch) > 1:
            half = len(batch) // 2
            send_batch(engine, batch[:half], totals)
            send_batch(engine, batch[half:], totals)
            return
        results = [EventResult(id=batch[0]["id"], status="rejected", code=exc.code or str(exc.status),
                               message=str(exc))]  # the whole request refused: this one event is why
    else:
        results = answer.results
    counts = record_results(engine.station, results, engine.clock(), engine.client.clock_offset)
    for key, value in counts.items():
        totals[key] = totals.get(key, 0) + value


def push(engine, totals: dict) -> None:
    """Upload every pending event, batch by batch, until none is left (or the cycle is stopped)."""
    for _ in range(MAX_BATCHES_PER_CYCLE):
        engine.check_stop()
        batch = load_pending(engine.station, engine.batch_size)
        if not batch:
            return
        send_batch(engine, batch, totals)
        totals["batches"] = totals.get("batches", 0) + 1
