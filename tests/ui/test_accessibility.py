"""Accessibility audit: every walk-up screen (and staff screen) in Chinese and English, normal and large text,
on the reference 21.5" 1080p screen: touch targets, contrast, nothing cut off, everything translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from kiosk.ui.i18n import TRANSLATIONS_DIR
from kiosk.ui.theme import MIN_TOUCH_MM, MIN_TOUCH_PX, REFERENCE_DPI, Theme
from kiosk.ui.widgets.icons import IconLabel

COMBINATIONS = [("zh_CN", False), ("zh_CN", True), ("en", False), ("en", True)]
NOT_WORDS = {"English"}  # the language button names the other language in its own words
ENGLISH_PHRASE = re.compile(r"[A-Za-z]{3,}[ ,.:;]+[A-Za-z]{3,}")


def english_sources() -> set[str]:
    """Every English source text of every translation file (what an untranslated label would show)."""
    out = set()
    for ts in TRANSLATIONS_DIR.glob("*.ts"):
        for source in ET.parse(ts).getroot().iter("source"):
            if source.text and re.search("[A-Za-z]{2,}", source.text):
                out.add(source.text.strip())
    return out


def luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def text_contrast(pixels: np.ndarray) -> float:
    """Contrast of the text against its background in a label's pixels: the most common colour is the
    background; the text is the frequent colour that stands out most from it (anti-aliasing only blends)."""
    flat = pixels.reshape(-1, 3).astype(np.int64)
    keys = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    colours, counts = np.unique(keys, return_counts=True)
    rgb = np.stack([(colours >> 16) & 255, (colours >> 8) & 255, colours & 255], axis=1).astype(float)
    lum = luminance(rgb)
    bg = lum[np.argmax(counts)]
    frequent = counts >= max(4, 0.002 * len(keys))
    if frequent.sum() < 2:
        return 21.0  # a single colour: nothing drawn here (e.g. an empty line)
    hi = np.maximum(lum[frequent], bg)
    lo = np.minimum(lum[frequent], bg)
    return float(((hi + 0.05) / (lo + 0.05)).max())


def grab_rgb(window: QWidget) -> np.ndarray:
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    arr = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return arr[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@dataclass
class Audit:
    """Problems found on the screens visited, with the screen and the words of the widget."""

    theme: Theme
    lang: str
    walkup: bool = True
    problems: list[str] = field(default_factory=list)

    def check(self, name: str, root: QWidget, window: QWidget) -> None:
        pixels = grab_rgb(window)
        for button in root.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and self.walkup:
                self._touch(name, button)
        for label in root.findChildren(QLabel):
            if isinstance(label, IconLabel) or not label.text() or not label.isVisibleTo(window):
                continue
            self._size_and_spacing(name, label)
            self._not_cut(name, label)
            self._contrast(name, label, window, pixels)
            self._translated(name, label)

    def _say(self, name: str, widget: QWidget, what: str) -> None:
        words = widget.text() if hasattr(widget, "text") else ""
        self.problems.append(f"{name} [{self.lang}{' large' if self.theme.large_text else ''}] "
                             f"{type(widget).__name__} {words[:40]!r}: {what}")

    def _touch(self, name: str, button: QAbstractButton) -> None:
        least = max(MIN_TOUCH_PX, self.theme.mm(MIN_TOUCH_MM))
        if min(button.width(), button.height()) < least:
            self._say(name, button, f"touch target {button.width()}x{button.height()} px < {least} px (15 mm)")

    def _size_and_spacing(self, name: str, label: QLabel) -> None:
        px = label.fontInfo().pixelSize()
        if self.walkup and px < self.theme.pt(18) * 0.98:
            self._say(name, label, f"text {px} px is under 18 pt ({self.theme.pt(18)} px)")
        if label.wordWrap() and label.fontMetrics().lineSpacing() < 1.3 * px:
            self._say(name, label, f"line spacing {label.fontMetrics().lineSpacing()} px < 1.3 x {px} px")

    def _not_cut(self, name: str, label: QLabel) -> None:
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                self._say(name, label, f"text needs {needed} px high, has {label.height()} px (cut off)")
        elif label.sizeHint().width() > label.width() + 1 or \
                label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width() + 1:
            self._say(name, label, f"text needs {label.sizeHint().width()} px wide, has {label.width()} px")
        if not in_scroll_area(label):
            shown = label.visibleRegion().boundingRect()
            if shown.height() < label.height() - 1 or shown.width() < label.width() - 1:
                self._say(name, label, "partly hidden by its container")

    def _contrast(self, name: str, label: QLabel, window: QWidget, pixels: np.ndarray) -> None:
        shown = label.visibleRegion().boundingRect()
        if shown.isEmpty():
            return
        top_left = label.mapTo(window, shown.topLeft())
        box = QRect(top_left, shown.size()).intersected(window.rect())
        crop = pixels[box.top(): box.bottom() + 1, box.left(): box.right() + 1]
        if crop.size == 0:
            return
        ratio = text_contrast(crop)
        need = 7.0 if label.isEnabled() else 4.5
        if ratio < need:
            self._say(name, label, f"contrast {ratio:.1f}:1 < {need}:1")

    def _translated(self, name: str, label: QLabel) -> None:
        if not self.lang.startswith("zh"):
            return
        text = label.text().strip()
        if text in NOT_WORDS or label.property("bilingual"):
            return  # a language name, or a document kept in both languages (the signed agreement)
        if text in SOURCES or ENGLISH_PHRASE.search(text):
            self._say(name, label, "not translated (English on the Chinese screen)")


SOURCES = english_sources()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from kiosk.ui.screenshots import seed_template

    home = tmp_path_factory.mktemp("audit-template") / "template"
    return home, seed_template(home)


@pytest.mark.parametrize("lang,large", COMBINATIONS)
def test_every_walkup_screen_is_big_clear_uncut_and_translated(qapp, template, tmp_path, lang, large):
    from kiosk.ui.i18n import install_language
    from kiosk.ui.screenshots import demo_window
    from kiosk.ui.walkup.gallery import walkup_states

    home, seeded = template
    visited = []
    try:
        with demo_window(home, tmp_path, lang, large, seeded) as window:
            audit = Audit(window.ctx.theme, lang)
            assert window.ctx.theme.dpi == REFERENCE_DPI
            for state in walkup_states(window, seeded):
                root = window.overlay.panel if window.overlay.isVisible() else window
                audit.check(state, root, window)
                visited.append(state)
    finally:
        install_language("en")
        qapp.setStyleSheet("")
    assert len(visited) >= 15, visited
    assert not audit.problems, "\n".join(audit.problems)


@pytest.mark.parametrize("lang,large", COMBINATIONS)
def test_staff_screens_are_clear_uncut_and_translated(qapp, demo_station, lang, large):
    staff_area = pytest.importorskip("kiosk.ui.staff.staff_area")
    if not hasattr(staff_area, "audit_screens"):
        pytest.skip("staff mode has no audit_screens yet")
    from kiosk.ui.app import build_context
    from kiosk.ui.i18n import install_language

    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # earlier tests' windows: gone before restyling
    ctx = build_context(demo_station, dpi=REFERENCE_DPI, lang=lang)
    ctx.set_large_text(large)
    audit = Audit(ctx.theme, lang, walkup=False)
    try:
        screens = staff_area.audit_screens(ctx)  # filled with data: every answer is in
        for screen in screens:
            screen.resize(1920, 1080)
            screen.show()
            qapp.processEvents()
            audit.check(screen.objectName() or type(screen).__name__, screen, screen)
            screen.hide()
            screen.deleteLater()
        assert screens
    finally:
        ctx.runner.stop()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # restyling dead screens costs seconds
        install_language("en")
        qapp.setStyleSheet("")
    assert not audit.problems, "\n".join(audit.problems)


def test_the_audit_catches_what_it_is_meant_to_catch(qapp):
    """The audit itself: a low-contrast, cut-off, untranslated label and a tiny button are all reported."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    window.setStyleSheet("background: #FFFFFF;")
    box = QVBoxLayout(window)
    faint = QLabel("Read aloud")
    faint.setStyleSheet("color: #AAAAAA; font-size: 30px;")
    cut = QLabel("这段话很长很长很长很长很长很长很长很长很长很长很长")
    cut.setWordWrap(True)
    cut.setFixedHeight(12)
    tiny = QPushButton("x")
    tiny.setFixedSize(30, 30)
    for widget in (faint, cut, tiny):
        box.addWidget(widget)
    window.resize(300, 300)
    window.show()
    audit = Audit(Theme(), "zh_CN")
    audit.check("selftest", window, window)
    window.close()
    found = "\n".join(audit.problems)
    assert "contrast" in found and "cut off" in found and "touch target" in found and "not translated" in found
    assert Path(TRANSLATIONS_DIR / "walkup_zh_CN.ts").exists() and QPoint(0, 0).isNull()
