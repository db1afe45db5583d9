"""The day's figures for the bureau's market monitoring (动态监测): registrations, jobs, sign-ups, work, pay."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.categories import PRIORITY_GROUPS
from kiosk.domain.pay import yuan
from kiosk.store.models import Attendance, Job, SignUp, Visit, Worker


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def day_figures(session: Session, day: date) -> dict:
    """Every figure for one day, as (key -> number); keys are stable for the CSV and the bureau."""
    start, end = _day_bounds(day)
    registered = list(session.scalars(select(Worker).where(
        Worker.origin == "local", Worker.created_at >= start, Worker.created_at < end)))
    figures: dict[str, float | int] = {"workers_registered": len(registered)}
    for group in PRIORITY_GROUPS:
        figures[f"registered_{group.code}"] = sum(1 for w in registered if group.code in w.priority_groups)
    in_day = lambda col: (col >= start) & (col < end)  # noqa: E731
    figures["visits"] = session.scalar(select(func.count()).select_from(Visit).where(in_day(Visit.at))) or 0
    figures["visitors_with_card"] = session.scalar(select(func.count(func.distinct(Visit.worker_id))).where(
        in_day(Visit.at), Visit.worker_id.is_not(None))) or 0
    figures["jobs_posted"] = session.scalar(select(func.count()).select_from(Job).where(
        Job.origin == "local", in_day(Job.created_at))) or 0
    figures["positions_posted"] = session.scalar(select(func.coalesce(func.sum(Job.headcount), 0)).where(
        Job.origin == "local", in_day(Job.created_at))) or 0
    figures["jobs_filled"] = session.scalar(select(func.count()).select_from(Job).where(
        in_day(Job.starts_at), Job.filled >= Job.headcount)) or 0
    figures["signups"] = session.scalar(select(func.count()).select_from(SignUp).where(in_day(SignUp.created_at))) or 0
    figures["signups_waitlisted"] = session.scalar(select(func.count()).select_from(SignUp).where(
        in_day(SignUp.created_at), SignUp.status == "waitlisted")) or 0
    figures["check_ins"] = session.scalar(select(func.count()).select_from(Attendance).where(
        Attendance.work_date == day)) or 0
    figures["check_outs"] = session.scalar(select(func.count()).select_from(Attendance).where(
        Attendance.work_date == day, Attendance.check_out_at.is_not(None))) or 0
    figures["hours_worked"] = round(session.scalar(select(func.coalesce(func.sum(Attendance.hours), 0.0)).where(
        Attendance.work_date == day)) or 0.0, 2)
    pay_fen = session.scalar(select(func.coalesce(func.sum(Attendance.pay_due_fen), 0)).where(
        Attendance.work_date == day)) or 0
    figures["pay_due_yuan"] = float(yuan(pay_fen) or 0)
    return figures


LABELS_ZH = {
    "workers_registered": "新登记求职者", "visits": "来站求职人次", "visitors_with_card": "刷卡求职人数",
    "jobs_posted": "发布岗位数", "positions_posted": "招聘人数",
    "jobs_filled": "已招满岗位", "signups": "报名人次", "signups_waitlisted": "候补人次", "check_ins": "上班打卡人次",
    "check_outs": "下班打卡人次", "hours_worked": "工作总时长(小时)", "pay_due_yuan": "应付工钱(元)",
    **{f"registered_{g.code}": f"新登记-{g.zh}" for g in PRIORITY_GROUPS},
}


def write_day_csv(session: Session, day: date, path: Path, station_id: str = "") -> dict:
    """Write the figures as a CSV (UTF-8 with BOM so Excel opens it) atomically; returns the figures."""
    figures = day_figures(session, day)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(["date", "station", "figure", "label_zh", "value"])
        for key, value in figures.items():
            out.writerow([day.isoformat(), station_id, key, LABELS_ZH.get(key, key), value])
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return figures
