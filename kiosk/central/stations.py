"""Station identities: one-time enrolment codes, bearer tokens (kept only as hashes), keys, revocation."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from kiosk.central.db import CentralStore
from kiosk.central.feed import FeedWriter
from kiosk.central.models import Meta, Station, StationKey
from kiosk.domain.card_format import key_id_for
from kiosk.domain.local_code import refuse_as_station_name
from kiosk.domain.messages import UserError, define, msg
from kiosk.store.pii import KEY_BYTES, key_id as lookup_key_id
from kiosk.sync.protocol import STATION_PATTERN, StationKeyData

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by people
CODE_GROUPS, CODE_GROUP_LEN = 4, 4
CODE_VALID = timedelta(days=14)
TOKEN_PREFIX = "gks_"
LOOKUP_KEY = "lookup_hash_key"  # Meta key: the market's lookup-hash key (base64), made once, given only at enrolment
_STATION = re.compile(STATION_PATTERN)

E_NO_STATION = define("central.no_station", "There is no station named {name}: `kiosk-central station list` shows "
                                            "the names.", "没有名为 {name} 的站点：`kiosk-central station list` 会列出站点名。")
E_WAS_REVOKED = define("central.station_was_revoked",
                       "Station {name} was revoked. To let it sync again, add it with --reactivate.",
                       "站点 {name} 已被停用。如果要让它重新同步，请加上 --reactivate 重新添加。")
M_REVOKED = define("central.station_revoked",
                   "Station {name} can no longer sync (it is told 401 station_revoked). {keys} signing key(s) "
                   "revoked: every card it issued stops working.",
                   "站点 {name} 已停用，不能再同步（它会收到 401 station_revoked）。它的 {keys} 个签名密钥已作废："
                   "它发的所有工卡都不能再用。")
M_RETIRED = define("central.station_retired",
                   "Station {name} can no longer sync (it is told 401 station_revoked). {keys} signing key(s) "
                   "retired today: cards it issued so far keep working.",
                   "站点 {name} 已停用，不能再同步（它会收到 401 station_revoked）。它的 {keys} 个签名密钥从今天起停用："
                   "它已经发出的工卡照常能用。")


class StationError(ValueError):
    """An operator or enrolment request that cannot be done; the text says why."""

    status, code = 400, "enrolment_refused"


class CodeRefused(StationError):
    """The enrolment code is unknown, used, expired or belongs to a revoked station."""

    status = 403


class OtherMarket(StationError):
    """The station already hashes with another market's lookup key; the code stays unused."""

    status, code = 409, "other_market"


@dataclass(frozen=True)
class Enrolled:
    station: str
    token: str
    lookup_key: str = field(repr=False)  # base64; for the enrolment answer only, never logged


