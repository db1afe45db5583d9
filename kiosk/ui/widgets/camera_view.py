"""Live camera preview: paints the camera's newest frame ~16 times a second, mirrored like a looking-glass."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import GOOD, INK, PRIMARY_TEXT

PREVIEW_FPS = 16
FLASH_MS = 700
HIDDEN_POLL_MS = 500  # while hidden (e.g. behind the "camera missing" panel) only the camera's status is watched


def _mirrored(image: QImage) -> QImage:
    """A left-right mirrored copy (Qt >= 6.9 names it flipped(); older versions mirrored())."""
    if hasattr(image, "flipped"):
        return image.flipped(Qt.Orientation.Horizontal)
    return image.mirrored(True, False)


class CameraView(QWidget):
    """Shows `camera.latest()`; emits status_changed('ok'|'missing'|'stopped') when the camera's state moves.

    The status is watched even while the view is hidden: the screen hides it to say the camera is missing,
    and must notice when it comes back. Frames are only converted while the view is seen."""

    status_changed = Signal(str)

    def __init__(self, camera=None, fps: int = PREVIEW_FPS, parent=None):
        super().__init__(parent)
        self.camera = camera
        self._image: QImage | None = None
        self._seq: int | None = None
        self._status = "missing" if camera is None else getattr(camera, "status", "missing")
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS, timeout=self.update)
        self._preview_ms = max(1, round(1000 / fps))
        self._timer = QTimer(self, interval=HIDDEN_POLL_MS, timeout=self._tick)
        self._timer.start()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("camera")

    @property
    def status(self) -> str:
        return self._status

    @property
    def frames_shown(self) -> int | None:
        return self._seq

    def showEvent(self, event) -> None:  # noqa: N802 - only spend CPU on the preview while it is seen
        self._timer.setInterval(self._preview_ms)
        super().showEvent(event)
        self._tick()

    def hideEvent(self, event) -> None:  # noqa: N802
        self._timer.setInterval(HIDDEN_POLL_MS)
        super().hideEvent(event)

    def flash(self) -> None:
        """A bright frame around the picture: the card was read."""
        self._flash.start()
        self.update()

    def _tick(self) -> None:
        status = "missing" if self.camera is None else getattr(self.camera, "status", "missing")
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
        if not self.isVisible():
            return
        frame = self.camera.latest() if self.camera is not None else None
        if frame is None or frame.seq == self._seq:
            return
        pixels = frame.image
        h, w = pixels.shape[:2]
        # The camera thread may reuse its array: the mirrored copy owns its pixels before we return.
        self._image = _mirrored(QImage(pixels.data, w, h, pixels.strides[0], QImage.Format.Format_BGR888))
        self._seq = frame.seq
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(INK))
        if self._image is not None and self._status != "missing":
            target = QRectF(self.rect())
            img = self._image
            scale = min(target.width() / img.width(), target.height() / img.height())
            w, h = img.width() * scale, img.height() * scale
            box = QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(box, img)
            # Where to hold the card: a square in the middle of the picture.
            side = min(w, h) * 0.6
            guide = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side)
            painter.setPen(QPen(QColor(PRIMARY_TEXT), max(3, self.width() // 150)))
            painter.drawRoundedRect(guide, side * 0.06, side * 0.06)
        if self._flash.isActive():
            pen_px = max(10, self.width() // 40)
            painter.setPen(QPen(QColor(GOOD), pen_px))
            half = pen_px / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()
