"""Starts the wall board: picks the screen, sizes type from its physical size, sets the language, runs the watchdog."""

from __future__ import annotations

import logging
import math
import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.ui.board.view import BoardView
from kiosk.ui.watchdog import Watchdog
from kiosk.ui.i18n import install_language
from kiosk.ui.resilience import quit_on_signals
from kiosk.ui.theme import MM_PER_INCH, Theme

log = logging.getLogger(__name__)
ASSUMED_DIAGONAL_INCHES = 55.0  # the usual market wall screen, when the panel does not report its size


def screen_dpi(screen, diagonal_inches: float | None = None) -> float:
    """Logical pixels per inch of the panel: from its diagonal if given, else from what it reports (TVs
    often report nothing or nonsense: then a 55-inch panel is assumed)."""
    geometry = screen.geometry()
    diagonal_px = math.hypot(geometry.width(), geometry.height())
    if diagonal_inches:
        return diagonal_px / diagonal_inches
    width_mm = screen.physicalSize().width()
    if width_mm > 100:
        dpi = geometry.width() / (width_mm / MM_PER_INCH)
        if 15 <= dpi <= 400:
            return dpi
    return diagonal_px / ASSUMED_DIAGONAL_INCHES


class ScreenKeeper(QObject):
    """Keeps the board full screen on its own monitor. If that monitor goes away (the wall TV switched off),
    the board hides instead of jumping onto the kiosk's touch screen; when it comes back, so does the board."""

    def __init__(self, view, screen, app):
        super().__init__(view)
        self.view, self.name = view, screen.name()
        app.screenAdded.connect(self.on_added)
        app.screenRemoved.connect(self.on_removed)
        self.place(screen)

    def place(self, screen) -> None:
        self.view.setScreen(screen)
        self.view.setGeometry(screen.geometry())
        self.view.showFullScreen()

    def on_removed(self, screen) -> None:
        if screen.name() == self.name:
            log.warning("the board's screen %s went away; hiding until it is back", self.name)
            self.view.hide()

    def on_added(self, screen) -> None:
        if screen.name() == self.name:
            log.warning("the board's screen %s is back", self.name)
            self.place(screen)


def run_board(home=None, screen_index: int | None = None, windowed: bool = False, quit_after: float | None = None,
              diagonal_inches: float | None = None) -> int:
    """Show the board until the window is closed, `quit_after` seconds pass, or SIGTERM/SIGINT arrives."""
    from kiosk.station import Station

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setDesktopFileName("gig-kiosk-board")  # its Wayland app_id: the two-screen session puts it on the wall output
    station = Station.open(home)
    install_language(station.settings.language)
    screens = app.screens()
    if screen_index is not None and not 0 <= screen_index < len(screens):
        log.warning("there is no screen %s (there are %d); using the primary screen", screen_index, len(screens))
        screen_index = None
    screen = screens[screen_index] if screen_index is not None else app.primaryScreen()
    view = BoardView(station, Theme(dpi=screen_dpi(screen, diagonal_inches)))
    view.setWindowTitle("今日急单")
    if windowed:
        view.resize(1280, 720)
        view.show()
    else:
        ScreenKeeper(view, screen, app)
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    watchdog = Watchdog(alive=view.source.alive, parent=view, report_dir=station.settings.logs_dir)
    watchdog.start()
    quit_on_signals(app, view)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        watchdog.stop()
        view.shutdown()
        station.close()
