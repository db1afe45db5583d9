"""Help without a card or typing: call staff, report a job, read aloud, print, language, text size, scrolling."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.devices.speech import SilentSpeech
from kiosk.store.models import ProblemReport, StaffCall


def start_visit(kiosk, demo_station, index=0):
    worker_id = demo_station.demo["worker_ids"][index]
    kiosk.show_card(demo_station.demo["card_payloads"][worker_id])
    return worker_id, kiosk.wait_for("WorkerScreen")


def test_call_staff_from_the_start_screen_shows_on_the_staff_side(kiosk, demo_station):
    kiosk.tap("呼叫工作人员")
    kiosk.qtbot.waitUntil(lambda: kiosk.flow.home.notice.isVisible() and kiosk.quiet())
    assert kiosk.flow.home.notice.text() == "已呼叫工作人员，请稍候。"
    with demo_station.read() as s:
        assert s.query(StaffCall).filter(StaffCall.answered_at.is_(None)).count() == 1


def test_report_a_problem_with_big_buttons_and_no_typing(kiosk, demo_station):
    worker_id, worker = start_visit(kiosk, demo_station)
    job = worker.cards[0].job
    kiosk.tap(worker.cards[0])
    kiosk.wait_for("JobDetailScreen")
    kiosk.tap("举报这个活有问题")
    report = kiosk.wait_for("ReportScreen")
    assert len(report.buttons) == 4 and all(b.height() >= kiosk.ctx.theme.mm(15) for b in report.buttons.values())
    kiosk.tap("工钱和说好的不一样")
    notice = kiosk.wait_for("NoticeScreen")
    assert "问题已记录" in notice.message.text()
    with demo_station.read() as s:
        row = s.query(ProblemReport).one()
        assert (row.job_id, row.kind, row.worker_id) == (job.id, "pay_wrong", worker_id)
    kiosk.tap("知道了")
    kiosk.wait_for("WorkerScreen")


def test_read_aloud_says_the_screen_and_keeps_talking_for_this_visit(kiosk, demo_station):
    speech = kiosk.ctx.speech
    kiosk.tap("读给我听")
    assert speech.said[-1][0].startswith("请把工作证二维码对准摄像头")
    assert speech.said[-1][1] == "zh_CN"
    _, worker = start_visit(kiosk, demo_station)
    assert any(said.startswith("王师傅，您好") for said, _ in speech.said), "the next screen is read by itself"
    kiosk.tap(worker.cards[0])
    detail = kiosk.wait_for("JobDetailScreen")
    assert speech.said[-1][0].startswith(detail.job.title)
    assert "工作内容" in speech.said[-1][0]


def test_read_aloud_without_a_speaker_says_so_in_words(kiosk):
    kiosk.ctx.speech = SilentSpeech()
    kiosk.tap("读给我听")
    notice = kiosk.wait_for("NoticeScreen")
    assert "不能朗读" in notice.message.text()


def test_print_the_details_of_a_job(kiosk, demo_station, tmp_path):
    _, worker = start_visit(kiosk, demo_station)
    kiosk.tap(worker.cards[0])
    detail = kiosk.wait_for("JobDetailScreen")
    kiosk.tap("打印这张单子")
    notice = kiosk.wait_for("NoticeScreen")
    slips = list((tmp_path / "printed").glob("slip-*.pdf"))
    assert len(slips) == 1 and slips[0].stat().st_size > 0
    assert "已保存" in notice.message.text()
    lines = kiosk.flow.slip_lines(detail.job)
    assert lines[0] == detail.job.title and any(detail.job.place in line for line in lines)


def test_english_everywhere_and_back_to_chinese(kiosk, demo_station):
    kiosk.tap("English")
    kiosk.qtbot.waitUntil(lambda: kiosk.says("See today's jobs"))
    assert kiosk.says("Call staff for help") and kiosk.says("Read aloud") and kiosk.says("中文")
    _, worker = start_visit(kiosk, demo_station)
    assert worker.today_heading.text() == "Today's work"
    assert all("When:" in card.when.text() for card in worker.cards)
    kiosk.flow.finish()
    kiosk.qtbot.waitUntil(lambda: kiosk.screen is kiosk.flow.home and kiosk.says("看今天的活"))


def test_larger_text_makes_the_words_bigger(kiosk):
    before = kiosk.flow.home.instruction.fontInfo().pixelSize()
    kiosk.tap("大字")
    kiosk.qtbot.waitUntil(lambda: kiosk.says("正常字号"))
    after = kiosk.flow.home.instruction.fontInfo().pixelSize()
    assert after >= before * 1.25
    assert kiosk.button("正常字号").height() >= kiosk.ctx.theme.touch_px


def touch(widget, finger, *points, step_ms=16):
    """A finger on `widget`: down at the first point, through the others, up at the last.

    Sent to the window at the mapped positions, as a touch screen's driver does. Every point must lie on a
    screen, as a real finger's does: Qt finds a gesture's target from the window under its hot spot.
    """
    window = widget.window()
    off = [p for p in points if QGuiApplication.screenAt(widget.mapToGlobal(p)) is None]
    assert not off, f"touch points off every screen: {off}"

    def send(action, point):
        sequence = QTest.touchEvent(window, finger)  # kept referenced until it has been committed
        getattr(sequence, action)(0, widget.mapTo(window, point), window)
        sequence.commit()
    send("press", points[0])
    for point in points[1:]:
        QTest.qWait(step_ms)
        send("move", point)
    send("release", points[-1])


def test_a_list_scrolls_with_a_finger_and_a_tap_still_taps(kiosk, demo_station):
    finger = QTest.createTouchDevice()
    browse = kiosk.button("看今天的活")
    touch(browse, finger, browse.rect().center())  # a real touch screen: the tap is a touch too
    jobs = kiosk.wait_for("JobListScreen")
    bar = jobs.list.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    viewport = jobs.list.viewport()
    x, y = viewport.width() // 2, viewport.height() - 40
    touch(viewport, finger, *[QPoint(x, y - step * 45) for step in range(13)])
    kiosk.qtbot.waitUntil(lambda: bar.value() > 200)
    assert type(kiosk.screen).__name__ == "JobListScreen", "a drag is not a tap on a job"
