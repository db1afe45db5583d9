"""Which walk-up screen is in front, whose visit it is, and forgetting the worker when the visit ends."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kiosk.ui.i18n import tr_msg
from kiosk.ui.walkup.actions import WalkupActions
from kiosk.ui.walkup.home import HomeScreen
from kiosk.ui.walkup.notice import NoticeScreen
from kiosk.ui.walkup.worker import WorkerScreen

log = logging.getLogger(__name__)


class WalkupFlow(QObject, WalkupActions):
    """Navigation for the walk-up screens. Screens call its methods; it never changes the screen under
    a finger (the touch guard holds a change until the finger lifts)."""

    screen_shown = Signal(object)
    visit_started = Signal(str)  # worker id
    visit_ended = Signal()

    def __init__(self, ctx, guard, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.guard = guard
        self.stack = QStackedWidget(parent)
        self.page = None  # WorkerPage of the worker whose visit this is; None = nobody
        self.visit = 0  # bumps when a visit ends: late results for an old visit are dropped
        self._history: list[QWidget] = []
        self.home = HomeScreen(self)
        self.stack.addWidget(self.home)
        self.stack.setCurrentWidget(self.home)

    # --- where we are -----------------------------------------------------------------------
    @property
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    @property
    def worker_id(self) -> str | None:
        return self.page.worker_id if self.page is not None else None

    def now(self):
        return self.ctx.station.clock()

    # --- moving between screens -------------------------------------------------------------
    def show(self, screen: QWidget, push: bool = True) -> None:
        """Bring `screen` to the front (after the finger lifts); `push` keeps the current one for Back."""
        self.guard.when_free(lambda: self._show(screen, push))

    def _show(self, screen: QWidget, push: bool) -> None:
        current = self.current
        if screen.parent() is not self.stack:
            self.stack.addWidget(screen)
        if current is not screen and current is not None:
            if push:
                self._history.append(current)
            elif getattr(current, "transient", False):
                self._discard(current)
        self.stack.setCurrentWidget(screen)
        self.guard.settle()
        screen.on_shown()
        self.screen_shown.emit(screen)
        if self.ctx.voice_on:
            self.ctx.say(getattr(screen, "auto_speech", screen.spoken_text)())

    def back(self) -> None:
        def go():
            previous = None
            while self._history and previous is None:
                previous = self._history.pop()
            if previous is None:
                previous = self.home
            self._show(previous, push=False)
        self.guard.when_free(go)

    def show_worker(self, page, notice: str = "") -> None:
        """The worker's screen, freshly made from `page`; Back from here goes nowhere older."""
        def go():
            self.page = page
            self._clear_history()
            self._show(WorkerScreen(self, page, self.now(), notice), push=False)
        self.guard.when_free(go)

    def finish(self) -> None:
        """The Finish / Start page button: end the visit (if any) and go back to the start screen."""
        self.go_home(reset_preferences=self.page is not None)

    def go_home(self, reset_preferences: bool = True, notice: str = "") -> None:
        """Back to the start; the worker is forgotten: their screens are deleted, not just hidden."""
        def go():
            ended = self.page is not None
            self.page = None
            self.visit += 1
            self.ctx.stop_speaking()
            self._clear_history()
            if self.current is not self.home:
                self._show(self.home, push=False)
            if reset_preferences:
                self.reset_preferences()
            self.home.show_notice(notice)
            if ended:
                self.visit_ended.emit()
        self.guard.when_free(go)

    def reset_preferences(self) -> None:
        """The station's own language, text size and voice, for the next person."""
        ui = self.ctx.settings.ui
        default_lang = self.ctx.settings.language or "zh_CN"
        if self.ctx.lang != ("zh_CN" if default_lang.startswith("zh") else "en"):
            self.ctx.set_language(default_lang)
        self.ctx.set_large_text(bool(ui.large_text))
        self.ctx.set_voice(bool(ui.voice))

    def _clear_history(self) -> None:
        for screen in self._history:
            if getattr(screen, "transient", False):
                self._discard(screen)
        self._history.clear()
        for index in reversed(range(self.stack.count())):
            screen = self.stack.widget(index)
            if screen is not self.current and getattr(screen, "transient", False):
                self._discard(screen)

    def _discard(self, screen: QWidget) -> None:
        """Take a screen away for good; its words are wiped at once, before Qt gets round to deleting it."""
        self.stack.removeWidget(screen)
        screen.hide()
        for label in screen.findChildren(QLabel):
            label.clear()
        screen.deleteLater()

    # --- messages -----------------------------------------------------------------------------
    def notice(self, text: str, *, render: Callable[[], str] | None = None, problem: bool = True,
               offer_staff: bool = False, on_ok: Callable | None = None) -> None:
        self.show(NoticeScreen(self, text, render=render, problem=problem, offer_staff=offer_staff, on_ok=on_ok))

    def notice_msg(self, message, **kwargs) -> None:
        """A domain Msg as a notice; it is said again in the other language if the language changes."""
        self.notice(tr_msg(message), render=lambda: tr_msg(message), **kwargs)

    def read_aloud(self, screen) -> None:
        """The screen's 'read aloud' button: speak it, and speak the next screens too for this visit."""
        if self.ctx.read_aloud(screen.spoken_text()):
            self.ctx.set_voice(True)
        else:
            self.notice(self.tr("Sorry, this station cannot read aloud. Staff can read it to you."), offer_staff=True)

    def toggle_language(self) -> None:
        self.ctx.set_language("en" if self.ctx.lang.startswith("zh") else "zh_CN")

    def toggle_large_text(self) -> None:
        self.ctx.set_large_text(not self.ctx.theme.large_text)
