"""Worker-card payloads: every verdict a worker can see, forgeries refused, and a fuzzed parser that never breaks."""

from __future__ import annotations

import base64
import random
import string
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain import card_format as cf
from kiosk.domain.messages import catalogue

TODAY = date(2026, 3, 1)
ISSUED = date(2025, 9, 1)
EXPIRES = date(2028, 9, 1)
WORKER = "0191c3f4-7a2b-7c3d-8e4f-5a6b7c8d9e0f"
B32 = string.ascii_uppercase + "234567"


def _station(name: str):
    pem, pub = cf.generate_signing_key()
    return cf.load_private_key(pem), cf.KeyInfo(cf.key_id_for(pub), name, pub)


KEY_A, INFO_A = _station("station-a")
KEY_B, INFO_B = _station("station-b")


def claims_for(info: cf.KeyInfo, **over) -> cf.CardClaims:
    base = dict(version=1, key_id=info.key_id, worker_id=WORKER, card_seq=2, issued=ISSUED, expires=EXPIRES)
    return cf.CardClaims(**{**base, **over})


VALID = cf.encode_card(claims_for(INFO_A), KEY_A)


def verify(text, keys=(INFO_A,), revoked=frozenset(), today=TODAY) -> cf.CardVerdict:
    table = {k.key_id: k for k in keys}
    return cf.verify_card(text, table.get, lambda w, s: (w, s) in revoked, today)


def raw(text: str) -> bytearray:
    data = text[3:]
    return bytearray(base64.b32decode(data + "=" * (-len(data) % 8)))


def text_of(payload: bytes, prefix: str = cf.PREFIX) -> str:
    return prefix + base64.b32encode(bytes(payload)).decode().rstrip("=")


# --- the happy path and what the text looks like -------------------------------------------------------

def test_valid_card_greets_the_worker_with_their_id():
    v = verify(VALID)
    assert v.status == "valid" and v.ok
    assert v.claims == claims_for(INFO_A)
    assert v.station_id == "station-a"
    assert v.msg.code == "card.valid"


def test_text_is_qr_alphanumeric_and_fits_version_6_at_ecc_m():
    assert VALID.startswith("GK1") and len(VALID) == cf.TEXT_LEN == 149
    assert set(VALID) <= set(string.ascii_uppercase + string.digits)
    assert len(cf.qr_modules(VALID)) == 41 + 2 * cf.QR_BORDER_MODULES  # version 6, quiet zone included


def test_card_carries_only_a_pseudonymous_id():
    parsed = cf.parse_card(VALID)
    assert len(parsed.signed) == cf.BODY_LEN == 27 and len(parsed.signature) == 64
    assert uuid.UUID(bytes=bytes(parsed.signed[5:21])) == uuid.UUID(WORKER)  # the rest: version, key, seq, dates


def test_hand_scanner_with_caps_lock_or_trailing_enter_still_reads():
    assert verify(VALID.lower() + "\r\n").status == "valid"
    assert verify(VALID.encode()).status == "valid"  # bytes straight from a serial scanner


# --- each outcome the worker can be told -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "https://weixin.qq.com/r/abc", "hello", "GKX" + VALID[3:], "G", "工作卡",
                                  "1234567890", "\x00\x01"])
def test_other_codes_are_not_a_worker_card(text):
    v = verify(text)
    assert v.status == "not_a_card" and v.claims is None
    assert v.msg.code == "card.not_a_card"


@pytest.mark.parametrize("text", [
    VALID[:-1],  # last character lost
    VALID[:100],  # half the code
    VALID + "A",  # one too many
    VALID[:50] + "0" + VALID[51:],  # '0' is not in the base32 alphabet
    VALID[:50] + "-" + VALID[51:],
    "GK1",
])
def test_cut_or_garbled_cards_are_damaged(text):
    assert verify(text).status == "damaged"


def test_non_canonical_last_character_is_damaged_not_valid():
    # 91 bytes leave 2 spare bits in the last base32 character; a different spare value is not our card.
    last = VALID[-1]
    twin = VALID[:-1] + B32[B32.index(last) ^ 1]
    assert verify(twin).status == "damaged"


