"""What the board knows about an order, and the plain rules it lives by (states, paging, offline, night)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

JUST_POSTED = timedelta(minutes=15)
GONE_WINDOW = timedelta(minutes=30)  # orders that left this recently can still be marked on a visible card


@dataclass(frozen=True)
class BoardOrder:
    """One open order as the wall shows it (copied out of the Job row so it can cross threads)."""

    id: str
    title: str
    category: str
    pay_fen: int
    pay_unit: str
    headcount: int
    filled: int
    starts_at: datetime
    ends_at: datetime
    place: str
    distance_km: float
    urgent: bool
    employer_name: str
    employer_verified: bool
    created_at: datetime
    state: str = ""  # "" | "new" | "almost_full" | "full" | "closed"

    @property
    def left(self) -> int:
        return max(0, self.headcount - self.filled)


def order_state(headcount: int, filled: int, created_at: datetime, now: datetime) -> str:
    """The badge an open order carries: full beats almost full beats just posted."""
    left = headcount - filled
    if left <= 0:
        return "full"
    if filled > 0 and (left == 1 or filled * 5 >= headcount * 4):
        return "almost_full"
    if now - created_at <= JUST_POSTED:
        return "new"
    return ""


def from_job(job, now: datetime) -> BoardOrder:
    """A BoardOrder from a kiosk.store Job row."""
    return BoardOrder(
        id=job.id, title=job.title, category=job.category, pay_fen=job.pay_fen, pay_unit=job.pay_unit,
        headcount=job.headcount, filled=job.filled, starts_at=job.starts_at, ends_at=job.ends_at,
        place=job.place, distance_km=job.distance_km, urgent=job.urgent, employer_name=job.employer_name,
        employer_verified=job.employer_verified, created_at=job.created_at,
        state=order_state(job.headcount, job.filled, job.created_at, now),
    )


@dataclass(frozen=True)
class Snapshot:
    """The open orders at one moment, plus the orders that recently left (id -> "full" | "closed")."""

    orders: tuple[BoardOrder, ...] = ()
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
