"""Staff accounts from the command line: real names, no silent PIN changes, a list that never shows a PIN."""

from __future__ import annotations

import pytest

from kiosk.domain.messages import UserError
from kiosk.ops import staff


@pytest.mark.parametrize("name", ["", "   ", "张" * 300, "管理员1", "admin<script>"])
def test_a_staff_name_follows_the_rules_for_person_names(core_station, name):
    with pytest.raises(UserError) as err:
        core_station.run(staff.add_staff, name, "2580")
    assert err.value.msg.code.startswith("name.")


def test_adding_an_existing_name_is_refused_and_a_new_pin_needs_reset(core_station):
    core_station.run(staff.add_staff, " 王 站长 ", "2580")  # stored as the name rules clean it
    with pytest.raises(UserError) as err:
        core_station.run(staff.add_staff, "王站长", "1111")
    assert err.value.msg.code == "staff.exists"
    assert core_station.run(staff.staff_login, "王站长", "2580").detail["ok"] is True  # the PIN did not change
    done = core_station.run(staff.reset_staff_pin, "王站长", "1111")
    assert "王站长" in done.msg.zh and done.msg.en
    assert core_station.run(staff.staff_login, "王站长", "1111").detail["ok"] is True
    with pytest.raises(UserError) as err:
        core_station.run(staff.reset_staff_pin, "没这人", "1111")
    assert err.value.msg.code == "staff.unknown"


def test_staff_list_shows_names_and_lockouts_never_pins_and_remove_takes_one_off(core_station, clock):
    core_station.run(staff.add_staff, "王站长", "2580")
    core_station.run(staff.add_staff, "李芳", "3690")
    for _ in range(staff.MAX_FAILURES):
        core_station.run(staff.staff_login, "李芳", "0000")
    with core_station.read() as s:
        rows = staff.staff_list(s, core_station.clock())
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"王站长", "李芳"}
    assert by_name["王站长"]["locked_until"] is None and by_name["李芳"]["locked_until"] is not None
    assert all(set(r) == {"name", "created_at", "locked_until"} for r in rows)
    assert "2580" not in repr(rows) and "scrypt" not in repr(rows)
    core_station.run(staff.remove_staff, "李芳")
    with core_station.read() as s:
        assert [r["name"] for r in staff.staff_list(s, core_station.clock())] == ["王站长"]
    with pytest.raises(UserError):
        core_station.run(staff.staff_login, "李芳", "3690")
