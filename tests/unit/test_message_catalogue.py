"""Every message the core can show the user has Chinese and English, and the shipped translations hold it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kiosk.domain.messages import catalogue
from kiosk.tools.build_translations import MESSAGES_TS, TRANSLATIONS, import_message_modules


def test_every_message_is_bilingual_with_matching_placeholders():
    assert import_message_modules() == []
    for code, (en, zh) in catalogue().items():
        assert en.strip() and zh.strip(), code
        assert re.search(r"[\u4e00-\u9fff]", zh), f"{code}: the Chinese text has no Chinese"
        # the same facts in both languages (a value may come in a language-specific form: unit_zh / unit_en)
        facts = lambda text: {re.sub(r"_(zh|en)$", "", p) for p in re.findall(r"{(\w+)", text)}  # noqa: E731
        assert facts(en) == facts(zh), code


def test_shipped_translation_file_is_current():
    import_message_modules()
    shipped = {m.findtext("comment"): (m.findtext("source"), m.findtext("translation"))
               for m in ET.parse(TRANSLATIONS / MESSAGES_TS).getroot().iter("message")}
    missing = {code for code in catalogue() if shipped.get(code) != catalogue()[code]}
    assert missing == set(), "run: python -m kiosk.tools.build_translations"
