"""`kiosk simulate`, `kiosk import`, `kiosk export` and `kiosk staff`: bulk work through the operations."""

from __future__ import annotations

import getpass
import sys
import time
from datetime import datetime, timedelta

from sqlalchemy import func, select

from kiosk.cli.common import open_station, print_json
from kiosk.store.models import Worker
from kiosk.domain.messages import UserError
from kiosk.domain.validation import validate_date


def _simulate(args) -> int:
    from kiosk.demo.simulate import SteppingClock, simulate
    from kiosk.station import Station

    probe = open_station(args)
    start = probe.clock().replace(microsecond=0) - timedelta(days=args.days)
    if args.seed is None:  # a new crowd each run, so running it again adds people instead of finding twins
        with probe.read() as session:
            args.seed = 7 + session.scalar(select(func.count()).select_from(Worker))
    probe.close()
    clock = SteppingClock(start)
    station = Station.open(args.home, clock=clock)
    began = time.perf_counter()
    report = simulate(station, clock, args.workers, args.jobs, args.days, seed=args.seed)
    elapsed = time.perf_counter() - began
    data = {**report.__dict__, "seconds": round(elapsed, 2),
            "operations_per_second": round(report.operations / elapsed, 1) if elapsed else None}
    if args.json:
        print_json(data)
    else:
        print(f"{report.operations} operations in {elapsed:.1f} s: {report.workers} workers, {report.jobs} jobs, "
              f"{report.signups} sign-ups, {report.check_ins} check-ins, {report.check_outs} check-outs")
    return 0


def _import(args) -> int:
    from kiosk.imports.ledger import import_jobs, import_workers

    station = open_station(args)
    run = import_workers if args.kind == "workers" else import_jobs
    try:
        report = run(station, args.file)
    except UserError as exc:
        if args.json:
            print_json({"kind": args.kind, "file": args.file, "error": {"code": exc.msg.code, "zh": exc.msg.zh,
                                                                       "en": exc.msg.en}})
            return 1
        raise
    if args.json:
        print_json(report.as_dict())
    else:
        for row in report.rows:
            if row.status == "refused":
                print(f"第 {row.line} 行 / line {row.line}: {row.reason.zh} / {row.reason.en}", file=sys.stderr)
        print(f"导入 imported {report.count('imported')} · 已存在 existing {report.count('existing')} · "
              f"未导入 refused {report.count('refused')}")
    return 0


def _export(args) -> int:
    from kiosk.reports.day_report import write_day_csv

    day = validate_date(args.date)
    station = open_station(args)
    with station.read() as session:
        figures = write_day_csv(session, day, args.out, station.id)
    if args.json:
        print_json({"date": day, "out": str(args.out), "figures": figures})
    else:
        print(f"{day}: {len(figures)} figures written to {args.out}")
    return 0


def _staff_add(args) -> int:
    from kiosk.ops.staff import add_staff

    pin = args.pin
    if pin is None:
        pin = getpass.getpass("PIN (4-8 digits): ")
        if getpass.getpass("PIN again: ") != pin:
            print("两次输入的密码不一致 / the two PINs differ", file=sys.stderr)
            return 1
    open_station(args).run(add_staff, args.name, pin)
    print(f"staff member {args.name} saved")
    return 0


def register(sub) -> None:
    p = sub.add_parser("simulate", help="realistic activity through the real operations")
    p.add_argument("--workers", type=int, default=100)
    p.add_argument("--jobs", type=int, default=30)
    p.add_argument("--days", type=int, default=3)
    p.add_argument("--seed", type=int, help="the same seed on an empty home gives the same station")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_simulate)

    p = sub.add_parser("import", help="import a ledger CSV (see README for the columns)")
    p.add_argument("kind", choices=["workers", "jobs"])
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="per-row report as JSON")
    p.set_defaults(func=_import)

    p = sub.add_parser("export", help="the day's figures for the human-resources bureau, as CSV")
    p.add_argument("--date", default=datetime.now().date().isoformat(), help="YYYY-MM-DD (default today)")
    p.add_argument("--out", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_export)

    p = sub.add_parser("staff", help="manage station staff")
    staff_sub = p.add_subparsers(dest="staff_command", required=True)
    q = staff_sub.add_parser("add", help="add a staff member or set a new PIN")
    q.add_argument("name")
    q.add_argument("--pin", help="for scripts; otherwise asked twice without echo")
    q.set_defaults(func=_staff_add)
