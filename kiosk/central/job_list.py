"""`kiosk-central job list`: the jobs the server holds, so the office can find the id to close one; and the ids of
the jobs a plain `job import` added."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from kiosk.central.db import CentralStore
from kiosk.central.models import Job
from kiosk.imports.report import ImportReport

STATUS_WORDS = {"open": "招聘中 open", "ended": "已结束 ended", "closed": "已关闭 closed",
                "cancelled": "已撤回 withdrawn"}
OFFICE = "office"
HEADER = "编号 id · 岗位 title · 用工单位 employer · 时间 when · 人数/已报 wanted/filled · 状态 status · 来源 source"


def list_jobs(store: CentralStore, now: datetime, everything: bool = False) -> list[dict]:
    """Open jobs, soonest start first; with `everything`, then the ended, closed and withdrawn ones, newest start
    first. `now` is the market's wall-clock time (job times are): an open job whose end has passed is 'ended'."""
    with store.read() as s:
        rows = s.execute(select(Job.id, Job.status, Job.headcount, Job.filled, Job.starts_at, Job.ends_at,
                                Job.origin_station, Job.body)).all()
    jobs = []
    for r in rows:
        status = "ended" if r.status == "open" and r.ends_at is not None and r.ends_at <= now else r.status
        if status != "open" and not everything:
            continue
        body = json.loads(r.body)
        jobs.append({"id": r.id, "title": body.get("title", ""), "employer": body.get("employer_name", ""),
                     "starts_at": r.starts_at, "ends_at": r.ends_at, "headcount": r.headcount, "filled": r.filled,
                     "status": status, "source_station": r.origin_station or OFFICE})
    live = sorted((j for j in jobs if j["status"] == "open"), key=lambda j: (j["starts_at"] or datetime.max, j["id"]))
    gone = sorted((j for j in jobs if j["status"] != "open"), key=lambda j: (j["starts_at"] or datetime.min, j["id"]),
                  reverse=True)
    return live + gone


def job_line(job: dict) -> str:
    starts, ends, when = job["starts_at"], job["ends_at"], "?"
    if starts and ends:
        when = f"{starts:%Y-%m-%d %H:%M}–{ends:%H:%M}" if ends.date() == starts.date() else \
            f"{starts:%Y-%m-%d %H:%M}–{ends:%Y-%m-%d %H:%M}"
    source = "市场管理处 office" if job["source_station"] == OFFICE else job["source_station"]
    return (f"{job['id']} · {job['title']} · {job['employer']} · {when} · {job['headcount']}/{job['filled']} · "
            f"{STATUS_WORDS.get(job['status'], job['status'])} · {source}")


def count_line(jobs: list[dict], everything: bool) -> str:
    if everything:
        return f"共 {len(jobs)} 个岗位 {len(jobs)} job(s)"
    return f"共 {len(jobs)} 个招聘中的岗位 {len(jobs)} open job(s); --all 也列出已结束、关闭、撤回的 lists the others too"


def imported_lines(report: ImportReport) -> list[str]:
    """One line for each job the import added: its ledger line and id (what `job close` takes)."""
    return [f"第 {row.line} 行 / line {row.line}: 新岗位编号 new job id {row.ref}"
            for row in report.rows if row.status == "imported"]
