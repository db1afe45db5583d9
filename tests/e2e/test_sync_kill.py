"""The station process killed with SIGKILL mid-sync, again and again: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.central import office
from kiosk.domain.forms import JobForm
from kiosk.store.models import Job, OutboxEvent
from kiosk.sync.loadgen import write_backlog
from sync_support import BIN, kiosk, unique

ROUND_EVENTS = 250  # three upload requests at --batch 100, then at least one download page, every round
ROUND_JOBS = 150
# (n-th request of the run, moment): before the server saw it, after it committed, after the answer arrived.
# Request 4 is a download page: killed while the station applies it.
KILL_POINTS = [(1, "received"), (2, "committed"), (3, "answered"), (4, "answered"), (1, "committed"),
               (2, "answered"), (3, "received"), (4, "committed"), (1, "answered"), (2, "received")]


def office_jobs(server, n: int) -> None:
    start = datetime.now().replace(microsecond=0) + timedelta(days=1)
    form = JobForm(title="仓库分拣员", category="sorting", employer_name="顺达物流园", pay_amount=180, pay_unit="day",
                   headcount=10, starts_at=start, ends_at=start + timedelta(hours=8), place="城南物流园").validated()
    office.add_jobs(server.store, [(str(uuid.uuid4()), form) for _ in range(n)])


@pytest.mark.slow
def test_sigkill_mid_sync_many_times(server, proxy, make_stations):
    station = make_stations.enrolled(server, unique("kill"))
    home = station.settings.home
    cmd = [str(BIN / "kiosk"), "--home", str(home), "sync", "--once", "--server", proxy.url, "--batch", "100",
           "--backoff", "0.05"]
    killed = 0
    for round_no, (number, moment) in enumerate(KILL_POINTS):
        write_backlog(station, ROUND_EVENTS, seed=round_no)
        office_jobs(server, ROUND_JOBS)
        first = len(proxy.seen)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def hook(n, _path, phase, proc=proc, first=first, number=number, moment=moment):
            if n == first + number and phase == moment:
                os.kill(proc.pid, signal.SIGKILL)

        proxy.hook = hook
        code = proc.wait(timeout=120)
        proxy.hook = None
        killed += code == -signal.SIGKILL
    assert killed == len(KILL_POINTS)

    with sqlite3.connect(station.settings.db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    final = kiosk(home, "sync", "--once", "--json")
    assert '"ok": true' in final.stdout
    with station.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.status != "done")) == 0
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == ROUND_EVENTS * len(KILL_POINTS)
        assert s.scalar(select(func.count()).select_from(Job).where(Job.origin == "central")) == \
            server.stats()["records"]["jobs"] - _station_jobs(server)
    assert server.events_of(station.id) == ROUND_EVENTS * len(KILL_POINTS)


def _station_jobs(server) -> int:
    from kiosk.central.models import Job as CentralJob

    with server.store.read() as s:
        return s.scalar(select(func.count()).select_from(CentralJob).where(CentralJob.origin_station.is_not(None)))
