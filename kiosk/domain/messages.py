"""Bilingual user-facing messages from the non-Qt layers, keyed by a stable code."""

from __future__ import annotations

from dataclasses import dataclass, field

_CATALOGUE: dict[str, tuple[str, str]] = {}


def define(code: str, en: str, zh: str) -> str:
    """Register a message template (str.format placeholders) and return its code."""
    known = _CATALOGUE.get(code)
    if known is not None and known != (en, zh):
        raise ValueError(f"message {code!r} defined twice with different text")
    _CATALOGUE[code] = (en, zh)
    return code


def catalogue() -> dict[str, tuple[str, str]]:
    """Every registered message: code -> (English template, Chinese template)."""
    return dict(_CATALOGUE)


@dataclass(frozen=True)
class Msg:
    """A message for the user: what happened and what to do, in Chinese and English."""

    code: str
    params: dict = field(default_factory=dict)

    @property
    def en_template(self) -> str:
        return _CATALOGUE[self.code][0]

    @property
    def zh_template(self) -> str:
        return _CATALOGUE[self.code][1]

    @property
    def en(self) -> str:
        return self.en_template.format(**self.params)

    @property
    def zh(self) -> str:
        return self.zh_template.format(**self.params)

    def text(self, lang: str = "zh") -> str:
        return self.en if lang.startswith("en") else self.zh

    def __str__(self) -> str:
        return f"{self.zh} / {self.en}"


def msg(code: str, **params) -> Msg:
    if code not in _CATALOGUE:
        raise KeyError(f"unknown message code {code!r}")
    return Msg(code, params)


class UserError(Exception):
    """The world failed or the input was wrong: show `msg` to the user and offer a retry."""

    def __init__(self, message: Msg, field_name: str | None = None):
        super().__init__(str(message))
        self.msg = message
        self.field = field_name
