"""Sizes from the screen's physical DPI, colours with tested contrast, and the kiosk's style sheet."""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
# Reference screen for audits: 21.5" 1920x1080 -> about 102.5 px per inch.
REFERENCE_DPI = 1920 / (21.5 * 16 / (16**2 + 9**2) ** 0.5)
MIN_TOUCH_MM = 15.0
MIN_TOUCH_PX = 60

INK = "#111111"  # body text on PAPER: contrast about 18.9:1
PAPER = "#FFFFFF"
PRIMARY = "#0B4F9C"  # white text on PRIMARY: contrast about 8.0:1
PRIMARY_TEXT = "#FFFFFF"
GOOD = "#0A5A26"  # white on GOOD: about 8.4:1 (was #0B6B2E, only 6.65:1)
DANGER = "#9E1B1B"  # white on DANGER: about 8.0:1
MUTED_TEXT = "#3A3A3A"  # on PAPER: about 11:1
SURFACE = "#F1F4F8"  # card background; INK on SURFACE about 17:1
DISABLED_TEXT = "#6B6B6B"  # on PAPER: about 5.3:1 (>= 4.5:1 for disabled text)


@dataclass(frozen=True)
class Theme:
    """Pixel sizes for one screen. Primary labels >= 30 pt, body >= 18 pt, touch >= 15 mm and >= 60 px."""

    dpi: float = REFERENCE_DPI
    large_text: bool = False

    def mm(self, millimetres: float) -> int:
        return round(millimetres * self.dpi / MM_PER_INCH)

    def pt(self, points: float) -> int:
        """Pixels for a size in points on this screen (1 pt = 1/72 inch)."""
        return round(points * self.dpi / 72)

    @property
    def scale(self) -> float:
        return 1.4 if self.large_text else 1.0

    @property
    def touch_px(self) -> int:
        return max(MIN_TOUCH_PX, self.mm(MIN_TOUCH_MM))

    @property
    def big_touch_px(self) -> int:
        return max(round(MIN_TOUCH_PX * 1.5), self.mm(22))

    @property
    def title_px(self) -> int:
        return round(self.pt(36) * self.scale)

    @property
    def primary_px(self) -> int:
        return round(self.pt(30) * self.scale)

    @property
    def body_px(self) -> int:
        return round(self.pt(18) * self.scale)

    @property
    def term_px(self) -> int:
        """Terms a worker signs: between body and primary, so the pay and hours stand out."""
        return round(self.pt(24) * self.scale)

    @property
    def small_px(self) -> int:  # staff screens only; never for walk-up text
        return round(self.pt(14) * self.scale)

    @property
    def spacing(self) -> int:
        return self.mm(3)

    # --- additions for the walk-up screens (names above stay as they are: staff screens use them) ---
    @property
    def line_px(self) -> int:
        """Thickness of borders and focus rings: visible from a step away."""
        return max(2, self.mm(0.8))

    @property
    def radius(self) -> int:
        return self.mm(2.5)

    @property
    def icon_px(self) -> int:
        return round(self.pt(30) * self.scale)

    def style_sheet(self) -> str:
        """The application style sheet: plain colours, large text, walk-up rules under #walkup."""
        return style_sheet(self)


