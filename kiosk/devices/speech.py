"""Reading screens aloud through a system speaker (espeak-ng, spd-say), or silence when there is none."""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


class Speech(Protocol):
    """Say a text without waiting for it to finish; a failure is silence, never an error."""

    name: str
    available: bool  # False: nothing will be heard (the UI may hide its "read aloud" button)

    def say(self, text: str, lang: str = "zh_CN") -> None: ...
    def stop(self) -> None: ...


class SilentSpeech:
    """No speaker: every call does nothing."""

    name = "silent"
    available = False

    def say(self, text: str, lang: str = "zh_CN") -> None:
        pass

    def stop(self) -> None:
        pass


class RecordingSpeech:
    """A fake speaker for tests: remembers what it was asked to say; `spoken` is set on each say."""

    name = "recording"
    available = True

    def __init__(self):
        self.said: list[tuple[str, str]] = []
        self.stops = 0
        self.spoken = threading.Event()

    def say(self, text: str, lang: str = "zh_CN") -> None:
        self.said.append((text, lang))
        self.spoken.set()

    def stop(self) -> None:
        self.stops += 1


class _ProcessSpeech:
    """Speaks by starting a program per text; a new text (or stop) cuts off the one being spoken."""

    name = "process"
    programs: tuple[str, ...] = ()

    def __init__(self, executable: str | Path | None = None):
        found = executable or next(filter(None, map(shutil.which, self.programs)), None)
        self.executable = str(found) if found else None
        self.available = self.executable is not None
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def _command(self, text: str, lang: str) -> list[str]:
        raise NotImplementedError

    def _run(self, argv: list[str]) -> subprocess.Popen | None:
        try:
            return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
        except OSError as exc:  # the program went away or cannot run: from now on, silence
            log.warning("speech program %s failed: %s", self.executable, exc)
            self.available = False
            return None

    def say(self, text: str, lang: str = "zh_CN") -> None:
        if not self.available or not text.strip():
            return
        with self._lock:
            self._stop_locked()
            self._proc = self._run(self._command(text, lang))

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                proc.kill()


class EspeakSpeech(_ProcessSpeech):
    """espeak-ng (or the older espeak): robotic but always there; Mandarin via the 'cmn' voice."""

    name = "espeak"
    programs = ("espeak-ng", "espeak")

    def __init__(self, executable: str | Path | None = None, rate_wpm: int = 150):
        super().__init__(executable)
        self.rate_wpm = rate_wpm  # a little slower than the default 175: many listeners are older

    def _voice(self, lang: str) -> str:
        if lang.lower().startswith("zh"):
            # espeak-ng names Mandarin 'cmn'; the old espeak only knows 'zh'
            return "cmn" if "espeak-ng" in Path(self.executable or "").name else "zh"
        return lang.split("_")[0].lower() or "en"

    def _command(self, text: str, lang: str) -> list[str]:
        return [self.executable, "-v", self._voice(lang), "-s", str(self.rate_wpm), "--", text]


class SpdSaySpeech(_ProcessSpeech):
    """speech-dispatcher's spd-say: uses whatever voices the system has configured."""

    name = "spd-say"
    programs = ("spd-say",)

    def _command(self, text: str, lang: str) -> list[str]:
        # default priority 'text': a new text replaces the one the dispatcher is still saying
        return [self.executable, "-l", lang.split("_")[0].lower() or "zh", "-r", "-20", "--", text]

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()
            if self.available:  # the dispatcher speaks on after its client exits: cancel, don't wait
                self._proc = self._run([self.executable, "-C"])


_ENGINES = {"espeak": (EspeakSpeech,), "spd-say": (SpdSaySpeech,), "spd": (SpdSaySpeech,),
            "auto": (EspeakSpeech, SpdSaySpeech), "qt": (EspeakSpeech, SpdSaySpeech)}


def chosen_silence(setting: str) -> bool:
    """The station was set to stay silent on purpose ('silent', 'off', 'none')."""
    return (setting or "").strip().lower() in ("silent", "off", "none")


def make_speech(setting: str = "auto") -> Speech:
    """The speaker a setting asks for ('auto', 'espeak', 'spd-say', 'silent'), else the next that works."""
    key = (setting or "auto").strip().lower()
    if chosen_silence(key):
        return SilentSpeech()
    # An unknown name still gets a voice: 'qt' here means "no Qt in this layer, the next best".
    for engine in _ENGINES.get(key, ()) + _ENGINES["auto"]:
        try:
            speech = engine()
        except Exception:  # noqa: BLE001 - speech must never stop the kiosk
            log.exception("speech engine %s failed to start", engine.__name__)
            continue
        if speech.available:
            return speech
    return SilentSpeech()
