"""The market office's CSV import: good rows published once (even if imported twice), bad rows named."""

from __future__ import annotations

import json

from kiosk.central import office, reports
from kiosk.central.db import CentralStore
from kiosk.central.feed import read_page

CSV = """title,category,employer_name,pay,pay_unit,headcount,starts_at,ends_at,place,urgent,employer_verified
仓库分拣员,sorting,顺达物流园,180,day,6,2026-11-24T08:00,2026-11-24T17:00,城南物流园3号库,是,yes
家庭保洁,cleaning,城南家政服务中心,35,hour,2,2026-11-24T09:00,2026-11-24T13:00,幸福小区,,
坏行,no_such_trade,某公司,100,day,1,2026-11-24T09:00,2026-11-24T13:00,某地,,
时间反了,cleaning,某公司,100,day,1,2026-11-24T13:00,2026-11-24T09:00,某地,,
"""


def test_csv_import_publishes_good_rows_once_and_names_bad_lines(tmp_path):
    store = CentralStore(f"sqlite:///{tmp_path / 'c.db'}")
    store.create_schema()
    path = tmp_path / "jobs.csv"
    path.write_text(CSV, encoding="utf-8")
    report = office.import_csv(store, path)
    assert len(report.added) == 2
    assert [e.split(":")[0] for e in report.errors] == ["line 4", "line 5"]
    again = office.import_csv(store, path)
    assert again.added == report.added  # the same rows, the same ids: no duplicate jobs
    assert reports.stats(store)["records"]["jobs"] == 2
    page = json.loads(read_page(store, "ZD01", "", 100))
    first = next(c["data"] for c in page["changes"] if c["data"]["title"] == "仓库分拣员")
    assert (first["pay_fen"], first["urgent"], first["employer_verified"], first["origin"]) == (18000, True, True,
                                                                                                 "central")


def test_a_file_without_the_needed_columns_is_refused_whole(tmp_path):
    store = CentralStore(f"sqlite:///{tmp_path / 'c.db'}")
    store.create_schema()
    path = tmp_path / "jobs.csv"
    path.write_text("title,pay\n电工,300\n", encoding="utf-8")
    report = office.import_csv(store, path)
    assert report.added == [] and report.errors[0].startswith("line 1: missing columns")
