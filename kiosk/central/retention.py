"""Tombstone retention: a closed job's tombstone leaves the download feed once older than the retention.

The highest sequence number ever pruned is kept (`tombstones_pruned_through`); a station whose cursor is
below it, issued before that prune, may have missed a deletion and is told to download everything again
(see kiosk.central.feed.decode_cursor)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.central.db import CentralStore, upsert
from kiosk.central.models import FeedEntry, Meta
from kiosk.domain.messages import define

DEFAULT_DAYS = 90
PRUNED_THROUGH = "tombstones_pruned_through"  # Meta key

M_PRUNED = define(
    "central.tombstones_pruned",
    "{count} tombstone(s) older than {days} days removed from the download feed. A station offline for longer "
    "downloads everything again when it comes back.",
    "已从下载数据中清除 {count} 条超过 {days} 天的删除记录。离线更久的站点重新联网时会自动重新下载全部数据。",
)
E_DAYS = define("central.bad_days", "The age in days must be 0 or more (you gave {days}).",
                "天数必须是 0 或更大的整数（您输入的是 {days}）。")


@dataclass(frozen=True)
class Pruned:
    count: int
    through: int  # the highest sequence number pruned so far (0: never)


def pruned_through(session: Session) -> int:
    value = session.scalar(select(Meta.value).where(Meta.key == PRUNED_THROUGH))
    return int(value) if value else 0


def prune_tombstones(store: CentralStore, older_than: timedelta) -> Pruned:
    """Remove tombstones changed before now - older_than; one write transaction, safe beside serving."""
    with store.write() as s:
        old = (FeedEntry.deleted.is_(True), FeedEntry.changed_at < store.clock() - older_than)
        count, highest = s.execute(select(func.count(), func.max(FeedEntry.seq)).where(*old)).one()
        through = pruned_through(s)
        if count:
            s.execute(delete(FeedEntry).where(*old))
            through = max(through, highest)
            upsert(s, Meta, [{"key": PRUNED_THROUGH, "value": str(through)}], ["key"], ["value"])
    return Pruned(count, through)
