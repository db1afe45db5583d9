"""The central API fuzzed from its own OpenAPI document (no 5xx, no answer outside its schema), and its
refusals: no token, a revoked token, a station writing as another station."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from kiosk.central import stations
from kiosk.domain.card_format import generate_signing_key, key_id_for

FUZZ_CHECKS = [checks.not_a_server_error, checks.response_schema_conformance, checks.status_code_conformance,
               checks.content_type_conformance]


def enrol(server, name: str) -> str:
    """Enrol over HTTP as a station would; returns the token."""
    _, public = generate_signing_key()
    body = {"code": server.add_station(name), "key_id": key_id_for(public),
            "public_key": base64.b64encode(public).decode(), "local_station_id": "station-local"}
    answer = requests.post(f"{server.url}/v1/enroll", json=body, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


@pytest.fixture(scope="module")
def fuzzed(server):
    """(server, token): the module's server (SQLite, then PostgreSQL) and a station enrolled on it."""
    return server, enrol(server, "fuzzer")


# The committed document (a unit test keeps it equal to the app's); requests go to the live server process.
schema = schemathesis.openapi.from_path(str(Path(__file__).resolve().parents[2] / "docs" / "openapi.json"))


@schema.parametrize()
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_fuzzed_requests_never_break_the_server_or_its_schema(case, fuzzed):
    target, token = fuzzed
    case.call_and_validate(base_url=target.url, headers={"Authorization": f"Bearer {token}"}, checks=FUZZ_CHECKS,
                           timeout=30)


def upload(server, token: str | None, events: list[dict], station_id: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(f"{server.url}/v1/events", json={"station_id": station_id, "events": events},
                         headers=headers, timeout=10)


def signup_event(station: str) -> dict:
    sid = str(uuid.uuid4())
    return {"id": str(uuid.uuid4()), "kind": "signup.created", "entity_id": sid, "seq": 1,
            "created_at": "2026-11-23T08:00:00",
            "payload": {"id": sid, "job_id": str(uuid.uuid4()), "worker_id": str(uuid.uuid4()),
                        "status": "confirmed", "station_id": station}}


def test_unauthenticated_revoked_and_cross_station_writes_are_refused(server):
    alice, bob = enrol(server, "alice"), enrol(server, "bob")
    before = server.stats()["events_total"]
    no_token = upload(server, None, [signup_event("alice")])
    assert no_token.status_code == 401 and no_token.json()["code"] == "unauthenticated"
    forged = upload(server, "gks_" + "A" * 43, [signup_event("alice")])
    assert forged.status_code == 401
    as_other = upload(server, bob, [signup_event("alice")], station_id="alice")
    assert as_other.status_code == 403 and as_other.json()["code"] == "wrong_station"
    smuggled = upload(server, bob, [signup_event("alice")])  # bob's request, an event claiming to be alice's
    assert smuggled.status_code == 200 and smuggled.json()["results"][0]["code"] == "wrong_station"
    assert requests.get(f"{server.url}/v1/changes", timeout=10).status_code == 401
    assert server.stats()["events_total"] == before
    stations.revoke_station(server.store, "alice")
    revoked = upload(server, alice, [signup_event("alice")])
    # docs/sync.md: a revoked station's token is told apart from a made-up one, and the station is told what to do
    assert revoked.status_code == 401 and revoked.json()["code"] == "station_revoked"
    assert "revoked" in revoked.json()["message"] and "new enrolment code" in revoked.json()["message"]
    assert upload(server, "gks_" + "A" * 43, [signup_event("alice")]).json()["code"] == "unauthenticated"
    assert upload(server, bob, [signup_event("bob")]).json()["results"][0]["status"] == "accepted"
    assert alice not in server.log_path.read_text() and bob not in server.log_path.read_text()


def card_event(kind: str, worker_id: str, seq: int) -> dict:
    cid = str(uuid.uuid4())
    payload = {"id": cid, "worker_id": worker_id, "card_seq": seq}
    if kind == "card.revoked":
        payload["revoked_at"] = "2026-11-23T09:00:00"
    return {"id": str(uuid.uuid4()), "kind": kind, "entity_id": cid, "seq": 1, "created_at": "2026-11-23T09:00:00",
            "payload": payload}


def test_a_station_revokes_only_the_cards_it_issued(server):
    # A revocation stops a card at every station: another station (or a stolen token) must not void someone's card.
    carol, dave = enrol(server, "carol"), enrol(server, "dave")
    worker = str(uuid.uuid4())
    assert upload(server, carol, [card_event("card.issued", worker, 1)]).json()["results"][0]["status"] == "accepted"
    by_other = upload(server, dave, [card_event("card.revoked", worker, 1)]).json()["results"][0]
    assert (by_other["status"], by_other["code"]) == ("rejected", "wrong_station")
    never_issued = upload(server, dave, [card_event("card.revoked", worker, 7)]).json()["results"][0]
    assert (never_issued["status"], never_issued["code"]) == ("rejected", "wrong_station")
    same_batch = upload(server, dave, [card_event("card.issued", worker, 2), card_event("card.revoked", worker, 2)])
    assert [r["status"] for r in same_batch.json()["results"]] == ["accepted", "accepted"]
    by_issuer = upload(server, carol, [card_event("card.revoked", worker, 1)]).json()["results"][0]
    assert by_issuer["status"] == "accepted"
