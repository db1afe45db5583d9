"""Line icons from assets/icons, drawn in the colour of the text around them at any size."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.ui.i18n import ASSETS_DIR

ICONS_DIR = ASSETS_DIR / "icons"


@lru_cache(maxsize=256)
def icon_pixmap(name: str, colour: str, px: int, dpr: float = 1.0) -> QPixmap:
    """The icon `name` tinted `colour`, `px` logical pixels square (empty if the file is missing)."""
    size = max(1, round(px * dpr))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(ICONS_DIR / f"{name}.svg"))
    if renderer.isValid():
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor(colour))
        painter.end()
    pixmap.setDevicePixelRatio(dpr)
    return pixmap


class IconLabel(QLabel):
    """An icon that takes its colour from the style sheet's `color` (so it follows the button's state)."""

    def __init__(self, name: str, px: int, parent=None):
        super().__init__(parent)
        self._name = name
        self._px = px
        self.setFixedSize(QSize(px, px))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    @property
    def name(self) -> str:
        return self._name

    def set_icon(self, name: str, px: int | None = None) -> None:
        self._name = name
        if px is not None and px != self._px:
            self._px = px
            self.setFixedSize(QSize(px, px))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        colour = self.palette().color(group, QPalette.ColorRole.WindowText).name()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, icon_pixmap(self._name, colour, self._px, self.devicePixelRatioF()))
        painter.end()
