"""A busy market's backlog (registrations, jobs, sign-ups, check-ins) written straight into a station's
outbox, for the sync benchmark and fault tests: realistic kinds and payloads, made in seconds."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import insert

from kiosk.domain.ids import new_id
from kiosk.store.models import OutboxEvent

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"
TRADES = ("sorting", "loading", "cleaning", "kitchen_help", "construction_labour", "general_worker")


class _Backlog:
    def __init__(self, station_id: str, seed: int):
        self.station = station_id
        self.rng = random.Random(seed)
        self.events: list[dict] = []
        self.workers: list[str] = []

    def emit(self, kind: str, entity_id: str, at: datetime, payload: dict) -> None:
        self.events.append({"id": new_id(), "kind": kind, "entity_id": entity_id, "payload": payload,
                            "created_at": at, "status": "pending", "attempts": 0, "last_error": "", "result": ""})

    def worker(self, at: datetime) -> None:
        rng, wid = self.rng, new_id()
        trades = rng.sample(TRADES, 2)
        self.emit("worker.registered", wid, at, {
            "id": wid, "worker_no": f"LG-{len(self.workers) + 1:06d}",
            "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            "id_hash": "%064x" % rng.getrandbits(256), "id_masked": "1101**********123X",
            "phone_hash": "%064x" % rng.getrandbits(256), "phone_masked": "138****5678", "contact_is_family": False,
            "birth_year": rng.randint(1962, 2004), "gender": rng.choice(["male", "female"]), "trades": trades,
            "wanted": [], "days": sorted(rng.sample(range(7), 5)), "shifts": ["day"],
            "expected_daily_wage": rng.choice([150, 180, 200, 250]), "max_distance_km": 10.0, "priority_groups": [],
            "consent_at": at.isoformat(), "consent_version": "2026-11", "home_station_id": self.station,
            "card_seq": 0, "active": True, "registered_at": at.isoformat()})
        self.workers.append(wid)

    def job(self, day: datetime, headcount: int) -> str:
        jid = new_id()
        starts = day.replace(hour=8)
        self.emit("job.posted", jid, day.replace(hour=6, minute=30), {
            "id": jid, "title": "仓库分拣员", "category": self.rng.choice(TRADES), "employer_id": None,
            "employer_name": "顺达物流园", "employer_verified": True, "pay_fen": 18000, "pay_unit": "day",
            "settlement": "daily", "headcount": headcount, "filled": 0, "starts_at": starts.isoformat(),
            "ends_at": starts.replace(hour=17).isoformat(), "place": "城南物流园3号库", "latitude": None,
            "longitude": None, "distance_km": 3.0, "urgent": True, "requirements": "", "description": "",
            "contact_name": "", "min_age": None, "max_age": None, "status": "open", "origin": "local",
            "source_station_id": self.station})
        return jid

    def day_of_work(self, day: datetime, workers_today: int, jobs_today: int) -> None:
        rng = self.rng
        jobs = [self.job(day, headcount=max(1, workers_today // jobs_today + 5)) for _ in range(jobs_today)]
        for wid in rng.sample(self.workers, min(workers_today, len(self.workers))):
            sid, aid, jid = new_id(), new_id(), rng.choice(jobs)
            at = day.replace(hour=7, minute=rng.randint(0, 59))
            self.emit("signup.created", sid, at, {"id": sid, "worker_id": wid, "job_id": jid, "status": "confirmed",
                                                  "via": "kiosk", "station_id": self.station, "at": at.isoformat()})
            att = {"id": aid, "signup_id": sid, "worker_id": wid, "job_id": jid, "work_date": day.date().isoformat(),
                   "check_in_at": day.replace(hour=8, minute=rng.randint(0, 9)).isoformat(), "check_out_at": None,
                   "hours": None, "pieces": None, "pay_due_fen": None, "insurance_from": None,
                   "station_id": self.station}
            att["insurance_from"] = att["check_in_at"]
            self.emit("attendance.checked_in", aid, day.replace(hour=8), dict(att))
            att.update(check_out_at=day.replace(hour=17, minute=rng.randint(0, 30)).isoformat(), hours=9.0,
                       pay_due_fen=18000)
            self.emit("attendance.checked_out", aid, day.replace(hour=17), att)


def write_backlog(station, n: int, *, seed: int = 1, start: datetime | None = None) -> int:
    """Append exactly `n` pending events (days of registrations and work) to the station's outbox."""
    backlog = _Backlog(station.id, seed)
    day = (start or station.clock()).replace(hour=6, minute=0, second=0, microsecond=0)
    while len(backlog.events) < n:
        for i in range(max(1, min(200, n // 20))):
            backlog.worker(day + timedelta(seconds=i))
        backlog.day_of_work(day, workers_today=min(len(backlog.workers), max(1, n // 25)),
                            jobs_today=max(1, min(60, n // 500)))
        day += timedelta(days=1)
    rows = backlog.events[:n]
    with station.read() as s, s.begin():
        for i in range(0, len(rows), 2000):
            s.execute(insert(OutboxEvent.__table__), rows[i:i + 2000])
    return len(rows)
