"""Building blocks of the staff screens: big wrapping toggle buttons, choice grids, a numeric keypad, notices."""

from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.staff.common import label
from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.icons import IconLabel

CHECK = "✓ "
PAD_X, PAD_Y = 8, 6  # space between a wrapping button's edge and its words
ICON_PX = 30  # a picture beside the words (trades), for staff reading them out to someone who reads slowly
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    repolish(widget)
    return widget


def make_label(text: str = "", role: str = "", wrap: bool = True) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    if role:
        lab.setProperty("role", role)
    return lab


def make_button(text: str, role: str = "", on_click=None, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not steal the cursor from the field being filled
    if role:
        button.setProperty("role", role)
    if name:
        button.setObjectName(name)
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    return button


def mark_error(widget: QWidget, on: bool) -> None:
    """Red border on a field with a problem (the notice says what the problem is, in words)."""
    widget.setProperty("error", "true" if on else "false")
    repolish(widget)


class WrapButton(QPushButton):
    """A checkable button whose label wraps onto two lines and shows a tick when on (not colour alone).

    `icon` (a name under assets/icons) puts a picture left of the words, in the words' colour.
    """

    def __init__(self, text: str, parent: QWidget | None = None, icon: str | None = None):
        super().__init__(parent)
        self._text = text
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(text)
        self._label = QLabel(text, self)
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setProperty("role", "wrap")
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # No layout inside: Qt would then size the button from that layout, not from heightForWidth below.
        self._label.installEventFilter(self)
        self._icon = IconLabel(icon, ICON_PX, self) if icon else None
        if self._icon is not None:
            self._icon.setProperty("role", "wrap")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def label_text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        self._show_state(self.isChecked())
        self.updateGeometry()

    def label(self) -> QLabel:
        return self._label

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if obj is self._label and event.type() in _RESTYLED:
            self.updateGeometry()  # the words got a new font from the style sheet: our size changes too
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._label.setGeometry(self.rect().adjusted(PAD_X + self._icon_space(), PAD_Y, -PAD_X, -PAD_Y))
        if self._icon is not None:
            self._icon.move(PAD_X, (self.height() - ICON_PX) // 2)

    def _icon_space(self) -> int:
        return ICON_PX + PAD_X if self._icon is not None else 0

    def sizeHint(self):  # noqa: N802 - Qt naming
        inner = self._label.sizeHint()
        hint = QSize(inner.width() + 2 * PAD_X + self._icon_space(), max(inner.height(), ICON_PX) + 2 * PAD_Y).expandedTo(QPushButton.sizeHint(self))
        hint.setHeight(max(hint.height(), MIN_TOUCH_PX))
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt naming
        # never narrower than the longest word (a word cannot wrap: it would be cut off)
        metrics = self._label.fontMetrics()
        words = (CHECK + self._text).split()
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0) * 1.1  # bold when on
        width = int(longest) + 2 * PAD_X + 8 + self._icon_space()
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        inner = self._label.heightForWidth(max(1, width - 2 * PAD_X - self._icon_space()))
        return max(QPushButton.sizeHint(self).height(), MIN_TOUCH_PX, inner + 2 * PAD_Y)

    def _show_state(self, on: bool) -> None:
        self._label.setText(CHECK + self._text if on else self._text)
        for face in self._faces():
            face.setProperty("on", "true" if on else "false")
            repolish(face)

    def _faces(self) -> list[QLabel]:
        return [self._label] + ([self._icon] if self._icon is not None else [])

    def changeEvent(self, event):  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.EnabledChange:
            for face in self._faces():
                face.setProperty("off", "false" if self.isEnabled() else "true")
                repolish(face)
        super().changeEvent(event)


class ChoiceGrid(QWidget):
    """Toggle buttons in a grid; `exclusive` makes it a single choice. Values are the items' codes."""

    changed = Signal()

    def __init__(self, items: Iterable[tuple[object, str]], columns: int, exclusive: bool = False,
                 parent: QWidget | None = None, icons: dict | None = None):
        super().__init__(parent)
        self._buttons: dict[object, WrapButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(exclusive)
        self.exclusive = exclusive
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, (code, text) in enumerate(items):
            button = WrapButton(text, icon=(icons or {}).get(code))
            self._buttons[code] = button
            self._group.addButton(button)
            grid.addWidget(button, i // columns, i % columns)
            button.toggled.connect(lambda _on: self.changed.emit())
        for col in range(columns):
            grid.setColumnStretch(col, 1)

    def button(self, code) -> WrapButton:
        return self._buttons[code]

    def codes(self) -> list:
        return list(self._buttons)

    def values(self) -> list:
        return [code for code, b in self._buttons.items() if b.isChecked()]

    def set_values(self, codes: Iterable) -> None:
        wanted = set(codes)
        self._group.setExclusive(False)
        for code, button in self._buttons.items():
            button.setChecked(code in wanted)
        self._group.setExclusive(self.exclusive)

    def value(self):
        chosen = self.values()
        return chosen[0] if chosen else None

    def set_value(self, code) -> None:
        self.set_values([] if code is None else [code])


class StaffKeypad(QWidget):
    """A big numeric keypad that types into whichever followed field last had the cursor.

    The X key (last character of some ID numbers) only works when that field allows it.
    """

    def __init__(self, parent: QWidget | None = None, compact: bool = False):
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._allow_x: dict[QLineEdit, bool] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "⌫"]
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate(keys):
            button = make_button(key, "" if compact else "key", name=f"key_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.press(k))
            self.keys[key] = button
            grid.addWidget(button, i // 3, i % 3)
        retain = self.keys["X"].sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.keys["X"].setSizePolicy(retain)
        self.keys["X"].hide()  # shown once a field that takes X (an ID number) is followed
        self.keys["X"].setAccessibleName(self.tr("Letter X (last character of some ID numbers)"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete the last character"))
        self.keys["⌫"].setToolTip(self.tr("Delete"))
        clear = make_button(self.tr("Clear"), name="key_clear")
        clear.clicked.connect(lambda: self.press("clear"))
        self.keys["clear"] = clear
        grid.addWidget(clear, 4, 0, 1, 3)
        self._sync_x()

    def follow(self, edit: QLineEdit, allow_x: bool = False) -> None:
        """Type into `edit` while it has the cursor (the first followed field is the default)."""
        self._allow_x[edit] = allow_x
        if allow_x:
            self.keys["X"].show()
        edit.installEventFilter(self)
        if self._target is None:
            self.set_target(edit)

    def set_target(self, edit: QLineEdit | None) -> None:
        self._target = edit
        self._sync_x()

    def target(self) -> QLineEdit | None:
        return self._target

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and obj in self._allow_x:
            self.set_target(obj)
        return False

    def _sync_x(self) -> None:
        on = bool(self._target is not None and self._allow_x.get(self._target))
        self.keys["X"].setEnabled(on)

    def press(self, key: str) -> None:
        edit = self._target
        if edit is None or not edit.isEnabled():
            return
        if key == "⌫":
            edit.backspace()
        elif key == "clear":
            edit.clear()
        elif key != "X" or self._allow_x.get(edit):
            edit.insert(key)


class Notice(QLabel):
    """A message in words with a symbol and a coloured edge: error, ok or info; hidden when empty."""

    SYMBOLS = {"error": "⚠ ", "ok": "✔ ", "info": "ℹ "}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = ""
        # A role from the start: the style's border and padding then hold even if the widget is
        # re-parented into the styled staff area later (a role set only afterwards may miss them).
        self.setProperty("role", "info")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str, kind: str = "error") -> None:
        if not text:
            self.clear_text()
            return
        self.setProperty("role", kind)
        self.kind = kind
        self.setText(self.SYMBOLS.get(kind, "") + text)
        repolish(self)
        self.show()

    def clear_text(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()

    def message(self) -> str:
        """The words shown (without the symbol), for speech and tests."""
        text = self.text()
        for symbol in self.SYMBOLS.values():
            if text.startswith(symbol):
                return text[len(symbol):]
        return text


def scrolling(content: QWidget | QLayout) -> QScrollArea:
    """`content` (a widget, or a layout put on a new widget) in a scroll area that follows its width."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


def columns(*parts: tuple[QWidget | QLayout, int], spacing: int) -> QHBoxLayout:
    """Side-by-side parts, each (widget or layout, stretch), with no outer margin."""
    box = QHBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(spacing)
    for part, stretch in parts:
        if isinstance(part, QLayout):
            box.addLayout(part, stretch)
        else:
            box.addWidget(part, stretch)
    return box


def row(*widgets: QWidget, align: str = "left", spacing: int = 12) -> QHBoxLayout:
    """Widgets side by side: packed to the left or right, or filling the width ("fill")."""
    box = QHBoxLayout()
    box.setSpacing(spacing)
    if align == "right":
        box.addStretch(1)
    for w in widgets:
        box.addWidget(w)
    if align == "left":
        box.addStretch(1)
    return box


def field(title: str, *widgets: QWidget, hint: str = "") -> QWidget:
    """A labelled block: a bold title above its input widgets, with an optional muted hint."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(6)
    box.addWidget(make_label(title, "section"))
    for w in widgets:
        box.addWidget(w)
    if hint:
        box.addWidget(make_label(hint, "muted"))
    return holder


def choice_items(ctx, items: Sequence) -> list[tuple[str, str]]:
    """(code, label) pairs of a reference list in the screen's language."""
    return [(item.code, label(ctx, item)) for item in items]
