"""Every staff screen renders in Chinese and English at 1080p: nothing grows past the screen, no text is cut, big targets."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.ui.staff import audit_screens
from kiosk.ui.staff.screenshots import render_all
from kiosk.ui.staff.widgets import WrapButton
from kiosk.ui.theme import MIN_TOUCH_PX

SCREENS = {"pin", "register_1", "register_2", "register_3", "register_4", "register_done", "post", "calls", "board",
           "profile", "help", "sync", "report"}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_screen_renders_to_png_at_1080p(qapp, demo_station, tmp_path, lang):
    try:
        paths = render_all(demo_station, tmp_path, lang, large_text=False)
    finally:
        from kiosk.ui.i18n import install_language

        install_language("en")
    assert {p.name.removeprefix("staff-").removesuffix(f"-{lang}.png") for p in paths} == SCREENS
    for path in paths:
        assert Image.open(path).size == (1920, 1080), path.name  # no screen forced itself taller or wider


def _problems(screen) -> list[str]:
    found = []
    for button in screen.findChildren(QPushButton):
        if not button.isVisibleTo(screen):
            continue
        name = button.objectName() or button.text() or button.accessibleName()
        if button.height() < MIN_TOUCH_PX:
            found.append(f"{screen.objectName()}: button {name!r} only {button.height()} px high")
        if isinstance(button, WrapButton):
            if button.width() < button.minimumSizeHint().width() or \
                    button.height() < button.heightForWidth(button.width()):
                found.append(f"{screen.objectName()}: {name!r} is cut off")
        elif button.text() and button.width() < button.sizeHint().width():
            found.append(f"{screen.objectName()}: {name!r} is cut off")
    for lab in screen.findChildren(QLabel):
        if lab.isVisibleTo(screen) and not lab.wordWrap() and lab.text() and lab.width() < lab.sizeHint().width():
            found.append(f"{screen.objectName()}: label {lab.text()!r} is cut off")
    return found


def test_audit_screens_have_big_targets_and_no_cut_text(qapp, qtbot, make_ctx, demo_station):
    ctx = make_ctx(demo_station, lang="en")
    screens = audit_screens(ctx)
    problems = []
    for screen in screens:
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        for _ in range(3):  # let every pending re-layout (fonts from the style sheet) settle
            qapp.processEvents()
        problems += _problems(screen)
        screen.hide()
    assert len(screens) == len(SCREENS)
    assert not problems, "\n".join(problems)
