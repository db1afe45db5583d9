"""Hours worked and pay due, from the job's pay unit (day, hour, piece, month)."""

from __future__ import annotations

import math
from datetime import datetime

WORKDAYS_PER_MONTH = 21.75  # the statutory average used to turn a monthly wage into a day's pay
MAX_SHIFT_HOURS = 16.0


def hours_between(check_in: datetime, check_out: datetime) -> float:
    """Hours worked, rounded down to the quarter hour; never negative, capped at one long shift."""
    seconds = max(0.0, (check_out - check_in).total_seconds())
    return min(MAX_SHIFT_HOURS, math.floor(seconds / 900) / 4)


def pay_due_fen(pay_fen: int, unit: str, hours: float, pieces: int | None = None) -> int:
    """What the worker is owed for one day's work, in fen."""
    if unit == "hour":
        return round(pay_fen * hours)
    if unit == "piece":
        return pay_fen * (pieces or 0)
    if unit == "month":
        return round(pay_fen / WORKDAYS_PER_MONTH) if hours > 0 else 0
    # day: a full day's pay once the worker has worked; under half a standard day, half pay
    if hours <= 0:
        return 0
    return pay_fen if hours >= 4 else pay_fen // 2


def yuan(fen: int | None) -> str:
    """Fen as a yuan amount without trailing zeros: 25000 -> '250', 12550 -> '125.5'."""
    if fen is None:
        return ""
    whole, part = divmod(int(fen), 100)
    return f"{whole}" if part == 0 else f"{whole}.{part:02d}".rstrip("0")


def fen_from_yuan(amount: float | int | str) -> int:
    return int(round(float(amount) * 100))
