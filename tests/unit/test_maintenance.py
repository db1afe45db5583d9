"""Looking after a station: logs without personal data, backup and restore, upgrades that keep everything."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy import func, select

from kiosk.backup import backup, restore
from kiosk.domain.messages import UserError
from kiosk.logs import read_logs, scrub, setup_logging
from kiosk.ops import contact, workers
from kiosk.station import Station
from kiosk.store.models import OutboxEvent, Worker
from tests.unit.conftest import make_worker_form


def test_scrub_removes_ids_phones_and_tokens():
    line = 'register 110105197003077711 phone +86 13800138000 家属 010-62345678 token=abcDEF123456 "pin": "2580"'
    cleaned = scrub(line)
    for secret in ("110105197003077711", "13800138000", "62345678", "abcDEF123456", "2580"):
        assert secret not in cleaned
    assert "[ID]" in cleaned and "[PHONE]" in cleaned and "[SECRET]" in cleaned
    # numbers written the ways the validators accept them, and whole credentials after their names
    spaced = ("138 0013 8000", "+86-138-0013-8000", "0086 138 0013 8000", "110105 19700307 7711",
              "110105-19700307-771X", "(010) 6234 5678")
    for number in spaced:
        assert "0013" not in scrub(f"call {number} now") and "7711" not in scrub(f"id {number}") \
            and "5678" not in scrub(f"tel {number}"), number
    for line in ("Authorization: Token abcdefgh", "{'Authorization': 'Bearer eyJhbGci.abc-def'}", "Bearer abcdefgh",
                 "GET /enrol?code=ab12-CD&x=1", "x-station-token: s3cr3t!x", '"pin": "12"'):
        assert not any(part in scrub(line) for part in ("abcdefgh", "eyJhbGci", "ab12", "s3cr3t", "12")), line
    kept = "worker.registered 0192f3a4-1234-7abc-8def-012345678901 event 0192f3a4-5678-7abc-8def-123456789012"
    assert scrub(kept) == kept, "record ids stay readable"


def test_a_database_error_in_the_log_shows_no_values(tmp_path):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from kiosk.store.engine import make_engine

    engine = make_engine(tmp_path / "t.db")
    with engine.begin() as conn:
        conn.execute(text("create table person (id integer primary key, name text)"))
        conn.execute(text("insert into person values (1, :name)"), {"name": "王建国"})
    with pytest.raises(IntegrityError) as err, engine.begin() as conn:
        conn.execute(text("insert into person values (1, :name)"), {"name": "王建国 110105197003077711"})
    engine.dispose()
    assert "王建国" not in str(err.value) and "hidden" in str(err.value)
    from kiosk.central.db import CentralStore

    central = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    assert central.engine.hide_parameters and central.read_engine.hide_parameters, "the server logs no values either"
    central.engine.dispose()
    central.read_engine.dispose()


def test_registering_and_revealing_leaves_no_personal_numbers_in_logs(core_station):
    logs_dir = core_station.settings.logs_dir
    setup_logging(logs_dir, level=logging.DEBUG)
    try:
        sql_log = logging.getLogger("sqlalchemy.engine")
        sql_log.setLevel(logging.INFO)  # even statement logging, with its parameters
        wid = core_station.run(workers.register_worker, make_worker_form()).entity_id
        core_station.run(contact.reveal_contact, wid, staff="站长")
        logging.getLogger("kiosk.test").info("revealed %s for %s", "13800138000", "110105197003077711")
        try:
            raise ValueError("bad id 110105197003077711")
        except ValueError:
            logging.getLogger("kiosk.test").exception("a bug")
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    text = "".join(p.read_text(encoding="utf-8") for p in logs_dir.glob("*.log*"))
    assert "revealed" in text
    assert "110105197003077711" not in text and "13800138000" not in text
    assert any("trace" in e for e in read_logs(logs_dir))


def test_backup_and_restore_round_trip(core_station, tmp_path):
    wid = core_station.run(workers.register_worker, make_worker_form()).entity_id
    archive = backup(core_station.settings.home, tmp_path / "b.tar.gz")
    target = tmp_path / "restored"
    manifest = restore(archive, target)
    assert "station.db" in manifest["files"] and "keys/pii.key" in manifest["files"]
    again = Station.open(target)
    with again.read() as s:
        worker = s.get(Worker, wid)
        assert again.vault.decrypt(worker.id_enc) == "110105197003077711"  # keys came along
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == 1
    with pytest.raises(UserError) as err:
        restore(archive, target)
    assert err.value.msg.code == "backup.home_unsent"  # its one event has not gone up yet


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "x.tar.gz"
    bogus.write_bytes(b"not a tarball")
    with pytest.raises(UserError) as err:
        restore(bogus, tmp_path / "home")
    assert err.value.msg.code == "backup.invalid"


def test_backup_is_consistent_while_a_writer_holds_a_transaction(core_station, tmp_path):
    core_station.run(workers.register_worker, make_worker_form())
    writer = sqlite3.connect(core_station.settings.db_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("insert into sync_state(key, value) values ('half', 'written')")
    try:
        archive = backup(core_station.settings.home, tmp_path / "b.tar.gz")
    finally:
        writer.rollback()
        writer.close()
    restored = tmp_path / "r"
    restore(archive, restored)
    con = sqlite3.connect(restored / "station.db")
    assert con.execute("select count(*) from sync_state where key='half'").fetchone()[0] == 0
    assert con.execute("select count(*) from worker").fetchone()[0] == 1
    con.close()


def test_plain_messages_for_a_missing_backup_and_a_bad_time(tmp_path):
    from kiosk.logs import parse_since

    with pytest.raises(UserError) as err:
        restore(tmp_path / "nothere.tar.gz", tmp_path / "home")
    assert err.value.msg.code == "backup.no_file"
    with pytest.raises(UserError) as err:
        parse_since("xyz", __import__("datetime").datetime.now())
    assert err.value.msg.code == "logs.bad_since"
