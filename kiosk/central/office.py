"""The market office's own work: jobs added one by one or from a CSV file, and closing them."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.central.db import CentralStore
from kiosk.central.feed import FeedWriter
from kiosk.central.models import Job
from kiosk.central.projections import close_job
from kiosk.domain.forms import JobForm
from kiosk.domain.messages import UserError
from kiosk.domain.pay import fen_from_yuan
from kiosk.sync.protocol import JobData, canonical_json

# A stable namespace: importing the same CSV row twice gives the same job id, so no duplicate jobs.
IMPORT_NAMESPACE = uuid.UUID("6f1d8a52-6a53-4c8e-9a57-3c1e2b7c9d10")
CSV_COLUMNS = ("title", "category", "employer_name", "pay", "pay_unit", "headcount", "starts_at", "ends_at",
               "place")
OPTIONAL_COLUMNS = ("id", "urgent", "employer_verified", "distance_km", "settlement", "requirements",
                    "description", "contact_name", "min_age", "max_age", "latitude", "longitude")
TRUE = {"1", "true", "yes", "y", "是", "t"}


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line N: what is wrong"


def job_body(form: JobForm, job_id: str) -> dict:
    data = JobData(
        id=job_id, title=form.title, category=form.category, employer_name=form.employer_name,
        employer_verified=form.employer_verified, pay_fen=fen_from_yuan(form.pay_amount), pay_unit=form.pay_unit,
        settlement=form.settlement, headcount=form.headcount, filled=0, starts_at=form.starts_at,
        ends_at=form.ends_at, place=form.place, latitude=form.latitude, longitude=form.longitude,
        distance_km=form.distance_km, urgent=form.urgent, requirements=form.requirements,
        description=form.description, contact_name=form.contact_name, min_age=form.min_age, max_age=form.max_age,
        status="open", origin="central", source_station_id="",
    )
    return data.model_dump(mode="json")


def add_jobs(store: CentralStore, forms: list[tuple[str, JobForm]]) -> list[str]:
    """Publish validated jobs to every station in one transaction; an id already known is updated."""
    with store.write() as s:
        now = store.clock()
        feed = FeedWriter(s, now)
        for job_id, form in forms:
            body = job_body(form, job_id)
            row = s.get(Job, job_id)
            if row is None:
                row = Job(id=job_id, origin_station=None, filled=0)
                s.add(row)
            body["filled"] = row.filled
            row.status, row.headcount, row.starts_at, row.ends_at = "open", form.headcount, form.starts_at, form.ends_at
            row.body, row.updated_at = canonical_json(body), now
            feed.put("job", job_id, body, origin=row.origin_station)
        feed.flush()
    return [job_id for job_id, _ in forms]


def add_job(store: CentralStore, form: JobForm, job_id: str | None = None) -> str:
    form = form.validated()
    return add_jobs(store, [(job_id or str(uuid.uuid4()), form)])[0]


def _form_from_row(row: dict) -> JobForm:
    def opt(name, conv):
        value = (row.get(name) or "").strip()
        return conv(value) if value else None

    return JobForm(
        title=row["title"], category=row["category"].strip(), employer_name=row["employer_name"],
        pay_amount=float(row["pay"]), pay_unit=row["pay_unit"].strip(), headcount=int(row["headcount"]),
        starts_at=datetime.fromisoformat(row["starts_at"].strip()),
        ends_at=datetime.fromisoformat(row["ends_at"].strip()), place=row["place"],
        distance_km=opt("distance_km", float) or 0.0,
        urgent=(row.get("urgent") or "").strip().lower() in TRUE,
        employer_verified=(row.get("employer_verified") or "").strip().lower() in TRUE,
        settlement=(row.get("settlement") or "").strip() or "daily",
        requirements=row.get("requirements") or "", description=row.get("description") or "",
        contact_name=row.get("contact_name") or "", min_age=opt("min_age", int), max_age=opt("max_age", int),
        latitude=opt("latitude", float), longitude=opt("longitude", float),
    ).validated()


def import_csv(store: CentralStore, path: Path) -> ImportReport:
    """Add every valid row of a UTF-8 CSV (header row required); bad rows are listed, not guessed at."""
    report = ImportReport()
    forms: list[tuple[str, JobForm]] = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            report.errors.append(f"line 1: missing columns {', '.join(missing)}")
            return report
        for line, row in enumerate(reader, start=2):
            try:
                form = _form_from_row(row)
            except UserError as exc:
                report.errors.append(f"line {line}: {exc.msg.en} / {exc.msg.zh}")
                continue
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                report.errors.append(f"line {line}: {exc}")
                continue
            key = canonical_json({k: (row.get(k) or "").strip() for k in (*CSV_COLUMNS, *OPTIONAL_COLUMNS)})
            forms.append(((row.get("id") or "").strip() or str(uuid.uuid5(IMPORT_NAMESPACE, key)), form))
    if forms:
        report.added = add_jobs(store, forms)
    return report


def close_office_job(store: CentralStore, job_id: str, status: str = "closed") -> bool:
    """Close (filled elsewhere) or withdraw ('cancelled') a job; every station gets a tombstone."""
    with store.write() as s:
        now = store.clock()
        feed = FeedWriter(s, now)
        known = close_job(s, feed, now, job_id, status)
        feed.flush()
    return known
