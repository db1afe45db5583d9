"""A screen that runs all day: burn-in shift, night dimming, settings picked up live, and a watchdog."""

from __future__ import annotations

import socket
import threading

from PySide6.QtCore import QRectF, Qt

from kiosk.settings import load_settings, save_settings
from kiosk.ui.watchdog import Watchdog, sd_notify


def brightness(image) -> float:
    small = image.scaled(64, 36, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return sum(small.pixelColor(x, y).lightness() for x in range(64) for y in range(36)) / (64 * 36)


def all_boxes(view) -> list[QRectF]:
    cards = view.card_layouts()
    return ([i.box for i in view.header_items() + view.footer_items()] + [c.rect for c in cards]
            + [i.box for c in cards for i in c.items])


def test_the_picture_moves_a_few_pixels_every_minute_and_stays_on_screen(make_board, stations, qtbot):
    view = make_board(stations(3))
    assert view.burn_timer.interval() == 60_000
    before = view.render_image()
    view.burn_timer.setInterval(20)
    qtbot.waitUntil(lambda: view.burn_step >= 1)
    view.burn_timer.setInterval(60_000)
    dx, dy = view.burn_offset
    assert 0 < abs(dx) + abs(dy) <= view.theme.mm(4), "a few pixels, not a jump"
    after = view.render_image()
    area = view.header_rect.toAlignedRect()
    assert after.copy(area.translated(dx, dy)) == before.copy(area), "the whole picture moved, unchanged"
    screen = QRectF(view.rect())
    for step in range(9):
        view.burn_step = step
        ox, oy = view.burn_offset
        assert all(screen.contains(box.translated(ox, oy)) for box in all_boxes(view)), step


def test_the_board_dims_at_night_from_the_settings_file_but_never_goes_black(make_board, stations, qtbot):
    station = stations(3)
    view = make_board(station)
    day = brightness(view.render_image())
    settings = load_settings(station.settings.home)
    settings.board.night_start, settings.board.night_end = "07:00", "08:00"  # the board's clock says 07:05
    save_settings(settings)
    qtbot.waitUntil(lambda: view.dimmed, timeout=3000)
    night_image = view.render_image()
    night = brightness(night_image)
    assert night < 0.6 * day, "dimmed"
    row = round(view.card_layouts()[0].rect.center().y())
    assert night > 0.2 * day and max(night_image.pixelColor(x, row).lightness() for x in range(0, 1900, 4)) > 90


def test_the_operators_settings_reach_a_running_board_within_seconds(make_board, stations, qtbot):
    station = stations(500)
    view = make_board(station)
    settings = load_settings(station.settings.home)
    settings.board.page_seconds = 12
    settings.board.announcements = ["明天上午9点 电工证培训"]
    settings.board.bilingual = True
    settings.board.categories = ["cleaning"]
    save_settings(settings)
    qtbot.waitUntil(lambda: all(o.category == "cleaning" for o in view.snapshot.orders), timeout=3000)
    assert view.page_timer.interval() == 12_000
    assert view.words.bilingual and any(i.role == "title_en" for c in view.card_layouts() for i in c.items)
    view.turn_page()
    assert {i.role: i.text for i in view.footer_items()}["notice"] == "明天上午9点 电工证培训"


class Notifications:
    """A stand-in for systemd's notify socket."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.setblocking(False)

    def read(self) -> list[bytes]:
        out = []
        while True:
            try:
                out.append(self.sock.recv(256))
            except BlockingIOError:
                return out


def test_the_watchdog_pings_from_the_ui_loop_and_stops_when_it_hangs(qtbot, tmp_path):
    systemd = Notifications(tmp_path / "notify")
    dog = Watchdog(env={"NOTIFY_SOCKET": str(tmp_path / "notify"), "WATCHDOG_USEC": "200000"})
    dog.start()
    assert dog.timer.interval() == 100, "half of WatchdogSec"
    qtbot.waitUntil(lambda: dog.pings >= 2)
    got = systemd.read()
    assert got[0] == b"READY=1" and set(got[1:]) == {b"WATCHDOG=1"}
    threading.Event().wait(0.4)  # the UI thread hangs (a stuck query, a deadlock): its loop runs nothing
    assert systemd.read() == [], "no pings while hung, so systemd will restart the board"
    qtbot.waitUntil(lambda: b"WATCHDOG=1" in systemd.read())
    dog.alive = lambda: False  # the reading thread died: stop vouching for the board
    pings = dog.pings
    dog.ping()
    assert dog.pings == pings and systemd.read() == []
    dog.stop()
    assert systemd.read() == [b"STOPPING=1"]


def test_sd_notify_reaches_an_abstract_socket_and_is_silent_without_systemd(tmp_path):
    name = f"kiosk-board-test-{threading.get_ident()}"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind("\0" + name)
    assert sd_notify("READY=1", {"NOTIFY_SOCKET": "@" + name})
    assert server.recv(64) == b"READY=1"
    server.close()
    assert not sd_notify("READY=1", {})
    quiet = Watchdog(env={})
    quiet.start()
    assert not quiet.timer.isActive(), "no watchdog asked for, no timer"


def test_the_board_hides_when_its_screen_goes_away_and_returns_with_it(make_board, stations, qapp):
    from kiosk.ui.board.app import ScreenKeeper

    view = make_board(stations(3))
    screen = qapp.primaryScreen()
    keeper = ScreenKeeper(view, screen, qapp)
    assert view.isVisible() and view.isFullScreen()
    keeper.on_removed(screen)  # the wall TV was switched off: do not jump onto the kiosk's touch screen
    assert not view.isVisible()
    keeper.on_added(screen)
    assert view.isVisible() and view.isFullScreen()
