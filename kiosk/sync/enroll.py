"""Enrolment on the station: trade a one-time code for a token, publish the card key, take the server's name."""

from __future__ import annotations

import logging

import base64
from dataclasses import dataclass

import requests
from sqlalchemy import select, update

from kiosk import __version__
from kiosk.settings import save_settings
from kiosk.store.models import Attendance, Job, OutboxEvent, SignUp, StationKey, Worker
from kiosk.sync.client import SyncClient
from kiosk.sync.protocol import EnrollRequest
from kiosk.sync.state import CLOCK_OFFSET, CURSOR, TOKEN_SET, clear_state, set_state, write_token

STATION_FIELDS = ("station_id", "home_station_id", "source_station_id")


@dataclass(frozen=True)
class Enrolment:
    station_id: str
    previous_id: str
    server_url: str

log = logging.getLogger(__name__)


def _rename_station(session, old: str, new: str) -> None:
    """Records made before enrolment carry the station's old id: give them the name the server knows it by."""
    session.execute(update(Worker).where(Worker.home_station_id == old, Worker.origin == "local")
                    .values(home_station_id=new))
    session.execute(update(Job).where(Job.source_station_id == old, Job.origin == "local").values(source_station_id=new))
    session.execute(update(SignUp).where(SignUp.station_id == old).values(station_id=new))
    session.execute(update(Attendance).where(Attendance.station_id == old).values(station_id=new))
    session.execute(update(StationKey).where(StationKey.station_id == old, StationKey.own.is_(True))
                    .values(station_id=new))
    for event in session.scalars(select(OutboxEvent).where(OutboxEvent.status != "done")):
        if any(event.payload.get(f) == old for f in STATION_FIELDS):
            event.payload = {k: (new if k in STATION_FIELDS and v == old else v) for k, v in event.payload.items()}


def enroll_station(station, http: requests.Session, server_url: str, code: str) -> Enrolment:
    """Enrol with the server; the token goes to keys/sync-token (0600) and is never printed or logged."""
    signer = station.signer
    client = SyncClient(http, server_url, clock=station.clock)
    answer = client.enroll(EnrollRequest(code=code.strip(), local_station_id=station.id[:64], key_id=signer.key_id,
                                         public_key=base64.b64encode(signer.public_key).decode("ascii"),
                                         software_version=__version__))
    write_token(station.settings.keys_dir, answer.token)
    previous = station.id
    with station.read() as s, s.begin():
        if answer.station_id != previous:
            _rename_station(s, previous, answer.station_id)
        set_state(s, TOKEN_SET, "1")
        if station.settings.server_url.rstrip("/") != server_url.rstrip("/"):
            clear_state(s, CURSOR)  # a different server: its cursors mean nothing here
        if client.clock_offset is not None:
            set_state(s, CLOCK_OFFSET, f"{client.clock_offset:.3f}")
    station.settings.station.id = answer.station_id
    station.settings.server_url = server_url.rstrip("/")
    save_settings(station.settings)
    log.info("enrolled with %s as station %s", station.settings.server_url, answer.station_id)
    return Enrolment(answer.station_id, previous, station.settings.server_url)
