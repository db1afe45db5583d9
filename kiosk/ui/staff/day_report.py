"""The day report for the bureau (动态监测): a day's figures in a table, exported as CSV off the UI thread."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHeaderView, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kiosk.domain.categories import PRIORITY_GROUPS
from kiosk.reports.day_report import LABELS_ZH, day_figures, write_day_csv
from kiosk.ui.staff.common import arg, is_zh, label, load, msg_text, reading
from kiosk.ui.staff.widgets import ChoiceGrid, Notice, make_button, row


def _export(day: date):
    def run(station):
        path = station.settings.home / "reports" / f"day-report-{day.isoformat()}.csv"
        with station.read() as session:
            write_day_csv(session, day, path, station.id)
        return path

    return run


class DayReportScreen(QWidget):
    """Pick a day, read its figures, export the CSV into the station's reports folder."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.figures: dict = {}
        self.quick = ChoiceGrid([(0, self.tr("Today")), (1, self.tr("Yesterday")), (2, self.tr("2 days ago"))],
                                columns=3, exclusive=True)
        self.quick.changed.connect(self._quick_day)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.export = make_button(self.tr("Export CSV for the bureau"), "primary", self.export_csv,
                                  name="report_export")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the export takes as long as the database needs
        self.progress.setFormat(self.tr("Exporting…"))
        self.progress.hide()
        self.notice = Notice()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(ctx.theme.spacing)
        box.addLayout(row(self.quick, self.date, align="fill"))
        box.addWidget(self.table, 1)
        box.addWidget(self.progress)
        box.addWidget(self.notice)
        box.addLayout(row(self.export))
        self.quick.set_value(0)
        self._quick_day()

    def day(self) -> date:
        return self.date.date().toPython()

    def _quick_day(self) -> None:
        back = self.quick.value()
        if back is not None:
            self.date.setDate(QDate(self.ctx.station.clock().date() - timedelta(days=back)))

    def refresh(self) -> None:
        load(self, self.ctx, reading(day_figures, self.day()), self._show)

    def label_for(self, key: str) -> str:
        names = {
            "workers_registered": self.tr("Job seekers registered"), "jobs_posted": self.tr("Jobs posted"),
            "positions_posted": self.tr("People wanted"), "jobs_filled": self.tr("Jobs filled"),
            "signups": self.tr("Sign-ups"), "signups_waitlisted": self.tr("Sign-ups on a waiting list"),
            "check_ins": self.tr("Check-ins"), "check_outs": self.tr("Check-outs"),
            "hours_worked": self.tr("Hours worked"), "pay_due_yuan": self.tr("Pay due (yuan)"),
        }
        for group in PRIORITY_GROUPS:
            names[f"registered_{group.code}"] = arg(self.tr("Registered: %1"), label(self.ctx, group))
        if key in names:
            return names[key]
        return LABELS_ZH.get(key, key) if is_zh(self.ctx) else key.replace("_", " ").capitalize()

    def _show(self, figures) -> None:
        self.figures = figures or {}
        self.table.setRowCount(len(self.figures))
        for i, (key, value) in enumerate(self.figures.items()):
            self.table.setItem(i, 0, QTableWidgetItem(self.label_for(key)))
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            self.table.setItem(i, 1, QTableWidgetItem(shown))

    def export_csv(self) -> None:
        self.export.setEnabled(False)
        self.progress.show()
        self.notice.show_text(self.tr("Exporting…"), "info")
        load(self, self.ctx, _export(self.day()), self._exported, self._export_failed)

    def _exported(self, path) -> None:
        self.export.setEnabled(True)
        self.progress.hide()
        self.notice.show_text(arg(self.tr("Saved: %1"), path), "ok")

    def _export_failed(self, message) -> None:
        self.export.setEnabled(True)
        self.progress.hide()
        self.notice.show_text(msg_text(self.ctx, message) if message is not None else self.tr(
            "The export failed (is the disk full?). Nothing was lost; please try again."), "error")
