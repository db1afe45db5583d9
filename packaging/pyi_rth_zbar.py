"""PyInstaller runtime hook: let pyzbar find the zbar library bundled next to the frozen app."""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", None)
_find_library = ctypes.util.find_library


def _find_bundled(name):
    if name == "zbar" and _bundle:
        candidate = os.path.join(_bundle, "libzbar.so.0")
        if os.path.exists(candidate):
            return candidate
    return _find_library(name)


ctypes.util.find_library = _find_bundled
