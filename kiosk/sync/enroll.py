"""Enrolment on the station: trade a one-time code for a token, publish the card key, take the server's name."""

from __future__ import annotations

import logging

import base64
from dataclasses import dataclass

import requests
from sqlalchemy import select, update

from kiosk import __version__
from kiosk.domain.messages import define, msg
from kiosk.ops.context import OpContext
from kiosk.settings import save_settings
from kiosk.station_code import CodeChange, adopt_server_name
from kiosk.store.models import Attendance, Job, OutboxEvent, SignUp, StationKey, Worker
from kiosk.store.pii import commit_hash_key, key_id, stage_hash_key
from kiosk.sync.client import M_NETWORK, SyncClient, SyncError, TransientError
from kiosk.sync.market_key import Rehashed, adopt_lookup_key, decode_key
from kiosk.sync.protocol import EnrollRequest, EnrollResponse
from kiosk.sync.refusals import E_OTHER_MARKET
from kiosk.sync.state import (CLOCK_OFFSET, CURSOR, LOOKUP_KEY_ID, TOKEN_SET, clear_state, get_state, set_state,
                              write_token)

STATION_FIELDS = ("station_id", "home_station_id", "source_station_id")
# Nothing retries an enrolment by itself: say so, and what to check (the sync messages promise a retry)
E_UNREACHABLE = define(
    "enrol.unreachable",
    "Could not reach the central server at {url} ({detail}). Check the address and the station's network, then "
    "run kiosk enroll again.",
    "连不上中心服务器 {url}（{detail}）。请检查服务器地址和本机网络，然后再运行一次 kiosk enroll。",
)
E_SERVER_TROUBLE = define(
    "enrol.server_trouble",
    "The central server at {url} could not enrol the station just now: it is busy or failing, or its answer could "
    "not be read (is this the right address?). Run kiosk enroll again in a few minutes; if it keeps failing, ask "
    "the market office.",
    "中心服务器 {url} 现在无法完成注册：服务器忙、出错，或回复无法识别（地址对吗？）。"
    "请过几分钟再运行一次 kiosk enroll；如果一直失败，请联系市场管理处。",
)

@dataclass(frozen=True)
class Enrolment:
    station_id: str
    previous_id: str
    server_url: str
    rehashed: Rehashed | None = None  # set when the market's lookup key replaced the one the station used
    numbers: CodeChange | None = None  # the worker-number prefix taken from the server's name for the station


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


def _ask(client: SyncClient, request: EnrollRequest, server_url: str) -> EnrollResponse:
    try:
        return client.enroll(request)
    except TransientError as exc:
        if exc.msg is not None and exc.msg.code == M_NETWORK:
            raise SyncError(msg(E_UNREACHABLE, url=server_url, **exc.msg.params)) from None
        raise SyncError(msg(E_SERVER_TROUBLE, url=server_url)) from None


def enroll_station(station, http: requests.Session, server_url: str, code: str, force: bool = False) -> Enrolment:
    """Enrol with the server; the token goes to keys/sync-token (0600) and is never printed or logged.

    The answer also brings the market's lookup key: it replaces the station's own (keys/pii-hash.key, 0600)
    and every ID and phone hash here is remade with it in the same transaction as the rest of enrolment.
    Enrolling again in the same market changes no hash; a server of another market is refused unless
    `force`."""
    signer = station.signer
    client = SyncClient(http, server_url, clock=station.clock)
    with station.read() as s:
        market, was_enrolled = get_state(s, LOOKUP_KEY_ID), get_state(s, TOKEN_SET) is not None
    request = EnrollRequest(code=code.strip(), local_station_id=station.id[:64], key_id=signer.key_id,
                            public_key=base64.b64encode(signer.public_key).decode("ascii"),
                            software_version=__version__, lookup_key_id="" if force else market or "")
    answer = _ask(client, request, server_url)
    key = decode_key(answer.lookup_key) if answer.lookup_key else None  # None: a server from before market keys
    if key is not None and market and key_id(key) != market and not force:
        raise SyncError(msg(E_OTHER_MARKET))
    changing = key is not None and key_id(key) != station.vault.hash_key_id
    if changing:
        stage_hash_key(station.settings.keys_dir, key)  # in place only once the new hashes are committed
    write_token(station.settings.keys_dir, answer.token)
    previous, rehashed = station.id, None
    with station.write_session() as s, s.begin():
        if answer.station_id != previous:
            _rename_station(s, previous, answer.station_id)
        if changing:
            ctx = OpContext(s, answer.station_id, station.settings.station.code, station.clock(), station.vault)
            rehashed = adopt_lookup_key(s, station.vault, key, ctx, resend=was_enrolled)
        if key is not None:
            set_state(s, LOOKUP_KEY_ID, key_id(key))
        set_state(s, TOKEN_SET, "1")
        if station.settings.server_url.rstrip("/") != server_url.rstrip("/"):
            clear_state(s, CURSOR)  # a different server: its cursors mean nothing here
        if client.clock_offset is not None:
            set_state(s, CLOCK_OFFSET, f"{client.clock_offset:.3f}")
    if changing:
        commit_hash_key(station.settings.keys_dir)
        station.vault = station.vault.with_hash_key(key)
    station.settings.station.id = answer.station_id
    station.settings.server_url = server_url.rstrip("/")
    save_settings(station.settings)
    numbers = adopt_server_name(station)  # every enrolment path: numbers never clash between stations
    log.info("enrolled with %s as station %s", station.settings.server_url, answer.station_id)
    return Enrolment(answer.station_id, previous, station.settings.server_url, rehashed, numbers)
