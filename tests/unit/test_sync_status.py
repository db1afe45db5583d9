"""The visible queue: pending count and age, needs-attention list, and putting fixed events back."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import update

from kiosk.demo.people import fake_worker
from kiosk.ops import workers
from kiosk.store.models import OutboxEvent
from kiosk.sync.status import retry_attention, sync_status


def test_status_shows_the_queue_and_staff_can_retry_what_needed_attention(station):
    rng = random.Random(1)
    for _ in range(3):
        station.run(workers.register_worker, fake_worker(rng, station.clock().date()))
    station.clock.advance(minutes=10)
    status = sync_status(station)
    assert (status["pending"], status["needs_attention"], status["enrolled"]) == (3, 0, False)
    assert status["oldest_pending_age_seconds"] == 600
    with station.read() as s, s.begin():
        first = s.scalars(OutboxEvent.__table__.select().with_only_columns(OutboxEvent.id)).first()
        s.execute(update(OutboxEvent).where(OutboxEvent.id == first)
                  .values(status="attention", result="rejected", last_error="invalid_payload: name"))
    status = sync_status(station)
    assert (status["pending"], status["needs_attention"]) == (2, 1)
    assert status["attention_items"][0]["error"] == "invalid_payload: name"
    assert retry_attention(station, []) == 0
    assert retry_attention(station, [first]) == 1
    assert sync_status(station)["pending"] == 3 and sync_status(station)["needs_attention"] == 0
    station.clock.advance(hours=1)
    assert sync_status(station)["oldest_pending_age_seconds"] == int(timedelta(minutes=70).total_seconds())
