"""Printing a worker's card off the UI thread; a failure comes back as a plain sentence, never a crash."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication

from kiosk.ui.staff.common import load, msg_text

log = logging.getLogger(__name__)


def _failed_words(words: str) -> str:
    return QCoreApplication.translate("StaffCardPrinting", "The card was not printed. %1").replace("%1", words)


def _unexpected() -> str:
    return QCoreApplication.translate(
        "StaffCardPrinting", "An unexpected fault. The card is saved: print it later from the worker's profile.")


def printer_for(ctx):
    """The station's printer: the one the shell made, else one from the settings; None when there is none."""
    if ctx.printer is not None:
        return ctx.printer
    if "staff.printer" not in ctx.extras:
        try:
            from kiosk.devices.printer import make_printer

            ctx.extras["staff.printer"] = make_printer(ctx.settings)
        except Exception:  # noqa: BLE001 - no printer module or a bad setting: printing is unavailable
            log.exception("no card printer")
            ctx.extras["staff.printer"] = None
    return ctx.extras["staff.printer"]


def print_job(printer, worker_id: str) -> Callable:
    """The work done on the ops thread: draw the worker's active card and send it to the printer.

    Returns (True, what the printer said) or (False, why not) where the world failed (no paper, unplugged).
    """

    def run(station):
        from kiosk.cards.render import card_print_for

        info = card_print_for(station, worker_id)
        try:
            result = printer.print_card(info)
        except Exception as exc:  # noqa: BLE001 - PrinterError carries a Msg; anything else is said plainly
            message = getattr(exc, "msg", None)
            if message is None:
                log.exception("printing the card of %s failed", worker_id)
                return False, None
            return False, message
        return bool(getattr(result, "ok", True)), getattr(result, "msg", None)

    return run


def print_card(widget, ctx, worker_id: str, on_result: Callable[[bool, str], None]) -> None:
    """Print the worker's card; `on_result(ok, words)` runs on the UI thread when the printer answers."""
    printer = printer_for(ctx)
    if printer is None:
        on_result(False, QCoreApplication.translate(
            "StaffCardPrinting",
            "No card printer is set up at this station. The card is saved: print it later from the worker's profile."))
        return

    def done(answer) -> None:
        ok, said = answer
        words = msg_text(ctx, said) if said is not None else "" if ok else _unexpected()
        if ok:
            on_result(True, QCoreApplication.translate(
                "StaffCardPrinting", "The card has been sent to the printer. Give it to the worker.")
                + (" " + words if words else ""))
        else:
            on_result(False, _failed_words(words))

    def failed(message) -> None:
        on_result(False, _failed_words(msg_text(ctx, message) if message is not None else _unexpected()))

    load(widget, ctx, print_job(printer, worker_id), done, failed)
