"""The checks in proportion to the change (issue 29): int_check_results is incremental by report, and the
checks step validates and writes the verdicts of the reports whose checks changed only. The result must be
what a build from scratch of the same files gives, row for row.

The test corpus's build, then in one step: a report added (a copy of 兰山区 2021 with one figure changed,
so that 兰山区 has two differing 2021 reports: a check across reports of the report already there moves
too), a report changed (罗庄区's licensing decisions) and a report removed (洪泽区 2023, the year before
洪泽区 2024: its checks across years go). Then the same files built from scratch.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import copy_of_built, full_build, query, replace_row, run_dbt_models, seed_text

from ingest.pipeline import stamp

FINDINGS = "select * exclude (checked_at) from marts.dq_findings order by all"
VERDICTS = "select * exclude (checked_at) from checks.verdicts order by all"
CHECKS = "select * exclude (built_in) from intermediate.int_check_results order by all"


def _line(printed: str, start: str) -> str:
    return next(line for line in printed.splitlines() if line.startswith(start))


@pytest.fixture(scope="module")
def both(built, tmp_path_factory) -> tuple:
    """(the incremental build's warehouse and output, the scratch build's warehouse)."""
    folder = tmp_path_factory.mktemp("changed")
    copy_of_built(built, folder)
    reports = folder / "raw" / "reports"
    granted = ["89", "0", "0", "2", "0", "0", "90"]  # the seed prints 88 0 0 2 0 0 90 (line 129)
    lanshan = replace_row(seed_text("2021_lanshan.txt"), "（一）予以公开", granted)
    (reports / "2021_lanshan_revised.txt").write_text(lanshan, encoding="utf-8")
    luozhuang = reports / "2021_luozhuang.txt"
    text = luozhuang.read_text(encoding="utf-8")
    assert text.count("\t77877\n") == 1  # 行政许可 decisions (tests/expected.py)
    luozhuang.write_text(text.replace("\t77877\n", "\t77878\n"), encoding="utf-8")
    (reports / "2023_hongze.pdf").unlink()
    db, printed = full_build(folder, folder / "raw")
    incremental = shutil.copy(db, folder / "incremental.duckdb")
    # The same files built from scratch, at the same paths (the findings name the files they are about).
    db.unlink()
    stamp.path_for(db).unlink()
    scratch, from_scratch = full_build(folder, folder / "raw")
    assert "--full-refresh" in _line(from_scratch, "build: dbt:")
    return incremental, printed, scratch


def test_the_build_was_incremental(both):
    db, printed, _ = both
    assert "--full-refresh" not in _line(printed, "build: dbt:")
    assert "--incremental" in _line(printed, "build: checks:")
    # 7 reports before and after. New or changed: the one added, the one changed (a new report id), 兰山区
    # 2021 (its one report per body and year moved) and 洪泽区 2024 (its year before is gone); gone: the one
    # removed and the changed one's old content; as before: 莱芜区, 昌乐县's office and 淮安市.
    reports = query(db, "select count(distinct report_id) from intermediate.int_check_results")
    assert reports == [(7,)]
    changed = _line(printed, "validate: 7 reports")
    assert "; 4 reports new or changed," in changed and "; 2 reports gone; 3 reports as before" in changed


def test_findings_and_verdicts_are_those_of_a_build_from_scratch(both):
    db, _, scratch = both
    assert query(db, FINDINGS) == query(scratch, FINDINGS)
    assert query(db, VERDICTS) == query(scratch, VERDICTS)
    assert query(db, CHECKS) == query(scratch, CHECKS)


def test_the_removed_report_left_no_check_and_no_verdict(both):
    db, *_ = both
    gone = "select count(*) from {} where report_id not in (select report_id from raw.reports)"
    for table in ("intermediate.int_check_results", "checks.verdicts", "marts.dq_findings"):
        assert query(db, gone.format(table)) == [(0,)], table
    # 洪泽区 2024 has no year before it any more: no carry-over check across years.
    carry = query(
        db,
        "select count(*) from intermediate.int_check_results c join raw.reports r using (report_id) "
        "where r.source_path like '%2024_hongze%' and c.family = 'carry_over_chain'",
    )
    assert carry == [(0,)]


def test_the_added_report_makes_its_twin_a_finding(both):
    """Both 兰山区 2021 reports now fail one_report_per_body_year: the other differs in one cell (line 129,
    予以公开's natural person, 88 in the seed, 89 in the copy; its total 90 is the same)."""
    db, *_ = both
    rows = query(
        db,
        "select r.source_path, f.passed, f.observed from marts.dq_findings f join raw.reports r "
        "using (report_id) where f.\"check\" = 'one_report_per_body_year' and r.source_path like '%lanshan%' "
        "order by 1",
    )
    assert [(path.rsplit("/", 1)[-1], passed) for path, passed, _ in rows] == [
        ("2021_lanshan.txt", False),
        ("2021_lanshan_revised.txt", False),
    ]
    assert all(observed.startswith("1: ") and "(1 cells differ)" in observed for *_, observed in rows)


def test_a_verdict_great_expectations_does_not_share_is_a_disagreement():
    """dbt's passed and GX's unexpected rows are compared by family: two failed rows of section4 in dbt's
    verdict, one unexpected in GX's (as a wrong comparison in either would give), is reported."""
    import pandas as pd

    from expectations.run import disagreements

    frame = pd.DataFrame(
        {
            "report_id": ["a", "a", "b", "b"],
            "check": ["x.1", "x.2", "x.1", "y"],
            "family": ["section4_parts_sum_to_total"] * 3 + ["values_readable"],
            "passed": [False, False, True, None],
        }
    )
    assert disagreements(frame, {"section4_parts_sum_to_total": 2, "values_readable": 0}) == {}
    assert disagreements(frame, {"section4_parts_sum_to_total": 1}) == {"section4_parts_sum_to_total": (2, 1)}
    assert disagreements(frame, {"section4_parts_sum_to_total": 2, "values_readable": 1}) == {
        "values_readable": (0, 1)
    }


def test_the_checks_across_reports_are_made_again_for_the_touched_bodies_only(both):
    """The checks step compares only the rows dbt wrote since its last run (expectations/run.py), so a check
    across reports that moved on a report that did not change must be among them: int_check_results makes
    the families of var checks_redone_each_run again for the reports whose rows may have moved. 兰山区 2021
    (unchanged, the body of the added report) has its one_report_per_body_year row from the run that wrote
    its added twin's rows, its table checks from the first build; 莱芜区 (another body, unchanged, the same
    day and year) keeps every row of the first build, its checks across reports and report_year_in_range
    too. test_findings_and_verdicts_are_those_of_a_build_from_scratch holds their values those of a build
    from scratch."""
    db, *_ = both
    built_in = "select distinct c.built_in from intermediate.int_check_results c join raw.reports r "
    built_in += "using (report_id) "
    [(run,)] = query(db, built_in + "where r.source_path like '%2021_lanshan_revised%'")
    lanshan = built_in + "where r.source_path like '%2021_lanshan.txt' and c.family = ?"
    assert query(db, lanshan, ["one_report_per_body_year"]) == [(run,)]
    [(first,)] = query(db, lanshan, ["section3_outcomes_sum_to_total"])
    assert first != run
    laiwu = built_in + "where r.source_path like '%2021_laiwu%' and c.family = ?"
    for family in ("report_year_in_range", "one_report_per_body_year", "published_on_not_future"):
        assert query(db, laiwu, [family]) == [(first,)], family
    assert query(db, built_in + "where r.source_path like '%2021_laiwu%'") == [(first,)]
    # The checks step has validated both runs' rows.
    assert query(db, "select built_in from checks.validated_runs order by 1") == sorted([(run,), (first,)])


def test_the_checks_of_another_day_or_content_are_made_again(both, tmp_path):
    """The rows that depend on the day of the build (published_on_not_future, report_year_in_range) or on
    the reports sharing a file's content (one_report_per_content) are made again when they differ from what
    this run would write: here the stored rows are set to what a build on 2001-01-01 would have written (and
    one report's content count to 5), then int_check_results is built alone, incrementally. Its rows are
    then a build from scratch's again; the rows of the other families are those of the run before."""
    db, _, scratch = both
    copy = shutil.copy(db, tmp_path / "copy.duckdb")
    import duckdb

    with duckdb.connect(str(copy)) as con:
        con.execute(
            "update intermediate.int_check_results set observed_value = -1, expected = "
            "'on or before 2001-01-01 (the day of this build)' where family = 'published_on_not_future'"
        )
        con.execute(
            "update intermediate.int_check_results set expected = '2008 to 2001 (the year of this build)' "
            "where family = 'report_year_in_range'"
        )
        con.execute(
            "update intermediate.int_check_results set observed_value = 5 "
            "where family = 'one_report_per_content' and report_id = (select min(report_id) from raw.reports)"
        )
    others = "select * from intermediate.int_check_results where family not in "
    others += "('published_on_not_future', 'report_year_in_range', 'one_report_per_content') order by all"
    before = query(copy, others)
    run_dbt_models(copy, tmp_path, "int_check_results")
    assert query(copy, CHECKS) == query(scratch, CHECKS)
    assert query(copy, others) == before
    moved = "select family, count(*) from intermediate.int_check_results where built_in not in "
    moved += "(select built_in from checks.validated_runs) group by family order by family"
    # 7 reports: each day's row and year's row made again, and one content row.
    assert query(copy, moved) == [
        ("one_report_per_content", 1), ("published_on_not_future", 7), ("report_year_in_range", 7),
    ]  # fmt: skip
