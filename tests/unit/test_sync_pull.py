"""Applying downloaded pages on the station: never over a row with unsent changes; cursor with its page."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest

from kiosk.demo.people import fake_worker
from kiosk.domain.messages import UserError
from kiosk.domain.forms import JobForm
from kiosk.ops import jobs, signups, workers
from sqlalchemy import select, update

from kiosk.store.models import Job, OutboxEvent, SyncState, Worker, WorkerTrade
from kiosk.store.queries import urgent_orders
from kiosk.sync.protocol import Change, ChangesPage
from kiosk.sync.pull import apply_page
from kiosk.sync.resync import Resync
from kiosk.sync.state import CURSOR, get_state
from kiosk.sync.status import sync_status

NOW = datetime(2026, 11, 23, 8, 30)


def job_data(job_id: str, **overrides) -> dict:
    start = NOW + timedelta(hours=1)
    data = {"id": job_id, "title": "仓库分拣员", "category": "sorting", "employer_name": "顺达物流园", "pay_fen": 18000,
            "pay_unit": "day", "headcount": 5, "filled": 1, "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=8)).isoformat(), "place": "城南物流园", "urgent": True,
            "status": "open", "origin": "central", "source_station_id": ""}
    data.update(overrides)
    return data


def page(*changes: Change, cursor: str = "abc.1", more: bool = False) -> ChangesPage:
    return ChangesPage(changes=list(changes), cursor=cursor, more=more, server_time=NOW)


def apply(station, p: ChangesPage, sent: str = "", resync: Resync | None = None):
    return apply_page(station, p, sent, station.clock(), clock_offset=1.5, resync=resync)


def test_downloaded_jobs_reach_the_board_with_the_page_and_its_cursor(station):
    job_id = str(uuid.uuid4())
    counts = apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id))))
    assert counts["jobs"] == 1
    with station.read() as s:
        assert [j.id for j in urgent_orders(s, station.clock())] == [job_id]
        assert s.get(Job, job_id).origin == "central"
        assert get_state(s, CURSOR) == "abc.1"
    assert sync_status(station)["clock_offset_seconds"] == 1.5
    # a page fetched with a cursor that another sync has since moved is not applied twice
    assert apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id, title="x")), cursor="abc.2")) is None
    closed = apply(station, page(Change(kind="job", id=job_id, deleted=True, data={"id": job_id, "status": "cancelled"}),
                                 cursor="abc.2"), sent="abc.1")
    assert closed["tombstones"] == 1
    with station.read() as s:
        assert s.get(Job, job_id).status == "cancelled" and urgent_orders(s, station.clock()) == []


def test_a_local_row_with_unsent_changes_is_never_overwritten(station):
    start = NOW + timedelta(hours=2)
    form = JobForm(title="展会搭建", category="event_staff", employer_name="会展中心临时用工", pay_amount=220,
                   pay_unit="day", headcount=3, starts_at=start, ends_at=start + timedelta(hours=8), place="5号馆")
    job_id = station.run(jobs.post_job, form).entity_id  # its job.posted event is still pending
    counts = apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id, title="别人改的", headcount=9))))
    assert counts["kept_local"] == 1
    with station.read() as s:
        assert (s.get(Job, job_id).title, s.get(Job, job_id).headcount) == ("展会搭建", 3)


def test_filled_counts_this_stations_own_sign_ups_until_the_server_has_them(station):
    job_id = str(uuid.uuid4())
    apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id, filled=0))))
    rng = __import__("random").Random(3)
    for _ in range(2):
        worker_id = station.run(workers.register_worker, fake_worker(rng, NOW.date())).entity_id
        station.run(signups.sign_up, worker_id, job_id)
    apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id, filled=1)), cursor="abc.2"), sent="abc.1")
    with station.read() as s:
        assert s.get(Job, job_id).filled == 2  # the server's 1 is older than what happened here


def test_visitors_from_other_stations_never_take_this_stations_worker_numbers(station):
    rng = __import__("random").Random(4)
    mine = station.run(workers.register_worker, fake_worker(rng, NOW.date()))
    code = station.settings.station.code
    visitors = [
        {"id": str(uuid.uuid4()), "worker_no": mine.detail["worker_no"], "name": "李芳", "home_station_id": "ZD02"},
        {"id": str(uuid.uuid4()), "worker_no": f"{code}-00077", "name": "张伟", "home_station_id": "ZD03"},
        {"id": str(uuid.uuid4()), "worker_no": "ZD09-00001", "name": "赵敏", "home_station_id": "ZD09",
         "id_hash": "ab" * 32, "trades": ["cleaning"], "card_seq": 2},
    ]
    counts = apply(station, page(*[Change(kind="worker", id=v["id"], data=v) for v in visitors]))
    assert counts["workers"] == 3
    with station.read() as s:
        numbers = [s.get(Worker, v["id"]).worker_no for v in visitors]
        assert numbers == [f"{mine.detail['worker_no']}@ZD02", f"{code}-00077@ZD03", "ZD09-00001"]
        third = s.get(Worker, visitors[2]["id"])
        assert (third.origin, third.id_enc, third.phone_enc, third.card_seq) == ("remote", None, None, 2)
    # this station keeps registering without ever clashing with a visitor's number
    for _ in range(3):
        station.run(workers.register_worker, fake_worker(rng, NOW.date()))


def test_a_change_made_elsewhere_to_this_stations_own_worker_updates_the_profile_only(station):
    rng = __import__("random").Random(6)
    worker_id = station.run(workers.register_worker, fake_worker(rng, NOW.date(), trades=["cleaning"])).entity_id
    with station.read() as s:
        mine = s.get(Worker, worker_id)
        kept = (mine.worker_no, mine.id_hash, mine.id_enc, mine.home_station_id, mine.consent_at)
    # what the server sends after a visit to ZD02: a new name, trades and a card printed there; no ID hash
    edited = {"id": worker_id, "worker_no": "ZD02-00009", "name": "王建华", "home_station_id": "ZD02",
              "trades": ["loading"], "wanted": ["sorting"], "expected_daily_wage": 300, "card_seq": 2}
    counts = apply(station, page(Change(kind="worker", id=worker_id, data=edited)))
    assert counts["kept_local"] == 1  # its registration has not gone up yet: the row here wins
    with station.read() as s:
        assert s.get(Worker, worker_id).name != "王建华"
    with station.read() as s, s.begin():
        s.execute(update(OutboxEvent).values(status="done"))
    counts = apply(station, page(Change(kind="worker", id=worker_id, data=edited), cursor="abc.2"), sent="abc.1")
    assert counts["workers"] == 1
    with station.read() as s:
        mine = s.get(Worker, worker_id)
        assert (mine.name, mine.trades, mine.expected_daily_wage, mine.card_seq) == ("王建华", ["loading"], 300, 2)
        assert (mine.worker_no, mine.id_hash, mine.id_enc, mine.home_station_id, mine.consent_at) == kept
        assert mine.origin == "local"
        assert set(s.scalars(select(WorkerTrade.trade).where(WorkerTrade.worker_id == worker_id))) == {"loading",
                                                                                                       "sorting"}
    # a card number never goes back down (a card printed here may not have reached the server yet)
    apply(station, page(Change(kind="worker", id=worker_id, data={**edited, "card_seq": 1}), cursor="abc.3"),
          sent="abc.2")
    with station.read() as s:
        assert s.get(Worker, worker_id).card_seq == 2


def test_a_re_download_closes_what_the_server_no_longer_has_but_never_an_unsent_row(station):
    gone, still, new = (str(uuid.uuid4()) for _ in range(3))
    apply(station, page(*[Change(kind="job", id=j, data=job_data(j)) for j in (gone, still)], cursor="abc.9"))
    start = NOW + timedelta(hours=2)
    unsent = station.run(jobs.post_job, JobForm(
        title="展会搭建", category="event_staff", employer_name="会展中心临时用工", pay_amount=220, pay_unit="day",
        headcount=3, starts_at=start, ends_at=start + timedelta(hours=8), place="5号馆")).entity_id
    resync = Resync()
    first = apply(station, page(Change(kind="job", id=still, data=job_data(still)), cursor="xyz.1", more=True),
                  sent="abc.9", resync=resync)
    assert first["jobs"] == 0  # already here as the server has it: nothing written, nothing counted
    with station.read() as s:  # the cursor moves only with the last page: an interrupted re-download starts over
        assert get_state(s, CURSOR) == "abc.9" and s.get(Job, gone).status == "open"
    last = apply(station, page(Change(kind="job", id=new, data=job_data(new)), cursor="xyz.2"), sent="abc.9",
                 resync=resync)
    assert (last["resync"], last["tombstones"], last["kept_local"]) == (1, 1, 1)
    with station.read() as s:
        assert get_state(s, CURSOR) == "xyz.2"
        assert {j.id for j in s.scalars(select(Job).where(Job.status == "open"))} == {still, new, unsent}


def test_unreadable_or_unknown_changes_are_skipped_not_fatal(station):
    counts = apply(station, page(Change(kind="job", id="j1", data={"id": "j1"}),
                                 Change(kind="hologram", id="h1", data={})))
    assert counts["invalid"] == 1 and counts["unknown"] == 1
    with station.read() as s:
        assert get_state(s, CURSOR) == "abc.1"


def test_this_stations_own_records_coming_back_unchanged_are_neither_written_nor_counted(station):
    rng = __import__("random").Random(8)
    worker_id = station.run(workers.register_worker, fake_worker(rng, NOW.date(), trades=["cleaning"])).entity_id
    job_id = str(uuid.uuid4())
    apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id, filled=0))))
    station.run(signups.sign_up, worker_id, job_id)
    with station.read() as s, s.begin():
        s.execute(update(OutboxEvent).values(status="done"))
        w = s.get(Worker, worker_id)
        echo = {f: getattr(w, f) for f in ("worker_no", "name", "birth_year", "gender", "trades", "wanted", "days",
                                           "shifts", "expected_daily_wage", "max_distance_km", "priority_groups",
                                           "home_station_id", "card_seq", "active")}
        stamp = (w.updated_at, s.get(Job, job_id).updated_at)
    # what the server sends back after the upload: the worker as sent, the job with this station's sign-up counted
    counts = apply(station, page(Change(kind="worker", id=worker_id, data={"id": worker_id, **echo}),
                                 Change(kind="job", id=job_id, data=job_data(job_id, filled=1)), cursor="abc.2"),
                   sent="abc.1")
    assert (counts["workers"], counts["jobs"]) == (0, 0)
    with station.read() as s:
        assert (s.get(Worker, worker_id).updated_at, s.get(Job, job_id).updated_at) == stamp
        assert get_state(s, CURSOR) == "abc.2"
    # ...but a sign-up at another station does change the job here
    counts = apply(station, page(Change(kind="job", id=job_id, data=job_data(job_id, filled=2)), cursor="abc.3"),
                   sent="abc.2")
    assert counts["jobs"] == 1


def test_a_worker_of_this_station_the_station_lost_comes_back_as_its_own_under_the_card_number(station):
    rng = __import__("random").Random(9)
    here, code = station.settings.station.id, station.settings.station.code
    station.run(workers.register_worker, fake_worker(rng, NOW.date()))  # {code}-00001
    lost = {"id": str(uuid.uuid4()), "worker_no": f"{code}-00007", "name": "王五", "home_station_id": here,
            "id_hash": "cd" * 32, "trades": ["cleaning"], "card_seq": 1}
    with station.read() as s, s.begin():
        s.add(SyncState(key=workers.NUMBERS_UNCONFIRMED, value="restored"))
    with pytest.raises(UserError) as refused:  # restored: no number is given out before the server was heard
        station.run(workers.register_worker, fake_worker(rng, NOW.date()))
    assert "kiosk sync --once" in refused.value.msg.en
    apply(station, page(Change(kind="worker", id=lost["id"], data=lost), more=True))
    with station.read() as s:
        back = s.get(Worker, lost["id"])
        assert (back.worker_no, back.origin, back.id_enc, back.card_seq) == (f"{code}-00007", "local", None, 1)
        assert set(s.scalars(select(WorkerTrade.trade).where(WorkerTrade.worker_id == lost["id"]))) == {"cleaning"}
        assert s.get(SyncState, workers.NUMBERS_UNCONFIRMED) is not None  # more pages to come
    apply(station, page(cursor="abc.2"), sent="abc.1")
    nxt = station.run(workers.register_worker, fake_worker(rng, NOW.date())).detail["worker_no"]
    assert nxt == f"{code}-00008"  # past the highest own number seen, never one a card may carry
