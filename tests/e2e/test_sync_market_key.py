"""One lookup-hash key for the whole market: handed out at enrolment, so one person's ID and phone numbers
hash alike at every station. Visitors are found at the next station; twins registered at two stations
before either synced go on the server's review list once; the key sits in a 0600 file and in no log."""

from __future__ import annotations

import base64
import json
import logging
import os
import random
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from kiosk.central.models import Meta
from kiosk.central.stations import LOOKUP_KEY
from kiosk.demo.people import fake_worker
from kiosk.demo.simulate import SteppingClock
from kiosk.imports.ledger import import_workers
from kiosk.ops import workers
from kiosk.store.history import find_workers
from kiosk.store.models import OutboxEvent, Worker
from kiosk.store.pii import key_id
from kiosk.sync.client import SyncError
from kiosk.sync.enroll import E_OTHER_MARKET, enroll_station
from kiosk.sync.state import LOOKUP_KEY_ID, get_state
from sync_support import kiosk, start_server, sync, unique

ID_NUMBER = "110105197003077711"
PHONE = "13800138001"


def market_key(server) -> bytes:
    with server.store.read() as s:
        return base64.b64decode(s.scalar(select(Meta.value).where(Meta.key == LOOKUP_KEY)))


def hash_key_file(station) -> Path:
    return station.settings.keys_dir / "pii-hash.key"


def person(station, rng, name: str = "王建国", id_number: str = ID_NUMBER, phone: str = PHONE):
    form = fake_worker(rng, station.clock().date())
    form.name, form.id_number, form.phone = name, id_number, phone
    return form


def enrol_with_cli(server, home: Path, name: str) -> subprocess.CompletedProcess:
    done = kiosk(home, "enroll", "--server", server.url, "--code", server.add_station(name), "--json")
    assert json.loads(done.stdout)["station_id"] == name
    return done


def outbox(station, kind: str | None = None) -> list[OutboxEvent]:
    with station.read() as s:
        query = select(OutboxEvent).order_by(OutboxEvent.seq)
        return list(s.scalars(query.where(OutboxEvent.kind == kind) if kind else query))


def worker_row(station, worker_id: str) -> Worker:
    with station.read() as s:
        return s.get(Worker, worker_id)


def leaked(key: bytes, texts: list[str]) -> list[int]:
    """Which texts hold the key in any usual spelling (base64, hex)."""
    spellings = [base64.b64encode(key).decode(), key.hex(), base64.urlsafe_b64encode(key).decode().rstrip("=")]
    return [i for i, text in enumerate(texts) if any(s in text for s in spellings)]


