"""Fixtures for tests of the station core: a real station home on disk with a clock the test moves."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.demo.simulate import SteppingClock
from kiosk.domain.forms import JobForm, WorkerForm
from kiosk.station import Station

START = datetime(2026, 11, 23, 7, 0)  # a Monday morning


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


def with_code(home: Path, code: str = "ZD01") -> Path:
    """A station home whose settings.toml names its worker-number prefix, as a technician may set it: tests
    about other things get numbers they can write down (an unconfigured station makes up its own, L7QX3).
    A home that has its settings already (e.g. enrolled by the CLI) is left as it is."""
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "settings.toml").exists():
        (home / "settings.toml").write_text(f'[station]\ncode = "{code}"\n', encoding="utf-8")
    return home


def made_station(home: Path, code: str = "ZD01") -> Path:
    """A station made in `home` (as `kiosk staff add` or `kiosk run` would), for commands that need one."""
    Station.open(with_code(home, code)).close()
    return home


@pytest.fixture
def core_station(tmp_path, clock):
    station = Station.open(with_code(tmp_path / "home"), clock=clock)
    yield station
    station.close()


def make_worker_form(**overrides) -> WorkerForm:
    data = dict(name="王建国", id_number="110105197003077711", phone="13800138000", trades=["electrician"],
                days=[0, 1, 2, 3, 4], shifts=["day"], expected_daily_wage=250, max_distance_km=10.0,
                consent=True, consent_by="站长")
    data.update(overrides)
    return WorkerForm(**data)


def make_job_form(start: datetime = START + timedelta(hours=1), **overrides) -> JobForm:
    data = dict(title="电工", category="electrician", employer_name="安居装修队", pay_amount=300, pay_unit="day",
                headcount=2, starts_at=start, ends_at=start + timedelta(hours=8), place="人民路88号",
                distance_km=3.0, urgent=True, employer_verified=True)
    data.update(overrides)
    return JobForm(**data)
