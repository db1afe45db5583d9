"""Two kiosk-central processes on one PostgreSQL: the server keeps nothing but the database, so a station
may be sent to either instance (as behind a load balancer) and still every record lands exactly once."""

from __future__ import annotations

from kiosk.sync.loadgen import write_backlog
from sync_fault_proxy import FaultProxy
from sync_support import CentralServer, pg_schema_or_skip, sync


def test_two_instances_on_one_postgresql_store_each_event_once(tmp_path, make_stations):
    with pg_schema_or_skip() as url:
        one = CentralServer(url, tmp_path / "one.log").start()
        two = CentralServer(url, tmp_path / "two.log").start()
        proxy = FaultProxy(one.port)
        try:
            station = make_stations.enrolled(one, "pg-station")
            write_backlog(station, 600)
            proxy.add("pass", "drop")  # instance one commits the second batch, then its answer is lost
            first = sync(station, proxy.url, batch_size=100, max_attempts=1)
            assert not first.ok and first.uploaded == 100
            second = sync(station, two.url, batch_size=100)  # the retry goes to the other instance
            assert second.ok, second.error
            assert second.duplicates == 100 and second.uploaded == 400
            assert one.events_of(station.id) == two.events_of(station.id) == 600
            assert second.downloaded["keys"] == 1  # enrolled through one, its key is served by two
        finally:
            proxy.close()
            one.stop()
            two.stop()
            one.store.dispose()
            two.store.dispose()
