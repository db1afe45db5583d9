"""The prefix of the worker numbers a station issues: taken from the name the central server gave it.

The server's station names are unique in the market, so numbers made from them never clash between
stations. Before enrolment a station whose settings name no prefix makes one of its own up (L7QX3, see
kiosk.domain.local_code). Numbers already issued under an earlier prefix stay as they are: they are printed
on cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kiosk.domain.local_code import new_local_code
from kiosk.domain.messages import Msg, define, msg
from kiosk.ops.workers import NEXT_WORKER_SEQ
from kiosk.settings import save_station_code
from kiosk.store.models import SyncState, Worker

M_CODE_SET = define("enrol.code_set", "New workers are numbered {prefix}-00001, {prefix}-00002, ...",
                    "新登记的工友编号为 {prefix}-00001、{prefix}-00002……")
M_CODE_KEPT = define(
    "enrol.code_kept",
    "{count} workers registered here before enrolment keep their numbers ({old}-...), already printed on their "
    "cards; new workers are numbered {prefix}-00001 on.",
    "注册前在本站登记的 {count} 位工友保留原编号（{old}-……），工作证不用重印；之后新登记的工友编号从 {prefix}-00001 起。",
)


@dataclass(frozen=True)
class CodeChange:
    old: str
    new: str
    kept: int  # this station's workers still numbered under the old prefix

    def message(self) -> Msg:
        if self.kept:
            return msg(M_CODE_KEPT, count=self.kept, old=self.old, prefix=self.new)
        return msg(M_CODE_SET, prefix=self.new)


def use_prefix(station, new: str) -> CodeChange:
    """Number the workers registered from now on {new}-00001, {new}-00002, ...; the numbers given so far stay."""
    old, kept = station.settings.station.code, 0
    if new != old:
        with station.write_session() as s, s.begin():
            if old:
                kept = s.scalar(select(func.count()).select_from(Worker).where(
                    Worker.origin == "local", Worker.worker_no.startswith(f"{old}-", autoescape=True))) or 0
            row = s.get(SyncState, NEXT_WORKER_SEQ)
            if row is not None:
                row.value = "1"  # a new prefix starts at 00001 (numbers already taken are skipped anyway)
        save_station_code(station.settings, new)
    return CodeChange(old, new, kept)


def ensure_prefix(station) -> None:
    """A station whose settings name no prefix makes up its own once; it is kept in settings.toml."""
    if not station.settings.station.code:
        use_prefix(station, new_local_code())


def adopt_server_name(station) -> CodeChange:
    """Make the station's id (the server's name for it) the prefix of the worker numbers it issues from now on."""
    return use_prefix(station, station.id)
