"""Staff PINs are hashed; five wrong PINs lock staff mode for a while."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.domain.messages import UserError
from kiosk.ops import staff
from kiosk.store.models import StaffUser


def test_pin_is_stored_hashed(core_station):
    core_station.run(staff.add_staff, "站长", "2580")
    with core_station.read() as s:
        stored = s.scalars(select(StaffUser)).one().pin_hash
    assert "2580" not in stored and stored.startswith("scrypt$")
    assert core_station.run(staff.staff_login, "站长", "2580").detail["ok"] is True


def test_lockout_after_five_wrong_pins_then_unlocks_later(core_station, clock):
    core_station.run(staff.add_staff, "站长", "2580")
    for left in (4, 3, 2, 1):
        result = core_station.run(staff.staff_login, "站长", "0000")
        assert result.detail["ok"] is False and f"{left} 次" in result.msg.zh
    locked = core_station.run(staff.staff_login, "站长", "0000")
    assert locked.kind == "staff.locked"
    with pytest.raises(UserError) as err:
        core_station.run(staff.staff_login, "站长", "2580")  # even the right PIN
    assert err.value.msg.code == "staff.locked"
    clock.advance(minutes=6)
    assert core_station.run(staff.staff_login, "站长", "2580").detail["ok"] is True


@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", "１２３４"])
def test_pin_format(core_station, pin):
    with pytest.raises(UserError):
        core_station.run(staff.add_staff, "站长", pin)
