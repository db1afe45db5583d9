"""Registering workers: one profile per person, personal numbers never stored or sent in clear."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from kiosk.domain.messages import UserError
from kiosk.ops import workers
from kiosk.store.models import OutboxEvent, Worker
from tests.unit.conftest import make_worker_form


def test_registration_writes_profile_and_outbox_event_together(core_station):
    changes = core_station.run(workers.register_worker, make_worker_form())
    assert changes.kind == "worker.registered"
    assert changes.detail["worker_no"] == "ZD01-00001"
    with core_station.read() as s:
        worker = s.get(Worker, changes.entity_id)
        assert worker.birth_year == 1970 and worker.gender == "male"  # taken from the ID number
        events = s.scalars(select(OutboxEvent).where(OutboxEvent.entity_id == worker.id)).all()
    assert [e.kind for e in events] == ["worker.registered"]
    assert events[0].id == changes.event_id and events[0].status == "pending"


def test_second_registration_of_same_person_returns_existing_profile(core_station):
    first = core_station.run(workers.register_worker, make_worker_form())
    again = core_station.run(workers.register_worker, make_worker_form(name="王建国", phone=""))
    assert again.kind == "worker.exists" and again.entity_id == first.entity_id
    assert "已登记过" in again.msg.zh
    # same name and phone but no ID number also finds the twin
    third = core_station.run(workers.register_worker, make_worker_form(id_number=""))
    assert third.entity_id == first.entity_id
    with core_station.read() as s:
        assert len(s.scalars(select(Worker)).all()) == 1
        assert len(s.scalars(select(OutboxEvent)).all()) == 1


def test_id_and_phone_are_encrypted_at_rest_and_absent_from_outbox(core_station):
    core_station.run(workers.register_worker, make_worker_form())
    raw = sqlite3.connect(core_station.settings.db_path)
    dump = "\n".join(raw.iterdump())
    raw.close()
    assert "110105197003077711" not in dump
    assert "13800138000" not in dump
    with core_station.read() as s:
        payload = s.scalars(select(OutboxEvent)).one().payload
    assert payload["id_masked"].startswith("1101") and payload["id_masked"].endswith("7711")
    assert payload["phone_masked"] == "138****8000"


def test_consent_is_required_before_anything_is_saved(core_station):
    with pytest.raises(UserError) as err:
        core_station.run(workers.register_worker, make_worker_form(consent=False))
    assert err.value.msg.code == "form.consent_missing"
    with core_station.read() as s:
        assert s.scalars(select(Worker)).all() == []
        assert s.scalars(select(OutboxEvent)).all() == []


@pytest.mark.parametrize("overrides, code", [
    ({"id_number": "110105197003077712"}, "id.bad_check_digit"),
    ({"id_number": "11010519700230771X"}, "id.bad_birth_date"),
    ({"name": "王😀"}, "name.symbols"),
    ({"name": "王" * 10_000}, "name.too_long"),
    ({"phone": "12345", "id_number": ""}, None),
    ({"id_number": "", "phone": ""}, "form.no_id_or_phone"),
    ({"trades": ["astronaut"]}, "form.unknown_choice"),
    ({"notes": "x" * 10_000}, "text.too_long"),
])
def test_bad_input_is_refused_with_a_message_and_saves_nothing(core_station, overrides, code):
    with pytest.raises(UserError) as err:
        core_station.run(workers.register_worker, make_worker_form(**overrides))
    if code:
        assert err.value.msg.code == code
    assert err.value.msg.zh and err.value.msg.en
    with core_station.read() as s:
        assert s.scalars(select(Worker)).all() == []


def test_update_keeps_worker_number_and_emits_event(core_station):
    reg = core_station.run(workers.register_worker, make_worker_form())
    changed = core_station.run(workers.update_worker, reg.entity_id,
                               make_worker_form(trades=["electrician", "plumber"], expected_daily_wage=320))
    assert changed.kind == "worker.updated"
    with core_station.read() as s:
        w = s.get(Worker, reg.entity_id)
        assert w.trades == ["electrician", "plumber"] and w.expected_daily_wage == 320
        assert w.worker_no == "ZD01-00001"
        kinds = [e.kind for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]
    assert kinds == ["worker.registered", "worker.updated"]


def test_family_contact_accepts_landline_and_minority_names(core_station):
    changes = core_station.run(workers.register_worker, make_worker_form(
        name="阿依古丽•买买提", id_number="", phone="010-62345678", contact_is_family=True, contact_name="买买提"))
    with core_station.read() as s:
        w = s.get(Worker, changes.entity_id)
        assert w.name == "阿依古丽·买买提"
        assert core_station.vault.decrypt(w.phone_enc) == "010-62345678"
