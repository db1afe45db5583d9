"""A box to sign in with a finger; the strokes become a PNG stored with the agreement."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import BORDER, INK, PAPER

MIN_INK_PX = 40  # a tap or a brush of the palm is not a signature


class SignaturePad(QWidget):
    """Draw with a finger (touch arrives as mouse events); `to_png()` returns the signature."""

    changed = Signal()

    def __init__(self, pen_px: int = 6, parent=None):
        super().__init__(parent)
        self._path = QPainterPath()
        self._length = 0.0
        self._last: QPointF | None = None
        self._pen_px = pen_px
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("signature")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 260)

    def is_empty(self) -> bool:
        return self._length < MIN_INK_PX

    def clear(self) -> None:
        self._path = QPainterPath()
        self._length = 0.0
        self._last = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        self._path.moveTo(pos)
        self._path.lineTo(pos + QPointF(0.1, 0.1))  # a dot shows where the finger touched
        self._last = pos
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._last is None:
            return
        pos = event.position()
        self._path.lineTo(pos)
        delta = pos - self._last
        self._length += (delta.x() ** 2 + delta.y() ** 2) ** 0.5
        self._last = pos
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last = None
        self.changed.emit()

    def _pen(self) -> QPen:
        pen = QPen(QColor(INK), self._pen_px)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(PAPER))
        border = QPen(QColor(BORDER), 3, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(self.width() * 0.05, baseline), QPointF(self.width() * 0.95, baseline))
        painter.setPen(self._pen())
        painter.drawPath(self._path)
        painter.end()

    def to_png(self) -> bytes:
        """The strokes in black on white, cropped to what was drawn (empty bytes when nothing was)."""
        if self.is_empty():
            return b""
        box = self._path.boundingRect().adjusted(-self._pen_px * 2, -self._pen_px * 2, self._pen_px * 2,
                                                 self._pen_px * 2)
        image = QImage(max(1, int(box.width())), max(1, int(box.height())), QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-box.topLeft())
        pen = self._pen()
        pen.setColor(QColor("black"))
        painter.setPen(pen)
        painter.drawPath(self._path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