FONT_FAMILIES = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif'
PRESSED = "#08396F"  # PRIMARY pressed; white on it about 11.5:1
SECONDARY_PRESSED = "#DCE3EC"  # INK on it about 14:1
DISABLED_BG = "#E6E6E6"  # disabled controls also say why in words
DISABLED_ON_BG = "#555555"  # on DISABLED_BG about 6:1 (DISABLED_TEXT would be only 4.2:1 there)
NOTICE_BG = "#FFF4CC"  # INK on it about 17:1 (notices; the words say what kind)
BORDER = "#5A6472"  # card outlines: 3:1 against PAPER and SURFACE (a non-text element)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours (1.0 .. 21.0)."""

    def luminance(colour: str) -> float:
        h = colour.lstrip("#")
        channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def style_sheet(t: Theme) -> str:
    """Qt style sheet for a theme. Walk-up widgets live under the object name `walkup`."""
    w = "#walkup"
    return f"""
* {{ font-family: {FONT_FAMILIES}; }}
QWidget {{ color: {INK}; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {PAPER}; }}
{w} QWidget {{ font-size: {t.body_px}px; }}
{w} QLabel {{ background: transparent; }}
{w} QLabel[role="title"] {{ font-size: {t.title_px}px; font-weight: bold; }}
{w} QLabel[role="primary"] {{ font-size: {t.primary_px}px; font-weight: bold; }}
{w} QLabel[role="pay"] {{ font-size: {t.primary_px}px; font-weight: bold; color: {INK}; }}
{w} QLabel[role="muted"] {{ color: {MUTED_TEXT}; }}
{w} QLabel[role="term"] {{ font-size: {t.term_px}px; }}
{w} QLabel[role="notice"] {{ background: {NOTICE_BG}; border: {t.line_px}px solid {INK};
    border-radius: {t.radius}px; padding: {t.spacing}px; font-size: {t.primary_px}px; }}
{w} QLabel[role="error"] {{ background: {NOTICE_BG}; border: {t.line_px}px solid {DANGER};
    border-radius: {t.radius}px; padding: {t.spacing}px; font-size: {t.primary_px}px; }}
{w} QLabel[role="display"] {{ background: {NOTICE_BG}; border: {t.line_px}px solid {INK}; border-radius: {t.radius}px;
    padding: {t.spacing}px; font-size: {round(t.title_px * 1.4)}px; font-weight: bold; }}
{w} QPushButton[kind="key"] {{ background: {PAPER}; border: {t.line_px}px solid {PRIMARY}; }}
{w} QPushButton[kind="key"]:pressed {{ background: {SECONDARY_PRESSED}; }}
{w} QPushButton[kind="key"] QLabel {{ color: {INK}; font-size: {t.title_px}px; }}
{w} QLabel[role="badge"] {{ background: {PAPER}; border: {t.line_px}px solid {INK}; border-radius: {t.radius}px;
    padding: 0px {t.spacing}px; }}
{w} QFrame[role="card"] {{ background: {SURFACE}; border: {t.line_px}px solid {BORDER}; border-radius: {t.radius}px; }}
{w} QFrame[role="panel"] {{ background: {PAPER}; border: {t.line_px * 2}px solid {INK}; border-radius: {t.radius}px; }}
{w} QFrame[role="header"] {{ background: {SURFACE}; border-bottom: {t.line_px}px solid {BORDER}; }}
{w} QPushButton {{ border-radius: {t.radius}px;
    background: {PRIMARY}; color: {PRIMARY_TEXT}; border: {t.line_px}px solid {PRIMARY};
    font-size: {t.primary_px}px; font-weight: bold; padding: 0px; }}
{w} QPushButton:pressed {{ background: {PRESSED}; border-color: {PRESSED}; }}
{w} QPushButton QLabel {{ color: {PRIMARY_TEXT}; font-size: {t.primary_px}px; font-weight: bold; }}
{w} QPushButton[kind="secondary"] {{ background: {PAPER}; color: {INK}; border: {t.line_px}px solid {PRIMARY}; }}
{w} QPushButton[kind="secondary"]:pressed {{ background: {SECONDARY_PRESSED}; }}
{w} QPushButton[kind="secondary"] QLabel {{ color: {INK}; }}
{w} QPushButton[kind="good"] {{ background: {GOOD}; border-color: {GOOD}; }}
{w} QPushButton[kind="danger"] {{ background: {DANGER}; border-color: {DANGER}; }}
{w} QPushButton[kind="card"] {{ background: {SURFACE}; color: {INK}; border: {t.line_px}px solid {BORDER};
    text-align: left; }}
{w} QPushButton[kind="card"]:pressed {{ background: {SECONDARY_PRESSED}; border-color: {PRIMARY}; }}
{w} QPushButton[kind="card"] QLabel {{ color: {INK}; font-size: {t.body_px}px; font-weight: normal; }}
{w} QPushButton[kind="card"] QLabel[role="primary"] {{ font-size: {t.primary_px}px; font-weight: bold; }}
{w} QPushButton[kind="card"] QLabel[role="pay"] {{ font-size: {t.primary_px}px; font-weight: bold; }}
{w} QPushButton[kind="card"] QLabel[role="muted"] {{ color: {MUTED_TEXT}; }}
{w} QPushButton[kind="card"] QLabel[role="badge"] {{ border: {t.line_px}px solid {INK}; }}
{w} QPushButton[kind="card"] QFrame[role="cue"] {{ background: {PRIMARY}; border-radius: {t.radius}px; }}
{w} QPushButton[kind="card"] QFrame[role="cue"] QLabel {{ color: {PRIMARY_TEXT}; font-size: {t.term_px}px;
    font-weight: bold; }}
{w} QPushButton:disabled {{ background: {DISABLED_BG}; border-color: {DISABLED_BG}; }}
{w} QPushButton QLabel:disabled {{ color: {DISABLED_ON_BG}; }}
{w} QPushButton[kind="discreet"] {{ background: {SURFACE}; border: {t.line_px}px solid {SURFACE}; }}
{w} QPushButton[kind="discreet"] QLabel {{ color: {MUTED_TEXT}; font-size: {t.body_px}px; font-weight: normal; }}
{w} QScrollBar:vertical {{ width: {t.mm(8)}px; background: {SURFACE}; }}
{w} QScrollBar::handle:vertical {{ background: {BORDER}; min-height: {t.touch_px}px; border-radius: {t.mm(3)}px; }}
{w} QScrollBar::add-line, {w} QScrollBar::sub-line {{ height: 0px; }}
"""
