"""Report a problem with a job: four big picture buttons, no typing; the report is queued for the market office."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.labels import Text

KINDS = ("fake_job", "pay_wrong", "unsafe", "other")  # codes of kiosk.domain.categories.PROBLEM_KINDS
ICONS = {"fake_job": "fake", "pay_wrong": "money", "unsafe": "unsafe", "other": "more"}


class ReportScreen(Screen):
    """What is wrong with this job? One tap sends it."""

    def __init__(self, flow, job, parent=None):
        super().__init__(flow, parent)
        self.job = job
        t = self.ctx.theme
        self.question = Text(role="primary")
        self.body_layout.addWidget(self.question)
        grid = QGridLayout()
        grid.setSpacing(t.mm(6))
        self.buttons: dict[str, BigButton] = {}
        for i, kind in enumerate(KINDS):
            button = BigButton(icon=ICONS[kind], kind="danger" if kind != "other" else "secondary", theme=t,
                               vertical=True)
            button.set_min(40)
            button.clicked.connect(lambda _=False, k=kind: self.flow.send_report(self.job, k))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[kind] = button
        self.body_layout.addLayout(grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Report a problem"))
        self.question.setText(self.tr("What is wrong with \"{job}\"? Tap one.").format(job=self.job.title))
        words = {
            "fake_job": self.tr("Fake job: the work does not exist"),
            "pay_wrong": self.tr("Pay is not as promised"),
            "unsafe": self.tr("The work is unsafe"),
            "other": self.tr("Something else"),
        }
        for kind, button in self.buttons.items():
            button.set_text(words[kind])

    def spoken_text(self) -> str:
        return " ".join([self.title.text(), self.question.text()] +
                        [b.label_text() + "." for b in self.buttons.values()])
