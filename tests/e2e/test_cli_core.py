"""The `kiosk` command as outside checks use it: version, simulate, status, workers, import, export."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kiosk(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "kiosk.cli.main", *args], capture_output=True, text=True,
                            env=env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_version():
    from kiosk import __version__

    assert kiosk(Path("/nonexistent-home"), "--version").stdout.strip() == f"kiosk {__version__}"


def test_simulate_status_workers_export(tmp_path):
    home = tmp_path / "home"
    kiosk(home, "simulate", "--workers", "25", "--jobs", "8", "--days", "2")
    status = json.loads(kiosk(home, "status", "--json").stdout)
    assert status["counts"]["workers"] == 25
    # the simulated days are the days before today: their jobs are over, none is still open to sign up for
    assert status["counts"]["jobs"] == 8 and status["counts"]["open_jobs"] == 0
    assert status["outbox"]["pending"] > 25 and status["outbox"]["oldest_pending_age_seconds"] > 0
    assert status["schema_version"]
    workers = json.loads(kiosk(home, "workers", "--json").stdout)
    assert len(workers) == 25 and all("*" in w["name"] for w in workers)
    text = kiosk(home, "workers", "--json").stdout
    db_dump = json.dumps(workers)
    assert "id_number" not in db_dump and "phone" not in text
    out = tmp_path / "day.csv"
    day = status["outbox"]["oldest_pending_at"][:10]
    kiosk(home, "export", "--date", day, "--out", str(out))
    rows = {r["figure"]: r["value"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert int(rows["workers_registered"]) == 25 and float(rows["hours_worked"]) > 0


def test_import_json_report_and_error_exit(tmp_path):
    home = tmp_path / "home"
    ledger = tmp_path / "w.csv"
    ledger.write_text("姓名,电话,同意\n张三,13800138001,是\n李四,1234,是\n", encoding="utf-8")
    report = json.loads(kiosk(home, "import", "workers", str(ledger), "--json").stdout)
    assert [r["status"] for r in report["rows"]] == ["imported", "refused"]
    assert report["rows"][0]["line"] == 2 and report["rows"][0]["worker_no"].endswith("00001")
    assert report["rows"][1]["line"] == 3 and report["rows"][1]["reason"]["zh"]
    missing = kiosk(home, "import", "workers", str(tmp_path / "nope.csv"), check=False)
    assert missing.returncode == 1 and "找不到文件" in missing.stderr


def test_bad_date_for_export_is_a_plain_message(tmp_path):
    result = kiosk(tmp_path / "home", "export", "--date", "2026-02-31", "--out", str(tmp_path / "x.csv"), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "错误" in result.stderr
