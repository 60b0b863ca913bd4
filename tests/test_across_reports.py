"""Checks across reports (suite across_reports in marts.dq_findings), reporting bodies and coverage.

One build of: the 14 平潭 page-text samples (two departments, 2019–2025: their 上年结转 and 结转下年度 rows
as read by hand in expected.json), the 2021 兰山区 and 罗庄区 seed reports with a 2022 report of each made
from them (兰山 2022 carries over what 兰山 2021 printed as 结转下年度, 11 natural persons and 11 in
total; 罗庄 2022 carries over 2 businesses where 罗庄 2021 printed 结转下年度 0 and receives 1300
applications after 124), and the 昌乐县 office's 2021 report beside a second 2021 report of the same office
with another 上年结转 row.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPORTS, full_build, query, replace_row, seed_text

SAMPLES = Path(__file__).resolve().parent / "samples" / "pagetext"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
COLUMNS = ["natural_person", "business", "research_institution", "public_interest_org", "legal_service",
           "other_org", "total"]  # fmt: skip
CARRIED_OVER = "二、上年结转政府信息公开申请数量"
NEW_RECEIVED = "一、本年新收政府信息公开申请数量"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("across")
    raw = root / "raw"
    raw.mkdir()
    for name in EXPECTED:
        shutil.copy(SAMPLES / name, raw / name)
    for name in ("2021_lanshan.txt", "2021_luozhuang.txt", "2021_changle_office.txt"):
        shutil.copy(REPORTS / name, raw / name)
    lanshan = seed_text("2021_lanshan.txt").replace(
        "2021年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告", 1
    )
    lanshan = replace_row(lanshan, CARRIED_OVER, ["11", "0", "0", "0", "0", "0", "11"])
    (raw / "2022_lanshan.txt").write_text(lanshan, encoding="utf-8")
    luozhuang = seed_text("2021_luozhuang.txt").replace("2021年政府信息公开工作", "2022年政府信息公开工作", 1)
    luozhuang = replace_row(luozhuang, CARRIED_OVER, ["0", "2", "0", "0", "0", "0", "2"])
    luozhuang = replace_row(luozhuang, NEW_RECEIVED, ["1300", "0", "0", "0", "0", "0", "1300"])
    (raw / "2022_luozhuang.txt").write_text(luozhuang, encoding="utf-8")
    changle = replace_row(
        seed_text("2021_changle_office.txt"), CARRIED_OVER, ["1", "0", "0", "0", "0", "0", "1"]
    )
    (raw / "2021_changle_office_revised.txt").write_text(changle, encoding="utf-8")
    return full_build(root, raw)[0]


def _findings(db: Path, file_name: str, family: str) -> dict[str, tuple]:
    rows = query(
        db,
        'select f."check", f.passed, f.severity, f.observed, f.expected from marts.dq_findings f '
        'join raw.reports r using (report_id) where r.source_path like ? and f."check" like ? '
        "and f.suite = 'across_reports'",
        [f"%/{file_name}", f"{family}%"],
    )
    return {r[0]: tuple(r[1:]) for r in rows}


def test_a_consistent_pair_of_years_passes(built):
    found = _findings(built, "2022_lanshan.txt", "carry_over_chain")
    assert {c: f[0] for c, f in found.items()} == {f"carry_over_chain.{c}": True for c in COLUMNS}
    assert found["carry_over_chain.total"][2:] == (
        "11 carried over (上年结转) in 2022",
        "11 carried forward (结转下年度) in 2021",
    )


def test_a_broken_pair_fails_in_the_columns_that_break(built):
    found = _findings(built, "2022_luozhuang.txt", "carry_over_chain")
    failing = {c for c, f in found.items() if f[0] is False}
    assert failing == {"carry_over_chain.business", "carry_over_chain.total"}
    assert len(found) == len(COLUMNS)
    assert found["carry_over_chain.business"][1] == "warning"


def test_a_tenfold_total_is_info(built):
    found = _findings(built, "2022_luozhuang.txt", "total_yoy_factor")
    assert found["total_yoy_factor.new_received"][:2] == (False, "info")  # 1300 after 124
    assert found["total_yoy_factor.new_received"][2] == "1300 in 2022"
    assert (
        _findings(built, "2022_lanshan.txt", "total_yoy_factor")["total_yoy_factor.new_received"][0] is True
    )


def test_two_differing_reports_of_one_body_and_year_are_found(built):
    for name in ("2021_changle_office.txt", "2021_changle_office_revised.txt"):
        found = _findings(built, name, "one_report_per_body_year")
        assert found["one_report_per_body_year"][0] is False
    assert (
        _findings(built, "2021_lanshan.txt", "one_report_per_body_year")["one_report_per_body_year"][0]
        is True
    )


@pytest.mark.parametrize("prefix", ["jjf", "hzs"])
def test_the_carry_over_chain_runs_on_the_page_text_samples(built, prefix):
    """Each consecutive pair of years of one department, per applicant column, against the hand-read rows."""
    for year in range(2020, 2026):
        found = _findings(built, f"{prefix}_{year}.txt", "carry_over_chain")
        before = EXPECTED[f"{prefix}_{year - 1}.txt"]["section3"]["carried_forward"]
        now = EXPECTED[f"{prefix}_{year}.txt"]["section3"]["carried_over"]
        assert {c: f[0] for c, f in found.items()} == {
            f"carry_over_chain.{c}": now[c] == before[c] for c in COLUMNS
        }, f"{prefix}_{year}"
    assert _findings(built, f"{prefix}_2019.txt", "carry_over_chain") == {}  # no 2018 report loaded


def test_reporting_bodies_and_their_parents(built):
    rows = query(
        built,
        "select reporting_body_zh, body_name_normalised_zh, scope, division_code, parent_body_zh, "
        "reports_loaded, first_report_year, last_report_year from marts.dim_reporting_body order by 1",
    )
    jjf, hzs, pingtan = "平潭综合实验区经济发展局", "平潭综合实验区行政审批局", "平潭综合实验区"
    office = "昌乐县人民政府办公室"
    assert rows == [
        ("临沂市兰山区人民政府", "兰山区人民政府", "government", "371302", None, 2, 2021, 2022),
        ("临沂市罗庄区人民政府", "罗庄区人民政府", "government", "371311", None, 2, 2021, 2022),
        (jjf, jjf, "department", "350128", pingtan, 7, 2019, 2025),
        (hzs, hzs, "department", "350128", pingtan, 7, 2019, 2025),
        (office, office, "government_office", "370725", "昌乐县人民政府", 2, 2021, 2021),
    ]


def test_coverage_shows_each_division_and_year_with_its_gaps(built):
    rows = query(
        built,
        "select division_code, report_year, reports_loaded, has_government_report, department_reports "
        "from marts.fct_report_coverage where division_code in ('350128', '370725') order by 1, 2",
    )
    pingtan = [(y, 2, False, 2) for y in range(2019, 2026)]
    changle = [(y, 2 if y == 2021 else 0, False, 0) for y in range(2019, 2026)]
    assert [r[1:] for r in rows] == pingtan + changle
