"""Enrolment gives a station worker numbers of its own; cards of other stations' workers are never voided by
accident; `kiosk status` says how sync is going. A real kiosk-central on loopback, stations driven by the CLI."""

from __future__ import annotations

import json
import tomllib

from sync_support import kiosk, sync, unique

from kiosk.ops.cards import issue_card
from kiosk.ops.workers import register_worker
from kiosk.station import Station
from kiosk.store.models import Card, Worker
from kiosk.domain.local_code import is_local_code
from tests.unit.conftest import make_worker_form, with_code


def register(home, **form) -> str:
    station = Station.open(home)
    try:
        return station.run(register_worker, make_worker_form(**form)).detail["worker_no"]
    finally:
        station.close()


def enrol(server, home, name: str) -> str:
    return kiosk(home, "enroll", "--server", server.url, "--code", server.add_station(name)).stdout


def test_an_enrolled_station_numbers_workers_with_its_own_name_and_keeps_issued_numbers(server, tmp_path):
    home, name = tmp_path / "zd02", unique("ZD02")
    before = register(home)  # registered before enrolment, under the station's own prefix (L7QX3)
    local = before.removesuffix("-00001")
    assert is_local_code(local) and before == f"{local}-00001"
    said = enrol(server, home, name)
    assert f"1 位工友保留原编号（{local}-" in said and f"{name}-00001" in said and "keep their numbers" in said
    settings = tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))
    assert settings["station"]["id"] == settings["station"]["code"] == name
    after = register(home, name="李四", id_number="", phone="13900139000")
    assert after == f"{name}-00001"
    assert {w["worker_no"] for w in json.loads(kiosk(home, "workers", "--json").stdout)} == {before, after}


def test_a_fresh_station_is_told_its_numbering(server, tmp_path):
    home, name = tmp_path / "fresh", unique("ZD03")
    said = enrol(server, home, name)
    assert f"{name}-00001" in said and "保留原编号" not in said


def test_a_number_held_by_two_people_is_asked_for_in_full_and_a_card_made_elsewhere_is_never_voided(
        server, make_stations, tmp_path):
    # ZD01 enrolled the old way (its code left at the default), so its numbers look like ZD02's old ones
    zd01 = make_stations.enrolled(server, unique("ZD01"))
    zd01.settings.station.code = "ZD01"  # as the old enrolment left it
    visitor = zd01.run(register_worker, make_worker_form(name="赵大力", id_number="", phone="13700137000"))
    assert visitor.detail["worker_no"] == "ZD01-00001"
    zd01.run(issue_card, visitor.entity_id)
    assert sync(zd01).ok

    home, name = tmp_path / "zd02", unique("ZD02")
    register(with_code(home))  # ZD02's own ZD01-00001, from before its enrolment (its settings said ZD01)
    enrol(server, home, name)
    assert kiosk(home, "sync", "--once").returncode == 0

    out = tmp_path / "card.png"
    ambiguous = kiosk(home, "card", "ZD01-00001", "--out", str(out), check=False)
    assert ambiguous.returncode == 1 and not out.exists()
    assert f"ZD01-00001@{zd01.id}" in ambiguous.stderr and f"ZD01-00001@{name}" in ambiguous.stderr

    refused = kiosk(home, "card", f"zd01-00001@{zd01.id}", "--out", str(out), check=False)
    assert refused.returncode == 1 and "--reissue" in refused.stderr and "别的驿站" in refused.stderr
    assert not out.exists()
    station = Station.open(home)
    try:
        with station.read() as s:
            held = s.get(Worker, visitor.entity_id)
            assert held.card_seq == 1 and s.query(Card).filter(Card.worker_id == held.id).count() == 0
    finally:
        station.close()

    own = json.loads(kiosk(home, "card", f"ZD01-00001@{name}", "--out", str(out), "--json").stdout)
    assert own["issued"] is True and own["worker_no"] == "ZD01-00001" and out.exists()
    reprint = json.loads(kiosk(home, "card", f"ZD01-00001@{name}", "--out", str(out), "--json").stdout)
    assert reprint["issued"] is False  # printing again prints the same card

    replaced = json.loads(kiosk(home, "card", f"ZD01-00001@{zd01.id}", "--reissue", "--out", str(out),
                                "--json").stdout)
    assert replaced["issued"] is True and replaced["worker_no"] == f"ZD01-00001@{zd01.id}"


def test_status_shows_sync_and_a_revoked_station_sees_the_401(server, tmp_path):
    home, name = tmp_path / "zd04", unique("ZD04")
    enrol(server, home, name)
    register(home)
    kiosk(home, "sync", "--once")
    text = kiosk(home, "status").stdout
    assert f"同步 sync: 已注册 enrolled · 服务器 server {server.url}" in text
    assert "上次成功 last successful sync: 20" in text and "待上传 pending 0" in text
    assert "上次错误" not in text

    server.cli("station", "revoke", name)
    register(home, name="李四", id_number="", phone="13900139000")
    assert kiosk(home, "sync", "--once", check=False).returncode != 0
    text = kiosk(home, "status").stdout
    assert "上次错误 last error:" in text and "401 station_revoked" in text and "待上传 pending" in text
    assert "待上传 pending 0 " not in text
