"""Big touch buttons whose faces are wrapped labels and icons, so long words wrap instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout

from kiosk.ui.widgets.icons import IconLabel
from kiosk.ui.widgets.labels import Text


class TapButton(QPushButton):
    """A QPushButton laid out like a widget: children show the face, the button takes every touch.

    kind: primary | secondary | good | danger | card | discreet (colours in the theme's style sheet).
    """

    def __init__(self, kind: str = "primary", min_px: int = 60, parent=None):
        super().__init__(parent)
        self._min_px = min_px
        self.setMinimumSize(min_px, min_px)
        self.setProperty("kind", kind)
        self.setAutoDefault(False)
        # Touch kiosk: no focus rectangles, and keyboard focus stays where the scanner's keys are read.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_kind(self, kind: str) -> None:
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in self.findChildren(IconLabel) + self.findChildren(Text):
                self.style().unpolish(child)
                self.style().polish(child)

    def set_min_px(self, px: int) -> None:
        """Never smaller than px by px (parent layouts ask the face's layout, so say it as a minimum size)."""
        self._min_px = px
        self.setMinimumSize(px, px)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - QPushButton ignores its layout; a face of labels needs it
        layout = self.layout()
        hint = layout.totalSizeHint() if layout is not None else super().sizeHint()
        return hint.expandedTo(QSize(self._min_px, self._min_px))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        layout = self.layout()
        hint = layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()
        return hint.expandedTo(QSize(self._min_px, self._min_px))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        layout = self.layout()
        return layout is not None and layout.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return -1
        return max(self._min_px, layout.totalHeightForWidth(width))


class BigButton(TapButton):
    """An icon and a few words; `vertical` puts the icon above the words (for tiles)."""

    def __init__(self, text: str = "", icon: str | None = None, kind: str = "primary", theme=None,
                 vertical: bool = False, parent=None):
        from kiosk.ui.theme import Theme

        self.theme = theme or Theme()
        self._min: str | float = "touch"  # "touch", "big" or millimetres
        super().__init__(kind, self.theme.touch_px, parent)
        direction = QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setDirection(direction)
        self.icon = IconLabel(icon, self.theme.icon_px) if icon else None
        self.label = Text(text, wrap=True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter if vertical else
                                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if vertical:
            layout.addStretch(1)
        if self.icon is not None:
            layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label, 0 if vertical else 1)
        if vertical:
            layout.addStretch(1)
        self.vertical = vertical
        self.setAccessibleName(text)
        self.apply_theme(self.theme)

    def apply_theme(self, theme) -> None:
        """Sizes for a (new) theme: touch size, icon size, padding."""
        self.theme = theme
        pad = theme.mm(3)
        self.layout().setContentsMargins(pad, theme.mm(2), pad, theme.mm(2))
        self.layout().setSpacing(theme.mm(2.5))
        if self.icon is not None:
            self.icon.set_icon(self.icon.name, theme.icon_px * (2 if self.vertical else 1))
        self.set_min_px(self._min_px_for(theme))

    def set_min(self, size: str | float) -> None:
        """At least a touch target ("touch"), a big one ("big"), or this many millimetres square."""
        self._min = size
        self.set_min_px(self._min_px_for(self.theme))

    def _min_px_for(self, theme) -> int:
        if self._min == "touch":
            return theme.touch_px
        if self._min == "big":
            return theme.big_touch_px
        return max(theme.touch_px, theme.mm(float(self._min)))

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)

    def label_text(self) -> str:
        return self.label.text()

    def set_icon(self, name: str) -> None:
        if self.icon is not None:
            self.icon.set_icon(name)
