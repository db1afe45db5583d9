"""Staff mode after sign-in: a top bar, a menu of tasks on the left, and the chosen task on the right."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.store.history import pending_staff_calls
from kiosk.ui.staff.common import arg, load, reading
from kiosk.ui.staff.widgets import make_button, make_label

SECTIONS = ("register", "post", "calls", "profiles", "help", "sync", "report", "board")
HELP_POLL_MS = 10_000


def _factories() -> dict[str, Callable]:
    """Each section's screen class, imported when first shown (staff mode opens quickly)."""

    def register(ctx, home):
        from kiosk.ui.staff.register import RegistrationScreen

        screen = RegistrationScreen(ctx, home.staff_name)
        screen.open_profile.connect(home.open_profile)
        return screen

    def post(ctx, home):
        from kiosk.ui.staff.job_post import JobPostScreen

        screen = JobPostScreen(ctx)
        screen.find_workers.connect(home.open_call_list)
        return screen

    def calls(ctx, home):
        from kiosk.ui.staff.call_list import CallListScreen

        return CallListScreen(ctx, home.staff_name)

    def profiles(ctx, home):
        from kiosk.ui.staff.profile import ProfileScreen

        return ProfileScreen(ctx, home.staff_name)

    def help_calls(ctx, home):
        from kiosk.ui.staff.staff_calls import StaffCallsScreen

        return StaffCallsScreen(ctx)

    def sync(ctx, home):
        from kiosk.ui.staff.sync_panel import SyncPanel

        return SyncPanel(ctx)

    def report(ctx, home):
        from kiosk.ui.staff.day_report import DayReportScreen

        return DayReportScreen(ctx)

    def board(ctx, home):
        from kiosk.ui.staff.board_settings import BoardSettingsPanel

        return BoardSettingsPanel(ctx)

    return {"register": register, "post": post, "calls": calls, "profiles": profiles, "help": help_calls,
            "sync": sync, "report": report, "board": board}


class StaffHome(QWidget):
    """One signed-in staff session. Made at sign-in and thrown away at sign-out, so nothing typed lingers."""

    exit_clicked = Signal()

    def __init__(self, ctx, staff_name: str, first: str = "register", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff_name = staff_name
        self.sections: dict[str, QWidget] = {}
        self._factories = _factories()
        sp = ctx.theme.spacing
        bar = QFrame()
        bar.setProperty("role", "bar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(sp * 2, sp, sp * 2, sp)
        self.where = make_label(arg(self.tr("%1 · staff mode"), ctx.settings.station.name), wrap=False)
        self.who = make_label(arg(self.tr("Signed in: %1"), staff_name), wrap=False)
        self.exit = make_button(self.tr("Leave staff mode"), on_click=self.exit_clicked.emit, name="staff_exit")
        top.addWidget(self.where)
        top.addStretch(1)
        top.addWidget(self.who)
        top.addSpacing(sp * 2)
        top.addWidget(self.exit)
        self.alert = make_label("", "error")
        self.alert.hide()

        titles = {
            "register": self.tr("Register a job seeker"), "post": self.tr("Post an urgent order"),
            "calls": self.tr("Call list"), "profiles": self.tr("Worker profiles"),
            "help": self.tr("Help requests"), "sync": self.tr("Sync status"), "report": self.tr("Day report"),
            "board": self.tr("Wall board"),
        }
        self.titles = titles
        self.nav_buttons: dict[str, QWidget] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        menu = QVBoxLayout()
        menu.setSpacing(sp)
        for key in SECTIONS:
            button = make_button(titles[key], "nav", name=f"nav_{key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.show_section(k))
            group.addButton(button)
            menu.addWidget(button)
            self.nav_buttons[key] = button
        menu.addStretch(1)
        menu_box = QWidget()
        menu_box.setLayout(menu)
        menu_box.setFixedWidth(max(340, ctx.theme.mm(92)))
        self.stack = QStackedWidget()
        body = QHBoxLayout()
        body.setContentsMargins(sp * 2, sp * 2, sp * 2, sp * 2)
        body.setSpacing(sp * 3)
        body.addWidget(menu_box)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addWidget(self.alert)
        outer.addLayout(body, 1)
        self._help_timer = QTimer(self)
        self._help_timer.setInterval(HELP_POLL_MS)
        self._help_timer.timeout.connect(self.refresh_help_count)
        self._help_timer.start()
        ctx.runner.changed.connect(self._on_changed)
        self.refresh_help_count()
        self.show_section(first)

    def section(self, key: str) -> QWidget:
        """The screen of a section, made on first use."""
        if key not in self.sections:
            screen = self._factories[key](self.ctx, self)
            self.sections[key] = screen
            self.stack.addWidget(screen)
        return self.sections[key]

    def show_section(self, key: str) -> QWidget:
        screen = self.section(key)
        self.stack.setCurrentWidget(screen)
        self.nav_buttons[key].setChecked(True)
        refresh = getattr(screen, "refresh", None)
        if refresh is not None:
            refresh()
        return screen

    def open_profile(self, worker_id: str, message=None) -> None:
        """Show one worker's profile (after a save, or instead of registering someone twice)."""
        screen = self.show_section("profiles")
        screen.open_worker(worker_id, message)

    def show_alert(self, text: str) -> None:
        """Say something important above every task (e.g. a refused card read)."""
        self.alert.setText("⚠ " + text)
        self.alert.show()

    def open_call_list(self, job_id: str) -> None:
        """Show who to call for one job (right after posting it)."""
        screen = self.show_section("calls")
        screen.open_job(job_id)

    def _on_changed(self, changes) -> None:
        if "staff_call" in getattr(changes, "touched", ()):
            self.refresh_help_count()
        for screen in self.sections.values():
            hook = getattr(screen, "on_changed", None)
            if hook is not None:
                hook(changes)

    def refresh_help_count(self) -> None:
        load(self, self.ctx, reading(pending_staff_calls), self._show_help_count)

    def _show_help_count(self, calls) -> None:
        count = len(calls or [])
        self.nav_buttons["help"].setText(self.titles["help"] + (f" ({count})" if count else ""))
        if count:
            self.alert.setText("⚠ " + self.tr("%n worker(s) pressed “call staff” and are waiting. "
                                              "See Help requests.", "", count))
        self.alert.setVisible(bool(count))
