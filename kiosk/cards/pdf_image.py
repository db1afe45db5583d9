"""The picture inside a card PDF, for `kiosk decode`: no PDF renderer, just the embedded image.

`kiosk card --out x.pdf` writes the card as one image on one page (Pillow's PDF writer: a JPEG, DCTDecode).
That image — or an uncompressed or Flate-compressed 8-bit grey or RGB one — is taken out as it is. A PDF
drawn with vector text or graphics has no such image: None, and the caller says to use the PNG.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_NUMBER = {key: re.compile(rb"/" + key.encode() + rb"\s+(\d+)(?!\s+\d+\s+R)") for key in ("Length", "Width", "Height",
                                                                                          "BitsPerComponent")}
_STREAM = re.compile(rb"stream\r?\n")
CHANNELS = {b"/DeviceRGB": 3, b"/DeviceGray": 1}


def _number(head: bytes, key: str) -> int | None:
    found = _NUMBER[key].search(head)
    return int(found.group(1)) if found else None


def _raw_image(head: bytes, data: bytes):
    """(filter, bytes) of one image XObject whose dictionary is `head`, its stream starting in `data`."""
    length, stream = _number(head, "Length"), _STREAM.match(data)
    if length is None or stream is None:
        return None
    body = data[stream.end():stream.end() + length]
    flt = re.search(rb"/Filter\s*(/\w+)", head)
    return (flt.group(1) if flt else b""), body


def _pixels(head: bytes, kind: bytes, body: bytes):
    import cv2

    if kind == b"/DCTDecode":
        return cv2.imdecode(np.frombuffer(body, dtype=np.uint8), cv2.IMREAD_COLOR)
    space = re.search(rb"/ColorSpace\s*(/\w+)", head)
    channels = CHANNELS.get(space.group(1) if space else b"")
    width, height = _number(head, "Width"), _number(head, "Height")
    if kind not in (b"", b"/FlateDecode") or not channels or not width or not height or \
            _number(head, "BitsPerComponent") != 8:
        return None
    try:
        raw = zlib.decompress(body) if kind == b"/FlateDecode" else body
    except zlib.error:
        return None
    if len(raw) < width * height * channels:
        return None
    pixels = np.frombuffer(raw[:width * height * channels], dtype=np.uint8).reshape(height, width, channels)
    return cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR) if channels == 3 else cv2.cvtColor(pixels, cv2.COLOR_GRAY2BGR)


def pdf_first_image(data: bytes):
    """The first picture embedded in a PDF as an OpenCV (BGR) image, or None if there is none this reads."""
    for found in _IMAGE.finditer(data):
        start = data.rfind(b" obj", 0, found.start())
        stream = data.find(b"stream", found.end())
        if start < 0 or stream < 0:
            continue
        head = data[start:stream]  # the image's dictionary (nested ones included)
        raw = _raw_image(head, data[stream:])
        image = _pixels(head, *raw) if raw else None
        if image is not None:
            return image
    return None
