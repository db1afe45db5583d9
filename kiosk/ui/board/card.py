"""One order card laid out: trade, pay and unit, headcount, start, place, employer, state badge and QR."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from kiosk.domain.categories import WEEKDAYS, category, pay_unit, trade_icon
from kiosk.domain.pay import yuan
from kiosk.store.job_view import JobView
from kiosk.ui.board import words as w
from kiosk.ui.board.layout import (BADGE_ALMOST, BADGE_FULL, BADGE_NEW, BADGE_URGENT, BADGE_VERIFIED, INK, MUTED,
                                   PAY, Metrics, TextItem, badge, text_line, width_of)

STATES = {
    "new": (w.STATE_NEW, BADGE_NEW),
    "almost_full": (w.STATE_ALMOST_FULL, BADGE_ALMOST),
    "full": (w.STATE_FULL, BADGE_FULL),
    "closed": (w.STATE_CLOSED, BADGE_FULL),
}
ROW_GAP_MM = 3.0
BILINGUAL_ROW_GAP_MM = 1.5  # the English lines already space the rows apart
ENGLISH_LINE = 1.1  # English under Chinese needs less line box than Han characters (no 0.88 em ascent)
ENGLISH_BASELINE = 0.83
QR_MM = 80.0
ICON_SHARE = 0.9  # the trade picture's side, as a share of the title's line
MIN_CARD_WIDTH_MM = 330.0


@dataclass(frozen=True)
class CardLayout:
    order_id: str
    rect: QRectF
    items: list[TextItem]
    qr_rect: QRectF
    link: str
    faded: bool  # full or closed: it stays until the next page turn, greyed, with its state in words
    icon: str  # the trade's picture (a name under assets/icons), drawn in icon_rect in the ink colour
    icon_rect: QRectF


def _row_heights(m: Metrics, bilingual: bool) -> list[float]:
    """Heights of the card's rows: head, pay, headcount, start, place, employer (English lines added)."""
    key, sec = m.line_height(m.key), m.line_height(m.secondary)
    extra = english_line_height(m) if bilingual else 0
    return [key + extra, m.line_height(m.pay), key + extra, key + extra, sec, m.badge_height()]


def english_line_height(m: Metrics) -> float:
    return round(m.secondary.pixelSize() * ENGLISH_LINE)


def _row_gap(m: Metrics, bilingual: bool) -> int:
    return m.mm(BILINGUAL_ROW_GAP_MM if bilingual else ROW_GAP_MM)


def card_height(m: Metrics, bilingual: bool) -> float:
    rows = _row_heights(m, bilingual)
    return 2 * m.pad + sum(rows) + (len(rows) - 1) * _row_gap(m, bilingual)


def category_label(words: w.Words, code: str) -> w.Phrase:
    try:
        cat = category(code)
    except KeyError:
        return w.Phrase(code)
    return words.data(cat.zh, cat.en)


def start_phrase(words: w.Words, order: JobView, now: datetime) -> w.Phrase:
    at = order.starts_at
    if at <= now:
        return words.say(w.STARTED, time=f"{order.ends_at:%H:%M}")
    if at.date() == now.date():
        return words.say(w.STARTS_TODAY, time=f"{at:%H:%M}")
    days = (at.date() - now.date()).days
    if days == 1:
        return words.say(w.STARTS_TOMORROW, time=f"{at:%H:%M}")
    if days < 7:  # this week: the weekday is shorter than a date and just as clear
        day = WEEKDAYS[at.weekday()]
        return words.say(w.STARTS_WEEKDAY, weekday=words.data(day.zh, day.en).main, time=f"{at:%H:%M}")
    return words.say(w.STARTS_ON, month=at.month, day=at.day, time=f"{at:%H:%M}")


def _english_line(role: str, text: str, m: Metrics, left: float, top: float, width: float) -> list[TextItem]:
    """An English line under Chinese: Latin letters rise 0.8 em, so the baseline sits higher than for Han."""
    if not text:
        return []
    item = text_line(role, text, m.secondary, left, top, width, MUTED, line_px=english_line_height(m))
    return [replace(item, baseline=top + round(m.secondary.pixelSize() * ENGLISH_BASELINE))]


