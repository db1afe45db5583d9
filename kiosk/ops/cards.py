"""Issue, reissue and revoke worker cards (a lost card stops working everywhere once synced)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.card_format import CardClaims, CardVerdict, KeyInfo, encode_card, verify_card
from kiosk.domain.ids import new_id
from kiosk.domain.messages import define, msg
from kiosk.ops.context import Changes, OpContext
from kiosk.ops.workers import get_worker
from kiosk.store.models import Card, RevokedCard, StationKey, Worker

CARD_YEARS = 5
CARD_VERSION = 1

M_ISSUED = define("cardop.issued", "Worker card issued for {name}.", "已为 {name} 制作工作证。")
M_REVOKED = define("cardop.revoked", "The old card of {name} no longer works.", "{name} 的旧卡已作废。")


def _revoke_active(ctx: OpContext, worker: Worker) -> int:
    count = 0
    for card in ctx.session.scalars(select(Card).where(Card.worker_id == worker.id, Card.status == "active")):
        card.status, card.revoked_at = "revoked", ctx.now
        if ctx.session.get(RevokedCard, (worker.id, card.card_seq)) is None:
            ctx.session.add(RevokedCard(worker_id=worker.id, card_seq=card.card_seq, revoked_at=ctx.now))
        ctx.emit("card.revoked", card.id, {"id": card.id, "worker_id": worker.id, "card_seq": card.card_seq,
                                           "revoked_at": ctx.now.isoformat()})
        count += 1
    return count


def issue_card(ctx: OpContext, worker_id: str) -> Changes:
    """Issue a card; any card the worker had before is revoked (reissue after a loss)."""
    worker = get_worker(ctx, worker_id)
    _revoke_active(ctx, worker)
    worker.card_seq += 1
    worker.updated_at = ctx.now
    today = ctx.now.date()
    claims = CardClaims(CARD_VERSION, ctx.signer.key_id, worker.id, worker.card_seq, today,
                        today.replace(year=today.year + CARD_YEARS) if not (today.month == 2 and today.day == 29)
                        else today + timedelta(days=365 * CARD_YEARS))
    payload = encode_card(claims, ctx.signer.private_key)
    card = Card(id=new_id(), worker_id=worker.id, card_seq=worker.card_seq, key_id=claims.key_id,
                issued_on=claims.issued, expires_on=claims.expires, payload=payload, status="active")
    ctx.session.add(card)
    event = ctx.emit("card.issued", card.id, {"id": card.id, "worker_id": worker.id, "card_seq": card.card_seq,
                                              "key_id": card.key_id, "issued_on": today.isoformat(),
                                              "expires_on": card.expires_on.isoformat()})
    return Changes("card.issued", card.id, frozenset({"card", "worker"}),
                   {"payload": payload, "worker_no": worker.worker_no, "card_seq": card.card_seq},
                   msg(M_ISSUED, name=worker.name), event.id)


issue_card.needs_signer = True


def revoke_card(ctx: OpContext, worker_id: str) -> Changes:
    """Stop a lost card working; the worker gets a new one with issue_card."""
    worker = get_worker(ctx, worker_id)
    count = _revoke_active(ctx, worker)
    return Changes("card.revoked", worker.id, frozenset({"card"}) if count else frozenset(), {"revoked": count},
                   msg(M_REVOKED, name=worker.name))


def identify(session: Session, text: str, today: date) -> tuple[CardVerdict, Worker | None]:
    """What a scanned text is, and whose card, using only what this station knows (works offline)."""

    def key_lookup(key_id: str) -> KeyInfo | None:
        row = session.get(StationKey, key_id)
        if row is None:
            return None
        return KeyInfo(row.key_id, row.station_id, bytes(row.public_key), row.revoked, row.not_after)

    def is_revoked(worker_id: str, seq: int) -> bool:
        if session.get(RevokedCard, (worker_id, seq)) is not None:
            return True
        worker = session.get(Worker, worker_id)
        # a card older than the worker's newest one was replaced, even if the revocation is still in transit
        return worker is not None and seq < worker.card_seq

    verdict = verify_card(text, key_lookup, is_revoked, today)
    worker = session.get(Worker, verdict.claims.worker_id) if verdict.ok and verdict.claims else None
    return verdict, worker
