"""Crash reports stay useful and bounded: a bug that repeats every tick writes one report, old ones are pruned,
and a bug while a program starts leaves a report and a plain message instead of a raw traceback."""

from __future__ import annotations

import logging
import sys
import threading

from kiosk import crash_reports
from kiosk.cli.main import main
from kiosk.crash_reports import write_crash_report
from kiosk.logs import read_logs
from kiosk.station import Station


def _bug(name: str):
    """An exception raised from a function of its own (so each name is a different bug)."""
    scope: dict = {}
    exec(f"def {name}():\n    raise RuntimeError('while showing 110105197003077711')", scope)  # noqa: S102
    try:
        scope[name]()
    except RuntimeError:
        return sys.exc_info()


def test_a_bug_repeating_every_tick_writes_one_report_and_few_log_lines(tmp_path, caplog):
    exc_info = _bug("timer_slot")
    with caplog.at_level(logging.ERROR, logger="kiosk.crash"):
        paths = {write_crash_report(tmp_path, *exc_info) for _ in range(200)}
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1 and paths == {reports[0]}, "one report for the same bug, not one a tick"
    assert len(caplog.records) <= 2, "the log says it once, then that the same bug came again"
    assert "110105197003077711" not in reports[0].read_text(encoding="utf-8")
    write_crash_report(tmp_path, *_bug("another_slot"))
    assert len(list(tmp_path.glob("crash-*.txt"))) == 2, "a different bug gets its own report"


def test_only_the_newest_reports_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(crash_reports, "KEEP_REPORTS", 3)
    (tmp_path / "crash-20200101-000000-000000.txt").write_text("an old one", encoding="utf-8")  # older name format
    for n in range(5):
        newest = write_crash_report(tmp_path, *_bug(f"bug{n}"))
    reports = sorted(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 3 and reports[-1] == newest


def test_a_bug_while_the_kiosk_starts_leaves_a_report_and_a_plain_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main installs its hooks: put them back afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def broken_setup(*_args, **_kwargs):
        raise RuntimeError("unexpected value for 13800138000")

    monkeypatch.setattr(Station, "open", broken_setup)  # a bug while the station is being set up
    home = tmp_path / "home"
    code = main(["--home", str(home), "run", "--quit-after", "3"])
    err = capsys.readouterr().err
    reports = list((home / "logs").glob("crash-*.txt"))
    assert code == 1 and len(reports) == 1
    assert "Traceback" not in err and "RuntimeError" in err and str(reports[0]) in err, err
    assert "could not start" in err and "没能启动" in err
    entries = read_logs(home / "logs")
    assert any(e["msg"].startswith("crash report written") and "trace" in e for e in entries)
    assert {e["program"] for e in entries} == {"kiosk"}, "kiosk run logs to kiosk.log"
    assert "13800138000" not in reports[0].read_text(encoding="utf-8")
