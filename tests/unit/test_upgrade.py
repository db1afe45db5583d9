"""Upgrading a station: a database made by the previous schema, with events still waiting, loses nothing."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import func, select

from kiosk.ops import visits, workers
from kiosk.reports.day_report import day_figures
from kiosk.station import Station
from kiosk.store import migrate
from kiosk.store.engine import make_engine
from kiosk.store.models import OutboxEvent, Worker
from tests.unit.conftest import START, make_worker_form

PREVIOUS = "0001"


def _old_station(home):
    """A station as the previous release left it: schema 0001, a registration, its event not yet sent."""
    home.mkdir(parents=True)
    engine = make_engine(home / "station.db")
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, PREVIOUS)
    engine.dispose()
    raw = sqlite3.connect(home / "station.db")
    raw.execute("insert into worker (id, worker_no, name, contact_is_family, contact_name, trades, wanted, days, "
                "shifts, max_distance_km, priority_groups, consent_version, consent_by, notes, home_station_id, origin, "
                "card_seq, active, created_at, updated_at) values ('w-old', 'ZD01-00001', '老张', 0, '', '[\"cleaning\"]',"
                " '[]', '[]', '[]', 5, '[]', '2026-11', '站长', '', 'station-local', 'local', 0, 1, "
                "'2026-11-20 08:00:00', '2026-11-20 08:00:00')")
    raw.execute("insert into outbox_event (id, kind, entity_id, payload, created_at, status, attempts, last_error, "
                "result) values ('e-old', 'worker.registered', 'w-old', '{\"id\":\"w-old\"}', '2026-11-20 08:00:00', "
                "'pending', 3, 'network down', '')")
    raw.commit()
    raw.close()


def test_upgrade_keeps_data_and_pending_outbox_and_backs_up_first(tmp_path, clock):
    home = tmp_path / "home"
    _old_station(home)
    station = Station.open(home, clock=clock)
    assert migrate.current_revision(station.engine) == migrate.head_revision() != PREVIOUS
    with station.read() as s:
        assert s.get(Worker, "w-old").name == "老张"
        event = s.scalar(select(OutboxEvent).where(OutboxEvent.id == "e-old"))
        assert (event.status, event.attempts, event.seq) == ("pending", 3, 1)
    backups = list((home / "backups").glob(f"before-upgrade-{PREVIOUS}-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("select version_num from alembic_version").fetchone()[0] == PREVIOUS
    con.close()
    # new events queue behind the old one, never before it
    station.run(workers.register_worker, make_worker_form())
    with station.read() as s:
        seqs = [e.id for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]
    assert seqs[0] == "e-old" and len(seqs) == 2


def test_visits_are_counted_for_the_bureau(core_station, clock):
    wid = core_station.run(workers.register_worker, make_worker_form()).entity_id
    core_station.run(visits.record_visit, "card", wid)
    core_station.run(visits.record_visit, "card", wid)
    core_station.run(visits.record_visit, "browse")
    with core_station.read() as s:
        figures = day_figures(s, START.date())
        assert s.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.kind == "visit.recorded")) == 3
    assert figures["visits"] == 3 and figures["visitors_with_card"] == 1


def test_only_the_newest_copies_from_before_upgrades_are_kept(tmp_path):
    import os

    backups = tmp_path / "backups"
    backups.mkdir()
    for n in range(5):  # copies left by five earlier upgrades, oldest first
        old = backups / f"before-upgrade-000{n}-2026010{n + 1}-080000.db"
        old.write_bytes(b"old")
        os.utime(old, (1_700_000_000 + n, 1_700_000_000 + n))
    (backups / "station-before-restore.tar.gz").write_bytes(b"not an upgrade copy")
    engine = make_engine(tmp_path / "station.db")
    try:
        newest = migrate.backup_before_upgrade(engine, backups, PREVIOUS)
    finally:
        engine.dispose()
    kept = {p.name for p in backups.glob("before-upgrade-*.db")}
    assert kept == {newest.name, "before-upgrade-0004-20260105-080000.db", "before-upgrade-0003-20260104-080000.db"}
    assert (backups / "station-before-restore.tar.gz").exists(), "only upgrade copies are pruned"
