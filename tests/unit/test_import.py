"""Ledger imports: good rows in through the operations, bad rows reported by line, re-imports make no twins."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.domain.messages import UserError
from kiosk.imports.ledger import import_jobs, import_workers
from kiosk.store.models import Job, OutboxEvent, Worker

WORKERS = (
    "姓名,身份证号,电话,家属电话,工种,可上工日,班次,期望日薪,重点人群,同意\n"
    "张三,110105197003077711,13800138001,,电工;普工,每天,白班,300,大龄,是\n"
    "李四,11010519700230771X,13800138002,,电工,周一,,200,,是\n"
    "王😀,,13800138003,,电工,,,,,是\n"
    "赵六,,,010-62345678,保洁、家政,周一 周三,早班,180,宝妈,是\n"
    "钱七,,13800138005,,宇航员,,,,,是\n"
    "孙八,,13800138006,,保洁,,,,,否\n"
)
JOBS = (
    "岗位,工种,雇主,认证,工钱,单位,人数,开始,结束,地点,距离\n"
    "仓库分拣员,分拣,顺达物流园,是,180,天,5,2026-11-24 08:00,2026-11-24 17:00,城南物流园3号库,4.5\n"
    "小时工,保洁,绿源保洁公司,否,25,小时,2,2026/11/24 09:00,2026/11/24 13:00,万达广场B1,2\n"
    "坏时间,保洁,绿源保洁公司,否,25,小时,2,明天早上,2026-11-24 13:00,万达广场B1,2\n"
    "结束早于开始,保洁,绿源保洁公司,否,25,小时,2,2026-11-24 13:00,2026-11-24 09:00,万达广场B1,2\n"
)


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_worker_import_reports_each_bad_row_by_line_and_imports_the_rest(core_station, tmp_path):
    report = import_workers(core_station, _write(tmp_path, "w.csv", WORKERS))
    by_line = {r.line: r for r in report.rows}
    assert [by_line[n].status for n in range(2, 8)] == ["imported", "refused", "refused", "imported", "refused",
                                                          "refused"]
    assert by_line[3].reason.code == "id.bad_birth_date"
    assert by_line[4].reason.code == "name.symbols"
    assert by_line[6].reason.code == "import.bad_choice" and "宇航员" in by_line[6].reason.zh
    assert by_line[7].reason.code == "import.no_consent"
    assert by_line[2].as_dict()["worker_no"] == "ZD01-00001"
    with core_station.read() as s:
        family = s.scalar(select(Worker).where(Worker.name == "赵六"))
        assert family.contact_is_family and family.trades == ["cleaning", "domestic_help"] and family.days == [0, 2]


def test_reimport_creates_no_twins_and_no_new_events(core_station, tmp_path):
    path = _write(tmp_path, "w.csv", WORKERS)
    import_workers(core_station, path)
    with core_station.read() as s:
        events = s.scalar(select(func.count()).select_from(OutboxEvent))
    again = import_workers(core_station, path)
    assert again.count("imported") == 0 and again.count("existing") == 2
    with core_station.read() as s:
        assert s.scalar(select(func.count()).select_from(Worker)) == 2
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == events


def test_gbk_ledger_from_excel_is_read(core_station, tmp_path):
    text = WORKERS.replace("王😀", "王五")
    report = import_workers(core_station, _write(tmp_path, "gbk.csv", text, "gbk"))
    assert report.count("imported") == 3


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_excel_unicode_text_ledger_utf16_with_bom_is_read(core_station, tmp_path, encoding):
    # Excel's "Unicode text": UTF-16 with a byte-order mark (little-endian on Windows), cells separated by tabs
    text = "\ufeff" * (encoding != "utf-16") + WORKERS.replace("王😀", "王五").replace(",", "\t")
    report = import_workers(core_station, _write(tmp_path, "unicode.txt", text, encoding))
    assert report.count("imported") == 3
    with core_station.read() as s:
        assert s.scalar(select(Worker.name).where(Worker.name == "张三")) == "张三"


@pytest.mark.parametrize("content, code", [
    (b"", "import.empty"),
    (b"\xff\xfe\x00\x00garbage\x81\x30", "import.encoding"),
    ("电话,备注\n13800138000,x\n".encode(), "import.missing_columns"),
])
def test_bad_files_are_refused_whole_with_a_reason(core_station, tmp_path, content, code):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        import_workers(core_station, path)
    assert err.value.msg.code == code


def test_huge_field_is_refused_by_row_not_by_crash(core_station, tmp_path):
    text = "姓名,电话,同意\n" + "王" * 10_000 + ",13800138000,是\n张三,13800138001,是\n"
    report = import_workers(core_station, _write(tmp_path, "big.csv", text))
    assert [r.status for r in report.rows] == ["refused", "imported"]
    assert report.rows[0].reason.code == "name.too_long"


def test_job_import_and_reimport(core_station, tmp_path):
    path = _write(tmp_path, "jobs.csv", JOBS)
    report = import_jobs(core_station, path)
    assert [r.status for r in report.rows] == ["imported", "imported", "refused", "refused"]
    assert report.rows[2].reason.code == "import.bad_datetime"
    assert report.rows[3].reason.code == "form.end_before_start"
    assert report.rows[0].as_dict()["job_id"]
    again = import_jobs(core_station, path)
    assert again.count("existing") == 2 and again.count("imported") == 0
    with core_station.read() as s:
        assert s.scalar(select(func.count()).select_from(Job)) == 2
        hourly = s.scalar(select(Job).where(Job.title == "小时工"))
        assert hourly.pay_unit == "hour" and hourly.pay_fen == 2500 and not hourly.employer_verified


def test_job_without_headcount_wants_one_and_ledger_words_for_trades_are_understood(core_station, tmp_path):
    text = ("岗位,工种,雇主,工钱,开始,结束,地点\n"
            "装车,搬运工,顺达物流园,260,2026-11-24 08:00,2026-11-24 17:00,城南物流园\n"
            "装车,挖掘机,顺达物流园,260,2026-11-24 08:00,2026-11-24 17:00,城南物流园\n")
    report = import_jobs(core_station, _write(tmp_path, "jobs.csv", text))
    assert [r.status for r in report.rows] == ["imported", "refused"]
    assert "普工" in report.rows[1].reason.zh  # the refusal names choices that would work
    with core_station.read() as s:
        job = s.scalar(select(Job))
        assert job.headcount == 1 and job.category == "loading"
