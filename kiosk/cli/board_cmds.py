"""`kiosk board`: the full-screen wall board of today's urgent orders (今日急单)."""

from __future__ import annotations


def _board(args) -> int:
    from kiosk.cli.display import require_display

    require_display("今日急单大屏", "wall board")
    from kiosk.ui.board.app import run_board  # Qt is imported only when the board is really started

    return run_board(args.home, args.screen, args.windowed, args.quit_after, args.diagonal)


def register(sub) -> None:
    p = sub.add_parser("board", help="full-screen wall board of today's urgent orders (今日急单)")
    p.add_argument("--screen", type=int, metavar="N", help="screen number, 0 = first (default: the primary screen)")
    p.add_argument("--windowed", action="store_true", help="a 1280x720 window instead of full screen (testing)")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help="close by itself after this long (testing)")
    p.add_argument("--diagonal", type=float, metavar="INCHES",
                   help="the panel's diagonal, when the screen does not report its size (default: ask it, else 55)")
    p.set_defaults(func=_board, creates_home=True)
