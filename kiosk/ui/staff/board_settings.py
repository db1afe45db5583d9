"""Staff set up the wall board: page time, night dimming, offline badge, language, announcements, kinds of work."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.domain.categories import CATEGORIES, trade_icons
from kiosk.settings import BoardSettings, SettingsError, load_settings, save_settings
from kiosk.ui.staff.common import arg, label
from kiosk.ui.staff.widgets import ChoiceGrid, Notice, columns, field, make_button, scrolling

PAGE_SECONDS = (5, 8, 10, 15, 20, 30)
NIGHT_STARTS = ("20:00", "21:00", "22:00", "23:00")
NIGHT_ENDS = ("05:00", "06:00", "07:00", "08:00")
OFFLINE_MINUTES = (5, 15, 30, 60, 120)


def _with(options: tuple, current) -> tuple:
    """The usual choices, plus whatever the settings file holds now (so a hand-edited value is kept)."""
    return options if current in options else tuple(sorted({*options, current}))


def _single(items: list[tuple]) -> ChoiceGrid:
    """One row of big buttons, one of which is chosen."""
    return ChoiceGrid(items, columns=len(items), exclusive=True)


class BoardSettingsPanel(QWidget):
    """Edits [board] in the station's settings file; running boards pick the change up within a second."""

    saved = Signal(object)  # BoardSettings

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        board = ctx.settings.board
        self.page_seconds = _single([(s, arg(self.tr("%1 s"), s)) for s in _with(PAGE_SECONDS, board.page_seconds)])
        self.night_start = _single([(t, t) for t in _with(NIGHT_STARTS, board.night_start)])
        self.night_end = _single([(t, t) for t in _with(NIGHT_ENDS, board.night_end)])
        self.offline_after = _single([(m, arg(self.tr("%1 min"), m))
                                      for m in _with(OFFLINE_MINUTES, board.offline_after_minutes)])
        self.bilingual = ChoiceGrid([(False, self.tr("Chinese")), (True, self.tr("Chinese with English below"))],
                                    columns=2, exclusive=True)
        self.announcements = QPlainTextEdit()
        self.announcements.setPlaceholderText(self.tr("One notice per line: training sessions, job fairs, policy"))
        self.announcements.setMinimumHeight(ctx.theme.touch_px * 2)
        self.categories = ChoiceGrid([(c.code, label(ctx, c)) for c in CATEGORIES], columns=7,
                                     icons=trade_icons())
        self.save_button = make_button(self.tr("Save"), "primary", self.save, name="board_save")
        self.status = Notice()

        left = QVBoxLayout()
        left.addWidget(field(self.tr("Seconds per page"), self.page_seconds))
        left.addWidget(field(self.tr("Dim the screen at night from"), self.night_start))
        left.addWidget(field(self.tr("until"), self.night_end))
        left.addWidget(field(self.tr("Show “offline” when the last sync is older than"), self.offline_after))
        left.addWidget(field(self.tr("Language on the board"), self.bilingual))
        right = QVBoxLayout()
        right.addWidget(field(self.tr("Announcements"), self.announcements))
        right.addStretch(1)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(columns((left, 3), (right, 2), spacing=ctx.theme.spacing * 2))
        box.addWidget(field(self.tr("Kinds of work shown (none chosen: all)"), self.categories))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        self.load(board)

    def load(self, board: BoardSettings) -> None:
        self.page_seconds.set_value(board.page_seconds)
        self.night_start.set_value(board.night_start)
        self.night_end.set_value(board.night_end)
        self.offline_after.set_value(board.offline_after_minutes)
        self.bilingual.set_value(bool(board.bilingual))
        self.announcements.setPlainText("\n".join(board.announcements))
        self.categories.set_values(board.categories)

    def value(self) -> BoardSettings:
        """The board settings as the panel shows them."""
        lines = [line.strip() for line in self.announcements.toPlainText().splitlines()]
        current = self.ctx.settings.board
        return replace(current, page_seconds=self.page_seconds.value() or current.page_seconds,
                       night_start=self.night_start.value() or current.night_start,
                       night_end=self.night_end.value() or current.night_end,
                       announcements=[line for line in lines if line], categories=self.categories.values(),
                       bilingual=bool(self.bilingual.value()),
                       offline_after_minutes=self.offline_after.value() or current.offline_after_minutes)

    def save(self) -> None:
        """Write the board section into the settings file as it is on disk now (other sections untouched)."""
        board = self.value()
        station = self.ctx.station
        try:
            on_disk = load_settings(station.settings.home)
            on_disk.board = board
            save_settings(on_disk)
        except (OSError, SettingsError) as exc:  # the world failed (disk full, bad file): say so, keep the form
            self.status.show_text(arg(self.tr("Could not save: %1"), str(exc)), "error")
            return
        station.settings.board = board
        self.status.show_text(self.tr("Saved. The wall board shows the change within a few seconds."), "ok")
        self.saved.emit(board)
