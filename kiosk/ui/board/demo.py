"""Demo stations for the board's screenshots, tests and benchmark: real orders posted through the real ops."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete

from kiosk.demo.people import JOB_TEMPLATES, fake_job, fake_worker
from kiosk.demo.simulate import SteppingClock
from kiosk.ops.jobs import post_job
from kiosk.ops.signups import sign_up
from kiosk.ops.workers import register_worker
from kiosk.settings import save_settings
from kiosk.station import Station
from kiosk.store.models import SyncState

DEMO_NOW = datetime(2026, 3, 16, 7, 5)  # a Monday, five past seven: the morning rush
SERVER_URL = "https://gig.example.cn"
ANNOUNCEMENTS = [
    "3月18日（周三）上午9点 驿站二楼：叉车证培训报名，免费，名额30人。",
    "3月20日 城南体育馆春季招聘会，60家企业现场招工，带上身份证。",
    "零工请注意：先签到再上工，工钱日结有保障，遇到欠薪请找驿站工作人员。",
]


def configure(station: Station, online: bool, bilingual: bool = False) -> None:
    """Give the station a name, hours, phone and announcements, as an operator would."""
    s = station.settings
    s.station.name, s.station.phone = "城南街道零工驿站", "0571-8765 4321"
    s.station.address, s.station.hours = "城南街道人民路88号一楼", "07:00-18:00"
    s.server_url = SERVER_URL if online is not None else ""
    s.board.announcements = list(ANNOUNCEMENTS)
    s.board.bilingual = bilingual
    save_settings(s)


def set_last_sync(station: Station, when: datetime | None) -> None:
    """Record the sync engine's 'last_success' (or clear it), as the sync engine would."""
    with station.read() as session:
        session.execute(delete(SyncState).where(SyncState.key == "last_success"))
        if when is not None:
            session.add(SyncState(key="last_success", value=when.isoformat(timespec="seconds")))
        session.commit()


def post_orders(station: Station, clock: SteppingClock, count: int, rng: random.Random,
                posted_ago: timedelta = timedelta(hours=2)) -> list[str]:
    """Post `count` demo orders, spread over the `posted_ago` before the clock's time."""
    now = clock.now
    ids = []
    for i in range(count):
        template = JOB_TEMPLATES[i % len(JOB_TEMPLATES)] if i < len(JOB_TEMPLATES) else None
        form = fake_job(rng, now, template)
        clock.now = now - posted_ago + posted_ago * i / max(1, count)
        ids.append(station.run(post_job, form).entity_id)
    clock.now = now
    return ids


def fill(station: Station, job_id: str, people: int, rng: random.Random) -> None:
    """Sign `people` demo workers up for a job."""
    for _ in range(people):
        worker = station.run(register_worker, fake_worker(rng, station.clock().date())).entity_id
        station.run(sign_up, worker, job_id)


def demo_station(home: Path, orders: int, online: bool | None = True, bilingual: bool = False,
                 seed: int = 7) -> Station:
    """A station in `home` with `orders` open orders at DEMO_NOW; online (synced a minute ago), offline
    (last sync two hours ago) or, with online=None, a station with no server at all."""
    clock = SteppingClock(DEMO_NOW)
    station = Station.open(home, clock=clock)
    configure(station, online, bilingual)
    rng = random.Random(seed)
    if orders == 3:
        forms = [fake_job(rng, DEMO_NOW, JOB_TEMPLATES[i]) for i in (1, 5, 10)]
        forms = [dataclasses.replace(f, starts_at=DEMO_NOW.replace(hour=h), ends_at=DEMO_NOW.replace(hour=h + 9),
                                     headcount=n, urgent=u) for f, h, n, u in zip(forms, (8, 9, 13), (6, 5, 3),
                                                                                  (True, True, False))]
        ids = []
        for form, ago in zip(forms, (timedelta(hours=1), timedelta(minutes=40), timedelta(minutes=2))):
            clock.now = DEMO_NOW - ago
            ids.append(station.run(post_job, form).entity_id)
        clock.now = DEMO_NOW
        fill(station, ids[1], 4, rng)
        fill(station, ids[0], 2, rng)
    elif orders:
        ids = post_orders(station, clock, orders, rng)
        for job_id in ids[:: max(1, len(ids) // 12)]:
            fill(station, job_id, 1, rng)
    if online is not None:
        set_last_sync(station, DEMO_NOW - (timedelta(minutes=1) if online else timedelta(hours=2)))
    return station
