"""`kiosk enroll` and `kiosk sync`: join a central server, then send and fetch records (once, or on a timer)."""

from __future__ import annotations

import sys

import requests

from kiosk.cli.common import open_station, print_json
from kiosk.cli.numbers import positive_float, positive_int
from kiosk.cli.server_url import E_BAD_URL, is_server_url, server_url
from kiosk.domain.messages import UserError, msg
from kiosk.sync.backoff import Backoff


def _enroll(args) -> int:
    from kiosk.sync.client import SyncError
    from kiosk.sync.enroll import enroll_station

    station = open_station(args)
    try:
        with requests.Session() as http:
            done = enroll_station(station, http, args.server, args.code, force=args.force)
    except SyncError as exc:
        said = f"{exc.msg.zh}\nenrolment failed: {exc.msg.en}" if exc.msg else str(exc)
        print(f"错误 / error: 注册失败：{said}", file=sys.stderr)
        return 1
    numbers = done.numbers
    if args.json:
        print_json({"station_id": done.station_id, "previous_id": done.previous_id, "server_url": done.server_url,
                    "worker_code": numbers.new, "previous_worker_code": numbers.old,
                    "workers_keeping_old_numbers": numbers.kept})
    else:
        note = numbers.message()
        print(f"已注册 enrolled as {done.station_id} at {done.server_url}\n{note.zh}\n{note.en}")
    return 0


def _describe(report) -> str:
    d = report.downloaded
    line = (f"上传 uploaded {report.uploaded} (duplicates {report.duplicates}, needs attention {report.attention}) · "
            f"下载 downloaded jobs {d.get('jobs', 0)}, workers {d.get('workers', 0)}, "
            f"jobs closed {d.get('tombstones', 0)}, revocations {d.get('revocations', 0)}, keys {d.get('keys', 0)} · "
            f"待上传 pending {report.pending_left}")
    return line if report.ok else f"{line}\n错误 / error: {report.error}"


def _sync(args) -> int:
    from kiosk.sync.client import AuthRefused
    from kiosk.sync.engine import engine_for
    from kiosk.sync.scheduler import SyncScheduler
    from kiosk.sync.status import retry_attention

    station = open_station(args)
    configured = station.settings.server_url
    if not args.server and configured and not is_server_url(configured):
        raise UserError(msg(E_BAD_URL, url=configured), "server_url")
    if args.retry_attention:
        print(f"needs-attention events back in the queue: {retry_attention(station)}", file=sys.stderr)
    options = {"timeout": (min(5.0, args.timeout), args.timeout), "batch_size": args.batch,
               "max_attempts": args.attempts, "backoff": Backoff(base=args.backoff, cap=max(args.backoff, 60.0))}
    if not args.once:
        scheduler = SyncScheduler(station, station.settings.sync_interval_seconds,
                                  on_report=lambda r: print(_describe(r), flush=True), **options)
        scheduler.start()
        try:
            scheduler.join()
        except KeyboardInterrupt:
            scheduler.stop()
        return 0
    try:
        with requests.Session() as http:
            report = engine_for(station, http, args.server, **options).run_cycle()
    except AuthRefused as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print_json(report.to_dict())
    else:
        print(_describe(report))
    return 0 if report.ok else 1


def register(sub) -> None:
    p = sub.add_parser("enroll", help="join a central server with a one-time enrolment code")
    p.add_argument("--server", required=True, type=server_url,
                   help="the central server's URL, e.g. http://10.0.0.5:8470")
    p.add_argument("--code", required=True, help="the code `kiosk-central station add NAME` printed")
    p.add_argument("--json", action="store_true")
    p.add_argument("--force", action="store_true",
                   help="move a station of another market here (its ID and phone look-ups are re-keyed)")
    p.set_defaults(func=_enroll, creates_home=True)
    p = sub.add_parser("sync", help="send pending records and fetch jobs, workers, revocations and keys")
    p.add_argument("--once", action="store_true", help="one full cycle, then report what moved (else: keep syncing)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--server", type=server_url, help="use this server URL instead of the configured one (same token)")
    p.add_argument("--timeout", type=positive_float, default=30.0, help="seconds to wait for an answer")
    p.add_argument("--attempts", type=positive_int, default=5, help="tries per request before giving up this cycle")
    p.add_argument("--backoff", type=positive_float, default=1.0,
                   help="first retry delay in seconds (doubles, with jitter)")
    p.add_argument("--batch", type=positive_int, default=500, help="events per upload request")
    p.add_argument("--retry-attention", action="store_true", help="first put needs-attention events back in the queue")
    p.set_defaults(func=_sync)
