"""`kiosk simulate`, `kiosk import`, `kiosk export` and `kiosk staff`: bulk work through the operations."""

from __future__ import annotations

import getpass
import sys
import time
from datetime import datetime, timedelta

from sqlalchemy import func, select

from kiosk.cli.common import open_station, print_json
from kiosk.store.models import Worker
from kiosk.cli.numbers import non_negative_int, positive_int
from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.validation import validate_date, validate_name

E_SIMULATE_LIVE = define(
    "simulate.live_station",
    "This station is enrolled with a central server (or has a server address set): simulated workers and jobs "
    "would be uploaded as real ones. Run simulate on a test station (--home DIR), or pass --force.",
    "本站已在中心服务器注册（或设置了服务器地址）：模拟的工友和岗位会被当作真实数据上传。"
    "请在测试用的驿站目录（--home 目录）里运行，或加 --force。",
)


def _connected(station) -> bool:
    """Enrolled, or pointed at a server: what happens here goes up to the market's real records."""
    from kiosk.sync.state import TOKEN_SET, get_state

    with station.read() as session:
        return bool(station.settings.server_url or get_state(session, TOKEN_SET))


def _simulate(args) -> int:
    from kiosk.demo.simulate import SteppingClock, simulate
    from kiosk.station import Station

    probe = open_station(args)
    if not args.force and _connected(probe):
        probe.close()
        raise UserError(msg(E_SIMULATE_LIVE))
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
    from functools import partial

    from kiosk.imports.ledger import import_jobs, import_workers
    from kiosk.imports.printout import print_import

    station = open_station(args)
    run = partial(import_workers, update=args.update) if args.kind == "workers" else import_jobs
    return print_import(lambda path: run(station, path), args.kind, args.file, args.json, print_json)


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


def _ask_pin(given: str | None) -> str | None:
    """The PIN from --pin, or asked twice without echo; None when the two differ."""
    if given is not None:
        return given
    pin = getpass.getpass("密码 PIN (4-8 digits): ")
    if getpass.getpass("再输一次 PIN again: ") != pin:
        print("两次输入的密码不一致 / the two PINs differ", file=sys.stderr)
        return None
    return pin


def _staff_add(args) -> int:
    from kiosk.ops.staff import add_staff, reset_staff_pin

    station = open_station(args)
    if not args.reset_pin:
        validate_name(args.name)  # before the PIN is typed twice, not after
    pin = _ask_pin(args.pin)
    if pin is None:
        return 1
    done = station.run(reset_staff_pin if args.reset_pin else add_staff, args.name, pin)
    print(f"{done.msg.zh}\n{done.msg.en}")
    return 0


def _staff_list(args) -> int:
    from kiosk.ops.staff import staff_list

    station = open_station(args)
    with station.read() as session:
        rows = staff_list(session, station.clock())
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            locked = f"  已锁定到 locked until {row['locked_until']:%Y-%m-%d %H:%M}" if row["locked_until"] else ""
            print(f"{row['name']}  添加于 added {row['created_at']:%Y-%m-%d}{locked}")
        if not rows:
            print("还没有工作人员 / no staff yet: kiosk staff add NAME")
    return 0


def _staff_remove(args) -> int:
    from kiosk.ops.staff import remove_staff

    done = open_station(args).run(remove_staff, args.name)
    print(f"{done.msg.zh}\n{done.msg.en}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("simulate", help="realistic activity through the real operations")
    p.add_argument("--workers", type=non_negative_int, default=100)
    p.add_argument("--jobs", type=non_negative_int, default=30)
    p.add_argument("--days", type=positive_int, default=3,
                   help="days of activity to simulate, ending yesterday: 1 or more (default 3)")
    p.add_argument("--seed", type=int, help="the same seed on an empty home gives the same station")
    p.add_argument("--force", action="store_true", help="even on an enrolled station (its fake records go up)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_simulate, creates_home=True)  # a test station: --home DIR

    p = sub.add_parser("import", help="import a ledger CSV (see README for the columns)")
    p.add_argument("kind", choices=["workers", "jobs"])
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="per-row report as JSON")
    p.add_argument("--update", action="store_true",
                   help="workers already on file (this station's own) take the file's filled cells")
    p.set_defaults(func=_import, creates_home=True)  # bringing the paper ledger in: a set-up step

    p = sub.add_parser("export", help="the day's figures for the human-resources bureau, as CSV")
    p.add_argument("--date", default=datetime.now().date().isoformat(), help="YYYY-MM-DD (default today)")
    p.add_argument("--out", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_export)

    p = sub.add_parser("staff", help="manage station staff")
    staff_sub = p.add_subparsers(dest="staff_command", required=True)
    q = staff_sub.add_parser("add", help="add a staff member (or give one a new PIN with --reset-pin)")
    q.add_argument("name", help="the name as on the ID card")
    q.add_argument("--pin", help="for scripts; otherwise asked twice without echo")
    q.add_argument("--reset-pin", action="store_true", help="the staff member exists: set a new PIN, lift a lockout")
    q.set_defaults(func=_staff_add, creates_home=True)  # the first step of setting a station up
    q = staff_sub.add_parser("list", help="staff names, when added, locked or not (never PINs)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_staff_list)
    q = staff_sub.add_parser("remove", help="take a staff member off the list")
    q.add_argument("name")
    q.set_defaults(func=_staff_remove)
