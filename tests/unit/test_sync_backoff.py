"""Waiting before a retry: doubling with jitter, never past the cap, at least what the server asked."""

from __future__ import annotations

import random
from datetime import datetime, timezone

from kiosk.sync.backoff import Backoff, parse_retry_after


def test_delays_double_with_jitter_and_stop_at_the_cap():
    policy, rng = Backoff(base=1.0, cap=30.0), random.Random(7)
    for attempt, ceiling in [(1, 1), (2, 2), (3, 4), (5, 16), (6, 30), (20, 30)]:
        delays = {policy.delay(attempt, rng) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jitter: stations that failed together do not retry together


def test_the_servers_retry_after_is_a_floor_but_a_silly_one_is_capped():
    policy, rng = Backoff(base=0.1, cap=1.0, max_retry_after=60.0), random.Random(1)
    assert policy.delay(1, rng, retry_after=5) == 5
    assert policy.delay(1, rng, retry_after=86400) == 60


def test_retry_after_as_seconds_or_as_a_date_measured_by_the_servers_clock():
    assert parse_retry_after("120") == 120
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    # the station's clock may be a day off: the date is measured against the server's own Date header
    seconds = parse_retry_after("Mon, 23 Nov 2026 08:00:30 GMT", "Mon, 23 Nov 2026 08:00:00 GMT",
                                now=datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc))
    assert seconds == 30
    assert parse_retry_after("Mon, 23 Nov 2026 08:00:00 GMT", now=datetime(2026, 11, 24, tzinfo=timezone.utc)) == 0
