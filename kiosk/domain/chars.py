"""Character classes and width folding shared by the validators (Han, Latin, emoji, control, digits)."""

from __future__ import annotations

import re
import unicodedata

# Full-width ASCII (！..～) maps to ASCII by a fixed offset; the ideographic space becomes a space.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20

# Dashes people type or paste between digit groups.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"
NUMBER_SEPARATOR = "[\\s" + re.escape(_DASHES) + "]"  # one separator (a regex class; the logs scrub by it)
_NUMBER_SEPARATORS = re.compile(NUMBER_SEPARATOR + "+")

# Zero-width characters that copy-paste leaves behind; they are dropped silently.
INVISIBLE_JUNK = "\u200b\u200c\u2060\ufeff"

# Han blocks: URO, ext A, compatibility, ext B..H; 〇 appears in real names.
_HAN_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0xF900, 0xFAFF),
    (0x20000, 0x323AF),
    (0x2F800, 0x2FA1F),
)

# Unicode has no Emoji property in unicodedata; these blocks hold the pictographs people actually send.
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x2300, 0x23FF),
    (0x2B00, 0x2BFF),
    (0xFE00, 0xFE0F),  # variation selectors (emoji presentation)
    (0xE0020, 0xE007F),  # tag characters (flag sequences)
)
_EMOJI_SINGLES = {0x200D, 0x20E3, 0x3030, 0x303D, 0x3297, 0x3299, 0x00A9, 0x00AE, 0x2122}


def fold_width(s: str) -> str:
    """Turn full-width digits, letters and punctuation (１２Ａ－) into their ASCII forms."""
    return s.translate(_WIDTH_TABLE)


def drop_invisible(s: str) -> str:
    """Remove zero-width spaces and byte-order marks that pasted text carries."""
    return s.translate({ord(c): None for c in INVISIBLE_JUNK})


def strip_number_separators(s: str) -> str:
    """Remove the spaces and dashes people put between groups of digits."""
    return _NUMBER_SEPARATORS.sub("", s)


def is_excel_scientific(s: str) -> bool:
    """True for a number as Excel shows a long one in a General column: 4.10102E+17, 1.38001E+10 (digits lost)."""
    return re.fullmatch(r"\d(\.\d+)?[Ee]\+?\d{1,2}", s) is not None


def is_han(ch: str) -> bool:
    """True for a Chinese character (any CJK ideograph block) or 〇."""
    cp = ord(ch)
    return cp == 0x3007 or any(lo <= cp <= hi for lo, hi in _HAN_RANGES)


def is_latin_letter(ch: str) -> bool:
    """True for a Latin-script letter, accented ones included (é, ü, ñ)."""
    if not ch.isalpha():
        return False
    return unicodedata.name(ch, "").startswith("LATIN ")


def is_emoji(ch: str) -> bool:
    """True for emoji, their joiners and modifiers (approximate, by block)."""
    cp = ord(ch)
    if cp in _EMOJI_SINGLES:
        return True
    if any(lo <= cp <= hi for lo, hi in _EMOJI_RANGES):
        return True
    return unicodedata.category(ch) == "Sk" and 0x1F3FB <= cp <= 0x1F3FF


def is_control(ch: str) -> bool:
    """True for characters that do not show: control codes, bidi overrides, surrogates, private use."""
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs", "Co"):
        return True
    return cat == "Cf" and not is_emoji(ch)


def is_digit_like(ch: str) -> bool:
    """True for any kind of digit or numeral (1, １, ①, Ⅱ, ٣)."""
    return unicodedata.category(ch) in ("Nd", "No", "Nl")
