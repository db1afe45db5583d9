"""Tells a keyboard-wedge QR scanner's fast burst of keys from a person typing.

A wedge scanner is a USB keyboard as far as the computer knows: it "types" the QR text a few
milliseconds per key and ends with Enter. Two things follow for the screen that listens:

* An active Chinese input method (fcitx, ibus, Sogou...) swallows those keys into its pinyin
  composition window, and the kiosk never sees them. The scan screen must switch the input
  method off for itself (in Qt: clear Qt.WA_InputMethodEnabled on the widget that has focus, or
  keep focus on a widget that does not accept input-method events).
* Card texts are base32 (A–Z and 2–7) behind a "GK1" prefix: letters and digits that every Latin
  keyboard layout the scanner may be set to can produce, with no punctuation that moves between
  layouts. Case does not matter (Caps Lock is common): the card parser upper-cases.

Well-known scanner apps ignore the same code from a hand scanner for ~2.5 s: pair this detector
with scan_loop.RepeatFilter(WEDGE_REPEAT_WINDOW_S).
"""

from __future__ import annotations

ENTER = ("\r", "\n")
WEDGE_REPEAT_WINDOW_S = 2.5


class WedgeDetector:
    """Feed it every key the scan screen receives; it returns the code when a scanner burst ends."""

    def __init__(self, min_length: int = 20, max_gap_ms: float = 35.0):
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self._chars: list[str] = []
        self._last_ms: float | None = None

    @property
    def pending(self) -> int:
        """How many keys of a possible burst are held (a screen may hide them from text fields)."""
        return len(self._chars)

    def reset(self) -> None:
        self._chars.clear()
        self._last_ms = None

    def feed(self, char: str, t_ms: float) -> str | None:
        """One key at time t_ms (any monotonic milliseconds); the completed code, or None."""
        fast = self._last_ms is not None and t_ms - self._last_ms <= self.max_gap_ms
        if char in ENTER:
            code = "".join(self._chars) if fast and len(self._chars) >= self.min_length else None
            self.reset()  # Enter always ends a burst; "\r\n" gives one code, the "\n" finds nothing
            return code
        if len(char) != 1 or not char.isprintable():
            self.reset()  # arrows, Tab, Backspace...: a person at the keyboard
            return None
        if not fast:
            self._chars.clear()  # a pause: what came before was typed by hand (or was noise)
        self._chars.append(char)
        self._last_ms = t_ms
        return None
