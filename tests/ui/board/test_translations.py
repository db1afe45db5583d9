"""The board speaks Chinese: every phrase is translated, the catalogue is current, and no English leaks."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.ui.board.source import load_snapshot
from kiosk.ui.i18n import TRANSLATIONS_DIR as TRANSLATIONS

from tests.ui.board.conftest import HD

TS = TRANSLATIONS / "board_zh_CN.ts"
QM = TRANSLATIONS / "board_zh_CN.qm"
BOARD_SOURCES = sorted((Path(__file__).resolve().parents[3] / "kiosk" / "ui" / "board").glob("*.py"))


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "", translation.get("type"))
    return out


def test_every_phrase_has_a_finished_chinese_translation_with_the_same_placeholders():
    found = messages(TS)
    assert len(found) > 20
    for (context, source), (text, state) in found.items():
        assert text and state is None, f"{context}: {source!r} is not translated"
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", text)), source


def test_the_catalogue_holds_every_phrase_in_the_code_and_the_qm_is_built_from_it(tmp_path):
    fresh = tmp_path / "board_zh_CN.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, BOARD_SOURCES), "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    assert messages(fresh).keys() == messages(TS).keys(), "run pyside6-lupdate (see docs/board.md)"
    translator = QTranslator()
    assert translator.load(str(QM))
    for (context, source), (text, _) in messages(TS).items():
        assert translator.translate(context, source) == text, f"rebuild the .qm: {source!r}"


def test_a_chinese_board_shows_no_english(make_board, stations):
    station = stations(500, online=False)
    view = make_board(station, HD, live=False)
    with station.read() as session:
        view.apply_snapshot(load_snapshot(session, station.clock(), [], "2026-03-16T05:05:00"))
    texts = [i.text for c in view.card_layouts() for i in c.items] + [i.text for i in view.header_items()]
    texts += [i.text for i in view.footer_items() + view.empty_items()]
    assert [t for t in texts if re.search(r"[A-Za-z]", t)] == []
