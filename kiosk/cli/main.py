"""Entry point of the `kiosk` command: global options, then one sub-command per job."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.domain.messages import UserError

log = logging.getLogger("kiosk.cli")

# Each module has register(subparsers); a sub-command's handler is args.func(args) -> exit code.
COMMAND_MODULES = [
    "kiosk.cli.station_cmds",
    "kiosk.cli.data_cmds",
    "kiosk.cli.card_cmds",
    "kiosk.cli.ui_cmds",
    "kiosk.cli.sync_cmds",
    "kiosk.cli.ops_cmds",
    "kiosk.cli.board_cmds",
    "kiosk.cli.maint_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="零工驿站 station kiosk")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--home", help="station data directory (default: $KIOSK_HOME or ~/.local/share/gig-kiosk)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to the console")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command group not built yet
        module.register(sub)
    return parser


# The programs that run for hours get their own log file and report a bug at start-up; the rest log to cli.log.
PROGRAMS = {"run": "kiosk", "demo": "kiosk", "board": "board"}


def start_logging(args) -> Path | None:
    """Log to the station's logs/ (the program's own file); returns that folder, or None when there is none.

    `logs` only reads; `restore` must leave a home untouched until the backup has been checked; a home with no
    station gets no logs/ folder unless the command makes a station there (a mistyped --home stays unmade).
    """
    from kiosk.demo import demo_home
    from kiosk.logs import setup_logging
    from kiosk.settings import has_station, resolve_home

    if args.command in ("logs", "restore"):
        return None
    home = demo_home(args.home) if args.command == "demo" else resolve_home(args.home)
    try:
        if getattr(args, "creates_home", False) or has_station(home):
            setup_logging(home / "logs", console=args.verbose, program=PROGRAMS.get(args.command, "cli"))
            return home / "logs"
    except OSError:  # a read-only or missing home must not stop e.g. `decode`; commands report it
        pass
    if not args.verbose:  # no log file: warnings such as 'camera lost' must not spill over the command's output
        logging.getLogger("kiosk").addHandler(logging.NullHandler())
    return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    logs_dir = start_logging(args)
    if args.command in PROGRAMS and logs_dir is not None:
        from kiosk.crash_reports import install_crash_reporting

        install_crash_reporting(logs_dir)  # before any set-up: a bug while starting leaves a report too
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"错误 / error: {exc.msg.zh}\n{exc.msg.en}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kiosk workers | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second complaint at exit
        return 0
    except Exception as exc:  # noqa: BLE001 - the world failed (newer database, bad settings, disk full) or a bug
        return _failed(args, exc, logs_dir)


def _failed(args, exc: Exception, logs_dir: Path | None) -> int:
    """Say plainly what stopped the command; a bug in a long-running program leaves a crash report."""
    from kiosk.settings import SettingsError
    from kiosk.store.db_errors import plain_db_error
    from kiosk.store.migrate import NewerDatabaseError

    problem = plain_db_error(exc, f"kiosk {args.command}")
    if problem is not None:
        print(f"错误 / error: {problem.zh}\n{problem.en}", file=sys.stderr)
        return 1
    if isinstance(exc, (NewerDatabaseError, SettingsError, OSError)):
        log.warning("kiosk %s stopped: %s", args.command, exc)
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 1
    if args.command in PROGRAMS:
        from kiosk.crash_reports import startup_failure_text

        print(startup_failure_text(logs_dir, exc), file=sys.stderr)
        return 1
    raise exc


if __name__ == "__main__":
    sys.exit(main())
