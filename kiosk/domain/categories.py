"""Reference lists a registration desk uses: job categories, pay units, shifts, days, groups, outcomes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar


@dataclass(frozen=True)
class Category:
    """A kind of work as markets post it; `icon_name` names its picture in assets/icons/trades (Material Symbols), `group` a Group code."""

    code: str
    en: str
    zh: str
    icon_name: str
    group: str


@dataclass(frozen=True)
class Choice:
    """One entry of a short fixed list: a stable code (stored and synced) and its two labels."""

    code: str
    en: str
    zh: str


@dataclass(frozen=True)
class PayUnit:
    """What a wage is counted per; `per_zh`/`per_en` are the words shown after an amount (元/天)."""

    code: str
    en: str
    zh: str
    per_zh: str
    per_en: str


# Groups the category list is shown in (staff screens; walk-up screens show the icons flat).
CATEGORY_GROUPS: tuple[Choice, ...] = (
    Choice("factory", "Factory", "工厂"),
    Choice("construction", "Construction and trades", "建筑装修"),
    Choice("logistics", "Logistics and driving", "物流运输"),
    Choice("catering", "Catering and shops", "餐饮门店"),
    Choice("home_care", "Home and care", "家政护理"),
    Choice("property", "Cleaning, security, grounds", "物业服务"),
    Choice("repair", "Repair and installation", "维修安装"),
    Choice("digital", "Online work", "网络新业态"),
    Choice("events", "Promotion and events", "促销会展"),
    Choice("farm", "Farm work", "农业"),
    Choice("other", "Other", "其他"),
)

# Order is the order staff and workers see: the most posted kinds first within each group.
CATEGORIES: tuple[Category, ...] = (
    Category("general_worker", "Factory worker", "普工", "precision_manufacturing", "factory"),
    Category("skilled_worker", "Skilled technician", "技工", "engineering", "factory"),
    Category("sewing", "Sewing", "缝纫", "apparel", "factory"),
    Category("sorting", "Sorting and packing", "分拣", "inventory_2", "factory"),
    Category("electrician", "Electrician", "电工", "electric_bolt", "construction"),
    Category("welder", "Welder", "焊工", "local_fire_department", "construction"),
    Category("plumber", "Plumbing and wiring", "水电工", "plumbing", "construction"),
    Category("carpenter", "Carpenter", "木工", "carpenter", "construction"),
    Category("mason", "Mason / tiler", "瓦工", "brick", "construction"),
    Category("painter", "Painter", "油漆工", "format_paint", "construction"),
    Category("construction_labour", "Construction labourer", "建筑小工", "construction", "construction"),
    Category("loading", "Loading and moving", "搬运装卸", "trolley", "logistics"),
    Category("courier", "Courier", "快递员", "local_shipping", "logistics"),
    Category("food_delivery", "Food delivery rider", "外卖骑手", "electric_moped", "logistics"),
    Category("driver", "Driver", "司机", "directions_car", "logistics"),
    Category("forklift", "Forklift operator", "叉车工", "forklift", "logistics"),
    Category("warehouse", "Warehouse keeper", "仓管", "warehouse", "logistics"),
    Category("cook", "Cook", "厨师", "skillet", "catering"),
    Category("kitchen_help", "Kitchen help", "帮厨", "chef_hat", "catering"),
    Category("dishwasher", "Dishwasher", "洗碗工", "wash", "catering"),
    Category("waiter", "Waiter / waitress", "服务员", "room_service", "catering"),
    Category("cashier", "Cashier", "收银员", "point_of_sale", "catering"),
    Category("domestic_help", "Domestic help", "家政", "cleaning_services", "home_care"),
    Category("nanny", "Nanny", "保姆", "child_care", "home_care"),
    Category("maternity_nurse", "Maternity nurse", "月嫂", "pregnant_woman", "home_care"),
    Category("elderly_carer", "Care worker", "护工", "elderly", "home_care"),
    Category("cleaning", "Cleaning", "保洁", "mop", "property"),
    Category("security", "Security guard", "保安", "security", "property"),
    Category("gardening", "Gardening and greenery", "绿化", "yard", "property"),
    Category("repair_install", "Repair and installation", "维修安装", "handyman", "repair"),
    Category("appliance_repair", "Appliance repair", "家电维修", "home_repair_service", "repair"),
    Category("data_labelling", "Data labelling", "数据标注", "label", "digital"),
    Category("live_stream", "Live-stream host", "直播", "live_tv", "digital"),
    Category("online_service", "Online support", "网络客服", "support_agent", "digital"),
    Category("promoter", "Promoter / leaflets", "促销派单", "campaign", "events"),
    Category("event_staff", "Event staff", "会展临时工", "event", "events"),
    Category("farm_work", "Farm work and picking", "农活采摘", "agriculture", "farm"),
    Category("other", "Other", "其他", "more_horiz", "other"),
)

PAY_UNITS: tuple[PayUnit, ...] = (
    PayUnit("day", "Per day", "日", "元/天", "yuan/day"),
    PayUnit("hour", "Per hour", "小时", "元/小时", "yuan/hour"),
    PayUnit("piece", "Per piece", "件", "元/件", "yuan/piece"),
    PayUnit("month", "Per month", "月", "元/月", "yuan/month"),
)

SHIFTS: tuple[Choice, ...] = (
    Choice("morning", "Morning shift", "早班"),
    Choice("day", "Day shift", "白班"),
    Choice("evening", "Evening shift", "晚班"),
    Choice("night", "Night shift", "夜班"),
)

# Position in the tuple equals datetime.date.weekday() (Monday is 0).
WEEKDAYS: tuple[Choice, ...] = (
    Choice("mon", "Monday", "周一"),
    Choice("tue", "Tuesday", "周二"),
    Choice("wed", "Wednesday", "周三"),
    Choice("thu", "Thursday", "周四"),
    Choice("fri", "Friday", "周五"),
    Choice("sat", "Saturday", "周六"),
    Choice("sun", "Sunday", "周日"),
)

PRIORITY_GROUPS: tuple[Choice, ...] = (
    Choice("older", "Older worker", "大龄"),
    Choice("veteran", "Veteran", "退役军人"),
    Choice("disabled", "Person with a disability", "残疾人"),
    Choice("graduate", "College graduate", "高校毕业生"),
    Choice("mother", "Mother with young children", "宝妈"),
    Choice("poverty_relief", "Worker from a family lifted out of poverty", "脱贫劳动力"),
)

SETTLEMENTS: tuple[Choice, ...] = (
    Choice("daily", "Paid daily", "日结"),
    Choice("weekly", "Paid weekly", "周结"),
    Choice("monthly", "Paid monthly", "月结"),
    Choice("on_completion", "Paid when the work is done", "完工结"),
)

PROBLEM_KINDS: tuple[Choice, ...] = (
    Choice("fake_job", "Fake job", "虚假招工"),
    Choice("pay_wrong", "Pay is wrong", "工钱不对"),
    Choice("unsafe", "Unsafe work", "不安全"),
    Choice("other", "Other", "其他"),
)

CALL_RESULTS: tuple[Choice, ...] = (
    Choice("interested", "Interested", "有意向"),
    Choice("signed_up", "Signed up on their behalf", "已代报名"),
    Choice("no_answer", "No answer", "未接通"),
    Choice("not_interested", "Not interested", "不感兴趣"),
)

_T = TypeVar("_T", Category, Choice, PayUnit)

_CATEGORY_BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORIES}


def category(code: str) -> Category:
    """The category with this code; KeyError for an unknown code (a bug or a newer station's data)."""
    try:
        return _CATEGORY_BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown job category {code!r}") from None


def trade_icon(code: str) -> str:
    """The picture of a kind of work, as a name under assets/icons ("other" for a code not in the list)."""
    return f"trades/{_CATEGORY_BY_CODE.get(code, _CATEGORY_BY_CODE['other']).icon_name}"


def trade_icons() -> dict[str, str]:
    """Every category's picture by code (for grids of trade buttons)."""
    return {c.code: trade_icon(c.code) for c in CATEGORIES}


def categories_in_group(group: str) -> tuple[Category, ...]:
    """The categories of one group, in display order."""
    return tuple(c for c in CATEGORIES if c.group == group)


def find(items: Sequence[_T], code: str) -> _T:
    """The entry with this code in any of the lists above (KeyError when absent)."""
    for item in items:
        if item.code == code:
            return item
    raise KeyError(f"unknown code {code!r}")


def codes(items: Sequence[Category | Choice | PayUnit]) -> tuple[str, ...]:
    """Just the codes of a list, in order (for schema enums and database checks)."""
    return tuple(item.code for item in items)


def pay_unit(code: str) -> PayUnit:
    """The pay unit with this code ('day', 'hour', 'piece', 'month')."""
    return find(PAY_UNITS, code)
