"""Help requests reach staff and can be answered; the sync queue is visible and retried; the day report exports."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select, update

from kiosk.ops.staff import call_staff
from kiosk.store.models import OutboxEvent, StaffCall
from staff_helpers import sign_in, tap


def test_call_staff_press_shows_up_and_is_answered(qtbot, demo_ctx):
    area = sign_in(qtbot, demo_ctx)
    demo_ctx.runner.submit(call_staff, demo_ctx.station.demo["worker_ids"][0])  # as the walk-up screen does
    qtbot.waitUntil(lambda: "(1)" in area.home.nav_buttons["help"].text() and area.home.alert.isVisible(),
                    timeout=5000)
    assert "waiting" in area.home.alert.text()
    screen = area.home.show_section("help")
    qtbot.waitUntil(lambda: len(screen.rows) == 1, timeout=5000)
    row = next(iter(screen.rows.values()))
    assert "王建国" in " ".join(label.text() for label in row.findChildren(QLabel))
    tap(qtbot, row.findChild(QPushButton, "answer_0"))
    qtbot.waitUntil(lambda: not screen.rows and not area.home.alert.isVisible(), timeout=5000)
    with demo_ctx.station.read() as s:
        assert s.scalars(select(StaffCall)).one().answered_at is not None


def test_sync_panel_shows_the_queue_and_sends_refused_items_again(qtbot, demo_ctx):
    with demo_ctx.station.read() as s, s.begin():
        first = s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)).first()
        s.execute(update(OutboxEvent).where(OutboxEvent.id == first.id).values(
            status="attention", result="rejected", last_error="worker.registered: name too long"))
        pending = s.query(OutboxEvent).filter_by(status="pending").count()
    area = sign_in(qtbot, demo_ctx)
    panel = area.home.show_section("sync")
    qtbot.waitUntil(lambda: panel.values["pending"].text() == str(pending), timeout=5000)
    assert panel.values["attention"].text() == "1" and panel.table.rowCount() == 1
    assert "name too long" in panel.table.item(0, 2).text()
    assert "never" in panel.values["last_success"].text()
    tap(qtbot, panel.retry_all)
    qtbot.waitUntil(lambda: panel.values["attention"].text() == "0", timeout=5000)
    assert "sent again" in panel.notice.message()
    with demo_ctx.station.read() as s:
        assert s.get(OutboxEvent, first.seq).status == "pending"


def test_day_report_figures_and_csv_export(qtbot, demo_ctx):
    area = sign_in(qtbot, demo_ctx)
    screen = area.home.show_section("report")
    qtbot.waitUntil(lambda: screen.table.rowCount() > 5, timeout=5000)
    rows = {screen.table.item(i, 0).text(): screen.table.item(i, 1).text() for i in range(screen.table.rowCount())}
    assert int(rows["Job seekers registered"]) == len(demo_ctx.station.demo["worker_ids"])
    tap(qtbot, screen.export)
    assert not screen.export.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: screen.notice.kind == "ok" and screen.progress.isHidden(), timeout=10000)
    path = demo_ctx.station.settings.home / "reports" / "day-report-2026-11-23.csv"
    assert str(path) in screen.notice.message()
    with open(path, encoding="utf-8-sig") as fh:
        figures = {r["figure"]: r["value"] for r in csv.DictReader(fh)}
    assert figures["workers_registered"] == rows["Job seekers registered"]


def test_sync_now_asks_the_background_sync_for_a_cycle(qtbot, demo_ctx):
    class BackgroundSync:
        pokes = 0

        def sync_now(self):
            self.pokes += 1

    area = sign_in(qtbot, demo_ctx)
    assert not area.home.show_section("sync").sync_now.isVisibleTo(area)  # no server: no button
    demo_ctx.extras["sync"] = sync = BackgroundSync()
    area = sign_in(qtbot, demo_ctx)
    panel = area.home.show_section("sync")
    tap(qtbot, panel.sync_now)
    assert sync.pokes == 1 and "Syncing now" in panel.notice.message()
