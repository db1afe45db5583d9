"""`kiosk demo` where nobody can see a window (no display, or Qt told to draw offscreen): it plays the guided
tour (scan the demo card, sign up, sign, check in) and saves a picture of each step, instead of waiting forever."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.demo.seed import seed_demo
from kiosk.station import Station
from kiosk.store.models import Attendance

ROOT = Path(__file__).resolve().parents[2]
STEPS = ["01-home.png", "02-greeting.png", "03-job.png", "04-confirm.png", "05-signed-up.png", "06-agreement.png",
         "07-signed.png", "08-checked-in.png"]


@pytest.mark.parametrize("platform", [None, "offscreen"], ids=["no-display", "offscreen"])
def test_demo_without_a_screen_plays_the_tour_and_checks_the_worker_in(tmp_path, platform):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    home = tmp_path / "demo"
    done = subprocess.run([sys.executable, "-m", "kiosk.cli.main", "--home", str(home), "demo"], env=env,
                          capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert str(home / "demo-tour") in done.stdout
    assert sorted(p.name for p in (home / "demo-tour").glob("*.png")) == STEPS
    station = Station.open(home)
    try:
        toured = seed_demo(station)["worker_ids"][0]  # the seeded station answers with its featured workers
        with station.read() as s:
            days = [a.check_in_at.date() for a in s.scalars(select(Attendance).where(
                Attendance.worker_id == toured, Attendance.check_out_at.is_(None)))]
    finally:
        station.close()
    assert days == [date.today()], "the tour's check-in of the featured worker was not recorded"
