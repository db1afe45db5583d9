"""Staff set up the wall board from staff mode: big choices, current values shown, only [board] changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.settings import load_settings, save_settings


def _panel(staff_ctx, qtbot):
    from kiosk.ui.staff.board_settings import BoardSettingsPanel

    from kiosk.ui.staff.style import staff_style

    panel = BoardSettingsPanel(staff_ctx)
    panel.setStyleSheet(staff_style(staff_ctx.theme))  # as inside the staff area
    qtbot.addWidget(panel)
    panel.resize(1500, 900)
    panel.show()
    return panel


def test_the_panel_shows_the_boards_current_settings(staff_ctx, qtbot):
    settings = staff_ctx.settings
    settings.board.page_seconds, settings.board.night_start = 12, "22:30"  # hand-edited values are kept
    settings.board.announcements = ["3月18日 叉车证培训"]
    panel = _panel(staff_ctx, qtbot)
    assert panel.page_seconds.value() == 12 and panel.night_start.value() == "22:30"
    assert panel.night_end.value() == "06:00" and panel.offline_after.value() == 15
    assert panel.bilingual.value() is False
    assert panel.announcements.toPlainText() == "3月18日 叉车证培训"
    assert all(b.height() >= 60 for b in panel.findChildren(type(panel.save_button)) if b.isVisible())


def test_saving_writes_the_board_settings_and_keeps_the_rest(staff_ctx, qtbot):
    station = staff_ctx.station
    station.settings.station.name = "城南街道零工驿站"
    save_settings(station.settings)
    panel = _panel(staff_ctx, qtbot)
    qtbot.mouseClick(panel.page_seconds.button(15), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.night_start.button("21:00"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.bilingual.button(True), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.categories.button("cleaning"), Qt.MouseButton.LeftButton)
    panel.announcements.setPlainText("周五 招聘会\n\n  叉车证培训  ")
    with qtbot.waitSignal(panel.saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = load_settings(station.settings.home)
    assert saved.board.page_seconds == 15 and saved.board.night_start == "21:00"
    assert saved.board.announcements == ["周五 招聘会", "叉车证培训"]
    assert saved.board.categories == ["cleaning"] and saved.board.bilingual
    assert saved.station.name == "城南街道零工驿站"
    assert "Saved" in panel.status.message()
