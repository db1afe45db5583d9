"""Fixtures for the wall board tests: demo stations on a fixed clock, boards sized like a 55-inch wall screen."""

from __future__ import annotations

import shutil

import pytest

from kiosk.demo.simulate import SteppingClock
from kiosk.station import Station
from kiosk.ui.board.demo import DEMO_NOW, demo_station
from kiosk.ui.board.screenshots import PANEL_1080P_55
from kiosk.ui.board.view import BoardView
from kiosk.ui.i18n import install_language
from kiosk.ui.theme import Theme

HD = PANEL_1080P_55  # (1920, 1080, ~40 dpi): a 55-inch 1080p panel
UHD = (3840, 2160, PANEL_1080P_55[2] * 2)  # the same panel in 4K


@pytest.fixture(autouse=True)
def chinese(qapp):
    """The board speaks Chinese by default; English again afterwards for other tests."""
    install_language("zh_CN")
    yield
    install_language("en")


def _template(factory, name, orders, online):
    home = factory.mktemp(name)
    demo_station(home, orders, online=online).close()
    return home


@pytest.fixture(scope="session")
def templates(tmp_path_factory):
    """Demo homes made once per run (500 orders take a few seconds); tests get copies."""
    made = {}

    def get(orders: int, online: bool | None):
        key = (orders, online)
        if key not in made:
            made[key] = _template(tmp_path_factory, f"board-{orders}-{online}", orders, online)
        return made[key]

    return get


@pytest.fixture
def stations(tmp_path, templates):
    """Open demo stations: stations(orders, online) -> Station on its own copy; closed after the test."""
    opened = []

    def open_station(orders: int = 3, online: bool | None = True, home=None) -> Station:
        if home is None:
            home = tmp_path / f"home{len(opened)}"
            shutil.copytree(templates(orders, online), home)
        station = Station.open(home, clock=SteppingClock(DEMO_NOW))
        opened.append(station)
        return station

    yield open_station
    for station in opened:
        station.close()


@pytest.fixture
def make_board(qtbot, stations):
    """A board on a station, sized like a wall screen; live boards have read their first orders."""
    boards = []

    def make(station, panel=HD, live: bool = True) -> BoardView:
        width, height, dpi = panel
        view = BoardView(station, Theme(dpi=dpi), live=live)
        boards.append(view)
        view.resize(width, height)
        view.show()
        if live:
            qtbot.waitUntil(lambda: view.snapshot.read_at is not None and view.source.last_read_at is not None)
        return view

    yield make
    for view in boards:
        view.shutdown()
        view.close()
        view.deleteLater()
