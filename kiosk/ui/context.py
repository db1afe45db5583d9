"""What every screen is given: the station, the ops runner, devices, theme and current preferences."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.ui.ops_runner import OpsRunner
from kiosk.ui.theme import Theme


class UiSignals(QObject):
    """Preferences that many screens follow: they re-say or re-size themselves when one changes."""

    language_changed = Signal(str)
    theme_changed = Signal(object)  # the new Theme
    voice_changed = Signal(bool)


@dataclass
class UiContext:
    station: Any  # kiosk.station.Station
    runner: OpsRunner
    theme: Theme
    speech: Any = None  # kiosk.devices.speech.Speech (or the Qt wrapper); None = silent
    printer: Any = None  # kiosk.devices.printer.Printer; None = printing unavailable
    camera: Any = None  # kiosk.devices.camera.Camera; None = no camera
    lang: str = "zh_CN"
    voice_on: bool = False
    extras: dict = field(default_factory=dict)
    signals: UiSignals = field(default_factory=UiSignals)

    @property
    def settings(self):
        return self.station.settings

    # --- preferences ------------------------------------------------------------------------
    @property
    def speech_available(self) -> bool:
        return self.speech is not None and bool(getattr(self.speech, "available", False))

    def set_language(self, lang: str) -> None:
        """Switch every screen to `lang` ('zh_CN' or 'en') through Qt's translators."""
        from kiosk.ui.i18n import install_language

        install_language(lang)
        self.lang = "zh_CN" if lang.lower().startswith("zh") else "en"
        self.signals.language_changed.emit(self.lang)

    def set_large_text(self, on: bool) -> None:
        """Bigger text everywhere (the theme's sizes times 1.3) and the style sheet to match."""
        if self.theme.large_text == on:
            return
        self.theme = dataclasses.replace(self.theme, large_text=on)
        apply_style(self.theme)
        self.signals.theme_changed.emit(self.theme)

    def set_voice(self, on: bool) -> None:
        if self.voice_on != on:
            self.voice_on = on
            if not on and self.speech is not None:
                self.speech.stop()
            self.signals.voice_changed.emit(on)

    # --- speaking ---------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """Speak `text` when voice is on (errors and outcomes); silence otherwise or without a speaker."""
        if self.voice_on:
            self.read_aloud(text)

    def read_aloud(self, text: str) -> bool:
        """Speak `text` now because the user asked; False when this station cannot speak."""
        if not self.speech_available or not text.strip():
            return False
        try:
            self.speech.say(text, self.lang)
        except Exception:  # noqa: BLE001 - a broken speaker is silence, never an error on screen
            return False
        return True

    def stop_speaking(self) -> None:
        if self.speech is not None:
            try:
                self.speech.stop()
            except Exception:  # noqa: BLE001
                pass


def apply_style(theme: Theme) -> None:
    """Give the whole application the theme's style sheet (fonts, colours, touch sizes)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.setStyleSheet(theme.style_sheet())
