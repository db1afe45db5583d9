"""Every kind of work has a picture that renders, so workers who read slowly can find their trade."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kiosk.domain.categories import CATEGORIES, trade_icon, trade_icons


def test_every_category_has_a_picture_that_draws_something(qapp):
    from kiosk.ui.widgets.icons import ICONS_DIR, icon_pixmap

    for cat in CATEGORIES:
        name = trade_icon(cat.code)
        assert (ICONS_DIR / f"{name}.svg").is_file(), cat.code
        image: QImage = icon_pixmap(name, "#000000", 48).toImage()
        inked = sum(1 for x in range(0, 48, 2) for y in range(0, 48, 2) if image.pixelColor(x, y).alpha() > 128)
        assert 5 < inked < 24 * 24 - 20, f"{cat.code}: the picture is blank or a solid block"


def test_an_unknown_trade_from_a_newer_station_gets_the_other_picture():
    assert trade_icon("space_welding") == trade_icon("other")
    assert set(trade_icons()) == {c.code for c in CATEGORIES}
