"""The station's home and database (names, birth years, priority groups, notes, PIN hashes) are its account's only."""

from __future__ import annotations

import os
import stat

import pytest

from kiosk.backup import backup, restore
from kiosk.ops import workers
from kiosk.station import Station
from tests.unit.conftest import make_worker_form, with_code

DB_FILES = ("station.db", "station.db-wal", "station.db-shm")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)  # what a desktop account has: new files rw-r--r--
    yield
    os.umask(old)


def _assert_private(home):
    assert mode(home) == 0o700
    present = [name for name in DB_FILES if (home / name).exists()]
    assert "station.db" in present
    assert {name: mode(home / name) for name in present} == {name: 0o600 for name in present}


def test_a_new_station_home_and_its_database_files_are_private(tmp_path):
    home = with_code(tmp_path / "home")
    station = Station.open(home)
    try:
        station.run(workers.register_worker, make_worker_form())  # writing makes the -wal and -shm files
        assert (home / "station.db-wal").exists()
        _assert_private(home)
    finally:
        station.close()


def test_an_older_station_with_loose_modes_is_tightened_when_it_starts(tmp_path):
    home = with_code(tmp_path / "home")
    Station.open(home).close()
    home.chmod(0o755)
    (home / "station.db").chmod(0o644)
    (home / "station.db-wal").write_bytes(b"")
    (home / "station.db-wal").chmod(0o664)
    Station.open(home).close()
    _assert_private(home)


def test_a_restore_into_a_new_home_is_as_private_as_a_station_made_there(core_station, tmp_path):
    core_station.run(workers.register_worker, make_worker_form())
    archive = backup(core_station.settings.home, tmp_path / "b.tar.gz")
    target = tmp_path / "new-home"
    restore(archive, target)
    _assert_private(target)
    assert mode(target / "settings.toml") == 0o600 and mode(target / "keys") == 0o700
    assert {mode(key) for key in (target / "keys").iterdir()} == {0o600}
