"""A station process that keeps doing real work until it is killed (used by the crash test)."""

import sys
from datetime import datetime

from kiosk.demo.simulate import SteppingClock, simulate
from kiosk.station import Station

home, seed = sys.argv[1], int(sys.argv[2])
clock = SteppingClock(datetime(2026, 11, 23, 6, 0))
station = Station.open(home, clock=clock)
print("ready", flush=True)
simulate(station, clock, n_workers=40, n_jobs=400, days=200, seed=seed,
         on_op=lambda changes: print("op", changes.kind, flush=True))
print("finished", flush=True)
