"""Speech: a Mandarin voice when the system has a speaker, silence (never an error) when it has none."""

from __future__ import annotations

import os
import time

import pytest
from tests.unit.device_fakes import fake_program, only_path, wait_for

from kiosk.devices.speech import (EspeakSpeech, RecordingSpeech, SilentSpeech, SpdSaySpeech,
                                  make_speech)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def bin_dir(tmp_path, monkeypatch):
    folder = tmp_path / "bin"
    only_path(monkeypatch, folder)
    return folder


def _speaker(bin_dir, name):
    """A fake speech program: logs its pid and arguments, then 'speaks' for a long time."""
    log = bin_dir / f"{name}.log"
    fake_program(bin_dir, name, f'echo "$$ $*" >> "{log}"\n[ "$1" = "-C" ] && exit 0\nexec /bin/sleep 30')
    return log


def _calls(log):
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_no_speaker_on_the_system_means_silence_not_an_error(bin_dir):
    speech = make_speech("auto")
    assert isinstance(speech, SilentSpeech) and not speech.available
    speech.say("欢迎")
    speech.stop()
    assert isinstance(make_speech("espeak"), SilentSpeech)
    assert isinstance(make_speech("silent"), SilentSpeech)


def test_espeak_speaks_mandarin_without_blocking_and_can_be_cut_off(bin_dir):
    log = _speaker(bin_dir, "espeak-ng")
    speech = make_speech("auto")
    assert isinstance(speech, EspeakSpeech) and speech.available and speech.name == "espeak"
    began = time.monotonic()
    speech.say("王建国，欢迎您")
    assert time.monotonic() - began < 2.0  # the program speaks for 30 s; say() does not wait for it
    wait_for(lambda: len(_calls(log)) == 1, what="espeak started")
    pid, args = _calls(log)[0].split(" ", 1)
    assert "-v cmn" in args and args.endswith("王建国，欢迎您")

    speech.say("Welcome", lang="en_US")  # a new text cuts off the one being spoken
    wait_for(lambda: len(_calls(log)) == 2, what="second text")
    assert not _alive(int(pid))
    second_pid, args = _calls(log)[1].split(" ", 1)
    assert "-v en" in args
    speech.stop()
    assert not _alive(int(second_pid))


def test_a_speaker_that_breaks_after_start_up_falls_silent(bin_dir):
    program = fake_program(bin_dir, "espeak-ng", "exit 0")
    speech = EspeakSpeech()
    assert speech.available
    program.unlink()
    speech.say("你好")  # no exception
    assert not speech.available


def test_spd_say_is_used_when_espeak_is_missing_and_stop_cancels(bin_dir):
    log = _speaker(bin_dir, "spd-say")
    speech = make_speech("espeak")  # asked for espeak, there is none: the next speaker that works
    assert isinstance(speech, SpdSaySpeech)
    speech.say("请到二号窗口")
    wait_for(lambda: len(_calls(log)) == 1, what="spd-say started")
    assert "-l zh" in _calls(log)[0]
    speech.stop()
    wait_for(lambda: any(line.endswith(" -C") for line in _calls(log)), what="cancel sent")


def test_recording_speech_remembers_what_the_screen_said():
    speech = RecordingSpeech()
    speech.say("请出示工作证")
    speech.say("Show your card", "en_US")
    speech.stop()
    assert speech.said == [("请出示工作证", "zh_CN"), ("Show your card", "en_US")]
    assert speech.stops == 1 and speech.spoken.is_set()
