"""The store: durable SQLite settings, migrations at start-up, a newer database refused untouched."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.settings import load_settings, resolve_home, save_settings
from kiosk.station import Station
from kiosk.store.migrate import NewerDatabaseError, head_revision


def test_database_runs_in_wal_with_full_sync_and_foreign_keys(core_station):
    with core_station.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_fresh_home_is_migrated_to_head(core_station):
    raw = sqlite3.connect(core_station.settings.db_path)
    assert raw.execute("select version_num from alembic_version").fetchone()[0] == head_revision()
    raw.close()


def test_database_from_a_newer_version_is_refused_and_not_modified(tmp_path):
    Station.open(tmp_path).close()
    db = tmp_path / "station.db"
    raw = sqlite3.connect(db)
    raw.execute("update alembic_version set version_num = '9999_future'")
    raw.commit()
    raw.close()
    before = db.read_bytes()
    with pytest.raises(NewerDatabaseError) as err:
        Station.open(tmp_path)
    assert "newer" in str(err.value) and "更新版本" in str(err.value)
    assert db.read_bytes() == before


def test_home_comes_from_flag_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "env"))
    assert resolve_home() == tmp_path / "env"
    assert resolve_home(tmp_path / "flag") == tmp_path / "flag"


def test_settings_default_without_file_and_round_trip(tmp_path):
    settings = load_settings(tmp_path)
    assert settings.language == "zh_CN" and settings.station.service_radius_km > 0
    settings.station.name = "和平街道零工驿站"
    settings.board.announcements = ['周五 "电工" 培训']
    save_settings(settings)
    again = load_settings(tmp_path)
    assert again.station.name == "和平街道零工驿站"
    assert again.board.announcements == ['周五 "电工" 培训']


def test_all_station_data_lives_under_home(tmp_path):
    station = Station.open(tmp_path / "h")
    from kiosk.ops import cards, workers
    from tests.unit.conftest import make_worker_form

    wid = station.run(workers.register_worker, make_worker_form()).entity_id
    station.run(cards.issue_card, wid)
    station.close()
    names = {p.name for p in (tmp_path / "h").rglob("*")}
    assert {"station.db", "pii.key", "pii-hash.key", "card-signing.pem"} <= names
    assert not any(p.exists() for p in [tmp_path / "station.db"])
