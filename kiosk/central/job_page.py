"""The public page a wall board card's QR opens (`server_url/jobs/<id>`): one open job, read-only, for a phone.

Chinese first, English under it; no personal data (no contact name or phone: jobs reach the server without the
phone, and a contact is a person); every value HTML-escaped. A closed, withdrawn or unknown job gets a 404 page."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape

from kiosk.central.db import CentralStore
from kiosk.central.models import Job
from kiosk.domain.categories import CATEGORIES, PAY_UNITS, SETTLEMENTS, WEEKDAYS
from kiosk.domain.pay import yuan

PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f4f0;
color:#1a1a1a;line-height:1.5;font-size:18px}}
main{{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}}
h1{{font-size:1.6rem;margin:.2rem 0}} .en{{color:#444;font-size:.9em}} .pay{{font-size:2rem;font-weight:bold;color:#8a1c00}}
dl{{margin:1rem 0}} dt{{font-weight:bold;margin-top:.7rem}} dd{{margin:0}}
.badge{{display:inline-block;padding:0 .4rem;border:2px solid #1a5e20;color:#1a5e20;border-radius:.3rem}}
.signup{{margin-top:1.5rem;padding:.8rem;background:#fff6d5;border-left:.4rem solid #b38600}}
</style></head>
<body><main>
{body}
</main></body></html>
"""

JOB = """<h1>{title}</h1>
<div>{trade} <span class="en">{trade_en}</span></div>
<div class="pay">{pay} <span class="en">{pay_en}</span></div>
<div>{settlement} <span class="en">{settlement_en}</span></div>
<dl>
<dt>时间 <span class="en">When</span></dt><dd>{when}</dd>
<dt>地点 <span class="en">Place</span></dt><dd>{place}</dd>
<dt>人数 <span class="en">People wanted</span></dt><dd>招 {headcount} 人，还差 {left} 人 <span class="en">{headcount} wanted, \
{left_en}</span></dd>
<dt>用工单位 <span class="en">Employer</span></dt><dd>{employer} {verified}</dd>
{more}</dl>
<p class="signup">报名请到零工驿站自助机或找工作人员<br><span class="en">Sign up at a station kiosk or with staff</span></p>
"""

GONE = """<h1>这个岗位已招满、已结束或不存在</h1>
<p class="en">This job is filled, closed or does not exist.</p>
<p class="signup">请到零工驿站自助机看看其他岗位，或找工作人员<br>
<span class="en">See other jobs at a station kiosk, or ask the staff</span></p>
"""

VERIFIED = '<span class="badge">认证企业 <span class="en">Verified employer</span></span>'
NOT_VERIFIED = '未认证 <span class="en">Not verified</span>'


def job_page(store: CentralStore, job_id: str) -> tuple[int, str]:
    """(HTTP status, HTML) for the job's page: 200 for an open job, 404 otherwise."""
    with store.read() as s:
        row = s.get(Job, job_id) if len(job_id) <= 64 else None
        job = (json.loads(row.body), row.headcount, row.filled) if row is not None and row.status == "open" else None
    if job is None:
        return 404, PAGE.format(title="岗位不存在 Job not found", body=GONE)
    body, headcount, filled = job
    return 200, PAGE.format(title=escape(str(body.get("title", ""))), body=_job_html(body, headcount, filled))


def _job_html(body: dict, headcount: int, filled: int) -> str:
    trade = next((c for c in CATEGORIES if c.code == body.get("category")), None)
    unit = next((u for u in PAY_UNITS if u.code == body.get("pay_unit")), PAY_UNITS[0])
    settlement = next((c for c in SETTLEMENTS if c.code == body.get("settlement")), None)
    more = [(zh, en, body.get(key)) for zh, en, key in (("工作要求", "Requirements", "requirements"),
                                                        ("工作内容", "The work", "description"))]
    ages = _ages(body.get("min_age"), body.get("max_age"))
    more.append(("年龄", "Age", ages))
    amount = yuan(body.get("pay_fen"))
    left = max(0, int(headcount) - int(filled))
    return JOB.format(
        title=_e(body.get("title")), trade=_e(trade.zh if trade else body.get("category")),
        trade_en=_e(trade.en if trade else ""), pay=_e(f"{amount} {unit.per_zh}"), pay_en=_e(f"{amount} {unit.per_en}"),
        settlement=_e(settlement.zh if settlement else ""), settlement_en=_e(settlement.en if settlement else ""),
        when=_e(_when(body.get("starts_at"), body.get("ends_at"))), place=_e(body.get("place")),
        headcount=int(headcount), left=left, left_en=f"{left} place left" if left == 1 else f"{left} places left",
        employer=_e(body.get("employer_name")),
        verified=VERIFIED if body.get("employer_verified") else NOT_VERIFIED,
        more="".join(f'<dt>{zh} <span class="en">{en}</span></dt><dd>{_e(text)}</dd>\n'
                     for zh, en, text in more if text))


def _e(value) -> str:
    return escape(str(value or ""), quote=True)


def _ages(low, high) -> str:
    if low and high:
        return f"{low}–{high} 岁 (years)"
    if low or high:
        return f"{low} 岁以上 (at least {low})" if low else f"{high} 岁以下 (at most {high})"
    return ""


def _when(starts: str | None, ends: str | None) -> str:
    """2026-11-24 周一 Monday 08:00 – 17:00 (the end's date too when it is another day)."""
    try:
        start, end = datetime.fromisoformat(str(starts)), datetime.fromisoformat(str(ends))
    except ValueError:
        return ""
    day = WEEKDAYS[start.weekday()]
    finish = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    return f"{start:%Y-%m-%d} {day.zh} {day.en} {start:%H:%M} – {finish}"
