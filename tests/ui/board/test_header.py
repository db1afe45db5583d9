"""The header says when the board last checked its data and whether the station is offline; an empty board
still greets the hall with the station's hours and phone."""

from __future__ import annotations

from datetime import timedelta

from kiosk.ui.board.demo import DEMO_NOW, set_last_sync


def header_text(view) -> dict[str, str]:
    return {item.role: item.text for item in view.header_items()}


def test_the_header_shows_title_station_date_clock_and_updated_time(make_board, stations):
    view = make_board(stations(3))
    text = header_text(view)
    assert text["title"] == "今日急单"
    assert text["station"] == "城南街道零工驿站"
    assert text["date"] == "3月16日 周一" and text["clock"] == "07:05"
    assert text["updated"] == "更新于 07:05"
    assert "offline" not in text


def test_an_old_sync_shows_a_plain_offline_badge_and_the_cached_orders_stay(make_board, stations, qtbot):
    station = stations(3, online=False)  # last sync two hours ago
    view = make_board(station)
    assert view.offline
    assert header_text(view)["offline"] == "⚠ 离线 · 上次同步 05:05"
    assert len(view.visible) == 3, "the cached orders keep showing"
    set_last_sync(station, DEMO_NOW - timedelta(seconds=20))  # the sync engine got through again
    qtbot.waitUntil(lambda: not view.offline and "offline" not in header_text(view), timeout=2000)


def test_a_station_with_a_server_that_never_synced_is_offline(make_board, stations):
    station = stations(3, online=True)
    set_last_sync(station, None)
    view = make_board(station)
    assert header_text(view)["offline"] == "⚠ 离线 · 尚未同步"


def test_a_station_without_a_server_is_never_called_offline(make_board, stations):
    view = make_board(stations(3, online=None))
    assert not view.offline and "offline" not in header_text(view)


def test_an_empty_board_shows_hours_and_phone_not_a_blank(make_board, stations, qtbot):
    view = make_board(stations(0))
    assert view.visible == [] and view.pages == []
    panel = {item.role: item.text for item in view.empty_items()}
    assert panel["empty_title"] == "现在暂时没有急单"
    assert panel["hours"] == "开放时间 07:00-18:00" and panel["phone"] == "咨询电话 0571-8765 4321"
    image = view.render_image()
    panel = view.empty_panel(view.empty_items())
    inside = image.pixelColor(round(panel.left()) + 10, round(panel.center().y()))
    assert inside.lightness() > 200, "the empty page is a light panel with words, not a dark screen"
    footer = {item.role for item in view.footer_items()}
    assert not footer & {"hint", "hint_en"}, "no 'scan a QR code' when there is no QR code on the board"


def test_a_board_with_orders_tells_how_to_scan_them(make_board, stations):
    view = make_board(stations(3))
    assert "hint" in {item.role for item in view.footer_items()}
