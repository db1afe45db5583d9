"""Before enrolment a station numbers workers under a prefix of its own (L7QX3-00001), made up once and kept
in settings.toml: not the docs' ZD01 that every new station used to share, and never a server's station name."""

from __future__ import annotations

import tomllib

import pytest

from kiosk.central import stations
from kiosk.central.db import CentralStore
from kiosk.demo.seed import seed_demo
from kiosk.domain.local_code import is_local_code
from kiosk.domain.messages import UserError
from kiosk.ops.workers import register_worker
from kiosk.station import Station
from tests.unit.conftest import make_worker_form, with_code


def _prefix(home) -> str:
    station = Station.open(home)
    try:
        number = station.run(register_worker, make_worker_form()).detail["worker_no"]
    finally:
        station.close()
    return number.rsplit("-", 1)[0]


def _settings(home) -> dict:
    return tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))


def test_a_fresh_station_numbers_workers_under_a_prefix_of_its_own_and_keeps_it(tmp_path):
    home = tmp_path / "fresh"
    prefix = _prefix(home)
    assert is_local_code(prefix) and prefix == prefix.upper() and len(prefix) == 5 and prefix != "ZD01"
    assert _settings(home)["station"]["code"] == prefix  # made once, written down
    again = Station.open(home)
    try:
        assert again.settings.station.code == prefix
        second = again.run(register_worker, make_worker_form(name="李四", id_number="", phone="13900139000"))
        assert second.detail["worker_no"] == f"{prefix}-00002"
    finally:
        again.close()


def test_two_fresh_stations_do_not_share_a_prefix(tmp_path):
    assert _prefix(tmp_path / "a") != _prefix(tmp_path / "b")


def test_a_configured_prefix_is_kept_and_the_technicians_file_is_left_as_written(tmp_path):
    assert _prefix(with_code(tmp_path / "zd09", "ZD09")) == "ZD09"
    home = tmp_path / "named"
    home.mkdir()
    written = '# 和平街道\nlanguage = "zh_CN"\n\n[station]\nname = "和平街道零工驿站"  # on the screen\n\n[devices]\npaper_mm = 80\n'
    (home / "settings.toml").write_text(written, encoding="utf-8")
    prefix = _prefix(home)
    text = (home / "settings.toml").read_text(encoding="utf-8")
    assert "# 和平街道" in text and "# on the screen" in text  # only the code line was added
    settings = _settings(home)
    assert settings["station"] == {"name": "和平街道零工驿站", "code": prefix} and settings["devices"]["paper_mm"] == 80


def test_the_demo_station_keeps_the_docs_numbers(tmp_path):
    station = Station.open(tmp_path / "demo")
    try:
        seed_demo(station, n_workers=2)
        assert station.settings.station.code == "ZD01"
    finally:
        station.close()
    assert _settings(tmp_path / "demo")["station"]["code"] == "ZD01"
    assert _prefix(tmp_path / "demo") == "ZD01"


@pytest.mark.parametrize("name", ["L7QX3", "l2abc", "L9zzz"])
def test_the_central_server_never_names_a_station_like_a_local_prefix(tmp_path, name):
    store = CentralStore(f"sqlite:///{tmp_path / 'c.db'}")
    store.create_schema()
    try:
        with pytest.raises(UserError) as refused:
            stations.add_station(store, name)
        assert "L7QX3" in refused.value.msg.zh and "L7QX3" in refused.value.msg.en
        assert stations.add_station(store, "LiJia") and stations.add_station(store, "L7QX3-01")  # other names are fine
    finally:
        store.dispose()
