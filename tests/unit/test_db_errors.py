"""The database locked by another program, or the disk full, is the world failing: a plain message in both
languages saying what to do, a non-zero exit, a log line without personal data, and nothing half-saved."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from kiosk.cli.main import main
from kiosk.domain.id_number import id_check_digit
from kiosk.logs import read_logs
from kiosk.ops import workers
from kiosk.store import engine as engine_module
from kiosk.store.db_errors import plain_db_error
from kiosk.store.models import OutboxEvent, Worker
from tests.unit.conftest import made_station, make_worker_form

LEDGER = "姓名,电话,同意,备注\n王建国,13800138000,是,腿脚不便\n"


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)  # a held lock is met in 50 ms, not 10 s


def _hold_write_lock(db) -> sqlite3.Connection:
    other = sqlite3.connect(db)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_import_while_another_program_holds_the_database_says_so_plainly(tmp_path, capsys, short_wait):
    home = made_station(tmp_path / "home")
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(LEDGER, encoding="utf-8")
    other = _hold_write_lock(home / "station.db")
    try:
        code = main(["--home", str(home), "import", "workers", str(ledger)])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code != 0
    assert "Another kiosk program is busy" in err and "另一个驿站程序" in err, err
    assert "OperationalError" not in err and "BEGIN IMMEDIATE" not in err and "Traceback" not in err
    entries = [e for e in read_logs(home / "logs") if e["program"] == "cli"]
    assert any("db.busy" in e["msg"] for e in entries), entries
    text = (home / "logs" / "cli.log").read_text(encoding="utf-8")
    assert "王建国" not in text and "13800138000" not in text and "腿脚不便" not in text
    assert main(["--home", str(home), "import", "workers", str(ledger)]) == 0, "once the other program is done"


def _person(n: int):
    first17 = f"11010519700307{n:03d}"
    return make_worker_form(name="王建国", id_number=first17 + id_check_digit(first17), phone=f"1380013{n:04d}")


def test_a_full_disk_is_named_and_nothing_is_half_saved(core_station):
    @event.listens_for(core_station.engine, "connect")
    def _full(dbapi_conn, _record):  # SQLite's own "database or disk is full", at the size it has now
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    core_station.engine.dispose()
    saved = 0
    with pytest.raises(OperationalError) as failure:
        for n in range(500):  # the free room left in the file's pages runs out
            core_station.run(workers.register_worker, _person(n))
            saved += 1
    problem = plain_db_error(failure.value, "register_worker")
    assert problem is not None and problem.code == "db.disk_full"
    assert "disk is full" in problem.en and "磁盘已满" in problem.zh
    assert "王建国" not in str(failure.value), "the engine hides the values it was writing"
    event.remove(core_station.engine, "connect", _full)
    core_station.engine.dispose()
    with core_station.read() as s:
        assert s.scalar(select(func.count()).select_from(Worker)) == saved
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == saved, "no row without its event"


def test_a_bug_is_not_mistaken_for_the_world_failing():
    assert plain_db_error(ValueError("database is locked")) is None
    assert plain_db_error(OSError(28, "No space left on device")).code == "db.disk_full"
