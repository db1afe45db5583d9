"""Worker-card QR payload: a versioned, Ed25519-signed, base32 text that any station verifies offline."""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Literal, get_args

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.messages import Msg, define, msg

# Layout of a version-1 card (see docs/card-format.md); all integers big-endian.
#   version u8 | key_id 4 bytes | worker_id 16 bytes (UUID) | card_seq u16 | issued u16 | expires u16
#   followed by a 64-byte Ed25519 signature over those 27 bytes.
CARD_VERSION = 1
PREFIX_FAMILY = "GK"  # "gig worker card"; the digit after it is the format version
PREFIX = f"{PREFIX_FAMILY}{CARD_VERSION}"
EPOCH = date(2024, 1, 1)
_BODY = struct.Struct(">B4s16sHHH")
BODY_LEN = _BODY.size  # 27
SIG_LEN = 64
PAYLOAD_LEN = BODY_LEN + SIG_LEN  # 91 bytes -> 146 base32 characters
TEXT_LEN = len(PREFIX) + (PAYLOAD_LEN * 8 + 4) // 5  # 149 characters, all in the QR alphanumeric set
MAX_DAY = EPOCH + timedelta(days=0xFFFF)

# How real cards are printed (and how the synthetic test frames draw them): see docs/card-format.md.
QR_VERSION = 6  # 41x41 modules; 149 alphanumeric characters fit at ECC level M (capacity 154)
QR_ERROR_CORRECTION = "M"  # ~15 % of codewords recoverable: survives a worn or scuffed card
QR_BORDER_MODULES = 4  # the quiet zone the QR standard asks for
QR_PRINT_MM = 30.0  # printed side without the quiet zone: ~0.73 mm per module

Status = Literal[
    "valid", "not_a_card", "damaged", "unsupported_version", "forged",
    "revoked", "unknown_station", "expired", "key_revoked",
]
STATUSES: tuple[str, ...] = get_args(Status)

_MESSAGES: dict[str, tuple[str, str]] = {
    "valid": ("Worker card accepted.", "工作卡验证通过。"),
    "not_a_card": (
        "This is not a worker card. Please show the QR code on your worker card, or ask the staff.",
        "这不是零工工作卡。请出示工作卡上的二维码，或找工作人员帮忙。",
    ),
    "damaged": (
        "This card could not be read completely. Please hold it flat and still, or ask the staff "
        "for a new card.",
        "这张卡没有读完整。请把卡放平、拿稳再试一次，或找工作人员补一张新卡。",
    ),
    "unsupported_version": (
        "This card is newer than this station's software. Please ask the staff to update the station.",
        "这张卡的版本比本站软件新。请找工作人员更新本站软件。",
    ),
    "forged": (
        "This card cannot be verified. Please ask the staff for help.",
        "这张卡无法验证，请找工作人员。",
    ),
    "revoked": (
        "This card has been replaced or cancelled. Please ask the staff for your current card.",
        "这张卡已作废（已补办或注销）。请找工作人员领取现在有效的卡。",
    ),
    "unknown_station": (
        "This card was issued by a station this one does not know yet. Please ask the staff; "
        "it usually works again after the station syncs.",
        "这张卡由本站还不认识的驿站发放。请找工作人员；本站联网同步后通常就能识别。",
    ),
    "expired": (
        "This card expired on {expires}. Please ask the staff for a new card.",
        "这张卡已于 {expires} 过期。请找工作人员换一张新卡。",
    ),
    "key_revoked": (
        "The station that issued this card can no longer issue cards, so the card cannot be used. "
        "Please ask the staff for a new card.",
        "发这张卡的驿站密钥已停用，这张卡不能再用。请找工作人员换一张新卡。",
    ),
}
MSG_CODES: dict[str, str] = {s: define(f"card.{s}", en, zh) for s, (en, zh) in _MESSAGES.items()}
# The card is genuine but this station has no profile for the worker yet: the caller decides this.
MSG_WORKER_NOT_KNOWN = define(
    "card.worker_not_known",
    "Your card is valid, but this station does not have your details yet. Please ask the staff; "
    "they can fetch or register your profile.",
    "您的卡有效，但本站还没有您的资料。请找工作人员帮您调取或登记资料。",
)


