"""Drawing laid-out text, cards and pages into images that page turns only need to blend."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.ui.board.card import CardLayout
from kiosk.ui.board.layout import CARD, HALL, INK, Metrics, TextItem
from kiosk.ui.board.qr import QrCache
from kiosk.ui.widgets.icons import icon_pixmap

log = logging.getLogger(__name__)
FADE_OPACITY = 0.45  # a full or closed card is greyed to this before it leaves


def new_image(size: QSize, dpr: float, fill: str = HALL) -> QImage:
    image = QImage(round(size.width() * dpr), round(size.height() * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor(fill))
    return image


def draw_items(painter: QPainter, items: list[TextItem], m: Metrics) -> None:
    radius = m.mm(1.5)
    for item in items:
        if item.background:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(item.background))
            painter.drawRoundedRect(item.box, radius, radius)
        painter.setFont(item.font)
        painter.setPen(QColor(item.color))
        painter.drawText(QPointF(item.x, item.baseline), item.text)


def draw_card(painter: QPainter, card: CardLayout, m: Metrics, qr_cache: QrCache) -> None:
    radius = m.mm(3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(CARD))
    painter.drawRoundedRect(card.rect, radius, radius)
    draw_items(painter, [i for i in card.items if not (card.faded and i.role == "state")], m)
    dpr = painter.device().devicePixelRatio()
    qr = qr_cache.get(card.link, int(card.qr_rect.width() * dpr))
    side = qr.width() / dpr
    at = card.qr_rect.center() - QPointF(side / 2, side / 2)
    painter.drawImage(QPointF(round(at.x()), round(at.y())), qr)  # whole pixels: a blit, and sharp modules
    painter.drawPixmap(card.icon_rect.topLeft(), icon_pixmap(card.icon, INK, round(card.icon_rect.width()), dpr))
    if card.faded:
        painter.setOpacity(1 - FADE_OPACITY)
        painter.setBrush(QColor(CARD))
        painter.drawRoundedRect(card.rect, radius, radius)
        painter.setOpacity(1.0)
        draw_items(painter, [i for i in card.items if i.role == "state"], m)


def render_cards(size: QSize, dpr: float, cards: list[CardLayout], m: Metrics, qr_cache: QrCache,
                 origin: QPointF) -> QImage:
    """One page of cards as an image of the grid area (`origin` is the grid's top-left on the board)."""
    image = new_image(size, dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(-origin)
    for card in cards:
        try:
            draw_card(painter, card, m, qr_cache)
        except Exception:  # noqa: BLE001 - one bad order must not blank the page
            log.exception("could not draw order %s", card.order_id)
    painter.end()
    return image


def render_panel(size: QSize, dpr: float, panel: QRectF, items: list[TextItem], m: Metrics,
                 origin: QPointF) -> QImage:
    """A white panel with text on the hall background (the empty page)."""
    image = new_image(size, dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-origin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(CARD))
    painter.drawRoundedRect(panel, m.mm(3), m.mm(3))
    draw_items(painter, items, m)
    painter.end()
    return image


def render_strip(size: QSize, dpr: float, items: list[TextItem], m: Metrics, origin: QPointF) -> QImage:
    """Header or footer text on the hall background."""
    image = new_image(size, dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-origin)
    draw_items(painter, items, m)
    painter.end()
    return image
