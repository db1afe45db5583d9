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
PRIMARY = "#0B4F9C"  # white text on PRIMARY: contrast about 8.6:1
PRIMARY_TEXT = "#FFFFFF"
GOOD = "#0B6B2E"  # white on GOOD: about 7.0:1
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
        return 1.3 if self.large_text else 1.0

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
    def small_px(self) -> int:  # staff screens only; never for walk-up text
        return round(self.pt(14) * self.scale)

    @property
    def spacing(self) -> int:
        return self.mm(3)
