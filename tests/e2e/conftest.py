"""Fixtures for end-to-end sync tests: a real kiosk-central process on loopback, enrolled stations, a fault proxy."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sync_fault_proxy import FaultProxy  # noqa: E402
from sync_support import Stations, pg_schema_or_skip, start_server  # noqa: E402


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    """A real kiosk-central process: on a SQLite file, then (the same tests again) on a fresh PostgreSQL schema."""
    tmp = tmp_path_factory.mktemp("central")
    if request.param == "sqlite":
        srv = start_server(tmp)
        yield srv
        srv.stop()
        srv.store.dispose()
        return
    with pg_schema_or_skip() as url:
        srv = start_server(tmp, url)
        yield srv
        srv.stop()
        srv.store.dispose()


@pytest.fixture
def proxy(server):
    p = FaultProxy(server.port)
    yield p
    p.close()


@pytest.fixture
def make_stations(tmp_path):
    made = Stations(tmp_path)
    yield made
    made.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request, tmp_path):
    """A central database URL: a SQLite file, then a fresh schema in the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.db'}"
        return
    with pg_schema_or_skip() as url:
        yield url
