"""Screenshots of the wall board: 0, 3 and 500 orders, online and offline, at 1080p on a 55-inch panel."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.ui.board.demo import demo_station
from kiosk.ui.board.source import load_snapshot
from kiosk.ui.board.view import BoardView
from kiosk.ui.i18n import current_language, install_language
from kiosk.ui.theme import Theme

PANEL_1080P_55 = (1920, 1080, 1920 * 1.0 / (55 * 16 / (16**2 + 9**2) ** 0.5))  # about 40 dpi
CASES = [(0, True, False), (0, False, False), (3, True, False), (3, False, False), (500, True, False),
         (500, False, False), (3, True, True)]


def render_board(station, width: int, height: int, dpi: float):
    """The board of a station as an image, read once (no timers, no reading thread)."""
    view = BoardView(station, Theme(dpi=dpi), live=False)
    try:
        view.resize(width, height)
        with station.read() as session:
            view.apply_snapshot(load_snapshot(session, station.clock(), station.settings.board.categories,
                                              _last_sync(session)))
        view.animation.stop()
        view._on_fade(1.0)
        return view.render_image()
    finally:
        view.shutdown()
        view.deleteLater()


def _last_sync(session) -> str | None:
    from kiosk.store.models import SyncState

    row = session.get(SyncState, "last_success")
    return row.value if row else None


def render_all(outdir: Path) -> list[Path]:
    """Render the board cases (Chinese, the board's default) into outdir as PNGs and return their paths."""
    QApplication.instance() or QApplication([])
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    width, height, dpi = PANEL_1080P_55
    language = current_language()
    install_language("zh_CN")
    paths = []
    try:
        for orders, online, bilingual in CASES:
            with tempfile.TemporaryDirectory(prefix="board-shot-") as home:
                station = demo_station(Path(home), orders, online=online, bilingual=bilingual)
                try:
                    image = render_board(station, width, height, dpi)
                finally:
                    station.close()
            name = f"board_{orders}_{'online' if online else 'offline'}{'_bilingual' if bilingual else ''}.png"
            path = outdir / name
            if not image.save(str(path)):
                raise OSError(f"could not write {path}")
            paths.append(path)
    finally:
        install_language(language)
    return paths
