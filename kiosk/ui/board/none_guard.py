"""Keeps a long-running board alive under a PySide6 6.12 bug on CPython 3.11: every call of a Qt method that
returns nothing takes one reference from None, and when None's count reaches zero CPython aborts
("Fatal Python error: none_dealloc"). A board paints thousands of such calls a minute."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
HEADROOM = 1 << 50  # at a million leaked references a second this lasts 35 years
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
    """If this Qt build leaks references to None, give None enough that it can never run out (once per
    process). From CPython 3.12 None is immortal and nothing needs doing."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or none_leak_per_call() == 0:
        return _guarded
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM  # ob_refcnt is PyObject's first field
    _guarded = True
    log.warning("this PySide6 build leaks references to None; compensated (see kiosk/ui/board/none_guard.py)")
    return True
