"""Every kind of card a worker may show gets a plain message saying what it is and what to do, spoken too."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from kiosk.domain import card_format as cf
from kiosk.domain.messages import msg
from kiosk.ops.cards import revoke_card
from kiosk.store.models import StaffCall, StationKey


def _signed(station, worker_id: str, issued: date, expires: date) -> str:
    signer = station.signer
    claims = cf.CardClaims(cf.CARD_VERSION, signer.key_id, worker_id, 1, issued, expires)
    return cf.encode_card(claims, signer.private_key)


def _forged(card: str) -> str:
    i = len(card) - 20  # inside the signature: still a well-formed card, but not one this station signed
    return card[:i] + ("A" if card[i] != "A" else "B") + card[i + 1:]


def _unknown_station(_station, _card, _worker) -> str:
    import numpy as np

    from kiosk.devices.synthetic import demo_card_text

    return demo_card_text(np.random.default_rng(3))


def _key_revoked(station, card, _worker) -> str:
    with station.read() as s, s.begin():
        for key in s.query(StationKey):
            key.revoked = True
    return card


CASES = {
    "not_a_card": lambda st, card, w: "https://jobs.example.cn/p/123",
    "damaged": lambda st, card, w: card[:-6],
    "unsupported_version": lambda st, card, w: "GK9" + card[3:],
    "forged": lambda st, card, w: _forged(card),
    "revoked": lambda st, card, w: (st.run(revoke_card, w), card)[1],
    "unknown_station": _unknown_station,
    "expired": lambda st, card, w: _signed(st, w, date(2024, 1, 1), date(2025, 1, 1)),
    "key_revoked": _key_revoked,
}


@pytest.mark.parametrize("status", sorted(CASES))
def test_a_bad_card_is_explained_in_words_and_aloud(kiosk, demo_station, status):
    worker_id = demo_station.demo["worker_ids"][0]
    text = CASES[status](demo_station, demo_station.demo["card_payloads"][worker_id], worker_id)
    kiosk.ctx.set_voice(True)
    kiosk.show_card(text)
    notice = kiosk.wait_for("NoticeScreen")
    params = {"expires": "2025-01-01"} if status == "expired" else {}
    expected = msg(cf.MSG_CODES[status], **params).zh
    assert notice.message.text() == expected
    assert "工作人员" in expected, "every bad-card message says who can help"
    assert kiosk.button("呼叫工作人员").isVisible()
    assert any(expected in said for said, _lang in kiosk.ctx.speech.said), "spoken when voice is on"
    assert kiosk.flow.page is None, "nobody's details were opened"


def test_a_valid_card_of_a_worker_this_station_does_not_know_offers_staff(kiosk, demo_station):
    text = _signed(demo_station, str(uuid.uuid4()), date(2026, 1, 1), date(2030, 1, 1))
    kiosk.show_card(text)
    notice = kiosk.wait_for("NoticeScreen")
    assert notice.message.text() == msg(cf.MSG_WORKER_NOT_KNOWN).zh
    kiosk.tap("呼叫工作人员")
    kiosk.qtbot.waitUntil(lambda: kiosk.says("已呼叫工作人员，请稍候。") and kiosk.quiet())
    with demo_station.read() as s:
        assert s.query(StaffCall).filter(StaffCall.answered_at.is_(None)).count() == 1, "the staff side sees the call"
    kiosk.tap("知道了")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen is kiosk.flow.home or type(kiosk.screen).__name__ == "NoticeScreen")


def test_a_read_is_acknowledged_at_once_before_the_lookup(kiosk, demo_station):
    worker_id = demo_station.demo["worker_ids"][0]
    kiosk.window.card_read(demo_station.demo["card_payloads"][worker_id])
    assert kiosk.window.read_banner.isVisible() and "已读到卡" in kiosk.window.read_banner.text()
    kiosk.wait_for("WorkerScreen")
    assert not kiosk.window.read_banner.isVisible()
