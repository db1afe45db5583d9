"""Card reads from the camera (scan loop thread) and a keyboard-wedge scanner, delivered on the UI thread."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.devices.scan_loop import RepeatFilter, ScanLoop
from kiosk.devices.wedge import WEDGE_REPEAT_WINDOW_S, WedgeDetector
from kiosk.ui.i18n import ASSETS_DIR

log = logging.getLogger(__name__)
READ_SOUND = ASSETS_DIR / "sounds" / "read.wav"
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class ScanInput(QObject):
    """One signal, `read(text, source)`, for every way a card is read: 'camera' or 'scanner'."""

    read = Signal(str, str)
    _from_camera = Signal(str)

    def __init__(self, camera=None, decoder=None, wedge: WedgeDetector | None = None,
                 repeat_window_s: float = 5.0, parent: QObject | None = None):
        super().__init__(parent)
        # The scan loop calls back on its own thread: queue the text over to this (the UI) thread.
        self._from_camera.connect(self._camera_read, Qt.ConnectionType.QueuedConnection)
        self.loop = (ScanLoop(camera, decoder, self._from_camera.emit, repeat_window_s)
                     if camera is not None and decoder is not None else None)
        self.wedge = wedge or WedgeDetector()
        self._wedge_repeats = RepeatFilter(WEDGE_REPEAT_WINDOW_S)
        self._window: QWidget | None = None
        self.keys_enabled = True
        self.last_read_at: float | None = None  # time.perf_counter() of the last read (benchmarks)

    # --- camera ---------------------------------------------------------------------------------
    def _loop(self, action: str) -> None:
        if self.loop is not None:
            getattr(self.loop, action)()

    def start(self) -> None:
        self._loop("start")

    def stop(self) -> None:
        self._loop("stop")

    def pause(self) -> None:
        """Reads are not reported (a visit is on); the loop still notes cards so a held card is not new."""
        self._loop("pause")

    def resume(self) -> None:
        self._loop("resume")

    def forget_repeats(self) -> None:
        """The visit ended: the same card may be shown again at once."""
        if self.loop is not None:
            self.loop.filter.clear()
        self._wedge_repeats.clear()

    @Slot(str)
    def _camera_read(self, text: str) -> None:
        self.feed(text, "camera")

    def feed(self, text: str, source: str = "scanner") -> None:
        """A read from any source (tests and the demo tour come in here too)."""
        self.last_read_at = time.perf_counter()
        self.read.emit(text, source)

    # --- keyboard-wedge scanner -------------------------------------------------------------------
    def watch_keys(self, window: QWidget) -> None:
        """Listen for scanner bursts typed into `window`; input methods stay off so pinyin does not eat them."""
        self._window = window
        window.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or self._window is None or not self.keys_enabled:
            return False
        # A key event visits the focus widget, then its parents: count it once, at its first stop.
        target = QApplication.focusWidget() or self._window
        if obj is not target or not isinstance(obj, QWidget) or obj.window() is not self._window:
            return False
        char = "\r" if event.key() in ENTER_KEYS else event.text()
        stamp = event.timestamp() or round(time.monotonic() * 1000)
        code = self.wedge.feed(char, float(stamp))
        if code and self._wedge_repeats.accept(code.strip().upper()):
            self.feed(code, "scanner")
            return True
        return bool(code)  # a repeat of the same card within the window: swallow its Enter quietly


class ReadFeedback(QObject):
    """The sound of a card being read: a short two-note chime, or the system beep when sound is off."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._effect = None
        self._tried = False

    def play(self) -> None:
        if not self._tried:
            self._tried = True
            self._effect = self._make_effect()
        if self._effect is not None:
            self._effect.play()
        else:
            QApplication.beep()

    def _make_effect(self):
        if QApplication.platformName() in ("offscreen", "minimal") or not READ_SOUND.exists():
            return None
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(READ_SOUND)))
        effect.setVolume(0.8)
        return effect
