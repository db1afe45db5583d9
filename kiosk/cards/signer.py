"""The station's Ed25519 card-signing key, kept under the station home and published as a StationKey."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.card_format import generate_signing_key, key_id_for, load_private_key, public_key_raw
from kiosk.store.models import StationKey

KEY_FILE = "card-signing.pem"


@dataclass
class CardSigner:
    key_id: str
    private_key: Ed25519PrivateKey
    public_key: bytes

    @classmethod
    def open(cls, station) -> "CardSigner":
        """Load the signing key, making it (and its public StationKey row) on first use."""
        path = station.settings.keys_dir / KEY_FILE
        if path.exists():
            private = load_private_key(path.read_bytes())
        else:
            pem, _ = generate_signing_key()
            tmp = path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            private = load_private_key(pem)
        public = public_key_raw(private)
        signer = cls(key_id_for(public), private, public)
        with station.write_session() as session, session.begin():
            if session.get(StationKey, signer.key_id) is None:
                session.add(StationKey(key_id=signer.key_id, station_id=station.id, public_key=public, own=True))
        return signer
