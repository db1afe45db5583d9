"""The review list in words: what each item is about and what is wrong, in Chinese and English, for the market
office. Workers are named by station, worker number, masked name and registration date, never by their full
name, ID or phone number; jobs by title and id."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select

from kiosk.central.models import Job, Worker
from kiosk.domain.messages import define, msg
from kiosk.domain.validation import mask_name

KINDS = {  # kind -> (Chinese, English) name
    "duplicate_person": ("同一人重复登记", "duplicate person"),
    "overlapping_check_in": ("签到时间重叠", "overlapping check-ins"),
    "over_capacity": ("报名超员", "over capacity"),
    "reused_event_id": ("事件编号重复", "reused event id"),
    "job_id_clash": ("岗位编号冲突", "job id clash"),
    "worker_no_clash": ("工友编号重复", "worker number clash"),
}
M_TWINS = define("review.duplicate_person",
                 "The same ID number is registered {count} times, at {stations}{names_en}. Check the people below; "
                 "if they are one person, keep one record and stop using the other's card.",
                 "同一个身份证号登记了 {count} 次（{stations}）{names_zh}。请核对下面的人；如果是同一个人，"
                 "只保留一份档案，另一张卡停用。")
M_NAMES_DIFFER = define("review.names_differ", ", under different names", "，登记的姓名不一样")
M_OVERLAP = define("review.overlapping_check_in",
                   "Worker {worker_en} was checked in at overlapping times for {jobs} ({stations}). Check which "
                   "check-in is right before paying.",
                   "工人 {worker_zh}的两次签到时间重叠（{jobs}；{stations}）。结算工钱前请核对哪次签到是对的。")
M_OVER = define("review.over_capacity",
                "Job {title} ({job_id}) wants {headcount}, but {confirmed} sign-ups are confirmed ({stations}): "
                "tell the employer or the extra workers.",
                "岗位 {title}（{job_id}）招 {headcount} 人，已确认报名 {confirmed} 人（{stations}），超员了："
                "请告知用工单位或多出的工人。")
M_REUSED = define("review.reused_event_id",
                  "Station {stations} sent event {event_id} ({kind}) again with different content; the second was "
                  "not stored. The station's software may be faulty: tell its technician.",
                  "驿站 {stations} 用同一个事件编号 {event_id}（{kind}）发来了不同的内容，第二份没有保存。"
                  "该站的软件可能有问题，请告知技术人员。")
M_CLASH = define("review.job_id_clash",
                 "Two sources ({stations}) used the same job id {job_id}; the later job was not taken.",
                 "两个来源（{stations}）用了同一个岗位编号 {job_id}，后来的那个岗位没有采用。")
M_NUMBER = define("review.worker_no_clash",
                  "Worker number {worker_no} of station {stations} was given to {count} different workers (a station "
                  "restored from an old backup may do this). Cards carry the number: check with the station which "
                  "card belongs to whom, and give one of them a new registration and card.",
                  "驿站 {stations} 的工友编号 {worker_no} 发给了 {count} 位不同的工友（驿站从旧备份恢复后可能出现）。"
                  "工作证上印着这个编号：请与该站核对每张卡是谁的，并为其中一位重新登记、制卡。")
M_OTHER = define("review.other", "Review item of kind {kind}: {detail}", "审核项（{kind}）：{detail}")
M_PERSON = define("review.person", "{station} {worker_no} {name} (registered {registered})",
                  "{station} {worker_no} {name}（登记于 {registered}）")
M_UNKNOWN_PERSON = define("review.person_unknown", "worker {worker_id} (not on this server)",
                          "工人 {worker_id}（本服务器上没有）")
M_RESOLVED = define("review.resolved", "Review item #{id} ({kind_en}) is marked resolved: {summary_en}",
                    "审核项 #{id}（{kind_zh}）已标记为处理完毕：{summary_zh}")
E_NO_ITEM = define("review.no_open_item",
                   "There is no open review item #{id}: `kiosk-central review` lists the open ones (with `--all`, "
                   "the resolved ones too).",
                   "没有编号为 #{id} 的待处理审核项：`kiosk-central review` 列出待处理的审核项（加 `--all` 也列出已处理的）。")
M_COUNT = define("review.count", "{count} item(s). When one is dealt with: kiosk-central review --resolve ID --note "
                                 "\"what was done\"",
                 "共 {count} 项。处理完一项后：kiosk-central review --resolve 编号 --note \"怎么处理的\"")
OFFICE = "市场管理处 market office"


def kind_words(kind: str) -> tuple[str, str]:
    return KINDS.get(kind, (kind, kind))


def explain(session, item: dict) -> dict:
    """The item with `summary` ({zh, en}: what is wrong) and `people`: for a duplicate person each registration,
    for an overlap the worker ({station, worker_no, name masked, registered_at, zh, en})."""
    detail, stations = item["detail"], ", ".join(item["stations"]) or "-"
    kind = item["kind"]
    people: list[dict] = []
    if kind in ("duplicate_person", "worker_no_clash"):
        ids = detail.get("workers", [])
        workers = _workers(session, ids)
        people = [_person(worker_id, workers.get(worker_id)) for worker_id in ids]
    if kind == "worker_no_clash":
        summary = msg(M_NUMBER, worker_no=detail.get("worker_no", ""), stations=stations, count=len(people))
    elif kind == "duplicate_person":
        differ = len({(w.get("name") or "").strip() for w in workers.values()}) > 1
        summary = msg(M_TWINS, count=len(people), stations=stations,
                      names_zh=msg(M_NAMES_DIFFER).zh if differ else "",
                      names_en=msg(M_NAMES_DIFFER).en if differ else "")
    elif kind == "overlapping_check_in":
        worker_id = detail.get("worker_id", "")
        people = [_person(worker_id, _workers(session, [worker_id]).get(worker_id))]
        titles = _titles(session, detail.get("jobs", []))
        summary = msg(M_OVERLAP, worker_zh=people[0]["zh"], worker_en=people[0]["en"], stations=stations,
                      jobs=", ".join(f"{titles.get(j, '?')} ({j})" for j in detail.get("jobs", [])))
    elif kind == "over_capacity":
        job_id = detail.get("job_id", "")
        summary = msg(M_OVER, title=_titles(session, [job_id]).get(job_id, "?"), job_id=job_id, stations=stations,
                      headcount=detail.get("headcount", "?"), confirmed=detail.get("confirmed", "?"))
    elif kind == "reused_event_id":
        summary = msg(M_REUSED, stations=stations, event_id=detail.get("event_id", ""), kind=detail.get("kind", ""))
    elif kind == "job_id_clash":
        summary = msg(M_CLASH, stations=stations.replace("office", OFFICE), job_id=detail.get("job_id", ""))
    else:
        summary = msg(M_OTHER, kind=kind, detail=json.dumps(detail, ensure_ascii=False)[:200])
    return {**item, "summary": {"zh": summary.zh, "en": summary.en}, "people": people}


def _workers(session, ids: Iterable[str]) -> dict[str, dict]:
    rows = session.execute(select(Worker.id, Worker.home_station, Worker.body).where(Worker.id.in_(list(ids))))
    return {r.id: {**json.loads(r.body), "home_station": r.home_station} for r in rows}


def _person(worker_id: str, worker: dict | None) -> dict:
    """One registration as the office may see it: never the full name, ID or phone number."""
    if worker is None:
        text = msg(M_UNKNOWN_PERSON, worker_id=worker_id)
        return {"worker_id": worker_id, "zh": text.zh, "en": text.en}
    who = {"worker_id": worker_id, "station": worker["home_station"], "worker_no": worker.get("worker_no", ""),
           "name": mask_name(worker.get("name")), "registered_at": str(worker.get("registered_at") or "")[:10]}
    text = msg(M_PERSON, station=who["station"], worker_no=who["worker_no"], name=who["name"],
               registered=who["registered_at"] or "?")
    return {**who, "zh": text.zh, "en": text.en}


def _titles(session, job_ids: list[str]) -> dict[str, str]:
    rows = session.execute(select(Job.id, Job.body).where(Job.id.in_(job_ids))) if job_ids else []
    return {r.id: json.loads(r.body).get("title", "") for r in rows}


def item_lines(item: dict) -> list[str]:
    """The item for a terminal: a heading (number, kind, stations, when), what is wrong in Chinese, then in
    English, then the people it is about, one line each."""
    zh, en = kind_words(item["kind"])
    when = f"{item['created_at']:%Y-%m-%d %H:%M}" if item.get("created_at") else ""
    done = " · 已处理 resolved" if item.get("resolved_at") else ""
    lines = [f"#{item['id']} {zh} {en} · {', '.join(item['stations']) or '-'} · {when}{done}",
             f"   {item['summary']['zh']}", f"   {item['summary']['en']}"]
    for person in item["people"]:
        if "station" in person:
            lines.append(f"   - {person['station']} {person['worker_no']} {person['name']} "
                         f"登记于 registered {person['registered_at'] or '?'}")
        else:
            lines.append(f"   - {person['zh']} / {person['en']}")
    return lines


def resolved_text(item: dict):
    zh, en = kind_words(item["kind"])
    return msg(M_RESOLVED, id=item["id"], kind_zh=zh, kind_en=en, summary_zh=item["summary"]["zh"],
               summary_en=item["summary"]["en"])
