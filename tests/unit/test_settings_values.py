"""settings.toml as a technician types it: the obvious forms are understood, anything else is one plain message."""

from __future__ import annotations

import pytest

from kiosk.settings import SettingsError, load_settings
from kiosk.station import Station


def _home(tmp_path, text: str):
    (tmp_path / "settings.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_intended_forms_are_read_as_each_settings_type(tmp_path):
    settings = load_settings(_home(tmp_path, (
        'sync_interval_seconds = "45"\n'
        '[station]\nlatitude = "39.91"\nlongitude = 116\nphone = 13800138000\n'
        '[devices]\ncamera = 0\npaper_mm = 80.0\n'
        '[ui]\nidle_seconds = "60"\nlarge_text = "yes"\n'
        '[board]\nannouncements = "周五电工培训"\ncategories = ["cleaning"]\n')))
    assert settings.devices.camera == "0"  # an OpenCV index typed as a number: doctor found "no camera set up"
    assert settings.ui.idle_seconds == 60 and settings.sync_interval_seconds == 45
    assert settings.station.latitude == 39.91 and settings.station.longitude == 116.0
    assert settings.station.phone == "13800138000" and settings.devices.paper_mm == 80
    assert settings.ui.large_text is True and settings.board.announcements == ["周五电工培训"]


@pytest.mark.parametrize("text, key, found, expected_zh, expected_en", [
    ('[ui]\nidle_seconds = "sixty"\n', "ui.idle_seconds", '"sixty"', "整数，例如 60", "a whole number, e.g. 60"),
    ('[station]\nlatitude = "abc"\n', "station.latitude", '"abc"', "数字", "a number"),
    ('[devices]\ncamera = [0, 1]\n', "devices.camera", "[0, 1]", "加引号的文字", "text in quotes"),
    ('[ui]\nvoice = "maybe"\n', "ui.voice", '"maybe"', "true 或 false", "true or false"),
    ('ui = 5\n', "ui", "5", "单独一行写 [ui]", "[ui] on a line of its own"),
    ('[station]\nlatitude = nan\n', "station.latitude", "nan", "数字", "a number"),
])
def test_a_value_that_cannot_be_used_names_file_setting_value_and_what_is_expected(tmp_path, text, key, found,
                                                                                    expected_zh, expected_en):
    home = _home(tmp_path, text)
    with pytest.raises(SettingsError) as err:
        load_settings(home)
    shown = err.value.msg
    assert shown.code == "settings.bad_value"
    for part in (str(home / "settings.toml"), f"{key} = {found}"):
        assert part in shown.zh and part in shown.en
    assert expected_zh in shown.zh and expected_en in shown.en
    with pytest.raises(SettingsError):  # the station is not opened with it either
        Station.open(home)


def test_a_file_that_is_not_toml_is_a_plain_message_too(tmp_path):
    with pytest.raises(SettingsError) as err:
        load_settings(_home(tmp_path, "[ui\nidle_seconds = 60\n"))
    assert err.value.msg.code == "settings.not_toml" and "settings.toml" in err.value.msg.en
