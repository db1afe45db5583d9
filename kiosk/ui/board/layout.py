"""Type sizes in millimetres for reading from across a hall, and text placed so it is never clipped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk.ui.theme import MM_PER_INCH, Theme

FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"]
REFERENCE_HEIGHT_MM = 686.0  # a 55-inch 16:9 panel; the sizes below are for reading it from 5 m
# Font sizes (the em) in mm. Noto Sans CJK digits are 0.76 em tall and Han characters 0.95 em, so
# KEY gives figures 25 mm tall, PAY 32 mm, SECONDARY Han characters 15 mm and DETAIL (a card's place,
# distance and employer) digits 16.5 mm, Han characters 21 mm (all at 55 inches).
KEY_EM_MM = 34.0
PAY_EM_MM = 42.0
SECONDARY_EM_MM = 17.0
DETAIL_EM_MM = 22.0
HEADER_EM_MM = 24.0
BREAKS = "，。；！？、,.;!? "
BASELINE = 0.92  # baseline below the top of a line box, in em (Han ink reaches 0.88 em up)
LINE = 1.2  # line box height in em (descenders reach 0.26 em down)

# Colours: every text/background pair here is at least 7:1 (checked in tests/ui/board).
HALL = "#0A1F3A"  # the board's background: white on it is 16.5:1
CARD = "#FFFFFF"
INK = "#111111"
MUTED = "#3A3A3A"
ON_DARK = "#FFFFFF"
PAY = "#9E1B1B"
BADGE_URGENT = "#9E1B1B"
BADGE_NEW = "#0B4F9C"
BADGE_ALMOST = "#7A4100"
BADGE_FULL = "#3A3A3A"
BADGE_VERIFIED = "#0A5A26"
BADGE_OFFLINE = "#FFD54F"  # with INK text


def board_font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(max(6, px))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Medium)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same shapes at 1080p and 4K
    return font


@dataclass(frozen=True)
class TextItem:
    """One run of text: where its line box is, where its baseline is, and what it was meant to say."""

    role: str
    text: str
    font: QFont
    x: float
    baseline: float
    box: QRectF
    color: str
    wanted: str = ""  # the text before any eliding ("" when not elided)
    background: str = ""  # a badge: filled rounded box behind the text

    @property
    def elided(self) -> bool:
        return bool(self.wanted)


class Metrics:
    """Pixel sizes for one board on one screen: physical size from the theme's DPI, scaled for small panels."""

    def __init__(self, theme: Theme, width: int, height: int, detail_mm: float = DETAIL_EM_MM,
                 title_lines: int = 2):
        self.theme, self.title_lines = theme, title_lines
        self.width, self.height = width, height
        height_mm = height / theme.dpi * MM_PER_INCH
        # Smaller panels are read from nearer: scale type with the panel, never up past the 55" design.
        self.scale = min(1.0, max(0.3, height_mm / REFERENCE_HEIGHT_MM))
        self.key = board_font(self.mm(KEY_EM_MM), bold=True)
        self.pay = board_font(self.mm(PAY_EM_MM), bold=True)
        self.secondary = board_font(self.mm(SECONDARY_EM_MM))
        self.badge = board_font(self.mm(SECONDARY_EM_MM), bold=True)
        self.detail = board_font(self.mm(detail_mm))
        self.detail_badge = board_font(self.mm(detail_mm), bold=True)
        self.header = board_font(self.mm(HEADER_EM_MM), bold=True)
        self.margin = self.mm(6)
        self.gap = self.mm(5)
        self.pad = self.mm(5)
        self.burn_in_px = max(2, self.mm(1.5))

    def mm(self, millimetres: float) -> int:
        return max(1, self.theme.mm(millimetres * self.scale))

    @staticmethod
    def line_height(font: QFont) -> float:
        return round(font.pixelSize() * LINE)

    def badge_height(self, font: QFont | None = None) -> float:
        return self.line_height(font or self.badge) + self.mm(2)


def fit(text: str, font: QFont, width: float, min_px: int | None = None) -> tuple[QFont, str, str]:
    """The font (shrunk no further than min_px) and text that fit `width`; the last part is the text
    as wanted when it had to be elided, else ''."""
    fitted = QFont(font)
    floor = min_px or font.pixelSize()
    while QFontMetricsF(fitted).horizontalAdvance(text) > width and fitted.pixelSize() > floor:
        fitted.setPixelSize(max(floor, int(fitted.pixelSize() * 0.94)))
    metrics = QFontMetricsF(fitted)
    if metrics.horizontalAdvance(text) <= width:
        return fitted, text, ""
    return fitted, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), text


def text_line(role: str, text: str, font: QFont, left: float, top: float, width: float, color: str,
              min_px: int | None = None, align: str = "left", line_px: float | None = None) -> TextItem:
    """A line of text in a box `width` wide at `top`, shrunk (to min_px) or elided so it never spills."""
    fitted, shown, wanted = fit(text, font, width, min_px)
    advance = QFontMetricsF(fitted).horizontalAdvance(shown)
    x = {"left": left, "right": left + width - advance, "center": left + (width - advance) / 2}[align]
    height = line_px or Metrics.line_height(font)
    # keep the baseline where the unshrunk font would put it, so lines of one row stay aligned
    baseline = top + round(font.pixelSize() * BASELINE) + (height - Metrics.line_height(font)) / 2
    return TextItem(role, shown, fitted, x, baseline, QRectF(left, top, width, height), color, wanted)


def badge(role: str, text: str, m: Metrics, left: float, top: float, fill: str, color: str = ON_DARK,
          max_width: float | None = None, align: str = "left", font: QFont | None = None) -> TextItem:
    """Words in a filled rounded box (in m.badge type unless `font`): a state that never relies on colour alone."""
    font = font or m.badge
    pad_x = m.mm(2.5)
    advance = QFontMetricsF(font).horizontalAdvance(text)
    width = advance + 2 * pad_x if max_width is None else min(advance + 2 * pad_x, max_width)
    x = left if align == "left" else left - width
    item = text_line(role, text, font, x + pad_x, top, width - 2 * pad_x, color, line_px=m.badge_height(font))
    box = QRectF(x, top, width, m.badge_height(font))
    return TextItem(item.role, item.text, item.font, item.x, item.baseline, box, color, item.wanted, fill)


def width_of(item: TextItem) -> float:
    return QFontMetricsF(item.font).horizontalAdvance(item.text)


def pieces(text: str, font: QFont, width: float) -> list[str]:
    """`text` cut into lines that each fit `width`, preferably after punctuation or a space."""
    metrics = QFontMetricsF(font)
    text = " ".join(text.split())
    lines: list[str] = []
    while text and width > 0:
        if metrics.horizontalAdvance(text) <= width:
            lines.append(text)
            break
        cut = 1
        while cut < len(text) and metrics.horizontalAdvance(text[:cut + 1]) <= width:
            cut += 1
        soft = max((i + 1 for i, ch in enumerate(text[:cut]) if ch in BREAKS), default=0)
        if soft > cut // 2:
            cut = soft
        lines.append(text[:cut].strip())
        text = text[cut:].strip()
    return lines
