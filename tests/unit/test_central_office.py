"""The market office's work: job ledgers read exactly as a station reads them, counted truthfully; closing a job."""

from __future__ import annotations

import json

import pytest

from kiosk.central import office, reports
from kiosk.central.db import CentralStore
from kiosk.central.feed import read_page
from kiosk.domain.messages import UserError
from kiosk.imports.ledger import import_jobs
from tests.unit.conftest import START, make_job_form

LEDGER = """岗位,工种,雇主,工钱,单位,人数,开始时间,结束时间,地点,结算,急招,认证
仓库分拣员,分拣,顺达物流园,180,天,6,2026-11-24 08:00,2026-11-24 17:00,城南物流园3号库,日结,是,是
家庭保洁,保洁员,城南家政服务中心,35,小时,2,2026-11-24 09:00,2026-11-24 13:00,幸福小区,周结,,
坏行,木匠活,某公司,abc,天,0,2026-11-24 09:00,2026-11-24 13:00,某地,日结,,
时间反了,保洁,某公司,100,天,1,2026-11-24 13:00,2026-11-24 09:00,某地,,,
"""


@pytest.fixture
def store(tmp_path):
    central = CentralStore(f"sqlite:///{tmp_path / 'c.db'}")
    central.create_schema()
    yield central
    central.dispose()


def _write(tmp_path, text: str, encoding: str = "gbk"):
    path = tmp_path / "jobs.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _without_ids(report) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "job_id"} for row in report.as_dict()["rows"]]


def _jobs(store) -> dict[str, dict]:
    page = json.loads(read_page(store, "ZD01", "", 100))
    return {c["data"]["title"]: c for c in page["changes"] if c["kind"] == "job"}


def test_a_gbk_ledger_with_chinese_headers_is_read_as_the_station_reads_it(store, core_station, tmp_path):
    path = _write(tmp_path, LEDGER)
    central, station = office.import_jobs(store, path, lambda: START), import_jobs(core_station, path)
    # the same file: the same rows in, the same rows refused, with the same words
    assert _without_ids(central) == _without_ids(station)
    assert central.problem_lines() == station.problem_lines()
    assert (central.count("imported"), central.count("existing"), central.count("refused")) == (2, 0, 2)
    bad = central.rows[2]
    assert [p.column for p in bad.problems] == ["工种", "工钱", "人数"]  # every bad cell, by the file's own header
    sorting = _jobs(store)["仓库分拣员"]["data"]
    assert (sorting["pay_fen"], sorting["pay_unit"], sorting["settlement"], sorting["category"]) == (
        18000, "day", "daily", "sorting")
    assert (sorting["urgent"], sorting["employer_verified"], sorting["origin"]) == (True, True, "central")
    assert _jobs(store)["家庭保洁"]["data"]["settlement"] == "weekly"


def test_importing_the_same_file_again_says_the_rows_are_there_already(store, tmp_path):
    path = _write(tmp_path, LEDGER)
    first = office.import_jobs(store, path, lambda: START)
    again = office.import_jobs(store, path, lambda: START)
    assert (again.count("imported"), again.count("existing"), again.count("refused")) == (0, 2, 2)
    assert [r.ref for r in again.rows if r.ref] == [r.ref for r in first.rows if r.ref]
    assert reports.stats(store)["records"]["jobs"] == 2


def test_a_job_closed_since_is_not_reopened_by_importing_its_file_again(store, tmp_path):
    path = _write(tmp_path, LEDGER)
    job_id = office.import_jobs(store, path, lambda: START).rows[0].ref
    office.close_office_job(store, job_id)
    assert office.import_jobs(store, path, lambda: START).rows[0].status == "existing"
    assert _jobs(store)["仓库分拣员"]["deleted"] is True


def test_files_written_for_the_old_central_columns_still_import(store, tmp_path):
    path = _write(tmp_path, "title,category,employer_name,pay,pay_unit,headcount,starts_at,ends_at,place,"
                            "employer_verified\n"
                            "仓库分拣员,sorting,顺达物流园,180,day,6,2026-11-24T08:00,2026-11-24T17:00,城南,yes\n",
                  "utf-8")
    report = office.import_jobs(store, path, lambda: START)
    assert report.count("imported") == 1, report.problem_lines()
    assert _jobs(store)["仓库分拣员"]["data"]["employer_verified"] is True


@pytest.mark.parametrize("text, code", [(None, "import.no_file"), ("title,pay\n电工,300\n", "import.missing_columns"),
                                        (b"\xff\xfe\x00\x01garbage", "import.encoding")])
def test_a_file_that_cannot_be_read_is_one_plain_message(store, tmp_path, text, code):
    path = tmp_path / "jobs.csv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    elif text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as err:
        office.import_jobs(store, path, lambda: START)
    assert err.value.msg.code == code
    assert reports.stats(store)["records"]["jobs"] == 0


def test_closing_an_unknown_job_is_refused_and_sends_nothing(store):
    with pytest.raises(UserError) as err:
        office.close_office_job(store, "nope")
    assert err.value.msg.code == "central.job_not_found" and "nope" in err.value.msg.zh
    assert json.loads(read_page(store, "ZD01", "", 100))["changes"] == []


def test_closing_a_job_twice_is_harmless(store):
    job_id = office.add_job(store, make_job_form())
    assert office.close_office_job(store, job_id).code == "central.job_closed"
    cursor = json.loads(read_page(store, "ZD01", "", 100))["cursor"]
    again = office.close_office_job(store, job_id, "cancelled")
    assert again.code == "central.job_already_closed" and "closed" in again.en
    assert json.loads(read_page(store, "ZD01", cursor, 100))["changes"] == []  # no second tombstone
    assert _jobs(store)["电工"]["data"]["status"] == "closed"
