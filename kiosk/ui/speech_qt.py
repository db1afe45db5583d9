"""Speech through Qt's QTextToSpeech when an engine works here, else the system speaker, else silence."""

from __future__ import annotations

import logging

from kiosk.devices.speech import SilentSpeech, Speech, chosen_silence, make_speech

log = logging.getLogger(__name__)

TEST_ENGINES = ("mock",)  # Qt's test engine says nothing aloud: only used when asked for by name


class QtSpeech:
    """QTextToSpeech behind the Speech interface; lives on the UI thread like any QObject."""

    name = "qt"

    def __init__(self, engine: str | None = None, parent=None):
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._state_error = QTextToSpeech.State.Error
        engines = [e for e in QTextToSpeech.availableEngines() if engine or e not in TEST_ENGINES]
        chosen = engine if engine in engines else (engines[0] if engines and engine is None else None)
        self.engine = chosen
        self._tts = QTextToSpeech(chosen, parent) if chosen else None
        self.name = f"qt:{chosen}" if chosen else "qt"
        self._lang: str | None = None

    @property
    def available(self) -> bool:
        return self._tts is not None and self._tts.state() != self._state_error

    def _use_language(self, lang: str) -> None:
        """Pick a locale (and a voice) for `lang`, e.g. zh_CN; keep the engine's default if it has none."""
        if lang == self._lang:
            return
        from PySide6.QtCore import QLocale

        wanted = QLocale(lang)
        locales = self._tts.availableLocales()
        same = [loc for loc in locales if loc.name() == wanted.name()] or [
            loc for loc in locales if loc.language() == wanted.language()]
        if same:
            self._tts.setLocale(same[0])
            voices = [v for v in self._tts.availableVoices() if v.locale().language() == wanted.language()]
            if voices:
                self._tts.setVoice(voices[0])
        else:
            log.info("speech engine %s has no voice for %s", self.engine, lang)
        self._lang = lang

    def say(self, text: str, lang: str = "zh_CN") -> None:
        if not self.available or not text.strip():
            return
        try:
            self._use_language(lang)
            self._tts.say(text)
        except Exception:  # noqa: BLE001 - speech failure is silence, never an error dialog
            log.exception("Qt speech failed")

    def stop(self) -> None:
        if self._tts is not None:
            try:
                self._tts.stop()
            except Exception:  # noqa: BLE001
                log.exception("Qt speech stop failed")


def make_ui_speech(setting: str = "auto", parent=None) -> Speech:
    """QtSpeech when the setting allows it and an engine works here; else make_speech(setting)."""
    key = (setting or "auto").strip().lower()
    if chosen_silence(key):
        return SilentSpeech()
    if key in ("auto", "qt") or key.startswith("qt:"):
        try:
            speech = QtSpeech(key[3:] if key.startswith("qt:") else None, parent)
            if speech.available:
                return speech
        except Exception:  # noqa: BLE001 - no Qt TTS module or its libraries (e.g. libpulse) missing
            log.info("Qt text-to-speech unavailable", exc_info=True)
    return make_speech(setting)
