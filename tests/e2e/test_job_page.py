"""The page a wall board card's QR opens: the job on the market's server, public HTML for a phone."""

from __future__ import annotations

from datetime import datetime, timedelta

import requests

from kiosk.central import office
from kiosk.domain.forms import JobForm
from kiosk.ops import jobs
from kiosk.store.queries import urgent_orders
from kiosk.ui.board.orders import job_link
from sync_support import sync, unique

SIGN_UP = "报名请到零工驿站自助机或找工作人员"


def _form(title: str, **extra) -> JobForm:
    start = (datetime.now() + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    data = dict(title=title, category="sorting", employer_name="顺达物流园", pay_amount=180, pay_unit="day",
                headcount=6, starts_at=start, ends_at=start + timedelta(hours=9), place="城南物流园3号库",
                settlement="daily", employer_verified=True, requirements="能搬 20 公斤")
    return JobForm(**{**data, **extra})


def _board_links(station) -> dict[str, str]:
    """What each wall board card's QR holds, by job id (the board's own rule, with the station's settings)."""
    with station.read() as s:
        return {j.id: job_link(station.settings.server_url, j.id) for j in urgent_orders(s, station.clock())}


def test_a_board_cards_qr_opens_the_jobs_page_on_the_server(server, make_stations):
    station = make_stations.enrolled(server, unique("ZD"))
    office_job = office.add_job(server.store, _form("仓库分拣员"))
    local = station.run(jobs.post_job, _form("A&B <b>装卸</b>", employer_name="<script>alert(1)</script>",
                                             pay_unit="hour", pay_amount=25.5, employer_verified=False,
                                             contact_name="李经理", contact_phone="13912345678")).entity_id
    assert sync(station).ok
    links = _board_links(station)
    assert links[office_job] == f"{server.url}/jobs/{office_job}"

    page = requests.get(links[office_job], timeout=10)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    for shown in ("仓库分拣员", "180 元/天", "180 yuan/day", "分拣", "Sorting", "日结", "城南物流园3号库", "顺达物流园",
                  "认证企业", "能搬 20 公斤", "还差 6 人", SIGN_UP, "Sign up at a station kiosk or with staff"):
        assert shown in text, shown
    assert text.index("仓库分拣员") < text.index("Sorting")  # Chinese first
    assert "viewport" in text

    page = requests.get(links[local], timeout=10)
    assert page.status_code == 200
    assert "25.5 元/小时" in page.text and "未认证" in page.text
    assert "A&amp;B &lt;b&gt;装卸&lt;/b&gt;" in page.text and "<b>" not in page.text
    assert "&lt;script&gt;" in page.text and "<script>" not in page.text
    assert "13912345678" not in page.text and "李经理" not in page.text  # no personal data


def test_an_unknown_or_closed_job_gets_a_friendly_404_page(server):
    job_id = office.add_job(server.store, _form("家庭保洁", category="cleaning"))
    office.close_office_job(server.store, job_id)
    for url in (f"{server.url}/jobs/{job_id}", f"{server.url}/jobs/no-such-job", f"{server.url}/jobs/{'x' * 300}"):
        page = requests.get(url, timeout=10)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html"), url
        assert "不存在" in page.text and "does not exist" in page.text and "家庭保洁" not in page.text


def test_one_place_left_is_singular_and_not_verified_is_chinese_text_with_english_under(server):
    job_id = office.add_job(server.store, _form(unique("门卫"), headcount=1, employer_verified=False))
    text = requests.get(f"{server.url}/jobs/{job_id}", timeout=10).text
    assert "还差 1 人" in text and "1 wanted, 1 place left" in text and "1 places" not in text
    assert '未认证 <span class="en">Not verified</span>' in text and '<span class="en">未认证' not in text
    many = requests.get(f"{server.url}/jobs/{office.add_job(server.store, _form(unique('门卫')))}", timeout=10).text
    assert "6 wanted, 6 places left" in many
