"""The kiosk's one window: walk-up screens, staff mode behind a discreet button, card reads, idle reset."""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedLayout, QVBoxLayout, QWidget

from kiosk.ui.scan_input import ReadFeedback, ScanInput
from kiosk.ui.touch_guard import TouchGuard
from kiosk.ui.walkup.flow import WalkupFlow
from kiosk.ui.walkup.idle import MIN_WARNING_S, IdleOverlay, IdleWatcher
from kiosk.ui.widgets.labels import Text

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """Everything on the kiosk's screen. Devices arrive through `ctx` and `scan` (both may be absent)."""

    def __init__(self, ctx, scan: ScanInput | None = None, idle_clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(ctx.settings.station.name or "零工驿站")
        self.guard = TouchGuard(parent=self)
        self.modes = QStackedLayout(self)
        self.walkup = QWidget()
        self.walkup.setObjectName("walkup")
        box = QVBoxLayout(self.walkup)
        box.setContentsMargins(0, 0, 0, 0)
        self.flow = WalkupFlow(ctx, self.guard, self.walkup)
        box.addWidget(self.flow.stack)
        self.modes.addWidget(self.walkup)
        self.staff = None
        self.flow.home.staff_requested.connect(self.enter_staff)

        # A read is acknowledged at once, before the station has looked the card up.
        self.read_banner = Text(role="notice", parent=self.walkup)
        self.read_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.read_banner.hide()
        self.flow.screen_shown.connect(lambda _screen: self.read_banner.hide())
        self.feedback = ReadFeedback(self)

        self.scan = None
        self.pause_scans_during_visits = False  # the demo's looping camera would otherwise switch workers
        self.use_scan_input(scan or ScanInput(parent=self))
        self.flow.visit_started.connect(self._visit_started)
        self.flow.visit_ended.connect(self._visit_ended)

        ui = ctx.settings.ui
        self.idle = IdleWatcher(float(ui.idle_seconds), float(max(MIN_WARNING_S, ui.idle_warning_seconds)),
                                clock=idle_clock, parent=self)
        self.overlay = IdleOverlay(ctx.theme, self)
        self.guard.activity.connect(self.idle.poke)
        self.overlay.more_time.connect(self.idle.poke)
        self.idle.warning.connect(self._idle_warning)
        self.idle.cleared.connect(self.overlay.hide)
        self.idle.expired.connect(self._idle_expired)
        ctx.signals.language_changed.connect(lambda _lang: self._retranslate())
        ctx.signals.theme_changed.connect(lambda theme: self.overlay.button.apply_theme(theme))

    # --- card reads -----------------------------------------------------------------------------
    def card_read(self, text: str, source: str = "scanner") -> None:
        """A card was read (camera or scanner): feedback now, then the outcome screen."""
        if self.staff is not None:
            handler = getattr(self.staff, "handle_scan", None)
            if handler is not None:
                handler(text)
            return
        self.idle.poke()
        self.overlay.hide()
        self.feedback.play()
        self.flow.home.camera_view.flash()
        self.read_banner.setText(self.tr("Card read. One moment, please..."))
        width = self.walkup.width() // 2
        self.read_banner.setFixedWidth(width)
        self.read_banner.adjustSize()
        self.read_banner.move((self.walkup.width() - width) // 2, self.ctx.theme.mm(30))
        self.read_banner.show()
        self.read_banner.raise_()
        self.flow.scanned(text)

    def use_scan_input(self, scan: ScanInput) -> None:
        """Take card reads from `scan` (replacing the keyboard-only input made at start-up)."""
        old, self.scan = self.scan, scan
        if old is not None:
            old.read.disconnect(self.card_read)
            QApplication.instance().removeEventFilter(old)
            old.stop()
            scan.keys_enabled = old.keys_enabled
        scan.read.connect(self.card_read)
        scan.watch_keys(self)

    def _visit_started(self, _worker_id: str) -> None:
        if self.pause_scans_during_visits:
            self.scan.pause()

    def _visit_ended(self) -> None:
        self.scan.forget_repeats()
        self.scan.resume()

    # --- staff mode -----------------------------------------------------------------------------
    def enter_staff(self) -> None:
        try:
            from kiosk.ui.staff.staff_area import StaffArea
        except ImportError:
            log.exception("staff mode is not available")
            self.flow.home.show_notice(self.tr("Staff mode is not installed on this station."))
            return
        self.flow.go_home(reset_preferences=False)
        self.staff = StaffArea(self.ctx)
        self.staff.exit_requested.connect(self.leave_staff)
        self.modes.addWidget(self.staff)
        self.modes.setCurrentWidget(self.staff)
        self.scan.keys_enabled = False  # staff type into fields; their keys are not scanner bursts
        self.overlay.hide()
        self.idle.blockSignals(True)  # staff mode has its own (longer) idle exit

    def leave_staff(self) -> None:
        staff, self.staff = self.staff, None
        if staff is None:
            return
        self.modes.setCurrentWidget(self.walkup)
        self.modes.removeWidget(staff)
        staff.hide()
        staff.deleteLater()
        self.scan.keys_enabled = True
        self.idle.blockSignals(False)
        self.idle.poke()
        self.flow.go_home(reset_preferences=True)
        self.setFocus()

    # --- idle -----------------------------------------------------------------------------------
    @property
    def at_rest(self) -> bool:
        """Nothing to forget: the start screen, nobody's visit."""
        return self.flow.page is None and self.flow.current is self.flow.home

    def _idle_warning(self, seconds: int) -> None:
        if self.at_rest:
            return
        first = not self.overlay.isVisible()
        self.overlay.show_seconds(seconds)
        if first:
            self.ctx.say(self.overlay.spoken_text())

    def _idle_expired(self) -> None:
        self.overlay.hide()
        self.flow.go_home(reset_preferences=True)

    def _retranslate(self) -> None:
        if self.overlay.isVisible():
            self.overlay.retranslate()
        self.read_banner.setText(self.tr("Card read. One moment, please..."))

    # --- window ---------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.setFocus()
