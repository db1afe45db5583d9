"""Pay, time, place and employer said in plain words in the current language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kiosk.domain.categories import SETTLEMENTS, category, find, pay_unit
from kiosk.domain.pay import yuan
from kiosk.ui.i18n import current_language, is_chinese

translate = QCoreApplication.translate


def _zh() -> bool:
    return is_chinese(current_language())


def pay_text(job) -> str:
    """'250 元/天' / '250 yuan/day'."""
    unit = pay_unit(job.pay_unit)
    return f"{yuan(job.pay_fen)} {unit.per_zh if _zh() else unit.per_en}"


def settlement_text(code: str) -> str:
    try:
        choice = find(SETTLEMENTS, code)
    except KeyError:
        return code
    return choice.zh if _zh() else choice.en


def category_text(code: str) -> str:
    try:
        cat = category(code)
    except KeyError:
        return code
    return cat.zh if _zh() else cat.en


def day_text(day: datetime, now: datetime) -> str:
    delta = (day.date() - now.date()).days
    if delta == 0:
        return translate("Format", "Today")
    if delta == 1:
        return translate("Format", "Tomorrow")
    if _zh():
        return f"{day.month}月{day.day}日"
    return day.strftime("%d %b").lstrip("0")


def when_text(start: datetime, end: datetime, now: datetime) -> str:
    """'今天 08:00–17:00'; a job over several days names both days."""
    if start.date() == end.date():
        return f"{day_text(start, now)} {start:%H:%M}–{end:%H:%M}"
    return f"{day_text(start, now)} {start:%H:%M} – {day_text(end, now)} {end:%H:%M}"


def distance_text(km: float) -> str:
    return translate("Format", "{km} km away").format(km=f"{km:.1f}")


def employer_text(job) -> str:
    """The employer, and whether the market has checked them, in words (never by colour alone)."""
    if job.employer_verified:
        return translate("Format", "{name} (verified employer)").format(name=job.employer_name)
    return translate("Format", "{name} (not verified yet: take care)").format(name=job.employer_name)


def places_text(job) -> str:
    if job.full:
        return translate("Format", "Full: you can join the waiting list")
    return translate("Format", "{left} of {total} places left").format(left=job.places_left, total=job.headcount)


def hours_pay_text(hours: float | None, pay_fen: int | None) -> str:
    return translate("Format", "Worked {hours} hours, {pay} yuan due").format(
        hours=f"{hours or 0:g}", pay=yuan(pay_fen or 0))


def clock_text(moment: datetime) -> str:
    return f"{moment:%H:%M}"