def layout_card(order: JobView, rect: QRectF, m: Metrics, words: w.Words, now: datetime,
                link: str) -> CardLayout:
    """Place every text of one card inside `rect`; long texts shrink, and only as a last resort elide."""
    rows = _row_heights(m, words.bilingual)
    spare = max(0.0, rect.height() - card_height(m, words.bilingual))
    base_gap = _row_gap(m, words.bilingual)
    gap = base_gap + min(spare / (len(rows) + 1), m.mm(10))
    left, width = rect.left() + m.pad, rect.width() - 2 * m.pad
    items: list[TextItem] = []
    top = rect.top() + m.pad + gap - base_gap

    # 1. trade picture, urgent badge, title (the trade as posted), state badge on the right
    key_line = m.line_height(m.key)
    badge_top = top + (key_line - m.badge_height()) / 2
    icon_side = round(key_line * ICON_SHARE)
    icon_rect = QRectF(left, top + (key_line - icon_side) / 2, icon_side, icon_side)
    title_left, title_right = icon_rect.right() + m.mm(3), left + width
    if order.urgent:
        items.append(badge("urgent", words.say(w.URGENT).main, m, title_left, badge_top, BADGE_URGENT))
        title_left = items[-1].box.right() + m.mm(3)
    state = STATES.get(order.state)
    if state:
        items.append(badge("state", words.say(state[0]).main, m, left + width, badge_top, state[1], align="right"))
        title_right = items[-1].box.left() - m.mm(3)
    items.append(text_line("title", order.title, m.key, title_left, top, title_right - title_left, INK,
                           min_px=m.secondary.pixelSize()))
    if words.bilingual:
        trade = category_label(words, order.category).english or order.category
        parts = ([words.say(w.URGENT).english] if order.urgent else []) + [trade]
        state_en = words.say(state[0]).english if state else ""
        en_top = top + key_line
        state_w = QFontMetricsF(m.secondary).horizontalAdvance(state_en) if state_en else 0
        items += _english_line("title_en", " · ".join(p for p in parts if p), m, left, en_top,
                               width - state_w - m.mm(3))
        items += _english_line("state_en", state_en, m, left + width - state_w, en_top, state_w)
    top += rows[0] + gap

    # 2. pay: the amount biggest, then its unit
    amount = text_line("pay", yuan(order.pay_fen), m.pay, left, top, width, PAY)
    items.append(amount)
    unit = pay_unit(order.pay_unit) if order.pay_unit in {"day", "hour", "piece", "month"} else None
    unit_words = words.data(unit.per_zh, unit.per_en) if unit else w.Phrase(order.pay_unit)
    unit_left = amount.x + width_of(amount) + m.mm(3)
    unit_item = text_line("unit", unit_words.main, m.key, unit_left, top, left + width - unit_left, INK,
                          line_px=rows[1])
    items.append(replace(unit_item, baseline=amount.baseline))
    if unit_words.english:
        en_left = unit_item.x + width_of(unit_item) + m.mm(3)
        unit_en = text_line("unit_en", unit_words.english, m.secondary, en_left, top,
                            max(1.0, left + width - en_left), MUTED, line_px=rows[1])
        items.append(replace(unit_en, baseline=amount.baseline))
    top += rows[1] + gap

    # 3. headcount and how many are still needed
    count = words.say(w.HEADCOUNT, n=order.headcount, left=order.places_left)
    items.append(text_line("headcount", count.main, m.key, left, top, width, INK))
    items += _english_line("headcount_en", count.english, m, left, top + key_line, width)
    top += rows[2] + gap

    # 4-6 share the card's right side with the QR code
    qr_span = rows[3] + rows[4] + rows[5] + 2 * gap
    qr_size = min(m.mm(QR_MM), qr_span)
    narrow = width - qr_size - m.mm(4)
    qr_rect = QRectF(left + width - qr_size, top + (qr_span - qr_size) / 2, qr_size, qr_size)
    start = start_phrase(words, order, now)
    items.append(text_line("start", start.main, m.key, left, top, narrow, INK,
                           min_px=round(m.key.pixelSize() * 0.85)))
    items += _english_line("start_en", start.english, m, left, top + key_line, narrow)
    top += rows[3] + gap

    distance = f"　{words.say(w.DISTANCE, km=f'{order.distance_km:g}').main}" if order.distance_km > 0 else ""
    items.append(text_line("place", order.place + distance, m.secondary, left, top, narrow, INK))
    top += rows[4] + gap

    name_left = left
    if order.employer_verified:
        verified = words.say(w.VERIFIED)
        label = " ".join(p for p in ("✓ " + verified.main, verified.english) if p.strip())
        items.append(badge("verified", label, m, left, top, BADGE_VERIFIED, max_width=narrow))
        name_left = items[-1].box.right() + m.mm(3)
    if order.employer_name and name_left < left + narrow - m.mm(20):
        items.append(text_line("employer", order.employer_name, m.secondary, name_left, top,
                               left + narrow - name_left, MUTED, line_px=m.badge_height()))
    return CardLayout(order.id, rect, items, qr_rect, link, order.state in ("full", "closed"),
                      trade_icon(order.category), icon_rect)