def market_lookup_key(session) -> str:
    """The market's lookup-hash key (base64 of 32 random bytes), made the first time it is asked for.
    Callers hold the write lock (CentralStore.write), so two server processes never make two keys."""
    row = session.get(Meta, LOOKUP_KEY)
    if row is None:
        row = Meta(key=LOOKUP_KEY, value=base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii"))
        session.add(row)
    return row.value


def digest(secret: str) -> str:
    """SHA-256 of a high-entropy secret (codes and tokens are random, so no slow hash is needed)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    return "-".join(raw[i:i + CODE_GROUP_LEN] for i in range(0, len(raw), CODE_GROUP_LEN))


def add_station(store: CentralStore, name: str, reactivate: bool = False) -> str:
    """Create the station (or re-issue its code, e.g. new hardware) and return a one-time enrolment code."""
    if not _STATION.match(name):
        raise StationError("a station name is 1-64 letters, digits, '.', '_' or '-' and starts with a letter or digit")
    refuse_as_station_name(name)  # L7QX3, the form unenrolled stations number workers under
    code = new_code()
    with store.write() as s:
        now = store.clock()
        row = s.get(Station, name)
        if row is None:
            row = Station(name=name, status="pending", created_at=now)
            s.add(row)
        elif row.status == "revoked" and not reactivate:
            raise UserError(msg(E_WAS_REVOKED, name=name), "name")
        elif row.status == "revoked":
            row.status, row.revoked_at = "pending", None
        row.code_hash = digest(normalise_code(code))
        row.code_expires_at = now + CODE_VALID
    return code


def enroll(store: CentralStore, code: str, local_station_id: str, key_id: str, public_key_b64: str,
           station_lookup_key_id: str = "") -> Enrolled:
    """Turn a one-time code into a station token and register the station's card-signing key. A station that
    already hashes with a market lookup key (`station_lookup_key_id`, its fingerprint) other than this
    market's is refused before the code is used."""
    try:
        public = base64.b64decode(public_key_b64, validate=True)
    except (binascii.Error, ValueError):
        raise StationError("public_key is not base64") from None
    if len(public) != 32 or key_id_for(public) != key_id:
        raise StationError("public_key is not a 32-byte Ed25519 key with that key_id")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.write() as s:
        now = store.clock()
        row = s.scalar(select(Station).where(Station.code_hash == digest(normalise_code(code))))
        if row is None or row.code_expires_at is None or row.code_expires_at < now or row.status == "revoked":
            raise CodeRefused("this enrolment code is not valid (used, expired or mistyped)")
        lookup_key = market_lookup_key(s)
        if station_lookup_key_id and station_lookup_key_id != lookup_key_id(base64.b64decode(lookup_key)):
            raise OtherMarket("this station already belongs to another market (its lookup key differs); "
                              "enrol with --force to move it here on purpose")
        row.code_hash, row.code_expires_at = None, None  # one time only
        row.token_hash, row.status, row.enrolled_at = digest(token), "active", now
        row.local_id = local_station_id if _STATION.match(local_station_id or "") else ""
        existing = s.get(StationKey, key_id)
        if existing is not None and existing.station != row.name:
            raise StationError("this signing key belongs to another station")
        if existing is None:
            s.add(StationKey(key_id=key_id, station=row.name, public_key=public_key_b64, revoked=False,
                             created_at=now))
            feed = FeedWriter(s, now)
            feed.put("station_key", key_id, _key_body(key_id, row.name, public_key_b64, False, None), origin=row.name)
            feed.flush()
        name = row.name
    return Enrolled(name, token, lookup_key)


def authenticate(store: CentralStore, authorization: str | None) -> tuple[str | None, str]:
    """(station name, '') for a valid bearer token, else (None, reason code): 'missing', 'invalid', 'revoked'."""
    if not authorization or not authorization.startswith("Bearer "):
        return None, "missing"
    token = authorization[len("Bearer "):].strip()
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None, "invalid"
    wanted = digest(token)
    with store.read() as s:
        row = s.scalar(select(Station).where(Station.token_hash == wanted))
    if row is None or not hmac.compare_digest(row.token_hash or "", wanted):
        return None, "invalid"
    if row.status != "active":
        return None, "revoked"
    return row.name, ""


def revoke_station(store: CentralStore, name: str, compromised: bool = False) -> int:
    """Stop a station: its token stops working now. Its keys retire today (cards already issued keep
    working) or, if the station was stolen or its key leaked, are revoked so all its cards stop. The token's hash
    stays on the revoked row, so the server can tell the station why it is refused ('revoked', not 'invalid')."""
    with store.write() as s:
        now = store.clock()
        row = s.get(Station, name)
        if row is None:
            raise UserError(msg(E_NO_STATION, name=name[:64]), "name")
        row.status, row.revoked_at, row.code_hash = "revoked", now, None
        feed = FeedWriter(s, now)
        keys = list(s.scalars(select(StationKey).where(StationKey.station == name)))
        for key in keys:
            key.revoked = key.revoked or compromised
            key.not_after = key.not_after or now.date()
            feed.put("station_key", key.key_id,
                     _key_body(key.key_id, name, key.public_key, key.revoked, key.not_after), origin=name)
        feed.flush()
    return len(keys)


def list_stations(store: CentralStore) -> list[dict]:
    with store.read() as s:
        return [
            {"name": r.name, "status": r.status, "created_at": r.created_at, "enrolled_at": r.enrolled_at,
             "revoked_at": r.revoked_at, "last_seen_at": r.last_seen_at}
            for r in s.scalars(select(Station).order_by(Station.name))
        ]


def _key_body(key_id: str, station: str, public_key: str, revoked: bool, not_after: date | None) -> dict:
    return StationKeyData(key_id=key_id, station_id=station, public_key=public_key, revoked=revoked,
                          not_after=not_after).model_dump(mode="json")

