"""The staff area the main window shows behind its staff button: PIN first, then staff mode; leaves when idle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.card_format import MSG_WORKER_NOT_KNOWN
from kiosk.domain.messages import msg
from kiosk.ops.cards import identify
from kiosk.ui.staff.common import load, msg_text
from kiosk.ui.staff.home import StaffHome
from kiosk.ui.staff.pin_screen import PinScreen
from kiosk.ui.staff.style import staff_style

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.Wheel, QEvent.Type.InputMethod,
}


class StaffArea(QWidget):
    """Staff mode as one widget. `exit_requested` when staff leave (the button, or idle for
    settings.ui.staff_idle_seconds); a staff session is forgotten on leaving."""

    exit_requested = Signal()
    signed_in = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("staff")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(staff_style(ctx.theme))
        self.home: StaffHome | None = None
        self.pin = PinScreen(ctx)
        self.pin.logged_in.connect(self.sign_in)
        self.pin.leave.connect(self.leave)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pin)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        self._watching = False
        signals = getattr(ctx, "signals", None)
        if signals is not None:
            signals.theme_changed.connect(self._restyle)

    def _restyle(self, theme) -> None:
        """Large text switched on or off: the staff screens follow."""
        self.setStyleSheet(staff_style(theme))

    # --- session -------------------------------------------------------------------------------
    @property
    def staff_name(self) -> str:
        return self.home.staff_name if self.home is not None else ""

    def sign_in(self, name: str, first: str = "register") -> None:
        """Open staff mode for `name` on the `first` task (registering a walk-in unless told otherwise)."""
        self._drop_home()
        self.home = StaffHome(self.ctx, name, first)
        self.home.exit_clicked.connect(self.leave)
        self.stack.addWidget(self.home)
        self.stack.setCurrentWidget(self.home)
        self.signed_in.emit(name)
        self.poke()

    def leave(self) -> None:
        """Sign out, forget everything on the staff screens, and hand the screen back."""
        self._drop_home()
        self.pin.reset()
        self.stack.setCurrentWidget(self.pin)
        self.idle.stop()
        self.exit_requested.emit()

    def _drop_home(self) -> None:
        if self.home is not None:
            try:
                self.ctx.runner.changed.disconnect(self.home._on_changed)
            except (RuntimeError, TypeError):
                pass
            self.stack.removeWidget(self.home)
            self.home.deleteLater()
            self.home = None

    def handle_scan(self, text: str) -> None:
        """A worker card read while staff mode is open: show whose card it is (or why it is refused)."""
        if self.home is None:
            return
        self.poke()
        load(self, self.ctx, _whose_card(text), self._card_identified)

    def _card_identified(self, answer) -> None:
        if self.home is None or answer is None:
            return
        worker_id, verdict_msg = answer
        if worker_id:
            self.home.open_profile(worker_id, verdict_msg)
        else:
            self.home.show_alert(msg_text(self.ctx, verdict_msg))

    # --- idle ----------------------------------------------------------------------------------
    def idle_ms(self) -> int:
        return max(1, int(float(self.ctx.settings.ui.staff_idle_seconds) * 1000))

    def poke(self) -> None:
        """Someone is using the staff screens: start the quiet period again."""
        if self.isVisible():
            self.idle.start(self.idle_ms())

    def _idle_timeout(self) -> None:
        if self.isVisible():
            self.leave()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._watching:
            QCoreApplication.instance().installEventFilter(self)
            self._watching = True
        if self.home is None:
            self.pin.reset()
        self.poke()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().hideEvent(event)
        if self._watching:
            QCoreApplication.instance().removeEventFilter(self)
            self._watching = False
        self.idle.stop()


def _whose_card(text: str):
    def run(station):
        with station.read() as session:
            verdict, worker = identify(session, text, station.clock().date())
        if verdict.ok and worker is not None:
            return worker.id, None
        return None, verdict.msg if not verdict.ok else msg(MSG_WORKER_NOT_KNOWN)

    return run


def audit_screens(ctx) -> list[QWidget]:
    """Every staff screen filled with the station's (demo) data, for the accessibility audit."""
    from kiosk.ui.staff.audit import build_audit_screens

    return build_audit_screens(ctx)
