"""Staff-mode panel for the wall board: page time, night hours, announcements, kinds of work, English, offline."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from kiosk.domain.categories import CATEGORIES
from kiosk.settings import BoardSettings, SettingsError, load_settings, save_settings


class BoardSettingsPanel(QWidget):
    """Edits the board's settings and saves them to the station's settings file; running boards pick
    the change up within a second (they watch the file)."""

    saved = Signal(object)  # BoardSettings

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        theme = ctx.theme
        self.setStyleSheet(f"font-size: {theme.body_px}px;")
        self.page_seconds = QSpinBox(minimum=4, maximum=120, suffix=self.tr(" s"))
        self.night_start = QTimeEdit(displayFormat="HH:mm")
        self.night_end = QTimeEdit(displayFormat="HH:mm")
        self.offline_after = QSpinBox(minimum=1, maximum=24 * 60, suffix=self.tr(" min"))
        self.bilingual = QCheckBox(self.tr("Show English under the Chinese"))
        self.announcements = QPlainTextEdit()
        self.announcements.setPlaceholderText(self.tr("One notice per line: training sessions, job fairs, policy"))
        self.categories = QListWidget()
        for cat in CATEGORIES:
            item = QListWidgetItem(f"{cat.zh}  {cat.en}")
            item.setData(Qt.ItemDataRole.UserRole, cat.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.categories.addItem(item)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setMinimumHeight(theme.touch_px)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)

        night = QHBoxLayout()
        night.addWidget(self.night_start)
        night.addWidget(QLabel(self.tr("to")))
        night.addWidget(self.night_end)
        night.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Seconds per page"), self.page_seconds)
        form.addRow(self.tr("Dim the screen at night"), night)
        form.addRow(self.tr("Offline badge after"), self.offline_after)
        form.addRow("", self.bilingual)
        form.addRow(self.tr("Announcements"), self.announcements)
        form.addRow(self.tr("Kinds of work shown (none ticked: all)"), self.categories)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.load(ctx.settings.board)

    def load(self, board: BoardSettings) -> None:
        self.page_seconds.setValue(board.page_seconds)
        self.night_start.setTime(QTime.fromString(board.night_start, "HH:mm"))
        self.night_end.setTime(QTime.fromString(board.night_end, "HH:mm"))
        self.offline_after.setValue(board.offline_after_minutes)
        self.bilingual.setChecked(board.bilingual)
        self.announcements.setPlainText("\n".join(board.announcements))
        chosen = set(board.categories)
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def value(self) -> BoardSettings:
        """The board settings as the form shows them."""
        ticked = [self.categories.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.categories.count())
                  if self.categories.item(r).checkState() == Qt.CheckState.Checked]
        lines = [line.strip() for line in self.announcements.toPlainText().splitlines()]
        return replace(self.ctx.settings.board, page_seconds=self.page_seconds.value(),
                       night_start=self.night_start.time().toString("HH:mm"),
                       night_end=self.night_end.time().toString("HH:mm"),
                       announcements=[line for line in lines if line], categories=ticked,
                       bilingual=self.bilingual.isChecked(), offline_after_minutes=self.offline_after.value())

    def save(self) -> None:
        """Write the board section into the settings file as it is on disk now (other sections untouched)."""
        board = self.value()
        station = self.ctx.station
        try:
            on_disk = load_settings(station.settings.home)
            on_disk.board = board
            save_settings(on_disk)
        except (OSError, SettingsError) as exc:  # the world failed (disk full, bad file): say so, keep the form
            self.status.setText(self.tr("Could not save: {error}").format(error=exc))
            return
        station.settings.board = board
        self.status.setText(self.tr("Saved. The wall board shows the change within a few seconds."))
        self.saved.emit(board)
