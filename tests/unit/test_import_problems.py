"""Ledger imports tell staff everything to fix in one go, in the file's own words, and change no data quietly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.domain.messages import UserError
from kiosk.imports.ledger import import_jobs, import_workers
from kiosk.store.models import Job, Worker

JOB_HEADER = "岗位,雇主,工钱,人数,开始时间,结束时间,地点\n"


def _write(tmp_path, text, name="ledger.csv", encoding="utf-8-sig"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _refusal(tmp_path, importer, text):
    with pytest.raises(UserError) as err:
        importer(_write(tmp_path, text))
    return err.value.msg


def test_a_missing_required_column_is_one_header_message_in_the_files_own_language(core_station, tmp_path):
    rows = "".join(f"工友{n},1380013{n:04d}\n" for n in range(500))
    problem = _refusal(tmp_path, lambda p: import_workers(core_station, p), "姓名,电话\n" + rows)
    assert problem.code == "import.missing_columns"
    assert "同意" in problem.zh and "同意" in problem.en and "consent" not in problem.zh
    assert "姓名、电话" in problem.zh  # what was read, so a wrong separator shows at once

    problem = _refusal(tmp_path, lambda p: import_workers(core_station, p), "name,notes\nZhang San,x\n")
    assert "consent" in problem.en and "consent" in problem.zh and "id_number/phone/family_phone" in problem.en
    with core_station.read() as s:
        assert s.scalar(select(Worker)) is None


@pytest.mark.parametrize("sep", [";", "\t", "，", ","])
def test_semicolon_tab_and_chinese_comma_files_import(core_station, tmp_path, sep):
    text = "\n".join(sep.join(r) for r in [("姓名", "电话", "工种", "同意"), ("张三", "13800138001", "电工", "是"),
                                          ("李四", "13800138002", "保洁", "是")]) + "\n"
    report = import_workers(core_station, _write(tmp_path, text))
    assert [r.status for r in report.rows] == ["imported", "imported"]
    with core_station.read() as s:
        assert s.scalar(select(Worker).where(Worker.name == "李四")).trades == ["cleaning"]


def test_messages_name_the_column_as_the_file_heads_it_and_offer_choices(core_station, tmp_path):
    text = ("姓名,电话,技能,同意\n张三,13800138001,火箭专家,是\n")
    problem = import_workers(core_station, _write(tmp_path, text)).rows[0].problems[0]
    assert problem.column == "技能" and "“技能”列" in problem.shown.zh and "trades" not in problem.shown.zh
    assert "普工" in problem.shown.zh and "Factory worker" in problem.shown.en

    text = JOB_HEADER + "装车,顺达物流园,260,2,明早八点,2026-11-24 17:00,城南物流园\n"
    problem = import_jobs(core_station, _write(tmp_path, text)).rows[0].problems[0]
    assert problem.column == "开始时间" and "“开始时间”列" in problem.shown.zh and "start" not in problem.shown.zh


def test_every_bad_field_of_a_row_is_reported_and_nothing_of_it_is_saved(core_station, tmp_path):
    text = ("姓名,电话,工种,班次,期望日薪,同意\n"
            "张三,13800138001,电工,白班,300,是\n"
            "李四,1234,火箭专家,午夜班,abc,否\n"
            "王五,13800138003,保洁,,,是\n")
    report = import_workers(core_station, _write(tmp_path, text))
    assert [r.status for r in report.rows] == ["imported", "refused", "imported"]  # good rows still go in
    bad = report.rows[1]
    assert {p.column for p in bad.problems} == {"电话", "工种", "班次", "期望日薪", "同意"}
    assert len(bad.as_dict()["problems"]) == 5
    lines = [line for line in report.problem_lines() if line.startswith("第 3 行")]
    assert len(lines) == 5 and any("午夜班" in line and "班次" in line for line in lines)
    assert "其余各行都已导入" in report.problem_lines()[-1]
    with core_station.read() as s:
        assert s.scalar(select(Worker).where(Worker.name == "李四")) is None


def test_a_bad_form_field_beside_a_bad_cell_is_reported_too(core_station, tmp_path):
    text = JOB_HEADER + ",顺达物流园,99999,2,2026-11-24 08:00,2026-11-24 07:00,城南物流园\n"
    problems = import_jobs(core_station, _write(tmp_path, text)).rows[0].problems
    assert [(p.column, p.msg.code) for p in problems] == [
        ("结束时间", "form.end_before_start"), ("岗位", "text.empty"), ("工钱", "wage.out_of_range")]


@pytest.mark.parametrize("headcount", ["0", "-3"])
def test_headcount_zero_or_less_is_refused_not_made_one(core_station, tmp_path, headcount):
    text = JOB_HEADER + f"装车,顺达物流园,260,{headcount},2026-11-24 08:00,2026-11-24 17:00,城南物流园\n"
    row = import_jobs(core_station, _write(tmp_path, text)).rows[0]
    assert row.status == "refused" and row.problems[0].column == "人数"
    assert row.reason.code == "headcount.out_of_range" and "“人数”列" in row.problems[0].shown.zh
    with core_station.read() as s:
        assert s.scalar(select(Job)) is None


def test_a_job_that_has_ended_is_refused_one_under_way_is_imported(core_station, tmp_path):
    now = core_station.clock()  # 2026-11-23 08:30
    text = (JOB_HEADER + "旧单,顺达物流园,260,2,2020-01-01 08:00,2020-01-01 17:00,城南物流园\n"
            f"今天的,顺达物流园,260,2,{now:%Y-%m-%d} 07:00,{now:%Y-%m-%d} 17:00,城南物流园\n")
    report = import_jobs(core_station, _write(tmp_path, text))
    assert [r.status for r in report.rows] == ["refused", "imported"]
    ended = report.rows[0].problems
    assert [(p.column, p.msg.code) for p in ended] == [("结束时间", "import.job_ended")]
    assert "2020-01-01 17:00" in ended[0].shown.zh and "没有导入" in ended[0].shown.zh
    with core_station.read() as s:
        assert s.scalars(select(Job.title)).all() == ["今天的"]


def test_numbers_excel_wrote_in_scientific_notation_say_to_make_the_column_text(core_station, tmp_path):
    text = "姓名,身份证号,电话,同意\n张三,4.10102E+17,13800138001,是\n李四,,1.38001E+10,是\n"
    first, second = (r.problems[0] for r in import_workers(core_station, _write(tmp_path, text)).rows)
    assert (first.column, first.msg.code, second.column, second.msg.code) == (
        "身份证号", "id.excel_scientific", "电话", "phone.excel_scientific")
    assert "“身份证号”列" in first.shown.zh and "科学计数法" in first.shown.zh and "删掉其他字符" not in first.shown.zh
    assert "scientific notation" in second.shown.en and "Text" in second.shown.en


def test_a_landline_in_the_mobile_column_points_to_the_family_phone_column(core_station, tmp_path):
    text = "姓名,电话,同意\n张三,010-62345678,是\n李四,0571-87654321,是\n"
    problems = [r.problems[0] for r in import_workers(core_station, _write(tmp_path, text)).rows]
    assert [p.column for p in problems] == ["电话", "电话"]
    assert "座机号可以填在“家属电话”列" in problems[0].shown.zh and "0571-87654321" in problems[1].shown.zh
    assert "family_phone" not in problems[0].shown.en and "家属电话" in problems[0].shown.en
    # where the advice leads: the landline is taken in 家属电话
    report = import_workers(core_station, _write(tmp_path, "姓名,电话,家属电话,同意\n张三,,010-62345678,是\n"))
    assert report.rows[0].status == "imported"


def test_a_folder_given_as_the_file_is_called_a_folder(core_station, tmp_path):
    folder = tmp_path / "ledgers"
    folder.mkdir()
    (folder / "工友.csv").write_text("姓名,电话,同意\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        import_workers(core_station, folder)
    problem = err.value.msg
    assert problem.code == "import.is_folder" and "文件夹" in problem.zh and "folder" in problem.en
    assert "工友.csv" in problem.zh and "找不到" not in problem.zh


def test_a_gender_the_id_number_contradicts_refuses_the_row_naming_both(core_station, tmp_path):
    text = ("姓名,身份证号,性别,出生年份,电话,同意\n"
            "王芳,11010519491231002X,男,1949,13800138001,是\n"
            "李梅,11010519491231002X,女,1949,13800138002,是\n")
    report = import_workers(core_station, _write(tmp_path, text))
    assert [r.status for r in report.rows] == ["refused", "imported"]
    shown = report.rows[0].problems[0].shown
    assert "“性别”列" in shown.zh and "身份证号是女性的" in shown.zh and "核对身份证号" in shown.zh
    assert "woman's" in shown.en
    with core_station.read() as s:
        assert [(w.name, w.gender) for w in s.scalars(select(Worker))] == [("李梅", "female")]
