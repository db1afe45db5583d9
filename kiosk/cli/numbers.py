"""argparse types for numbers that must be positive (a timeout of 0 or a batch of -5 is a typo)."""

from __future__ import annotations

import argparse

from kiosk.domain.messages import define, msg

E_NOT_POSITIVE = define("cli.not_positive", "{value} is not a number greater than 0.", "{value} 不是大于 0 的数。")
E_NEGATIVE = define("cli.negative", "{value} is not a whole number of 0 or more.", "{value} 不是 0 或更大的整数。")


def _number(text: str, kind, ok, code: str):
    try:
        value = kind(text)
    except ValueError:
        value = None
    if value is None or value != value or not ok(value):  # value != value: NaN
        raise argparse.ArgumentTypeError(str(msg(code, value=text)))
    return value


def positive_float(text: str) -> float:
    return _number(text, float, lambda v: 0 < v < float("inf"), E_NOT_POSITIVE)


def positive_int(text: str) -> int:
    return _number(text, int, lambda v: v > 0, E_NOT_POSITIVE)


def non_negative_int(text: str) -> int:
    return _number(text, int, lambda v: v >= 0, E_NEGATIVE)
