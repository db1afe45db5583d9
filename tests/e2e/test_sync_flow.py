"""Two stations and one server: records go up once, jobs, workers, keys and revocations come down."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import func, select

from kiosk.demo.people import fake_worker
from kiosk.demo.simulate import PNG_1PX, SteppingClock
from kiosk.domain.forms import JobForm
from kiosk.ops import attendance, cards, jobs, signups, workers
from kiosk.store.models import Job, OutboxEvent, RevokedCard, StationKey, Worker
from kiosk.store.queries import urgent_orders
from sync_support import kiosk, sync, unique


def job_form(title: str, start: datetime, hours: int = 8, headcount: int = 3) -> JobForm:
    return JobForm(title=title, category="cleaning", employer_name="绿源保洁公司", pay_amount=180, pay_unit="day",
                   headcount=headcount, starts_at=start, ends_at=start + timedelta(hours=hours), place="万达广场B1",
                   employer_verified=True)


def events(station) -> int:
    with station.read() as s:
        return s.scalar(select(func.count()).select_from(OutboxEvent))


def register(station, rng, id_number: str | None = None) -> str:
    form = fake_worker(rng, station.clock().date())
    if id_number:
        form.id_number = id_number
    return station.run(workers.register_worker, form).entity_id


def check_in(station, signup_id: str) -> None:
    station.run(attendance.accept_agreement, signup_id, PNG_1PX)
    station.run(attendance.check_in, signup_id)


def two_stations(server, make_stations, tmp_path, clock):
    """A enrolled in-process; B enrolled with the `kiosk enroll` command. Both got the market's hash key."""
    a = make_stations.enrolled(server, unique("A"), clock)
    b_name = unique("B")
    enrolled = kiosk(tmp_path / b_name, "enroll", "--server", server.url, "--code", server.add_station(b_name), "--json")
    assert json.loads(enrolled.stdout)["station_id"] == b_name
    token = (tmp_path / b_name / "keys" / "sync-token").read_text()
    assert token not in enrolled.stdout + enrolled.stderr  # the token is kept, never shown
    assert (tmp_path / b_name / "keys" / "sync-token").stat().st_mode & 0o077 == 0
    return a, make_stations.open(b_name, clock)


def test_records_flow_both_ways_and_cards_scan_anywhere(server, make_stations, tmp_path):
    rng = random.Random(5)
    clock = SteppingClock(datetime.now().replace(hour=7, minute=0, second=0, microsecond=0))
    a, b = two_stations(server, make_stations, tmp_path, clock)
    nine = clock.now.replace(hour=9)
    office_job = server.cli("job", "add", "--title", "商场保洁", "--category", "cleaning", "--employer", "绿源保洁公司",
                            "--pay", "160", "--headcount", "5", "--starts", nine.isoformat(),
                            "--ends", (nine + timedelta(hours=8)).isoformat(), "--place", "万达广场", "--urgent",
                            "--verified").stdout.strip()

    # Station A: a walk-in is registered and gets a card; an employer posts an order; the worker signs up.
    p = register(a, rng)
    card = a.run(cards.issue_card, p).detail["payload"]
    ja = a.run(jobs.post_job, job_form("展会搭建", nine)).entity_id
    p_signup = a.run(signups.sign_up, p, ja).entity_id
    clock.now = clock.now.replace(hour=8, minute=30)
    check_in(a, p_signup)

    out = json.loads(kiosk(a.settings.home, "sync", "--once", "--json").stdout)
    assert out["ok"] and out["uploaded"] == events(a) and out["pending_left"] == 0

    # Station B, after one sync, knows A's job, A's worker (no personal numbers) and A's signing key.
    report = sync(b)
    assert report.ok, report.error
    with b.read() as s:
        assert s.get(Job, ja).origin == "station" and s.get(Job, office_job).origin == "central"
        visitor = s.get(Worker, p)
        assert visitor.origin == "remote" and visitor.id_enc is None and visitor.phone_enc is None
        assert s.get(StationKey, a.signer.key_id) is not None
        # ...so A's card scans at B with no network at all
        verdict, who = cards.identify(s, card, clock.now.date())
        assert verdict.ok and who is not None and who.name == visitor.name
        assert office_job in {j.id for j in urgent_orders(s, clock.now)}

    # B signs the visitor up for the office's job and A's job; B registers a walk-in of its own.
    b.run(signups.sign_up, p, office_job)
    b.run(signups.sign_up, register(b, rng), ja)
    w = register(b, rng)
    assert sync(b).ok

    # A loses the card: revoked at A, refused at B after both sync.
    a.run(cards.revoke_card, p)
    assert sync(a).ok
    assert sync(b).ok
    with b.read() as s:
        assert s.get(RevokedCard, (p, 1)) is not None
        assert cards.identify(s, card, clock.now.date())[0].status == "revoked"
    with a.read() as s:
        assert s.get(Worker, w).origin == "remote"  # B's registration reached A
        assert s.get(Job, ja).filled == 2  # A's order counts B's sign-up too

    # The office withdraws its job: a tombstone takes it off B's board.
    server.cli("job", "close", office_job, "--withdraw")
    assert sync(b).ok
    with b.read() as s:
        assert s.get(Job, office_job).status == "cancelled"
        assert office_job not in {j.id for j in urgent_orders(s, clock.now)}

    stats = json.loads(server.cli("stats", "--json").stdout)
    assert stats["by_station"][a.id]["events"] == events(a)
    assert stats["by_station"][b.id]["events"] == events(b)
    assert stats["by_station"][a.id]["by_kind"]["attendance.checked_in"] == 1


def test_conflicts_are_recorded_and_put_on_the_review_list(server, make_stations, tmp_path):
    rng = random.Random(11)
    clock = SteppingClock(datetime.now().replace(hour=7, minute=0, second=0, microsecond=0))
    a, b = two_stations(server, make_stations, tmp_path, clock)
    from kiosk.central import office

    nine = clock.now.replace(hour=9)
    one_place = office.add_job(server.store, job_form("会展中心临时工", nine, headcount=1))
    overlapping = office.add_job(server.store, job_form("家庭保洁", nine.replace(hour=10), hours=4))
    r = register(a, rng)
    assert sync(a).ok and sync(b).ok

    # Offline at the same time: both stations register one person; both fill the last place of one job;
    # the same worker checks in at A and at B for gigs that overlap.
    id_number = fake_worker(rng, clock.now.date()).id_number
    register(a, rng, id_number)
    register(b, rng, id_number)
    r_at_a = a.run(signups.sign_up, r, one_place).entity_id
    b.run(signups.sign_up, register(b, rng), one_place)
    r_at_b = b.run(signups.sign_up, r, overlapping).entity_id
    clock.now = clock.now.replace(hour=9, minute=30)
    check_in(a, r_at_a)
    check_in(b, r_at_b)
    assert sync(a).ok and sync(b).ok

    # Nothing was refused: every fact is on the server, and each conflict is on the review list.
    for station in (a, b):
        with station.read() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.status != "done")) == 0
        assert server.events_of(station.id) == events(station)
    items = json.loads(server.cli("review", "--json").stdout)
    mine = [i for i in items if {a.id, b.id} & set(i["stations"])]
    assert {i["kind"] for i in mine} >= {"duplicate_person", "over_capacity", "overlapping_check_in"}
    over = next(i for i in mine if i["kind"] == "over_capacity")
    assert over["detail"] == {"job_id": one_place, "headcount": 1, "confirmed": 2}
    resolved = server.cli("review", "--resolve", str(over["id"]), "--note", "employer takes both")
    assert "resolved" in resolved.stdout
