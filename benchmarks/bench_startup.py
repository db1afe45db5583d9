"""Kiosk start-up and scan-to-screen time.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--scans 40]

Prints name=value lines:
  startup_median_s      cold start of `kiosk run` (fresh process: interpreter, imports, database, window)
                        until the start screen has been painted and takes taps (target <= 1.5 s)
  bare_pyside6_median_s the same for a bare PySide6 window with one label, measured in the same run
  scan_to_screen_p95_ms from a 1280x720 camera frame with a card in it (the real scan loop and default
                        decoder pick it up) to the worker's screen painted (target <= 150 ms); p50 and max too
  decode_median_ms      the QR decoder on one 1280x720 camera frame with a card (for the whole picture)
Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a platform is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("零工驿站")
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"ready_at={time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
first = First()
label.installEventFilter(first)
label.resize(1920, 1080)
label.show()
app.exec()
"""


def time_to_ready(argv: list[str], env: dict) -> float:
    """Seconds from starting a process to its `ready_at=` line."""
    started = time.time()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        for line in proc.stdout:
            if line.startswith("ready_at="):
                return float(line.split("=", 1)[1]) - started
        raise RuntimeError(f"no ready line from {argv}")
    finally:
        proc.terminate()
        proc.wait(10)


def seeded_home(base: Path) -> Path:
    """A demo station with its database, keys and data in place (a kiosk starts on an existing station)."""
    from kiosk.demo.seed import seed_demo
    from kiosk.station import Station

    home = base / "station"
    station = Station.open(home)
    seed_demo(station)
    station.close()
    (home / "settings.toml").write_text('[devices]\ncamera = "none"\n', encoding="utf-8")
    return home


def bench_startup(home: Path, runs: int, env: dict) -> dict[str, float]:
    kiosk = [sys.executable, "-m", "kiosk.cli.main", "--home", str(home), "run", "--windowed", "--quit-after", "20",
             "--report-ready"]
    bare = [sys.executable, "-c", BARE]
    time_to_ready(kiosk, env)  # one warm-up so the file cache is not what we measure
    kiosk_s, bare_s = [], []
    for _ in range(runs):
        kiosk_s.append(time_to_ready(kiosk, env))
        bare_s.append(time_to_ready(bare, env))
    return {"startup_median_s": statistics.median(kiosk_s), "startup_max_s": max(kiosk_s),
            "bare_pyside6_median_s": statistics.median(bare_s),
            "startup_over_bare_s": statistics.median(kiosk_s) - statistics.median(bare_s)}


class PushCamera:
    """A camera the benchmark holds cards in front of: `show(image)` is the moment the frame exists."""

    def __init__(self):
        from kiosk.devices.camera import M_OK
        from kiosk.domain.messages import msg

        self.status, self.status_msg = "ok", msg(M_OK)
        self._frame = None
        self._seq = 0

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def latest(self):
        return self._frame

    def show(self, image) -> float:
        from kiosk.devices.camera import Frame

        self._seq += 1
        shown = time.perf_counter()
        self._frame = Frame(image, self._seq, time.monotonic())
        return shown


def bench_scan(home: Path, scans: int) -> dict[str, float]:
    """In one kiosk process with the real scan loop and decoder: a 1280x720 camera frame with a card appears,
    until the worker's screen has been painted (waiting for the frame, decoding, greeting, painting)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from kiosk.demo.seed import existing_demo
    from kiosk.devices.decoder import make_decoder
    from kiosk.devices.synthetic import card_frame, empty_frame
    from kiosk.station import Station
    from kiosk.ui.app import attach_devices, build_context, make_app
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.waiting import settle, wait_for

    make_app()
    station = Station.open(home)
    seeded = existing_demo(station)
    frames = [card_frame(i, "clean", "medium", text=text).image
              for i, text in enumerate(seeded["card_payloads"].values())]
    nothing = empty_frame(0).image
    ctx = build_context(station)
    window = KioskWindow(ctx)
    window.guard.settle_ms = 0
    window.resize(1920, 1080)
    window.show()
    camera = PushCamera()
    attach_devices(window, camera=camera, decoder=make_decoder("auto"))
    painted: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "WorkerScreen" and "t" not in painted:
                painted["t"] = time.perf_counter()
            return False

    spy = Painted()
    QApplication.instance().installEventFilter(spy)
    times = []
    for i in range(scans + 3):
        painted.clear()
        start = camera.show(frames[i % len(frames)])
        wait_for(lambda: "t" in painted, timeout=10)
        if i >= 3:  # the first few include one-off work (first worker screen ever, font caches)
            times.append((painted["t"] - start) * 1000)
        camera.show(nothing)  # the card is taken away...
        window.scan.loop.filter.clear()  # ...for longer than the repeat window, as the next worker's would be
        window.flow.go_home(reset_preferences=False)
        settle(window)
    window.scan.stop()
    ctx.runner.stop()
    station.close()
    times.sort()
    return {"scan_to_screen_p50_ms": statistics.median(times),
            "scan_to_screen_p95_ms": times[max(0, round(0.95 * len(times)) - 1)],
            "scan_to_screen_max_ms": times[-1], "scan_runs": len(times)}


def bench_decode(home: Path) -> dict[str, float]:
    from kiosk.demo.seed import existing_demo
    from kiosk.devices.decoder import make_decoder
    from kiosk.devices.synthetic import card_frame
    from kiosk.station import Station

    station = Station.open(home)
    text = next(iter(existing_demo(station)["card_payloads"].values()))
    station.close()
    frame = card_frame(3, "clean", "medium", text=text).image
    decoder = make_decoder("auto")
    runs = []
    for _ in range(15):
        started = time.perf_counter()
        found = decoder.decode(frame)
        runs.append((time.perf_counter() - started) * 1000)
    assert text in [t if isinstance(t, str) else t.text for t in found]
    return {"decode_median_ms": statistics.median(runs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="start-ups to measure (median reported)")
    parser.add_argument("--scans", type=int, default=40, help="scans to measure")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = seeded_home(Path(tmp))
        results = bench_startup(home, args.runs, env)
        results["startup_runs"] = args.runs
        results.update(bench_scan(home, args.scans))
        results.update(bench_decode(home))
    for name, value in results.items():
        print(f"{name}={value:.3f}" if isinstance(value, float) else f"{name}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
