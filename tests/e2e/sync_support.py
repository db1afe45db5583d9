"""Helpers for end-to-end sync tests: a real kiosk-central process on loopback, stations, one-call sync."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import requests

from kiosk.central import reports, stations
from kiosk.central.db import CentralStore
from kiosk.station import Station
from kiosk.sync.backoff import Backoff
from kiosk.sync.engine import SyncEngine
from kiosk.sync.enroll import enroll_station
from kiosk.sync.state import read_token
from tests.unit.conftest import with_code

BIN = Path(sys.executable).parent
FAST = Backoff(base=0.02, cap=0.2, max_retry_after=5.0)


def wait_until(predicate, timeout: float = 20.0, what: str = "condition"):
    """Poll `predicate` until it returns something true, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


def run(cmd: list[str], env: dict | None = None, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd[:3])}... exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


class CentralServer:
    """A real `kiosk-central serve` process on 127.0.0.1; its database is also opened here for checks."""

    def __init__(self, db_url: str, log_path: Path):
        self.db_url = db_url
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.store = CentralStore(db_url)
        self.store.create_schema()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "CentralServer":
        log = open(self.log_path, "a")
        self.proc = subprocess.Popen(
            [str(BIN / "kiosk-central"), "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=log, text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: lines.put(self.proc.stdout.readline()), daemon=True).start()
        try:
            first = lines.get(timeout=30)
        except queue.Empty:
            raise AssertionError(f"kiosk-central did not start; see {self.log_path}") from None
        assert "listening on http://127.0.0.1:" in first, first
        self.port = int(first.rsplit(":", 1)[1])
        wait_until(self.healthy, 30, "the central server to answer")
        return self

    def healthy(self) -> bool:
        try:
            return requests.get(f"{self.url}/v1/health", timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def add_station(self, name: str) -> str:
        return stations.add_station(self.store, name)

    def stats(self) -> dict:
        return reports.stats(self.store)

    def events_of(self, name: str) -> int:
        return self.stats()["by_station"].get(name, {}).get("events", 0)

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return run([str(BIN / "kiosk-central"), "--db", self.db_url, *args], check=check)


def start_server(tmp: Path, db_url: str | None = None) -> CentralServer:
    tmp.mkdir(parents=True, exist_ok=True)
    return CentralServer(db_url or f"sqlite:///{tmp / 'central.db'}", tmp / "central.log").start()




PG_SKIP = "PostgreSQL tests need KIOSK_TEST_PG_URL (source scripts/start_postgres.sh first)"


@contextmanager
def pg_schema(base_url: str):
    """A fresh, empty schema in the test PostgreSQL; the URL selects it for every connection."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    schema = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def pg_base_url() -> str | None:
    return os.environ.get("KIOSK_TEST_PG_URL") or None


@contextmanager
def pg_schema_or_skip():
    """A fresh schema in the test PostgreSQL, or the test is skipped with the reason printed."""
    base = pg_base_url()
    if base is None:
        import pytest

        print(PG_SKIP)
        pytest.skip(PG_SKIP)
    with pg_schema(base) as url:
        yield url


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:6]}"


class Stations:
    """Makes stations under tmp_path, enrolled with a server; closes them at the end of the test."""

    def __init__(self, root: Path):
        self.root = root
        self.opened: list[Station] = []

    def open(self, name: str, clock=None) -> Station:
        station = Station.open(with_code(self.root / name), clock=clock or datetime.now)
        self.opened.append(station)
        return station

    def enrolled(self, server: CentralServer, name: str, clock=None, url: str | None = None) -> Station:
        station = self.open(name, clock)
        with requests.Session() as http:
            enroll_station(station, http, url or server.url, server.add_station(name))
        return station

    def close(self) -> None:
        for station in self.opened:
            station.close()



def sync(station: Station, url: str | None = None, **kwargs):
    """One in-process sync cycle with fast retries (the server is still a real process)."""
    options = {"backoff": FAST, "max_attempts": 8, **kwargs}
    with requests.Session() as http:
        engine = SyncEngine(station, http, url or station.settings.server_url, read_token(station.settings.keys_dir),
                            **options)
        return engine.run_cycle()


def kiosk(home: Path, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
    return run([str(BIN / "kiosk"), "--home", str(home), *args], check=check, timeout=timeout)
