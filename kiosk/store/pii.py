"""Personal numbers (ID card, phone) encrypted at rest with the station key, plus keyed lookup hashes."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
_AAD = b"gig-kiosk-pii-v1"
ENC_KEY_FILE = "pii.key"
HASH_KEY_FILE = "pii-hash.key"
STAGED_SUFFIX = ".new"  # a market key written at enrolment, before the database has been re-hashed with it
_KEY_ID_LABEL = b"gig-kiosk-lookup-key-id-v1"

log = logging.getLogger(__name__)


def _write_key(path: Path, key: bytes) -> None:
    """Readable by this user only (0600); a crash leaves the old file or the new one, never half of it."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)  # O_CREAT's mode does not apply to a leftover file
    os.replace(tmp, path)
    _sync_dir(path.parent)


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_key(path: Path) -> bytes:
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise ValueError(f"key file {path.name} is damaged (wrong length)")
    return key


def _load_or_create_key(path: Path) -> bytes:
    if path.exists():
        return _read_key(path)
    key = os.urandom(KEY_BYTES)
    _write_key(path, key)
    return key


def key_id(key: bytes) -> str:
    """A short fingerprint of a lookup key (an HMAC, so it tells nothing about the key): 16 hex digits."""
    return hmac.new(key, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def stage_hash_key(keys_dir: Path, key: bytes) -> None:
    """Write a new lookup key beside the one in use; `commit_hash_key` puts it in place once the database
    holds hashes made with it (PiiVault.open finishes or drops a staged key a crash left behind)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a lookup key is 32 bytes")
    keys_dir.mkdir(parents=True, exist_ok=True)
    _write_key(keys_dir / (HASH_KEY_FILE + STAGED_SUFFIX), key)


def commit_hash_key(keys_dir: Path) -> None:
    os.replace(keys_dir / (HASH_KEY_FILE + STAGED_SUFFIX), keys_dir / HASH_KEY_FILE)
    _sync_dir(keys_dir)


def _settle_staged(keys_dir: Path, committed_key_id: str | None) -> None:
    """A staged key whose hashes the database committed goes in place; one it never committed is dropped."""
    staged = keys_dir / (HASH_KEY_FILE + STAGED_SUFFIX)
    if not staged.exists():
        return
    try:
        ready = committed_key_id is not None and key_id(_read_key(staged)) == committed_key_id
    except ValueError:
        ready = False
    if ready:
        commit_hash_key(keys_dir)
        log.info("finished putting the market lookup key in place (enrolment was interrupted)")
    else:
        staged.unlink()
        log.info("dropped a lookup key from an enrolment that did not finish")


class PiiVault:
    """Encrypts personal numbers (AES-256-GCM) and makes HMAC-SHA256 hashes for duplicate lookups.

    The encryption key is the station's own and never leaves it. The hash key is separate: a standalone
    station makes its own, an enrolled one uses the market's (handed over at enrolment), so the same ID
    or phone number hashes alike at every station of the market without any of them being able to
    decrypt another's values.
    """

    def __init__(self, enc_key: bytes, hash_key: bytes):
        self._aes = AESGCM(enc_key)
        self._hash_key = hash_key

    @classmethod
    def open(cls, keys_dir: Path, committed_key_id: str | None = None) -> "PiiVault":
        """The station's keys (made on first use). `committed_key_id` is the lookup key the station's
        database says its hashes are made with, used to settle a key change an enrolment left half done."""
        keys_dir.mkdir(parents=True, exist_ok=True)
        _settle_staged(keys_dir, committed_key_id)
        return cls(_load_or_create_key(keys_dir / ENC_KEY_FILE), _load_or_create_key(keys_dir / HASH_KEY_FILE))

    def with_hash_key(self, hash_key: bytes) -> "PiiVault":
        """The same encryption key with another lookup key (for re-hashing at enrolment)."""
        vault = PiiVault.__new__(PiiVault)
        vault._aes, vault._hash_key = self._aes, hash_key
        return vault

    @property
    def hash_key_id(self) -> str:
        return key_id(self._hash_key)

    def encrypt(self, value: str | None) -> bytes | None:
        if not value:
            return None
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aes.encrypt(nonce, value.encode("utf-8"), _AAD)

    def decrypt(self, blob: bytes | None) -> str | None:
        if not blob:
            return None
        return self._aes.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], _AAD).decode("utf-8")

    def lookup_hash(self, kind: str, value: str | None) -> str | None:
        """A keyed hash of a normalised value; `kind` keeps ID and phone hashes apart."""
        if not value:
            return None
        return hmac.new(self._hash_key, f"{kind}:{value}".encode("utf-8"), hashlib.sha256).hexdigest()
