"""Sync status for staff: what waits to be sent, since when, last success and error, and what needs attention."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kiosk.sync.status import retry_attention, sync_status
from kiosk.ui.staff.common import arg, load
from kiosk.ui.staff.widgets import Notice, make_button, make_label, row

REFRESH_MS = 5000


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return f"{datetime.fromisoformat(iso):%Y-%m-%d %H:%M}"
    except ValueError:
        return iso


class SyncPanel(QWidget):
    """The queue made visible (design brief §3.8); refreshed every few seconds while it is on screen."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.status: dict = {}
        self.values: dict[str, QWidget] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(ctx.theme.spacing * 3)
        labels = {
            "server": self.tr("Central server"), "pending": self.tr("Waiting to be sent"),
            "oldest": self.tr("Oldest waiting since"), "sent": self.tr("Sent"),
            "last_success": self.tr("Last successful sync"), "last_error": self.tr("Last problem"),
            "attention": self.tr("Needs attention"),
        }
        for i, (key, text) in enumerate(labels.items()):
            grid.addWidget(make_label(text, "section", wrap=False), i, 0)
            value = make_label()
            value.setObjectName(f"sync_{key}")
            grid.addWidget(value, i, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        self.notice = Notice()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("What"), self.tr("Server's answer"),
                                              self.tr("Tries")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.retry_selected = make_button(self.tr("Send the chosen ones again"), on_click=self.retry_chosen,
                                          name="sync_retry_chosen")
        self.retry_all = make_button(self.tr("Send all again"), "primary", self.retry_everything,
                                     name="sync_retry_all")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        box.addWidget(self.notice)
        box.addWidget(make_label(self.tr("Refused by the server (kept here, never dropped)"), "section"))
        box.addWidget(self.table, 1)
        self.sync_now = make_button(self.tr("Sync now"), on_click=self.sync_soon, name="sync_now")
        self.sync_now.setVisible("sync" in ctx.extras)  # only a station with a server syncs
        box.addLayout(row(self.sync_now, self.retry_selected, self.retry_all))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self) -> None:
        load(self, self.ctx, sync_status, self._show)

    def on_changed(self, changes) -> None:
        if self.isVisible():
            self.refresh()

    def _age(self, seconds: int | None) -> str:
        if seconds is None:
            return ""
        hours, minutes = divmod(max(0, seconds) // 60, 60)
        return arg(self.tr("%1 h %2 min ago"), hours, minutes) if hours else arg(self.tr("%1 min ago"), minutes)

    def _show(self, status) -> None:
        if not status:
            return
        self.status = status
        v = self.values
        server = status.get("server_url")
        v["server"].setText(server if server else self.tr("Not set up: this station works on its own."))
        if server and not status.get("enrolled"):
            v["server"].setText(arg(self.tr("%1 (not enrolled yet)"), server))
        v["pending"].setText(str(status.get("pending", 0)))
        oldest = status.get("oldest_pending_at")
        v["oldest"].setText(f"{_when(oldest)}  {self._age(status.get('oldest_pending_age_seconds'))}" if oldest
                            else self.tr("nothing waiting"))
        v["sent"].setText(str(status.get("sent", 0)))
        v["last_success"].setText(_when(status.get("last_success")) if status.get("last_success") else self.tr("never"))
        v["last_error"].setText(status.get("last_error") or self.tr("none"))
        count = status.get("needs_attention", 0)
        v["attention"].setText(str(count))
        items = status.get("attention_items", [])
        self.table.setRowCount(len(items))
        for i, item in enumerate(items):
            cells = [_when(item.get("created_at")), item.get("kind", ""),
                     " ".join(filter(None, [item.get("result"), item.get("error")])), str(item.get("attempts", 0))]
            for j, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if j == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, item.get("event_id"))  # for "send again"
                self.table.setItem(i, j, cell)
        self.retry_all.setEnabled(count > 0)
        self.retry_selected.setEnabled(bool(items))

    def retry_chosen(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        if not ids:
            self.notice.show_text(self.tr("Tap the lines to send again first."), "error")
            return
        self._retry(ids)

    def retry_everything(self) -> None:
        self._retry(None)

    def _retry(self, ids) -> None:
        load(self, self.ctx, lambda station: retry_attention(station, ids), self._retried)

    def _retried(self, count) -> None:
        self.notice.show_text(self.tr("%n item(s) will be sent again at the next sync.", "", int(count or 0)), "ok")
        self.sync_soon(quiet=True)
        self.refresh()

    def sync_soon(self, quiet: bool = False) -> None:
        """Ask the kiosk's background sync to run a cycle now (it never blocks this screen)."""
        sync = self.ctx.extras.get("sync")
        if sync is None:
            return
        sync.sync_now()
        if not quiet:
            self.notice.show_text(self.tr("Syncing now. The figures above update when it is done."), "info")
