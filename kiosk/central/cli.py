"""The `kiosk-central` command: serve the API, enrol and revoke stations, add jobs, review conflicts, stats."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.central.db import CentralStore, default_url
from kiosk.domain.messages import UserError, define, msg
from kiosk.sync.protocol import STATION_PATTERN

E_STATION_NAME = define(
    "central.station_name",
    "'{name}' cannot be a station name: use 1 to 64 Latin letters (A-Z, a-z), digits 0-9, '.', '_' or '-', "
    "starting with a letter or digit; no spaces, Chinese characters or '/'. For example: HePing-01.",
    "“{name}”不能用作站点名：只能用 1 到 64 个英文字母（A-Z、a-z）、数字 0-9 或 . _ -，并以字母或数字开头；"
    "不能有空格、汉字或 /。例如：HePing-01。",
)


STATION_STATUS = {"pending": "待注册 pending", "active": "在用 active", "revoked": "已停用 revoked"}


def _json_default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def open_store(args) -> CentralStore:
    store = CentralStore(args.db or default_url())
    store.create_schema()
    return store


def _serve(args) -> int:
    import uvicorn

    from kiosk.central.app import create_app

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            await super().startup(sockets)
            if self.started:
                port = self.servers[0].sockets[0].getsockname()[1]
                # The real port (useful with --port 0); tests and scripts read this line.
                print(f"kiosk-central 已启动 listening on http://{args.host}:{port}", flush=True)

    store = open_store(args)
    if not args.no_prune:
        _pruned(store, args.prune_older_than)
    config = uvicorn.Config(create_app(store), host=args.host, port=args.port,
                            log_level="info" if args.verbose else "warning", access_log=args.verbose,
                            timeout_keep_alive=15)
    Server(config).run()
    return 0


def _pruned(store: CentralStore, days: int):
    from kiosk.central.retention import E_DAYS, prune_tombstones

    if days < 0:
        raise UserError(msg(E_DAYS, days=days), "older_than")
    done = prune_tombstones(store, timedelta(days=days))
    logging.getLogger("kiosk.central").info("%d tombstone(s) older than %d days pruned", done.count, days)
    return done


def _prune(args) -> int:
    from kiosk.central.retention import M_PRUNED

    text = msg(M_PRUNED, count=_pruned(open_store(args), args.older_than).count, days=args.older_than)
    print(f"{text.zh}\n{text.en}")
    return 0


def _station(args) -> int:
    from kiosk.central import stations

    if args.action == "add" and not re.match(STATION_PATTERN, args.name):
        raise UserError(msg(E_STATION_NAME, name=args.name[:40]), "name")
    store = open_store(args)
    if args.action == "add":
        code = stations.add_station(store, args.name, reactivate=args.reactivate)
        if args.json:
            _print_json({"station": args.name, "code": code})
        else:
            print(f"站点 station {args.name}: 一次性注册码，14 天内有效 one-time enrolment code, valid 14 days:")
            print(code)
            print(f"在驿站上运行 on the station run: kiosk enroll --server URL --code {code}")
    elif args.action == "revoke":
        keys = stations.revoke_station(store, args.name, compromised=args.compromised)
        done = msg(stations.M_REVOKED if args.compromised else stations.M_RETIRED, name=args.name, keys=keys)
        print(f"{done.zh}\n{done.en}")
    else:
        rows = stations.list_stations(store)
        if args.json:
            _print_json(rows)
        for row in [] if args.json else rows:
            status = STATION_STATUS.get(row["status"], row["status"])
            print(f"{row['name']:<20} {status:<14} 上次同步 last seen {row['last_seen_at'] or '-'}")
    return 0


def _job(args) -> int:
    from kiosk.central import job_list, office
    from kiosk.central.job_options import job_form
    from kiosk.imports.printout import print_import

    store = open_store(args)
    if args.action == "add":
        print(office.add_job(store, job_form(args, datetime.now()), args.id))  # job times are wall-clock times
        return 0
    if args.action == "list":
        jobs = job_list.list_jobs(store, datetime.now(), everything=args.all)
        if args.json:
            _print_json(jobs)
            return 0
        print(job_list.HEADER)
        for job in jobs:
            print(job_list.job_line(job))
        print(job_list.count_line(jobs, args.all))
        return 0
    if args.action == "import":
        done = []

        def run(path: Path):
            done.append(office.import_jobs(store, path))
            return done[-1]

        code = print_import(run, "jobs", args.file, args.json, _print_json)
        for line in [] if args.json else job_list.imported_lines(done[0]):  # the ids `job close` takes
            print(line)
        return code
    done = office.close_office_job(store, args.id, "cancelled" if args.withdraw else "closed")
    print(f"{done.zh}\n{done.en}")
    return 0


def _review(args) -> int:
    from kiosk.central import reports

    from kiosk.central import review_text

    store = open_store(args)
    if args.resolve is not None:
        item = reports.resolve_review(store, args.resolve, args.note)
        if item is None:
            raise UserError(msg(review_text.E_NO_ITEM, id=args.resolve), "resolve")
        done = review_text.resolved_text(item)
        print(f"{done.zh}\n{done.en}")
        return 0
    items = reports.review_items(store, include_resolved=args.all)
    if args.json:
        _print_json(items)
        return 0
    for item in items:
        print("\n".join(review_text.item_lines(item)))
    counted = msg(review_text.M_COUNT, count=len(items))
    print(f"{counted.zh}\n{counted.en}")
    return 0


def _stats(args) -> int:
    from kiosk.central import reports

    data = reports.stats(open_store(args))
    if args.json:
        _print_json(data)
    else:
        print(f"已存事件 events stored {data['events_total']} (收到次数，含重发 deliveries incl. re-sends "
              f"{data['deliveries_total']}), 待审核 open review items {data['review_open']}")
        for name, entry in data["by_station"].items():
            status = STATION_STATUS.get(entry.get("status", ""), entry.get("status", ""))
            print(f"  {name:<20} {entry['events']:>8}  {status}")
    return 0


def _openapi(args) -> int:
    from kiosk.central.app import create_app

    text = json.dumps(create_app(CentralStore("sqlite://")).openapi(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from kiosk.central.retention import DEFAULT_DAYS

    p = argparse.ArgumentParser(prog="kiosk-central", description="零工驿站 central server")
    p.add_argument("--db", help="database URL (default: SQLite under $KIOSK_CENTRAL_HOME or "
                                "~/.local/share/gig-kiosk-central); e.g. postgresql+psycopg://user@host/db")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("serve", help="run the HTTP API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8470, help="0 picks a free port (printed)")
    s.add_argument("--prune-older-than", type=int, default=DEFAULT_DAYS, metavar="DAYS",
                   help=f"at start-up, drop tombstones older than this (default {DEFAULT_DAYS})")
    s.add_argument("--no-prune", action="store_true", help="keep every tombstone at start-up")
    s.set_defaults(func=_serve)

    pr = sub.add_parser("prune", help="drop tombstones (closed jobs) older than the retention from the feed; "
                                      "stations offline for longer download everything again")
    pr.add_argument("--older-than", type=int, default=DEFAULT_DAYS, metavar="DAYS",
                    help=f"age in days (default {DEFAULT_DAYS})")
    pr.set_defaults(func=_prune)

    st = sub.add_parser("station", help="enrol, list and revoke stations").add_subparsers(dest="action", required=True)
    a = st.add_parser("add", help="create a station and print its one-time enrolment code")
    a.add_argument("name")
    a.add_argument("--reactivate", action="store_true", help="allow re-adding a revoked station")
    a.add_argument("--json", action="store_true")
    r = st.add_parser("revoke", help="stop a station syncing")
    r.add_argument("name")
    r.add_argument("--compromised", action="store_true", help="also void every card its key signed")
    st.add_parser("list").add_argument("--json", action="store_true")
    for q in st.choices.values():
        q.set_defaults(func=_station)

    jb = sub.add_parser("job", help="jobs from the market office").add_subparsers(dest="action", required=True)
    j = jb.add_parser("add", help="publish one job to every station")
    for name in ("title", "employer", "place"):
        j.add_argument(f"--{name}", required=True)
    j.add_argument("--category", required=True, help="a trade's code or Chinese name (sorting, 分拣, 搬运工 ...)")
    for name in ("starts", "ends"):
        j.add_argument(f"--{name}", required=True, help="2026-11-24 08:00 (or 2026-11-24T08:00)")
    j.add_argument("--pay", type=float, required=True, help="yuan per unit")
    j.add_argument("--unit", default="day", help="day 天 | hour 小时 | piece 件 | month 月")
    j.add_argument("--settlement", default="daily", help="daily 日结 | weekly 周结 | monthly 月结 | "
                                                         "on_completion 完工结")
    j.add_argument("--headcount", type=int, default=1, help="people wanted (default 1, as in a ledger)")
    j.add_argument("--distance-km", type=float, default=0.0)
    j.add_argument("--urgent", action="store_true")
    j.add_argument("--verified", action="store_true", help="the employer is verified")
    j.add_argument("--description", default="")
    j.add_argument("--requirements", default="")
    j.add_argument("--id", help="a job id to use (default: a new one)")
    i = jb.add_parser("import", help="add jobs from a ledger CSV, read as `kiosk import jobs` reads it (UTF-8 or "
                                     "GBK, Chinese or English headers; see README for the columns)")
    i.add_argument("file")
    i.add_argument("--json", action="store_true", help="per-row report as JSON")
    ls = jb.add_parser("list", help="the jobs and their ids (to close one): open ones, soonest first")
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true", help="only jobs still taking people (the default)")
    which.add_argument("--all", action="store_true", help="ended, closed and withdrawn jobs too, newest first")
    ls.add_argument("--json", action="store_true")
    c = jb.add_parser("close", help="close a job (or --withdraw it); stations get a tombstone")
    c.add_argument("id")
    c.add_argument("--withdraw", action="store_true")
    for q in jb.choices.values():
        q.set_defaults(func=_job)

    rv = sub.add_parser("review", help="facts that were recorded but need a person to look at them")
    rv.add_argument("--json", action="store_true")
    rv.add_argument("--all", action="store_true", help="include resolved items")
    rv.add_argument("--resolve", type=int, metavar="ID")
    rv.add_argument("--note", default="")
    rv.set_defaults(func=_review)

    sa = sub.add_parser("stats", help="events per station and kind, records held")
    sa.add_argument("--json", action="store_true")
    sa.set_defaults(func=_stats)

    o = sub.add_parser("openapi", help="print the OpenAPI document (docs/openapi.json)")
    o.add_argument("--output")
    o.set_defaults(func=_openapi)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from kiosk.central.stations import StationError

    try:
        return int(args.func(args) or 0)
    except (StationError, OSError, ValueError) as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 1
    except UserError as exc:
        for error in getattr(exc, "errors", [exc]):  # a form tells every wrong field, not just the first
            print(f"错误 / error: {error.msg.zh}\n{error.msg.en}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
