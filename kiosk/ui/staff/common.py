"""Small helpers every staff screen uses: message text, bilingual labels, background reads and ops."""

from __future__ import annotations

import time
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from kiosk.domain.messages import Msg

# Per ops runner: reads and ops started from staff screens whose answer has not arrived yet.
_pending: dict[Any, int] = {}


def arg(text: str, *values) -> str:
    """Fill %1, %2, ... in a translated text (Python strings have no QString.arg)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def is_zh(ctx) -> bool:
    return str(getattr(ctx, "lang", "zh")).lower().startswith("zh")


def msg_text(ctx, message: Msg | None) -> str:
    """A domain message in the screen's language (through the shell's translator when it is there)."""
    if message is None:
        return ""
    try:
        from kiosk.ui.i18n import tr_msg
    except ImportError:
        return message.text("zh" if is_zh(ctx) else "en")
    return tr_msg(message)


def listing(ctx, words) -> str:
    """Words as a list in the screen's language (、 in Chinese; ", " in English so lines can wrap)."""
    return ("、" if is_zh(ctx) else ", ").join(words)


def label(ctx, item: Any) -> str:
    """The label of a category / choice / pay unit in the screen's language."""
    return item.zh if is_zh(ctx) else item.en


def _guarded(runner, widget, callback: Callable | None) -> Callable:
    def deliver(value):
        _pending[runner] = _pending.get(runner, 1) - 1
        if callback is not None and (widget is None or shiboken6.isValid(widget)):
            callback(value)

    return deliver


def reading(fn: Callable, *args, vault: bool = False) -> Callable:
    """`fn(session, *args)` (or `fn(session, vault, *args)`) as a function of the station, for `load`."""

    def run(station):
        with station.read() as session:
            return fn(session, station.vault, *args) if vault else fn(session, *args)

    return run


def load(widget, ctx, fn: Callable, on_done: Callable, on_failed: Callable | None = None) -> None:
    """Run `fn(station)` off the UI thread; the answer goes to `on_done` unless `widget` is gone by then."""
    runner = ctx.runner
    _pending[runner] = _pending.get(runner, 0) + 1
    runner.call(fn, on_done=_guarded(runner, widget, on_done), on_failed=_guarded(runner, widget, on_failed))


def submit(widget, ctx, op: Callable, *args, on_done: Callable, on_failed: Callable | None = None, **kwargs) -> None:
    """Run one operation (one transaction) on the ops thread; results come back like `load`."""
    runner = ctx.runner
    _pending[runner] = _pending.get(runner, 0) + 1
    runner.submit(op, *args, on_done=_guarded(runner, widget, on_done),
                  on_failed=_guarded(runner, widget, on_failed), **kwargs)


def _running(runner) -> bool:
    thread = getattr(runner, "_thread", None)  # a stopped runner never answers: nothing to wait for
    return thread is None or thread.is_alive()


def busy() -> bool:
    """Whether an answer from a (still running) ops thread is on its way to a staff screen."""
    for runner in list(_pending):
        if _pending[runner] <= 0 or not _running(runner):
            del _pending[runner]
    return bool(_pending)


def drain(timeout: float = 10.0) -> bool:
    """Process events until every started read and op has answered (audits, screenshots, tests)."""
    deadline = time.monotonic() + timeout
    while busy() and time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    QCoreApplication.processEvents()
    return not busy()
