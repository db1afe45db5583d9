"""Staff set the board from the staff mode: the panel shows the current settings and saves what they change."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from kiosk.settings import load_settings
from kiosk.ui.board.settings_panel import BoardSettingsPanel
from kiosk.ui.context import UiContext
from kiosk.ui.theme import Theme


def panel_for(station, qtbot) -> BoardSettingsPanel:
    ctx = UiContext(station=station, runner=None, theme=Theme())
    panel = BoardSettingsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_panel_shows_the_boards_current_settings(stations, qtbot):
    station = stations(0)
    panel = panel_for(station, qtbot)
    assert panel.page_seconds.value() == 8
    assert panel.night_start.time() == QTime(22, 0) and panel.night_end.time() == QTime(6, 0)
    assert panel.announcements.toPlainText().splitlines()[0].startswith("3月18日")
    assert not panel.bilingual.isChecked() and panel.offline_after.value() == 15


def test_saving_writes_the_board_settings_and_keeps_the_rest(stations, qtbot):
    station = stations(0)
    panel = panel_for(station, qtbot)
    panel.page_seconds.setValue(15)
    panel.night_start.setTime(QTime(21, 30))
    panel.announcements.setPlainText("周五 招聘会\n\n  叉车证培训  ")
    panel.bilingual.setChecked(True)
    cleaning = next(panel.categories.item(r) for r in range(panel.categories.count())
                    if panel.categories.item(r).data(Qt.ItemDataRole.UserRole) == "cleaning")
    cleaning.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(panel.saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = load_settings(station.settings.home)
    assert saved.board.page_seconds == 15 and saved.board.night_start == "21:30"
    assert saved.board.announcements == ["周五 招聘会", "叉车证培训"]
    assert saved.board.categories == ["cleaning"] and saved.board.bilingual
    assert saved.station.name == "城南街道零工驿站" and saved.server_url == "https://gig.example.cn"
    assert "已保存" in panel.status.text()
