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


FINDINGS_TEST = "unique_combination_dq_findings_report_id__suite___check_"


def _duplicate_a_verdict(con: duckdb.DuckDBPyConnection, report: str) -> None:
    """A second verdict for one of `report`'s checks: marts.dq_findings then holds that check twice."""
    con.execute(
        "insert into checks.verdicts select * from checks.verdicts "
        "where rowid = (select min(rowid) from checks.verdicts where report_id = ?)",
        [report],
    )


def test_the_findings_test_reads_the_reports_whose_checks_the_run_wrote(built, tmp_path):
    """marts.dq_findings is a view (no built_in): its tests read the reports int_check_results wrote
    rows of in the run (var tests_scoped_by_check_rows). A duplicate finding of such a report fails the
    build; one of a report the run wrote no check of is left to `dbt test`."""
    db = copy_of_built(built, tmp_path)
    written, kept = query(db, "select min(report_id), max(report_id) from intermediate.int_check_results")[0]
    assert written != kept
    with duckdb.connect(str(db)) as con:
        _duplicate_a_verdict(con, kept)
    printed = _dbt(db, ["build", *build.INCREMENTAL_SELECTION])
    assert f"PASS {FINDINGS_TEST}" in printed  # the run wrote none of `kept`'s checks
    printed = _dbt_fails(db, ["test", "--select", "dq_findings"])
    assert f"Failure in test {FINDINGS_TEST}" in printed

    with duckdb.connect(str(db)) as con:
        con.execute("delete from checks.verdicts where report_id = ?", [kept])  # kept's duplicate gone
        _duplicate_a_verdict(con, written)
        # The incremental run makes the report's checks again, as an added report's.
        con.execute("delete from intermediate.int_check_results where report_id = ?", [written])
    printed = _dbt_fails(db, ["build", *build.INCREMENTAL_SELECTION])
    assert f"Failure in test {FINDINGS_TEST}" in printed


# The raw tables the ingest writes from the parser's own files (ingest/pipeline/load.py, _write_template,
# whenever that code changed): their rows change only with the code, and a change to it is a full refresh.
FROM_CODE = {
    "source.nianbao.raw.template_cells",
    "source.nianbao.raw.template_identities",
    "source.nianbao.raw.narrative_metric_cells",
    "source.nianbao.raw.scopes",
    "source.nianbao.raw.divisions",
}


def test_tests_left_out_of_an_incremental_build_read_no_report(built, tmp_path):
    """An incremental build leaves out the tests tagged reference_only: each reads only seeds, tables the
    ingest writes from code, or models over them alone (a change to any of those is a full refresh), so no
    report's row can make one fail. A full refresh runs them."""
    import json

    db = copy_of_built(built, tmp_path)
    _dbt(db, ["build", *build.INCREMENTAL_SELECTION])
    target = dbt_run.target_path()
    ran = {r["unique_id"] for r in json.loads((target / "run_results.json").read_text())["results"]}
    manifest = json.loads((target / "manifest.json").read_text())
    nodes = manifest["nodes"]

    def roots(unique_id: str) -> set[str]:
        node = nodes.get(unique_id)
        if node is None or node["resource_type"] == "seed":
            return {unique_id}
        return set().union(*(roots(parent) for parent in node["depends_on"]["nodes"]))

    tests = {u: n for u, n in nodes.items() if n["resource_type"] == "test"}
    left_out = {u for u, n in tests.items() if "reference_only" in n["tags"]}
    assert left_out, "no test is tagged reference_only"
    assert not left_out & ran
    for unique_id in left_out:
        read = roots(unique_id)
        assert all(r.startswith("seed.") or r in FROM_CODE for r in read), (unique_id, read)
    # Every other test ran, but those that read the reference-only marts alone (left out with them): a test
    # joining a report's rows to one of them (relationships to dim_jurisdiction, dim_outcome, …) runs.
    models = {u: n for u, n in nodes.items() if n["resource_type"] == "model"}
    reference_marts = {u for u, n in models.items() if "reference_only" in n["tags"]}
    missing = set(tests) - left_out - ran
    assert all(set(tests[u]["depends_on"]["nodes"]) <= reference_marts for u in missing), missing
    joins = {
        u
        for u, n in tests.items()
        if u.startswith("test.nianbao.relationships_")
        and set(n["depends_on"]["nodes"]) & reference_marts
        and set(n["depends_on"]["nodes"]) - reference_marts
    }
    assert any("fct_applications_by_outcome_outcome_code" in u for u in joins), sorted(joins)
    assert joins <= ran, sorted(joins - ran)
    printed = _dbt(db, ["build", "--full-refresh"])
    ran = {r["unique_id"] for r in json.loads((target / "run_results.json").read_text())["results"]}
    assert set(tests) <= ran, "a full refresh runs every test"
    assert "PASS unique_check_rules_family" in printed
