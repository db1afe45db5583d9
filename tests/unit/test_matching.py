"""Recommendations and call lists: the right jobs for a worker, the right workers for a job, with reasons."""

from __future__ import annotations

from datetime import timedelta

from kiosk.ops import jobs, signups, workers
from kiosk.store.models import Worker
from kiosk.store.queries import call_list, recommend_jobs
from tests.unit.conftest import make_job_form, make_worker_form


def test_recommendations_rank_trade_distance_and_pay_with_reasons(core_station, clock):
    w = core_station.run(workers.register_worker, make_worker_form(max_distance_km=10)).entity_id
    best = core_station.run(jobs.post_job, make_job_form(title="电工急招", pay_amount=320, distance_km=2)).entity_id
    core_station.run(jobs.post_job, make_job_form(title="远处电工", distance_km=30))  # too far: never shown
    cheap = core_station.run(jobs.post_job, make_job_form(title="便宜电工", pay_amount=120, distance_km=2)).entity_id
    other = core_station.run(jobs.post_job, make_job_form(title="保洁", category="cleaning", pay_amount=200,
                                                          distance_km=1)).entity_id
    with core_station.read() as s:
        recs = recommend_jobs(s, s.get(Worker, w), clock.now)
    titles = [r.job.title for r in recs]
    assert "远处电工" not in titles
    assert titles[0] == "电工急招"
    assert titles.index("便宜电工") > 0 and [r.job.id for r in recs].index(other) > [r.job.id for r in recs].index(best)
    reasons = [m.zh for m in recs[0].reasons]
    assert "对口您的工种" in reasons
    assert cheap in [r.job.id for r in recs]


def test_jobs_already_signed_up_are_not_recommended_again(core_station, clock):
    w = core_station.run(workers.register_worker, make_worker_form()).entity_id
    job = core_station.run(jobs.post_job, make_job_form()).entity_id
    core_station.run(signups.sign_up, w, job)
    with core_station.read() as s:
        assert job not in [r.job.id for r in recommend_jobs(s, s.get(Worker, w), clock.now)]


def test_a_gig_already_well_under_way_is_not_recommended_and_a_full_one_comes_after_open_ones(core_station,
                                                                                                clock):
    w = core_station.run(workers.register_worker, make_worker_form(max_distance_km=10)).entity_id
    other = core_station.run(workers.register_worker, make_worker_form(name="李四", id_number="",
                                                                       phone="13800138999")).entity_id
    started = core_station.run(jobs.post_job, make_job_form(title="上午开工", start=clock.now)).entity_id
    full = core_station.run(jobs.post_job, make_job_form(title="满了", headcount=1, pay_amount=400)).entity_id
    core_station.run(signups.sign_up, other, full)
    open_one = core_station.run(jobs.post_job, make_job_form(title="还有位置", pay_amount=300)).entity_id
    with core_station.read() as s:
        early = [r.job.id for r in recommend_jobs(s, s.get(Worker, w), clock.now + timedelta(minutes=30))]
        late = [r.job.id for r in recommend_jobs(s, s.get(Worker, w), clock.now + timedelta(hours=7))]
    assert started in early, "half an hour after the start a walk-up can still be taken on"
    assert started not in late, "seven hours in, a one-day gig is not offered any more"
    assert early.index(open_one) < early.index(full), "the open job first; the full one only has a waiting list"


def test_call_list_finds_fitting_workers_and_skips_those_booked_at_that_time(core_station, clock):
    job = core_station.run(jobs.post_job, make_job_form(distance_km=4)).entity_id
    clash = core_station.run(jobs.post_job, make_job_form(title="同时段", employer_name="别家")).entity_id
    fit = core_station.run(workers.register_worker, make_worker_form(name="张电工", id_number="", phone="13800000001"))
    busy = core_station.run(workers.register_worker, make_worker_form(name="李电工", id_number="", phone="13800000002"))
    core_station.run(workers.register_worker, make_worker_form(name="赵保洁", id_number="", phone="13800000003",
                                                               trades=["cleaning"]))
    core_station.run(workers.register_worker, make_worker_form(name="钱近", id_number="", phone="13800000004",
                                                               max_distance_km=3))
    core_station.run(signups.sign_up, busy.entity_id, clash)
    with core_station.read() as s:
        from kiosk.store.models import Job

        names = [c.name for c in call_list(s, s.get(Job, job), clock.now)]
    assert names == ["张电工"]


def test_call_list_puts_workers_free_that_day_first(core_station, clock):
    job = core_station.run(jobs.post_job, make_job_form(start=clock.now + timedelta(days=5, hours=1)))  # Saturday
    core_station.run(workers.register_worker, make_worker_form(name="周末有空", id_number="", phone="13800000011",
                                                               days=[5, 6]))
    core_station.run(workers.register_worker, make_worker_form(name="只上工作日", id_number="", phone="13800000012",
                                                               days=[0, 1, 2, 3, 4]))
    with core_station.read() as s:
        from kiosk.store.models import Job

        ranked = call_list(s, s.get(Job, job.entity_id), clock.now)
    assert [c.name for c in ranked] == ["周末有空", "只上工作日"]
    assert any(m.zh.endswith("有空") and m.code == "match.free_day" for m in ranked[0].reasons)
