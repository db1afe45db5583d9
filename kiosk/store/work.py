"""Tables for the work itself: jobs, sign-ups, attendance, agreements, calls and problem reports."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.store.base import Base, Stamped, id_column


class Job(Stamped, Base):
    __tablename__ = "job"

    id: Mapped[str] = id_column()
    title: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(32), index=True)
    employer_id: Mapped[str | None] = mapped_column(ForeignKey("employer.id"))
    employer_name: Mapped[str] = mapped_column(String(80), default="")
    employer_verified: Mapped[bool] = mapped_column(default=False)
    pay_fen: Mapped[int]  # amount in fen (1/100 yuan) per pay_unit
    pay_unit: Mapped[str] = mapped_column(String(8))  # day | hour | piece | month
    settlement: Mapped[str] = mapped_column(String(16), default="daily")
    headcount: Mapped[int]
    filled: Mapped[int] = mapped_column(default=0)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(120))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    distance_km: Mapped[float] = mapped_column(default=0.0)
    urgent: Mapped[bool] = mapped_column(default=False)
    requirements: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    min_age: Mapped[int | None]
    max_age: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed | cancelled
    origin: Mapped[str] = mapped_column(String(12), default="local")  # local | central | station
    source_station_id: Mapped[str] = mapped_column(String(64), default="")


Index("ix_job_open", Job.status, Job.starts_at)


class SignUp(Stamped, Base):
    """A worker's sign-up for a job; past the headcount it waits in line (waitlisted)."""

    __tablename__ = "signup"

    id: Mapped[str] = id_column()
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # confirmed | waitlisted | cancelled
    via: Mapped[str] = mapped_column(String(12), default="kiosk")  # kiosk | staff | call | import
    station_id: Mapped[str] = mapped_column(String(64))


# One live sign-up per worker and job: a double tap can never book twice.
Index(
    "uq_signup_live",
    SignUp.worker_id,
    SignUp.job_id,
    unique=True,
    sqlite_where=SignUp.status != "cancelled",
    postgresql_where=SignUp.status != "cancelled",
)


class Attendance(Base):
    """A day's work: check-in, check-out, hours and pay due."""

    __tablename__ = "attendance"

    id: Mapped[str] = id_column()
    signup_id: Mapped[str] = mapped_column(ForeignKey("signup.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    work_date: Mapped[date] = mapped_column(index=True)
    check_in_at: Mapped[datetime]
    check_out_at: Mapped[datetime | None]
    hours: Mapped[float | None]
    pieces: Mapped[int | None]
    pay_due_fen: Mapped[int | None]
    insurance_from: Mapped[datetime | None]  # day accident cover starts at check-in
    station_id: Mapped[str] = mapped_column(String(64))


class Agreement(Base):
    """The terms a worker signed with a finger before their first check-in on a job."""

    __tablename__ = "agreement"

    id: Mapped[str] = id_column()
    signup_id: Mapped[str] = mapped_column(ForeignKey("signup.id"), unique=True)
    terms_text: Mapped[str] = mapped_column(Text)
    terms_sha256: Mapped[str] = mapped_column(String(64))
    signature_png: Mapped[bytes] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime]


class FollowUpCall(Base):
    """回访: staff called a worker about a job, and what came of it."""

    __tablename__ = "follow_up_call"

    id: Mapped[str] = id_column()
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    result: Mapped[str] = mapped_column(String(16))
    staff: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    called_at: Mapped[datetime]


class ProblemReport(Base):
    """A worker reported a problem with a job (fake job, pay not as promised, unsafe...)."""

    __tablename__ = "problem_report"

    id: Mapped[str] = id_column()
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    kind: Mapped[str] = mapped_column(String(16))
    reported_at: Mapped[datetime]
