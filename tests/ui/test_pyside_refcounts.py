"""The kiosk runs for months: the Qt binding must not leak references to None/True (a fatal abort on 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Pinger(QObject):
    ping = Signal()


def test_void_calls_and_signal_emits_keep_refcounts_of_none_and_true(qapp):
    pinger = _Pinger()
    pinger.ping.connect(lambda: None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        pinger.setObjectName("kiosk")
        pinger.ping.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    # a leak of one reference per call would show up as a difference of thousands
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 100
