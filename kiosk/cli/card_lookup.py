"""Which worker `kiosk card` means, and what card they hold: a number typed by staff, never a guess.

A visitor whose number could be mistaken for one of this station's own is kept as NO@HOME-STATION
(docs/sync.md); staff may type either form, and a plain number that fits more than one person is refused
with the full numbers to choose from. Only --reissue may replace a valid card, wherever it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.validation import mask_name
from kiosk.store.models import Card, RevokedCard, Worker

E_NO_SUCH_NUMBER = define(
    "card.no_worker",
    "There is no worker with number {worker_no} at this station (`kiosk workers` lists them).",
    "本站没有编号为 {worker_no} 的工友（可用 kiosk workers 查看名单）。",
)
E_AMBIGUOUS = define(
    "card.ambiguous",
    "More than one worker here has the number {worker_no}: {choices}. Type the full number of the one you mean.",
    "本站不止一位工友的编号是 {worker_no}：{choices}。请输入要找的那位的完整编号。",
)
E_CARD_ELSEWHERE = define(
    "card.held_elsewhere",
    "{worker_no} already has a valid card (no. {seq}) that was made at another station; this station cannot print "
    "that card again. To give them a new card, use --reissue: their old card then stops working.",
    "{worker_no} 已有一张有效的工作证（第 {seq} 张），是在别的驿站制作的，本站无法重印。"
    "如需补办新卡，请加 --reissue：旧卡随即作废。",
)


@dataclass(frozen=True)
class CardTarget:
    worker_id: str
    worker_no: str
    card_seq: int  # the worker's newest card number (0: never had one)
    printable: bool  # this station holds that card, valid: print it again as it is
    held_elsewhere: bool  # a valid card this station does not hold (made at another station)

    def check_may_issue(self) -> None:
        """Issuing a new card voids the one in the worker's pocket: only --reissue may do that."""
        if self.held_elsewhere:
            raise UserError(msg(E_CARD_ELSEWHERE, worker_no=self.worker_no, seq=self.card_seq), "worker_no")


def _full_number(worker: Worker) -> str:
    return worker.worker_no if "@" in worker.worker_no else f"{worker.worker_no}@{worker.home_station_id}"


def find_worker(session, typed: str) -> Worker:
    """The one worker a typed number means (case and spaces do not matter); UserError if none or several."""
    number = typed.strip().upper()
    plain, _, home = number.partition("@")
    upper_no = func.upper(Worker.worker_no)
    if home:  # NO@STATION: stored so, or a worker of that station whose plain number needed no suffix here
        found = session.scalars(select(Worker).where(or_(
            upper_no == number, (upper_no == plain) & (func.upper(Worker.home_station_id) == home)))).all()
    else:
        found = session.scalars(select(Worker).where(or_(
            upper_no == plain, upper_no.startswith(f"{plain}@", autoescape=True)))).all()
    if not found:
        raise UserError(msg(E_NO_SUCH_NUMBER, worker_no=typed.strip()), "worker_no")
    if len(found) > 1:
        choices = "; ".join(f"{_full_number(w)} ({mask_name(w.name)})" for w in found)
        raise UserError(msg(E_AMBIGUOUS, worker_no=typed.strip(), choices=choices), "worker_no")
    return found[0]


def card_target(session, worker: Worker, today: date) -> CardTarget:
    """What card the worker holds, as far as this station knows (it works offline)."""
    held_here = session.scalar(select(Card.id).where(
        Card.worker_id == worker.id, Card.status == "active", Card.card_seq == worker.card_seq,
        Card.expires_on >= today).limit(1))
    revoked = session.get(RevokedCard, (worker.id, worker.card_seq)) is not None
    elsewhere = held_here is None and worker.card_seq > 0 and not revoked and not _expired_here(session, worker, today)
    return CardTarget(worker.id, worker.worker_no, worker.card_seq, held_here is not None, elsewhere)


def _expired_here(session, worker: Worker, today: date) -> bool:
    """The newest card was made here and has run out (a new one replaces nothing valid)."""
    return session.scalar(select(Card.id).where(Card.worker_id == worker.id, Card.card_seq == worker.card_seq,
                                                Card.expires_on < today).limit(1)) is not None
