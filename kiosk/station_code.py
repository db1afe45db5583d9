"""The prefix of the worker numbers a station issues: taken from the name the central server gave it.

The server's station names are unique in the market, so numbers made from them never clash between
stations. Numbers already issued under an earlier prefix stay as they are: they are printed on cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kiosk.domain.messages import Msg, define, msg
from kiosk.ops.workers import NEXT_WORKER_SEQ
from kiosk.settings import save_settings
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


def adopt_server_name(station) -> CodeChange:
    """Make the station's id (the server's name for it) the prefix of the worker numbers it issues from now on."""
    old, new = station.settings.station.code, station.id
    kept = 0
    if new != old:
        with station.write_session() as s, s.begin():
            kept = s.scalar(select(func.count()).select_from(Worker).where(
                Worker.origin == "local", Worker.worker_no.startswith(f"{old}-", autoescape=True))) or 0
            row = s.get(SyncState, NEXT_WORKER_SEQ)
            if row is not None:
                row.value = "1"  # a new prefix starts at 00001 (numbers already taken are skipped anyway)
        station.settings.station.code = new
        save_settings(station.settings)
    return CodeChange(old, new, kept)
