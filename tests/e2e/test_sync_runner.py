"""The kiosk's Qt sync runner: syncs by itself off the UI thread and tells the screens when jobs arrive."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from kiosk.central import office
from kiosk.demo.people import fake_worker
from kiosk.domain.forms import JobForm
from kiosk.ops import workers
from kiosk.store.queries import urgent_orders
from kiosk.sync.backoff import Backoff
from sync_support import unique


def test_runner_syncs_in_the_background_and_signals_new_jobs(qtbot, server, make_stations):
    from kiosk.ui.sync_runner import SyncRunner

    station = make_stations.enrolled(server, unique("qt"))
    station.run(workers.register_worker, fake_worker(random.Random(2), station.clock().date()))
    start = datetime.now().replace(microsecond=0) + timedelta(hours=2)
    job_id = office.add_job(server.store, JobForm(
        title="后厨帮工", category="kitchen_help", employer_name="老街食府", pay_amount=150, pay_unit="day",
        headcount=2, starts_at=start, ends_at=start + timedelta(hours=6), place="老街美食城", urgent=True))
    runner = SyncRunner(station, interval=0.2, backoff=Backoff(base=0.05, cap=0.2))
    statuses: list[dict] = []
    runner.status_changed.connect(statuses.append)
    try:
        with qtbot.waitSignal(runner.jobs_arrived, timeout=20_000) as arrived:
            runner.start()  # returns at once; the cycle runs on the runner's own thread
        assert arrived.args[0] >= 1
        with station.read() as s:  # on the board as soon as the page was applied
            assert job_id in {j.id for j in urgent_orders(s, datetime.now())}
        qtbot.waitUntil(lambda: bool(statuses) and statuses[-1]["pending"] == 0, timeout=20_000)
        assert statuses[-1]["last_success"] and statuses[-1]["last_error"] is None
        runner.sync_now()
    finally:
        assert runner.stop()
    assert server.events_of(station.id) == 1
