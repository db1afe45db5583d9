"""The wall board widget: pages of order cards that cross-fade, a live header, a ticker, burn-in and night care."""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QWidget

from kiosk.ui.board import chrome
from kiosk.ui.board.card import CardLayout, layout_card
from kiosk.ui.board.grid import Grid, plan_grid
from kiosk.ui.board.layout import HALL, Metrics, pieces
from kiosk.store.job_view import JobView
from kiosk.ui.board.orders import Snapshot, burn_in_offset, in_night, is_offline, job_link, paginate
from kiosk.ui.board.paint import new_image, render_cards, render_panel, render_strip
from kiosk.ui.board.qr import QrCache
from kiosk.ui.board.source import OrderSource
from kiosk.ui.board.words import Words
from kiosk.ui.theme import Theme

log = logging.getLogger(__name__)
FADE_MS = 800
NIGHT_DIM = 150  # alpha of the black veil at night: dimmed, never black
LAYOUT_CACHE = 1024  # laid-out cards kept (a few MB for 500 orders)


class BoardView(QWidget):
    """Shows today's urgent orders a page at a time. With `live`, it follows the station by itself."""

    page_turned = Signal(int)
    snapshot_applied = Signal()

    def __init__(self, station, theme: Theme, live: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.station, self.theme = station, theme
        self.settings = station.settings
        self.words = self._words()
        self.qr_cache = QrCache()
        self.snapshot = Snapshot()
        self.pages: list[list[JobView]] = []
        self.page_index = 0
        self.visible: list[JobView] = []
        self.dimmed = False
        self.burn_step = 0
        self._seen: set[str] = set()
        self._ticker: list[str] = []
        self._ticker_index = -1  # the first page turn shows the first notice
        self._image: QImage | None = None
        self._from_image: QImage | None = None
        self._fade = 1.0
        self._next: tuple[tuple, QImage] | None = None
        self._shown_key: tuple = ()
        self._header_key: tuple = ()
        self._header_image: QImage | None = None
        self._footer_image: QImage | None = None
        self.m: Metrics | None = None
        self.cells: list[QRectF] = []
        self.grid: Grid | None = None
        self._layouts: OrderedDict[tuple, CardLayout] = OrderedDict()

        self.animation = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=FADE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.animation.valueChanged.connect(self._on_fade)
        self.animation.finished.connect(self._schedule_prerender)
        self.page_timer = self._timer(self._page_ms(), self.turn_page)
        self.clock_timer = self._timer(1000, self.refresh_header)
        self.burn_timer = self._timer(60_000, self.shift_burn_in)
        self.night_timer = self._timer(30_000, self.check_night)
        self._prerender_timer = self._timer(150, self._prerender, single=True, start=False)

        self.source: OrderSource | None = None
        if live:
            self.source = OrderSource(station, parent=self)
            self.source.loaded.connect(self.apply_snapshot)
            self.source.settings_changed.connect(self.apply_settings)
            self.source.start()
        self.check_night()

    def _timer(self, ms: int, slot, single: bool = False, start: bool = True) -> QTimer:
        timer = QTimer(self, interval=max(1, ms), singleShot=single)
        timer.timeout.connect(slot)
        if start:
            timer.start()
        return timer

    def _page_ms(self) -> int:
        return max(FADE_MS + 1000, self.settings.board.page_seconds * 1000)

    def _words(self) -> Words:
        return Words(bilingual=self.settings.board.bilingual, chinese=self.settings.language.startswith("zh"))

    def shutdown(self) -> None:
        """Stop the timers and the reading thread (before the station is closed)."""
        for timer in (self.page_timer, self.clock_timer, self.burn_timer, self.night_timer, self._prerender_timer):
            timer.stop()
        self.animation.stop()
        if self.source is not None:
            self.source.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.shutdown()
        super().closeEvent(event)

    # --- geometry ------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.relayout()
        super().resizeEvent(event)

    def relayout(self) -> None:
        """Work out sizes for this screen: header, footer, and a grid of cards sized from the panel's mm."""
        m = Metrics(self.theme, self.width(), self.height())
        inset = m.margin + m.burn_in_px
        width = self.width() - 2 * inset
        header_h, footer_h = chrome.header_height(m), chrome.footer_height(m)
        self.header_rect = QRectF(inset, inset, width, header_h)
        self.footer_rect = QRectF(inset, self.height() - inset - footer_h, width, footer_h)
        top = self.header_rect.bottom() + m.gap
        self.grid_rect = QRectF(inset, top, width, self.footer_rect.top() - m.gap - top)
        self.grid = plan_grid(self.theme, self.width(), self.height(), self.grid_rect, self.words.bilingual)
        self.m, self.cells = self.grid.m, self.grid.cells
        self._rebuild_ticker()
        self._layouts.clear()
        self._next, self._shown_key, self._header_key = None, (), ()
        self.pages = paginate(list(self.snapshot.orders), self.per_page)
        self.page_index = min(self.page_index, max(0, len(self.pages) - 1))
        self.visible = self.pages[self.page_index] if self.pages else []
        self._show(fade=False)

    @property
    def per_page(self) -> int:
        return max(1, len(self.cells))

    # --- data ----------------------------------------------------------------------------------
    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """New data: a new order is shown at once; changed cards update in place; gone ones leave next turn."""
        first = not self._seen and not self.snapshot.read_at
        fresh = [o.id for o in snapshot.orders if o.id not in self._seen]
        self._seen.update(o.id for o in snapshot.orders)
        self.snapshot = snapshot
        self._next = None
        if first or not self.visible:
            self.turn_page(to_index=0, fade=not first)
        elif fresh:
            index = snapshot.ids().index(fresh[0]) // self.per_page
            self.turn_page(to_index=index)
        else:
            latest = {o.id: o for o in snapshot.orders}
            self.visible = [latest.get(o.id) or dataclasses.replace(o, state=snapshot.gone.get(o.id, "closed"))
                            for o in self.visible]
            self._show(fade=False)
            self._schedule_prerender()
        self.refresh_header()
        self.snapshot_applied.emit()

    def apply_settings(self, settings) -> None:
        """The operator changed the board's settings (read again from the file by the source)."""
        self.settings = settings
        self.words = self._words()
        self.page_timer.setInterval(self._page_ms())
        self.check_night()
        self.relayout()

    # --- paging --------------------------------------------------------------------------------
    def turn_page(self, to_index: int | None = None, fade: bool = True) -> None:
        """Next page (or page `to_index`), built from the latest orders: filled and closed ones are gone."""
        if self.m is None:
            self.relayout()
        self.pages = paginate(list(self.snapshot.orders), self.per_page)
        count = len(self.pages)
        index = (self.page_index + 1 if to_index is None else to_index) % count if count else 0
        self.page_index = index
        self.visible = self.pages[index] if count else []
        self._ticker_index += 1
        self._footer_image = None
        self._show(fade=fade)
        self.page_timer.start()  # a page shown early still gets its full time
        self.page_turned.emit(index)

    def _page_key(self, orders: list[JobView]) -> tuple:
        """What a drawn page depends on: the minute too ("今天 08:00 开工" becomes "已开工" at eight)."""
        minute = self.station.clock().replace(second=0, microsecond=0)
        return (self.width(), self.height(), self.words, minute,
                tuple((o.id, o.filled, o.headcount, o.state, o.starts_at) for o in orders))

    def _render_page(self, orders: list[JobView]) -> QImage:
        m = self.m
        size = QSize(round(self.grid_rect.width()), round(self.grid_rect.height()))
        origin = self.grid_rect.topLeft()
        if not orders:
            items = self.empty_items()
            return render_panel(size, self.devicePixelRatioF(), self.empty_panel(items), items, m, origin)
        return render_cards(size, self.devicePixelRatioF(), self.card_layouts(orders), m, self.qr_cache, origin)

    def empty_items(self):
        """The friendly page shown when there are no orders."""
        inner = self.grid_rect.adjusted(self.m.mm(20), self.m.mm(10), -self.m.mm(20), -self.m.mm(10))
        return chrome.empty_items(self.m, self.words, self.settings.station, inner)

    def empty_panel(self, items) -> QRectF:
        """The light panel behind the empty page's words: their size plus a margin, in the middle."""
        width = max(QFontMetricsF(i.font).horizontalAdvance(i.text) for i in items)
        top, bottom = min(i.box.top() for i in items), max(i.box.bottom() for i in items)
        panel = QRectF(0, 0, min(self.grid_rect.width(), width + self.m.mm(50)), bottom - top + self.m.mm(30))
        panel.moveCenter(self.grid_rect.center())
        return panel

    def card_layouts(self, orders: list[JobView] | None = None) -> list[CardLayout]:
        """The laid-out cards of a page (the visible one by default), remembered until the minute or the
        order changes: laying out text is half the cost of drawing a page."""
        now = self.station.clock()
        minute = now.replace(second=0, microsecond=0)
        orders = self.visible if orders is None else orders
        cards = []
        for order, cell in zip(orders, self._cells_for(len(orders))):
            key = (order, cell.getRect(), minute)
            card = self._layouts.get(key)
            if card is None:
                link = job_link(self.settings.server_url, order.id)
                card = self._layouts[key] = layout_card(order, cell, self.m, self.words, now, link)
                while len(self._layouts) > LAYOUT_CACHE:
                    self._layouts.popitem(last=False)
            cards.append(card)
        return cards

    def _show(self, fade: bool) -> None:
        key = self._page_key(self.visible)
        if key == self._shown_key and self._image is not None:
            return
        if self._next is not None and self._next[0] == key:
            image = self._next[1]
        else:
            image = self._render_page(self.visible)
        self._next = None
        self._shown_key = key
        self.animation.stop()
        if fade and self._image is not None:
            self._from_image, self._image, self._fade = self._image, image, 0.0
            self.animation.start()
        else:
            self._from_image, self._image, self._fade = None, image, 1.0
            self.update()

    @property
    def turning(self) -> bool:
        """A page turn (cross-fade) is running."""
        return self.animation.state() == QVariantAnimation.State.Running

    def _on_fade(self, value) -> None:
        self._fade = float(value)
        if self._fade >= 1.0:
            self._from_image = None
        self.update(self.grid_rect.translated(*self.burn_offset).toAlignedRect())

    def _cells_for(self, count: int) -> list[QRectF]:
        """The cells a page of `count` cards uses (a short lone page sits in the middle)."""
        return self.grid.cells_for(count, len(self.pages))

    def _schedule_prerender(self) -> None:
        self._prerender_timer.start()

    def _prerender(self) -> None:
        """Draw the next page while this one is read, so the turn itself only blends two images."""
        if self.m is None or self.turning:
            return
        pages = paginate(list(self.snapshot.orders), self.per_page)
        if len(pages) < 2 and self.visible == (pages[0] if pages else []):
            return
        upcoming = pages[(self.page_index + 1) % len(pages)] if pages else []
        self._next = (self._page_key(upcoming), self._render_page(upcoming))

    # --- header, footer, burn-in, night ---------------------------------------------------------
    def header_state(self) -> chrome.HeaderState:
        now = self.station.clock()
        updated = self.source.last_read_at if self.source is not None else self.snapshot.read_at
        board = self.settings.board
        offline = is_offline(self.snapshot.last_sync, now, board.offline_after_minutes, self.settings.server_url)
        return chrome.HeaderState(self.settings.station.name, now, updated, offline, self.snapshot.last_sync)

    @property
    def offline(self) -> bool:
        return self.header_state().offline

    def header_items(self):
        state = self.header_state()
        return chrome.header_items(self.m, self.words, state, self.header_rect)

    def footer_items(self):
        notice = self._ticker[self._ticker_index % len(self._ticker)] if self._ticker else ""
        return chrome.footer_items(self.m, self.words, notice, self.page_index + 1, len(self.pages),
                                   len(self.snapshot.orders), self.footer_rect, self._ticker_index % 2 == 1)

    def refresh_header(self) -> None:
        if self.m is None:
            return
        state = self.header_state()
        key = (state.station_name, f"{state.now:%Y%m%d%H%M}", f"{state.updated_at:%H%M}" if state.updated_at else "",
               state.offline, state.last_sync, self.words)
        if key != self._header_key:
            self._header_key = key
            self._header_image = self._strip(self.header_rect, self.header_items())
            self.update(self.header_rect.translated(*self.burn_offset).toAlignedRect())

    def _strip(self, rect: QRectF, items) -> QImage:
        size = QSize(round(rect.width()), round(rect.height()))
        return render_strip(size, self.devicePixelRatioF(), items, self.m, rect.topLeft())

    def _rebuild_ticker(self) -> None:
        width = chrome.notice_width(self.m, self.words, self.footer_rect)
        self._ticker = [chunk for text in self.settings.board.announcements
                        for chunk in pieces(text, self.m.secondary, width)]
        self._footer_image = None

    @property
    def burn_offset(self) -> tuple[int, int]:
        return burn_in_offset(self.burn_step, self.m.burn_in_px if self.m else 0)

    def shift_burn_in(self) -> None:
        """Every minute the whole picture moves a few pixels, so nothing sits still long enough to burn in."""
        self.burn_step += 1
        self.update()

    def check_night(self) -> None:
        board = self.settings.board
        dim = in_night(self.station.clock(), board.night_start, board.night_end)
        if dim != self.dimmed:
            self.dimmed = dim
            self.update()

    # --- painting --------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(HALL))
        try:
            if self.m is None:
                return
            if self._header_image is None:
                self.refresh_header()
            if self._footer_image is None:
                self._footer_image = self._strip(self.footer_rect, self.footer_items())
            painter.translate(QPointF(*self.burn_offset))
            painter.drawImage(self.header_rect.topLeft(), self._header_image)
            origin = self.grid_rect.topLeft()
            if self._from_image is not None and self._fade < 1.0:
                painter.drawImage(origin, self._from_image)
                painter.setOpacity(self._fade)
            if self._image is not None:
                painter.drawImage(origin, self._image)
            painter.setOpacity(1.0)
            painter.drawImage(self.footer_rect.topLeft(), self._footer_image)
            if self.dimmed:
                painter.resetTransform()
                painter.fillRect(self.rect(), QColor(0, 0, 0, NIGHT_DIM))
        except Exception:  # noqa: BLE001 - a bug must not leave a black or frozen wall
            log.exception("board paint failed")
        finally:
            painter.end()

    def render_image(self) -> QImage:
        """The board as it looks now (screenshots and tests)."""
        image = new_image(self.size(), 1.0)
        self.render(image)
        return image
