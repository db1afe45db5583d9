"""Entry point of the `kiosk` command: global options, then one sub-command per job."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from kiosk import __version__
from kiosk.domain.messages import UserError

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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # `logs` only reads; `restore` must leave a home untouched until the backup has been checked; a home with
    # no station gets no logs/ folder unless the command makes a station there (a mistyped --home stays unmade)
    if getattr(args, "func", None) and args.command not in ("logs", "restore"):
        from kiosk.logs import setup_logging
        from kiosk.settings import has_station, resolve_home

        home = resolve_home(args.home)
        try:
            if getattr(args, "creates_home", False) or has_station(home):
                setup_logging(home / "logs", console=args.verbose)
        except OSError:  # a read-only or missing home must not stop e.g. `decode`; commands report it
            pass
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
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
    except Exception as exc:  # noqa: BLE001 - the world failed (newer database, bad settings, disk full)
        from kiosk.store.migrate import NewerDatabaseError
        from kiosk.settings import SettingsError

        if isinstance(exc, (NewerDatabaseError, SettingsError, OSError)):
            print(f"错误 / error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
