"""Render every staff screen to PNG (for `kiosk screenshots`, reviews and the accessibility audit)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.ui.staff.common import drain


def _context(station, lang: str, large_text: bool):
    from kiosk.ui.context import UiContext
    from kiosk.ui.ops_runner import OpsRunner
    from kiosk.ui.theme import Theme

    return UiContext(station=station, runner=OpsRunner(station), theme=Theme(large_text=large_text), lang=lang)


def _use_language(lang: str) -> None:
    try:
        from kiosk.ui.i18n import install_language
    except ImportError:
        return
    install_language(lang)


def render_all(station, outdir: Path, lang: str, large_text: bool) -> list[Path]:
    """One PNG per staff screen, named staff-<screen>-<lang>[-large].png; returns the files written."""
    from kiosk.ui.staff.audit import build_audit_screens

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _use_language(lang)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    ctx = _context(station, "zh_CN" if lang.lower().startswith("zh") else "en", large_text)
    written: list[Path] = []
    try:
        screens = build_audit_screens(ctx)
        for screen in screens:
            screen.show()
            drain()
            for _ in range(3):  # layouts settle after the style sheet's fonts arrive
                app.processEvents()
            name = screen.objectName().removeprefix("staff_")
            path = outdir / f"staff-{name}-{lang}{'-large' if large_text else ''}.png"
            screen.grab().save(str(path))
            written.append(path)
            screen.hide()
        for screen in screens:
            screen.deleteLater()
        app.processEvents()
    finally:
        ctx.runner.stop()
    return written
