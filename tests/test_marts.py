"""The dbt marts, queried from the built warehouse, against values read by hand from the reports."""

from __future__ import annotations

import json
import re
from fractions import Fraction

import pytest
from conftest import PROJECT, TEST_BUILD_DIR, query, report_id_of


def _review(warehouse, name, proceeding):
    rid = report_id_of(warehouse, name)
    return query(
        warehouse,
        "select upheld, corrected, other, pending, total, concluded, correction_rate "
        "from marts.fct_review_litigation where report_id = ? and proceeding = ?",
        [rid, proceeding],
    )[0]


def test_lanshan_review_correction_rate(warehouse):
    # 行政复议: 维持12 纠正1 其他2 尚未审结3 总计18 -> 15 concluded, 1 corrected.
    assert _review(warehouse, "2021_lanshan.txt", "review") == (12, 1, 2, 3, 18, 15, pytest.approx(1 / 15))


def test_lanshan_litigation_all(warehouse):
    # 直接起诉 6 1 0 0 7 plus 复议后起诉 2 2 1 0 5.
    upheld, corrected, other, pending, total, concluded, rate = _review(
        warehouse, "2021_lanshan.txt", "litigation_all"
    )
    assert (upheld, corrected, other, pending, total, concluded) == (8, 3, 1, 0, 12, 12)
    assert rate == pytest.approx(3 / 12)


def test_luozhuang_review_total(warehouse):
    assert _review(warehouse, "2021_luozhuang.txt", "review")[4] == 6


def test_no_conclusion_gives_null_rate(warehouse):
    # Changle: no review or litigation at all; a rate of 0/0 must be null, not 0.
    assert _review(warehouse, "2021_changle_office.txt", "review")[5:] == (0, None)


def test_laiwu_licensing(warehouse):
    rid = report_id_of(warehouse, "2021_laiwu.txt")
    rows = query(
        warehouse,
        "select licensing_decisions, penalty_decisions, coercion_decisions, fees_10k_yuan, "
        "normative_docs_in_force from marts.fct_licensing_volumes where report_id = ?",
        [rid],
    )
    assert [tuple(float(x) for x in r) for r in rows] == [(66374, 729, 32, 31574.8267, 6)]


def test_changle_granted_share(warehouse):
    rid = report_id_of(warehouse, "2021_changle_office.txt")
    ((handled, granted, partial, unable, total_share),) = query(
        warehouse,
        "select handled_total, granted_share, partially_granted_share, unable_to_provide_share, "
        "granted_share + partially_granted_share + denied_share + unable_to_provide_share "
        "+ not_processed_share + other_share from marts.fct_disclosure_rates where report_id = ?",
        [rid],
    )
    assert handled == 16
    assert Fraction(granted).limit_denominator(100) == Fraction(4, 16)
    assert Fraction(partial).limit_denominator(100) == Fraction(5, 16)
    assert Fraction(unable).limit_denominator(100) == Fraction(7, 16)
    assert total_share == pytest.approx(1.0)


def test_applications_long_form(warehouse):
    # 26 section 三 rows (25 + the alternative single （六） row other_total) × 7 applicant columns.
    rows = query(
        warehouse,
        "select count(*), count(distinct report_id) from marts.fct_applications_by_outcome",
    )
    assert rows == [(182 * 7, 7)]
    rid = report_id_of(warehouse, "2021_lanshan.txt")
    assert query(
        warehouse,
        "select outcome_group, applications from marts.fct_applications_by_outcome "
        "where report_id = ? and outcome_code = 'denied_state_secret' and applicant_type = 'natural_person'",
        [rid],
    ) == [("denied", 12)]


def test_other_handling_counts_either_form(warehouse):
    """The group 其他处理 counts the sub-rows where printed (Luozhuang: 2 + 0 + 6 of 125) and the single
    row where only it is printed (洪泽区 2024: its （六）其他处理 row, 总计 0 of 95)."""
    luozhuang = report_id_of(warehouse, "2021_luozhuang.txt")
    hongze = report_id_of(warehouse, "2024_hongze.pdf")
    rows = dict(
        query(
            warehouse,
            "select report_id, round(other_share * handled_total) from marts.fct_disclosure_rates "
            "where report_id in (?, ?)",
            [luozhuang, hongze],
        )
    )
    assert rows == {luozhuang: 8, hongze: 0}


