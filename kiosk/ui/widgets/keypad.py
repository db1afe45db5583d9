"""A big numeric keypad of our own (walk-up screens never show a text keyboard)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.widgets.buttons import BigButton

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0")


class NumericKeypad(QWidget):
    """Digits 0-9 and a delete key; `value` holds what was typed (at most `max_digits`)."""

    changed = Signal(str)

    def __init__(self, theme, max_digits: int = 5, parent=None):
        super().__init__(parent)
        self.value = ""
        self.max_digits = max_digits
        grid = QGridLayout(self)
        grid.setSpacing(theme.mm(3))
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, BigButton] = {}
        for i, key in enumerate(KEYS):
            button = BigButton(key if key != "back" else "", icon="back" if key == "back" else None, theme=theme,
                               kind="key", vertical=True)
            button.set_min("big")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button

    def set_delete_text(self, text: str) -> None:
        self.keys["back"].set_text(text)

    def press(self, key: str) -> None:
        if key == "back":
            self.value = self.value[:-1]
        elif len(self.value) < self.max_digits and not (key == "0" and self.value == ""):
            self.value += key
        self.changed.emit(self.value)

    def clear(self) -> None:
        self.value = ""
        self.changed.emit(self.value)
