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


def test_a_gender_or_birth_year_the_id_number_contradicts_is_refused_not_replaced():
    # 11010519491231002X: a woman born in 1949. A difference most often means the ID number was mistyped.
    form = WorkerForm(name="王芳", id_number="11010519491231002X", gender="male", birth_year=1950, consent=True)
    with pytest.raises(UserErrors) as err:
        form.validated()
    by_field = {e.field: e.msg for e in err.value.errors}
    assert set(by_field) == {"birth_year", "gender"}
    assert "性别填的是男" in by_field["gender"].zh and "身份证号是女性的" in by_field["gender"].zh
    assert "Gender says male" in by_field["gender"].en and "ID number is a woman's" in by_field["gender"].en
    assert "1950" in by_field["birth_year"].zh and "1949" in by_field["birth_year"].en
    agreeing = WorkerForm(name="王芳", id_number="11010519491231002X", gender="female", birth_year=1949, consent=True)
    assert (agreeing.validated().gender, agreeing.validated().birth_year) == ("female", 1949)
    blank = WorkerForm(name="王芳", id_number="11010519491231002X", consent=True).validated()
    assert (blank.gender, blank.birth_year) == ("female", 1949)  # nothing given: the ID number tells
