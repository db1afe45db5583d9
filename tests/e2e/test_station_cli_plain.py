"""What a new user meets at the command line: a mistyped --home is not a new station, enrolment failures say
what to do (in whole Chinese and whole English), status counts the employers the jobs name, and a card PDF
can be decoded. A real kiosk-central on loopback; stations driven by the CLI."""

from __future__ import annotations

import json
import re
import socket
from datetime import datetime, timedelta

from sync_support import kiosk, sync, unique

from tests.unit.conftest import make_worker_form, with_code
from kiosk.ops.workers import register_worker
from kiosk.station import Station


def _free_url() -> str:
    with socket.socket() as s:  # a port nobody listens on once this closes
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_commands_that_need_a_station_refuse_a_home_without_one_and_leave_it_unmade(tmp_path):
    typo = tmp_path / "typo"
    commands = [["status"], ["workers", "--json"], ["export", "--out", str(tmp_path / "day.csv")], ["logs"],
                ["card", "ZD01-00001", "--out", str(tmp_path / "c.png")], ["decode", str(tmp_path / "c.png")],
                ["backup", str(tmp_path / "b.tar.gz")], ["sync", "--once"], ["staff", "list"],
                ["staff", "remove", "王五"]]
    for command in commands:
        done = kiosk(typo, *command, check=False)
        assert done.returncode == 1, command
        assert f"{typo} 里还没有驿站数据" in done.stderr and f"There is no station in {typo} yet" in done.stderr, command
        assert "kiosk staff add" in done.stderr
    assert not typo.exists()
    kiosk(typo, "staff", "add", "王站长", "--pin", "1234")  # setting a station up makes it
    assert "王站长" in kiosk(typo, "staff", "list").stdout


def test_enrolling_with_the_server_down_says_to_check_and_run_enroll_again(tmp_path):
    url = _free_url()
    done = kiosk(tmp_path / "st", "enroll", "--server", url, "--code", "ABCD-EFGH-JKLM-NPQR", check=False)
    assert done.returncode == 1
    zh, en = done.stderr.splitlines()[:2]
    assert url in zh and "kiosk enroll" in zh and "自动上传" not in zh and "网络恢复后" not in zh
    assert url in en and "run kiosk enroll again" in en and "go up when the network is back" not in en


def test_a_used_enrolment_code_is_told_in_whole_chinese_and_whole_english(server, tmp_path):
    name = unique("ZD")
    code = server.add_station(name)
    kiosk(tmp_path / "first", "enroll", "--server", server.url, "--code", code)
    again = kiosk(tmp_path / "second", "enroll", "--server", server.url, "--code", code, check=False)
    assert again.returncode == 1
    zh, en = again.stderr.splitlines()[:2]
    assert "注册码无效" in zh and "kiosk enroll" in zh
    assert not re.search(r"[a-z]{4,} [a-z]{4,}", zh.replace("kiosk enroll", "").replace("station add", ""))
    assert "enrolment code was not accepted" in en and "Ask the market office for a new code" in en


def test_status_counts_the_employers_its_jobs_name(server, make_stations):
    station = make_stations.enrolled(server, unique("ZD"))
    nine = (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    hours = [f"{t:%Y-%m-%d %H:%M}" for t in (nine, nine + timedelta(hours=8))]
    for title, employer in (("分拣员", "顺达物流园"), ("装卸工", "顺达物流园"), ("保洁员", "城南物业")):
        server.cli("job", "add", "--title", title, "--category", "分拣", "--employer", employer, "--pay", "180",
                   "--headcount", "2", "--starts", hours[0], "--ends", hours[1], "--place", "城南物流园")
    assert sync(station).ok
    counts = json.loads(kiosk(station.settings.home, "status", "--json").stdout)["counts"]
    assert counts["jobs"] == 3 and counts["employers"] == 2


def test_decode_reads_the_card_pdf_that_kiosk_card_writes(tmp_path):
    home = with_code(tmp_path / "st")
    station = Station.open(home)
    try:
        number = station.run(register_worker, make_worker_form()).detail["worker_no"]
    finally:
        station.close()
    pdf = tmp_path / "card.pdf"
    kiosk(home, "card", number, "--out", str(pdf))
    read = json.loads(kiosk(home, "decode", str(pdf), "--json").stdout)[0]
    assert read["status"] == "valid" and read["worker_no"] == number

    drawn = tmp_path / "drawn.pdf"  # a PDF without a picture in it (text and lines only)
    drawn.write_bytes(b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n")
    said = kiosk(home, "decode", str(drawn), check=False)
    assert said.returncode == 1 and "请用 PNG" in said.stdout and "use a PNG" in said.stdout
