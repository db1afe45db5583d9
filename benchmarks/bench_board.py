"""Wall board benchmark: paint cost per frame during page turns, and memory over 10,000 page turns.

Run (from the repository root; takes about 3-5 minutes on 2 cores, most of it the 10,000 turns):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_board.py [--turns 10000] [--timed-turns 150]

A 1920x1080 board sized for a 55-inch panel (~40 dpi) shows a demo station with 500 open orders, live (its
reading thread polls the database as on a real wall). Each timed turn is driven as the board drives itself:
the next page is drawn while the current one is read (prerender), the turn starts, then every 16 ms frame of
the 800 ms cross-fade is painted with a synchronous repaint (paint + offscreen flush). Prints name=value lines.
Targets: frame_p99_ms <= 16; rss_after_turns_mb <= 250, and flat (rss_growth_last_9000_turns_mb near 0).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.ui.board.demo import demo_station  # noqa: E402
from kiosk.ui.board.screenshots import PANEL_1080P_55  # noqa: E402
from kiosk.ui.board.source import MARKER_SQL, load_snapshot, read_engine  # noqa: E402
from kiosk.ui.board.view import FADE_MS, BoardView  # noqa: E402
from kiosk.ui.i18n import install_language  # noqa: E402
from kiosk.ui.theme import Theme  # noqa: E402

FRAME_MS = 16


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def one_turn(app, view, frames: list[float] | None) -> tuple[float, float]:
    """A page turn as the board does it; returns (prerender ms, turn start ms); frame times go to `frames`."""
    prerender = timed(view._prerender)
    start = timed(view.turn_page)
    view.animation.pause()  # we step the fade ourselves, one 16 ms frame at a time
    area = view.grid_rect.translated(*view.burn_offset).toAlignedRect()
    steps = range(FRAME_MS, FADE_MS + FRAME_MS, FRAME_MS) if frames is not None else (FADE_MS // 2,)
    for ms in steps:
        view.animation.setCurrentTime(min(ms, FADE_MS - 1))
        cost = timed(lambda: view.repaint(area))
        if frames is not None:
            frames.append(cost)
    view.animation.stop()
    view._on_fade(1.0)
    app.processEvents()  # deliver the reading thread's signals, timers, deferred deletes
    return prerender, start


def marker_cost(db_path) -> tuple[float, float]:
    engine = read_engine(db_path)
    with engine.connect() as conn:
        polls = [timed(lambda: conn.exec_driver_sql(MARKER_SQL).one()) for _ in range(200)]
    engine.dispose()
    return statistics.median(polls), pct(polls, 0.99)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=10_000, help="page turns for the memory check")
    parser.add_argument("--timed-turns", type=int, default=150, help="page turns whose every frame is timed")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    install_language("zh_CN")
    width, height, dpi = PANEL_1080P_55
    with tempfile.TemporaryDirectory(prefix="bench-board-") as home:
        station = demo_station(Path(home), 500, online=True)
        poll_median, poll_p99 = marker_cost(station.settings.db_path)
        with station.read() as session:
            reload_ms = [timed(lambda: load_snapshot(session, station.clock(), [], None)) for _ in range(10)]
        view = BoardView(station, Theme(dpi=dpi))
        view.resize(width, height)
        view.show()
        while view.snapshot.read_at is None:
            app.processEvents()
        view.page_timer.stop()  # the benchmark turns the pages
        full_frames = [timed(view.repaint) for _ in range(20)]

        frames: list[float] = []
        prerenders: list[float] = []
        starts: list[float] = []
        for _ in range(view.pages and len(view.pages) or 1):  # one pass first: QR codes cached, fonts warm
            one_turn(app, view, None)
        rss_start = rss_mb()
        for _ in range(args.timed_turns):
            prerender, start = one_turn(app, view, frames)
            prerenders.append(prerender)
            starts.append(start)
        rss_checkpoints = []
        began = time.perf_counter()
        for turn in range(1, args.turns + 1):
            one_turn(app, view, None)
            if turn in (args.turns // 10, args.turns):
                rss_checkpoints.append(rss_mb())
        turns_seconds = time.perf_counter() - began
        orders, per_page = len(view.snapshot.orders), view.per_page
        view.shutdown()
        station.close()

    print(f"orders={orders}")
    print(f"cards_per_page={per_page}")
    print(f"frames_timed={len(frames)}")
    print(f"frame_median_ms={statistics.median(frames):.2f}")
    print(f"frame_p99_ms={pct(frames, 0.99):.2f}")
    print(f"frame_max_ms={max(frames):.2f}")
    print(f"full_repaint_median_ms={statistics.median(full_frames):.2f}")
    print(f"turn_start_p99_ms={pct(starts, 0.99):.2f}")
    print(f"prerender_median_ms={statistics.median(prerenders):.2f}")
    print(f"prerender_p99_ms={pct(prerenders, 0.99):.2f}")
    print(f"change_marker_poll_median_ms={poll_median:.3f}")
    print(f"change_marker_poll_p99_ms={poll_p99:.3f}")
    print(f"reload_500_orders_median_ms={statistics.median(reload_ms):.1f}")
    print(f"rss_start_mb={rss_start:.1f}")
    print(f"rss_after_{args.turns // 10}_turns_mb={rss_checkpoints[0]:.1f}")
    print(f"rss_after_turns_mb={rss_checkpoints[-1]:.1f}")
    print(f"rss_growth_last_{args.turns - args.turns // 10}_turns_mb={rss_checkpoints[-1] - rss_checkpoints[0]:.1f}")
    print(f"turns={args.turns}")
    print(f"turns_seconds={turns_seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
