"""After a quiet spell, ask "need more time?" with a visible countdown; then the screen goes home and forgets."""

from __future__ import annotations

import math
import time
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.labels import Text

MIN_WARNING_S = 20  # WCAG 2.2: a time limit can be extended with at least 20 s warning


class IdleWatcher(QObject):
    """Counts quiet seconds (any touch or key calls `poke`). Emits `warning(seconds_left)` every tick once
    `idle_s` have passed, then `expired` after a further `warning_s`."""

    warning = Signal(int)
    cleared = Signal()
    expired = Signal()

    def __init__(self, idle_s: float, warning_s: float, clock: Callable[[], float] = time.monotonic,
                 tick_ms: int = 250, parent: QObject | None = None):
        super().__init__(parent)
        self.idle_s = idle_s
        self.warning_s = warning_s
        self.clock = clock
        self._last = clock()
        self._warned = False
        self._timer = QTimer(self, interval=tick_ms, timeout=self._tick)
        self._timer.start()

    @property
    def warned(self) -> bool:
        return self._warned

    def poke(self) -> None:
        self._last = self.clock()
        if self._warned:
            self._warned = False
            self.cleared.emit()

    def set_limits(self, idle_s: float, warning_s: float) -> None:
        self.idle_s, self.warning_s = idle_s, warning_s
        self.poke()

    def _tick(self) -> None:
        quiet = self.clock() - self._last
        if quiet >= self.idle_s + self.warning_s:
            self._warned = False
            self._last = self.clock()
            self.expired.emit()
        elif quiet >= self.idle_s:
            self._warned = True
            self.warning.emit(math.ceil(self.idle_s + self.warning_s - quiet))


class IdleOverlay(QWidget):
    """Covers the screen with a dimmed backdrop and a big panel: 'Need more time?' and a countdown."""

    more_time = Signal()

    def __init__(self, theme, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("walkup")  # the walk-up style applies inside
        self.seconds = 0
        self.panel = QFrame(self)
        self.panel.setProperty("role", "panel")
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(theme.mm(10), theme.mm(8), theme.mm(10), theme.mm(8))
        box.setSpacing(theme.mm(5))
        self.question = Text(role="title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = Text(role="primary")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = BigButton(icon="continue", kind="good", theme=theme)
        self.button.set_min("big")
        self.button.clicked.connect(self.more_time)
        box.addWidget(self.question)
        box.addWidget(self.countdown)
        box.addWidget(self.button)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.retranslate()
        if not self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()
        self._place_panel()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Do you need more time?"))
        self.countdown.setText(self.tr("In {n} seconds this screen goes back to the start and your details are "
                                       "cleared.").format(n=self.seconds))
        self.button.set_text(self.tr("Yes, I need more time"))

    def spoken_text(self) -> str:
        return " ".join([self.question.text(), self.countdown.text(), self.button.label_text()])

    def _place_panel(self) -> None:
        width = min(self.width() - 40, max(self.width() * 2 // 3, 600))
        self.panel.setFixedWidth(width)
        height = self.panel.heightForWidth(width) if self.panel.hasHeightForWidth() else self.panel.sizeHint().height()
        self.panel.setFixedHeight(max(height, self.panel.minimumSizeHint().height()))
        self.panel.move((self.width() - width) // 2, (self.height() - self.panel.height()) // 2)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._place_panel()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()
