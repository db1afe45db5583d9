"""The market office's commands as an operator types them: `kiosk-central job add/import/close`, `station add`,
with a real server and stations syncing."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from kiosk.store.models import Job
from kiosk.store.queries import open_jobs_query, urgent_orders
from sync_support import kiosk, sync, unique


def _open_here(station) -> tuple[set[str], set[str]]:
    """The station's open jobs and the wall board's orders."""
    now = station.clock()
    with station.read() as s:
        return set(s.scalars(open_jobs_query(now).with_only_columns(Job.id))), {j.id for j in urgent_orders(s, now)}


def _add_job(server, title: str, *extra: str) -> str:
    nine = (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    return server.cli("job", "add", "--title", title, "--category", "分拣", "--employer", "顺达物流园", "--pay", "180",
                      "--unit", "天", "--settlement", "日结", "--headcount", "4", "--starts", f"{nine:%Y-%m-%d %H:%M}",
                      "--ends", (nine + timedelta(hours=8)).isoformat(), "--place", "城南物流园", "--urgent",
                      *extra).stdout.strip()


def test_a_closed_job_leaves_every_stations_list_and_board_at_the_next_sync(server, make_stations):
    station = make_stations.enrolled(server, unique("ZD"))
    job_id = _add_job(server, "仓库分拣员")
    assert sync(station).ok
    jobs, board = _open_here(station)
    assert job_id in jobs and job_id in board

    closed = server.cli("job", "close", job_id)
    assert "已关闭" in closed.stdout and "closed" in closed.stdout and "仓库分拣员" in closed.stdout
    out = kiosk(station.settings.home, "sync", "--once").stdout  # the operator's view: not just "jobs 0"
    assert "jobs closed 1" in out, out
    jobs, board = _open_here(station)
    assert job_id not in jobs and job_id not in board
    with station.read() as s:
        assert s.get(Job, job_id).status == "closed"

    again = server.cli("job", "close", job_id, "--withdraw")  # harmless: nothing changes, nothing is sent
    assert again.returncode == 0 and "nothing changed" in again.stdout and "没有改动" in again.stdout
    report = sync(station)
    assert report.ok and not report.downloaded.get("tombstones")
    with station.read() as s:
        assert s.get(Job, job_id).status == "closed"


def test_closing_a_made_up_job_id_is_refused_and_no_station_hears_of_it(server, make_stations):
    station = make_stations.enrolled(server, unique("ZD"))
    assert sync(station).ok
    feed_rows = server.stats()["records"]
    refused = server.cli("job", "close", "nope", check=False)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "没有编号为 nope 的岗位" in refused.stderr and "There is no job nope" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert server.stats()["records"] == feed_rows
    report = sync(station)
    assert report.ok and not report.downloaded.get("tombstones")


def test_a_wrong_category_lists_the_choices_and_chinese_names_are_taken(server):
    wrong = server.cli("job", "add", "--title", "分拣员", "--category", "分拣工人", "--employer", "顺达",
                       "--pay", "180", "--headcount", "2", "--starts", "2030-01-01 08:00",
                       "--ends", "2030-01-01 17:00", "--place", "城南", check=False)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    for choice in ("sorting 分拣", "electrician 电工", "loading 搬运装卸", "other 其他"):
        assert choice in wrong.stderr
    assert "“分拣工人”不是可选项" in wrong.stderr and "'分拣工人' is not one of the choices" in wrong.stderr
    times = server.cli("job", "add", "--title", "分拣员", "--category", "搬运工", "--employer", "顺达", "--pay", "180",
                       "--headcount", "2", "--starts", "tomorrow", "--ends", "2030-01-01 17:00", "--place", "城南",
                       check=False)
    assert times.returncode == 1 and "--starts" in times.stderr and "2026-11-21 08:00" in times.stderr
    assert "isoformat" not in times.stderr


def test_a_station_name_with_spaces_or_chinese_is_refused_in_both_languages(server):
    refused = server.cli("station", "add", "和平 街道/01", check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "不能用作站点名" in refused.stderr and "cannot be a station name" in refused.stderr
    assert "A-Z" in refused.stderr and "汉字" in refused.stderr and "Chinese characters" in refused.stderr


def test_central_and_station_import_the_same_gbk_ledger_and_say_the_same(server, tmp_path):
    day = (datetime.now() + timedelta(days=2)).date()
    ledger = tmp_path / "急单.csv"
    ledger.write_bytes((f"岗位,工种,雇主,工钱,开始时间,结束时间,地点,结算\n"
                        f"{unique('分拣员')},分拣,顺达物流园,180,{day} 08:00,{day} 17:00,城南物流园,日结\n"
                        f"装卸工,搬运工,顺达物流园,abc,{day} 08:00,{day} 17:00,城南物流园,日结\n").encode("gbk"))
    central = server.cli("job", "import", str(ledger))
    station = kiosk(tmp_path / "station", "import", "jobs", str(ledger))
    assert central.stdout == station.stdout == "导入 imported 1 · 已存在 existing 0 · 未导入 refused 1\n"
    assert central.stderr == station.stderr
    assert "第 3 行 / line 3: “工钱”列应填数字，不是“abc”" in central.stderr
    again = server.cli("job", "import", str(ledger))
    assert again.stdout == "导入 imported 0 · 已存在 existing 1 · 未导入 refused 1\n"

    missing = server.cli("job", "import", str(tmp_path / "nope.csv"), check=False)
    assert missing.returncode == 1 and "找不到文件" in missing.stderr and "File not found" in missing.stderr
    assert "Errno" not in missing.stderr and "Traceback" not in missing.stderr
