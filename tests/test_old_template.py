"""The 2019–2020 template (国办公开办函〔2019〕60号): read it, tell it apart, compare across the change.

Real reports: the 2019 and 2020 page-text samples of two 平潭 departments (tests/samples/pagetext), whose
section 二 values below were read by hand from the printed text. A constructed one: Lanshan's 2021
report turned into the old layout (tests/fixtures/old_template.py, a TEST FIXTURE), rendered as text,
HTML, Word and PDF by the fixture generators.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import full_build, query
from expected import expected_values
from fixtures.make_docx import make_docx
from fixtures.make_html import make_html
from fixtures.make_pdf import make_pdf
from fixtures.old_template import EXPECTED_SECTION2, OTHER_TOTAL, write

from ingest.parsing.parse import parse_file

SAMPLES = Path(__file__).resolve().parent / "samples" / "pagetext"
OTHER_SUB_ROWS = ("other_no_correction", "other_unpaid_fee", "other_other")
APPLICANTS = ("natural_person", "business", "research_institution", "public_interest_org", "legal_service",
              "other_org", "total")  # fmt: skip

# Section 二 read by hand from the printed text (jjf: spaced cells; hzs_2019: run together, 行政许可 00126):
# (规章, 规范性文件) × (新制作, 新公开, 对外公开总数); 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 ×
# (上一年项目数量, 本年增/减, 处理决定数量); 行政事业性收费 × 2; 政府集中采购 × 2.
READ_BY_HAND = {
    "jjf_2019.txt": [(0, 0, 0), (6, 6, 6), (17, 0, 2), (0, 0, 0), (12, 0, 0), (0, 0, 0), (0, 0), (0, 0)],
    "hzs_2019.txt": [(0, 0, 0), (6, 6, 6), (0, 0, 126), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0), (0, 0)],
    "jjf_2020.txt": [(0, 0, 0), (10, 10, 10), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0), (0, 0)],
}
ROWS = [
    ("regulations", ("new_made", "new_published", "total_published")),
    ("normative_documents", ("new_made", "new_published", "total_published")),
    ("licensing", ("prior_items", "change", "decisions")),
    ("other_admin_services", ("prior_items", "change", "decisions")),
    ("penalty", ("prior_items", "change", "decisions")),
    ("coercion", ("prior_items", "change", "decisions")),
    ("fees", ("prior_items", "change")),
    ("procurement", ("procurement_items", "procurement_amount_yuan")),
]


def _values(result) -> dict:
    return {(v.section, v.row_code, v.col_code): v.value for v in result.report.values}


@pytest.mark.parametrize("name", sorted(READ_BY_HAND))
def test_old_section_two_of_the_real_samples(name):
    result = parse_file(name, SAMPLES / name)
    assert result.report.template_version == "2019"
    values = _values(result)
    got = [tuple(values[("2", row, col)] for col in cols) for row, cols in ROWS]
    assert got == [tuple(Decimal(x) for x in row) for row in READ_BY_HAND[name]]
    assert [values[("3", "other_total", c)] for c in APPLICANTS] == [0] * 7  # （六）其他处理 as one row
    assert not any(code in {r for _, r, _ in values} for code in OTHER_SUB_ROWS)


def test_a_run_the_old_columns_cannot_split_is_left_missing():
    """hzs_2020 prints 行政许可 as 0494246: no sum ties 上一年项目数量, 本年增/减 and 处理决定数量."""
    result = parse_file("hzs_2020.txt", SAMPLES / "hzs_2020.txt")
    assert result.report.template_version == "2019"
    licensing = [v for v in result.report.values if v.row_code == "licensing"]
    assert {(v.value, v.missing_reason) for v in licensing} == {(None, "ambiguous_split")}
    assert _values(result)[("2", "normative_documents", "total_published")] == 6  # 006


def test_a_report_whose_layout_contradicts_its_year_is_read_as_laid_out_with_a_warning(tmp_path):
    text = (SAMPLES / "jjf_2019.txt").read_text(encoding="utf-8")
    path = tmp_path / "misdated_TEST_FIXTURE.txt"
    path.write_text(text.replace("经济发展局2019年", "经济发展局2021年", 1), encoding="utf-8")
    result = parse_file(path.name, path)
    assert (result.report.metadata.report_year, result.report.template_version) == (2021, "2019")
    assert (
        "follow the 2019 template" in result.message and "although the report is for 2021" in result.message
    )
    assert _values(result)[("2", "licensing", "prior_items")] == 17


@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "pdf"])
def test_the_constructed_old_report_in_every_format(tmp_path, fmt):
    source = write(tmp_path)
    makers = {"html": make_html, "docx": make_docx, "pdf": make_pdf}
    path = source if fmt == "txt" else tmp_path / source.name.replace(".txt", f".{fmt}")
    if fmt != "txt":
        path.write_bytes(makers[fmt](str(source)))
    result = parse_file(path.name, path)
    assert (result.status, result.report.template_version) == ("loaded", "2019"), result.message
    values = _values(result)
    assert {
        k: values[k] for k in EXPECTED_SECTION2
    } == EXPECTED_SECTION2  # 本年增/减 -3 and -2, 元 with cents
    lanshan = expected_values("2021_lanshan.txt")
    same = {k: v for k, v in lanshan.items() if k[0] in "34" and k[1] not in OTHER_SUB_ROWS}
    assert {k: values[k] for k in same} == same
    assert tuple(values[("3", "other_total", c)] for c in APPLICANTS) == OTHER_TOTAL


@pytest.fixture(scope="module")
def across_the_change(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A full build of jjf's 2020 (old template) and 2021 (new) reports and the constructed old report."""
    root = tmp_path_factory.mktemp("old_template")
    raw = root / "raw"
    raw.mkdir()
    for name in ("jjf_2020.txt", "jjf_2021.txt"):
        shutil.copy(SAMPLES / name, raw / name)
    write(raw)
    return full_build(root, raw)[0]


