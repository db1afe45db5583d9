"""The market office's own work: jobs added one by one or from a ledger file, and closing them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kiosk.central.db import CentralStore
from kiosk.central.feed import FeedWriter
from kiosk.central.models import Job
from kiosk.central.projections import close_job
from kiosk.domain.forms import JobForm
from kiosk.domain.messages import Msg, UserError, define, msg
from kiosk.domain.pay import fen_from_yuan
from kiosk.imports.ledger import JOBS, Posted, import_ledger
from kiosk.imports.report import ImportReport
from kiosk.sync.protocol import JobData, canonical_json

# A stable namespace: the same order imported twice gets the same job id, so no duplicate jobs.
IMPORT_NAMESPACE = uuid.UUID("6f1d8a52-6a53-4c8e-9a57-3c1e2b7c9d10")

E_NO_JOB = define(
    "central.job_not_found",
    "There is no job {job_id} on this server, so nothing was closed. Check the id: `job add` prints it, "
    "and `job import --json` lists each row's job_id.",
    "本服务器上没有编号为 {job_id} 的岗位，没有关闭任何岗位。请核对编号：`job add` 会打印编号，"
    "`job import --json` 会列出每行的 job_id。",
)
M_CLOSED = define("central.job_closed", "Job {job_id} ({title}) {state_en}: it leaves every station's job list and "
                                        "wall board at their next sync.",
                  "岗位 {job_id}（{title}）已{state_zh}：各驿站下次同步后，它会从岗位列表和大屏上撤下。")
M_ALREADY = define("central.job_already_closed", "Job {job_id} ({title}) was already {state_en}; nothing changed.",
                   "岗位 {job_id}（{title}）之前已经{state_zh}，这次没有改动。")
STATE_WORDS = {"closed": ("closed", "关闭"), "cancelled": ("withdrawn", "撤回")}


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


def imported_job_id(form: JobForm) -> str:
    """The id of an imported order: the same employer, title, start and place (a station's twin rule) is the
    same job, so importing a file again adds nothing twice."""
    key = canonical_json([form.employer_name, form.title, form.starts_at.isoformat(), form.place])
    return str(uuid.uuid5(IMPORT_NAMESPACE, key))


def _publish_imported(store: CentralStore, form: JobForm) -> Posted:
    job_id = imported_job_id(form)
    with store.read() as s:
        if s.get(Job, job_id) is not None:
            return Posted(job_id, existing=True)  # kept as it is: it may have filled or been closed since
    return Posted(add_jobs(store, [(job_id, form)])[0])


def import_jobs(store: CentralStore, path: Path, local_clock: Callable[[], datetime] = datetime.now) -> ImportReport:
    """A job ledger read exactly as `kiosk import jobs` reads it (see kiosk/imports), each good row published to
    every station; every problem of a refused row is reported by line and column. Job times are the market's
    wall-clock times, so a job's end is compared with local time (the store's clock is UTC)."""
    return import_ledger(path, JOBS, local_clock, lambda form: _publish_imported(store, form))


def close_office_job(store: CentralStore, job_id: str, status: str = "closed") -> Msg:
    """Close (filled elsewhere) or withdraw ('cancelled') a job: every station gets a tombstone. An unknown id is
    refused (no tombstone for a made-up id goes out); a job closed already stays as it is."""
    with store.write() as s:
        row = s.get(Job, job_id)
        if row is None:
            raise UserError(msg(E_NO_JOB, job_id=job_id[:64]), "id")
        title = json.loads(row.body).get("title", "")
        if row.status != "open":
            en, zh = STATE_WORDS.get(row.status, STATE_WORDS["closed"])
            return msg(M_ALREADY, job_id=job_id, title=title, state_en=en, state_zh=zh)
        now = store.clock()
        feed = FeedWriter(s, now)
        close_job(s, feed, now, job_id, status)
        feed.flush()
    en, zh = STATE_WORDS[status]
    return msg(M_CLOSED, job_id=job_id, title=title, state_en=en, state_zh=zh)
