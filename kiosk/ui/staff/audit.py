"""Every staff screen built and filled with the station's (demo) data, for the accessibility audit and screenshots."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from kiosk.domain.id_number import id_check_digit
from kiosk.domain.messages import msg
from kiosk.ops.workers import M_REGISTERED
from kiosk.store.history import open_jobs, staff_names
from kiosk.store.models import SignUp, Worker
from kiosk.ui.staff.common import drain
from kiosk.ui.staff.staff_area import StaffArea

SCREEN_SIZE = (1920, 1080)


def sample_id_number(station) -> str:
    """A made-up valid ID number of someone aged 41 (never a real person's)."""
    first17 = f"110105{station.clock().year - 41}0615002"
    return first17 + id_check_digit(first17)


def _fill_registration(area: StaffArea, step: int) -> None:
    reg = area.home.section("register")
    person = reg.person
    person.name.setText("李秀兰")
    person.id_number.setText(sample_id_number(area.ctx.station))
    person.phone_kind.set_value("family")
    person.phone.setText("13912345678")
    person.contact_name.setText("李强")
    reg.work.trades.set_values(["cleaning", "domestic_help", "kitchen_help"])
    reg.work.wanted.set_values(["elderly_carer"])
    reg.time.days.set_values(range(5))
    reg.time.shifts.set_values(["morning", "day"])
    reg.time.wage.setText("180")
    reg.time.distance.set_value(5.0)
    reg.time.groups.set_values(["older"])
    reg.time.notes.setPlainText("腰不好，不做重体力活。")
    reg.go(step)


def _fill_result(area: StaffArea) -> None:
    reg = area.home.section("register")
    reg.show_result("ZD01-00051", msg(M_REGISTERED, name="李秀兰", worker_no="ZD01-00051"))
    reg.show_printing()


def _fill_post(area: StaffArea) -> None:
    post = area.home.section("post")
    post.employer.setText("顺达物流园")
    post.verified.setChecked(True)
    post.kind.set_value("loading")
    post.title_edit.setText("搬运装卸工")
    post.place.setText("城南物流园3号库")
    post.distance.set_value(3.0)
    post.requirements.setText("身体好，能吃苦")
    post.headcount.setText("5")
    post.pay.setText("260")
    now = area.ctx.station.clock()
    post.day.set_value(0 if now.hour < 19 else 1)
    post.hour.set_value(min(max(now.hour + 1, 6), 20))


def _first(area: StaffArea, fn, **kw):
    with area.ctx.station.read() as session:
        rows = fn(session, **kw)
    return rows[0] if rows else None


def build_audit_screens(ctx) -> list[QWidget]:
    """One signed-in StaffArea per screen (each carries the staff style), plus the PIN screen."""
    with ctx.station.read() as session:
        names = staff_names(session)
    staff = names[0] if names else "站长"
    screens: list[QWidget] = []

    def area_for(name: str, section: str | None) -> StaffArea:
        area = StaffArea(ctx)
        area.setObjectName(f"staff_{name}")
        area.resize(*SCREEN_SIZE)
        if section is not None:
            area.sign_in(staff, first=section)
        screens.append(area)
        return area

    area_for("pin", None)
    for step in range(4):
        _fill_registration(area_for(f"register_{step + 1}", "register"), step)
    _fill_result(area_for("register_done", "register"))
    _fill_post(area_for("post", "post"))
    calls = area_for("calls", "calls")
    job = _first(calls, open_jobs, now=ctx.station.clock() - timedelta(minutes=1))
    if job is not None:
        calls.home.section("calls").open_job(job.id)
    profiles = area_for("profile", "profiles")
    with ctx.station.read() as session:  # someone with sign-ups, so the history shows
        worker_id = session.scalar(select(SignUp.worker_id).order_by(SignUp.created_at).limit(1)) or \
            session.scalar(select(Worker.id).limit(1))
    if worker_id:
        profiles.home.section("profiles").open_worker(worker_id)
    area_for("help", "help")
    area_for("sync", "sync")
    area_for("report", "report")
    area_for("board", "board")
    drain()
    return screens