def test_newer_card_version_asks_for_a_software_update():
    v = verify("GK2" + VALID[3:])
    assert v.status == "unsupported_version"
    assert "更新" in v.msg.zh


def test_version_byte_disagreeing_with_prefix_is_damaged():
    p = raw(VALID)
    p[0] = 2
    assert verify(text_of(p)).status == "damaged"


def test_revoked_card_is_refused_but_its_replacement_works():
    assert verify(VALID, revoked={(WORKER, 2)}).status == "revoked"
    newer = cf.encode_card(claims_for(INFO_A, card_seq=3), KEY_A)
    assert verify(newer, revoked={(WORKER, 2)}).status == "valid"


def test_expired_card_says_when_it_expired():
    v = verify(VALID, today=EXPIRES + timedelta(days=1))
    assert v.status == "expired"
    assert "2028-09-01" in v.msg.zh and "2028-09-01" in v.msg.en
    assert verify(VALID, today=EXPIRES).status == "valid"  # valid through its last day


def test_card_from_a_station_we_have_not_heard_of():
    v = verify(cf.encode_card(claims_for(INFO_B), KEY_B), keys=(INFO_A,))
    assert v.status == "unknown_station"
    assert v.claims is not None and v.claims.key_id == INFO_B.key_id


def test_key_record_that_does_not_match_its_id_is_treated_as_unknown():
    bogus = cf.KeyInfo(INFO_A.key_id, "station-a", INFO_B.public_key_bytes)
    assert verify(VALID, keys=(bogus,)).status == "unknown_station"


# --- forgeries --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("index", range(cf.PAYLOAD_LEN))
def test_any_single_changed_byte_is_refused(index):
    p = raw(VALID)
    p[index] ^= 0x01
    status = verify(text_of(p), keys=(INFO_A, INFO_B)).status
    if index == 0:
        assert status == "damaged"  # the version byte
    elif 1 <= index <= 4:
        assert status == "unknown_station"  # the key id no longer names a key we know
    else:
        assert status == "forged"


def test_card_signed_with_another_stations_key_is_forged():
    p = raw(cf.encode_card(claims_for(INFO_B), KEY_B))
    p[1:5] = bytes.fromhex(INFO_A.key_id)  # claims to be from station A ...
    p[cf.BODY_LEN:] = KEY_B.sign(bytes(p[:cf.BODY_LEN]))  # ... but B signed it
    v = verify(text_of(p), keys=(INFO_A, INFO_B))
    assert v.status == "forged"
    assert v.msg.zh == "这张卡无法验证，请找工作人员。"


def test_revoked_station_key_voids_its_cards():
    revoked = cf.KeyInfo(INFO_A.key_id, "station-a", INFO_A.public_key_bytes, revoked=True)
    assert verify(VALID, keys=(revoked,)).status == "key_revoked"


def test_retired_key_cannot_issue_new_cards_but_old_ones_stay_valid():
    retired = cf.KeyInfo(INFO_A.key_id, "station-a", INFO_A.public_key_bytes, not_after=date(2026, 1, 1))
    late = cf.encode_card(claims_for(INFO_A, issued=date(2026, 2, 1)), KEY_A)
    assert verify(late, keys=(retired,)).status == "key_revoked"
    assert verify(VALID, keys=(retired,)).status == "valid"  # issued before retirement: key rotation


def test_encoder_refuses_claims_its_key_cannot_back():
    with pytest.raises(ValueError):
        cf.encode_card(claims_for(INFO_B), KEY_A)  # key id of another station
    with pytest.raises(ValueError):
        cf.encode_card(claims_for(INFO_A, card_seq=70000), KEY_A)
    with pytest.raises(ValueError):
        cf.encode_card(claims_for(INFO_A, issued=date(2023, 12, 31)), KEY_A)
    with pytest.raises(ValueError):
        cf.encode_card(claims_for(INFO_A, expires=ISSUED - timedelta(days=1)), KEY_A)


