"""Personal numbers (ID card, phone) encrypted at rest with the station key, plus keyed lookup hashes."""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
_AAD = b"gig-kiosk-pii-v1"


def _load_or_create_key(path: Path) -> bytes:
    if path.exists():
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise ValueError(f"key file {path.name} is damaged (wrong length)")
        return key
    key = os.urandom(KEY_BYTES)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return key


class PiiVault:
    """Encrypts personal numbers (AES-256-GCM) and makes HMAC-SHA256 hashes for duplicate lookups.

    The hash key is separate from the encryption key so the market can share one hash key
    between stations (to find one person registered twice) without sharing the ability to decrypt.
    """

    def __init__(self, enc_key: bytes, hash_key: bytes):
        self._aes = AESGCM(enc_key)
        self._hash_key = hash_key

    @classmethod
    def open(cls, keys_dir: Path) -> "PiiVault":
        keys_dir.mkdir(parents=True, exist_ok=True)
        return cls(_load_or_create_key(keys_dir / "pii.key"), _load_or_create_key(keys_dir / "pii-hash.key"))

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
