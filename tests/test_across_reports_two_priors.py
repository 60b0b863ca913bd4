"""A body with two reports of the year before: its next report is checked against each, once.

Found by `make bench N=10000`: the carry-over chain named its checks by column only, so a report whose
body had two reports the year before got two rows of one check, and dbt's uniqueness test on
int_check_results stopped the build. Here the 昌乐县 office has its 2021 report, a revised 2021 report
(another 上年结转 row) and a 2022 report made from the first.
"""

from __future__ import annotations

import pytest
from conftest import full_build, query, replace_row, seed_text

CARRIED_OVER = "二、上年结转政府信息公开申请数量"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("two_priors")
    raw = root / "raw"
    raw.mkdir()
    original = seed_text("2021_changle_office.txt")
    (raw / "2021_changle_office.txt").write_text(original, encoding="utf-8")
    revised = replace_row(original, CARRIED_OVER, ["1", "0", "0", "0", "0", "0", "1"])
    (raw / "2021_changle_office_revised.txt").write_text(revised, encoding="utf-8")
    later = original.replace("2021年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告", 1)
    (raw / "2022_changle_office.txt").write_text(later, encoding="utf-8")
    return full_build(root, raw)[0]


def test_the_later_report_is_checked_against_each_earlier_one(built):
    ids = dict(query(built, "select split_part(source_path, '/', -1), report_id from raw.reports"))
    checks = [
        c
        for (c,) in query(
            built,
            'select f."check" from marts.dq_findings f join raw.reports r using (report_id) where '
            "r.source_path like '%/2022_changle_office.txt' and f.\"check\" like 'carry_over_chain.total%'",
        )
    ]
    assert sorted(checks) == sorted(
        f"carry_over_chain.total.vs.{ids[name]}"
        for name in ("2021_changle_office.txt", "2021_changle_office_revised.txt")
    )
