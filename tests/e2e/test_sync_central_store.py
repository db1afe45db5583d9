"""The central server's store on SQLite and on a real PostgreSQL: once-only events, review list, feed, stations."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from kiosk.central import office, reports, stations
from kiosk.central.db import CentralStore
from kiosk.central.feed import BadCursor, read_page
from kiosk.central.ingest import ingest
from kiosk.central.models import FeedEntry, Worker
from kiosk.central.retention import prune_tombstones
from kiosk.domain.card_format import generate_signing_key, key_id_for
from kiosk.domain.forms import JobForm
from kiosk.sync.protocol import EventIn

NINE = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def store(central_url):
    s = CentralStore(central_url)
    s.create_schema()
    yield s
    s.dispose()


def event(kind: str, payload: dict, seq: int = 1, entity_id: str | None = None) -> EventIn:
    return EventIn(id=str(uuid.uuid4()), kind=kind, entity_id=entity_id or payload.get("id", str(uuid.uuid4())),
                   seq=seq, created_at=NINE.isoformat(), payload=payload)


def worker(station: str, id_hash: str | None = None) -> dict:
    return {"id": str(uuid.uuid4()), "worker_no": "ZD01-00001", "name": "王建国", "home_station_id": station,
            "id_hash": id_hash, "trades": ["cleaning"], "id_masked": "1101**********123X"}


def job(station: str, headcount: int = 3, start: datetime = NINE, hours: int = 8) -> dict:
    return {"id": str(uuid.uuid4()), "title": "商场保洁", "category": "cleaning", "pay_fen": 16000, "pay_unit": "day",
            "headcount": headcount, "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=hours)).isoformat(),
            "place": "万达广场", "source_station_id": station}


def signup(station: str, job_id: str, worker_id: str) -> dict:
    return {"id": str(uuid.uuid4()), "job_id": job_id, "worker_id": worker_id, "status": "confirmed",
            "station_id": station}


def check_in(station: str, job_id: str, worker_id: str, at: datetime) -> dict:
    return {"id": str(uuid.uuid4()), "signup_id": str(uuid.uuid4()), "job_id": job_id, "worker_id": worker_id,
            "check_in_at": at.isoformat(), "station_id": station}


def all_changes(store: CentralStore, station: str, limit: int = 10, cursor: str = "") -> tuple[list, str]:
    changes = []
    for _ in range(1000):
        page = json.loads(read_page(store, station, cursor, limit))
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            return changes, cursor
    raise AssertionError("the feed never ended")


def test_each_event_is_stored_once_and_a_resend_gets_its_original_result(store):
    events = [event("worker.registered", worker("S1")), event("job.posted", job("S1"))]
    first = ingest(store, "S1", events)
    assert [r.status for r in first] == ["accepted", "accepted"]
    again = ingest(store, "S1", events)
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert [r.received_at for r in again] == [r.received_at for r in first]
    changed = events[0].model_copy(update={"payload": {**events[0].payload, "name": "王建军"}})
    assert ingest(store, "S1", [changed])[0].status == "conflict"
    stats = reports.stats(store)
    assert stats["events_total"] == 2 and stats["deliveries_total"] == 5
    assert [i["kind"] for i in reports.review_items(store)] == ["reused_event_id"]


def test_one_bad_event_never_sinks_the_batch(store):
    good = event("worker.registered", worker("S1"))
    batch = [
        good,
        event("not a kind", {"id": "x"}),
        event("signup.created", signup("S2", "j", "w")),  # written as another station
        event("signup.created", {**signup("S1", "j", "w"), "status": "maybe"}),
        event("call.recorded", {"note": float("nan")}),
        event("problem.reported", {"kind": "unsafe"}),  # a kind the server only stores
        good,  # the same event twice in one batch
    ]
    results = ingest(store, "S1", batch)
    assert [(r.status, r.code) for r in results] == [
        ("accepted", ""), ("rejected", "bad_kind"), ("rejected", "wrong_station"), ("rejected", "invalid_payload"),
        ("rejected", "bad_payload"), ("accepted", ""), ("duplicate", "")]
    assert reports.stats(store)["by_station"]["S1"]["events"] == 2


def test_facts_are_recorded_and_conflicts_reviewed(store):
    shared_hash = "ab" * 32
    w1, w2 = worker("S1", shared_hash), worker("S2", shared_hash)
    one_place = job("S1", headcount=1)
    other = job("S1", start=NINE.replace(hour=10), hours=4)
    ingest(store, "S1", [event("worker.registered", w1), event("job.posted", one_place), event("job.posted", other)])
    s2 = ingest(store, "S2", [event("worker.registered", w2)])
    assert s2[0].status == "accepted" and s2[0].review  # recorded, and flagged
    ingest(store, "S1", [event("signup.created", signup("S1", one_place["id"], w1["id"])),
                         event("attendance.checked_in", check_in("S1", one_place["id"], w1["id"], NINE))])
    late = ingest(store, "S2", [event("signup.created", signup("S2", one_place["id"], w2["id"])),
                                event("attendance.checked_in", check_in("S2", other["id"], w1["id"],
                                                                        NINE.replace(hour=10)))])
    assert [r.status for r in late] == ["accepted", "accepted"] and late[1].review
    kinds = {i["kind"]: i for i in reports.review_items(store)}
    assert set(kinds) == {"duplicate_person", "over_capacity", "overlapping_check_in"}
    assert kinds["over_capacity"]["stations"] == ["S1", "S2"]
    feed, _ = all_changes(store, "S3")
    filled = {c["id"]: c["data"]["filled"] for c in feed if c["kind"] == "job"}
    assert filled[one_place["id"]] == 2  # every station sees both sign-ups


def test_every_review_kind_says_in_words_what_is_wrong(store):
    shared_hash = "cd" * 32
    w1, w2 = worker("S1", shared_hash), worker("S2", shared_hash)
    one_place, other = job("S1", headcount=1), job("S1", start=NINE.replace(hour=10), hours=4)
    posted = event("job.posted", job("S1"))
    ingest(store, "S1", [event("worker.registered", w1), event("job.posted", one_place), event("job.posted", other),
                         posted, event("signup.created", signup("S1", one_place["id"], w1["id"])),
                         event("attendance.checked_in", check_in("S1", one_place["id"], w1["id"], NINE))])
    ingest(store, "S2", [event("worker.registered", w2), event("signup.created", signup("S2", one_place["id"], w2["id"])),
                         event("attendance.checked_in", check_in("S2", other["id"], w1["id"], NINE.replace(hour=10))),
                         event("job.posted", {**job("S2"), "id": one_place["id"]})])
    ingest(store, "S1", [posted.model_copy(update={"payload": {**posted.payload, "title": "别的"}})])
    items = {i["kind"]: i for i in reports.review_items(store)}
    assert set(items) == {"duplicate_person", "over_capacity", "overlapping_check_in", "job_id_clash",
                          "reused_event_id"}
    said = {kind: (i["summary"]["zh"], i["summary"]["en"]) for kind, i in items.items()}
    assert said["over_capacity"] == (
        f"岗位 商场保洁（{one_place['id']}）招 1 人，已确认报名 2 人（S1, S2），超员了：请告知用工单位或多出的工人。",
        f"Job 商场保洁 ({one_place['id']}) wants 1, but 2 sign-ups are confirmed (S1, S2): tell the employer or the "
        f"extra workers.")
    assert said["overlapping_check_in"][0].startswith("工人 S1 ZD01-00001 王*国（登记于 ?）的两次签到时间重叠（商场保洁 (")
    assert said["overlapping_check_in"][1].startswith("Worker S1 ZD01-00001 王*国 (registered ?) was checked in")
    assert "两个来源（S1, S2）用了同一个岗位编号" in said["job_id_clash"][0]
    assert "Two sources (S1, S2) used the same job id" in said["job_id_clash"][1]
    assert "驿站 S1 用同一个事件编号" in said["reused_event_id"][0] and "job.posted" in said["reused_event_id"][1]
    for zh, en in said.values():
        assert "王建国" not in zh + en and shared_hash not in zh + en and "{" not in zh + en


def test_feed_pages_follow_the_server_cursor(store):
    form = JobForm(title="分拣员", category="sorting", employer_name="顺达物流园", pay_amount=180, pay_unit="day",
                   headcount=5, starts_at=NINE, ends_at=NINE + timedelta(hours=8), place="物流园").validated()
    office_ids = office.add_jobs(store, [(str(uuid.uuid4()), form) for _ in range(25)])
    mine = worker("S1")
    ingest(store, "S1", [event("worker.registered", mine), event("job.posted", job("S1"))])
    seen, cursor = all_changes(store, "S1", limit=10)
    assert [c["kind"] for c in seen].count("job") == 26
    assert [c["id"] for c in seen if c["kind"] == "worker"] == [mine["id"]]  # the latest profile goes back too
    others, _ = all_changes(store, "S2", limit=7)
    assert mine["id"] in {c["id"] for c in others if c["kind"] == "worker"}
    office.close_office_job(store, office_ids[0], "cancelled")
    after, _ = all_changes(store, "S1", cursor=cursor)
    assert [(c["id"], c["deleted"], c["data"]["status"]) for c in after] == [(office_ids[0], True, "cancelled")]
    restarted, _ = all_changes(store, "S1", cursor="0123abcd." + cursor.split(".")[1])  # another server's cursor
    assert len(restarted) == 27  # 26 jobs and the worker
    with pytest.raises(BadCursor):
        read_page(store, "S1", "not a cursor", 10)


def test_a_visitor_edited_elsewhere_goes_to_every_station_with_its_home_and_id_hash(store):
    registered = worker("S1", "cd" * 32)
    ingest(store, "S1", [event("worker.registered", registered)])
    edit = {**registered, "name": "王建华", "id_hash": None, "card_seq": 2}  # S2 had only a phone number typed in
    assert ingest(store, "S2", [event("worker.updated", edit, seq=7)])[0].status == "accepted"
    for station in ("S1", "S2", "S3"):
        (row,) = [c["data"] for c in all_changes(store, station)[0] if c["kind"] == "worker"]
        assert (row["name"], row["home_station_id"], row["id_hash"], row["card_seq"]) == ("王建华", "S1", "cd" * 32, 2)


def test_old_tombstones_are_pruned_and_a_cursor_older_than_them_gets_the_whole_feed_again(store):
    moments = [NINE]
    store.clock = lambda: moments[-1]
    form = JobForm(title="分拣员", category="sorting", employer_name="顺达物流园", pay_amount=180, pay_unit="day",
                   headcount=5, starts_at=NINE, ends_at=NINE + timedelta(hours=8), place="物流园").validated()
    old, recent, open_job = office.add_jobs(store, [(str(uuid.uuid4()), form) for _ in range(3)])
    _, offline = all_changes(store, "S1")  # S1 goes offline here
    office.close_office_job(store, old, "cancelled")
    moments.append(NINE + timedelta(days=91))
    office.close_office_job(store, recent)
    _, online = all_changes(store, "S2")  # S2 saw both closures
    assert prune_tombstones(store, timedelta(days=90)).count == 1
    assert prune_tombstones(store, timedelta(days=90)).count == 0  # again: nothing more to do
    assert {(c["id"], c["deleted"]) for c in all_changes(store, "S3")[0]} == {(recent, True), (open_job, False)}

    # S1 could have missed the pruned closure: it gets the whole feed, marked, and then carries on as usual
    page = json.loads(read_page(store, "S1", offline, 100))
    assert page["resync"] and {c["id"] for c in page["changes"]} == {recent, open_job}
    after = json.loads(read_page(store, "S1", page["cursor"], 100))
    assert not after["resync"] and after["changes"] == []
    # S2 saw everything that was pruned: nothing changes for it
    page = json.loads(read_page(store, "S2", online, 100))
    assert not page["resync"] and page["changes"] == []


def test_a_version_1_database_gets_the_feed_age_column(store):
    office.add_jobs(store, [(str(uuid.uuid4()), JobForm(
        title="搬运工", category="loading", employer_name="速运快递站", pay_amount=200, pay_unit="day", headcount=1,
        starts_at=NINE, ends_at=NINE + timedelta(hours=8), place="快递站").validated())])
    with store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE feed DROP COLUMN changed_at"))
    store.clock = lambda: NINE
    store.create_schema()
    with store.read() as s:
        assert set(s.scalars(select(FeedEntry.changed_at))) == {NINE}


def test_one_stations_worker_number_given_to_two_workers_is_recorded_and_reviewed(store):
    first, second = worker("S1"), {**worker("S1"), "name": "李四"}  # both ZD01-00001 of S1 (an old backup restored)
    ingest(store, "S1", [event("worker.registered", first)])
    again = ingest(store, "S1", [event("worker.registered", second, seq=2)])
    assert again[0].status == "accepted" and again[0].review  # the card carries the number: recorded and flagged
    ingest(store, "S1", [event("worker.updated", {**second, "trades": ["loading"]}, seq=3)])
    ingest(store, "S2", [event("worker.registered", worker("S2"))])  # S2's own ZD01-00001 is another number
    (item,) = [i for i in reports.review_items(store) if i["kind"] == "worker_no_clash"]
    assert item["stations"] == ["S1"] and {p["worker_id"] for p in item["people"]} == {first["id"], second["id"]}
    assert "驿站 S1 的工友编号 ZD01-00001 发给了 2 位不同的工友" in item["summary"]["zh"]
    assert "Worker number ZD01-00001 of station S1 was given to 2 different workers" in item["summary"]["en"]
    assert "李四" not in item["summary"]["zh"] + item["summary"]["en"]


def test_a_version_2_database_gets_the_worker_number_column(store):
    ingest(store, "S1", [event("worker.registered", worker("S1"))])
    with store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_worker_home_station_worker_no"))
        conn.execute(text("ALTER TABLE worker DROP COLUMN worker_no"))
    store.create_schema()
    with store.read() as s:
        assert list(s.scalars(select(Worker.worker_no))) == ["ZD01-00001"]
    second = {**worker("S1"), "name": "李四"}
    assert ingest(store, "S1", [event("worker.registered", second)])[0].review


def test_parallel_writers_never_make_a_reader_skip_a_row(store):
    form = JobForm(title="装卸工", category="loading", employer_name="速运快递站", pay_amount=260, pay_unit="day",
                   headcount=2, starts_at=NINE, ends_at=NINE + timedelta(hours=8), place="快递站").validated()
    written: list[str] = []
    seen: set[str] = set()
    done = threading.Event()

    def write(n: int) -> None:
        for _ in range(n):
            written.extend(office.add_jobs(store, [(str(uuid.uuid4()), form)]))

    def read() -> None:
        cursor = ""
        while True:
            finished = done.is_set()
            page = json.loads(read_page(store, "S9", cursor, 7))
            seen.update(c["id"] for c in page["changes"])
            cursor = page["cursor"]
            if finished and not page["more"]:
                return

    writers = [threading.Thread(target=write, args=(25,)) for _ in range(4)]
    reader = threading.Thread(target=read)
    reader.start()
    for t in writers:
        t.start()
    for t in writers:
        t.join(120)
    done.set()
    reader.join(120)
    assert len(written) == 100 and seen == set(written)


def test_a_station_enrols_once_and_a_revoked_one_is_refused(store):
    code = stations.add_station(store, "ZD07")
    _, public = generate_signing_key()
    key = base64.b64encode(public).decode()
    done = stations.enroll(store, code.lower().replace("-", " "), "station-local", key_id_for(public), key)
    assert done.station == "ZD07" and done.token.startswith(stations.TOKEN_PREFIX)
    assert stations.authenticate(store, f"Bearer {done.token}") == ("ZD07", "")
    with pytest.raises(stations.CodeRefused):
        stations.enroll(store, code, "station-local", key_id_for(public), key)
    with store.read() as s:
        from kiosk.central.models import Station

        assert s.get(Station, "ZD07").token_hash == stations.digest(done.token)  # only a hash is kept
    stations.revoke_station(store, "ZD07")
    assert stations.authenticate(store, f"Bearer {done.token}") == (None, "revoked")
    keys = [c for c in all_changes(store, "ZD08")[0] if c["kind"] == "station_key"]
    assert keys[0]["data"]["not_after"] and not keys[0]["data"]["revoked"]  # its cards issued so far still scan
    stations.revoke_station(store, "ZD07", compromised=True)
    keys = [c for c in all_changes(store, "ZD08")[0] if c["kind"] == "station_key"]
    assert keys[0]["data"]["revoked"]
