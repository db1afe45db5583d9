"""Tombstone retention end to end: the operator prunes old tombstones, and a station that was offline for longer
than the retention re-downloads and ends with exactly the server's jobs (closed ones off, new ones on)."""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import select

from kiosk.central import office
from kiosk.central.models import Job as CentralJob
from kiosk.demo.simulate import SteppingClock
from kiosk.ops import jobs
from kiosk.store.models import Job
from kiosk.sync.state import CURSOR, get_state
from sync_support import start_server, sync, unique
from test_sync_flow import job_form


def open_jobs(station) -> set[str]:
    with station.read() as s:
        return set(s.scalars(select(Job.id).where(Job.status == "open")))


def server_open_jobs(server) -> set[str]:
    with server.store.read() as s:
        return set(s.scalars(select(CentralJob.id).where(CentralJob.status == "open")))


def cursor_of(station) -> str:
    with station.read() as s:
        return get_state(s, CURSOR)


def test_a_station_offline_longer_than_the_retention_ends_with_exactly_the_servers_jobs(tmp_path, make_stations):
    server = start_server(tmp_path / "central")
    try:
        clock = SteppingClock(datetime.now().replace(hour=7, minute=0, second=0, microsecond=0))
        nine = clock.now.replace(hour=9)
        a = make_stations.enrolled(server, unique("A"), clock)
        b = make_stations.enrolled(server, unique("B"), clock)
        closed, withdrawn, kept = (office.add_job(server.store, job_form(t, nine)) for t in ("商场保洁", "搬运", "分拣"))
        b_job = b.run(jobs.post_job, job_form("展会搭建", nine)).entity_id
        assert sync(b).ok and sync(a).ok
        assert open_jobs(a) == server_open_jobs(server) == {closed, withdrawn, kept, b_job}

        # A is offline. The office closes one job and withdraws another, B's order is filled, a new job comes.
        server.cli("job", "close", closed)
        server.cli("job", "close", withdrawn, "--withdraw")
        b.run(jobs.close_job, b_job)
        fresh = office.add_job(server.store, job_form("家庭保洁", nine))
        assert sync(b).ok
        # The operator prunes the tombstones. (The retention is 0 days here so that "offline for longer" needs no
        # waiting; the age cut-off itself is tested with a moved server clock in test_sync_central_store.py.)
        pruned = server.cli("prune", "--older-than", "0").stdout
        assert "3 tombstone(s) older than 0 days" in pruned and "3 条" in pruned
        assert sync(b).ok and "resync" not in sync(b).downloaded  # B saw every closure before it was pruned

        # A comes back. A re-download stopped after its first page leaves A as it was...
        before, stop = cursor_of(a), threading.Event()
        stopped = sync(a, page_size=2, stop=stop, on_page=lambda counts: stop.set())
        assert not stopped.ok and stopped.error == "stopped"
        assert cursor_of(a) == before and closed in open_jobs(a)
        # ...and the next cycle downloads everything again and drops what the server no longer has.
        report = sync(a, page_size=2)
        assert report.ok and report.downloaded["resync"] == 1, report
        assert open_jobs(a) == server_open_jobs(server) == {kept, fresh}
        with a.read() as s:
            assert s.get(Job, closed).status == "closed" and s.get(Job, b_job).status == "closed"
        # Back to normal: the next cycle asks only for what is new.
        assert sync(a).downloaded == {}
    finally:
        server.stop()
        server.store.dispose()
