"""What an outbox event says about a row: enough for the server, never a clear ID or phone number."""

from __future__ import annotations

from datetime import date, datetime

from kiosk.domain.validation import mask_id_number, mask_phone
from kiosk.store.models import Attendance, Job, SignUp, Worker
from kiosk.store.pii import PiiVault


def _iso(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def worker_snapshot(w: Worker, vault: PiiVault) -> dict:
    id_number = vault.decrypt(w.id_enc)
    phone = vault.decrypt(w.phone_enc)
    return {
        "id": w.id,
        "worker_no": w.worker_no,
        "name": w.name,
        "id_hash": w.id_hash,
        "id_masked": mask_id_number(id_number) if id_number else "",
        "phone_hash": w.phone_hash,
        "phone_masked": mask_phone(phone) if phone else "",
        "contact_is_family": w.contact_is_family,
        "birth_year": w.birth_year,
        "gender": w.gender,
        "trades": list(w.trades),
        "wanted": list(w.wanted),
        "days": list(w.days),
        "shifts": list(w.shifts),
        "expected_daily_wage": w.expected_daily_wage,
        "max_distance_km": w.max_distance_km,
        "priority_groups": list(w.priority_groups),
        "consent_at": _iso(w.consent_at),
        "consent_version": w.consent_version,
        "home_station_id": w.home_station_id,
        "card_seq": w.card_seq,
        "active": w.active,
        "registered_at": _iso(w.created_at),
    }


JOB_FIELDS = (
    "id", "title", "category", "employer_id", "employer_name", "employer_verified", "pay_fen", "pay_unit",
    "settlement", "headcount", "filled", "starts_at", "ends_at", "place", "latitude", "longitude",
    "distance_km", "urgent", "requirements", "description", "contact_name", "min_age", "max_age",
    "status", "origin", "source_station_id",
)


def job_snapshot(job: Job) -> dict:
    return {f: _iso(getattr(job, f)) for f in JOB_FIELDS}


def signup_snapshot(s: SignUp) -> dict:
    return {"id": s.id, "worker_id": s.worker_id, "job_id": s.job_id, "status": s.status, "via": s.via,
            "station_id": s.station_id, "at": _iso(s.updated_at)}


def attendance_snapshot(a: Attendance) -> dict:
    fields = ("id", "signup_id", "worker_id", "job_id", "work_date", "check_in_at", "check_out_at",
              "hours", "pieces", "pay_due_fen", "insurance_from", "station_id")
    return {f: _iso(getattr(a, f)) for f in fields}
