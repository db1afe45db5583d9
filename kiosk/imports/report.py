"""What an import did, row by row: imported, already there, or refused with every problem the row has."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.messages import Msg, define, msg
from kiosk.imports.cells import Problem

M_POLICY = define(
    "import.policy",
    "A row with a problem was not imported at all; every other row was. Fix the rows listed above and import "
    "the same file again: rows already imported are recognised, not doubled.",
    "有问题的行整行没有导入，其余各行都已导入。请改好上面列出的行，再导入同一个文件：已导入的行会被认出来，不会重复。",
)


@dataclass
class RowResult:
    line: int
    status: str  # imported | existing | refused
    ref: str | None = None  # worker number or job id
    problems: list[Problem] = field(default_factory=list)
    ref_kind: str = "worker"

    @property
    def reason(self) -> Msg | None:
        """The row's first problem."""
        return self.problems[0].msg if self.problems else None

    def as_dict(self) -> dict:
        data = {"line": self.line, "status": self.status}
        if self.ref:
            data["worker_no" if self.ref_kind == "worker" else "job_id"] = self.ref
        if self.problems:
            problems = [{"column": p.column, "code": p.msg.code, "zh": p.shown.zh, "en": p.shown.en}
                        for p in self.problems]
            data["reason"] = {k: problems[0][k] for k in ("code", "zh", "en")}
            data["problems"] = problems
        return data


@dataclass
class ImportReport:
    kind: str
    file: str
    rows: list[RowResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "file": self.file, "imported": self.count("imported"),
                "existing": self.count("existing"), "refused": self.count("refused"),
                "rows": [r.as_dict() for r in self.rows]}

    def problem_lines(self) -> list[str]:
        """One line a problem (a row can have several), then what became of the other rows."""
        lines = [f"第 {row.line} 行 / line {row.line}: {p.shown.zh} / {p.shown.en}"
                 for row in self.rows for p in row.problems]
        if lines:
            lines.append(str(msg(M_POLICY)))
        return lines