def test_every_status_has_a_plain_message_in_both_languages():
    messages = catalogue()
    for status in cf.STATUSES:
        en, zh = messages[cf.MSG_CODES[status]]
        assert en and zh
    assert cf.MSG_WORKER_NOT_KNOWN in messages
    assert "工作人员" in messages[cf.MSG_WORKER_NOT_KNOWN][1]


# --- fuzz: the parser never crashes and never accepts what the station did not sign -----------------------

FUZZ = settings(max_examples=500, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def _never_valid(text) -> None:
    v = verify(text)
    assert v.status in cf.STATUSES and v.status != "valid"
    assert v.msg.zh and v.msg.en


@FUZZ
@given(st.text())
def test_fuzz_random_text(text):
    _never_valid(text)


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data):
    _never_valid(data)


@FUZZ
@given(st.sampled_from(["GK1", "GK2", "gk1", "GK0", "GK9", ""]),
       st.text(alphabet=B32 + "=01 ", min_size=140, max_size=152))
def test_fuzz_payloads_in_our_format(prefix, body):
    _never_valid(prefix + body)


_mutation = st.one_of(
    st.tuples(st.just("replace"), st.integers(0, 148), st.sampled_from(B32 + "0189=-a ")),
    st.tuples(st.just("insert"), st.integers(0, 149), st.sampled_from(B32)),
    st.tuples(st.just("delete"), st.integers(0, 148), st.just("")),
    st.tuples(st.just("swap"), st.integers(0, 147), st.just("")),
)


@FUZZ
@given(st.lists(_mutation, min_size=1, max_size=4))
def test_fuzz_mutated_valid_card_is_only_valid_when_unchanged(mutations):
    t = VALID
    for op, i, c in mutations:
        i = min(i, len(t) - 1) if t else 0
        if op == "replace":
            t = t[:i] + c + t[i + 1:]
        elif op == "insert":
            t = t[:i] + c + t[i:]
        elif op == "delete":
            t = t[:i] + t[i + 1:]
        elif len(t) > i + 1:
            t = t[:i] + t[i + 1] + t[i] + t[i + 2:]
    v = verify(t)
    if t.strip().upper() == VALID:
        assert v.status == "valid"
    else:
        assert v.status != "valid"


def _mutate(rng: random.Random, t: str) -> str:
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(t)) if t else 0
        op = rng.choice(("replace", "insert", "delete", "swap", "truncate", "flip_byte"))
        if op == "replace":
            t = t[:i] + rng.choice(B32 + "0189=-a ") + t[i + 1:]
        elif op == "insert":
            t = t[:i] + rng.choice(B32) + t[i:]
        elif op == "delete":
            t = t[:i] + t[i + 1:]
        elif op == "swap" and len(t) > i + 1:
            t = t[:i] + t[i + 1] + t[i] + t[i + 2:]
        elif op == "truncate":
            t = t[:i]
        elif op == "flip_byte" and len(t) == cf.TEXT_LEN and set(t[3:]) <= set(B32):  # one bit changed
            p = raw(t)
            p[rng.randrange(len(p))] ^= 1 << rng.randrange(8)
            t = text_of(p, t[:3])
    return t


def test_fuzz_thousands_of_mutated_and_random_payloads():
    rng = random.Random(20240101)
    valid_b = cf.encode_card(claims_for(INFO_A, card_seq=9, worker_id=str(uuid.UUID(int=rng.getrandbits(128)))), KEY_A)
    for n in range(6000):
        if n % 3 == 2:  # random payloads in our own format: right prefix, right length, random body
            t = "GK1" + "".join(rng.choice(B32) for _ in range(cf.TEXT_LEN - 3))
        else:
            t = _mutate(rng, VALID if n % 3 == 0 else valid_b)
        v = verify(t)
        assert v.status in cf.STATUSES
        assert (v.status == "valid") == (t.strip().upper() in (VALID, valid_b)), t
