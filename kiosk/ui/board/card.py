"""One order card laid out: trade, pay and unit, headcount, start, place, employer, state badge and QR."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk.domain.categories import WEEKDAYS, category, pay_unit, trade_icon
from kiosk.domain.pay import yuan
from kiosk.store.job_view import JobView
from kiosk.ui.board import words as w
from kiosk.ui.board.layout import (BADGE_ALMOST, BADGE_FULL, BADGE_NEW, BADGE_URGENT, BADGE_VERIFIED,
                                   DETAIL_EM_MM, INK, MUTED, PAY, SECONDARY_EM_MM, Metrics, TextItem, badge, pieces,
                                   text_line, width_of)

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
TITLE_WRAP_EM = 0.85  # a title on two lines: each line at most this share of the key type (Han still 27 mm)
TITLE_LINE = 1.15  # line box of a two-line title, in em
# Card type from largest to most compact: the place/employer type (em, mm) and how many lines a title may
# take. The board uses the first that shows as many cards per page as the last (grid.plan_grid).
CARD_STYLES = ((DETAIL_EM_MM, 2), (20.0, 2), (DETAIL_EM_MM, 1), (20.0, 1), (SECONDARY_EM_MM, 1))


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
    key = m.line_height(m.key)
    extra = english_line_height(m) if bilingual else 0
    return [head_height(m) + extra, m.line_height(m.pay), key + extra, key + extra, m.line_height(m.detail),
            m.badge_height(m.detail_badge)]


def head_height(m: Metrics) -> float:
    """The head row (picture, badges, title): one line of key type, or room for a title on two lines."""
    if m.title_lines < 2:
        return m.line_height(m.key)
    return max(m.line_height(m.key), 2 * round(m.key.pixelSize() * TITLE_WRAP_EM * TITLE_LINE))


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


def title_items(text: str, m: Metrics, left: float, top: float, width: float, height: float) -> list[TextItem]:
    """The title (the trade as posted), centred in the head row: one line of key type if it fits, else smaller,
    on two lines when the row has room for them, never below the detail type; only then is the end elided."""
    floor, px = m.detail.pixelSize(), m.key.pixelSize()
    wrap_px = int(height / 2 / TITLE_LINE) if m.title_lines > 1 else 0
    text = " ".join(text.split())
    while True:
        font = QFont(m.key)
        font.setPixelSize(px)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            lines = [text]
            break
        lines = pieces(text, font, width) if px <= wrap_px else []
        if 0 < len(lines) <= 2 or px <= floor:
            break
        px = max(floor, int(px * 0.94))
    if px > wrap_px or len(lines) < 2:  # one line (elided at the floor size when it still does not fit)
        line_px = m.line_height(font)
        return [text_line("title", text, font, left, top + (height - line_px) / 2, width, INK, line_px=line_px)]
    second, wanted = text[len(lines[0]):].strip(), ""
    if len(lines) > 2:
        second, wanted = QFontMetricsF(font).elidedText(second, Qt.TextElideMode.ElideRight, width), text
    line_px = round(px * TITLE_LINE)
    first_top = top + (height - 2 * line_px) / 2
    items = [text_line("title", lines[0], font, left, first_top, width, INK, line_px=line_px),
             text_line("title_2", second, font, left, first_top + line_px, width, INK, line_px=line_px)]
    return items[:1] + [replace(items[1], wanted=wanted)]


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
    key_line, head = m.line_height(m.key), head_height(m)
    badge_top = top + (head - m.badge_height()) / 2
    icon_side = round(key_line * ICON_SHARE)
    icon_rect = QRectF(left, top + (head - icon_side) / 2, icon_side, icon_side)
    title_left, title_right = icon_rect.right() + m.mm(3), left + width
    if order.urgent:
        items.append(badge("urgent", words.say(w.URGENT).main, m, title_left, badge_top, BADGE_URGENT))
        title_left = items[-1].box.right() + m.mm(3)
    state = STATES.get(order.state)
    if state:
        items.append(badge("state", words.say(state[0]).main, m, left + width, badge_top, state[1], align="right"))
        title_right = items[-1].box.left() - m.mm(3)
    items += title_items(order.title, m, title_left, top, title_right - title_left, head)
    if words.bilingual:
        trade = category_label(words, order.category).english or order.category
        parts = ([words.say(w.URGENT).english] if order.urgent else []) + [trade]
        state_en = words.say(state[0]).english if state else ""
        en_top = top + head
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
    items.append(text_line("headcount", count.main, m.key, left, top, width, INK,
                           min_px=round(m.key.pixelSize() * 0.85)))
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

    # the distance is never cut: the place gives way to it
    distance = words.say(w.DISTANCE, km=f"{order.distance_km:g}").main if order.distance_km > 0 else ""
    distance_w = QFontMetricsF(m.detail).horizontalAdvance(distance) + 1 if distance else 0.0
    place = text_line("place", order.place, m.detail, left, top, narrow - distance_w - (m.mm(10) if distance else 0),
                      INK, line_px=rows[4])
    items.append(place)
    if distance:
        items.append(text_line("distance", distance, m.detail, place.x + width_of(place) + m.mm(10), top, distance_w,
                               INK, line_px=rows[4]))
    top += rows[4] + gap

    name_left = left
    if order.employer_verified:
        verified = words.say(w.VERIFIED)
        label = " ".join(p for p in ("✓ " + verified.main, verified.english) if p.strip())
        items.append(badge("verified", label, m, left, top, BADGE_VERIFIED, max_width=narrow, font=m.detail_badge))
        name_left = items[-1].box.right() + m.mm(3)
    if order.employer_name and name_left < left + narrow - m.mm(20):
        items.append(text_line("employer", order.employer_name, m.detail, name_left, top,
                               left + narrow - name_left, MUTED, line_px=rows[5]))
    return CardLayout(order.id, rect, items, qr_rect, link, order.state in ("full", "closed"),
                      trade_icon(order.category), icon_rect)
