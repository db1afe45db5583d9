"""A worker's morning at the kiosk: card → greeting → sign up → agreement → check in → check out → pay."""

from __future__ import annotations

import pytest

from kiosk.domain.pay import yuan
from kiosk.ops.attendance import EARLY_CHECK_IN
from kiosk.store.models import Agreement, Attendance, SignUp, Visit
from kiosk.ui.walkup.data import browse_jobs
from kiosk.ui.walkup.gallery import sign_with_finger


def open_job(station, pay_unit="day", now_open=True, full=False):
    now = station.clock()
    for job in browse_jobs(station):
        in_window = job.starts_at - EARLY_CHECK_IN <= now <= job.ends_at
        if job.pay_unit == pay_unit and in_window == now_open and job.full == full:
            return job
    pytest.skip("the demo data has no such job")


def card_of(station, index=0):
    worker_id = station.demo["worker_ids"][index]
    return worker_id, station.demo["card_payloads"][worker_id]


def test_scan_sign_up_sign_agreement_check_in_and_out_shows_hours_and_pay(kiosk, demo_station):
    worker_id, card = card_of(demo_station)
    job = open_job(demo_station)

    kiosk.show_card(card)
    kiosk.wait_for("WorkerScreen")
    assert kiosk.screen.title.text() == "王师傅，您好"

    def visits():
        with demo_station.read() as s:
            return [(v.kind, v.worker_id) for v in s.query(Visit)]

    kiosk.qtbot.waitUntil(lambda: visits() == [("card", worker_id)])  # the bureau counts the visit, once

    kiosk.tap("看今天所有的活")
    jobs = kiosk.wait_for("JobListScreen")
    kiosk.tap(next(card for card in jobs.cards if card.job.id == job.id))
    kiosk.wait_for("JobDetailScreen")
    assert kiosk.says(job.title) and kiosk.says(f"{yuan(job.pay_fen)} 元/天")

    kiosk.tap("报名这个活")
    confirm = kiosk.wait_for("ConfirmScreen")
    assert job.title in confirm.message.text()
    kiosk.tap("是的，我要报名")
    worker = kiosk.wait_for("WorkerScreen")
    assert f"报名成功：{job.title}" in worker.notice.text()

    kiosk.tap("打卡上班")
    agreement = kiosk.wait_for("AgreementScreen")
    assert any(job.title in term.text() for term in agreement.terms) and "协议" in agreement.title.text()
    kiosk.tap("同意并签名")  # no signature yet: told so in words, nothing stored
    assert agreement.error.isVisible() and "签名" in agreement.error.text()
    sign_with_finger(agreement.pad)
    kiosk.tap("同意并签名")
    worker = kiosk.wait_for("WorkerScreen")
    assert "上班打卡成功" in worker.notice.text()
    with demo_station.read() as s:
        signup = s.query(SignUp).filter_by(worker_id=worker_id, job_id=job.id).one()
        assert s.query(Agreement).filter_by(signup_id=signup.id).one().signature_png.startswith(b"\x89PNG")
        assert s.query(Attendance).filter_by(signup_id=signup.id).one().check_out_at is None

    demo_station.clock.now = demo_station.clock.now.replace(hour=17, minute=10)
    kiosk.tap("打卡下班")
    kiosk.wait_for("ConfirmScreen")
    kiosk.tap("是的，打卡下班")
    worker = kiosk.wait_for("WorkerScreen")
    due = f"应得 {yuan(job.pay_fen)} 元"
    assert due in worker.notice.text()
    assert any("8.5 小时" in t and due in t for t in kiosk.texts()), "the day's panel shows hours and pay"


def test_piece_work_check_out_asks_how_many_pieces_on_a_keypad(kiosk, demo_station):
    worker_id, card = card_of(demo_station, 1)
    job = open_job(demo_station, pay_unit="piece")
    from kiosk.demo.simulate import PNG_1PX
    from kiosk.ops.attendance import accept_agreement, check_in
    from kiosk.ops.signups import sign_up

    signup_id = demo_station.run(sign_up, worker_id, job.id).entity_id
    demo_station.run(accept_agreement, signup_id, PNG_1PX)
    demo_station.run(check_in, signup_id)
    demo_station.clock.advance(hours=8)

    kiosk.show_card(card)
    kiosk.wait_for("WorkerScreen")
    kiosk.tap("打卡下班")
    pieces = kiosk.wait_for("PiecesScreen")
    assert not kiosk.button("下班打卡").isEnabled(), "no check-out with nothing counted"
    for key in ("1", "2", "0"):
        kiosk.tap(pieces.keypad.keys[key])
    assert "120 件" in pieces.count.text()
    kiosk.tap("按 120 件下班打卡")
    worker = kiosk.wait_for("WorkerScreen")
    assert f"应得 {yuan(job.pay_fen * 120)} 元" in worker.notice.text()


