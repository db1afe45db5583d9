"""The station log is an audit trail: every operation and refusal, by record id, never with personal data."""

from __future__ import annotations

import logging

import pytest

from kiosk.domain.messages import UserError
from kiosk.logs import read_logs, setup_logging
from kiosk.ops import cards, workers
from tests.unit.conftest import make_worker_form


def test_each_operation_and_each_refusal_is_logged_by_id_only(core_station):
    logs_dir = core_station.settings.logs_dir
    setup_logging(logs_dir, level=logging.INFO)
    form = make_worker_form()
    worker = core_station.run(workers.register_worker, form)
    card = core_station.run(cards.issue_card, worker.entity_id)
    with pytest.raises(UserError):
        core_station.run(workers.register_worker, make_worker_form(id_number="110105197003077712"))  # bad checksum
    lines = [e["msg"] for e in read_logs(logs_dir) if e.get("logger") == "kiosk.station"]
    assert any(worker.kind in line and worker.entity_id in line and worker.event_id in line for line in lines)
    assert any(card.kind in line and card.entity_id in line for line in lines)
    assert any(line.startswith("refused register_worker") for line in lines)
    text = "".join(p.read_text(encoding="utf-8") for p in logs_dir.glob("*.log*"))
    for private in (form.name, form.id_number, form.phone):
        assert private and private not in text
