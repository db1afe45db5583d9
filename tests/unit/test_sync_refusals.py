"""A refusal from the central server reads as whole Chinese and whole English: known codes are catalogue
messages; an unknown code's English sentence from the server goes in the English half only."""

from __future__ import annotations

import re

from kiosk.sync.client import Refused
from kiosk.sync.refusals import refusal


def test_known_refusal_codes_are_told_in_both_languages_without_the_servers_english():
    for status, code in ((403, "enrolment_refused"), (401, "unauthenticated"), (401, "station_revoked"),
                         (409, "other_market"), (403, "wrong_station")):
        said = Refused(status, code, "this enrolment code is not valid (used, expired or mistyped)").msg
        assert "not valid" not in said.zh and "not valid" not in said.en, code
        assert re.search(r"[\u4e00-\u9fff]", said.zh) and said.en.isascii(), code
    assert "401 station_revoked" in refusal(401, "station_revoked", "").zh  # kept for kiosk status


def test_an_unknown_code_shows_the_servers_words_in_the_english_half_only():
    said = refusal(418, "teapot", "the server is a teapot")
    assert said.en.endswith("the server is a teapot") and "teapot" not in said.zh.replace("418 teapot", "")
    assert "teapot" in refusal(403, "teapot", "the server is a teapot").en
