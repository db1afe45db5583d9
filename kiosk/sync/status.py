"""The visible queue for staff and the CLI: pending, oldest, last success/error, needs-attention, retry."""

from __future__ import annotations

from sqlalchemy import select, update

from kiosk.store.models import OutboxEvent, SyncState
from kiosk.store.queries import outbox_status
from kiosk.sync.state import CLOCK_OFFSET, LAST_ATTEMPT, LAST_ERROR, LAST_SUCCESS, TOKEN_SET

ATTENTION_LISTED = 50


def sync_status(station) -> dict:
    """Everything the staff sync panel shows, without Qt (call it off the UI thread)."""
    now = station.clock()
    with station.read() as s:
        box = outbox_status(s)
        state = dict(s.execute(select(SyncState.key, SyncState.value)).all())
        attention = s.execute(
            select(OutboxEvent.id, OutboxEvent.kind, OutboxEvent.created_at, OutboxEvent.result,
                   OutboxEvent.last_error, OutboxEvent.attempts)
            .where(OutboxEvent.status == "attention").order_by(OutboxEvent.seq).limit(ATTENTION_LISTED)
        ).all()
    oldest = box.oldest_pending_at
    return {
        "server_url": station.settings.server_url or None,
        "enrolled": bool(state.get(TOKEN_SET)),
        "pending": box.pending,
        "oldest_pending_at": oldest.isoformat() if oldest else None,
        "oldest_pending_age_seconds": int((now - oldest).total_seconds()) if oldest else None,
        "needs_attention": box.attention,
        "sent": box.done,
        "last_success": state.get(LAST_SUCCESS),
        "last_error": state.get(LAST_ERROR),
        "last_attempt": state.get(LAST_ATTEMPT),
        "clock_offset_seconds": float(state[CLOCK_OFFSET]) if CLOCK_OFFSET in state else None,
        "attention_items": [
            {"event_id": r.id, "kind": r.kind, "created_at": r.created_at.isoformat(), "result": r.result,
             "error": r.last_error, "attempts": r.attempts}
            for r in attention
        ],
    }


def retry_attention(station, event_ids: list[str] | None = None) -> int:
    """Put needs-attention events back in the queue (all of them when `event_ids` is None); returns how many."""
    t = OutboxEvent.__table__
    stmt = update(t).where(t.c.status == "attention").values(status="pending", last_error="", result="")
    if event_ids is not None:
        if not event_ids:
            return 0
        stmt = stmt.where(t.c.id.in_(list(event_ids)))
    with station.read() as s, s.begin():
        return s.execute(stmt).rowcount
