"""Keeps a long-running board alive under a PySide6 6.12 bug on CPython 3.11: Qt calls that return nothing
take a reference from None and Signal.emit() one from True, as if those were immortal (they are only from
3.12 on); when a count reaches zero CPython aborts ("Fatal Python error: none_dealloc / bool_dealloc").
A board makes thousands of such calls a minute, so it would die within the hour."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
HEADROOM = 1 << 50  # at a million lost references a second this lasts 35 years
SINGLETONS = (None, True, False)
_guarded = False


def none_leak_per_call() -> int:
    """How many references to None one void Qt call loses on this Qt build (0 when it is sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return max(0, round((before - sys.getrefcount(None)) / 100))


def guard_none_refcount() -> bool:
    """If this Qt build loses references to None, give None, True and False so many that they can never run
    out (once per process). Returns whether the guard is in place."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or none_leak_per_call() == 0:
        return _guarded
    for obj in SINGLETONS:
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM  # ob_refcnt is PyObject's first field
    _guarded = True
    log.warning("this PySide6 build loses references to None/True/False; compensated (kiosk/ui/board/none_guard.py)")
    return True
