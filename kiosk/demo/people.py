"""Generators of plausible workers, employers and jobs for the demo station and simulations."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from kiosk.domain.forms import JobForm, WorkerForm
from kiosk.domain.id_number import id_check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华建国志强海燕红梅春梅玉兰德明国强文斌立新宝山铁柱建军永红金凤淑珍"
REGIONS = ["110105", "310104", "440305", "320102", "330106", "420106", "510107", "370102", "410105", "610113"]

EMPLOYERS = [
    ("顺达物流园", True), ("鑫源电子厂", True), ("城南家政服务中心", True), ("老街食府", False),
    ("恒通建筑劳务", True), ("绿源保洁公司", True), ("速运快递站", False), ("华美服装厂", True),
    ("安居装修队", False), ("明德数据标注中心", True), ("鲜果农场", False), ("会展中心临时用工", True),
]

JOB_TEMPLATES = [
    ("仓库分拣员", "sorting", 180, "day", "顺达物流园", "按单分拣包裹，站立作业", "能久站，手脚麻利"),
    ("搬运装卸工", "loading", 260, "day", "顺达物流园", "装卸货车，搬运箱货", "身体好，能吃苦"),
    ("电子厂普工", "general_worker", 22, "hour", "鑫源电子厂", "流水线组装插件", "视力好，18-50岁"),
    ("家庭保洁", "cleaning", 35, "hour", "城南家政服务中心", "家庭日常清洁", "做事细心"),
    ("后厨帮工", "kitchen_help", 150, "day", "老街食府", "洗菜切配，打扫后厨", "有健康证优先"),
    ("建筑小工", "construction_labour", 300, "day", "恒通建筑劳务", "工地搬砖和料，配合师傅", "自带安全帽优先"),
    ("电工", "electrician", 400, "day", "安居装修队", "家装水电布线", "持电工证"),
    ("商场保洁", "cleaning", 140, "day", "绿源保洁公司", "商场公共区域保洁", "50岁以下"),
    ("快递派件员", "courier", 2, "piece", "速运快递站", "片区派件，按件计酬", "自备电动车"),
    ("缝纫工", "sewing", 260, "day", "华美服装厂", "平车缝制衬衫", "熟练平车"),
    ("数据标注员", "data_labelling", 160, "day", "明德数据标注中心", "图片框选标注，有培训", "会用电脑"),
    ("果园采摘", "farm_work", 150, "day", "鲜果农场", "采摘和装箱", "能早起"),
    ("会展搭建临时工", "event_staff", 220, "day", "会展中心临时用工", "展位搭建和撤展", "能上夜班"),
    ("保安", "security", 180, "day", "顺达物流园", "园区门岗值守", "退役军人优先"),
]

PLACES = ["城南物流园3号库", "高新区科技路18号", "和平街道幸福小区", "老街美食城", "滨江新城工地",
          "万达广场B1", "东关派送站", "工业园纺织路6号", "人民路88号", "西郊果园", "国际会展中心5号馆"]


def fake_id_number(rng: random.Random, birth_year: int, female: bool) -> str:
    birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randint(0, 99) * 10 + (rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9]))
    first17 = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


def fake_phone(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"


def fake_worker(rng: random.Random, today: date, trades: list[str] | None = None) -> WorkerForm:
    female = rng.random() < 0.45
    birth_year = today.year - rng.randint(20, 62)
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
    from kiosk.domain.categories import CATEGORIES

    codes = [c.code for c in CATEGORIES]
    groups = []
    if today.year - birth_year >= 50:
        groups.append("older")
    if rng.random() < 0.08:
        groups.append(rng.choice(["veteran", "disabled", "graduate", "mother", "poverty_relief"]))
    has_phone = rng.random() < 0.85
    return WorkerForm(
        name=name,
        id_number=fake_id_number(rng, birth_year, female),
        phone=fake_phone(rng) if has_phone else "",
        trades=trades or rng.sample(codes, rng.choice([1, 2, 3])),
        days=sorted(rng.sample(range(7), rng.randint(3, 7))),
        shifts=rng.sample(["morning", "day", "evening", "night"], rng.randint(1, 3)),
        expected_daily_wage=rng.choice([150, 180, 200, 220, 250, 300]),
        max_distance_km=float(rng.choice([3, 5, 8, 10, 15, 20])),
        priority_groups=groups,
        consent=True,
        consent_by="demo",
    )


def fake_job(rng: random.Random, now: datetime, template: tuple | None = None) -> JobForm:
    title, category, pay, unit, employer, description, requirements = template or rng.choice(JOB_TEMPLATES)
    verified = dict(EMPLOYERS).get(employer, False)
    start = (now + timedelta(days=rng.randint(0, 3))).replace(hour=rng.choice([6, 7, 8, 9, 13, 18]), minute=0,
                                                                second=0, microsecond=0)
    return JobForm(
        title=title, category=category, employer_name=employer, pay_amount=pay, pay_unit=unit,
        headcount=rng.choice([1, 2, 3, 5, 8, 10, 20]), starts_at=start,
        ends_at=start + timedelta(hours=rng.choice([4, 8, 9, 10])), place=rng.choice(PLACES),
        distance_km=round(rng.uniform(0.3, 18), 1), urgent=rng.random() < 0.6, employer_verified=verified,
        settlement=rng.choice(["daily", "daily", "weekly", "on_completion"]), requirements=requirements,
        description=description, contact_name="", contact_phone=fake_phone(rng),
    )
