"""The board around the cards: header (name, date, clock, updated, offline), ticker line and the empty page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk.domain.categories import WEEKDAYS
from kiosk.ui.board import words as w
from kiosk.ui.board.layout import (BADGE_NEW, BADGE_OFFLINE, INK, MUTED, ON_DARK, Metrics, TextItem, badge,
                                   text_line, width_of)

@dataclass(frozen=True)
class HeaderState:
    station_name: str
    now: datetime
    updated_at: datetime | None
    offline: bool
    last_sync: datetime | None


def header_height(m: Metrics) -> float:
    return m.line_height(m.key) + 2 * m.mm(2)


def footer_height(m: Metrics) -> float:
    return m.line_height(m.secondary) + 2 * m.mm(2)


def header_items(m: Metrics, words: w.Words, state: HeaderState, rect: QRectF) -> list[TextItem]:
    """Title and station on the left; offline badge, date, updated time and clock on the right."""
    top = rect.top() + m.mm(2)
    key_line, sec_line = m.line_height(m.key), m.line_height(m.secondary)
    items = []
    clock = text_line("clock", f"{state.now:%H:%M}", m.key, rect.left(), top, rect.width(), ON_DARK, align="right")
    items.append(clock)
    right = clock.x - m.mm(6)
    day = WEEKDAYS[state.now.weekday()]
    weekday = words.data(day.zh, day.en).main
    date = words.say(w.DATE, month=state.now.month, day=state.now.day, weekday=weekday).main
    updated = words.say(w.UPDATED, time=f"{state.updated_at:%H:%M}" if state.updated_at else "--:--").main
    block = max(QFontMetricsF(m.secondary).horizontalAdvance(t) for t in (date, updated))
    items.append(text_line("date", date, m.secondary, right - block, top, block, ON_DARK, align="right"))
    items.append(text_line("updated", updated, m.secondary, right - block, top + sec_line, block, ON_DARK,
                           align="right"))
    right -= block + m.mm(6)
    title = words.say(w.TITLE)
    items.append(text_line("title", title.main, m.key, rect.left(), top, rect.width() / 3, ON_DARK))
    left = items[-1].x + width_of(items[-1]) + m.mm(6)
    if state.offline:
        phrase = (words.say(w.OFFLINE_SINCE, time=f"{state.last_sync:%H:%M}") if state.last_sync
                  else words.say(w.OFFLINE_NEVER))
        text = "⚠ " + phrase.main + (f" / {phrase.english}" if phrase.english else "")
        items.append(badge("offline", text, m, right, top + (key_line - m.badge_height()) / 2, BADGE_OFFLINE,
                           INK, max_width=right - left - m.mm(4) - m.mm(60), align="right"))
        right = items[-1].box.left() - m.mm(6)
    if right - left > m.mm(30):  # station name, and the English title under it when bilingual
        items.append(text_line("station", state.station_name, m.secondary, left,
                               top + key_line - (2 if title.english else 1) * sec_line, right - left, ON_DARK,
                               min_px=m.mm(10)))
        if title.english:
            items.append(text_line("title_en", title.english, m.secondary, left, top + key_line - sec_line,
                                   right - left, ON_DARK, min_px=m.mm(10)))
    return items


def footer_items(m: Metrics, words: w.Words, notice: str, page: int, pages: int, count: int,
                 rect: QRectF, english_turn: bool = False) -> list[TextItem]:
    """The announcement in turn on the left; how to scan or sign up and the page number on the right.
    Bilingual boards say the hint in English on every other page (one line keeps room for two rows of cards)."""
    top = rect.top() + m.mm(2)
    items = []
    paging = words.say(w.PAGE, page=page, pages=pages).main + "　" + words.say(w.COUNT, n=count).main \
        if pages else ""
    if paging:
        items.append(text_line("page", paging, m.secondary, rect.left(), top, rect.width(), ON_DARK, align="right"))
        right = items[-1].x - m.mm(8)
    else:
        right = rect.right()
    hint_w = 0.0
    if count:  # an empty board has no QR codes to scan
        hint = words.say(w.SCAN_HINT)
        hint_w = max(QFontMetricsF(m.secondary).horizontalAdvance(t) for t in (hint.main, hint.english))
        hint_w = min(hint_w, right - rect.left())
        role, text = ("hint_en", hint.english) if english_turn and hint.english else ("hint", hint.main)
        items.append(text_line(role, text, m.secondary, right - hint_w, top, hint_w, ON_DARK, align="right"))
    room = right - hint_w - m.mm(8) - rect.left()
    if notice and room > m.mm(40):
        label = badge("notice_label", words.say(w.NOTICE).main, m, rect.left(), top - m.mm(1), BADGE_NEW)
        items.append(label)
        left = label.box.right() + m.mm(3)
        items.append(text_line("notice", notice, m.secondary, left, top, rect.left() + room - left, ON_DARK))
    return items


def notice_width(m: Metrics, words: w.Words, rect: QRectF) -> float:
    """How wide the announcement part of the footer is (announcements are cut into pieces this wide)."""
    probe = footer_items(m, words, "x", 999, 999, 99999, rect)
    notice = [i for i in probe if i.role == "notice"]
    return notice[0].box.width() if notice else 0.0


def empty_items(m: Metrics, words: w.Words, station, rect: QRectF) -> list[TextItem]:
    """A friendly page instead of a blank: no orders right now, the station's hours and phone."""
    lines: list[tuple[str, w.Phrase, QFont, str]] = [
        ("empty_title", words.say(w.EMPTY_TITLE), m.key, INK),
        ("empty_body", words.say(w.EMPTY_BODY), m.secondary, MUTED),
    ]
    if station.hours:
        lines.append(("hours", words.say(w.EMPTY_HOURS, hours=station.hours), m.key, INK))
    if station.phone:
        lines.append(("phone", words.say(w.EMPTY_PHONE, phone=station.phone), m.key, INK))
    if station.address:
        lines.append(("address", w.Phrase(station.address), m.secondary, MUTED))
    lines.append(("sign_up", words.say(w.EMPTY_SIGN_UP), m.secondary, MUTED))
    heights = [m.line_height(f) + (m.line_height(m.secondary) if p.english else 0) for _, p, f, _ in lines]
    gap = m.mm(6)
    top = rect.top() + max(0.0, (rect.height() - sum(heights) - gap * (len(lines) - 1)) / 2)
    items = []
    for (role, phrase, font, color), height in zip(lines, heights):
        items.append(text_line(role, phrase.main, font, rect.left(), top, rect.width(), color,
                               min_px=m.secondary.pixelSize(), align="center"))
        if phrase.english:
            items.append(text_line(role + "_en", phrase.english, m.secondary, rect.left(),
                                   top + m.line_height(font), rect.width(), MUTED, align="center"))
        top += height + gap
    return items
