"""The station CLI as a new technician meets it: typos get a usage message, mistakes a plain one, nothing crashes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tests.e2e.test_cli_core import ROOT, kiosk
from tests.unit.conftest import made_station


def kiosk_env(home: Path, *args: str, drop: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(KIOSK_HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kiosk.cli.main", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("args", [
    ("logs", "--level", "bogus"),
    ("sync", "--once", "--timeout", "0"),
    ("sync", "--once", "--timeout", "-3"),
    ("sync", "--once", "--batch", "0"),
    ("sync", "--once", "--attempts", "x"),
    ("simulate", "--workers", "-1"),
    ("simulate", "--days", "0"),  # it simulated a day all the same
    ("simulate", "--days", "-2"),
])
def test_a_mistyped_option_gets_a_usage_message_not_a_traceback(tmp_path, args):
    result = kiosk(tmp_path / "home", *args, check=False)
    assert result.returncode == 2 and "usage: kiosk" in result.stderr and "Traceback" not in result.stderr


def test_logs_level_is_not_case_sensitive(tmp_path):
    assert kiosk(made_station(tmp_path / "home"), "logs", "--level", "warning").returncode == 0


@pytest.mark.parametrize("command", [("enroll", "--code", "ABCD"), ("sync", "--once")])
@pytest.mark.parametrize("url", ["127.0.0.1:18470", "notaurl", "ftp://10.0.0.5", "http://"])
def test_a_server_address_without_http_is_refused_at_once(tmp_path, command, url):
    result = kiosk(tmp_path / "home", *command, "--server", url, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "http:// 或 https://" in result.stderr and "must start with http:// or https://" in result.stderr
    assert "InvalidSchema" not in result.stderr and "连不上" not in result.stderr


def test_simulate_refuses_a_station_that_talks_to_a_server(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text('server_url = "http://10.0.0.5:8470"\n', encoding="utf-8")
    refused = kiosk(home, "simulate", "--workers", "2", "--jobs", "1", "--days", "1", check=False)
    assert refused.returncode == 1 and "--force" in refused.stderr and "上传" in refused.stderr
    assert json.loads(kiosk(home, "status", "--json").stdout)["counts"]["workers"] == 0
    kiosk(home, "simulate", "--workers", "2", "--jobs", "1", "--days", "1", "--force")
    assert json.loads(kiosk(home, "status", "--json").stdout)["counts"]["workers"] == 2


def test_backup_from_the_cli_is_private_and_checks_its_name(tmp_path):
    home = tmp_path / "home"
    kiosk(home, "simulate", "--workers", "2", "--jobs", "1", "--days", "1")
    out = tmp_path / "b.tar.gz"
    kiosk(home, "backup", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = kiosk(home, "backup", str(out), check=False)
    assert again.returncode == 1 and "--force" in again.stderr
    kiosk(home, "backup", str(out), "--force")
    wrong = kiosk(home, "backup", str(tmp_path / "x.zip"), check=False)
    assert wrong.returncode == 1 and ".tar.gz" in wrong.stderr and not (tmp_path / "x.zip").exists()


def test_restore_says_how_many_records_are_unsent_and_forced_keeps_a_safety_copy(tmp_path):
    home = tmp_path / "home"
    kiosk(home, "simulate", "--workers", "2", "--jobs", "1", "--days", "1")
    out = tmp_path / "b.tar.gz"
    kiosk(home, "backup", str(out))
    pending = json.loads(kiosk(home, "status", "--json").stdout)["outbox"]["pending"]
    refused = kiosk(home, "restore", str(out), check=False)
    assert refused.returncode == 1 and f"{pending} 条记录没有上传" in refused.stderr
    done = kiosk(home, "restore", "--force", str(out))
    saved = [p for p in (home / "backups").glob("before-restore-*.tar.gz")]
    assert len(saved) == 1 and str(saved[0]) in done.stdout


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_restoring_a_damaged_backup_is_a_plain_message_and_leaves_the_home_alone(tmp_path, damage):
    home = tmp_path / "home"
    kiosk(home, "simulate", "--workers", "2", "--jobs", "1", "--days", "1")
    out = tmp_path / "b.tar.gz"
    kiosk(home, "backup", str(out))
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(out.read_bytes()[:2000] if damage == "truncated" else b"garbage " * 50)
    target = tmp_path / "new-home"
    result = kiosk(target, "restore", str(bad), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "ReadError" not in result.stderr
    assert "已损坏" in result.stderr and "damaged" in result.stderr
    assert not target.exists()


def test_staff_add_list_remove_from_the_cli(tmp_path):
    home = tmp_path / "home"
    for bad in ("", "   ", "王" * 300):
        result = kiosk(home, "staff", "add", bad, "--pin", "2580", check=False)
        assert result.returncode == 1 and "姓名" in result.stderr
    added = kiosk(home, "staff", "add", "王站长", "--pin", "2580")
    assert "已添加工作人员 王站长" in added.stdout and "Staff member 王站长 added" in added.stdout
    twice = kiosk(home, "staff", "add", "王站长", "--pin", "1111", check=False)
    assert twice.returncode == 1 and "--reset-pin" in twice.stderr
    assert "新密码" in kiosk(home, "staff", "add", "王站长", "--pin", "1111", "--reset-pin").stdout
    listed = json.loads(kiosk(home, "staff", "list", "--json").stdout)
    assert [r["name"] for r in listed] == ["王站长"] and listed[0]["locked_until"] is None
    text = kiosk(home, "staff", "list").stdout
    assert "王站长" in text and "1111" not in text
    kiosk(home, "staff", "remove", "王站长")
    assert json.loads(kiosk(home, "staff", "list", "--json").stdout) == []
    gone = kiosk(home, "staff", "remove", "王站长", check=False)
    assert gone.returncode == 1 and "没有这位工作人员" in gone.stderr


@pytest.mark.parametrize("command", ["run", "board"])
def test_without_a_display_the_screens_say_what_to_do(tmp_path, command):
    result = kiosk_env(tmp_path / "home", command, drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert result.returncode == 2, result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "屏幕" in result.stderr and "screen" in result.stderr
    assert "Reinstalling" not in result.stderr and "Traceback" not in result.stderr


def test_decode_says_not_found_and_card_speaks_to_staff(tmp_path):
    home = made_station(tmp_path / "home")
    missing = json.loads(kiosk(home, "decode", str(tmp_path / "nope.png"), "--json", check=False).stdout)
    assert missing[0]["status"] == "not_found" and missing[0]["status_zh"] == "找不到文件"
    unreadable = tmp_path / "text.png"
    unreadable.write_text("not a picture")
    assert json.loads(kiosk(home, "decode", str(unreadable), "--json", check=False).stdout)[0]["status"] == \
        "unreadable_file"
    result = kiosk(home, "card", "ZD01-99999", "--out", str(tmp_path / "c.png"), check=False)
    assert result.returncode == 1 and "请找工作人员" not in result.stderr
    assert "本站没有编号为 ZD01-99999 的工友" in result.stderr and "no worker with number ZD01-99999" in result.stderr


def test_status_has_a_sync_line_even_before_enrolment(tmp_path):
    text = kiosk(made_station(tmp_path / "home"), "status").stdout
    assert "同步 sync: 未注册 not enrolled" in text and "kiosk enroll" in text
