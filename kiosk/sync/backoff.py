"""How long to wait before trying again: exponential backoff with jitter, honouring Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class Backoff:
    """Delay before retry `attempt` (1, 2, ...): a random point in the upper half of base*2^(attempt-1),
    capped; a server's Retry-After is a floor (itself capped so a bad header cannot stall a station)."""

    base: float = 1.0
    cap: float = 300.0
    max_retry_after: float = 900.0

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** max(0, attempt - 1)))
        wait = ceiling * (0.5 + rng.random() / 2)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_retry_after))
        return wait


def parse_retry_after(value: str | None, server_date: str | None = None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: a number, or an HTTP date (measured against the server's own Date
    header when there is one, since the station's clock may be wrong)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    ref = None
    if server_date:
        try:
            ref = parsedate_to_datetime(server_date)
        except (TypeError, ValueError, IndexError):
            ref = None
    ref = ref or now or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    if ref.tzinfo is None:
        ref = ref.replace(tzinfo=timezone.utc)
    return max(0.0, (when - ref).total_seconds())
