"""Job cards look like something to tap: each carries a button-like 'see details / sign up' cue that opens the job."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor

from kiosk.ui.theme import PRIMARY
from kiosk.ui.walkup.job_card import JobCard


def _dominant_colour(widget) -> str:
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
    return QColor.fromRgb(counts.most_common(1)[0][0]).name().upper()


def _assert_cues(kiosk, screen, words: str) -> list[JobCard]:
    cards = screen.findChildren(JobCard)
    assert cards, "jobs are listed"
    for card in cards:
        cue = card.cue
        assert cue.isVisibleTo(kiosk.window) and cue.label.text() == words
        assert cue.height() >= kiosk.ctx.theme.touch_px, "as big as a button (15 mm)"
        assert cue.geometry().right() > card.width() * 0.75, "at the card's right, where a finger goes"
    first = cards[0].cue
    assert _dominant_colour(first) == PRIMARY.upper(), "drawn like the kiosk's buttons, not like the card's text"
    return cards


def test_jobs_for_a_worker_say_tap_to_see_details_and_sign_up(kiosk, demo_station):
    worker_id = demo_station.demo["worker_ids"][0]
    kiosk.show_card(demo_station.demo["card_payloads"][worker_id])
    worker = kiosk.wait_for("WorkerScreen")
    cards = _assert_cues(kiosk, worker, "查看详情、报名")
    kiosk.tap(cards[0].cue)  # the cue is part of the card: a tap on it opens the job
    job = kiosk.wait_for("JobDetailScreen")
    assert job.job.id == cards[0].job.id and job.sign_up_button.isVisible()


def test_browsing_without_a_card_offers_the_details_in_both_languages(kiosk, demo_station):
    kiosk.tap("看今天的活")
    jobs = kiosk.wait_for("JobListScreen")
    _assert_cues(kiosk, jobs, "查看详情")  # no sign-up before a card is shown
    kiosk.tap(jobs.back_button)
    kiosk.wait_for("HomeScreen")
    kiosk.tap("English")
    kiosk.tap("See today's jobs")
    _assert_cues(kiosk, kiosk.wait_for("JobListScreen"), "See details")
