"""Sync benchmark: a week's backlog up, 10,000 jobs down, and how long the UI thread stalls meanwhile.

Run:  .venv/bin/python benchmarks/bench_sync.py [--events 35000] [--sample 2000] [--jobs 10000]

Starts real `kiosk-central serve` processes on 127.0.0.1 (SQLite in a temporary directory) and prints one
figure per line as name=value:
  upload_batched_seconds         the backlog uploaded in batches of 500 (target <= 30 s)
  upload_one_per_event_seconds   the same backlog one request per event, measured on --sample events and
                                 extrapolated (the line says so; with --sample equal to --events it is the whole
                                 backlog, measured); batched_speedup is the ratio (target >= 20)
  download_jobs_seconds          a fresh station downloads --jobs jobs
  ui_max_stall_ms                the longest gap between 5 ms heartbeats of a Qt timer on the UI thread while
                                 kiosk/ui/sync_runner.py runs a big cycle (backlog up + jobs down) (target <= 50)
"""

from __future__ import annotations

import argparse
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import requests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.central import office, stations  # noqa: E402
from kiosk.central.db import CentralStore  # noqa: E402
from kiosk.domain.forms import JobForm  # noqa: E402
from kiosk.station import Station  # noqa: E402
from kiosk.sync.engine import SyncEngine  # noqa: E402
from kiosk.sync.enroll import enroll_station  # noqa: E402
from kiosk.sync.loadgen import write_backlog  # noqa: E402
from kiosk.sync.pull import pull  # noqa: E402
from kiosk.sync.push import push  # noqa: E402
from kiosk.sync.state import read_token  # noqa: E402

BIN = Path(sys.executable).parent
HEARTBEAT_MS = 5


class Server:
    """A `kiosk-central serve` process with its own SQLite database."""

    def __init__(self, root: Path):
        root.mkdir(parents=True)
        self.db_url = f"sqlite:///{root / 'central.db'}"
        self.store = CentralStore(self.db_url)
        self.store.create_schema()
        self.proc = subprocess.Popen([str(BIN / "kiosk-central"), "--db", self.db_url, "serve", "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=open(root / "server.log", "w"), text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: lines.put(self.proc.stdout.readline()), daemon=True).start()
        self.url = "http://" + lines.get(timeout=60).strip().rsplit("http://", 1)[1]
        deadline = time.monotonic() + 30
        while not self._healthy():
            if time.monotonic() > deadline:
                raise SystemExit("the central server did not start")
            time.sleep(0.05)

    def _healthy(self) -> bool:
        try:
            return requests.get(self.url + "/v1/health", timeout=2).ok
        except requests.RequestException:
            return False

    def station(self, root: Path, name: str) -> Station:
        station = Station.open(root / name)
        with requests.Session() as http:
            enroll_station(station, http, self.url, stations.add_station(self.store, name))
        return station

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)
        self.store.dispose()


def engine(station: Station, http: requests.Session, **kwargs) -> SyncEngine:
    return SyncEngine(station, http, station.settings.server_url, read_token(station.settings.keys_dir), **kwargs)


def timed_push(station: Station, **kwargs) -> tuple[float, dict]:
    totals: dict = {}
    with requests.Session() as http:
        started = time.perf_counter()
        push(engine(station, http, **kwargs), totals)
        return time.perf_counter() - started, totals


def add_office_jobs(server: Server, n: int) -> None:
    start = datetime.now().replace(microsecond=0) + timedelta(days=1)
    form = JobForm(title="仓库分拣员", category="sorting", employer_name="顺达物流园", pay_amount=180, pay_unit="day",
                   headcount=10, starts_at=start, ends_at=start + timedelta(hours=8), place="城南物流园3号库",
                   urgent=True).validated()
    for i in range(0, n, 2000):
        office.add_jobs(server.store, [(str(uuid.uuid4()), form) for _ in range(min(2000, n - i))])


def ui_stall(station: Station) -> tuple[float, float, dict]:
    """Run one big cycle with the Qt sync runner while a 5 ms heartbeat timer ticks on the UI thread."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.sync_runner import SyncRunner

    app = QApplication.instance() or QApplication([])
    clock, beat, worst, report = QElapsedTimer(), QTimer(), [0.0, 0.0], {}
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.setInterval(HEARTBEAT_MS)

    def tick():
        now = clock.nsecsElapsed() / 1e6
        worst[0] = max(worst[0], now - worst[1])
        worst[1] = now

    def finished(r):
        report.update(r.to_dict())
        QCoreApplication.quit()

    beat.timeout.connect(tick)
    runner = SyncRunner(station, interval=3600)  # made at start-up, as the kiosk does; the cycle starts below
    runner.cycle_finished.connect(finished)
    QTimer.singleShot(900_000, QCoreApplication.quit)
    clock.start()
    beat.start()
    started = time.perf_counter()
    runner.start()
    app.exec()
    took = time.perf_counter() - started
    beat.stop()
    runner.stop()
    return worst[0], took, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=35_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--jobs", type=int, default=10_000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    up, down = Server(root / "central-up"), Server(root / "central-down")
    try:
        batched = up.station(root, "bench-batched")
        write_backlog(batched, args.events)
        seconds, totals = timed_push(batched)
        assert totals.get("accepted") == args.events, totals
        print(f"events={args.events}")
        print(f"upload_batched_seconds={seconds:.2f}")
        print(f"upload_batched_events_per_second={args.events / seconds:.0f}")

        single = up.station(root, "bench-single")
        write_backlog(single, args.sample, seed=2)
        sample_seconds, totals = timed_push(single, batch_size=1)
        assert totals.get("accepted") == args.sample, totals
        per_event = sample_seconds / args.sample * args.events
        print(f"one_per_event_sample_events={args.sample}")
        print(f"one_per_event_sample_seconds={sample_seconds:.2f}")
        how = "measured on the whole backlog" if args.sample == args.events else f"extrapolated from {args.sample} events"
        print(f"upload_one_per_event_seconds={per_event:.1f} ({how})")
        print(f"batched_speedup={per_event / seconds:.1f}")

        add_office_jobs(down, args.jobs)
        fresh = down.station(root, "bench-download")
        pulled: Counter = Counter()
        with requests.Session() as http:
            started = time.perf_counter()
            pull(engine(fresh, http), pulled)
            took = time.perf_counter() - started
        assert pulled["jobs"] >= args.jobs, pulled
        print(f"download_jobs={pulled['jobs']}")
        print(f"download_jobs_seconds={took:.2f}")

        busy = down.station(root, "bench-ui")
        write_backlog(busy, args.events, seed=3)
        stall, took, report = ui_stall(busy)
        assert report.get("ok"), report
        print(f"ui_cycle_events_up={report['uploaded']}")
        print(f"ui_cycle_jobs_down={report['downloaded'].get('jobs', 0)}")
        print(f"ui_cycle_seconds={took:.2f}")
        print(f"ui_max_stall_ms={stall:.1f}")
    finally:
        up.stop()
        down.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
