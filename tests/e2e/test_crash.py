"""Power cuts and crashes: SIGKILL a station mid-work many times; nothing half-written, no event lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("KIOSK_CRASH_KILLS", "12"))


def _check(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        missing = {
            "worker": q("select id from worker where id not in (select entity_id from outbox_event)"),
            "job": q("select id from job where id not in (select entity_id from outbox_event)"),
            "signup": q("select id from signup where id not in (select entity_id from outbox_event)"),
            "attendance": q("select id from attendance where id not in (select entity_id from outbox_event)"),
            "agreement": q("select id from agreement where id not in (select entity_id from outbox_event)"),
        }
        assert missing == {k: [] for k in missing}, "a committed row has no outbox event"
        orphans = q("select kind, entity_id from outbox_event where kind in ('worker.registered','job.posted',"
                    "'signup.created','attendance.checked_in') and entity_id not in (select id from worker union "
                    "select id from job union select id from signup union select id from attendance)")
        assert orphans == [], "an outbox event describes a row that was never committed"
        wrong_filled = q("select j.id from job j where j.filled != (select count(*) from signup s where "
                         "s.job_id = j.id and s.status = 'confirmed')")
        assert wrong_filled == [], "a job's filled count disagrees with its confirmed sign-ups"
        return {"events": q("select count(*) from outbox_event")[0][0]}
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(tmp_path):
    rng = random.Random(int(os.environ.get("KIOSK_CRASH_SEED", "11")))
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    previous = 0
    for round_no in range(KILLS):
        child = subprocess.Popen([sys.executable, str(ROOT / "tests/e2e/crash_child.py"), str(home), str(round_no)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        # let it get a random number of operations in, then pull the plug
        for _ in range(rng.randint(1, 60)):
            if not child.stdout.readline():
                break
        time.sleep(rng.random() * 0.05)  # not synchronisation: lands the kill at a random point inside an op
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
        counts = _check(home / "station.db")
        assert counts["events"] >= previous, "events that were committed have disappeared"
        previous = counts["events"]
    assert previous > 0
