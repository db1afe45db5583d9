"""Is there a screen to draw on? Asked before Qt starts, which otherwise aborts with a misleading hint."""

from __future__ import annotations

import os
import sys

from kiosk.domain.messages import UserError, define, msg

E_NO_DISPLAY = define(
    "display.none",
    "There is no screen to show the {what_en} on (no DISPLAY or WAYLAND_DISPLAY here, e.g. over SSH). Start it on "
    "the station's own screen (its kiosk session), or set QT_QPA_PLATFORM=offscreen for a check without a screen.",
    "这里没有可显示{what_zh}的屏幕（没有 DISPLAY 或 WAYLAND_DISPLAY，例如通过 SSH 登录）。请在驿站本机的屏幕上启动"
    "（自助机会话），或设置 QT_QPA_PLATFORM=offscreen 做无屏幕检查。",
)
NO_DISPLAY_EXIT = 2


def has_display(environ=os.environ, platform: str = sys.platform) -> bool:
    """True when Qt can open a window: a chosen Qt platform, an X or Wayland display, or not Linux/BSD at all."""
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return True
    return not platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def require_display(what_zh: str, what_en: str) -> None:
    """A plain message (exit code 2) instead of Qt's abort when there is nothing to draw on."""
    if not has_display():
        raise NoDisplay(msg(E_NO_DISPLAY, what_zh=what_zh, what_en=what_en))


class NoDisplay(UserError):
    """No screen: the command cannot run here, and saying so is not a failure of the station."""

    exit_code = NO_DISPLAY_EXIT
