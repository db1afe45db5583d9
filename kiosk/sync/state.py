"""Sync facts kept on the station: SyncState keys, and the station token in its 0600 file under keys/."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.store.models import SyncState

TOKEN_FILE = "sync-token"

# SyncState keys (kiosk status reads last_success, last_error, clock_offset, station_token_set)
CURSOR = "sync_cursor"
LAST_SUCCESS = "last_success"
LAST_ERROR = "last_error"
LAST_ATTEMPT = "last_attempt"
CLOCK_OFFSET = "clock_offset"  # seconds to add to the station clock to get the server's
TOKEN_SET = "station_token_set"
LOOKUP_KEY_ID = "lookup_key_id"  # fingerprint of the market lookup key the hashes here are made with; absent = own key


def get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def lookup_key_id(engine: Engine) -> str | None:
    """The market lookup key this station's hashes are made with (its fingerprint), read before the vault opens."""
    with Session(engine) as session:
        return get_state(session, LOOKUP_KEY_ID)


def clear_state(session: Session, key: str) -> None:
    row = session.get(SyncState, key)
    if row is not None:
        session.delete(row)


def token_path(keys_dir: Path) -> Path:
    return keys_dir / TOKEN_FILE


def read_token(keys_dir: Path) -> str | None:
    path = token_path(keys_dir)
    try:
        token = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    return token or None


def write_token(keys_dir: Path, token: str) -> None:
    """Write the token readable by this user only; a crash leaves the old file or the new, never half."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    path = token_path(keys_dir)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(token)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
