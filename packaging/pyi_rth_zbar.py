"""PyInstaller runtime hook: pyzbar finds the zbar library bundled next to the frozen app (kiosk.spec puts it there)."""

import ctypes.util
import glob
import os
import sys

_bundle = getattr(sys, "_MEIPASS", None)
_find_library = ctypes.util.find_library


def _find_bundled(name):
    if name == "zbar" and _bundle:
        # the bundle's own copy first; the system's only if the bundle has none (`kiosk doctor` shows which)
        for candidate in sorted(glob.glob(os.path.join(_bundle, "libzbar*"))):
            return candidate
    return _find_library(name)


ctypes.util.find_library = _find_bundled
