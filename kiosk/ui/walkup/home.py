"""The start screen: the camera, one instruction, and at most six big choices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from kiosk.ui.i18n import tr_msg
from kiosk.ui.walkup.screen import Screen
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.camera_view import CameraView
from kiosk.ui.widgets.icons import IconLabel
from kiosk.ui.widgets.labels import Text


class HomeScreen(Screen):
    """Show your card to the camera; or browse jobs, call staff, change language or text size."""

    has_back = False
    has_finish = False
    transient = False
    staff_requested = Signal()

    def __init__(self, flow, parent: QWidget | None = None):
        super().__init__(flow, parent)
        t = self.ctx.theme
        left, right = self.columns(3, 2, spacing_mm=3)
        self.instruction = Text(role="title")
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.instruction)
        self.camera_stack = QStackedLayout()
        self.camera_view = CameraView(self.ctx.camera)
        self.camera_view.status_changed.connect(self._camera_status)
        self.camera_stack.addWidget(self.camera_view)
        self.camera_missing = self._missing_panel()
        self.camera_stack.addWidget(self.camera_missing)
        left.addLayout(self.camera_stack, 1)
        self.notice = Text(role="notice")
        self.notice.hide()
        left.addWidget(self.notice)
        right.setSpacing(t.mm(5))
        self.browse_button = BigButton(icon="jobs", theme=t)
        self.browse_button.clicked.connect(flow.browse_jobs)
        self.call_button = BigButton(icon="bell", theme=t)
        self.call_button.clicked.connect(flow.call_staff)
        self.language_button = BigButton(icon="language", kind="secondary", theme=t)
        self.language_button.clicked.connect(flow.toggle_language)
        self.text_size_button = BigButton(icon="text_size", kind="secondary", theme=t)
        self.text_size_button.clicked.connect(flow.toggle_large_text)
        for button in (self.browse_button, self.call_button, self.language_button, self.text_size_button):
            button.set_min(26)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Expanding)
            right.addWidget(button, 1)
        right.addSpacing(t.mm(4))
        self.staff_button = BigButton(icon="staff", kind="discreet", theme=t)
        self.staff_button.clicked.connect(self.staff_requested)
        right.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignRight)
        self._camera_status(self.camera_view.status)
        self.retranslate()

    def _missing_panel(self) -> QFrame:
        panel = QFrame()
        panel.setProperty("role", "card")
        box = QVBoxLayout(panel)
        box.setContentsMargins(self.ctx.theme.mm(8), self.ctx.theme.mm(8), self.ctx.theme.mm(8), self.ctx.theme.mm(8))
        box.addStretch(1)
        box.addWidget(IconLabel("camera_off", self.ctx.theme.icon_px * 2), 0, Qt.AlignmentFlag.AlignCenter)
        self.camera_problem = Text(role="primary")
        self.camera_problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_advice = Text()
        self.camera_advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.camera_problem)
        box.addWidget(self.camera_advice)
        box.addStretch(1)
        return panel

    def set_camera(self, camera) -> None:
        """The camera arrived (it is opened after the first paint) or changed."""
        self.ctx.camera = camera
        self.ctx.extras.pop("camera_pending", None)
        self.camera_view.camera = camera
        self._camera_status(getattr(camera, "status", "missing"))

    def _camera_status(self, status: str) -> None:
        pending = self.ctx.camera is None and self.ctx.extras.get("camera_pending")
        working = pending or (self.ctx.camera is not None and status != "missing")
        self.camera_stack.setCurrentWidget(self.camera_view if working else self.camera_missing)
        self.retranslate()

    @property
    def camera_working(self) -> bool:
        return self.camera_stack.currentWidget() is self.camera_view

    def show_notice(self, text: str) -> None:
        """A plain message on the start screen (staff are coming, something went wrong...)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.ctx.settings.station.name or self.tr("Gig station"))
        self.instruction.setText(self.tr("Show your worker card QR code to the camera"))
        self.browse_button.set_text(self.tr("See today's jobs"))
        self.call_button.set_text(self.tr("Call staff for help"))
        # The other language, named in its own words, so someone who cannot read this one finds it.
        self.language_button.set_text("English" if self.ctx.lang.startswith("zh") else "中文")
        self.text_size_button.set_text(self.tr("Normal text") if self.ctx.theme.large_text else self.tr("Larger text"))
        self.staff_button.set_text(self.tr("Staff"))
        camera = self.ctx.camera
        problem = getattr(camera, "status_msg", None) if camera is not None else None
        self.camera_problem.setText(tr_msg(problem) if problem is not None and camera.status == "missing"
                                    else self.tr("The camera is not working."))
        self.camera_advice.setText(self.tr("You can still see today's jobs, or call staff for help."))

    def spoken_text(self) -> str:
        parts = [self.instruction.text() if self.camera_working else self.camera_problem.text()]
        if not self.camera_working:
            parts.append(self.camera_advice.text())
        if self.notice.isVisible():
            parts.append(self.notice.text())
        parts.append(self.tr("Or press a button: {a}; {b}.").format(
            a=self.browse_button.label_text(), b=self.call_button.label_text()))
        return " ".join(parts)
