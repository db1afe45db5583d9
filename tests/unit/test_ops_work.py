"""Jobs, sign-ups, waitlist, agreement, check-in/out and pay: the gig day as the operations record it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.domain.messages import UserError
from kiosk.ops import attendance, contact, jobs, signups, workers
from kiosk.store.models import Attendance, ContactReveal, FollowUpCall, Job, OutboxEvent, SignUp
from tests.unit.conftest import make_job_form, make_worker_form

SIG = b"\x89PNG-signature"


def _people(station, n):
    ids = []
    for i in range(n):
        form = make_worker_form(name=f"工友{'甲乙丙丁戊己庚辛'[i]}", id_number="", phone=f"1380013{i:04d}")
        ids.append(station.run(workers.register_worker, form).entity_id)
    return ids


def test_sign_up_fills_places_then_waitlists_and_never_double_books(core_station):
    job = core_station.run(jobs.post_job, make_job_form(headcount=2)).entity_id
    a, b, c = _people(core_station, 3)
    assert core_station.run(signups.sign_up, a, job).detail["status"] == "confirmed"
    again = core_station.run(signups.sign_up, a, job)
    assert again.kind == "signup.already" and again.event_id is None
    assert core_station.run(signups.sign_up, b, job).detail["status"] == "confirmed"
    waiting = core_station.run(signups.sign_up, c, job)
    assert waiting.detail == {"status": "waitlisted", "position": 1}
    assert "候补第 1 位" in waiting.msg.zh
    with core_station.read() as s:
        assert s.get(Job, job).filled == 2
        assert len(s.scalars(select(SignUp)).all()) == 3


def test_cancel_frees_the_place_for_the_first_on_the_waitlist(core_station):
    job = core_station.run(jobs.post_job, make_job_form(headcount=1)).entity_id
    a, b = _people(core_station, 2)
    first = core_station.run(signups.sign_up, a, job).entity_id
    second = core_station.run(signups.sign_up, b, job).entity_id
    cancelled = core_station.run(signups.cancel_sign_up, first)
    assert cancelled.detail["promoted"] == second
    with core_station.read() as s:
        assert s.get(SignUp, second).status == "confirmed"
        assert s.get(Job, job).filled == 1
        kinds = [e.kind for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]
    assert kinds[-2:] == ["signup.cancelled", "signup.promoted"]


def test_closed_job_refuses_sign_up_with_a_reason(core_station):
    job = core_station.run(jobs.post_job, make_job_form()).entity_id
    core_station.run(jobs.close_job, job)
    (a,) = _people(core_station, 1)
    with pytest.raises(UserError) as err:
        core_station.run(signups.sign_up, a, job)
    assert err.value.msg.code == "signup.job_not_open"


def test_full_day_agreement_check_in_check_out_and_pay(core_station, clock):
    job = core_station.run(jobs.post_job, make_job_form(pay_amount=300, pay_unit="day")).entity_id
    (a,) = _people(core_station, 1)
    signup = core_station.run(signups.sign_up, a, job).entity_id
    clock.advance(hours=1)  # 08:00, the job starts
    with pytest.raises(UserError) as err:
        core_station.run(attendance.check_in, signup)
    assert err.value.msg.code == "attendance.agreement_needed"
    core_station.run(attendance.accept_agreement, signup, SIG)
    checked_in = core_station.run(attendance.check_in, signup)
    assert "上班打卡成功" in checked_in.msg.zh
    assert core_station.run(attendance.check_in, signup).kind == "attendance.already_in"
    clock.advance(hours=8, minutes=10)
    out = core_station.run(attendance.check_out, signup)
    assert out.detail == {"hours": 8.0, "pay_due_fen": 30000}
    assert "应得 300 元" in out.msg.zh
    repeat = core_station.run(attendance.check_out, signup)
    assert repeat.detail == out.detail and repeat.event_id is None
    with core_station.read() as s:
        att = s.scalars(select(Attendance)).one()
        assert att.insurance_from == att.check_in_at


def test_a_day_counts_in_the_profile_only_once_the_worker_has_checked_out(core_station, clock):
    from kiosk.store.history import work_totals, worker_history

    job = core_station.run(jobs.post_job, make_job_form(pay_amount=300, pay_unit="day")).entity_id
    (a,) = _people(core_station, 1)
    signup = core_station.run(signups.sign_up, a, job).entity_id
    clock.advance(hours=1)
    core_station.run(attendance.accept_agreement, signup, SIG)
    core_station.run(attendance.check_in, signup)
    with core_station.read() as s:  # at work now: not "1 day worked, 0 hours, 0 yuan"
        assert (work_totals(s, a).days, worker_history(s, a)[0].days_worked) == (0, 0)
    clock.advance(hours=8)
    core_station.run(attendance.check_out, signup)
    with core_station.read() as s:
        totals, row = work_totals(s, a), worker_history(s, a)[0]
    assert (totals.days, totals.hours, totals.pay_due_fen) == (1, 8.0, 30000)
    assert (row.days_worked, row.pay_due_fen) == (1, 30000)


@pytest.mark.parametrize("unit, amount, pieces, hours, expected_fen", [
    ("hour", 25, None, 6.5, 16250),
    ("piece", 2, 120, 8, 24000),
    ("month", 4350, None, 8, 20000),
    ("day", 200, None, 3, 10000),
])
def test_pay_due_follows_the_pay_unit(core_station, clock, unit, amount, pieces, hours, expected_fen):
    job = core_station.run(jobs.post_job, make_job_form(pay_amount=amount, pay_unit=unit)).entity_id
    (a,) = _people(core_station, 1)
    signup = core_station.run(signups.sign_up, a, job).entity_id
    clock.advance(hours=1)
    core_station.run(attendance.accept_agreement, signup, SIG)
    core_station.run(attendance.check_in, signup)
    clock.advance(minutes=int(hours * 60))
    out = core_station.run(attendance.check_out, signup, pieces=pieces)
    assert out.detail["pay_due_fen"] == expected_fen
    if pieces is not None:  # the worker sees what the pay is for
        assert f"完成 {pieces} 件" in out.msg.zh and f"{pieces} pieces" in out.msg.en


def test_check_in_on_the_wrong_day_is_refused(core_station, clock):
    job = core_station.run(jobs.post_job, make_job_form(start=clock.now + timedelta(days=2))).entity_id
    (a,) = _people(core_station, 1)
    signup = core_station.run(signups.sign_up, a, job).entity_id
    core_station.run(attendance.accept_agreement, signup, SIG)
    with pytest.raises(UserError) as err:
        core_station.run(attendance.check_in, signup)
    assert err.value.msg.code == "attendance.not_today"


def test_follow_up_signed_up_books_the_worker_and_reveal_is_logged(core_station):
    job = core_station.run(jobs.post_job, make_job_form()).entity_id
    (a,) = _people(core_station, 1)
    revealed = core_station.run(contact.reveal_contact, a, staff="站长")
    assert revealed.detail["phone"] == "13800130000" and revealed.detail["masked"] == "138****0000"
    call = core_station.run(contact.record_follow_up, job, a, "signed_up", staff="站长")
    assert call.detail["signup"]["status"] == "confirmed"
    with core_station.read() as s:
        assert s.scalars(select(ContactReveal)).one().staff == "站长"
        assert s.scalars(select(FollowUpCall)).one().result == "signed_up"
        assert s.scalars(select(SignUp)).one().via == "call"
        reveal_event = s.scalars(select(OutboxEvent).where(OutboxEvent.kind == "contact.revealed")).one()
    assert "13800130000" not in str(reveal_event.payload)


def test_problem_report_is_queued_for_the_market(core_station):
    job = core_station.run(jobs.post_job, make_job_form()).entity_id
    changes = core_station.run(contact.report_problem, job, "pay_wrong")
    assert "市场管理处" in changes.msg.zh
    with pytest.raises(UserError):
        core_station.run(contact.report_problem, job, "made_up_kind")
