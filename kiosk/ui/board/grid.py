"""The grid of order cards: how many a page holds, in which type, and where a short lone page sits."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from kiosk.ui.board.card import CARD_STYLES, MIN_CARD_WIDTH_MM, card_height
from kiosk.ui.board.layout import Metrics
from kiosk.ui.theme import Theme


@dataclass(frozen=True)
class Grid:
    """The cells of a page and the type of its cards. (Bigger type on a page of a few orders was tried: the
    cards cannot grow wider on a 55" panel, so the place and employer were cut; they stay the same size.)"""

    rect: QRectF
    m: Metrics
    cells: list[QRectF]

    def cells_for(self, count: int, pages: int) -> list[QRectF]:
        """The cells a page of `count` cards out of `pages` pages uses: a short lone page sits in the middle."""
        if pages > 1 or count >= len(self.cells) or not count:
            return self.cells
        used = self.cells[count - 1].bottom() - self.cells[0].top()
        spare = self.rect.height() - used
        return [cell.translated(0, spare / 2) for cell in self.cells[:count]]


def plan_grid(theme: Theme, width: int, height: int, rect: QRectF, bilingual: bool) -> Grid:
    """Cards for a board `width` x `height` whose grid area is `rect`: the largest type (and two-line titles)
    that costs no cards per page, as many columns as MIN_CARD_WIDTH_MM allows, rows as the type allows."""
    styles = [Metrics(theme, width, height, detail, lines) for detail, lines in CARD_STYLES]
    gap = styles[-1].gap

    def rows_for(style: Metrics) -> int:
        return max(1, int((rect.height() + gap) // (card_height(style, bilingual) + gap)))

    rows = rows_for(styles[-1])
    style = next(s for s in styles if rows_for(s) >= rows)
    cols = max(1, int((rect.width() + gap) // (style.mm(MIN_CARD_WIDTH_MM) + gap)))
    cell_w = (rect.width() - gap * (cols - 1)) / cols
    cell_h = (rect.height() - gap * (rows - 1)) / rows
    cells = [QRectF(rect.left() + c * (cell_w + gap), rect.top() + r * (cell_h + gap), cell_w, cell_h)
             for r in range(rows) for c in range(cols)]
    return Grid(rect, style, cells)
