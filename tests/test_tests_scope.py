"""A `dbt build` that is not a full refresh tests the rows it wrote (dbt_project/macros/tests_scope.sql).

The test warehouse's rows are changed by hand in a copy (no document can make these tests fail:
dbt_project/error_tests.yml): a null `value_source`, which `not_null_fct_report_values_value_source` (a test
of an incremental model, scoped) forbids and no other test sees (stg_raw__report_values' accepted_values
lets a null pass). A bad row the run wrote fails the build; a bad row an earlier build wrote is not read
again by a build (its build passed on it), and `dbt test` still reads every row.
"""

from __future__ import annotations

import io

import duckdb
import pytest
from conftest import copy_of_built, query

from ingest.pipeline import build, dbt_run

TEST = "not_null_fct_report_values_value_source"


def _a_report(db) -> str:
    return query(db, "select min(report_id) from marts.fct_report_values")[0][0]


def _dbt(db, args: list[str]) -> str:
    """Run dbt as the build does; what it printed (StepFailed propagates)."""
    out = io.StringIO()
    try:
        build._run_dbt("dbt", args, db, out)
    except build.StepFailed:
        raise AssertionError(out.getvalue()[-3000:]) from None
    return out.getvalue()


def _dbt_fails(db, args: list[str]) -> str:
    out = io.StringIO()
    with pytest.raises(build.StepFailed):
        build._run_dbt("dbt", args, db, out)
    return out.getvalue()


def test_a_scoped_test_fails_the_build_on_a_row_it_wrote(built, tmp_path):
    db = copy_of_built(built, tmp_path)
    report = _a_report(db)
    with duckdb.connect(str(db)) as con:
        # The report's rows are made again by the incremental run (as an added report's are), from a raw
        # row whose value_source is null.
        con.execute("alter table raw.report_values alter column value_source drop not null")
        con.execute(
            "update raw.report_values set value_source = null "
            "where rowid = (select min(rowid) from raw.report_values where report_id = ?)",
            [report],
        )
        con.execute("delete from marts.fct_report_values where report_id = ?", [report])
    printed = _dbt_fails(db, ["build", *build.INCREMENTAL_SELECTION])
    assert f"Failure in test {TEST}" in printed
    assert "Got 1 result" in printed


def test_a_row_an_earlier_build_wrote_is_left_to_dbt_test(built, tmp_path):
    db = copy_of_built(built, tmp_path)
    report = _a_report(db)
    with duckdb.connect(str(db)) as con:
        con.execute("update marts.fct_report_values set value_source = null where report_id = ?", [report])
    bad = query(db, "select count(*) from marts.fct_report_values where value_source is null")
    assert bad[0][0] > 0
    # An incremental build wrote none of the report's rows: its scoped test does not read them again.
    printed = _dbt(db, ["build", *build.INCREMENTAL_SELECTION])
    assert f"PASS {TEST}" in printed
    # `dbt test` reads every row.
    printed = _dbt_fails(db, ["test", "--select", TEST])
    assert f"Failure in test {TEST}" in printed


def test_a_full_refresh_tests_every_row(built, tmp_path):
    """A full refresh writes every row again, and every test reads them all: nothing is scoped, so the
    compiled test has no filter on the run."""
    db = copy_of_built(built, tmp_path)
    _dbt(db, ["build", "--full-refresh", "--select", "fct_report_values"])
    compiled = next(dbt_run.target_path().rglob(f"{TEST}.sql")).read_text(encoding="utf-8")
    assert "built_in" not in compiled
    _dbt(db, ["build", "--select", "fct_report_values"])
    compiled = next(dbt_run.target_path().rglob(f"{TEST}.sql")).read_text(encoding="utf-8")
    assert "built_in = '" in compiled
