"""`kiosk status` and `kiosk workers`: what the station holds, without personal numbers."""

from __future__ import annotations

from sqlalchemy import func, select

from kiosk.cli.common import open_station, print_json
from kiosk.domain.categories import category
from kiosk.domain.validation import mask_name
from kiosk.store import migrate
from kiosk.store.models import Attendance, Job, SignUp, SyncState, Worker
from kiosk.store.queries import open_jobs_query, outbox_status
from kiosk.sync.state import LOOKUP_KEY_ID


def status_data(station) -> dict:
    now = station.clock()
    schema = migrate.current_revision(station.engine)
    with station.read() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        box = outbox_status(s)
        state = dict(s.execute(select(SyncState.key, SyncState.value)).all())
        data = {
            "station": {"id": station.id, "name": station.settings.station.name},
            "home": str(station.settings.home),
            "schema_version": schema,
            "counts": {
                "workers": count(Worker),
                # as the jobs name them: jobs from the server carry the employer's name only (no employer row)
                "employers": s.scalar(select(func.count(func.distinct(Job.employer_name)))
                                      .where(Job.employer_name != "")),
                "jobs": count(Job),
                # open = still taking people: not closed and not yet over (as the board and matching count them)
                "open_jobs": s.scalar(select(func.count()).select_from(open_jobs_query(now).subquery())),
                "signups": count(SignUp),
                "attendance": count(Attendance),
            },
            "outbox": {
                "pending": box.pending,
                "oldest_pending_at": box.oldest_pending_at,
                "oldest_pending_age_seconds": int((now - box.oldest_pending_at).total_seconds())
                if box.oldest_pending_at else None,
                "needs_attention": box.attention,
                "sent": box.done,
            },
            "sync": {
                "server_url": station.settings.server_url or None,
                "enrolled": bool(state.get("station_token_set")),
                "last_success": state.get("last_success"),
                "last_error": state.get("last_error"),
                "server_clock_offset_seconds": float(state["clock_offset"]) if "clock_offset" in state else None,
                # enrolled by a version before market-wide worker numbers and lookup keys: enrol again
                "re_enrol": bool(state.get("station_token_set")) and (
                    not state.get(LOOKUP_KEY_ID) or station.settings.station.code != station.id),
            },
        }
    return data


def _status(args) -> int:
    station = open_station(args)
    data = status_data(station)
    if args.json:
        print_json(data)
    else:
        c, o = data["counts"], data["outbox"]
        print(f"{data['station']['name']} ({data['station']['id']})  schema {data['schema_version']}")
        print(f"工友 workers {c['workers']} · 岗位 jobs {c['jobs']} (open {c['open_jobs']}) · 报名 sign-ups {c['signups']}")
        print(f"待上传 pending {o['pending']} · 需处理 needs attention {o['needs_attention']} · 已上传 sent {o['sent']}")
        print(sync_lines(data["sync"], o))
    return 0


def sync_lines(sync: dict, outbox: dict) -> str:
    """The sync part of `kiosk status`, for staff: enrolled where, last success, last error, what is waiting."""
    if not sync["enrolled"]:
        where = f" · 服务器 server {sync['server_url']}" if sync["server_url"] else ""
        return f"同步 sync: 未注册 not enrolled{where} (kiosk enroll --server URL --code CODE)"
    lines = [f"同步 sync: 已注册 enrolled · 服务器 server {sync['server_url']}",
             f"  上次成功 last successful sync: {sync['last_success'] or '从未 never'} · 待上传 pending "
             f"{outbox['pending']} · 需处理 needs attention {outbox['needs_attention']}"]
    if sync["last_error"]:
        lines.append(f"  上次错误 last error: {sync['last_error']}")
    if sync.get("re_enrol"):
        lines.append("  请重新注册 enrol again: 本站由旧版本注册，工号和身份匹配不是全市场统一的。请向市场办公室要新的注册码"
                     "（kiosk-central station add），再运行 kiosk enroll。 / This station was enrolled by an older "
                     "version: its worker numbers and ID matching are not market-wide. Ask the market office for a "
                     "new code (kiosk-central station add) and run kiosk enroll again.")
    return "\n".join(lines)


def _workers(args) -> int:
    station = open_station(args)
    with station.read() as s:
        rows = s.scalars(select(Worker).order_by(Worker.worker_no)).all()
        data = [
            {
                "worker_no": w.worker_no,
                "name": mask_name(w.name),
                "trades": list(w.trades),
                "trades_zh": [category(t).zh for t in w.trades if category(t)],
                "registered_at": w.created_at,
                "registered_station": w.home_station_id,
                "origin": w.origin,
            }
            for w in rows
        ]
    if args.json:
        print_json(data)
    else:
        for row in data:
            print(f"{row['worker_no']}  {row['name']}  {','.join(row['trades_zh'])}  {row['registered_at']:%Y-%m-%d}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("status", help="counts, outbox and sync state")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_status)
    p = sub.add_parser("workers", help="the station's workers (masked; never ID or phone numbers)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_workers)
