"""Knows when a finger is on the screen: screen changes wait until it lifts, and every touch is activity."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.TouchUpdate, QEvent.Type.MouseMove}
STUCK_S = 15.0  # a press whose release never came (a cable pulled mid-touch) stops counting after this
SETTLE_MS = 300  # after a screen change, a tap that was meant for the old screen is not taken by the new one


class TouchGuard(QObject):
    """Application-wide event filter. `when_free(fn)` runs fn now, or as soon as the finger lifts."""

    activity = Signal()

    def __init__(self, app: QApplication | None = None, settle_ms: int = SETTLE_MS,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        super().__init__(parent)  # with a parent it goes (and stops filtering) when its window goes
        self._down_since: float | None = None
        self._deferred: list[Callable[[], None]] = []
        self._clock = clock
        self.settle_ms = settle_ms
        self._settled_at = 0.0
        self._releasing = False  # a release is being delivered: change screens after it, not during it
        (app or QApplication.instance()).installEventFilter(self)

    @property
    def finger_down(self) -> bool:
        if self._down_since is None:
            return False
        if self._clock() - self._down_since > STUCK_S:
            self._down_since = None
            return False
        return True

    @property
    def pending(self) -> bool:
        """A screen change is waiting for the finger to lift."""
        return bool(self._deferred)

    def when_free(self, fn: Callable[[], None]) -> None:
        if not self.finger_down and not self._deferred and not self._releasing:
            fn()
            return
        # Keep order (a later change never overtakes an earlier one). A tap's own screen change waits
        # until its release has been delivered everywhere (gestures included) on the old screen.
        self._deferred.append(fn)
        QTimer.singleShot(0 if not self.finger_down else round(STUCK_S * 1000) + 50, self._flush)

    def settle(self) -> None:
        """A screen just changed: ignore taps for a moment (a double tap must not press the new screen)."""
        self._settled_at = self._clock() + self.settle_ms / 1000

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in PRESS:
            if self._clock() < self._settled_at:
                return True  # swallowed: the screen changed under this tap
            if self._down_since is None:
                self._down_since = self._clock()
                self.activity.emit()
        elif kind in RELEASE:
            if self._down_since is not None:
                self._down_since = None
                self._releasing = True
                self.activity.emit()
                QTimer.singleShot(0, self._released)
            elif self._clock() < self._settled_at:
                return True  # the release of a swallowed press
        elif kind in ACTIVITY:
            if kind != QEvent.Type.MouseMove or self._down_since is not None:
                self.activity.emit()
        return False

    def _released(self) -> None:
        self._releasing = False
        self._flush()

    def _flush(self) -> None:
        while self._deferred and not self.finger_down and not self._releasing:
            self._deferred.pop(0)()
