"""A hand scanner that types the card as a fast burst of keys is read; a person typing slowly is not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_keys(window, text: str, gap_ms: float) -> None:
    """Keys as the window system delivers them, `gap_ms` apart, ending with Enter."""
    t = 50_000.0
    for ch in text + "\r":
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch)
        event.setTimestamp(int(t))
        QApplication.sendEvent(QApplication.focusWidget() or window, event)
        t += gap_ms


def test_a_scanner_burst_opens_the_workers_screen_with_input_methods_off(kiosk, demo_station):
    worker_id = demo_station.demo["worker_ids"][0]
    assert not kiosk.window.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled), \
        "a Chinese input method would swallow the scanner's keys"
    type_keys(kiosk.window, demo_station.demo["card_payloads"][worker_id].lower(), gap_ms=4)  # Caps Lock on
    worker = kiosk.wait_for("WorkerScreen")
    assert worker.title.text() == "王师傅，您好"


def test_slow_typing_of_the_same_text_is_not_taken_for_a_card(kiosk, demo_station):
    worker_id = demo_station.demo["worker_ids"][0]
    type_keys(kiosk.window, demo_station.demo["card_payloads"][worker_id], gap_ms=180)
    kiosk.qtbot.wait(50)
    assert kiosk.quiet() and kiosk.screen is kiosk.flow.home
    assert kiosk.flow.page is None and not kiosk.window.read_banner.isVisible()


def test_the_scanner_is_ignored_in_staff_mode_where_staff_type_into_fields(kiosk, demo_station):
    kiosk.tap("工作人员")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.staff is not None and kiosk.window.staff.isVisible())
    worker_id = demo_station.demo["worker_ids"][0]
    type_keys(kiosk.window, demo_station.demo["card_payloads"][worker_id], gap_ms=4)
    kiosk.qtbot.wait(50)
    assert kiosk.flow.page is None
    kiosk.window.staff.exit_requested.emit()
    kiosk.qtbot.waitUntil(lambda: kiosk.window.staff is None and kiosk.screen is kiosk.flow.home)


def _scan_burst(kiosk, demo_station, index: int) -> None:
    """The scanner types worker `index`'s card into whatever has the keyboard focus on this screen."""
    focus = QApplication.focusWidget() or kiosk.window
    assert not focus.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled), f"pinyin would eat the keys: {focus}"
    worker_id = demo_station.demo["worker_ids"][index]
    type_keys(kiosk.window, demo_station.demo["card_payloads"][worker_id], gap_ms=4)


def test_a_scanner_burst_on_another_workers_screen_switches_to_the_new_worker(kiosk, demo_station):
    _scan_burst(kiosk, demo_station, 0)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen.title.text() == "王师傅，您好" and kiosk.quiet())
    _scan_burst(kiosk, demo_station, 1)  # the next person in the queue scans with the hand scanner
    kiosk.qtbot.waitUntil(lambda: kiosk.screen.title.text() == "李师傅，您好" and kiosk.quiet())
    assert kiosk.flow.page.worker_id == demo_station.demo["worker_ids"][1]


def test_a_scanner_burst_on_the_job_list_opens_the_workers_screen(kiosk, demo_station):
    kiosk.tap("看今天的活")
    kiosk.wait_for("JobListScreen")
    _scan_burst(kiosk, demo_station, 0)
    worker = kiosk.wait_for("WorkerScreen")
    assert worker.title.text() == "王师傅，您好"


def test_a_scanner_burst_on_a_job_page_opens_the_workers_screen(kiosk, demo_station):
    kiosk.tap("看今天的活")
    jobs = kiosk.wait_for("JobListScreen")
    kiosk.tap(jobs.cards[0])
    kiosk.wait_for("JobDetailScreen")
    _scan_burst(kiosk, demo_station, 0)
    worker = kiosk.wait_for("WorkerScreen")
    assert worker.title.text() == "王师傅，您好"
