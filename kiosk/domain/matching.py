"""How well a job fits a worker (and a worker a job), with the top reasons said in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.messages import Msg, define, msg

LATE_JOIN = timedelta(hours=1)
FULL_PENALTY = 25.0  # a full job offers only the waiting list: open jobs that fit as well come first

R_TRADE = define("match.trade", "Matches your trade", "对口您的工种")
R_WANTED = define("match.wanted", "The kind of work you asked for", "是您想找的活")
R_NEAR = define("match.near", "Close by: {km} km", "离得近：{km} 公里")
R_PAY = define("match.pay", "Pays {pay} yuan a day, at or above what you asked", "日薪 {pay} 元，达到您的期望")
R_DAY = define("match.day", "On a day you are free", "在您有空的日子")
R_SHIFT = define("match.shift", "In a shift you work", "是您能上的班次")
R_URGENT = define("match.urgent", "Urgent: they need people now", "急招，马上要人")
R_SOON = define("match.soon", "Starts soon", "很快开工")
R_VERIFIED = define("match.verified", "Verified employer", "认证雇主")


@dataclass(frozen=True)
class WorkerFit:
    """The parts of a worker profile that matching reads."""

    trades: frozenset[str]
    wanted: frozenset[str]
    days: frozenset[int]
    shifts: frozenset[str]
    expected_daily_wage_fen: int | None
    max_distance_km: float


@dataclass(frozen=True)
class JobFit:
    """The parts of a job that matching reads."""

    category: str
    pay_fen: int
    pay_unit: str
    starts_at: datetime
    ends_at: datetime
    distance_km: float
    urgent: bool
    employer_verified: bool
    places_left: int = 1  # 0: full, only the waiting list is open


def shift_of(start: datetime) -> str:
    h = start.hour
    if h < 7:
        return "morning" if h >= 5 else "night"
    if h < 14:
        return "day"
    if h < 19:
        return "evening"
    return "night"


def daily_pay_fen(pay_fen: int, unit: str, hours: float) -> int:
    if unit == "hour":
        return int(pay_fen * max(hours, 1))
    if unit == "month":
        return int(pay_fen / 21.75)
    if unit == "piece":
        return 0  # unknown until pieces are counted: no pay reason, no penalty
    return pay_fen


def too_late_to_join(job: JobFit, now: datetime) -> bool:
    """A one-day gig that started more than an hour ago: nobody walking up now would be taken on."""
    return job.starts_at < now - LATE_JOIN and job.ends_at.date() == job.starts_at.date()


def score_job(worker: WorkerFit, job: JobFit, now: datetime) -> tuple[float, list[Msg]]:
    """A score (higher is better, < 0 means do not recommend) and the reasons, best first."""
    if job.distance_km > worker.max_distance_km or job.ends_at <= now or too_late_to_join(job, now):
        return -1.0, []
    weighted: list[tuple[float, Msg]] = []
    if job.category in worker.trades:
        weighted.append((40.0, msg(R_TRADE)))
    elif job.category in worker.wanted:
        weighted.append((30.0, msg(R_WANTED)))
    elif worker.trades or worker.wanted:
        weighted.append((-15.0, msg(R_TRADE)))  # not their line: still shown, far below
    if worker.days and job.starts_at.weekday() in worker.days:
        weighted.append((10.0, msg(R_DAY)))
    elif worker.days:
        weighted.append((-20.0, msg(R_DAY)))
    if worker.shifts and shift_of(job.starts_at) in worker.shifts:
        weighted.append((8.0, msg(R_SHIFT)))
    hours = (job.ends_at - job.starts_at).total_seconds() / 3600
    day_pay = daily_pay_fen(job.pay_fen, job.pay_unit, hours)
    if worker.expected_daily_wage_fen and day_pay:
        if day_pay >= worker.expected_daily_wage_fen:
            weighted.append((15.0, msg(R_PAY, pay=day_pay // 100)))
        else:
            shortfall = 1 - day_pay / worker.expected_daily_wage_fen
            weighted.append((-40.0 * shortfall, msg(R_PAY, pay=day_pay // 100)))
    closeness = max(0.0, 1 - job.distance_km / max(worker.max_distance_km, 0.1))
    weighted.append((12.0 * closeness, msg(R_NEAR, km=f"{job.distance_km:.1f}")))
    if job.urgent:
        weighted.append((10.0, msg(R_URGENT)))
    hours_to_start = (job.starts_at - now).total_seconds() / 3600
    if 0 <= hours_to_start <= 24:
        weighted.append((6.0 * (1 - hours_to_start / 24), msg(R_SOON)))
    if job.employer_verified:
        weighted.append((5.0, msg(R_VERIFIED)))
    score = 50.0 + sum(w for w, _ in weighted) - (FULL_PENALTY if job.places_left <= 0 else 0.0)
    reasons = [m for w, m in sorted(weighted, key=lambda wm: -wm[0]) if w > 0]
    return score, reasons[:3]
