"""Sync through a broken network: every fault ends with the server holding exactly the station's records."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.ops import workers
from kiosk.demo.people import fake_worker
from kiosk.store.models import OutboxEvent
from kiosk.sync.backoff import Backoff
from kiosk.sync.loadgen import write_backlog
from kiosk.sync.scheduler import SyncScheduler
from kiosk.sync.status import sync_status
from sync_support import sync, unique, wait_until

BACKLOG = 400
BATCH = 50  # eight upload requests, so faults hit the middle of a backlog, not just its start


def outbox_count(station, status: str | None = None) -> int:
    q = select(func.count()).select_from(OutboxEvent)
    if status:
        q = q.where(OutboxEvent.status == status)
    with station.read() as s:
        return s.scalar(q)


def assert_exactly_once(server, station) -> None:
    """The server holds every one of the station's events, no more, no fewer; nothing is left pending."""
    assert outbox_count(station, "pending") == 0
    assert outbox_count(station, "attention") == 0
    assert server.events_of(station.id) == outbox_count(station)


FAULT_PLANS = {
    # the server committed a batch but its answer was lost: the re-send must come back as duplicates
    "answer_lost_after_commit": ["pass", "drop", "drop", "pass", "drop"],
    "connection_reset_mid_request": ["reset", "pass", "reset", "reset"],
    "server_errors_500": ["http500", "after500", "pass", "http500", "after500"],
    "garbage_bodies": ["garbage", "pass", "garbage", "truncate"],
}


@pytest.mark.parametrize("plan", sorted(FAULT_PLANS))
def test_faults_lose_nothing_and_duplicate_nothing(plan, server, proxy, make_stations):
    station = make_stations.enrolled(server, unique(plan[:6]))
    write_backlog(station, BACKLOG)
    proxy.add(*FAULT_PLANS[plan])
    report = sync(station, proxy.url, batch_size=BATCH)
    assert report.ok, report.error
    assert report.retries >= len([f for f in FAULT_PLANS[plan] if f != "pass"]) - 1
    assert_exactly_once(server, station)
    if "drop" in FAULT_PLANS[plan] or "after500" in FAULT_PLANS[plan]:
        assert report.duplicates > 0  # the lost answers really happened after the server's commit
    assert report.uploaded + report.duplicates >= BACKLOG


def add_event(station, kind: str, entity_id: str, payload: dict) -> str:
    from kiosk.domain.ids import new_id

    event_id = new_id()
    with station.read() as s, s.begin():
        s.add(OutboxEvent(id=event_id, kind=kind, entity_id=entity_id, payload=payload, created_at=station.clock(),
                          status="pending", attempts=0, last_error="", result=""))
    return event_id


def test_refused_events_wait_for_staff_and_block_nothing(server, make_stations):
    from kiosk.sync.status import retry_attention

    station = make_stations.enrolled(server, unique("refuse"))
    write_backlog(station, 100)
    signup = {"id": "s-1", "job_id": "j-1", "worker_id": "w-1", "status": "confirmed", "station_id": "elsewhere"}
    wrong = add_event(station, "signup.created", "s-1", signup)  # refused on its own
    huge = add_event(station, "problem.reported", "p" * 150, {"kind": "unsafe"})  # sinks any request it is in
    write_backlog(station, 100, seed=9)
    report = sync(station, batch_size=BATCH)
    assert report.ok and report.attention == 2 and report.uploaded == 200
    status = sync_status(station)
    assert status["pending"] == 0 and status["needs_attention"] == 2
    assert {i["event_id"]: i["error"].split(":")[0] for i in status["attention_items"]}[wrong] == "wrong_station"
    with station.read() as s, s.begin():  # staff fix one; the other stays on the list
        s.get(OutboxEvent, station_seq(s, wrong)).payload = {**signup, "station_id": station.id}
    assert retry_attention(station, [wrong]) == 1
    assert sync(station).uploaded == 1
    assert sync_status(station)["needs_attention"] == 1 and huge
    assert server.events_of(station.id) == outbox_count(station) - 1


def station_seq(session, event_id: str) -> int:
    return session.scalar(select(OutboxEvent.seq).where(OutboxEvent.id == event_id))


def test_429_retry_after_is_honoured(server, proxy, make_stations):
    station = make_stations.enrolled(server, unique("busy"))
    write_backlog(station, 120)
    proxy.add("http429")
    report = sync(station, proxy.url, batch_size=BATCH)
    assert report.ok, report.error
    # the fast test backoff is 0.02 s: only the server's Retry-After: 1 explains a wait this long
    assert report.seconds >= 1.0
    assert_exactly_once(server, station)


def test_very_slow_answers_time_out_and_are_retried(server, proxy, make_stations):
    station = make_stations.enrolled(server, unique("slow"))
    write_backlog(station, 150)
    proxy.slow_seconds = 1.5
    proxy.add("slow", "pass", "slow")
    report = sync(station, proxy.url, batch_size=BATCH, timeout=(2.0, 0.7))
    assert report.ok, report.error
    assert report.duplicates > 0  # the server had committed while the station gave up waiting
    assert_exactly_once(server, station)


def test_server_down_then_up_syncs_by_itself(tmp_path, make_stations):
    from sync_support import start_server

    srv = start_server(tmp_path / "central")
    try:
        station = make_stations.enrolled(srv, "down-up")
        srv.stop()
        for _ in range(5):
            station.run(workers.register_worker, fake_worker(_rng(), station.clock().date()))
        write_backlog(station, 200)
        scheduler = SyncScheduler(station, interval=0.2, backoff=Backoff(base=0.05, cap=0.3), max_attempts=2)
        scheduler.start()
        try:
            wait_until(lambda: sync_status(station)["last_error"], 20, "the station to notice the server is down")
            assert sync_status(station)["pending"] == 205
            srv.start()  # same port: the network is back
            # pending reaches 0 once the upload is done; the cycle still downloads before it counts as a success
            wait_until(lambda: sync_status(station)["pending"] == 0 and sync_status(station)["last_success"], 60,
                       "the backlog to drain and the cycle to finish by itself")
        finally:
            assert scheduler.stop()
        status = sync_status(station)
        assert status["last_success"] and status["needs_attention"] == 0
        assert srv.events_of(station.id) == outbox_count(station) == 205
    finally:
        srv.stop()
        srv.store.dispose()


def test_station_clock_a_day_wrong(server, make_stations):
    from kiosk.central import office
    from kiosk.domain.forms import JobForm

    ahead = make_stations.enrolled(server, unique("ahead"), clock=lambda: datetime.now() + timedelta(days=1))
    for _ in range(3):
        ahead.run(workers.register_worker, fake_worker(_rng(), ahead.clock().date()))
    start = datetime.now().replace(microsecond=0) + timedelta(hours=3)
    job_id = office.add_job(server.store, JobForm(
        title="搬运装卸工", category="loading", employer_name="顺达物流园", pay_amount=260, pay_unit="day",
        headcount=4, starts_at=start, ends_at=start + timedelta(hours=8), place="城南物流园"))
    report = sync(ahead)
    assert report.ok, report.error
    status = sync_status(ahead)
    assert abs(status["clock_offset_seconds"] + 86400) < 120  # the server's clock is a day behind this station's
    assert_exactly_once(server, ahead)
    with ahead.read() as s:
        from kiosk.store.models import Job

        assert s.get(Job, job_id).origin == "central"  # the server's cursor, not the station's clock, decides


def _rng():
    import random

    return random.Random()
