"""`kiosk status` tells a technician when a station was enrolled by an older version and must enrol again."""

from __future__ import annotations

import json

from sqlalchemy import delete

from kiosk.store.models import SyncState
from kiosk.sync.state import LOOKUP_KEY_ID
from sync_support import kiosk, unique


def test_status_asks_an_old_enrolment_to_enrol_again(server, make_stations):
    station = make_stations.enrolled(server, unique("ZD"))
    fresh = json.loads(kiosk(station.settings.home, "status", "--json").stdout)["sync"]
    assert fresh["enrolled"] and not fresh["re_enrol"]
    assert "enrol again" not in kiosk(station.settings.home, "status").stdout

    with station.write_session() as s, s.begin():  # as an enrolment made before market lookup keys left it
        s.execute(delete(SyncState).where(SyncState.key == LOOKUP_KEY_ID))
    old = json.loads(kiosk(station.settings.home, "status", "--json").stdout)["sync"]
    assert old["re_enrol"]
    text = kiosk(station.settings.home, "status").stdout
    assert "请重新注册" in text and "kiosk enroll" in text
