"""The reference lists staff pick from: job categories, pay units, shifts, days, groups and outcomes."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

import pytest

from kiosk.domain import categories as c

REQUIRED_CATEGORIES = {
    "普工", "技工", "缝纫", "电工", "焊工", "水电工", "木工", "瓦工", "油漆工", "建筑小工", "保洁", "保安",
    "搬运装卸", "分拣", "快递员", "外卖骑手", "司机", "叉车工", "厨师", "帮厨", "洗碗工", "服务员", "收银员",
    "仓管", "家政", "保姆", "月嫂", "护工", "绿化", "维修安装", "家电维修", "数据标注", "直播", "网络客服",
    "促销派单", "会展临时工", "农活采摘", "其他",
}  # fmt: skip

ALL_LISTS = {
    "CATEGORIES": c.CATEGORIES,
    "CATEGORY_GROUPS": c.CATEGORY_GROUPS,
    "PAY_UNITS": c.PAY_UNITS,
    "SHIFTS": c.SHIFTS,
    "WEEKDAYS": c.WEEKDAYS,
    "PRIORITY_GROUPS": c.PRIORITY_GROUPS,
    "SETTLEMENTS": c.SETTLEMENTS,
    "PROBLEM_KINDS": c.PROBLEM_KINDS,
    "CALL_RESULTS": c.CALL_RESULTS,
}


def test_every_category_markets_post_is_there():
    assert REQUIRED_CATEGORIES <= {cat.zh for cat in c.CATEGORIES}


def test_other_comes_last_so_it_is_the_fallback_at_the_end_of_the_grid():
    assert c.CATEGORIES[-1].code == "other"


@pytest.mark.parametrize("name", ALL_LISTS)
def test_codes_and_labels_are_unique_and_filled(name):
    items = ALL_LISTS[name]
    assert isinstance(items, tuple) and items
    assert len({i.code for i in items}) == len(items)
    assert len({i.zh for i in items}) == len(items)
    assert len({i.en for i in items}) == len(items)
    for item in items:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", item.code), item.code  # stored and synced: ASCII snake_case
        assert item.en.strip() == item.en and item.en
        assert any("\u4e00" <= ch <= "\u9fff" for ch in item.zh), item.zh


@pytest.mark.parametrize("name", ALL_LISTS)
def test_entries_cannot_be_changed_at_run_time(name):
    with pytest.raises(dataclasses.FrozenInstanceError):
        ALL_LISTS[name][0].code = "changed"  # type: ignore[misc]


def test_every_category_has_an_icon_and_a_known_group():
    groups = set(c.codes(c.CATEGORY_GROUPS))
    for cat in c.CATEGORIES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", cat.icon_name), cat
        assert cat.group in groups, cat
    for group in groups:
        assert c.categories_in_group(group), f"group {group} is empty"


def test_category_lookup():
    assert c.category("general_worker").zh == "普工"
    assert c.category("food_delivery").zh == "外卖骑手"
    assert c.category("maternity_nurse").en == "Maternity nurse"
    with pytest.raises(KeyError):
        c.category("astronaut")


def test_categories_in_group_keeps_display_order():
    home = c.categories_in_group("home_care")
    assert [x.zh for x in home] == ["家政", "保姆", "月嫂", "护工"]


def test_pay_units_with_the_words_shown_after_an_amount():
    assert c.codes(c.PAY_UNITS) == ("day", "hour", "piece", "month")
    assert [u.zh for u in c.PAY_UNITS] == ["日", "小时", "件", "月"]
    assert c.pay_unit("day").per_zh == "元/天"
    assert c.pay_unit("hour").per_zh == "元/小时"
    assert c.pay_unit("piece").per_zh == "元/件"
    assert c.pay_unit("month").per_zh == "元/月"
    assert c.pay_unit("day").per_en == "yuan/day"


def test_shifts():
    assert [(s.code, s.zh) for s in c.SHIFTS] == [
        ("morning", "早班"), ("day", "白班"), ("evening", "晚班"), ("night", "夜班"),
    ]  # fmt: skip


def test_weekday_position_matches_python_weekday():
    assert [d.zh for d in c.WEEKDAYS] == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    monday = date(2026, 11, 16)
    for offset in range(7):
        day = monday + timedelta(days=offset)
        assert c.WEEKDAYS[day.weekday()].en == day.strftime("%A")


def test_priority_groups():
    assert {(g.code, g.zh) for g in c.PRIORITY_GROUPS} == {
        ("older", "大龄"), ("veteran", "退役军人"), ("disabled", "残疾人"),
        ("graduate", "高校毕业生"), ("mother", "宝妈"), ("poverty_relief", "脱贫劳动力"),
    }  # fmt: skip


def test_settlements_problem_kinds_and_call_results():
    assert [(s.code, s.zh) for s in c.SETTLEMENTS] == [
        ("daily", "日结"), ("weekly", "周结"), ("monthly", "月结"), ("on_completion", "完工结"),
    ]  # fmt: skip
    assert [(p.code, p.zh) for p in c.PROBLEM_KINDS] == [
        ("fake_job", "虚假招工"), ("pay_wrong", "工钱不对"), ("unsafe", "不安全"), ("other", "其他"),
    ]  # fmt: skip
    assert [(r.code, r.zh) for r in c.CALL_RESULTS] == [
        ("interested", "有意向"), ("signed_up", "已代报名"), ("no_answer", "未接通"), ("not_interested", "不感兴趣"),
    ]  # fmt: skip


def test_find_works_on_any_list():
    assert c.find(c.SHIFTS, "night").zh == "夜班"
    assert c.find(c.CALL_RESULTS, "no_answer").en == "No answer"
    with pytest.raises(KeyError):
        c.find(c.SHIFTS, "siesta")


def test_every_wage_limit_has_a_pay_unit():
    from kiosk.domain.validation import WAGE_LIMITS

    assert set(WAGE_LIMITS) == set(c.codes(c.PAY_UNITS))
