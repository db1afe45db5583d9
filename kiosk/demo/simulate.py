"""Realistic station activity through the real operations (demo data, benchmarks, reliability checks)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from kiosk.demo.people import fake_job, fake_worker
from kiosk.domain.messages import UserError
from kiosk.ops import attendance, jobs, signups, visits, workers
from kiosk.store.models import SignUp
from kiosk.store.queries import recommend_jobs

PNG_1PX = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
           b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


class SteppingClock:
    """A clock the simulation moves forward; operations read it as the station's time."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@dataclass
class SimulationReport:
    operations: int = 0
    workers: int = 0
    jobs: int = 0
    signups: int = 0
    check_ins: int = 0
    check_outs: int = 0
    refused: dict[str, int] = field(default_factory=dict)


def simulate(station, clock: SteppingClock, n_workers: int, n_jobs: int, days: int, seed: int = 7,
             on_op=None) -> SimulationReport:
    """Register workers and post jobs, then for each of `days` days (1 or more) from the clock's day: sign-ups,
    agreements, check-ins and check-outs."""
    if days < 1:
        raise ValueError(f"days must be 1 or more, not {days}")  # `kiosk simulate` refuses 0 before this
    rng = random.Random(seed)
    report = SimulationReport()

    def run(op, *args, **kwargs):
        try:
            changes = station.run(op, *args, **kwargs)
        except UserError as exc:
            report.refused[exc.msg.code] = report.refused.get(exc.msg.code, 0) + 1
            return None
        report.operations += 1
        if on_op:
            on_op(changes)
        return changes

    worker_ids = []
    for _ in range(n_workers):
        changes = run(workers.register_worker, fake_worker(rng, clock.now.date()))
        if changes and changes.kind == "worker.registered":
            worker_ids.append(changes.entity_id)
            report.workers += 1
        clock.advance(seconds=rng.randint(5, 60))
    posted = 0
    for day_no in range(days):
        # spread the jobs over the days, the remainder on the first ones, so exactly n_jobs are posted
        jobs_per_day = n_jobs // days + (1 if day_no < n_jobs % days else 0)
        day_start = clock.now.replace(hour=6, minute=30, second=0, microsecond=0)
        clock.now = max(clock.now, day_start)
        todays_jobs = []
        for _ in range(jobs_per_day):
            form = fake_job(rng, clock.now)
            form.starts_at = clock.now.replace(hour=rng.choice([7, 8, 9]), minute=0) + timedelta(hours=1)
            form.ends_at = form.starts_at + timedelta(hours=rng.choice([4, 8, 9]))
            changes = run(jobs.post_job, form)
            if changes:
                todays_jobs.append(changes.entity_id)
                report.jobs += 1
                posted += 1
            clock.advance(seconds=rng.randint(1, 20))
        if not worker_ids or not todays_jobs:
            clock.advance(days=1)
            continue
        # mornings: some workers scan in, look at recommendations, sign up for one
        for wid in rng.sample(worker_ids, min(len(worker_ids), max(1, len(todays_jobs) * 3))):
            run(visits.record_visit, "card", wid)
            with station.read() as s:
                from kiosk.store.models import Worker

                worker = s.get(Worker, wid)
                recs = recommend_jobs(s, worker, clock.now, limit=5)
            target = recs[0].job.id if recs and rng.random() < 0.8 else rng.choice(todays_jobs)
            if run(signups.sign_up, wid, target):
                report.signups += 1
            clock.advance(seconds=rng.randint(5, 40))
        with station.read() as s:
            confirmed = s.scalars(select(SignUp.id).where(SignUp.status == "confirmed", SignUp.job_id.in_(todays_jobs))).all()
        clock.now = clock.now.replace(hour=8, minute=5)
        for sid in confirmed:
            run(attendance.accept_agreement, sid, PNG_1PX)
            if run(attendance.check_in, sid):
                report.check_ins += 1
            clock.advance(seconds=rng.randint(1, 30))
        clock.now = clock.now.replace(hour=17, minute=10)
        for sid in confirmed:
            if run(attendance.check_out, sid, pieces=rng.randint(50, 200)):
                report.check_outs += 1
            clock.advance(seconds=rng.randint(1, 30))
        for sid in rng.sample(list(confirmed), len(confirmed) // 20):
            run(signups.cancel_sign_up, sid)
        clock.now = (clock.now + timedelta(days=1)).replace(hour=6, minute=0)
    return report
