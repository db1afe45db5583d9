"""Help requests: walk-up workers who pressed "call staff", oldest first, each with an answer button."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ops.staff import answer_staff_call
from kiosk.store.history import pending_staff_calls
from kiosk.ui.staff.common import arg, load, reading, submit
from kiosk.ui.staff.widgets import make_button, make_label, scrolling


class StaffCallsScreen(QWidget):
    """The waiting help requests; answering one takes it off every staff screen."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[str, QWidget] = {}
        self.empty = make_label(self.tr("Nobody is waiting for help."), "info")
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(ctx.theme.spacing)
        self.list_box.addWidget(self.empty)
        self.list_box.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(make_label(self.tr("Go to the worker at the screen, then tap “Answered”."), "muted"))
        box.addWidget(scrolling(self.list_box), 1)

    def refresh(self) -> None:
        load(self, self.ctx, reading(pending_staff_calls), self._show)

    def on_changed(self, changes) -> None:
        if "staff_call" in getattr(changes, "touched", ()):
            self.refresh()

    def _show(self, calls) -> None:
        calls = calls or []
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        self.empty.setVisible(not calls)
        now = self.ctx.station.clock()
        for i, call in enumerate(calls):
            minutes = max(0, int((now - call.created_at).total_seconds() // 60))
            who = f"{call.worker_name} ({call.worker_no})" if call.worker_name else self.tr("A worker (not signed in)")
            frame = QFrame()
            frame.setProperty("role", "card")
            line = QHBoxLayout(frame)
            line.addWidget(make_label(arg(self.tr("%1 · waiting since %2 (%3 min)"), who,
                                          f"{call.created_at:%H:%M}", minutes)), 1)
            line.addWidget(make_button(self.tr("Answered"), "primary", lambda c=call.id: self.answer(c),
                                       name=f"answer_{i}"))
            self.list_box.insertWidget(i, frame)
            self.rows[call.id] = frame

    def answer(self, call_id: str) -> None:
        submit(self, self.ctx, answer_staff_call, call_id, on_done=lambda _c: self.refresh(),
               on_failed=lambda _m: self.refresh())
