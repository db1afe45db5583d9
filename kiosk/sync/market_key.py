"""The market's lookup key on the station: taken at enrolment, every ID and phone hash made here remade with it.

A standalone station hashes ID and phone numbers with a key of its own; the market's central server hands
every station the same key at enrolment, so one person's numbers hash alike everywhere (the server finds
twins, a station finds visitors). Only the hashes change: the numbers stay encrypted with the station's key.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.ops.context import OpContext
from kiosk.ops.snapshots import worker_snapshot
from kiosk.store.models import OutboxEvent, Worker
from kiosk.store.pii import PiiVault

HASHED = (("id_hash", "id_enc", "id"), ("phone_hash", "phone_enc", "phone"))  # hash column, its value, hash kind
log = logging.getLogger(__name__)


def decode_key(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class Rehashed:
    workers: int  # rows whose hashes changed
    rewritten: int  # unsent events whose payload now carries the new hashes
    queued: int  # worker.updated events queued so the server gets the new hashes of records it already has


def _rehash_workers(session: Session, vault: PiiVault, new: PiiVault) -> tuple[list[Worker], dict[str, str | None]]:
    """Remake the hashes of every number kept here; returns the changed rows and old hash -> new hash."""
    changed: list[Worker] = []
    renamed: dict[str, str | None] = {}
    query = select(Worker).where(or_(Worker.id_enc.is_not(None), Worker.phone_enc.is_not(None))).order_by(Worker.id)
    for worker in session.scalars(query):
        before = (worker.id_hash, worker.phone_hash)
        for column, encrypted, kind in HASHED:
            blob = getattr(worker, encrypted)
            if blob is None:
                continue  # a visitor's number not typed here: its hash came from the server and stays
            fresh = new.lookup_hash(kind, vault.decrypt(blob))
            if getattr(worker, column):
                renamed[getattr(worker, column)] = fresh
            setattr(worker, column, fresh)
        if (worker.id_hash, worker.phone_hash) != before:
            changed.append(worker)
    return changed, renamed


def _rewrite_unsent(session: Session, renamed: dict[str, str | None]) -> int:
    """Events never sent get the new hashes in place. A hash no row has any more (a number changed since)
    becomes null: a later event of the same worker carries the number's current hash."""
    count = 0
    for event in session.scalars(select(OutboxEvent).where(OutboxEvent.status != "done").order_by(OutboxEvent.seq)):
        fields = [f for f, _, _ in HASHED if event.payload.get(f)]
        if fields:
            event.payload = {**event.payload, **{f: renamed.get(event.payload[f]) for f in fields}}
            count += 1
    return count


def adopt_lookup_key(session: Session, vault: PiiVault, key: bytes, ctx: OpContext, resend: bool) -> Rehashed:
    """Remake every hash with the market key, in the caller's transaction.

    `resend=False` (the station was never enrolled, so no event has left it): unsent events are rewritten.
    `resend=True` (a station that synced before, with its own key): any unsent event may already be on the
    server (an answer lost), and rewriting it would turn its re-send into a conflict; so events stay as they
    are and one `worker.updated` is queued after them for every worker whose hashes changed."""
    new = vault.with_hash_key(key)
    changed, renamed = _rehash_workers(session, vault, new)
    rewritten = queued = 0
    if resend:
        session.flush()
        for worker in changed:
            ctx.emit("worker.updated", worker.id, worker_snapshot(worker, new))
        queued = len(changed)
    else:
        rewritten = _rewrite_unsent(session, renamed)
    log.info("lookup hashes remade with the market key: %d workers, %d queued events rewritten, %d updates queued",
             len(changed), rewritten, queued)
    return Rehashed(len(changed), rewritten, queued)
