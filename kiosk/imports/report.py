"""What an import did, row by row: imported, already there (kept as it is, or updated), or refused with every
problem the row has."""

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
M_KEPT = define(
    "import.kept",
    "{worker_no} is already on file; the existing profile was kept unchanged. In the file, column(s) {columns_en} "
    "differ from it. To change them: staff mode, 工友档案 (Workers) → 修改资料 (Edit), or import the file again "
    "with --update (this station's own workers only).",
    "已有这位工友的档案（编号 {worker_no}），原档案保留未改。文件里这些列与档案不同：{columns_zh}。要改，请在工作人员"
    "模式“工友档案 → 修改资料”里改，或加 --update 重新导入（只改本站登记的工友）。",
)
M_KEPT_VISITOR = define(
    "import.kept_visitor",
    "{worker_no} was registered at another station; their profile was kept unchanged (an import never changes it, "
    "--update neither). In the file, column(s) {columns_en} differ from it. To change them: staff mode, "
    "工友档案 (Workers) → 修改资料 (Edit).",
    "编号 {worker_no} 是在其他驿站登记的工友，原档案保留未改（导入不会改它，加 --update 也不会）。文件里这些列与档案"
    "不同：{columns_zh}。要改，请在工作人员模式“工友档案 → 修改资料”里改。",
)
M_UPDATED = define(
    "import.updated",
    "{worker_no} was already on file; the profile took the file's column(s) {columns_en}.",
    "已有这位工友的档案（编号 {worker_no}），已按文件更新这些列：{columns_zh}。",
)


@dataclass
class RowResult:
    line: int
    status: str  # imported | existing | updated | refused
    ref: str | None = None  # worker number or job id
    problems: list[Problem] = field(default_factory=list)
    ref_kind: str = "worker"
    differs: tuple[str, ...] = ()  # existing or updated: the file's columns that differ(ed) from the profile
    visitor: bool = False  # existing: registered at another station

    @property
    def note(self) -> Msg | None:
        """What became of a profile already on file whose row says something else."""
        if not self.differs or self.status not in ("existing", "updated"):
            return None
        code = M_UPDATED if self.status == "updated" else M_KEPT_VISITOR if self.visitor else M_KEPT
        return msg(code, worker_no=self.ref, columns_zh="、".join(self.differs), columns_en=", ".join(self.differs))

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
        if self.note:
            data["differs"] = list(self.differs)
            data["note"] = {"code": self.note.code, "zh": self.note.zh, "en": self.note.en}
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
                "existing": self.count("existing"), "updated": self.count("updated"), "refused": self.count("refused"),
                "rows": [r.as_dict() for r in self.rows]}

    def problem_lines(self) -> list[str]:
        """One line a problem (a row can have several), then what became of the other rows."""
        lines = [f"第 {row.line} 行 / line {row.line}: {p.shown.zh} / {p.shown.en}"
                 for row in self.rows for p in row.problems]
        if lines:
            lines.append(str(msg(M_POLICY)))
        return lines

    def note_lines(self) -> list[str]:
        """One line a row whose worker was on file and whose cells differ from (or updated) the profile."""
        return [f"第 {row.line} 行 / line {row.line}: {row.note.zh} / {row.note.en}" for row in self.rows if row.note]
