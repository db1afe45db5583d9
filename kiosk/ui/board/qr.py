"""QR codes for order cards: crisp (whole pixels per module), cached, dark on white with a quiet zone."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage

QUIET_MODULES = 1  # the white card around the code adds the rest of the quiet zone


def qr_modules(text: str) -> np.ndarray:
    """The code's modules as a square uint8 array, 0 for dark and 255 for light, with the quiet zone.

    zxing-cpp's C++ writer takes well under a millisecond; the pure-Python qrcode package took 25 ms,
    too slow to draw a page of 500 orders' codes while the board turns pages."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = np.asarray(code.to_image(scale=1, add_quiet_zones=False), dtype=np.uint8)
    return np.pad(modules, QUIET_MODULES, constant_values=255)


def qr_image(text: str, max_px: int) -> QImage:
    """The code as large as fits in max_px with a whole number of pixels per module (no blur)."""
    modules = qr_modules(text)
    scale = max(1, max_px // modules.shape[0])
    pixels = np.ascontiguousarray(np.kron(modules, np.ones((scale, scale), dtype=np.uint8)))
    side = pixels.shape[0]
    # converted once here (which also copies the pixels out of the array) so that drawing is a plain blit
    return QImage(pixels.data, side, side, side, QImage.Format.Format_Grayscale8).convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)


class QrCache:
    """Recently drawn codes, so a page turn does not re-encode what it showed a few minutes ago."""

    def __init__(self, size: int = 1024):
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
