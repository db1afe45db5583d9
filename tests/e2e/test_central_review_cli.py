"""`kiosk-central review` as the market office reads it: each item says in words what is wrong, in Chinese and
English; a person registered twice is shown by station, worker number, masked name and registration date, never
by full name, ID number or hash."""

from __future__ import annotations

import json
import random

from sqlalchemy import select

from kiosk.demo.people import fake_worker
from kiosk.ops import workers
from kiosk.store.models import Worker
from sync_support import sync, unique

ID_NUMBER = "11010519491231002X"


def _register(station, name: str, id_number: str = ID_NUMBER) -> Worker:
    form = fake_worker(random.Random(5), station.clock().date())
    form.name, form.id_number, form.phone = name, id_number, ""
    worker_id = station.run(workers.register_worker, form).entity_id
    with station.read() as s:
        return s.scalar(select(Worker).where(Worker.id == worker_id))


def _block(text: str, *names: str) -> str:
    """The lines of the one review item about these stations."""
    blocks = ["#" + b for b in text.split("\n#")]
    mine = [b for b in blocks if all(n in b.splitlines()[0] for n in names)]
    assert len(mine) == 1, text
    return mine[0]


def test_a_person_registered_twice_is_shown_readably_and_resolving_says_what(server, make_stations):
    names = unique("ZDA"), unique("ZDB")
    a, b = (make_stations.enrolled(server, n) for n in names)
    first, second = _register(a, "李秀英"), _register(b, "李秀云")  # one ID number, two different names
    assert sync(a).ok and sync(b).ok

    out = server.cli("review")
    shown = _block(out.stdout, *names)
    assert "同一人重复登记 duplicate person" in shown
    assert "同一个身份证号登记了 2 次" in shown and "登记的姓名不一样" in shown
    assert "The same ID number is registered 2 times" in shown and "under different names" in shown
    today = f"{a.clock():%Y-%m-%d}"
    assert f"{names[0]} {first.worker_no} 李*英 登记于 registered {today}" in shown
    assert f"{names[1]} {second.worker_no} 李*云 登记于 registered {today}" in shown
    listing = server.cli("review", "--json").stdout
    for hidden in ("李秀英", "李秀云", ID_NUMBER, first.id_hash, '"workers": ["'):
        assert hidden not in out.stdout, hidden
    for hidden in ("李秀英", "李秀云", ID_NUMBER):
        assert hidden not in listing, hidden
    item = next(i for i in json.loads(listing) if set(i["stations"]) == set(names))
    assert {(p["station"], p["worker_no"], p["name"], p["registered_at"]) for p in item["people"]} == {
        (names[0], first.worker_no, "李*英", today), (names[1], second.worker_no, "李*云", today)}
    assert "同一个身份证号" in item["summary"]["zh"] and "same ID number" in item["summary"]["en"]

    done = server.cli("review", "--resolve", str(item["id"]), "--note", "同一人，已停用 B 站的卡")
    assert f"审核项 #{item['id']}（同一人重复登记）已标记为处理完毕：同一个身份证号" in done.stdout
    assert f"Review item #{item['id']} (duplicate person) is marked resolved: The same ID number" in done.stdout
    again = server.cli("review", "--resolve", str(item["id"]), check=False)
    assert again.returncode == 1 and again.stdout == ""
    assert f"没有编号为 #{item['id']} 的待处理审核项" in again.stderr
    assert f"There is no open review item #{item['id']}" in again.stderr
    assert all(set(i["stations"]) != set(names) for i in json.loads(server.cli("review", "--json").stdout))


def test_twins_under_one_name_are_not_called_different_names(server, make_stations):
    names = unique("ZDC"), unique("ZDD")
    c, d = (make_stations.enrolled(server, n) for n in names)
    _register(c, "王建国", "110105197003077711")
    _register(d, "王建国", "110105197003077711")  # the same name this time: the summary does not say the names differ
    assert sync(c).ok and sync(d).ok
    shown = _block(server.cli("review").stdout, *names)
    assert "同一个身份证号登记了 2 次" in shown and "姓名不一样" not in shown and "different names" not in shown
    for line in shown.splitlines():
        assert "{" not in line and "ab" * 8 not in line  # no JSON, no hash
