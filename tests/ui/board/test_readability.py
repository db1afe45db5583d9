"""Readable from across the hall: big enough in millimetres, never clipped at 1080p or 4K, strong contrast,
and a QR a phone can read."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta
from itertools import combinations

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage

from kiosk.demo.people import fake_job
from kiosk.ops.jobs import post_job
from kiosk.ui.board import layout as L
from kiosk.ui.board.demo import DEMO_NOW
from kiosk.ui.board.screenshots import render_board
from kiosk.ui.board.source import load_snapshot
from kiosk.ui.theme import MM_PER_INCH

from tests.ui.board.conftest import HD, UHD


def static_board(make_board, station, panel, bilingual=False):
    station.settings.board.bilingual = bilingual
    view = make_board(station, panel, live=False)
    with station.read() as session:
        view.apply_snapshot(load_snapshot(session, station.clock(), [], "2026-03-16T05:05:00"))
    return view


def ink(item) -> QRectF:
    return QFontMetricsF(item.font).tightBoundingRect(item.text).translated(item.x, item.baseline)


def assert_fits(items, container: QRectF, where: str, may_cut: tuple[str, ...] = ()) -> None:
    for item in items:
        assert item.role in may_cut or not item.elided, f"{where}: {item.role} cut short: {item.wanted!r}"
        assert item.box.adjusted(-2, -2, 2, 2).contains(ink(item)), f"{where}: {item.role} {item.text!r} spills"
        assert container.adjusted(-1, -1, 1, 1).contains(item.box), f"{where}: {item.role} outside its area"
    for a, b in combinations(items, 2):
        assert not ink(a).intersects(ink(b)), f"{where}: {a.role} {a.text!r} overlaps {b.role} {b.text!r}"


@pytest.mark.parametrize("panel", [HD, UHD], ids=["1080p", "4K"])
@pytest.mark.parametrize("bilingual", [False, True], ids=["chinese", "bilingual"])
def test_no_text_is_ever_clipped_or_overlapping(make_board, stations, panel, bilingual):
    view = static_board(make_board, stations(500, online=False), panel, bilingual)
    assert view.per_page == 6, "a 55-inch panel shows two rows of three cards"
    for number, page in enumerate(view.pages):
        for card in view.card_layouts(page):
            where = f"page {number + 1} card {card.order_id}"
            assert_fits(card.items, card.rect, where)
            assert card.rect.contains(card.qr_rect)
            assert not any(ink(i).intersects(card.qr_rect) for i in card.items), f"{where}: text over the QR"
            assert card.rect.contains(card.icon_rect)
            assert not any(ink(i).intersects(card.icon_rect) for i in card.items), f"{where}: text over the picture"
    assert_fits(view.header_items(), view.header_rect, "header")
    for _ in range(len(view._ticker) + 1):
        view.turn_page()
        assert_fits(view.footer_items(), view.footer_rect, "footer")
    assert_fits(view.empty_items(), view.grid_rect, "empty page")


def longest(text: str, limit: int) -> str:
    return (text * limit)[:limit]


# The form's limits: title 40, place 80, employer 60 characters; Han text and the widest Latin letters.
LONGEST_ORDERS = [
    dict(title=longest("高层建筑外墙清洗及玻璃幕墙维护保养临时工（需持高空作业证）", 40), pay_amount=1200, pay_unit="day", headcount=120,
         place=longest("杭州市西湖区文三路与学院路交叉口东南角华星科技大厦地下二层停车场B区入口处集合", 80),
         employer_name=longest("杭州市西湖区城市管理综合服务中心环境卫生保洁外包服务有限责任公司", 60)),
    dict(title="W" * 40, place="M" * 80, employer_name="W" * 60, pay_amount=20000, pay_unit="month", headcount=500),
]
ESSENTIAL = ("pay", "unit", "headcount", "start", "distance")


@pytest.mark.parametrize("panel", [HD, UHD], ids=["1080p", "4K"])
@pytest.mark.parametrize("bilingual", [False, True], ids=["chinese", "bilingual"])
def test_orders_at_the_forms_length_limits_keep_pay_headcount_start_and_distance(make_board, stations, panel,
                                                                                   bilingual):
    """Only the end of a long title (past its two lines), place or employer may give way, never the facts."""
    station = stations(0, online=False)
    for fields in LONGEST_ORDERS:
        form = fake_job(random.Random(1), DEMO_NOW)
        station.run(post_job, dataclasses.replace(form, starts_at=DEMO_NOW + timedelta(hours=1), urgent=True,
                                                  ends_at=DEMO_NOW + timedelta(hours=9), employer_verified=True,
                                                  distance_km=99.9, **fields))
    view = static_board(make_board, station, panel, bilingual)
    for card in view.card_layouts():
        items = {i.role: i for i in card.items}
        title = next(o.title for o in view.visible if o.id == card.order_id)
        assert_fits(card.items, card.rect, card.order_id, may_cut=("title", "title_2", "place", "employer"))
        assert not any(ink(i).intersects(card.qr_rect) for i in card.items), "text over the QR"
        assert [r for r in ESSENTIAL if r not in items] == []
        assert items["distance"].text == "99.9公里"
        assert items["title"].text[:6] == title[:6], "the trade is readable"
        if not bilingual:  # two lines for the title
            assert "title_2" in items and not items["title"].elided


def mm_tall(px: float) -> float:
    return px / HD[2] * MM_PER_INCH


def test_key_figures_are_25mm_and_the_details_16mm_tall_on_a_55_inch_1080p_panel(make_board, stations):
    view = static_board(make_board, stations(3), HD)
    items = {i.role: i for i in view.card_layouts()[0].items}
    for role in ("pay", "headcount", "start", "title", "unit"):
        digits = QFontMetricsF(items[role].font).tightBoundingRect("0123456789").height()
        han = QFontMetricsF(items[role].font).tightBoundingRect("招工").height()
        assert mm_tall(min(digits, han)) >= 25, role
    assert mm_tall(QFontMetricsF(items["pay"].font).tightBoundingRect("260").height()) >= 30
    for role in ("place", "distance", "employer"):
        assert mm_tall(QFontMetricsF(items[role].font).tightBoundingRect("0123456789").height()) >= 16, role
    clock = next(i for i in view.header_items() if i.role == "clock")
    assert mm_tall(QFontMetricsF(clock.font).tightBoundingRect("07:05").height()) >= 25


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_colour_pair_on_the_board_is_at_least_7_to_1():
    pairs = [(L.INK, L.CARD), (L.MUTED, L.CARD), (L.PAY, L.CARD), (L.ON_DARK, L.HALL), (L.INK, L.BADGE_OFFLINE)]
    pairs += [(L.ON_DARK, badge) for badge in (L.BADGE_URGENT, L.BADGE_NEW, L.BADGE_ALMOST, L.BADGE_FULL,
                                               L.BADGE_VERIFIED)]
    assert [round(contrast(*p), 1) for p in pairs if contrast(*p) < 7] == []


def decode(image: QImage, rect: QRectF) -> list[str]:
    crop = image.copy(rect.adjusted(-12, -12, 12, 12).toAlignedRect()).convertToFormat(QImage.Format.Format_Grayscale8)
    array = np.frombuffer(crop.constBits(), np.uint8).reshape(crop.height(), crop.bytesPerLine())[:, :crop.width()]
    return [r.text for r in zxingcpp.read_barcodes(np.ascontiguousarray(array))]


@pytest.mark.parametrize("online", [True, None], ids=["with-server", "no-server"])
def test_each_cards_qr_opens_that_job(make_board, stations, online):
    station = stations(3, online=online)
    image = render_board(station, *HD)
    view = static_board(make_board, station, HD)
    for card in view.card_layouts():
        expected = f"https://gig.example.cn/jobs/{card.order_id}" if online else f"GJ1:{card.order_id}"
        assert decode(image, card.qr_rect) == [expected]


def test_each_card_shows_its_trade_as_a_picture(make_board, stations, caplog):
    """Workers who read slowly find their trade by its picture: dark ink inside each card's picture box."""
    station = stations(3, online=True)
    image = render_board(station, *HD)
    view = static_board(make_board, station, HD)
    icons = set()
    for card in view.card_layouts():
        box = card.icon_rect.toRect()
        crop = image.copy(box).convertToFormat(QImage.Format.Format_Grayscale8)
        pixels = np.frombuffer(crop.constBits(), np.uint8).reshape(crop.height(), crop.bytesPerLine())
        assert (pixels[:, :crop.width()] < 100).mean() > 0.08, f"no picture drawn for {card.order_id}"
        icons.add(card.icon)
    assert len(icons) == 3, "three different trades, three different pictures"
    assert not [r for r in caplog.records if r.levelname == "ERROR"], "a card failed to draw"
