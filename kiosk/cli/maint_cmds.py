"""`kiosk backup`, `kiosk restore` and `kiosk logs`: looking after a station that is left alone for months."""

from __future__ import annotations

import json
import logging
from datetime import datetime

from kiosk.backup import backup, restore
from kiosk.logs import LEVELS, parse_since, read_logs, setup_logging
from kiosk.settings import require_station, resolve_home

log = logging.getLogger("kiosk.maintenance")


def _backup(args) -> int:
    home = resolve_home(args.home)
    out = backup(home, args.out, force=args.force)
    log.info("backup written: %s", out.name)
    print(f"备份完成 / backup written: {out}")
    return 0


def _restore(args) -> int:
    home = resolve_home(args.home)
    manifest = restore(args.file, home, force=args.force)  # the home is not touched before this (not even logs/)
    setup_logging(home / "logs")
    if manifest["safety_copy"]:
        log.info("station before the restore saved: %s", manifest["safety_copy"])
        print(f"原有数据已另存 / the station as it was is saved in: {manifest['safety_copy']}")
    log.info("backup restored: %s files made %s", len(manifest["files"]), manifest["made_at"])
    print(f"已恢复 / restored {len(manifest['files'])} files made {manifest['made_at']} into {home}")
    return 0


def _logs(args) -> int:
    home = resolve_home(args.home)
    require_station(home)
    since = parse_since(args.since, datetime.now()) if args.since else None
    for entry in read_logs(home / "logs", since, args.level):
        if args.json:
            print(json.dumps(entry, ensure_ascii=False))
        else:
            print(f"{entry['t']} {entry['level']:<7} [{entry['program']}] {entry['logger']}: {entry['msg']}")
            if "trace" in entry:
                print(entry["trace"])
    return 0


def register(sub) -> None:
    p = sub.add_parser("backup", help="consistent online backup of the database, keys and settings")
    p.add_argument("out", help="archive to write (.tar.gz or .tgz; written readable by this account only)")
    p.add_argument("--force", action="store_true", help="replace the archive if it already exists")
    p.set_defaults(func=_backup)
    p = sub.add_parser("restore", help="restore a backup into the station home")
    p.add_argument("file")
    p.add_argument("--force", action="store_true",
                   help="replace an existing station, even with unsent records (it is saved under backups/ first)")
    p.set_defaults(func=_restore)
    p = sub.add_parser("logs", help="read the station's logs (the kiosk's, the board's and the commands', by time)")
    p.add_argument("--since", help="e.g. 30m, 2h, 3d or 2026-11-21T07:00")
    p.add_argument("--level", type=str.upper, choices=LEVELS, help="lowest level to show")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_logs)
