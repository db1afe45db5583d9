"""`kiosk run`, `kiosk demo` and `kiosk screenshots`: the touch screen itself."""

from __future__ import annotations

from pathlib import Path


def _run(args) -> int:
    from kiosk.cli.common import open_station
    from kiosk.cli.display import require_display

    require_display("自助机界面", "kiosk")
    from kiosk.ui.app import run_kiosk

    return run_kiosk(open_station(args), windowed=args.windowed, quit_after=args.quit_after,
                     report_ready=args.report_ready)


def _demo(args) -> int:
    from kiosk.ui.app import run_demo

    return run_demo(args.home, tour=args.tour, quit_after=args.quit_after)


def _screenshots(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.screenshots import render_everything

    langs = ("zh_CN", "en") if args.lang == "all" else (args.lang,)
    sizes = (False, True) if args.text == "all" else (args.text == "large",)
    paths = render_everything(Path(args.outdir), langs, sizes)
    for path in paths:
        print(path)
    print(f"{len(paths)} screenshots in {Path(args.outdir).resolve()}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("run", help="the production kiosk: full screen, no window chrome")
    p.add_argument("--windowed", action="store_true", help="in a window (for checking a set-up)")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help="quit by itself (smoke tests)")
    p.add_argument("--report-ready", action="store_true", help="print ready_at=<time> when the start screen is up")
    p.set_defaults(func=_run, creates_home=True)
    p = sub.add_parser("demo", help="the demo station in a window (a guided tour to PNGs without a display)")
    p.add_argument("--tour", action="store_true", help="play the scripted tour and save a picture of each step")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help="quit by itself (smoke tests)")
    p.set_defaults(func=_demo, creates_home=True)
    p = sub.add_parser("screenshots", help="render every screen to PNG with demo data")
    p.add_argument("outdir")
    p.add_argument("--lang", choices=("zh_CN", "en", "all"), default="all")
    p.add_argument("--text", choices=("normal", "large", "all"), default="all")
    p.set_defaults(func=_screenshots)
