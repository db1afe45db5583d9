"""What `kiosk import` and `kiosk-central job import` print, alike: every problem, then the counts; or JSON."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.domain.messages import UserError
from kiosk.imports.report import ImportReport


def print_import(run: Callable[[Path], ImportReport], kind: str, file: str, as_json: bool,
                 print_json: Callable[[object], None]) -> int:
    """Run the import and print its outcome: 0 once the file was read (refused rows are in the report), 1 when the
    file itself could not be (with --json the error is printed here, else raised for the command to print)."""
    try:
        report = run(Path(file))
    except UserError as exc:
        if not as_json:
            raise
        print_json({"kind": kind, "file": file, "error": {"code": exc.msg.code, "zh": exc.msg.zh, "en": exc.msg.en}})
        return 1
    if as_json:
        print_json(report.as_dict())
        return 0
    for line in report.note_lines():  # profiles on file the rows would change: kept (or updated with --update)
        print(line)
    for line in report.problem_lines():  # every problem of every refused row, then what became of the rest
        print(line, file=sys.stderr)
    updated = f"已更新 updated {report.count('updated')} · " if report.count("updated") else ""
    print(f"导入 imported {report.count('imported')} · {updated}已存在 existing {report.count('existing')} · "
          f"未导入 refused {report.count('refused')}")
    return 0