def test_a_worker_registered_at_a_is_found_at_b_by_id_phone_and_ledger(server, make_stations, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    rng = random.Random(21)
    clock = SteppingClock(datetime.now().replace(hour=8, minute=0, second=0, microsecond=0))
    a = make_stations.enrolled(server, unique("A"), clock)
    b_name = unique("B")
    enrolled_b = enrol_with_cli(server, tmp_path / b_name, b_name)
    b = make_stations.open(b_name, clock)
    key = market_key(server)
    for station in (a, b):  # the market's key, in a file only this user can read
        assert hash_key_file(station).read_bytes() == key
        assert hash_key_file(station).stat().st_mode & 0o777 == 0o600
        assert station.vault.hash_key_id == key_id(key)

    p = a.run(workers.register_worker, person(a, rng)).entity_id
    assert sync(a).ok and sync(b).ok
    visitor = worker_row(b, p)
    assert visitor.origin == "remote" and visitor.id_enc is None and visitor.phone_enc is None
    assert (visitor.id_hash, visitor.phone_hash) == (worker_row(a, p).id_hash, worker_row(a, p).phone_hash)

    # Registering the same ID number at B opens A's profile instead of making a twin.
    again = b.run(workers.register_worker, person(b, rng, name="王建国"))
    assert (again.kind, again.entity_id, again.detail["existing"]) == ("worker.exists", p, True)
    by_phone = b.run(workers.register_worker, person(b, rng, id_number=""))  # same name and phone, no ID typed
    assert (by_phone.kind, by_phone.entity_id) == ("worker.exists", p)
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(f"姓名,身份证号,电话,工种,同意\n王建国,{ID_NUMBER},{PHONE},保洁,是\n", encoding="utf-8")
    assert import_workers(b, ledger).count("existing") == 1

    # Staff at B find the visitor by the full ID or phone number.
    with b.read() as s:
        assert [r.id for r in find_workers(s, b.vault, ID_NUMBER)] == [p]
        assert [r.id for r in find_workers(s, b.vault, PHONE)] == [p]
        assert s.scalar(select(func.count()).select_from(Worker)) == 1

    # The key is in no log: the server's, either station's, the enrol command's output, this process's.
    out = kiosk(b.settings.home, "sync", "--once", "--json")
    logs = [server.log_path.read_text(encoding="utf-8"), enrolled_b.stdout + enrolled_b.stderr,
            out.stdout + out.stderr, caplog.text]
    logs += [f.read_text(encoding="utf-8", errors="replace") for st in (a, b) for f in st.settings.logs_dir.glob("*")
             if f.is_file()]
    assert any("enrolled" in text for text in logs)  # the logs were written: the check below means something
    assert leaked(key, logs) == []
    assert server.cli("stats", "--json").stdout.count(base64.b64encode(key).decode()) == 0


def test_one_person_registered_at_two_stations_before_enrolling_is_one_review_item(server, make_stations, tmp_path):
    rng = random.Random(22)
    clock = SteppingClock(datetime.now().replace(hour=8, minute=0, second=0, microsecond=0))
    names = unique("A"), unique("B")
    a, b = (make_stations.open(n, clock) for n in names)  # standalone for now, each with a key of its own
    id_number = "11010519491231002X"
    twins = [st.run(workers.register_worker, person(st, rng, name="李秀英", id_number=id_number, phone="")).entity_id
             for st in (a, b)]
    others = [st.run(workers.register_worker, fake_worker(rng, clock.now.date())).entity_id for st in (a, b)]
    a.run(workers.update_worker, twins[0], workers.form_from_worker(worker_row(a, twins[0]), a.vault))
    assert worker_row(a, twins[0]).id_hash != worker_row(b, twins[1]).id_hash  # the trouble the market key ends
    before = [len(outbox(st)) for st in (a, b)]
    with requests.Session() as http:
        done = enroll_station(a, http, server.url, server.add_station(names[0]))
    make_stations.close()
    enrol_with_cli(server, make_stations.root / names[1], names[1])
    a, b = (make_stations.open(n, clock) for n in names)

    for station, twin, other, count in zip((a, b), twins, others, before):
        assert station.id in names and len(outbox(station)) == count  # nothing had left: events rewritten, none added
        for w in (twin, other):
            row = worker_row(station, w)
            assert row.id_hash == station.vault.lookup_hash("id", station.vault.decrypt(row.id_enc))
            assert all(e.payload["id_hash"] == row.id_hash for e in outbox(station) if e.entity_id == w)
    assert done.rehashed.workers == 2 and done.rehashed.rewritten == 3 and done.rehashed.queued == 0
    assert worker_row(a, twins[0]).id_hash == worker_row(b, twins[1]).id_hash

    assert sync(a).ok and sync(b).ok
    items = [i for i in json.loads(server.cli("review", "--json").stdout)
             if i["kind"] == "duplicate_person" and set(names) & set(i["stations"])]
    assert len(items) == 1
    assert set(items[0]["stations"]) == set(names) and sorted(items[0]["detail"]["workers"]) == sorted(twins)
    assert sync(a).ok and sync(b).ok  # each station now knows the other's twin as a visitor; still one item
    assert len([i for i in json.loads(server.cli("review", "--json").stdout)
                if i["kind"] == "duplicate_person" and set(names) & set(i["stations"])]) == 1


def test_enrolling_again_same_market_changes_nothing_another_market_is_refused_unless_forced(
        server, make_stations, tmp_path):
    rng = random.Random(23)
    clock = SteppingClock(datetime.now().replace(hour=8, minute=0, second=0, microsecond=0))
    a = make_stations.enrolled(server, unique("A"), clock)
    p = a.run(workers.register_worker, person(a, rng)).entity_id
    assert sync(a).ok
    hashes, events = (worker_row(a, p).id_hash, worker_row(a, p).phone_hash), len(outbox(a))

    with requests.Session() as http:  # new hardware, same market: a new code, the same key
        again = enroll_station(a, http, server.url, server.add_station(a.id))
    assert again.rehashed is None and len(outbox(a)) == events
    assert (worker_row(a, p).id_hash, worker_row(a, p).phone_hash) == hashes
    assert sync(a).ok

    other = start_server(tmp_path / "other-market")
    try:
        code = other.add_station(a.id)
        with requests.Session() as http, pytest.raises(SyncError) as refused:
            enroll_station(a, http, other.url, code)
        assert refused.value.msg.code == E_OTHER_MARKET
        assert hash_key_file(a).read_bytes() == market_key(server) and a.settings.server_url == server.url
        assert (worker_row(a, p).id_hash, worker_row(a, p).phone_hash) == hashes and len(outbox(a)) == events

        with requests.Session() as http:  # on purpose: the same code still works, since it was not used up
            moved = enroll_station(a, http, other.url, code, force=True)
        assert hash_key_file(a).read_bytes() == market_key(other) != market_key(server)
        assert hash_key_file(a).stat().st_mode & 0o777 == 0o600
        row = worker_row(a, p)
        assert row.id_hash == a.vault.lookup_hash("id", ID_NUMBER) != hashes[0]
        # The first server had this worker's events: they are left as sent, and one update carries the new hashes.
        assert moved.rehashed.queued == 1 and len(outbox(a)) == events + 1
        update = outbox(a)[-1]
        assert (update.kind, update.status, update.payload["id_hash"]) == ("worker.updated", "pending", row.id_hash)
        with a.read() as s:
            assert get_state(s, LOOKUP_KEY_ID) == key_id(market_key(other))
    finally:
        other.stop()
        other.store.dispose()


def test_an_enrolment_cut_short_leaves_the_station_as_it_was_or_finished(server, make_stations, tmp_path):
    """The key file is put in place only after the database holds the new hashes; opening the station
    finishes a key change the database committed and drops one it never did."""
    from kiosk.store.pii import stage_hash_key

    rng = random.Random(24)
    name = unique("A")
    a = make_stations.open(name)
    p = a.run(workers.register_worker, person(a, rng)).entity_id
    own_key = hash_key_file(a).read_bytes()
    stage_hash_key(a.settings.keys_dir, os.urandom(32))  # a crash before the database commit
    make_stations.close()
    a = make_stations.open(name)
    assert hash_key_file(a).read_bytes() == own_key and not list(a.settings.keys_dir.glob("*.new"))
    assert worker_row(a, p).id_hash == a.vault.lookup_hash("id", ID_NUMBER)

    with requests.Session() as http:
        enroll_station(a, http, server.url, server.add_station(name))
    key = market_key(server)
    hash_key_file(a).write_bytes(own_key)  # as if killed after the commit, before the file was replaced
    stage_hash_key(a.settings.keys_dir, key)
    make_stations.close()
    a = make_stations.open(name)
    assert hash_key_file(a).read_bytes() == key and a.vault.hash_key_id == key_id(key)
    assert worker_row(a, p).id_hash == a.vault.lookup_hash("id", ID_NUMBER)
