"""A worker registered at A visits B: what B records about them (profile edit, new card, sign-up, check-in)
reaches A and every other station after one sync each, and A's edits come back to B the same way."""

from __future__ import annotations

import random
from datetime import datetime

from sqlalchemy import select

from kiosk.demo.people import fake_worker
from kiosk.demo.simulate import SteppingClock
from kiosk.ops import cards, jobs, signups, workers
from kiosk.store.models import Job, Worker, WorkerTrade
from sync_support import sync, unique
from test_sync_flow import check_in, job_form


def market(server, make_stations, tmp_path, clock):
    """Three enrolled stations; enrolment gave each the market's lookup-hash key."""
    return tuple(make_stations.enrolled(server, unique(prefix), clock) for prefix in ("A", "B", "C"))


def profile(station, worker_id: str) -> tuple:
    with station.read() as s:
        w = s.get(Worker, worker_id)
        return w.name, w.trades, w.shifts, w.expected_daily_wage, w.card_seq


def test_a_visitors_profile_and_card_changed_at_b_reach_home_and_every_station(server, make_stations, tmp_path):
    rng = random.Random(21)
    clock = SteppingClock(datetime.now().replace(hour=7, minute=0, second=0, microsecond=0))
    a, b, c = market(server, make_stations, tmp_path, clock)
    registration = fake_worker(rng, clock.now.date(), trades=["cleaning"])
    p = a.run(workers.register_worker, registration).entity_id
    first_card = a.run(cards.issue_card, p).detail["payload"]
    ja = a.run(jobs.post_job, job_form("展会搭建", clock.now.replace(hour=9))).entity_id
    for station in (a, b, c):
        assert sync(station).ok
    with a.read() as s:
        home = s.get(Worker, p)
        worker_no, id_hash, id_enc = home.worker_no, home.id_hash, home.id_enc

    # At B the visitor's profile is corrected: a visiting worker's row has no ID or phone number, so staff
    # re-enter the ID number from the worker's ID card, as the form asks. Then a new card, a sign-up, a check-in.
    with b.read() as s:
        edit = workers.form_from_worker(s.get(Worker, p), b.vault)
    edit.id_number, edit.name = registration.id_number, "王建华"
    edit.trades, edit.shifts, edit.expected_daily_wage = ["cleaning", "loading"], ["night"], 320
    b.run(workers.update_worker, p, edit)
    second_card = b.run(cards.issue_card, p).detail["payload"]
    signup = b.run(signups.sign_up, p, ja).entity_id
    clock.now = clock.now.replace(hour=8, minute=40)
    check_in(b, signup)
    assert sync(b).ok

    # One sync later, A (home) and C both hold the profile as B left it, and the card B printed.
    changed = ("王建华", ["cleaning", "loading"], ["night"], 320, 2)
    for station in (a, c):
        report = sync(station)
        assert report.ok and report.downloaded.get("workers", 0) >= 1, (station.id, report)
        assert profile(station, p) == changed, station.id
        with station.read() as s:
            assert cards.identify(s, second_card, clock.now.date())[0].ok
            assert cards.identify(s, first_card, clock.now.date())[0].status == "revoked"
    with a.read() as s:
        home = s.get(Worker, p)
        # ...but it is still A's own record: its number, ID hash and encrypted ID number stay as they were
        assert (home.origin, home.worker_no, home.id_hash, home.id_enc) == ("local", worker_no, id_hash, id_enc)
        assert set(s.scalars(select(WorkerTrade.trade).where(WorkerTrade.worker_id == p))) == {"cleaning", "loading"}
        assert s.get(Job, ja).filled == 1  # B's sign-up counts on A's order
    by_kind = server.stats()["by_station"][b.id]["by_kind"]
    assert by_kind["worker.updated"] == 1 and by_kind["attendance.checked_in"] == 1 and by_kind["card.issued"] == 1

    # The way back: A edits its worker again; B and C see it after one sync (and A's card reissue too).
    with a.read() as s:
        edit = workers.form_from_worker(s.get(Worker, p), a.vault)
    edit.expected_daily_wage = 350
    a.run(workers.update_worker, p, edit)
    third_card = a.run(cards.issue_card, p).detail["payload"]
    assert sync(a).ok
    for station in (b, c):
        assert sync(station).ok
        assert profile(station, p) == ("王建华", ["cleaning", "loading"], ["night"], 350, 3)
        with station.read() as s:
            assert cards.identify(s, third_card, clock.now.date())[0].ok
            assert cards.identify(s, second_card, clock.now.date())[0].status == "revoked"
