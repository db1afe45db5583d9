"""One job as the screens read it: the Job row copied into a plain frozen value (no ORM rows cross threads).

The walk-up screens and the wall board both show jobs from this one read model; each screen keeps its own
words for pay, place and places left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.store.models import Job

JUST_POSTED = timedelta(minutes=15)


@dataclass(frozen=True)
class JobView:
    id: str
    title: str
    category: str
    pay_fen: int
    pay_unit: str
    settlement: str
    headcount: int
    filled: int
    starts_at: datetime
    ends_at: datetime
    created_at: datetime
    place: str
    distance_km: float
    employer_name: str
    employer_verified: bool
    urgent: bool
    requirements: str
    description: str
    contact_name: str
    contact_phone: str  # decrypted only when a vault was given, else ""
    open: bool
    state: str = ""  # the badge the board shows: "" | "new" | "almost_full" | "full" | "closed"

    @property
    def full(self) -> bool:
        return self.filled >= self.headcount

    @property
    def places_left(self) -> int:
        return max(0, self.headcount - self.filled)


def job_state(headcount: int, filled: int, created_at: datetime, now: datetime) -> str:
    """The badge an open job carries: full beats almost full beats just posted."""
    left = headcount - filled
    if left <= 0:
        return "full"
    if filled > 0 and (left == 1 or filled * 5 >= headcount * 4):
        return "almost_full"
    if now - created_at <= JUST_POSTED:
        return "new"
    return ""


def job_view(job: Job, now: datetime, vault=None) -> JobView:
    """A JobView of a Job row at station time `now`; the contact phone is decrypted only with a vault."""
    phone = (vault.decrypt(job.contact_phone_enc) if vault is not None and job.contact_phone_enc else "") or ""
    return JobView(
        id=job.id, title=job.title, category=job.category, pay_fen=job.pay_fen, pay_unit=job.pay_unit,
        settlement=job.settlement, headcount=job.headcount, filled=job.filled, starts_at=job.starts_at,
        ends_at=job.ends_at, created_at=job.created_at, place=job.place, distance_km=job.distance_km,
        employer_name=job.employer_name, employer_verified=job.employer_verified, urgent=job.urgent,
        requirements=job.requirements, description=job.description, contact_name=job.contact_name,
        contact_phone=phone, open=job.status == "open",
        state=job_state(job.headcount, job.filled, job.created_at, now),
    )
