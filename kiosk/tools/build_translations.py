"""Writes messages_zh_CN.ts from the message catalogue and compiles every assets/translations/*.ts to .qm."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "assets" / "translations"
MESSAGES_TS = "messages_zh_CN.ts"
# Every package whose modules define() user-facing messages (Qt-free layers only).
MESSAGE_PACKAGES = ("kiosk.domain", "kiosk.ops", "kiosk.store", "kiosk.cards", "kiosk.sync", "kiosk.devices",
                    "kiosk.demo", "kiosk.imports", "kiosk.reports", "kiosk.central", "kiosk.cli")
# Qt-free UI modules that define messages of their own.
MESSAGE_MODULES = ("kiosk.ui.walkup.data",)  # plus every top-level module (kiosk.backup, kiosk.logs, ...)

log = logging.getLogger("build_translations")


def import_message_modules(packages=MESSAGE_PACKAGES) -> list[str]:
    """Import every module of the packages so that each define() has run; returns the ones that failed."""
    failed = []
    for name in packages:
        try:
            package = importlib.import_module(name)
        except ModuleNotFoundError:
            continue  # a layer not built yet
        for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
            if ".migrations" in info.name:
                continue
            try:
                importlib.import_module(info.name)
            except Exception as exc:  # noqa: BLE001 - report and carry on; one broken module must not stop the rest
                failed.append(f"{info.name}: {exc}")
    top_level = [f"kiosk.{m.name}" for m in pkgutil.iter_modules(importlib.import_module("kiosk").__path__)
                 if not m.ispkg and m.name != "__main__"]
    for name in (*MESSAGE_MODULES, *top_level):
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001
            failed.append(f"{name}: {exc}")
    return failed


def messages_ts(catalogue: dict[str, tuple[str, str]]) -> str:
    """A Qt Linguist file: context "messages", source = English template, disambiguation = the code."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="zh_CN">',
             "<context>", "    <name>messages</name>"]
    for code in sorted(catalogue):
        en, zh = catalogue[code]
        lines += ["    <message>",
                  f"        <source>{escape(en)}</source>",
                  f"        <comment>{escape(code)}</comment>",
                  f"        <translation>{escape(zh)}</translation>",
                  "    </message>"]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def lrelease_path() -> str:
    """pyside6-lrelease next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def compile_all(directory: Path = TRANSLATIONS) -> list[Path]:
    """Compile each .ts in the folder to a .qm beside it."""
    tool = lrelease_path()
    out = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def walkup_sources() -> list[Path]:
    """The Python files whose tr() strings belong in walkup_zh_CN.ts (the kiosk's own screens)."""
    ui = ROOT / "kiosk" / "ui"
    return sorted([*ui.glob("*.py"), *(ui / "walkup").rglob("*.py"), *(ui / "widgets").rglob("*.py")])


def update_walkup(directory: Path = TRANSLATIONS) -> Path:
    """Re-extract the walk-up strings with pyside6-lupdate (translations already made are kept)."""
    tool = lrelease_path().replace("lrelease", "lupdate")
    target = directory / "walkup_zh_CN.ts"
    subprocess.run([tool, "-silent", "-no-obsolete", "-target-language", "zh_CN",
                    *map(str, walkup_sources()), "-ts", str(target)], check=True)
    return target


def build(directory: Path = TRANSLATIONS) -> list[Path]:
    from kiosk.domain.messages import catalogue

    for problem in import_message_modules():
        log.warning("could not import %s", problem)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / MESSAGES_TS
    text = messages_ts(catalogue())
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return compile_all(directory)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=TRANSLATIONS, help="translations folder")
    parser.add_argument("--lupdate", action="store_true", help="first re-extract walkup_zh_CN.ts from the sources")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    if args.lupdate:
        print(update_walkup(args.dir))
    for qm in build(args.dir):
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
