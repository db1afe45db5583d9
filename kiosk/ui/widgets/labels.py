"""Plain-text labels that wrap (never rich text: job titles and names come from outside)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class Text(QLabel):
    """A label in a style-sheet role: title | primary | pay | body | muted | notice | error | badge."""

    def __init__(self, text: str = "", role: str = "body", wrap: bool = True, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        if role != "body":
            self.setProperty("role", role)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred,
                             QSizePolicy.Policy.Minimum if wrap else QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(wrap)
        self.setSizePolicy(policy)
        self.setText(text)

    def set_role(self, role: str) -> None:
        if self.property("role") != role:
            self.setProperty("role", role)
            self.style().unpolish(self)
            self.style().polish(self)
            self.updateGeometry()


def clear_layout(layout) -> None:
    """Remove and delete everything in a layout (a screen re-filled with new data forgets the old)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
