"""Station core figures: operations committed per second, recommendation and call-list latency.

Run:  .venv/bin/python benchmarks/bench_core.py
Prints one `name=value` line per figure. Targets: recommend ≤ 20 ms with 10,000 open jobs,
call list ≤ 100 ms with 100,000 registered workers. Bulk data for the two query figures is inserted
directly (generating 100,000 registrations through the operations would only measure fsync).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from kiosk.demo.people import fake_job, fake_worker  # noqa: E402
from kiosk.demo.simulate import SteppingClock, simulate  # noqa: E402
from kiosk.domain.categories import CATEGORIES  # noqa: E402
from kiosk.domain.ids import new_id  # noqa: E402
from kiosk.station import Station  # noqa: E402
from kiosk.store.models import Job, Worker, WorkerTrade  # noqa: E402
from kiosk.store.queries import call_list, recommend_jobs  # noqa: E402

NOW = datetime(2026, 11, 23, 7, 0)


def ops_per_second(home: Path) -> float:
    clock = SteppingClock(NOW)
    station = Station.open(home, clock=clock)
    began = time.perf_counter()
    report = simulate(station, clock, n_workers=200, n_jobs=60, days=3)
    return report.operations / (time.perf_counter() - began)


def bulk_jobs(station: Station, n: int, rng: random.Random) -> None:
    rows = []
    for _ in range(n):
        form = fake_job(rng, NOW)
        rows.append(dict(id=new_id(), title=form.title, category=rng.choice(CATEGORIES).code,
                         employer_name=form.employer_name, employer_verified=form.employer_verified,
                         pay_fen=int(form.pay_amount * 100), pay_unit=form.pay_unit, settlement="daily",
                         headcount=form.headcount, filled=0, starts_at=form.starts_at, ends_at=form.ends_at,
                         place=form.place, distance_km=form.distance_km, urgent=form.urgent, requirements="",
                         description="", contact_name="", status="open", origin="central", source_station_id="",
                         created_at=NOW, updated_at=NOW))
    with station.write_session() as s, s.begin():
        s.execute(insert(Job), rows)


def bulk_workers(station: Station, n: int, rng: random.Random) -> None:
    batch, trades = [], []
    for i in range(n):
        form = fake_worker(rng, NOW.date())
        wid = new_id()
        batch.append(dict(id=wid, worker_no=f"BK-{i:06d}", name=form.name, phone_hash=f"h{i}", contact_is_family=False,
                          contact_name="", trades=form.trades, wanted=[], days=form.days, shifts=form.shifts,
                          expected_daily_wage=form.expected_daily_wage, max_distance_km=form.max_distance_km,
                          priority_groups=form.priority_groups, consent_version="", consent_by="", notes="",
                          home_station_id="bench", origin="local", card_seq=0, active=True, created_at=NOW,
                          updated_at=NOW))
        trades += [dict(worker_id=wid, trade=t) for t in form.trades]
        if len(batch) >= 5000:
            with station.write_session() as s, s.begin():
                s.execute(insert(Worker), batch)
                s.execute(insert(WorkerTrade), trades)
            batch, trades = [], []
    if batch:
        with station.write_session() as s, s.begin():
            s.execute(insert(Worker), batch)
            s.execute(insert(WorkerTrade), trades)


def median_ms(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"ops_committed_per_second={ops_per_second(Path(tmp) / 'ops'):.0f}")
        station = Station.open(Path(tmp) / "q", clock=lambda: NOW)
        bulk_jobs(station, 10_000, rng)
        bulk_workers(station, 100_000, rng)
        with station.read() as s:
            sample_workers = list(s.scalars(select(Worker).limit(200)))
            sample_jobs = list(s.scalars(select(Job).limit(200)))
            it_w, it_j = iter(sample_workers * 10), iter(sample_jobs * 10)
            med, p95 = median_ms(lambda: recommend_jobs(s, next(it_w), NOW), 200)
            print(f"open_jobs={10_000}")
            print(f"recommend_ms_median={med:.2f}")
            print(f"recommend_ms_p95={p95:.2f}")
            med, p95 = median_ms(lambda: call_list(s, next(it_j), NOW), 50)
            print(f"registered_workers={100_000}")
            print(f"call_list_ms_median={med:.2f}")
            print(f"call_list_ms_p95={p95:.2f}")


if __name__ == "__main__":
    main()
