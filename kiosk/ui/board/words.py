"""The board's phrases: English sources for Qt's translator, shown in Chinese with English underneath on request."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CTX = "Board"

# Declared here (not inline) because bilingual mode shows the translation AND the English source.
TITLE = QT_TRANSLATE_NOOP("Board", "Today's urgent orders")
UPDATED = QT_TRANSLATE_NOOP("Board", "Updated {time}")
OFFLINE_SINCE = QT_TRANSLATE_NOOP("Board", "Offline · last sync {time}")
OFFLINE_NEVER = QT_TRANSLATE_NOOP("Board", "Offline · never synced")
DATE = QT_TRANSLATE_NOOP("Board", "{month}/{day} {weekday}")
URGENT = QT_TRANSLATE_NOOP("Board", "Urgent")
VERIFIED = QT_TRANSLATE_NOOP("Board", "Verified")
HEADCOUNT = QT_TRANSLATE_NOOP("Board", "{n} wanted · {left} still needed")
STATE_FULL = QT_TRANSLATE_NOOP("Board", "Full")
STATE_CLOSED = QT_TRANSLATE_NOOP("Board", "Closed")
STATE_ALMOST_FULL = QT_TRANSLATE_NOOP("Board", "Almost full")
STATE_NEW = QT_TRANSLATE_NOOP("Board", "Just posted")
STARTS_TODAY = QT_TRANSLATE_NOOP("Board", "Starts today {time}")
STARTS_TOMORROW = QT_TRANSLATE_NOOP("Board", "Starts tomorrow {time}")
STARTS_WEEKDAY = QT_TRANSLATE_NOOP("Board", "Starts {weekday} {time}")
STARTS_ON = QT_TRANSLATE_NOOP("Board", "Starts {month}/{day} {time}")
STARTED = QT_TRANSLATE_NOOP("Board", "Working now, until {time}")
DISTANCE = QT_TRANSLATE_NOOP("Board", "{km} km")
SCAN_HINT = QT_TRANSLATE_NOOP("Board", "Scan a QR code to see the job · No phone? Sign up at the kiosk")
PAGE = QT_TRANSLATE_NOOP("Board", "Page {page}/{pages}")
COUNT = QT_TRANSLATE_NOOP("Board", "{n} orders")
EMPTY_TITLE = QT_TRANSLATE_NOOP("Board", "No urgent orders right now")
EMPTY_BODY = QT_TRANSLATE_NOOP("Board", "New orders appear here as soon as they are posted")
EMPTY_HOURS = QT_TRANSLATE_NOOP("Board", "Open {hours}")
EMPTY_PHONE = QT_TRANSLATE_NOOP("Board", "Phone {phone}")
EMPTY_SIGN_UP = QT_TRANSLATE_NOOP("Board", "Register at the station kiosk and we will call you when work fits you")
NOTICE = QT_TRANSLATE_NOOP("Board", "Notice")


@dataclass(frozen=True)
class Phrase:
    """What to show: the text in the board's language, and the English under it (bilingual mode) or ''."""

    main: str
    english: str = ""


@dataclass(frozen=True)
class Words:
    """Turns phrase sources into Phrases for the board's language and bilingual setting."""

    bilingual: bool = False
    chinese: bool = True  # data labels (trades, pay units) come in both languages from kiosk.domain

    def say(self, source: str, **params) -> Phrase:
        main = QCoreApplication.translate(CTX, source).format(**params)
        english = source.format(**params)
        return Phrase(main, english if self.bilingual and english != main else "")

    def data(self, zh: str, en: str) -> Phrase:
        """A label that kiosk.domain already holds in both languages."""
        if not self.chinese:
            return Phrase(en)
        return Phrase(zh, en if self.bilingual and en != zh else "")
