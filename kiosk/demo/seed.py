"""The demo station: Chinese employers, jobs and workers, a day of activity, cards and a staff user."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from kiosk.demo.people import JOB_TEMPLATES, fake_job, fake_worker
from kiosk.demo.simulate import PNG_1PX
from kiosk.domain.forms import WorkerForm
from kiosk.ops import attendance, cards, jobs, signups, staff, workers
from kiosk.station_code import use_prefix
from kiosk.store.models import Worker

DEMO_STAFF = ("站长", "1234")
DEMO_CODE = "ZD01"
DEMO_CAMERA_DIR = "demo-camera"

# Named demo workers so a tour reads naturally (ID numbers are made up but valid).
FEATURED = [
    WorkerForm(name="王建国", id_number="110105197003077711", phone="13800138000",
               trades=["electrician", "repair_install"], days=[0, 1, 2, 3, 4, 5, 6],
               shifts=["morning", "day"], expected_daily_wage=300, max_distance_km=15.0,
               priority_groups=["older"], consent=True, consent_by="站长"),
    WorkerForm(name="李秀英", id_number="", phone="13912345678", contact_is_family=True, contact_name="李强",
               birth_year=1968, gender="female", trades=["cleaning", "domestic_help"], days=[0, 1, 2, 3, 4],
               shifts=["day"], expected_daily_wage=180, max_distance_km=5.0, priority_groups=["older"],
               consent=True, consent_by="站长"),
    WorkerForm(name="阿依古丽·买买提", id_number="", phone="15099887766", trades=["sewing", "general_worker"],
               days=[0, 1, 2, 3, 4, 5], shifts=["day"], expected_daily_wage=220, max_distance_km=10.0,
               priority_groups=["mother"], consent=True, consent_by="站长"),
]


def seed_demo(station, n_workers: int = 40, seed: int = 2026) -> dict:
    """Fill an empty station with a realistic morning; returns ids and the featured workers' card texts."""
    with station.read() as s:
        if s.scalar(select(func.count()).select_from(Worker)):
            return existing_demo(station)
    rng = random.Random(seed)
    now = station.clock()
    use_prefix(station, DEMO_CODE)  # the demo shows the numbers of the docs' example station
    station.run(staff.add_staff, *DEMO_STAFF)
    job_ids = []
    for template in JOB_TEMPLATES:
        form = fake_job(rng, now, template)
        form.starts_at = (now + timedelta(days=rng.choice([0, 0, 1]))).replace(
            hour=rng.choice([7, 8, 13]), minute=0, second=0, microsecond=0)
        if form.starts_at < now - timedelta(hours=1):
            form.starts_at = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        form.ends_at = form.starts_at + timedelta(hours=rng.choice([8, 9]))
        job_ids.append(station.run(jobs.post_job, form).entity_id)
    worker_ids = [station.run(workers.register_worker, f).entity_id for f in FEATURED]
    for _ in range(n_workers):
        changes = station.run(workers.register_worker, fake_worker(rng, now.date()))
        if changes.kind == "worker.registered":
            worker_ids.append(changes.entity_id)
    # a bit of the day's activity: sign-ups for some, one signed and checked in
    for wid in worker_ids[3:20]:
        station.run(signups.sign_up, wid, rng.choice(job_ids))
    started = [j for j in job_ids if _starts_by(station, j, now + timedelta(hours=2))]
    if started:
        booked = station.run(signups.sign_up, worker_ids[3], started[0])
        if booked.detail.get("status") == "confirmed":
            station.run(attendance.accept_agreement, booked.entity_id, PNG_1PX)
            try:
                station.run(attendance.check_in, booked.entity_id)
            except Exception:  # noqa: BLE001 - outside the job's hours at this moment: no check-in today
                pass
    payloads = {wid: station.run(cards.issue_card, wid).detail["payload"] for wid in worker_ids[:3]}
    write_camera_frames(station.settings.home / DEMO_CAMERA_DIR, list(payloads.values()))
    return {"worker_ids": worker_ids, "job_ids": job_ids, "card_payloads": payloads,
            "camera_dir": str(station.settings.home / DEMO_CAMERA_DIR)}


def _starts_by(station, job_id, limit) -> bool:
    from kiosk.store.models import Job

    with station.read() as s:
        return s.get(Job, job_id).starts_at <= limit


def existing_demo(station) -> dict:
    """The same description for a demo station seeded before."""
    from kiosk.store.models import Card, Job

    with station.read() as s:
        worker_ids = list(s.scalars(select(Worker.id).order_by(Worker.worker_no)))
        job_ids = list(s.scalars(select(Job.id).order_by(Job.created_at)))
        payloads = {c.worker_id: c.payload for c in s.scalars(select(Card).where(Card.status == "active"))}
    return {"worker_ids": worker_ids, "job_ids": job_ids, "card_payloads": payloads,
            "camera_dir": str(station.settings.home / DEMO_CAMERA_DIR)}


def write_camera_frames(folder: Path, payloads: list[str], blanks: int = 8) -> list[Path]:
    """Frames for the demo's file camera: a quiet scene, then each card held up, then quiet again."""
    import cv2
    import numpy as np
    import qrcode

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(5)
    scene = np.full((720, 1280, 3), 200, np.uint8)
    scene += rng.integers(0, 20, scene.shape, dtype=np.uint8)
    paths = []
    index = 0

    def save(img):
        nonlocal index
        path = folder / f"frame-{index:03d}.png"
        cv2.imwrite(str(path), img)
        paths.append(path)
        index += 1

    for payload in payloads:
        for _ in range(blanks):
            save(scene)
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=4)
        qr.add_data(payload)
        qr.make(fit=True)
        modules = np.array(qr.get_matrix(), dtype=np.uint8)
        size = 360
        tile = cv2.resize(((1 - modules) * 255).astype(np.uint8), (size, size), interpolation=cv2.INTER_NEAREST)
        frame = scene.copy()
        y, x = (720 - size) // 2, (1280 - size) // 2
        frame[y:y + size, x:x + size] = cv2.cvtColor(tile, cv2.COLOR_GRAY2BGR)
        for _ in range(blanks):
            save(frame)
    return paths
