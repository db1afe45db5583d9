"""A ledger row for a worker already on file: the profile is kept and the report names the columns that differ;
with --update this station's own workers take them (an outbox event goes up), a visitor's profile never does."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from kiosk.cli.main import build_parser
from kiosk.imports.ledger import import_workers
from kiosk.imports.printout import print_import
from kiosk.store.models import OutboxEvent, Worker
from kiosk.sync.protocol import Change, ChangesPage
from kiosk.sync.pull import apply_page

ID = "110105197003077711"
FIRST = "姓名,身份证号,电话,工种,备注,同意\n张三,110105197003077711,13800138001,电工,,是\n"
AGAIN = "姓名,身份证号,电话,工种,期望日薪,备注,同意\n张三,110105197003077711,13800138009,木工,,夜里能干,是\n"


def _write(tmp_path, text, name="ledger.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def _worker(station):
    with station.read() as s:
        return s.scalar(select(Worker).where(Worker.name == "张三"))


def _events(station) -> int:
    with station.read() as s:
        return len(s.scalars(select(OutboxEvent)).all())


def test_a_worker_on_file_is_kept_and_the_report_names_the_differing_columns(core_station, tmp_path):
    import_workers(core_station, _write(tmp_path, FIRST))
    events = _events(core_station)
    row = import_workers(core_station, _write(tmp_path, AGAIN)).rows[0]
    assert row.status == "existing" and row.differs == ("电话", "工种", "备注")  # 期望日薪 is blank: not compared
    data = row.as_dict()
    assert data["differs"] == ["电话", "工种", "备注"]
    assert "原档案保留未改" in data["note"]["zh"] and "电话、工种、备注" in data["note"]["zh"]
    assert "工友档案 → 修改资料" in data["note"]["zh"] and "--update" in data["note"]["zh"]
    assert "kept unchanged" in data["note"]["en"] and "电话, 工种, 备注" in data["note"]["en"]
    worker = _worker(core_station)
    assert worker.trades == ["electrician"] and worker.notes == "" and _events(core_station) == events
    # the same row again says nothing more than "already there"
    assert import_workers(core_station, _write(tmp_path, FIRST)).rows[0].note is None


def test_update_applies_the_filled_cells_through_the_normal_update(core_station, tmp_path):
    import_workers(core_station, _write(tmp_path, FIRST.replace(",,是", ",会开叉车,是")))
    events = _events(core_station)
    report = import_workers(core_station, _write(tmp_path, AGAIN), update=True)
    assert report.rows[0].status == "updated" and report.as_dict()["updated"] == 1
    assert "已按文件更新" in report.rows[0].note.zh
    worker = _worker(core_station)
    assert (worker.trades, worker.notes, worker.expected_daily_wage) == (["carpenter"], "夜里能干", None)
    with core_station.read() as s:
        assert core_station.vault.decrypt(worker.phone_enc) == "13800138009"
        kinds = [e.kind for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)).all()[events:]]
    assert kinds == ["worker.updated"]


def test_a_visitor_from_another_station_is_never_changed_by_an_import(core_station, tmp_path):
    visitor_id = str(uuid.uuid4())
    data = {"id": visitor_id, "worker_no": "ZD09-00001", "name": "张三", "home_station_id": "ZD09",
            "id_hash": core_station.vault.lookup_hash("id", ID), "trades": ["electrician"]}
    now = core_station.clock()
    apply_page(core_station, ChangesPage(changes=[Change(kind="worker", id=visitor_id, data=data)], cursor="a.1",
                                         more=False, server_time=now), "", now, clock_offset=0)
    events = _events(core_station)
    row = import_workers(core_station, _write(tmp_path, AGAIN), update=True).rows[0]
    # the visitor's phone and notes are not kept here, so only what is known here is compared
    assert row.status == "existing" and row.differs == ("工种",) and "其他驿站" in row.note.zh
    assert "工友档案 → 修改资料" in row.note.zh
    visitor = _worker(core_station)
    assert (visitor.id, visitor.trades, visitor.phone_enc, visitor.origin) == (visitor_id, ["electrician"], None,
                                                                               "remote")
    assert _events(core_station) == events


def test_the_command_prints_what_was_kept_and_takes_update(core_station, tmp_path, capsys):
    import_workers(core_station, _write(tmp_path, FIRST))
    path = str(_write(tmp_path, AGAIN))
    assert print_import(lambda p: import_workers(core_station, p), "workers", path, False, print) == 0
    out = capsys.readouterr().out
    assert "第 2 行" in out and "电话、工种、备注" in out and "已存在 existing 1" in out
    args = build_parser().parse_args(["import", "workers", path, "--update", "--json"])
    assert args.update and args.json
