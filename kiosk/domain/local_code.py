"""The worker-number prefix of a station that is not enrolled yet: its own, and never a server's station name.

Before enrolment a station has no market-wide name, yet staff register people and print their cards (those
numbers are kept for good). So a station whose settings name no prefix makes one up once, e.g. ``L7QX3``:
``L``, a digit and three letters or digits (no 0/O or 1/I, so it reads off a card). The central server refuses
station names of this form (`kiosk-central station add`), so no enrolled station can print the same number;
two unenrolled stations share a prefix with odds of one in 262,144.
"""

from __future__ import annotations

import re
import secrets

from kiosk.domain.messages import UserError, define, msg

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DIGITS = "23456789"
_LOCAL_FORM = re.compile(r"[Ll][0-9][0-9A-Za-z]{3}")  # what the server never takes as a station name

E_RESERVED_NAME = define(
    "central.station_name_reserved",
    "'{name}' cannot be a station name: L, a digit and three letters or digits (like L7QX3) is the form of the "
    "worker numbers of stations not enrolled yet, so a station of that name could print the same numbers. "
    "Choose another name, e.g. HePing-01.",
    "“{name}”不能用作站点名：L 加一个数字再加三个字母或数字（如 L7QX3）是未注册驿站工号的形式，"
    "用这个名字可能和它们印出相同的工号。请换一个名字，例如 HePing-01。",
)


def new_local_code() -> str:
    """A fresh prefix for a station not enrolled yet, e.g. L7QX3."""
    return "L" + secrets.choice(DIGITS) + "".join(secrets.choice(ALPHABET) for _ in range(3))


def is_local_code(name: str) -> bool:
    """True for names of the local form, in any case: typed worker numbers are matched case-insensitively."""
    return _LOCAL_FORM.fullmatch(name) is not None


def refuse_as_station_name(name: str) -> None:
    """The central server's check when a station is added: UserError for a name of the local form."""
    if is_local_code(name):
        raise UserError(msg(E_RESERVED_NAME, name=name), "name")
