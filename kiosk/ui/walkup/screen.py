"""The frame every walk-up screen shares: a header with its title, 'read aloud', back and finish buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.labels import Text


class Screen(QFrame):
    """One walk-up screen. Subclasses fill `self.body`, say their words in `retranslate()` (called again
    when the language changes) and give what 'read aloud' says in `spoken_text()`."""

    has_back = True
    has_finish = True
    transient = True  # made for one visit and deleted when the visit ends (no personal data kept)

    def __init__(self, flow, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = flow
        self.ctx = flow.ctx
        t = self.ctx.theme
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = QFrame()
        self.header.setProperty("role", "header")
        bar = QHBoxLayout(self.header)
        bar.setContentsMargins(t.mm(4), t.mm(2), t.mm(4), t.mm(2))
        bar.setSpacing(t.mm(4))
        self.back_button = BigButton(icon="back", kind="secondary", theme=t)
        self.back_button.clicked.connect(self.flow.back)
        self.title = Text(role="title")
        self.read_button = BigButton(icon="speaker", kind="secondary", theme=t)
        self.read_button.clicked.connect(self.read_aloud)
        self.finish_button = BigButton(icon="exit", kind="secondary", theme=t)
        self.finish_button.clicked.connect(self.flow.finish)
        bar.addWidget(self.back_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.read_button)
        bar.addWidget(self.finish_button)
        self.back_button.setVisible(self.has_back)
        self.finish_button.setVisible(self.has_finish)
        outer.addWidget(self.header)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(t.mm(6), t.mm(4), t.mm(6), t.mm(4))
        self.body_layout.setSpacing(t.mm(4))
        outer.addWidget(self.body, 1)
        self.ctx.signals.language_changed.connect(self._language_changed)
        self.ctx.signals.theme_changed.connect(self._theme_changed)

    # --- for subclasses ----------------------------------------------------------------------
    def columns(self, *stretches: int, gap_mm: float = 8, spacing_mm: float = 4) -> list[QVBoxLayout]:
        """Side-by-side columns filling the body, `stretches` wide relative to each other."""
        t = self.ctx.theme
        row = QHBoxLayout()
        row.setSpacing(t.mm(gap_mm))
        self.body_layout.addLayout(row, 1)
        out = []
        for stretch in stretches:
            column = QVBoxLayout()
            column.setSpacing(t.mm(spacing_mm))
            row.addLayout(column, stretch)
            out.append(column)
        return out

    def retranslate(self) -> None:
        """Set every text on the screen in the current language."""
        self.back_button.set_text(self.tr("Back"))
        self.read_button.set_text(self.tr("Read aloud"))
        self.finish_button.set_text(self.tr("Finish") if self.flow.page is not None else self.tr("Start page"))

    def spoken_text(self) -> str:
        """What 'read aloud' says: the screen's words in reading order."""
        return self.title.text()

    def on_shown(self) -> None:
        """Called each time the screen comes to the front."""

    # --- shared behaviour --------------------------------------------------------------------
    def read_aloud(self) -> None:
        self.flow.read_aloud(self)

    def _language_changed(self, _lang: str) -> None:
        self.retranslate()

    def _theme_changed(self, theme) -> None:
        for button in self.findChildren(BigButton):
            button.apply_theme(theme)
        self.retranslate()
