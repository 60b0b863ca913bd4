"""one_report_per_body_year with three reports of one body and year: the cells each pair prints differently.

The 昌乐县 office's 2021 seed report (A) prints 上年结转 0 in all seven columns and 本年新收
12, 4, 0, 0, 0, 0, 16. B is A with 上年结转 1, 0, 0, 0, 0, 0, 1; C is A with 上年结转 2, 0, 0, 0, 0, 0, 2
and 本年新收 13, 4, 0, 0, 0, 0, 17. Counted by hand: A and B differ in 2 cells (上年结转's natural-person
and total columns), A and C in 4 (those two and 本年新收's natural-person and total columns), B and C in 4
(the same four). The 上年结转 cells take three values in three reports (apart in every pair); the 本年新收
cells are alike in A and B and apart in C: a count of the cells per body-year (issue-29l tried one) must
tell the two kinds apart, and every pair come out as counted here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPORTS, full_build, query, replace_row, seed_text

CARRIED_OVER = "二、上年结转政府信息公开申请数量"
NEW_RECEIVED = "一、本年新收政府信息公开申请数量"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("same_year")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(REPORTS / "2021_changle_office.txt", raw / "2021_changle_office.txt")
    seed = seed_text("2021_changle_office.txt")
    b = replace_row(seed, CARRIED_OVER, ["1", "0", "0", "0", "0", "0", "1"])
    (raw / "2021_changle_office_b.txt").write_text(b, encoding="utf-8")
    c = replace_row(seed, CARRIED_OVER, ["2", "0", "0", "0", "0", "0", "2"])
    c = replace_row(c, NEW_RECEIVED, ["13", "4", "0", "0", "0", "0", "17"])
    (raw / "2021_changle_office_c.txt").write_text(c, encoding="utf-8")
    return full_build(root, raw)[0]


def test_each_pair_of_the_body_year_counts_the_cells_it_prints_differently(built):
    rows = query(
        built,
        "select r.source_path, f.passed, f.observed from marts.dq_findings f "
        "join raw.reports r using (report_id) where f.\"check\" = 'one_report_per_body_year'",
    )
    found = {Path(path).name: (passed, observed) for path, passed, observed in rows}
    paths = {Path(path).name: path for path, *_ in rows}
    a, b, c = (paths[f"2021_changle_office{s}.txt"] for s in ("", "_b", "_c"))
    assert found == {
        "2021_changle_office.txt": (False, f"2: {b} (2 cells differ); {c} (4 cells differ)"),
        "2021_changle_office_b.txt": (False, f"2: {a} (2 cells differ); {c} (4 cells differ)"),
        "2021_changle_office_c.txt": (False, f"2: {a} (4 cells differ); {b} (4 cells differ)"),
    }
