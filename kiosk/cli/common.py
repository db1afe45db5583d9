"""Helpers shared by the sub-commands: opening the station, printing JSON."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

from kiosk.station import Station


def open_station(args) -> Station:
    """The station in --home; only the commands marked `creates_home` may make a new one there."""
    return Station.open(args.home, create=creates_home(args))


def creates_home(args) -> bool:
    return getattr(args, "creates_home", False)


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")
