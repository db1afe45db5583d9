"""The staff screens' style sheet, sized from the Theme (body >= 18 pt, targets >= 15 mm) and its colours."""

from __future__ import annotations

from dataclasses import replace

from kiosk.ui import theme as t

# Tinted notice backgrounds; the text on them stays INK (contrast > 15:1), the border and a symbol carry the kind.
ERROR_TINT = "#FDECEC"
OK_TINT = "#E7F4EB"
INFO_TINT = "#E6EEF8"
DISABLED_BG = "#E6E6E6"
DISABLED_ON_BG = "#555555"  # on DISABLED_BG about 6:1


def staff_theme(theme: t.Theme) -> t.Theme:
    """Staff screens keep the standard sizes (18 pt body, 15 mm targets) when walk-up large text is on:
    large text is a walk-up preference, and the dense staff forms would no longer fit a 1080p screen."""
    return replace(theme, large_text=False)


def staff_style(theme: t.Theme) -> str:
    """One style sheet for the whole staff area; widgets pick variants with the `role` property."""
    theme = staff_theme(theme)
    body, small, touch = theme.body_px, theme.small_px, theme.touch_px
    title, primary = theme.title_px, theme.primary_px
    pad = max(6, theme.spacing // 2)
    return f"""
StaffArea, StaffArea QWidget {{ font-size: {body}px; color: {t.INK}; }}
StaffArea {{ background: {t.PAPER}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {t.PAPER}; border: none; }}
QPushButton {{
    min-height: {touch}px; padding: 4px {pad * 2}px;
    border: 2px solid {t.PRIMARY}; border-radius: 8px; background: {t.SURFACE}; color: {t.INK};
}}
QPushButton:pressed {{ background: #D5E1F0; }}
QPushButton[wide="true"] {{ min-width: {touch * 4}px; }}
QPushButton:checked {{ background: {t.PRIMARY}; color: {t.PRIMARY_TEXT}; font-weight: bold; }}
QPushButton:disabled {{ color: {DISABLED_ON_BG}; border-color: #9A9A9A; background: {DISABLED_BG}; }}
QPushButton[role="primary"] {{ background: {t.PRIMARY}; color: {t.PRIMARY_TEXT}; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: {DISABLED_BG}; color: {DISABLED_ON_BG}; }}
QPushButton[role="good"] {{ background: {t.GOOD}; border-color: {t.GOOD}; color: {t.PRIMARY_TEXT}; font-weight: bold; }}
QPushButton[role="danger"] {{ background: {t.DANGER}; border-color: {t.DANGER}; color: {t.PRIMARY_TEXT}; }}
QPushButton[role="good"]:disabled, QPushButton[role="danger"]:disabled {{
    background: {DISABLED_BG}; border-color: #9A9A9A; color: {DISABLED_ON_BG}; }}
QPushButton[role="agree"] {{ border: 3px solid {t.GOOD}; min-height: {theme.big_touch_px}px; }}
QPushButton[role="agree"]:checked {{ background: {t.GOOD}; }}
QPushButton[role="nav"] {{ text-align: left; padding-left: {pad * 2}px; border-color: {t.SURFACE}; }}
QPushButton[role="nav"]:checked {{ border-color: {t.PRIMARY}; }}
QPushButton[role="key"] {{ font-size: {primary}px; font-weight: bold; min-height: {theme.big_touch_px}px;
    min-width: {touch}px; }}
QLabel[role="wrap"] {{ background: transparent; }}
QLabel[role="wrap"][on="true"] {{ color: {t.PRIMARY_TEXT}; font-weight: bold; }}
QLabel[role="wrap"][off="true"] {{ color: {DISABLED_ON_BG}; }}
QLineEdit, QPlainTextEdit, QDateEdit, QComboBox {{
    min-height: {touch}px; border: 2px solid {t.MUTED_TEXT}; border-radius: 6px; padding: 2px {pad}px;
    background: {t.PAPER}; color: {t.INK}; selection-background-color: {t.PRIMARY};
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 3px solid {t.PRIMARY}; }}
QLineEdit[error="true"], QPlainTextEdit[error="true"] {{ border: 3px solid {t.DANGER}; }}
QLineEdit[role="big"] {{ font-size: {primary}px; }}
QLineEdit[role="digits"] {{ font-size: {round(body * 1.4)}px; }}
QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; }}
QLabel[role="section"] {{ font-weight: bold; padding-top: {pad}px; }}
QLabel[role="muted"] {{ color: {t.MUTED_TEXT}; font-size: {small}px; }}
QLabel[role="big"] {{ font-size: {primary}px; font-weight: bold; }}
QLabel[role="error"] {{ background: {ERROR_TINT}; border-left: 8px solid {t.DANGER}; padding: {pad}px; }}
QLabel[role="ok"] {{ background: {OK_TINT}; border-left: 8px solid {t.GOOD}; padding: {pad}px; }}
QLabel[role="info"] {{ background: {INFO_TINT}; border-left: 8px solid {t.PRIMARY}; padding: {pad}px; }}
QFrame[role="card"] {{ background: {t.SURFACE}; border-radius: 8px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="bar"] {{ background: {t.PRIMARY}; }}
QFrame[role="bar"] QLabel {{ color: {t.PRIMARY_TEXT}; background: transparent; font-weight: bold; }}
QTableWidget {{ gridline-color: #C8CED6; background: {t.PAPER}; }}
QHeaderView::section {{ background: {t.SURFACE}; color: {t.INK}; font-weight: bold; padding: {pad}px; border: none; }}
QProgressBar {{ min-height: {touch // 2}px; border: 2px solid {t.PRIMARY}; border-radius: 6px; text-align: center; }}
QProgressBar::chunk {{ background: {t.PRIMARY}; }}
QScrollBar:vertical {{ width: {max(24, theme.mm(6))}px; }}
"""