def test_dims(warehouse):
    assert query(
        warehouse,
        "select division_code, name_zh, level, name_pinyin from marts.dim_jurisdiction "
        "where division_code in (select division_code from marts.dim_report) order by 1",
    ) == [
        ("320800", "淮安市", "prefecture_city", "Huai'an Shi"),
        ("320813", "洪泽区", "district", "Hongze Qu"),
        ("370116", "莱芜区", "district", "Laiwu Qu"),
        ("370725", "昌乐县", "county", "Changle Xian"),
        ("371302", "兰山区", "district", "Lanshan Qu"),
        ("371311", "罗庄区", "district", "Luozhuang Qu"),
    ]
    assert query(
        warehouse,
        "select scope, count(*) from marts.dim_report group by 1 order by 1",
    ) == [("government", 6), ("government_office", 1)]


def test_hongze_year_over_year_from_two_reports(warehouse):
    # 洪泽区 section 三 本年新收 总计: 21 in 2023, 95 in 2024 (both read from the PDFs' tables).
    assert query(
        warehouse,
        "select year, value::int, prior_value, prior_source from marts.fct_yoy "
        "where jurisdiction_zh = '洪泽区' and metric = 'applications_received' order by year",
    ) == [(2023, 21, None, None), (2024, 95, 21.0, "report")]


def test_workplan_marts(warehouse):
    # The seed plan (莱芜政办发〔2022〕2号, issued 2022-06-15) has 71 tasks; values read by hand.
    assert query(warehouse, "select count(*), min(task_no), max(task_no) from marts.fct_workplan_tasks") == [
        (71, 1, 71)
    ]
    assert query(
        warehouse,
        "select deadline_date::varchar, deadline_kind, division_code from marts.fct_workplan_tasks "
        "where task_no = 69",
    ) == [("2022-07-15", "relative", "370116")]
    assert set(
        query(warehouse, "select unit_zh, role from marts.bridge_workplan_task_units where task_no = 10")
    ) == {
        ("区大数据局", "lead"),
        ("区司法局", "lead"),
        ("区政府有关部门（单位）", "support"),
        ("区行政审批服务局", "lead"),
        ("各镇（街道）", "lead"),
    }


def test_columns_carry_their_documentation(warehouse):
    """dbt's persist_docs: `describe` and duckdb_columns() show what the yml says."""
    rows = query(
        warehouse,
        "select comment from duckdb_columns() where schema_name = 'marts' and table_name = 'dim_report' "
        "and column_name = 'scope'",
    )
    assert rows and "government_office" in rows[0][0] and "zone_authority" in rows[0][0]
    undocumented = query(
        warehouse,
        "select table_name, column_name from duckdb_columns() where schema_name = 'marts' "
        "and (comment is null or comment = '')",
    )
    assert undocumented == []


def test_dq_findings_is_a_dbt_model_with_every_column_documented(warehouse):
    """marts.dq_findings is dbt's (lineage, docs), not a table written beside it (issue 27)."""
    manifest = json.loads((TEST_BUILD_DIR / "dbt_target" / "manifest.json").read_text(encoding="utf-8"))
    (node,) = [
        n for n in manifest["nodes"].values() if n["resource_type"] == "model" and n["name"] == "dq_findings"
    ]
    assert {"model.nianbao.int_check_results", "model.nianbao.stg_checks__verdicts"} <= set(
        node["depends_on"]["nodes"]
    )
    built = {
        name
        for (name,) in query(
            warehouse,
            "select column_name from duckdb_columns() "
            "where schema_name = 'marts' and table_name = 'dq_findings'",
        )
    }
    assert built and built == set(node["columns"]) and all(c["description"] for c in node["columns"].values())


def test_the_readme_lists_every_mart(warehouse):
    """The README's marts table against dbt's own list of the marts (its manifest, written by the build)."""
    manifest = json.loads((TEST_BUILD_DIR / "dbt_target" / "manifest.json").read_text(encoding="utf-8"))
    marts = {
        n["name"]
        for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and n["schema"] == "marts"
    }
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_0-9]+)` \|", readme, flags=re.MULTILINE))
    assert marts - listed == set()