def test_english_greeting_and_a_full_job_puts_the_worker_on_the_waiting_list(kiosk, demo_station):
    worker_id, card = card_of(demo_station)
    from kiosk.ops.signups import sign_up

    target = browse_jobs(demo_station)[0]
    for other in demo_station.demo["worker_ids"][5:5 + target.places_left]:
        demo_station.run(sign_up, other, target.id)  # other workers take every place

    kiosk.tap("English")
    assert kiosk.says("Show your worker card QR code to the camera")
    kiosk.show_card(card)
    kiosk.wait_for("WorkerScreen")
    assert kiosk.screen.title.text() == "Hello, Master Wang"
    kiosk.flow.open_job(target.id)  # as if tapped in a list: the job is now full
    detail = kiosk.wait_for("JobDetailScreen")
    assert "full" in detail.status.text().lower()
    kiosk.tap("Join the waiting list")
    kiosk.wait_for("ConfirmScreen")
    kiosk.tap("Yes, put me on the waiting list")
    worker = kiosk.wait_for("WorkerScreen")
    assert "waiting list" in worker.notice.text() and "number 1" in worker.notice.text()
    assert kiosk.says("On the waiting list: number 1.")


def test_cancel_a_sign_up_after_confirming(kiosk, demo_station):
    worker_id, card = card_of(demo_station)
    from kiosk.ops.signups import sign_up

    tomorrow = [j for j in browse_jobs(demo_station) if j.starts_at.date() > demo_station.clock().date()
                and not j.full][0]
    demo_station.run(sign_up, worker_id, tomorrow.id)
    kiosk.show_card(card)
    kiosk.wait_for("WorkerScreen")
    kiosk.tap("取消报名")
    kiosk.wait_for("ConfirmScreen")
    kiosk.tap("不取消")  # changed their mind: nothing happens
    kiosk.wait_for("WorkerScreen")
    kiosk.tap("取消报名")
    kiosk.wait_for("ConfirmScreen")
    kiosk.tap("是的，取消报名")
    worker = kiosk.wait_for("WorkerScreen")
    assert f"已取消报名：{tomorrow.title}" in worker.notice.text()
    assert not worker.upcoming_panels
    with demo_station.read() as s:
        assert s.query(SignUp).filter_by(worker_id=worker_id, job_id=tomorrow.id).one().status == "cancelled"


def test_next_worker_scanning_replaces_the_last_one(kiosk, demo_station):
    _, first = card_of(demo_station, 0)
    _, second = card_of(demo_station, 1)
    kiosk.show_card(first)
    kiosk.wait_for("WorkerScreen")
    kiosk.show_card(second)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen.title.text() == "李师傅，您好" and kiosk.quiet())
    assert not any("王" in t for t in kiosk.texts(visible_only=False) if "师傅" in t)


def test_browsing_without_a_card_is_counted_as_an_anonymous_visit(kiosk, demo_station):
    kiosk.tap("看今天的活")
    kiosk.wait_for("JobListScreen")

    def visits():
        with demo_station.read() as s:
            return [(v.kind, v.worker_id) for v in s.query(Visit)]

    kiosk.qtbot.waitUntil(lambda: visits() == [("browse", None)])


def test_each_job_in_the_list_shows_its_trade_as_a_picture(kiosk, demo_station):
    from kiosk.domain.categories import trade_icon
    from kiosk.ui.walkup.job_card import JobCard

    kiosk.tap("看今天的活")
    screen = kiosk.wait_for("JobListScreen")
    cards = screen.findChildren(JobCard)
    assert cards, "today's jobs are listed"
    for card in cards:
        assert card.trade.name == trade_icon(card.job.category)
        assert card.trade.isVisibleTo(card) and card.trade.width() >= 40, "a picture big enough to recognise"
    assert len({c.trade.name for c in cards}) > 1, "different trades, different pictures"
