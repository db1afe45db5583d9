"""Starting the kiosk: the Qt application, the context with its devices, the window, and the run modes."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.demo import demo_home
from kiosk.ui.context import UiContext, apply_style
from kiosk.ui.i18n import install_language
from kiosk.ui.ops_runner import OpsRunner
from kiosk.ui.resilience import install_crash_handler, quit_on_signals, route_qt_messages_to_log
from kiosk.ui.theme import REFERENCE_DPI, Theme
from kiosk.ui.watchdog import Watchdog

log = logging.getLogger(__name__)
DPI_RANGE = (50.0, 400.0)  # outside this the monitor's EDID is lying (or missing): use the reference


def needs_offscreen() -> bool:
    """No display to draw on and nobody chose a Qt platform: run offscreen."""
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def nobody_sees_it() -> bool:
    """Qt was told to draw where no one can see (offscreen, minimal): a demo window there would wait forever."""
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal")


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("gig-kiosk")
    app.setApplicationDisplayName("零工驿站")
    font = QFont("Noto Sans CJK SC")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


def screen_theme(large_text: bool = False, dpi: float | None = None) -> Theme:
    """Sizes from the primary screen's physical DPI (millimetres, not pixels, on a kiosk)."""
    if dpi is None:
        screen = QGuiApplication.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else REFERENCE_DPI
        if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
            log.warning("screen reports %.0f dpi: using the reference %.0f", dpi, REFERENCE_DPI)
            dpi = REFERENCE_DPI
    return Theme(dpi=dpi, large_text=large_text)


def build_context(station, *, dpi: float | None = None, lang: str | None = None, camera=None, printer=None,
                  speech=None) -> UiContext:
    """The context every screen gets; language and style are installed on the application."""
    ui = station.settings.ui
    ctx = UiContext(station=station, runner=OpsRunner(station), theme=screen_theme(bool(ui.large_text), dpi),
                    speech=speech, printer=printer, camera=camera, voice_on=bool(ui.voice))
    ctx.lang = lang or station.settings.language or "zh_CN"
    install_language(ctx.lang)
    apply_style(ctx.theme)
    return ctx


def open_decoder(spec: str = "auto"):
    try:
        from kiosk.devices.decoder import make_decoder
    except ImportError:
        log.warning("no QR decoder module: the camera shows a picture but cannot read cards")
        return None
    try:
        return make_decoder(spec)
    except Exception:  # noqa: BLE001 - no decoder library: the hand scanner and staff still work
        log.exception("QR decoder unavailable")
        return None


def attach_devices(window, camera=None, decoder=None) -> None:
    """Give the running window its devices (after the first paint, so start-up is not kept waiting)."""
    from kiosk.devices.printer import make_printer
    from kiosk.ui.scan_input import ScanInput
    from kiosk.ui.speech_qt import make_ui_speech

    ctx = window.ctx
    settings = ctx.settings
    if camera is None:
        from kiosk.devices.camera import open_camera

        camera = open_camera(settings.devices.camera)
    camera.start()
    ctx.camera = camera
    window.flow.home.set_camera(camera)
    decoder = decoder or open_decoder(settings.devices.decoder)
    scan = ScanInput(camera, decoder, parent=window)
    window.use_scan_input(scan)
    scan.start()
    try:
        ctx.printer = make_printer(settings)
    except Exception:  # noqa: BLE001 - no printer: the print buttons are hidden
        log.exception("printer unavailable")
    if ctx.speech is None:
        ctx.speech = make_ui_speech(settings.devices.speech, window)


class _FirstPaint(QObject):
    """Calls back once, just after `widget` has been painted for the first time."""

    def __init__(self, widget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def launch(station, *, fullscreen: bool, camera=None, decoder=None, quit_after: float | None = None,
           on_ready: Callable[[object], None] | None = None, demo: bool = False) -> int:
    """Show the kiosk window and run until quit. `on_ready(window)` once the start screen is painted."""
    from kiosk.ui.main_window import KioskWindow

    window = None  # a bug before the window is up is reported (and `kiosk run` says so); after, the screen goes home
    install_crash_handler(station.settings.logs_dir, lambda: window is not None and window.flow.go_home(notice=""))
    route_qt_messages_to_log()
    app = make_app()
    ctx = build_context(station)
    ctx.extras["camera_pending"] = True  # opened after the first paint; until then a dark preview
    sync = start_sync(ctx)
    window = KioskWindow(ctx)
    window.pause_scans_during_visits = demo
    if fullscreen:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.resize(1600, 900)
        window.show()

    watchdog = Watchdog(parent=window, report_dir=station.settings.logs_dir)  # systemd restarts a hung kiosk

    def ready():
        log.info("start screen up")
        watchdog.start()  # READY=1 once the start screen is painted
        if on_ready is not None:
            on_ready(window)  # the start screen is up and takes taps; devices come a moment later
        attach_devices(window, camera, decoder)
        if sync is not None:
            sync.start()
    _FirstPaint(window.flow.home, ready)
    quit_on_signals(app, window)
    if quit_after is not None:
        QTimer.singleShot(round(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        watchdog.stop()
        sys.excepthook, threading.excepthook = sys.__excepthook__, threading.__excepthook__
        if sync is not None:
            sync.stop(timeout=5)
        window.scan.stop()
        log.info("kiosk stopped")
        if ctx.camera is not None:
            ctx.camera.stop()
        ctx.runner.stop()


def start_sync(ctx):
    """A station with a server syncs by itself while the kiosk runs (made now, started after the first paint)."""
    if not ctx.station.settings.server_url:
        return None
    from kiosk.ops.context import Changes
    from kiosk.ui.sync_runner import SyncRunner

    sync = SyncRunner(ctx.station)
    ctx.extras["sync"] = sync
    # downloaded jobs count as a change to jobs: recommendations and lists refresh as for a local order
    sync.jobs_arrived.connect(lambda _n: ctx.runner.changed.emit(Changes("sync.jobs", "", frozenset({"job"}))))
    return sync


def run_kiosk(station, *, windowed: bool = False, quit_after: float | None = None, report_ready: bool = False) -> int:
    """`kiosk run`: the production kiosk, full screen without window chrome."""
    def ready(_window):
        if report_ready:  # for benchmarks: the wall-clock moment the start screen was up
            print(f"ready_at={time.time():.6f}", flush=True)
    return launch(station, fullscreen=not windowed, quit_after=quit_after, on_ready=ready)


def open_demo_station(home: Path):
    """The demo station in `home`, seeded on first use; returns (station, seed description)."""
    from kiosk.demo.seed import seed_demo
    from kiosk.station import Station

    station = Station.open(home)
    return station, seed_demo(station)


def run_demo(cli_home: str | None, *, tour: bool = False, quit_after: float | None = None) -> int:
    """`kiosk demo`: the demo station in a window; a guided tour offscreen when there is no display."""
    from kiosk.devices.camera import FileCamera

    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        tour = True
    elif nobody_sees_it() and quit_after is None:
        tour = True  # an invisible window that never ends shows nothing: play the tour and save its pictures
    home = demo_home(cli_home)
    station, seeded = open_demo_station(home)
    camera = FileCamera(seeded["camera_dir"], fps=4)
    if not tour:
        return launch(station, fullscreen=False, camera=camera, quit_after=quit_after, demo=True)
    from kiosk.ui.tour import run_tour

    route_qt_messages_to_log()
    return run_tour(station, seeded, camera, home / "demo-tour")
