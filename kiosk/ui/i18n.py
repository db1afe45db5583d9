"""Qt translations: every *_zh_CN.qm for Chinese, none for English (the source language); Msg texts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.domain.messages import Msg

log = logging.getLogger(__name__)

ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets"
TRANSLATIONS_DIR = ASSETS_DIR / "translations"
MESSAGES_CONTEXT = "messages"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []  # kept referenced: a collected translator silently stops working
_language = "en"


def is_chinese(lang: str) -> bool:
    return lang.lower().startswith("zh")


def install_language(lang: str, directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Switch the application's language; returns the .qm files now in use (none for English).

    Installing or removing a translator makes Qt send LanguageChange to every widget, which is
    how the screens know to say everything again in the new language.
    """
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    used: list[Path] = []
    if is_chinese(lang):
        for qm in sorted(directory.glob("*_zh_CN.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
                used.append(qm)
            else:
                log.warning("could not load translation %s", qm)
        QLocale.setDefault(QLocale("zh_CN"))
    else:
        QLocale.setDefault(QLocale("en_GB"))
    _language = "zh_CN" if is_chinese(lang) else "en"
    return used


def unreadable_translations(domains: tuple[str, ...], directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """The <domain>_zh_CN.qm files that are missing or that Qt cannot load (for kiosk doctor)."""
    files = [directory / f"{domain}_zh_CN.qm" for domain in domains]
    return [p.name for p in files if not QTranslator().load(str(p))]


def current_language() -> str:
    return _language


def tr_msg(message: Msg) -> str:
    """A domain message in the current language, through the "messages" translation context."""
    template = QCoreApplication.translate(MESSAGES_CONTEXT, message.en_template, message.code)
    if template == message.en_template and is_chinese(_language):
        template = message.zh_template  # messages_zh_CN.qm not built (or older): the catalogue has it
    try:
        return template.format(**message.params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: say it in English
        log.warning("bad translation for message %s", message.code)
        return message.en
