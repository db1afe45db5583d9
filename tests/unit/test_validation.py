"""Registration-desk input rules: ID numbers, phones, names, free text, dates, numbers and masks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain import id_number, person_name, phone
from kiosk.domain import validation as v
from kiosk.domain.messages import UserError, catalogue

TODAY = date(2026, 11, 21)
REGIONS = ("110105", "310104", "440305", "510107", "650102", "130102", "230103", "420106", "820000", "540102")


def ref_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 written from the standard (weights 2^(17-i) mod 11), not from the module."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_id(region: str = "110105", born: str = "19800101", seq: str = "123") -> str:
    first17 = region + born + seq
    return first17 + ref_check_digit(first17)


def code_of(call, *args, **kwargs) -> str:
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    str(caught.value.msg)  # every raised message must render in both languages
    return caught.value.msg.code


# ---- ID numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize("region", REGIONS)
def test_valid_ids_from_several_provinces(region):
    number = make_id(region, "19750615", "014")
    info = v.validate_id_number(number, today=TODAY)
    assert info.number == number
    assert info.birth_date == date(1975, 6, 15)
    assert info.region_code == region
    assert info.gender == "female"  # 17th digit 4 is even


def test_known_published_example_number():
    # The sample number printed in GB 11643 explanations.
    info = v.validate_id_number("11010519491231002X", today=TODAY)
    assert info.gender == "female" and info.birth_date == date(1949, 12, 31)
    assert info.province == "北京"
    assert info.age_on(TODAY) == 76


def test_odd_17th_digit_is_male():
    assert v.validate_id_number(make_id(seq="135"), today=TODAY).gender == "male"


def test_lower_case_x_accepted_and_upper_cased():
    first17 = next(f"110105198001011{n:02d}" for n in range(100) if ref_check_digit(f"110105198001011{n:02d}") == "X")
    assert v.validate_id_number(first17 + "x", today=TODAY).number == first17 + "X"


def test_full_width_digits_spaces_and_hyphens_are_stripped():
    number = make_id("440305", "19900307", "112")
    typed = number.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789X"})
    typed = f" {typed[:6]}-{typed[6:14]}\u3000{typed[14:]} "
    assert v.validate_id_number(typed, today=TODAY).number == number


def test_id_check_digit_matches_reference():
    for first17 in ("11010519491231002", "44030519900307112", "31010420000229001"):
        assert v.id_check_digit(first17) == ref_check_digit(first17)
    with pytest.raises(ValueError):
        v.id_check_digit("123")


def test_wrong_check_digit():
    number = make_id()
    wrong = "0" if number[-1] != "0" else "1"
    assert code_of(v.validate_id_number, number[:17] + wrong, today=TODAY) == "id.bad_check_digit"


@pytest.mark.parametrize("value", ["", "   ", None, " - "])
def test_empty_id(value):
    assert code_of(v.validate_id_number, value, today=TODAY) == "id.empty"


@pytest.mark.parametrize("value", [make_id()[:17], make_id() + "1", "1101"])
def test_wrong_length(value):
    assert code_of(v.validate_id_number, value, today=TODAY) == "id.wrong_length"


def test_old_15_digit_number_is_named_as_such():
    assert code_of(v.validate_id_number, "110105491231002", today=TODAY) == "id.old_format"


@pytest.mark.parametrize("value", ["11010519800101A23X", "1101051980010112３@", "110105 1980/01/01 1234"])
def test_bad_characters(value):
    assert code_of(v.validate_id_number, value, today=TODAY) == "id.bad_chars"


@pytest.mark.parametrize("value", ["4.10102E+17", "4.10102197001012E+17", "4.10102e17", "４．１０１０２Ｅ＋１７"])
def test_an_id_number_excel_turned_into_scientific_notation_is_named_as_such(value):
    # deleting characters cannot bring the lost digits back: the column must be made Text in Excel
    assert code_of(v.validate_id_number, value, today=TODAY) == "id.excel_scientific"
    problem = v.partial_id_problem(value, today=TODAY)  # pasted into the registration screen
    assert problem.code == "id.excel_scientific" and "文本" in problem.zh and "Text" in problem.en


@pytest.mark.parametrize("check", [v.validate_phone, v.validate_contact_phone])
def test_a_phone_number_excel_turned_into_scientific_notation_is_named_as_such(check):
    assert code_of(check, "1.38001E+10") == "phone.excel_scientific"


def test_x_before_the_last_place():
    assert code_of(v.validate_id_number, "1101051980X101123X", today=TODAY) == "id.x_not_last"


@pytest.mark.parametrize("region", ["000000", "190105", "290105", "700000", "830000", "990000"])
def test_bad_region(region):
    assert code_of(v.validate_id_number, make_id(region), today=TODAY) == "id.bad_region"


@pytest.mark.parametrize("born", ["19900231", "19900230", "19900229", "19901301", "19900001", "19900100", "19900431"])
def test_impossible_birth_dates(born):
    # 31 and 30 February, 29 February of a common year, month 13, month 0, day 0, 31 April.
    assert code_of(v.validate_id_number, make_id(born=born), today=TODAY) == "id.bad_birth_date"


def test_29_february_in_a_leap_year_is_fine():
    assert v.validate_id_number(make_id(born="19920229"), today=TODAY).birth_date == date(1992, 2, 29)
    assert v.validate_id_number(make_id(born="20000229"), today=TODAY).birth_date == date(2000, 2, 29)


def test_1900_was_not_a_leap_year():
    assert code_of(v.validate_id_number, make_id(born="19000229"), today=TODAY) == "id.bad_birth_date"


def test_future_birth_date():
    assert code_of(v.validate_id_number, make_id(born="20261122"), today=TODAY) == "id.birth_in_future"


def test_age_limits_are_16_to_100_inclusive():
    assert v.validate_id_number(make_id(born="20101121"), today=TODAY).age_on(TODAY) == 16
    assert code_of(v.validate_id_number, make_id(born="20101122"), today=TODAY) == "id.too_young"
    assert v.validate_id_number(make_id(born="19251122"), today=TODAY).age_on(TODAY) == 100
    assert code_of(v.validate_id_number, make_id(born="19251121"), today=TODAY) == "id.too_old"


def test_too_young_message_names_the_age():
    with pytest.raises(UserError) as caught:
        v.validate_id_number(make_id(born="20150101"), today=TODAY)
    assert "11岁" in caught.value.msg.zh and "11" in caught.value.msg.en
    assert caught.value.field == "id_number"


def test_today_defaults_to_the_real_date():
    born = date.today() - timedelta(days=365 * 30)
    assert v.validate_id_number(make_id(born=born.strftime("%Y%m%d"))).birth_date == born


valid_ids = st.builds(
    lambda region, born, seq: make_id(region, born.strftime("%Y%m%d"), f"{seq:03d}"),
    st.sampled_from(REGIONS),
    st.dates(min_value=date(1926, 1, 1), max_value=date(2010, 1, 1)),
    st.integers(0, 999),
)


@settings(max_examples=300, deadline=None)
@given(valid_ids)
def test_property_any_valid_id_passes(number):
    assert v.validate_id_number(number, today=TODAY).number == number


@settings(max_examples=300, deadline=None)
@given(valid_ids, st.integers(0, 17), st.integers(1, 10))
def test_property_any_single_character_change_fails(number, position, shift):
    alphabet = "0123456789X"
    replacement = alphabet[(alphabet.index(number[position]) + shift) % 11]
    changed = number[:position] + replacement + number[position + 1 :]
    assert changed != number
    with pytest.raises(UserError):
        v.validate_id_number(changed, today=TODAY)


@settings(max_examples=200, deadline=None)
@given(valid_ids)
def test_property_no_prefix_of_a_valid_id_is_flagged_while_typing(number):
    for end in range(1, 19):
        assert v.partial_id_problem(number[:end], today=TODAY) is None, number[:end]


# ---- ID numbers as typed on the keypad ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("9", "id.bad_region"),
        ("0", "id.bad_region"),
        ("19", "id.bad_region"),
        ("72", "id.bad_region"),
        ("1101051990X", "id.x_not_last"),
        ("11010A", "id.bad_chars"),
        ("1101050", "id.bad_birth_date"),  # no year starting with 0
        ("11010518", "id.bad_birth_date"),  # 18xx: before anyone living was born
        ("1101051990" + "13", "id.bad_birth_date"),  # month 13
        ("11010519902", "id.bad_birth_date"),  # month 2x
        ("11010519900230", "id.bad_birth_date"),  # 30 February, as soon as the 14th digit is typed
        ("11010519910229", "id.bad_birth_date"),  # 29 February in a common year
        ("110105203", "id.birth_in_future"),
        ("1101052015", "id.too_young"),
        ("11010520101122", "id.too_young"),
        ("11010519251121", "id.too_old"),
        (make_id() + "5", "id.wrong_length"),
    ],
)
def test_partial_flags_problems_as_soon_as_they_are_certain(typed, code):
    problem = v.partial_id_problem(typed, today=TODAY)
    assert problem is not None and problem.code == code


@pytest.mark.parametrize("typed", ["", "1", "11", "110105", "1101051", "11010519", "110105199", "1101051992022", "11010519920229"])
def test_partial_accepts_what_can_still_become_valid(typed):
    assert v.partial_id_problem(typed, today=TODAY) is None


def test_partial_at_18_characters_is_the_full_check():
    number = make_id()
    wrong = number[:17] + ("0" if number[-1] != "0" else "1")
    assert v.partial_id_problem(number, today=TODAY) is None
    assert v.partial_id_problem(wrong, today=TODAY).code == "id.bad_check_digit"


def test_partial_accepts_x_typed_as_the_18th_character():
    first17 = next(f"110105198001011{n:02d}" for n in range(100) if ref_check_digit(f"110105198001011{n:02d}") == "X")
    assert v.partial_id_problem(first17 + "x", today=TODAY) is None


# ---- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678", "0086 13812345678",
     "8613812345678", "１３８１２３４５６７８", "＋８６ １３８－１２３４－５６７８", "(+86) 13812345678"],
)
def test_mobile_forms_normalise_to_11_digits(typed):
    assert v.validate_phone(typed) == "13812345678"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_all_mobile_prefixes(prefix):
    assert v.validate_phone(prefix + "912345678") == prefix + "912345678"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone.empty"),
        (None, "phone.empty"),
        ("1381234567", "phone.wrong_length"),
        ("138123456789", "phone.wrong_length"),
        ("12812345678", "phone.not_mobile"),
        ("10012345678", "phone.not_mobile"),
        ("138abc45678", "phone.bad_chars"),
        ("138１２３4567８😀", "phone.bad_chars"),
        ("+852 9123 4567", "phone.not_mainland"),
        ("+1 415 555 0100", "phone.not_mainland"),
        ("010-62345678", "phone.is_landline"),
    ],
)
def test_bad_mobile_numbers(typed, code):
    assert code_of(v.validate_phone, typed) == code


def test_phone_wrong_length_names_the_count():
    with pytest.raises(UserError) as caught:
        v.validate_phone("1381234567")
    assert "10位" in caught.value.msg.zh and caught.value.field == "phone"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13812345678", "13812345678"),
        ("+86 139 0000 1111", "13900001111"),
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("(021) 6666 8888", "021-66668888"),
        ("（０２１）６６６６８８８８", "021-66668888"),
        ("0755-86668888", "0755-86668888"),
        ("0871 6123456", "0871-6123456"),
        ("+86 10 6234 5678", "010-62345678"),
        ("0086 755 8666 8888", "0755-86668888"),
    ],
)
def test_contact_phone_accepts_mobiles_and_landlines(typed, expected):
    assert v.validate_contact_phone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("62345678", "contact_phone.no_area_code"),
        ("6234567", "contact_phone.no_area_code"),
        ("0123", "contact_phone.invalid"),
        ("010-623456", "contact_phone.invalid"),
        ("0755-0123456", "contact_phone.invalid"),
        ("1381234567", "phone.wrong_length"),
        ("", "phone.empty"),
    ],
)
def test_contact_phone_problems(typed, code):
    assert code_of(v.validate_contact_phone, typed) == code


# ---- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("王小明", "王小明"),
        ("王明", "王明"),
        ("  欧阳 娜娜 ", "欧阳娜娜"),
        ("买买提·艾力", "买买提·艾力"),
        ("买买提•艾力", "买买提·艾力"),
        ("买买提・艾力", "买买提·艾力"),
        ("买买提.艾力", "买买提·艾力"),
        ("买买提 · 艾力", "买买提·艾力"),
        ("阿卜杜热合曼·买买提艾力", "阿卜杜热合曼·买买提艾力"),
        ("爱新觉罗·溥仪", "爱新觉罗·溥仪"),
        ("John Smith", "John Smith"),
        ("  John \t  Smith  ", "John Smith"),
        ("Mary-Jane O'Neil", "Mary-Jane O'Neil"),
        ("O’Brien", "O'Brien"),
        ("José Álvarez", "José Álvarez"),
        ("J. Smith", "J. Smith"),
        ("Ｊｏｈｎ Ｓｍｉｔｈ", "John Smith"),
    ],
)
def test_good_names(typed, expected):
    assert v.validate_name(typed) == expected


def test_names_are_nfc_normalised():
    decomposed = "Jose\u0301 Li"
    assert v.validate_name(decomposed) == "Jos\u00e9 Li"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "name.empty"),
        ("   ", "name.empty"),
        (None, "name.empty"),
        ("王", "name.too_short"),
        ("A", "name.too_short"),
        ("王" * 41, "name.too_long"),
        ("王" * 10_000, "name.too_long"),
        ("王小明😀", "name.symbols"),
        ("👍👍", "name.symbols"),
        ("王小明❤️", "name.symbols"),
        ("王@明", "name.symbols"),
        ("王小明\x00", "name.symbols"),
        ("王\u202e明", "name.symbols"),
        ("王-明", "name.symbols"),
        ("Иван Петров", "name.symbols"),
        ("王小明2", "name.digits"),
        ("王１明", "name.digits"),
        ("王②明", "name.digits"),
        ("·买买提", "name.bad_separators"),
        ("买买提·", "name.bad_separators"),
        ("买买提··艾力", "name.bad_separators"),
        ("买买提.•艾力", "name.bad_separators"),
        ("-Smith", "name.bad_separators"),
        ("Smith--Jones", "name.bad_separators"),
        ("···", "name.bad_separators"),
        ("王Amy", "name.mixed_script"),
    ],
)
def test_bad_names(typed, code):
    assert code_of(v.validate_name, typed) == code


def test_forty_character_name_is_the_limit():
    name = "阿" * 20 + "·" + "买" * 19
    assert v.validate_name(name) == name
    with pytest.raises(UserError) as caught:
        v.validate_name(name + "提")
    assert "40" in caught.value.msg.zh and "41" in caught.value.msg.zh


# ---- free text ------------------------------------------------------------------------------


def test_text_is_trimmed_and_line_endings_normalised():
    assert v.validate_text("  第一行  \r\n第二行\r", "notes", 100) == "第一行\n第二行"


def test_text_empty_is_fine_unless_required():
    assert v.validate_text("  ", "notes", 100) == ""
    assert v.validate_text(None, "notes", 100) == ""
    assert code_of(v.validate_text, " ", "title", 40, required=True) == "text.empty"


def test_text_length_limit_names_the_limit():
    assert v.validate_text("字" * 500, "notes", 500) == "字" * 500
    with pytest.raises(UserError) as caught:
        v.validate_text("字" * 10_000, "notes", 500)
    assert caught.value.msg.code == "text.too_long" and caught.value.field == "notes"
    assert "500" in caught.value.msg.zh and "10000" in caught.value.msg.zh and "500" in caught.value.msg.en


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "a\x7fb", "a\u202eb"])
def test_text_refuses_control_characters(bad):
    assert code_of(v.validate_text, bad, "notes", 100) == "text.control"


def test_text_emoji_allowed_unless_refused():
    assert v.validate_text("准时到 👍", "notes", 100) == "准时到 👍"
    assert code_of(v.validate_text, "准时到 👍", "title", 100, allow_emoji=False) == "text.emoji"
    assert v.validate_text("室温约30℃，日结¥200", "title", 100, allow_emoji=False) == "室温约30℃，日结¥200"


def test_single_line_text_joins_lines():
    assert v.validate_text("东门\n  2号楼", "place", 80, multiline=False) == "东门 2号楼"


def test_text_drops_zero_width_junk():
    assert v.validate_text("\ufeff搬运\u200b工", "title", 10) == "搬运工"


# ---- dates and years ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["2026-11-21", "2026/11/21", "2026.11.21", "2026年11月21日", "2026年11月21号", "20261121",
              " 2026 年 11 月 21 日 ", "２０２６－１１－２１", date(2026, 11, 21), datetime(2026, 11, 21, 8, 30)],
)
def test_date_forms(typed):
    assert v.validate_date(typed) == date(2026, 11, 21)


def test_date_with_single_digit_month_and_day():
    assert v.validate_date("2026/1/5") == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("", "date.empty"), (None, "date.empty"), ("明天", "date.bad_format"), ("21/11/2026", "date.bad_format"),
     ("2026-02-30", "date.impossible"), ("2026-02-29", "date.impossible"), ("20261301", "date.impossible"),
     ("1800-01-01", "date.impossible")],
)
def test_bad_dates(typed, code):
    assert code_of(v.validate_date, typed) == code


def test_leap_day_date():
    assert v.validate_date("2028-02-29") == date(2028, 2, 29)


@pytest.mark.parametrize(("typed", "year"), [(1975, 1975), ("1975", 1975), ("１９７５年", 1975), (2010, 2010), (1926, 1926)])
def test_birth_year(typed, year):
    assert v.validate_birth_year(typed, today=TODAY) == year


@pytest.mark.parametrize(
    ("typed", "code"),
    [(2011, "birth_year.too_young"), (2030, "birth_year.too_young"), (1925, "birth_year.too_old"),
     ("75", "birth_year.bad"), ("一九七五", "birth_year.bad"), (None, "birth_year.bad"), (True, "birth_year.bad")],
)
def test_bad_birth_year(typed, code):
    assert code_of(v.validate_birth_year, typed, today=TODAY) == code


# ---- wages and other numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [(200, "day", "200.00"), ("200", "day", "200.00"), ("200元/天", "day", "200.00"), ("￥180", "day", "180.00"),
     ("２２.５", "hour", "22.50"), (22.5, "hour", "22.50"), (Decimal("0.1"), "piece", "0.10"), ("0.35", "piece", "0.35"),
     ("6,500", "month", "6500.00"), (50, "day", "50.00"), (2000, "day", "2000.00"), (50000, "month", "50000.00")],
)
def test_good_wages(amount, unit, expected):
    assert v.validate_wage(amount, unit) == Decimal(expected)


@pytest.mark.parametrize(
    ("amount", "unit", "low", "high"),
    [(49, "day", "50", "2000"), (20000, "day", "50", "2000"), (9.99, "hour", "10", "300"), (301, "hour", "10", "300"),
     ("0.05", "piece", "0.1", "1000"), (1001, "piece", "0.1", "1000"), (999, "month", "1000", "50000"),
     (50001, "month", "1000", "50000"), (-200, "day", "50", "2000")],
)
def test_wage_out_of_range_names_the_range(amount, unit, low, high):
    with pytest.raises(UserError) as caught:
        v.validate_wage(amount, unit)
    m = caught.value.msg
    assert m.code == "wage.out_of_range"
    assert f"{low}到{high}" in m.zh and f"between {low} and {high}" in m.en


@pytest.mark.parametrize(
    ("amount", "code"),
    [("", "wage.empty"), (None, "wage.empty"), ("两百", "wage.not_number"), ("abc", "wage.not_number"),
     (float("nan"), "wage.not_number"), (float("inf"), "wage.not_number"), (True, "wage.not_number"),
     ("200.555", "wage.too_precise")],
)
def test_bad_wage_values(amount, code):
    assert code_of(v.validate_wage, amount, "day") == code


def test_unknown_pay_unit_is_a_bug_not_a_user_error():
    with pytest.raises(ValueError):
        v.validate_wage(200, "fortnight")


def test_wage_range():
    assert v.validate_wage_range(180, 220) == (Decimal("180.00"), Decimal("220.00"))
    assert v.validate_wage_range("200", None) == (Decimal("200.00"), Decimal("200.00"))
    assert v.validate_wage_range(22, "25", unit="hour") == (Decimal("22.00"), Decimal("25.00"))
    assert code_of(v.validate_wage_range, 300, 200) == "wage.range_reversed"
    with pytest.raises(UserError) as caught:
        v.validate_wage_range(200, 20000)
    assert caught.value.field == "wage_high"


@pytest.mark.parametrize(("n", "expected"), [(1, 1), (500, 500), ("5", 5), ("5人", 5), ("１２", 12), (3.0, 3)])
def test_headcount(n, expected):
    assert v.validate_headcount(n) == expected


@pytest.mark.parametrize(
    ("n", "code"),
    [(0, "headcount.out_of_range"), (501, "headcount.out_of_range"), (-3, "headcount.out_of_range"),
     (2.5, "headcount.not_number"), ("五", "headcount.not_number"), ("", "headcount.not_number"),
     (None, "headcount.not_number")],
)
def test_bad_headcount(n, code):
    assert code_of(v.validate_headcount, n) == code


@pytest.mark.parametrize(("x", "expected"), [(0, 0.0), (100, 100.0), ("2.5", 2.5), ("3公里", 3.0), ("5 km", 5.0)])
def test_distance(x, expected):
    assert v.validate_distance_km(x) == expected


@pytest.mark.parametrize(
    ("x", "code"),
    [(-1, "distance.out_of_range"), (100.5, "distance.out_of_range"), ("远", "distance.not_number"),
     (None, "distance.not_number")],
)
def test_bad_distance(x, code):
    assert code_of(v.validate_distance_km, x) == code


# ---- masks ----------------------------------------------------------------------------------


def test_mask_id_number_keeps_first_and_last_four():
    assert v.mask_id_number("11010519491231002X") == "1101**********002X"
    assert v.mask_id_number("11010519491231002x") == "1101**********002X"
    assert v.mask_id_number("１１０１０５ １９４９１２３１ ００２Ｘ") == "1101**********002X"


def test_mask_id_number_never_raises_and_never_shows_short_input():
    assert v.mask_id_number("") == ""
    assert v.mask_id_number(None) == ""
    assert v.mask_id_number("123") == "***"
    assert v.mask_id_number("12345678") == "12****78"


@pytest.mark.parametrize(
    ("typed", "masked"),
    [("13812345678", "138****5678"), ("+86 138-1234-5678", "138****5678"), ("010-62345678", "010-****5678"),
     ("0871 6123456", "0871-***3456"), ("", ""), (None, ""), ("12", "**"), ("garbage 123456", "**3456")],
)
def test_mask_phone(typed, masked):
    assert v.mask_phone(typed) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [("王明", "王*"), ("王小明", "王*明"), ("欧阳小明", "欧**明"), ("王", "*"), ("买买提·艾力", "买**·*力"),
     ("John Smith", "Jo***"), ("Li", "L***"), ("", ""), (None, "")],
)
def test_mask_name(name, masked):
    assert v.mask_name(name) == masked


def test_masks_hide_what_they_must():
    number = make_id("440305", "19900307", "112")
    assert number[4:14] not in v.mask_id_number(number)
    assert "1234" not in v.mask_phone("13812345678")
    assert "小" not in v.mask_name("王小明")


# ---- messages -------------------------------------------------------------------------------

def _codes_defined_in(*modules) -> set[str]:
    known = catalogue()
    return {value for m in modules for value in vars(m).values() if isinstance(value, str) and value in known}


def test_every_message_says_how_to_fix_in_both_languages():
    known = catalogue()
    mine = {code: known[code] for code in _codes_defined_in(v, id_number, person_name, phone)}
    assert len(mine) >= 40
    for code, (en, zh) in mine.items():
        assert en and zh, code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), code
        assert zh.rstrip().endswith("。"), code
        assert en.rstrip().endswith((".", ")")), code


def test_id_failure_codes_are_distinct():
    codes = {
        code_of(v.validate_id_number, "", today=TODAY),
        code_of(v.validate_id_number, "1101", today=TODAY),
        code_of(v.validate_id_number, "11010519800101A23X", today=TODAY),
        code_of(v.validate_id_number, make_id("990000"), today=TODAY),
        code_of(v.validate_id_number, make_id(born="19900231"), today=TODAY),
        code_of(v.validate_id_number, make_id(born="20150101"), today=TODAY),
        code_of(v.validate_id_number, make_id(born="19200101"), today=TODAY),
        code_of(v.validate_id_number, make_id()[:17] + ("0" if make_id()[-1] != "0" else "1"), today=TODAY),
    }
    assert len(codes) == 8
