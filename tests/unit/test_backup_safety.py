"""Backups hold the keys that decrypt ID and phone numbers: private files, no accidents, nothing lost on restore."""

from __future__ import annotations

import os
import stat
import tarfile

import pytest

from kiosk.backup import backup, restore
from kiosk.domain.messages import UserError
from kiosk.ops import workers
from kiosk.station import Station
from kiosk.store import migrate
from tests.unit.conftest import make_worker_form


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def tree(path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*")) if path.exists() else []


@pytest.fixture
def archive(core_station, tmp_path):
    core_station.run(workers.register_worker, make_worker_form())
    return backup(core_station.settings.home, tmp_path / "station.tar.gz")


def test_a_backup_is_readable_by_its_owner_only_and_never_overwritten_by_accident(core_station, archive, tmp_path):
    old_umask = os.umask(0o022)
    try:
        assert mode(archive) == 0o600
        with pytest.raises(UserError) as err:
            backup(core_station.settings.home, archive)
        assert err.value.msg.code == "backup.out_exists"
        again = backup(core_station.settings.home, archive, force=True)
        assert mode(again) == 0o600
        tgz = backup(core_station.settings.home, tmp_path / "short.TGZ")
        assert tarfile.open(tgz, "r:gz").getnames()
    finally:
        os.umask(old_umask)
    for name in ("station.zip", "station.tar", "station"):
        with pytest.raises(UserError) as err:
            backup(core_station.settings.home, tmp_path / name)
        assert err.value.msg.code == "backup.out_type" and not (tmp_path / name).exists()


def test_a_copy_taken_before_an_upgrade_is_private_too(core_station):
    copy = migrate.backup_before_upgrade(core_station.engine, core_station.settings.backups_dir, "0001")
    assert mode(copy) == 0o600 and mode(core_station.settings.backups_dir) == 0o700


def test_restore_over_a_station_with_unsent_records_is_refused_and_says_how_many(core_station, archive):
    core_station.run(workers.register_worker, make_worker_form(name="李四", id_number="", phone="13900139000"))
    home = core_station.settings.home
    with pytest.raises(UserError) as err:
        restore(archive, home)
    assert err.value.msg.code == "backup.home_unsent" and err.value.msg.params["count"] == 2
    assert not list((home / "backups").glob("before-restore-*"))


def test_a_forced_restore_keeps_a_safety_copy_of_the_station_it_replaces(core_station, archive):
    later = core_station.run(workers.register_worker, make_worker_form(name="李四", id_number="", phone="13900139000"))
    home = core_station.settings.home
    core_station.close()
    result = restore(archive, home, force=True)
    safety = home / "backups" / os.path.basename(result["safety_copy"])
    assert safety.is_file() and mode(safety) == 0o600
    with tarfile.open(safety, "r:gz") as tar:
        assert {"station.db", "keys/pii.key", "manifest.json"} <= set(tar.getnames())
    saved = home.parent / "saved"
    restore(safety, saved)  # the safety copy is itself a backup that restores the station as it was
    before = Station.open(saved)
    try:
        with before.read() as s:
            assert s.get(workers.Worker, later.entity_id) is not None
    finally:
        before.close()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "not_gzip_tar"])
def test_a_damaged_backup_gets_one_plain_message_and_the_home_is_not_touched(archive, tmp_path, damage):
    bad = tmp_path / f"{damage}.tar.gz"
    data = archive.read_bytes()
    bad.write_bytes({"truncated": data[: len(data) // 2], "garbage": b"\x00garbage" * 100, "empty": b"",
                     "not_gzip_tar": b"PK\x03\x04 a zip file"}[damage])
    target = tmp_path / "target"
    with pytest.raises(UserError) as err:
        restore(bad, target)
    assert err.value.msg.code == "backup.invalid"
    assert "Error" not in err.value.msg.en and "Error" not in err.value.msg.zh  # no exception class names
    assert tree(target) == []
