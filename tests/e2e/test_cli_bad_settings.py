"""A settings.toml value that cannot be used stops the kiosk with one plain message naming the line, no traceback."""

from __future__ import annotations

import pytest
from tests.e2e.test_cli_core import kiosk
from tests.unit.conftest import made_station


@pytest.mark.parametrize("command", [("status",), ("doctor",), ("run", "--quit-after", "0.1"),
                                     ("simulate", "--workers", "1", "--jobs", "0", "--days", "1")])
def test_a_bad_value_is_one_plain_message_in_chinese_and_english(tmp_path, monkeypatch, command):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # `run` gets as far as the station without a screen
    home = made_station(tmp_path / "home")
    with (home / "settings.toml").open("a", encoding="utf-8") as fh:
        fh.write('[ui]\nidle_seconds = "sixty"\n')
    done = kiosk(home, *command, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    line = 'ui.idle_seconds = "sixty"'
    assert f"设置文件 {home / 'settings.toml'} 里的 {line} 不能用：这里要填整数" in done.stderr
    assert f"{line}, which cannot be used: it must be a whole number" in done.stderr
