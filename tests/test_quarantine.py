"""A report that breaks what the marts need is quarantined, not allowed to fail everyone's build.

Three constructed variants of Luozhuang's 2021 report (TEST FIXTURES, not real documents) beside the
four seed reports: one whose title names no year, one printing a count as 230.5, one printing a count of
twenty digits. A full build (ingest, dbt, checks) on temporary folders must publish, with the seed
reports in every mart, the three variants kept in raw and out of the marts, and each reason in
marts.dq_findings and in the build's output, naming the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPORTS, full_build, query, seed_text

SEEDS = ["2021_laiwu.txt", "2021_lanshan.txt", "2021_luozhuang.txt", "2021_changle_office.txt"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("quarantine")
    raw = root / "raw"
    raw.mkdir()
    for name in SEEDS:
        shutil.copy(REPORTS / name, raw / name)
    luozhuang = seed_text("2021_luozhuang.txt")
    no_year = luozhuang.replace("临沂市罗庄区2021年政府信息公开工作", "临沂市罗庄区政府信息公开工作", 1)
    (raw / "no_year_TEST_FIXTURE.txt").write_text(no_year, encoding="utf-8")
    fraction = luozhuang.replace("\t72\n", "\t230.5\n", 1)
    (raw / "fraction_TEST_FIXTURE.txt").write_text(fraction, encoding="utf-8")
    huge = luozhuang.replace("\t72\n", "\t12345678901234567890\n", 1)
    (raw / "huge_count_TEST_FIXTURE.txt").write_text(huge, encoding="utf-8")
    return full_build(root, raw)


def _id(db: Path, name: str) -> str:
    ((report_id,),) = query(db, "select report_id from raw.reports where source_path like ?", [f"%/{name}"])
    return report_id


@pytest.mark.parametrize(
    "name,check,observed",
    [
        ("no_year_TEST_FIXTURE.txt", "report_year_present", "no year in the title"),
        ("fraction_TEST_FIXTURE.txt", "counts_are_integers", "1: 3/granted/natural_person reads 230.5"),
        (
            "huge_count_TEST_FIXTURE.txt",
            "counts_within_range",
            "1: 3/granted/natural_person reads 12345678901234567890",
        ),
    ],
)
def test_a_report_error_quarantines_the_report_with_its_reason(built, name, check, observed):
    db, printed = built
    report_id = _id(db, name)
    assert query(db, "select count(*) from marts.dim_report where report_id = ?", [report_id]) == [(0,)]
    for fact in ("fct_applications_by_outcome", "fct_review_litigation", "fct_licensing_volumes"):
        assert query(db, f"select count(*) from marts.{fact} where report_id = ?", [report_id]) == [(0,)]
    failing = query(
        db,
        'select "check", observed, severity from marts.dq_findings where report_id = ? and passed = false '
        "and severity = 'quarantine'",
        [report_id],
    )
    assert failing == [(check, observed, "quarantine")]
    assert name in printed and "quarantined" in printed


def test_the_other_reports_are_published_whole(built):
    db, printed = built
    assert query(db, "select count(*) from marts.dim_report") == [(4,)]
    assert query(db, "select count(*) from raw.reports") == [(7,)]
    assert "3 reports quarantined" in printed
    assert query(
        db, "select count(*) from marts.dq_findings where severity = 'error' and passed = false"
    ) == [(0,)]
    # Luozhuang's own report is untouched by its quarantined variants: 72 granted to natural persons.
    assert query(
        db,
        "select f.applications from marts.fct_applications_by_outcome f join marts.dim_report r "
        "using (report_id) where r.source_path like '%/2021_luozhuang.txt' and f.outcome_code = 'granted' "
        "and f.applicant_type = 'natural_person'",
    ) == [(72,)]


def test_a_report_added_later_is_counted_and_quarantined_incrementally(built):
    """int_reports__fault_counts is incremental by report: a report added to a built warehouse is counted by
    the incremental build, and a removed one's counts go."""
    db, _ = built
    root = db.parent
    later = seed_text("2021_luozhuang.txt").replace("\t72\n", "\t7.5\n", 1)
    (root / "raw" / "later_fraction_TEST_FIXTURE.txt").write_text(later, encoding="utf-8")
    (root / "raw" / "huge_count_TEST_FIXTURE.txt").unlink()
    db, printed = full_build(root, root / "raw")
    assert "--full-refresh" not in printed
    report_id = _id(db, "later_fraction_TEST_FIXTURE.txt")
    failing = query(
        db,
        'select "check", observed from marts.dq_findings where report_id = ? and passed = false '
        "and severity = 'quarantine'",
        [report_id],
    )
    assert failing == [("counts_are_integers", "1: 3/granted/natural_person reads 7.5")]
    assert query(db, "select count(*) from marts.dim_report where report_id = ?", [report_id]) == [(0,)]
    counted = query(db, "select report_id from intermediate.int_reports__fault_counts order by 1")
    # one row per loaded report, the removed one gone
    assert counted == query(db, "select report_id from raw.reports order by 1")
    assert query(db, "select count(*) from marts.dim_report") == [(4,)]
