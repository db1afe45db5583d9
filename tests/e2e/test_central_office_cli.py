"""The market office's commands as an operator types them: `kiosk-central job add/import/close`, `station add`,
with a real server and stations syncing."""

from __future__ import annotations

import json
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
    assert station.stdout == "导入 imported 1 · 已存在 existing 0 · 未导入 refused 1\n"
    assert central.stdout.startswith(station.stdout)  # then the id of the job it added, for `job close`
    assert central.stdout[len(station.stdout):].startswith("第 2 行 / line 2: 新岗位编号 new job id ")
    assert central.stderr == station.stderr
    assert "第 3 行 / line 3: “工钱”列应填数字，不是“abc”" in central.stderr
    again = server.cli("job", "import", str(ledger))
    assert again.stdout == "导入 imported 0 · 已存在 existing 1 · 未导入 refused 1\n"

    missing = server.cli("job", "import", str(tmp_path / "nope.csv"), check=False)
    assert missing.returncode == 1 and "找不到文件" in missing.stderr and "File not found" in missing.stderr
    assert "Errno" not in missing.stderr and "Traceback" not in missing.stderr


def _job_add(server, *options: str, check: bool = True):
    return server.cli("job", "add", "--category", "分拣", "--employer", "顺达物流园", "--pay", "180",
                      "--place", "城南物流园", *options, check=check)


def test_job_add_refuses_an_ended_job_as_import_does_and_wants_one_person_by_default(server, tmp_path):
    title = unique("分拣员")
    ended = _job_add(server, "--title", title, "--starts", "2020-01-01 08:00", "--ends", "2020-01-01 17:00",
                     check=False)
    ledger = tmp_path / "old.csv"
    ledger.write_text(f"岗位,雇主,工钱,开始,结束,地点\n{title},顺达物流园,180,2020-01-01 08:00,2020-01-01 17:00,城南物流园\n",
                      encoding="utf-8")
    imported = server.cli("job", "import", str(ledger))
    said = "这个岗位在 2020-01-01 17:00 已经结束，没有导入。如果还要招人，请改正日期后再导入。"
    assert ended.returncode == 1 and ended.stdout == "" and f"选项 --ends：{said}" in ended.stderr
    assert "--ends: This job ended at 2020-01-01 17:00" in ended.stderr and said in imported.stderr
    assert title not in server.cli("job", "list", "--all").stdout

    nine = (datetime.now() + timedelta(days=3)).replace(hour=9, minute=0, second=0, microsecond=0)
    job_id = _job_add(server, "--title", title, "--starts", f"{nine:%Y-%m-%d %H:%M}",
                      "--ends", f"{nine + timedelta(hours=8):%Y-%m-%d %H:%M}").stdout.strip()
    listed = {j["id"]: j for j in json.loads(server.cli("job", "list", "--json").stdout)}
    assert listed[job_id]["headcount"] == 1 and listed[job_id]["status"] == "open"


def test_job_add_names_the_option_of_every_problem(server):
    wrong = _job_add(server, "--title", "仓库😀", "--employer", "顺" * 70, "--place", " ", "--starts", "明天",
                     "--ends", "2030-01-01 17:00", "--headcount", "0", check=False)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    for zh, en in (("选项 --title：这里不能用表情符号", "--title: Emoji cannot be used here"),
                   ("选项 --employer：这里最多写60个字", "--employer: At most 60 characters"),
                   ("选项 --place：这一项不能空着", "--place: This cannot be left empty"),
                   ("--starts：“明天”不是“2026-11-21 08:00”这样的日期时间", "--starts: '明天' is not a date and time"),
                   ("选项 --headcount：", "--headcount: ")):
        assert zh in wrong.stderr and en in wrong.stderr, (zh, wrong.stderr)
    assert "列" not in wrong.stderr and "column" not in wrong.stderr.lower()


def test_job_list_gives_the_ids_to_close_and_import_prints_the_ids_it_added(server, tmp_path):
    day = (datetime.now() + timedelta(days=5)).date()
    later, sooner = unique("装卸工"), unique("保洁员")
    ledger = tmp_path / "jobs.csv"
    ledger.write_text(f"岗位,雇主,工钱,人数,开始,结束,地点\n{later},顺达物流园,200,3,{day} 09:00,{day} 17:00,城南\n"
                      f"{sooner},城南家政,150,2,{day} 07:00,{day} 11:00,幸福小区\n", encoding="utf-8")
    report = json.loads(server.cli("job", "import", str(ledger), "--json").stdout)
    ids = {row["line"]: row["job_id"] for row in report["rows"]}
    server.cli("job", "close", ids[2])
    plain = server.cli("job", "import", str(ledger)).stdout  # nothing new the second time: no ids to print
    assert plain == "导入 imported 0 · 已存在 existing 2 · 未导入 refused 0\n"
    fresh = unique("搬运工")
    ledger.write_text(f"岗位,雇主,工钱,开始,结束,地点\n{fresh},顺达物流园,200,{day} 09:00,{day} 17:00,城南\n",
                      encoding="utf-8")
    added = server.cli("job", "import", str(ledger)).stdout.splitlines()
    new_id = json.loads(server.cli("job", "import", str(ledger), "--json").stdout)["rows"][0]["job_id"]
    assert added == ["导入 imported 1 · 已存在 existing 0 · 未导入 refused 0",
                     f"第 2 行 / line 2: 新岗位编号 new job id {new_id}"]

    open_now = server.cli("job", "list").stdout
    assert open_now.splitlines()[0].startswith("编号 id · 岗位 title")
    assert f"{ids[3]} · {sooner} · 城南家政 · {day} 07:00–11:00 · 2/0 · 招聘中 open · 市场管理处 office" in open_now
    assert ids[2] not in open_now and open_now.index(sooner) < open_now.index(fresh)  # soonest first
    everything = server.cli("job", "list", "--all").stdout
    assert f"{ids[2]} · {later} · 顺达物流园 · {day} 09:00–17:00 · 3/0 · 已关闭 closed" in everything
    listed = json.loads(server.cli("job", "list", "--all", "--json").stdout)
    mine = [j for j in listed if j["id"] in (ids[2], ids[3], new_id)]
    assert [j["status"] for j in mine] == ["open", "open", "closed"]
    assert {j["source_station"] for j in mine} == {"office"}


def test_station_commands_speak_chinese_and_english(server):
    name = unique("ZD")
    added = server.cli("station", "add", name).stdout
    assert "一次性注册码" in added and "one-time enrolment code" in added and "在驿站上运行 on the station" in added
    revoked = server.cli("station", "revoke", name).stdout
    assert f"站点 {name} 已停用，不能再同步" in revoked and f"Station {name} can no longer sync" in revoked
    assert "它已经发出的工卡照常能用" in revoked and "cards it issued so far keep working" in revoked
    again = server.cli("station", "add", name, check=False)
    assert again.returncode == 1 and "已被停用" in again.stderr and "--reactivate" in again.stderr
    unknown = server.cli("station", "revoke", unique("NOPE"), check=False)
    assert unknown.returncode == 1 and "没有名为" in unknown.stderr and "There is no station named" in unknown.stderr
    listed = server.cli("station", "list").stdout
    assert f"已停用 revoked" in listed and "上次同步 last seen" in listed
    stats = server.cli("stats").stdout
    assert "已存事件 events stored" in stats and "待审核 open review items" in stats