def test_both_templates_in_the_marts_with_their_version(across_the_change):
    db = across_the_change
    assert query(db, "select template_version, count(*) from marts.dim_report group by 1 order by 1") == [
        ("2019", 2),
        ("2021", 1),
    ]
    rows = query(
        db,
        "select f.licensing__change, f.fees__change, f.procurement__procurement_amount_yuan, "
        "v.licensing_decisions, v.fees_10k_yuan from marts.fct_proactive_disclosure_2019 f "
        "join marts.fct_licensing_volumes v using (report_id) join marts.dim_report r using (report_id) "
        "where r.source_path like '%TEST_FIXTURE%'",
    )
    assert rows == [(-3, -2, Decimal("12345678.90"), 295613, None)]
    errors = "select count(*) from marts.dq_findings where severity = 'error' and passed = false"
    assert query(db, errors) == [(0,)]  # a negative 本年增/减 is no load error
    balance = query(
        db,
        "select f.passed from marts.dq_findings f join marts.dim_report r using (report_id) "
        "where r.source_path like '%TEST_FIXTURE%' and f.\"check\" = 'section3_outcomes_sum_to_total.total'",
    )
    assert balance == [(True,)]  # the identities run on the old template too


def test_year_over_year_across_the_change_only_on_comparable_metrics(across_the_change):
    db = across_the_change
    rows = query(
        db,
        "select y.metric, y.prior_source, y.prior_template_version from marts.fct_yoy y "
        "join marts.dim_report r using (report_id) where r.source_path like '%jjf_2021.txt' "
        "and y.metric in ('applications_received', 'granted', 'other_handling') order by 1",
    )
    assert rows == [
        ("applications_received", "report", "2019"),
        ("granted", "report", "2019"),
        ("other_handling", None, None),  # its three sub-rows have no 2019 counterpart
    ]
    crosswalk = query(
        db,
        "select comparability from intermediate.int_template_crosswalk where section = '2' and "
        "row_code_2019 = 'normative_documents' and col_code_2019 = 'total_published'",
    )
    assert crosswalk == [("comparable_with_caveat",)]
