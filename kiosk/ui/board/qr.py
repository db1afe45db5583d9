"""QR codes for order cards: crisp (whole pixels per module), cached, dark on white with a quiet zone."""

from __future__ import annotations

from collections import OrderedDict

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_MODULES = 1  # the white card around the code adds the rest of the quiet zone


def qr_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_MODULES)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(text: str, max_px: int) -> QImage:
    """The code as large as fits in max_px with a whole number of pixels per module (no blur)."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = max(1, max_px // n)
    image = QImage(n * module, n * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * module, y * module, module, module, Qt.GlobalColor.black)
    painter.end()
    return image


class QrCache:
    """Recently drawn codes, so a page turn does not re-encode what it showed a minute ago."""

    def __init__(self, size: int = 256):
        self._size = size
        self._items: OrderedDict[tuple[str, int], QImage] = OrderedDict()

    def get(self, text: str, max_px: int) -> QImage:
        key = (text, max_px)
        image = self._items.get(key)
        if image is None:
            image = self._items[key] = qr_image(text, max_px)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return image
