"""A full re-download, asked for by the server when this station's cursor is older than deletions it no longer
keeps (pruned tombstones): open jobs the whole feed did not carry are gone on the server, so they close here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from kiosk.store.models import Job


class Resync:
    """The jobs the server has sent since it started the whole feed again.

    Kept in memory: the station's cursor moves only with the last page, so an interrupted re-download simply
    starts again next cycle (every page is safe to apply twice)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def saw(self, changes: list) -> None:
        self.seen.update(ch.id for ch in changes if ch.kind == "job")

    def vanished(self, session) -> list[str]:
        """Jobs open here that the server's whole feed did not carry."""
        return [job_id for job_id in session.scalars(select(Job.id).where(Job.status == "open"))
                if job_id not in self.seen]


def close_jobs(session, ids: list[str], now: datetime) -> int:
    for i in range(0, len(ids), 500):
        session.execute(update(Job).where(Job.id.in_(ids[i:i + 500])).values(status="closed", updated_at=now))
    return len(ids)
