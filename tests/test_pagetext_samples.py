"""The 平潭 page-text samples (tests/samples/pagetext/, see its README): a crawl's text of 14 real reports.

Every table value was read by hand into expected.json. The cells of each table row are printed run
together (`280000028`), spaced, or irregularly spaced; each must load exactly as printed, including the
four reports that print a 总计 of 0 under non-zero parts.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.parsing.parse import parse_file
from ingest.parsing.report import flat

SAMPLES = Path(__file__).resolve().parent / "samples" / "pagetext"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
NEW_TEMPLATE = sorted(name for name, e in EXPECTED.items() if e["template"] == "2021")
OLD_TEMPLATE = sorted(name for name, e in EXPECTED.items() if e["template"] == "2019")


def _parse(name: str):
    result = parse_file(name, SAMPLES / name)
    assert result.report is not None, result.message
    return result, {(v.section, v.row_code, v.col_code): v for v in result.report.values}


def _expected(name: str) -> dict[tuple[str, str, str], Decimal]:
    e = EXPECTED[name]
    out = {("3", row, col): Decimal(x) for row, cols in e["section3"].items() for col, x in cols.items()}
    for key, x in e["section4"].items():
        proceeding, outcome = key.rsplit("_", 1)
        out[("4", proceeding, outcome)] = Decimal(x)
    return out


@pytest.mark.parametrize("name", NEW_TEMPLATE + OLD_TEMPLATE)
def test_every_hand_read_value_of_sections_three_and_four_loads_exactly(name):
    """Sections 三 and 四 are the same in both templates; section 二 of 2019–2020 waits for the old one."""
    _, values = _parse(name)
    expected = _expected(name)
    got = {key: values[key].value for key in expected}
    assert got == expected


@pytest.mark.parametrize("name", NEW_TEMPLATE + OLD_TEMPLATE)
def test_body_scope_year_and_source_page(name):
    result, _ = _parse(name)
    m = result.report.metadata
    assert (m.reporting_body_zh, m.scope, m.report_year) == (
        EXPECTED[name]["body"],
        "department",
        EXPECTED[name]["year"],
    )
    assert m.title.startswith(EXPECTED[name]["body"])  # the crawl's "标题:" label is not part of it
    assert result.source_format == "pagetext"
    assert m.source_url.startswith("https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/")


def test_two_digit_cells_are_split_by_the_row_sum_with_provenance():
    """hzs_2024 prints 一、本年新收… as 280000028: only 28,0,0,0,0,0,28 makes the row sum hold."""
    _, values = _parse("hzs_2024.txt")
    new = [values[("3", "new_received", c)] for c in ("natural_person", "business", "total")]
    assert [v.value for v in new] == [28, 0, 28]
    assert {(v.value_source, v.source_text) for v in new} == {(flat.IDENTITY, "280000028")}
    zeros = values[("3", "carried_over", "total")]
    assert (zeros.value, zeros.value_source, zeros.source_text) == (0, flat.SHAPE, "0000000")


def test_a_run_that_splits_several_ways_is_missing_with_its_candidates():
    """jjf_2024's normative documents print 1129 for 本年制发/本年废止/现行有效: no sum settles it, and its
    text states none of the counts (hzs_2024's 15621 is settled by its text: tests/test_split_evidence.py)."""
    result, values = _parse("jjf_2024.txt")
    cells = [values[("2", "normative_documents", c)] for c in ("issued", "repealed", "in_force")]
    assert {(v.value, v.missing_reason, v.source_text) for v in cells} == {(None, flat.AMBIGUOUS, "1129")}
    assert "'1129'" in result.message and "11/2/9" in result.message and "never guessed" in result.message
    assert result.status == "partial"


def test_the_next_rows_ordinal_is_not_read_as_a_digit():
    """hzs_2024: 1.本机关不掌握相关政府信息40000042.没有现成信息… is 4,0,0,0,0,0,4 then row 2."""
    _, values = _parse("hzs_2024.txt")
    row = [values[("3", "unable_not_held", c)].value for c in ("natural_person", "total")]
    assert row == [4, 4] and values[("3", "unable_needs_creation", "total")].value == 0


def test_a_row_printing_one_number_too_few_is_completed_only_when_its_sum_decides():
    """jjf_2021 prints six zeros for the seven cells of （一）予以公开: whichever is blank, it is 0."""
    result, values = _parse("jjf_2021.txt")
    granted = [values[("3", "granted", c)] for c in ("natural_person", "other_org", "total")]
    assert {(v.value, v.value_source) for v in granted} == {(0, flat.IDENTITY)}
    assert "prints 6 numbers for 7 cells" in result.message


def test_a_report_breaking_its_own_sums_loads_as_printed():
    """jjf_2025 prints （七）总计 0000000 under 4 outcomes, and review 0 1 0 0 0: loaded as printed."""
    _, values = _parse("jjf_2025.txt")
    assert values[("3", "handled_total", "total")].value == 0
    assert values[("3", "granted", "total")].value == 3
    assert [values[("4", "review", c)].value for c in ("upheld", "corrected", "total")] == [0, 1, 0]


@pytest.mark.parametrize(
    "run,count,expected",
    [
        ("0000000", 7, [["0"] * 7]),
        ("10 0 00 0 1", 7, [["1", "0", "0", "0", "0", "0", "1"]]),  # spaces are boundaries, not all of them
        ("505", 3, [["5", "0", "5"]]),
        ("2023", 3, [["2", "0", "23"], ["20", "2", "3"]]),
        ("24252.311082", 1, [["24252.311082"]]),
        ("12", 3, []),
    ],
)
def test_splits(run, count, expected):
    assert flat.splits(run, count) == expected
