"""Walking away: a visible "need more time?" countdown, then back to the start with nothing of the worker left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


def start_visit(kiosk, demo_station, index=0):
    worker_id = demo_station.demo["worker_ids"][index]
    kiosk.show_card(demo_station.demo["card_payloads"][worker_id])
    return kiosk.wait_for("WorkerScreen")


def test_countdown_then_home_forgets_the_worker_everywhere(kiosk, demo_station):
    ui = demo_station.settings.ui
    kiosk.ctx.set_voice(True)
    start_visit(kiosk, demo_station)
    kiosk.flow.toggle_language()  # the worker switched to English; the next person gets Chinese again
    kiosk.qtbot.waitUntil(lambda: kiosk.screen.title.text() == "Hello, Master Wang")

    kiosk.clock.advance(ui.idle_seconds - 1)
    kiosk.qtbot.wait(300)
    assert not kiosk.window.overlay.isVisible(), "no warning before the quiet period is over"
    kiosk.clock.advance(1)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.overlay.isVisible())
    overlay = kiosk.window.overlay
    assert overlay.seconds >= 20, "at least 20 seconds to react"
    assert f"In {overlay.seconds} seconds" in overlay.countdown.text()
    assert any("Do you need more time?" in said for said, _ in kiosk.ctx.speech.said)

    kiosk.tap("Yes, I need more time")
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.overlay.isVisible())
    assert type(kiosk.screen).__name__ == "WorkerScreen", "more time keeps the worker's screen"

    kiosk.clock.advance(ui.idle_seconds + max(20, ui.idle_warning_seconds) + 1)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen is kiosk.flow.home and kiosk.quiet())
    everything = " ".join(kiosk.texts(visible_only=False))
    for private in ("王建国", "王师傅", "Master Wang"):
        assert private not in everything, f"{private!r} is still on a widget"
    assert kiosk.flow.page is None
    assert kiosk.ctx.lang == "zh_CN" and kiosk.flow.home.instruction.text() == "请把工作证二维码对准摄像头"
    assert not kiosk.ctx.voice_on


def test_the_screen_never_changes_under_a_finger(kiosk, demo_station):
    ui = demo_station.settings.ui
    worker = start_visit(kiosk, demo_station)
    finger = worker.today_heading
    QTest.mousePress(finger, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    kiosk.clock.advance(ui.idle_seconds + max(20, ui.idle_warning_seconds) + 1)
    kiosk.qtbot.wait(600)
    assert kiosk.screen is worker, "a finger is on the screen: the change waits"
    other = demo_station.demo["worker_ids"][1]
    kiosk.show_card(demo_station.demo["card_payloads"][other])
    kiosk.qtbot.wait(300)
    assert kiosk.screen is worker
    QTest.mouseRelease(finger, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    kiosk.qtbot.waitUntil(lambda: type(kiosk.screen).__name__ == "WorkerScreen" and kiosk.screen is not worker
                          and kiosk.quiet())
    assert kiosk.screen.title.text() == "李师傅，您好", "after the finger lifts, the next worker's screen"


def test_a_tap_just_after_a_screen_change_does_not_press_the_new_screen(kiosk, demo_station):
    kiosk.window.guard.settle_ms = 300
    start_visit(kiosk, demo_station)
    detail_jobs = kiosk.screen.cards
    kiosk.flow.open_job(detail_jobs[0].job.id)
    kiosk.qtbot.waitUntil(lambda: type(kiosk.screen).__name__ == "JobDetailScreen" and kiosk.quiet())
    button = kiosk.screen.sign_up_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # a double tap's second half, meant for the card
    kiosk.qtbot.wait(50)
    assert type(kiosk.screen).__name__ == "JobDetailScreen", "the stray tap was not taken"
