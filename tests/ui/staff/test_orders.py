"""An employer walks in: staff post an urgent order, it is on the board at once, and the call list finds workers."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.store.models import ContactReveal, FollowUpCall, SignUp
from kiosk.store.queries import urgent_orders
from staff_helpers import sign_in, tap, tap_field, type_on_keypad, type_text


def post_electrician_order(qtbot, ctx, area):
    post = area.home.show_section("post")
    type_text(post.employer, "安居装修队")
    tap(qtbot, post.verified)
    tap(qtbot, post.kind.button("electrician"))
    assert post.title_edit.text() == "Electrician"  # suggested from the kind of work; staff may change it
    post.title_edit.clear()
    type_text(post.title_edit, "急招电工")
    type_text(post.place, "人民路88号")
    tap(qtbot, post.distance.button(3.0))
    tap_field(qtbot, post.headcount)
    type_on_keypad(qtbot, post.keypad, "⌫2")
    tap_field(qtbot, post.pay)
    type_on_keypad(qtbot, post.keypad, "350")
    tap(qtbot, post.day.button(0))
    tap(qtbot, post.hour.button(10))
    assert "10:00" in post.when.text() and "18:00" in post.when.text()  # 8 hours unless staff pick another
    tap(qtbot, post.post)
    qtbot.waitUntil(lambda: post.notice.kind == "ok", timeout=5000)
    return post


def test_posted_order_is_an_urgent_order_at_once(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    changed = []
    staff_ctx.runner.changed.connect(changed.append)  # what the wall board listens to
    post = post_electrician_order(qtbot, staff_ctx, area)
    assert "急招电工" in post.notice.message()
    with staff_ctx.station.read() as s:
        orders = urgent_orders(s, staff_ctx.station.clock())
        assert [(j.title, j.headcount, j.pay_fen, j.employer_verified, j.starts_at.hour) for j in orders] == \
            [("急招电工", 2, 35000, True, 10)]
    assert any(c.kind == "job.posted" for c in changed)
    assert post.title_edit.text() == "" and post.employer.text() == "安居装修队"  # ready for the next order


def test_missing_pay_is_said_and_nothing_is_posted(qtbot, staff_ctx):
    area = sign_in(qtbot, staff_ctx)
    post = area.home.show_section("post")
    type_text(post.employer, "安居装修队")
    tap(qtbot, post.kind.button("electrician"))
    type_text(post.place, "人民路88号")
    tap(qtbot, post.hour.button(10))
    tap(qtbot, post.post)
    assert "Enter the pay" in post.notice.message()
    with staff_ctx.station.read() as s:
        assert urgent_orders(s, staff_ctx.station.clock()) == []


def test_call_list_reveal_is_logged_and_a_sign_up_books_the_worker(qtbot, demo_ctx):
    area = sign_in(qtbot, demo_ctx)
    post = post_electrician_order(qtbot, demo_ctx, area)
    tap(qtbot, post.call)
    calls = area.home.sections["calls"]
    qtbot.waitUntil(lambda: any(c.candidate.name == "王建国" for c in calls.cards()), timeout=5000)
    card = next(c for c in calls.cards() if c.candidate.name == "王建国")
    assert "Does this trade" in card.reasons.text()  # why they fit, in words
    assert "13800138000" not in card.phone.text()  # hidden until asked for
    tap(qtbot, card.reveal)
    qtbot.waitUntil(lambda: "13800138000" in card.phone.text(), timeout=5000)
    with demo_ctx.station.read() as s:
        reveal = s.scalars(select(ContactReveal)).one()
        assert (reveal.staff, reveal.reason) == ("站长", "call")
    tap(qtbot, card.results["signed_up"])
    qtbot.waitUntil(lambda: calls.notice.kind == "ok" and all(c.candidate.name != "王建国" for c in calls.cards()),
                    timeout=5000)
    with demo_ctx.station.read() as s:
        call = s.scalars(select(FollowUpCall)).one()
        assert call.result == "signed_up" and call.staff == "站长"
        assert s.scalars(select(SignUp).where(SignUp.job_id == call.job_id, SignUp.worker_id == call.worker_id,
                                              SignUp.via == "call")).one().status == "confirmed"
