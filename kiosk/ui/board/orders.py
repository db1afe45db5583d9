"""What the board knows at one moment (open orders as shared JobViews), and its plain rules: paging, offline, night."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from kiosk.store.job_view import JobView

GONE_WINDOW = timedelta(minutes=30)  # orders that left this recently can still be marked on a visible card


@dataclass(frozen=True)
class Snapshot:
    """The open orders at one moment, plus the orders that recently left (id -> "full" | "closed")."""

    orders: tuple[JobView, ...] = ()
    gone: dict[str, str] = field(default_factory=dict)
    last_sync: datetime | None = None
    read_at: datetime | None = None

    def ids(self) -> list[str]:
        return [o.id for o in self.orders]


def job_link(server_url: str, job_id: str) -> str:
    """What a card's QR holds: the job's page on the market's server, or a station job reference."""
    if server_url:
        return f"{server_url.rstrip('/')}/jobs/{job_id}"
    return f"GJ1:{job_id}"


def paginate(items: list, per_page: int) -> list[list]:
    """Pages of at most per_page items; an empty list makes no pages."""
    per_page = max(1, per_page)
    return [items[i:i + per_page] for i in range(0, len(items), per_page)]


def parse_sync_time(value: str | None) -> datetime | None:
    """SyncState's ISO time as the station's local naive time (the board's clock); None if unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def is_offline(last_sync: datetime | None, now: datetime, offline_after_minutes: int, server_url: str) -> bool:
    """Offline when the last sync is older than the limit, or when a server is set and it never synced."""
    if last_sync is None:
        return bool(server_url)
    return now - last_sync > timedelta(minutes=max(1, offline_after_minutes))


def _clock(text: str, fallback: time) -> time:
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return fallback


def in_night(now: datetime, start: str, end: str) -> bool:
    """Whether `now` falls in the night window; a window may run past midnight (22:00-06:00)."""
    begin, finish = _clock(start, time(22)), _clock(end, time(6))
    moment = now.time()
    if begin == finish:
        return False
    if begin < finish:
        return begin <= moment < finish
    return moment >= begin or moment < finish


def burn_in_offset(step: int, shift_px: int) -> tuple[int, int]:
    """The content's offset for the step-th minute: a slow walk around a small square, back to the centre."""
    path = ((0, 0), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1))
    dx, dy = path[step % len(path)]
    return dx * shift_px, dy * shift_px
