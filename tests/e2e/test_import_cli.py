"""`kiosk import` as staff read it: one line a problem, then what became of the good rows."""

from __future__ import annotations

import json

from tests.e2e.test_cli_core import kiosk


def test_import_prints_every_problem_and_the_policy_for_good_rows(tmp_path):
    home, ledger = tmp_path / "home", tmp_path / "w.csv"
    ledger.write_text("姓名;电话;班次;期望日薪;同意\n张三;13800138001;白班;300;是\n李四;13800138002;午夜班;abc;是\n",
                      encoding="utf-8-sig")
    result = kiosk(home, "import", "workers", str(ledger))
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("第 3 行") and "“班次”列" in lines[0] and "午夜班" in lines[0]
    assert lines[1].startswith("第 3 行") and "“期望日薪”列" in lines[1]
    assert "其余各行都已导入" in lines[2] and "every other row was" in lines[2]
    assert "imported 1" in result.stdout and "refused 1" in result.stdout
    report = json.loads(kiosk(home, "import", "workers", str(ledger), "--json").stdout)
    assert [p["column"] for p in report["rows"][1]["problems"]] == ["班次", "期望日薪"]
