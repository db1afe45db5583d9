"""The shape the design brief asks for: Qt only in kiosk/ui, a docstring per module, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
MAX_LINES = 500


def _modules():
    return sorted(p for p in KIOSK.rglob("*.py") if "migrations/versions" not in str(p))


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_qt_is_imported_only_in_the_ui_layer():
    leaks = [str(p.relative_to(KIOSK)) for p in _modules()
             if "PySide6" in _imports(p) and not str(p.relative_to(KIOSK)).startswith("ui/")]
    assert leaks == []


def test_central_server_and_domain_do_not_depend_on_the_station_ui_or_devices():
    for layer in ("domain", "central"):
        for path in (KIOSK / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "kiosk.ui" not in text and "kiosk.devices" not in text, path


def test_every_module_has_a_docstring_and_stays_small():
    missing = [str(p.relative_to(KIOSK)) for p in _modules()
               if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None]
    assert missing == []
    too_long = [(str(p.relative_to(KIOSK)), n) for p in _modules()
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert too_long == []
