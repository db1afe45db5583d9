"""A station's own records coming back from the server: after a restore from an older backup its workers return
under the numbers printed on their cards and no number the market already has is handed out again; in everyday
syncs its own records, sent up unchanged, are not "downloaded" again. A real kiosk-central on loopback."""

from __future__ import annotations

import json
import random
from datetime import datetime

from sqlalchemy import select
from sync_support import kiosk, sync, unique
from test_sync_flow import job_form

from kiosk.central.models import Worker as CentralWorker
from kiosk.demo.people import fake_worker
from kiosk.demo.simulate import SteppingClock
from kiosk.ops import cards, jobs, signups, workers
from kiosk.store.models import Job

LEDGER = "姓名;电话;同意\n{rows}"


def import_people(home, tmp_path, *people: tuple[str, str]) -> None:
    ledger = tmp_path / f"ledger-{people[0][1]}.csv"
    ledger.write_text(LEDGER.format(rows="".join(f"{n};{p};是\n" for n, p in people)), encoding="utf-8-sig")
    kiosk(home, "import", "workers", str(ledger))


def sync_once(home) -> dict:
    return json.loads(kiosk(home, "sync", "--once", "--json").stdout)


def numbers(home) -> dict[str, tuple[str, str]]:
    return {w["worker_no"]: (w["name"], w["origin"]) for w in json.loads(kiosk(home, "workers", "--json").stdout)}


def test_a_restored_station_gets_its_own_workers_back_and_never_reuses_their_numbers(server, tmp_path):
    home, name = tmp_path / "st", unique("st-a")
    kiosk(home, "enroll", "--server", server.url, "--code", server.add_station(name))
    import_people(home, tmp_path, ("张三", "13800138001"), ("李四", "13800138002"))
    assert sync_once(home)["uploaded"] >= 2
    backup = tmp_path / "old.tar.gz"
    kiosk(home, "backup", str(backup))
    import_people(home, tmp_path, ("王五", "13800138003"))
    assert sync_once(home)["uploaded"] >= 1
    assert f"{name}-00003" in numbers(home)

    kiosk(home, "restore", "--force", str(backup))
    # Before the station has heard from the server again, it cannot know which numbers were given out after
    # the backup: registering now is refused with what to do, not given a number that may be on a card already.
    ledger = tmp_path / "early.csv"
    ledger.write_text(LEDGER.format(rows="赵六;13800138004;是\n"), encoding="utf-8-sig")
    early = json.loads(kiosk(home, "import", "workers", str(ledger), "--json").stdout)
    assert early["rows"][0]["status"] == "refused", early
    assert "kiosk sync --once" in json.dumps(early, ensure_ascii=False)

    sync_once(home)
    import_people(home, tmp_path, ("赵六", "13800138004"))
    held = numbers(home)
    # 王五 came back as this station's own worker, under the number on their card; 赵六 got the next free one
    assert held[f"{name}-00003"] == ("王*", "local"), held
    assert held[f"{name}-00004"] == ("赵*", "local"), held
    assert not [no for no in held if "@" in no], held
    sync_once(home)
    assert server.cli("review", "--json").stdout.count("worker_no_clash") == 0


def server_wage(server, worker_no: str) -> int | None:
    with server.store.read() as s:
        bodies = [b if isinstance(b, dict) else json.loads(b) for b in s.scalars(select(CentralWorker.body))]
    return next(b["expected_daily_wage"] for b in bodies if b["worker_no"] == worker_no)


def test_an_edit_made_after_a_restore_wins_over_the_edits_the_backup_never_saw(server, tmp_path):
    # The server keeps a record's newest edit by the station's sequence number; a restored outbox must not
    # number its new events below those sent after the backup was made, or the new edit is taken as stale.
    home, name = tmp_path / "st", unique("st-r")
    kiosk(home, "enroll", "--server", server.url, "--code", server.add_station(name))
    import_people(home, tmp_path, ("张三", "13800138011"))
    sync_once(home)
    backup = tmp_path / "old.tar.gz"
    kiosk(home, "backup", str(backup))
    wage = tmp_path / "wage.csv"
    for amount in (200, 210, 220):
        wage.write_text(f"姓名;电话;同意;期望日薪\n张三;13800138011;是;{amount}\n", encoding="utf-8-sig")
        kiosk(home, "import", "workers", str(wage), "--update")
    sync_once(home)
    assert server_wage(server, f"{name}-00001") == 220

    kiosk(home, "restore", "--force", str(backup))
    sync_once(home)
    wage.write_text("姓名;电话;同意;期望日薪\n张三;13800138011;是;250\n", encoding="utf-8-sig")
    kiosk(home, "import", "workers", str(wage), "--update")
    assert sync_once(home)["uploaded"] == 1
    assert server_wage(server, f"{name}-00001") == 250


def test_a_stations_own_records_are_not_downloaded_again_but_changes_made_elsewhere_are(server, make_stations):
    rng = random.Random(5)
    clock = SteppingClock(datetime.now().replace(hour=7, minute=0, second=0, microsecond=0))
    a, b = (make_stations.enrolled(server, unique(prefix), clock) for prefix in ("A", "B"))
    assert sync(a).ok and sync(b).ok  # what other tests left on the server is here now
    people = [a.run(workers.register_worker, fake_worker(rng, clock.now.date())).entity_id for _ in range(2)]
    for worker_id in people:
        a.run(cards.issue_card, worker_id)
    job_id = a.run(jobs.post_job, job_form("商场保洁", clock.now.replace(hour=9))).entity_id
    first = sync(a)
    assert first.ok and first.uploaded >= 5 and not first.downloaded.get("workers") and not first.downloaded.get(
        "jobs"), first
    a.run(signups.sign_up, people[0], job_id)
    mine = sync(a)
    assert mine.ok and mine.uploaded == 1 and not mine.downloaded.get("jobs"), mine
    # B's sign-up changes the job's filled count: that does come down to A
    assert sync(b).ok
    visitor = b.run(workers.register_worker, fake_worker(rng, clock.now.date())).entity_id
    b.run(signups.sign_up, visitor, job_id)
    assert sync(b).ok
    theirs = sync(a)
    assert theirs.ok and theirs.downloaded.get("jobs") == 1 and theirs.downloaded.get("workers") == 1, theirs
    with a.read() as s:
        assert s.get(Job, job_id).filled == 2
