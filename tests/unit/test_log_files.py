"""Each program writes its own log file (no two processes rotate one file); `kiosk logs` reads them all, by time."""

from __future__ import annotations

import json
import logging

from kiosk import logs
from kiosk.cli.main import main
from kiosk.logs import read_logs, setup_logging
from tests.unit.conftest import made_station


def _line(t: str, text: str) -> str:
    return json.dumps({"t": t, "level": "INFO", "logger": "kiosk.test", "msg": text}) + "\n"


def test_the_kiosk_the_board_and_commands_each_have_their_own_file(tmp_path):
    try:
        for program in ("kiosk", "board", "cli"):
            path = setup_logging(tmp_path, program=program)
            logging.getLogger("kiosk.test").info("hello from %s", program)
            assert path.name == logs.PROGRAM_FILES[program]
    finally:
        setup_logging(tmp_path / "after")  # release the last file
    for program, name in logs.PROGRAM_FILES.items():
        assert f"hello from {program}" in (tmp_path / name).read_text(encoding="utf-8")


def test_kiosk_logs_since_shows_every_program_merged_by_time(tmp_path, capsys):
    home = made_station(tmp_path / "home")
    d = home / "logs"
    d.mkdir(exist_ok=True)
    (d / "kiosk.log.1").write_text(_line("2026-11-21T07:00:00.000", "kiosk older"), encoding="utf-8")
    (d / "kiosk.log").write_text(_line("2026-11-21T07:03:00.000", "kiosk newer"), encoding="utf-8")
    (d / "board.log").write_text(_line("2026-11-21T07:02:00.000", "board") + '{"t": "2026-11-21T07:0', encoding="utf-8")
    (d / "cli.log").write_text(_line("2026-11-21T06:00:00.000", "too early") + _line("2026-11-21T07:01:00.000", "cli"),
                               encoding="utf-8")
    assert main(["--home", str(home), "logs", "--since", "2026-11-21T06:30"]) == 0
    out = capsys.readouterr().out
    shown = [text for text in ("kiosk older", "cli", "board", "kiosk newer", "too early") if f": {text}\n" in out]
    assert shown == ["kiosk older", "cli", "board", "kiosk newer"], out
    assert [e["program"] for e in read_logs(d)] == ["cli", "kiosk", "cli", "board", "kiosk"]


def test_cli_log_is_rotated_as_a_command_starts(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 100)
    (tmp_path / "cli.log").write_text(_line("2026-11-21T07:00:00.000", "x" * 200), encoding="utf-8")
    try:
        setup_logging(tmp_path, program="cli")
        logging.getLogger("kiosk.test").info("next command")
    finally:
        setup_logging(tmp_path / "after")
    assert "x" * 200 in (tmp_path / "cli.log.1").read_text(encoding="utf-8")
    assert "next command" in (tmp_path / "cli.log").read_text(encoding="utf-8")
    assert [e["msg"][:4] for e in read_logs(tmp_path)] == ["xxxx", "next"]
