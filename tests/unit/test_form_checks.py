"""A form checked whole: every wrong field is told (ledger imports list them all); the first stays the first."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.domain.forms import JobForm, WorkerForm
from kiosk.domain.messages import UserError, UserErrors


def test_worker_form_tells_every_wrong_field_in_form_order():
    form = WorkerForm(name="王😀", phone="1234", contact_name="李😀", trades=["rocket"], consent=True)
    with pytest.raises(UserErrors) as err:
        form.validated()
    assert [e.field for e in err.value.errors] == ["name", "phone", "contact_name", "trades"]
    assert isinstance(err.value, UserError) and err.value.field == "name" and err.value.msg.code == "name.symbols"


def test_job_form_tells_every_wrong_field_and_a_good_form_passes():
    start = datetime(2026, 11, 24, 8)
    good = JobForm("装车", "loading", "顺达物流园", 260, "day", 2, start, start.replace(hour=17), "城南物流园")
    assert good.validated().headcount == 2
    bad = JobForm("", "loading", "顺达物流园", 260, "day", 0, start, start.replace(hour=7), "城南物流园")
    with pytest.raises(UserErrors) as err:
        bad.validated()
    assert [e.field for e in err.value.errors] == ["ends_at", "title", "headcount"]
