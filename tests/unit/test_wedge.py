"""A hand scanner's burst of keys is a card read; a person typing the same keys is not."""

from __future__ import annotations

import numpy as np

from kiosk.devices.synthetic import demo_card_text
from kiosk.devices.wedge import WedgeDetector
from kiosk.domain.card_format import parse_card

CARD = demo_card_text(np.random.default_rng(7))


def feed(detector: WedgeDetector, keys: str, start_ms: float, gap_ms: float) -> list[str]:
    codes = []
    for i, key in enumerate(keys):
        code = detector.feed(key, start_ms + i * gap_ms)
        if code is not None:
            codes.append(code)
    return codes


def test_a_scanner_burst_ending_in_enter_gives_the_card_text_exactly():
    codes = feed(WedgeDetector(), CARD + "\r", 1000.0, 4.0)
    assert codes == [CARD]
    assert parse_card(codes[0]).claims.card_seq >= 0


def test_the_same_keys_typed_by_a_person_are_ignored():
    assert feed(WedgeDetector(), CARD + "\r", 1000.0, 140.0) == []
    assert feed(WedgeDetector(), CARD[:30] + "\n", 0.0, 60.0) == []  # even a fast typist is slower than 35 ms


def test_typing_before_a_scan_does_not_leak_into_the_code():
    detector = WedgeDetector()
    assert feed(detector, "hello", 0.0, 120.0) == []
    assert feed(detector, CARD + "\r", 1000.0, 3.0) == [CARD]


def test_short_bursts_and_interrupted_bursts_are_not_cards():
    detector = WedgeDetector(min_length=20)
    assert feed(detector, "1234567\r", 0.0, 3.0) == []  # a product barcode, or a key held down
    assert feed(detector, CARD[:40], 1000.0, 3.0) == []
    assert detector.feed("\t", 1200.0) is None and detector.pending == 0  # Tab: a person at the keyboard
    assert detector.feed("\r", 1203.0) is None


def test_carriage_return_and_line_feed_give_one_code_and_caps_lock_is_harmless():
    lower = CARD.lower()
    assert feed(WedgeDetector(), lower + "\r\n", 0.0, 5.0) == [lower]
    assert parse_card(lower).claims == parse_card(CARD).claims


def test_reset_forgets_a_half_read_burst():
    detector = WedgeDetector()
    feed(detector, CARD[:100], 0.0, 3.0)
    detector.reset()
    assert detector.pending == 0 and detector.feed("\r", 303.0) is None
