"""Qt speech: a working engine is used with the worker's language; a broken or absent one is silence."""

from __future__ import annotations

import pytest

from kiosk.devices.speech import SilentSpeech
from kiosk.ui.speech_qt import QtSpeech, make_ui_speech


# What Qt says on a machine without PipeWire or speech-dispatcher: the very cases the fallback exists for.
EXPECTED = ("pipewire", "text-to-speech plug-in")


@pytest.fixture
def tts(qapp):
    """Qt's text-to-speech, with its expected complaints about missing audio/speech services let through."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if previous is not None and not any(e in message for e in EXPECTED):
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        pytest.importorskip("PySide6.QtTextToSpeech", exc_type=ImportError)  # loading it may complain already
        yield qapp
    finally:
        qInstallMessageHandler(previous)


def test_qt_engine_speaks_and_stops(tts, qtbot):
    from PySide6.QtTextToSpeech import QTextToSpeech

    speech = QtSpeech("mock")  # Qt's test engine: real Qt code path, nothing audible
    assert speech.available and speech.name == "qt:mock"
    speech.say("Please show your card", lang="en_US")
    qtbot.waitUntil(lambda: speech._tts.state() == QTextToSpeech.State.Speaking, timeout=5000)
    assert speech._tts.locale().name() == "en_US"
    speech.say("请出示工作证")  # no Chinese voice in this engine: still no error, default voice
    speech.stop()
    qtbot.waitUntil(lambda: speech._tts.state() == QTextToSpeech.State.Ready, timeout=5000)


def test_settings_choose_silence_or_a_working_speaker_never_an_error(tts, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no espeak-ng, no spd-say
    assert isinstance(make_ui_speech("silent"), SilentSpeech)
    speech = make_ui_speech("auto")  # the test engine is never picked by itself
    assert speech.name != "qt:mock"
    assert speech.available or isinstance(speech, SilentSpeech)
    speech.say("你好")
    assert isinstance(make_ui_speech("espeak"), SilentSpeech)
    assert QtSpeech("no-such-engine").available is False