@dataclass(frozen=True)
class CardClaims:
    """What a card says about its holder; pseudonymous (no ID-card number, no phone)."""

    version: int
    key_id: str  # 8 hex characters: the first 4 bytes of sha256(issuing station's raw public key)
    worker_id: str  # the worker's UUID, canonical lower-case string
    card_seq: int  # 0..65535, bumped each time the worker gets a replacement card
    issued: date
    expires: date


@dataclass(frozen=True)
class ParsedCard:
    """A structurally sound card: its claims, its signature and the exact bytes that were signed."""

    claims: CardClaims
    signature: bytes
    signed: bytes


@dataclass(frozen=True)
class KeyInfo:
    """A station public key as learned from the central server."""

    key_id: str
    station_id: str
    public_key_bytes: bytes  # 32 raw Ed25519 bytes
    revoked: bool = False
    not_after: date | None = None  # last day this key may sign cards (rotation); None = still current


@dataclass(frozen=True)
class CardVerdict:
    """The outcome of verifying a scanned text, with a message that tells the worker what to do."""

    status: Status
    msg: Msg
    claims: CardClaims | None = None
    station_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "valid"


class CardError(ValueError):
    """The text is not a parseable card; `kind` is 'not_a_card', 'damaged' or 'unsupported_version'."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def key_id_for(public_key_bytes: bytes) -> str:
    """Key id of a raw 32-byte Ed25519 public key: hex of the first 4 bytes of its sha256."""
    return hashlib.sha256(bytes(public_key_bytes)).digest()[:4].hex()


def generate_signing_key() -> tuple[bytes, bytes]:
    """A new station signing key: (PKCS#8 PEM private key, 32 raw public key bytes)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pem, public_key_raw(key)


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    """Load a station's PEM signing key (as written by generate_signing_key)."""
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def public_key_raw(private_key: Ed25519PrivateKey) -> bytes:
    """The 32 raw public key bytes of a signing key."""
    return private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _day(d: date, what: str) -> int:
    n = (d - EPOCH).days
    if not 0 <= n <= 0xFFFF:
        raise ValueError(f"{what} {d} outside {EPOCH}..{MAX_DAY}")
    return n


def encode_card(claims: CardClaims, private_key: Ed25519PrivateKey) -> str:
    """Sign the claims with the station's key and return the QR text (upper-case base32, no padding)."""
    if claims.version != CARD_VERSION:
        raise ValueError(f"can only encode version {CARD_VERSION}")
    own_key_id = key_id_for(public_key_raw(private_key))
    if claims.key_id != own_key_id:
        raise ValueError(f"claims.key_id {claims.key_id} is not this key's id {own_key_id}")
    if not 0 <= claims.card_seq <= 0xFFFF:
        raise ValueError("card_seq must be 0..65535")
    if claims.expires < claims.issued:
        raise ValueError("card expires before it is issued")
    body = _BODY.pack(
        claims.version, bytes.fromhex(claims.key_id), uuid.UUID(claims.worker_id).bytes,
        claims.card_seq, _day(claims.issued, "issued"), _day(claims.expires, "expires"),
    )
    signature = private_key.sign(body)
    return PREFIX + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def _normalise(text: object) -> str:
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("ascii", errors="replace")
    if not isinstance(text, str):
        raise CardError("not_a_card", "not text")
    # A keyboard-wedge scanner with Caps Lock on types lower case; surrounding whitespace is noise.
    return text.strip().upper()


def parse_card(text: str) -> ParsedCard:
    """Parse a scanned text into claims + signature + signed bytes, without checking the signature."""
    t = _normalise(text)
    if not (len(t) >= 3 and t.startswith(PREFIX_FAMILY) and t[2].isdigit() and t[2].isascii()):
        raise CardError("not_a_card", "no card prefix")
    if t[2] != str(CARD_VERSION):
        raise CardError("unsupported_version", f"prefix {t[:3]}")
    data = t[len(PREFIX):]
    if len(data) != TEXT_LEN - len(PREFIX):
        raise CardError("damaged", f"length {len(t)}, expected {TEXT_LEN}")
    try:
        raw = base64.b32decode(data + "=" * (-len(data) % 8))
    except (binascii.Error, ValueError) as exc:
        raise CardError("damaged", f"bad base32: {exc}") from None
    # base32 leaves unused low bits in the last character: insist on the one canonical spelling.
    if base64.b32encode(raw).decode("ascii").rstrip("=") != data:
        raise CardError("damaged", "non-canonical base32")
    body, signature = raw[:BODY_LEN], raw[BODY_LEN:]
    version, key_id, worker, seq, issued, expires = _BODY.unpack(body)
    if version != CARD_VERSION:
        raise CardError("damaged", f"version byte {version} under prefix {PREFIX}")
    claims = CardClaims(
        version=version, key_id=key_id.hex(), worker_id=str(uuid.UUID(bytes=worker)),
        card_seq=seq, issued=EPOCH + timedelta(days=issued), expires=EPOCH + timedelta(days=expires),
    )
    return ParsedCard(claims=claims, signature=signature, signed=body)


def _verdict(status: Status, claims: CardClaims | None = None, station_id: str | None = None,
             **params: object) -> CardVerdict:
    return CardVerdict(status, msg(MSG_CODES[status], **params), claims, station_id)


def verify_card(
    text: str,
    key_lookup: Callable[[str], KeyInfo | None],
    is_revoked: Callable[[str, int], bool],
    today: date,
) -> CardVerdict:
    """Decide what a scanned text is; the order of checks is documented in docs/card-format.md."""
    try:
        parsed = parse_card(text)
    except CardError as exc:
        return _verdict(exc.kind)  # type: ignore[arg-type]
    claims = parsed.claims
    key = key_lookup(claims.key_id)
    if key is None or key_id_for(key.public_key_bytes) != claims.key_id:
        # A key record whose bytes do not hash to its id is unusable, the same as no record.
        return _verdict("unknown_station", claims)
    try:
        Ed25519PublicKey.from_public_bytes(bytes(key.public_key_bytes)).verify(
            parsed.signature, parsed.signed
        )
    except (InvalidSignature, ValueError):
        return _verdict("forged", claims, key.station_id)
    # Signature good: the claims are what the station signed.
    if key.revoked or (key.not_after is not None and claims.issued > key.not_after):
        # Revoked (e.g. stolen) keys void every card; a retired key voids cards dated after retirement.
        return _verdict("key_revoked", claims, key.station_id)
    if is_revoked(claims.worker_id, claims.card_seq):
        return _verdict("revoked", claims, key.station_id)
    if today > claims.expires:
        return _verdict("expired", claims, key.station_id, expires=claims.expires.isoformat())
    return _verdict("valid", claims, key.station_id)


def qr_modules(text: str) -> list[list[bool]]:
    """The card's QR as a module matrix (True = dark, quiet zone included), made as cards are printed."""
    import qrcode  # pure Python; imported here so verification alone does not need it
    from qrcode.util import MODE_ALPHA_NUM, QRData

    ecc = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
           "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
    qr = qrcode.QRCode(version=QR_VERSION, error_correction=ecc[QR_ERROR_CORRECTION],
                       border=QR_BORDER_MODULES)
    t = text.upper()
    # Alphanumeric mode (5.5 bits/char) keeps version 6; fall back to byte mode for foreign texts.
    alnum = all(c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for c in t) and t == text
    qr.add_data(QRData(text, mode=MODE_ALPHA_NUM) if alnum else text)
    qr.make(fit=not alnum)
    return qr.get_matrix()
