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


class UserErrors(UserError):
    """Several things wrong at once (a whole form checked): `msg` and `field` are the first, `errors` all."""

    def __init__(self, errors: list[UserError]):
        super().__init__(errors[0].msg, errors[0].field)
        self.errors = list(errors)


class Checks:
    """Run checks one after another keeping every UserError, so a form or ledger row is told all its problems."""

    def __init__(self):
        self.errors: list[UserError] = []

    def __call__(self, check, *args, field: str | None = None, default=None, **kwargs):
        """check(*args, **kwargs), or `default` with its error kept (tagged `field` when given)."""
        try:
            return check(*args, **kwargs)
        except UserErrors as exc:
            self.errors.extend(exc.errors)
        except UserError as exc:
            self.add(UserError(exc.msg, field) if field else exc)
        return default

    def add(self, error: UserError) -> None:
        self.errors.append(error)

    def raise_any(self) -> None:
        if self.errors:
            raise UserErrors(self.errors)
