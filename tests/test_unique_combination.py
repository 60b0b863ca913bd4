"""The project's unique-combination test (dbt_project/macros/test_unique_combination.sql) groups the rows by
their columns' hash first and only rows whose hash repeats by the columns themselves: it must still fail on
every duplicate and on nothing else.

Rows are changed by hand in a copy of the test warehouse (no document can make the test fail): one row of
marts.fct_report_values copied, a duplicate; one copied with its column changed, not one; one copied with
its row code null twice, a duplicate as a grouping sees it (nulls group together).
"""

from __future__ import annotations

import io

import duckdb
import pytest
from conftest import copy_of_built

from ingest.pipeline import build

TEST = "unique_combination_fct_report_values_report_id__section__row_code__col_code"
KEY = "report_id, section, row_code, col_code"


def _test(db) -> str:
    """`dbt test` of TEST alone, as the build runs dbt: what it printed and whether it passed."""
    out = io.StringIO()
    try:
        build._run_dbt("dbt", ["test", "--select", TEST], db, out)
    except build.StepFailed:
        return "failed\n" + out.getvalue()
    return "passed\n" + out.getvalue()


def _copy_rows(db, where: str, change: str = "") -> None:
    """Insert again the row(s) of marts.fct_report_values matching `where`, with `change` applied."""
    with duckdb.connect(str(db)) as con:
        con.execute(f"create temp table extra as select * from marts.fct_report_values where {where}")
        if change:
            con.execute(f"update extra set {change}")
        con.execute("insert into marts.fct_report_values select * from extra")


FIRST = (
    "(report_id, section, row_code, col_code) = "
    f"(select ({KEY}) from marts.fct_report_values order by {KEY} limit 1)"
)


@pytest.fixture()
def db(built, tmp_path):
    return copy_of_built(built, tmp_path)


def test_the_built_warehouse_passes(db):
    assert _test(db).startswith("passed")


def test_a_row_twice_fails(db):
    _copy_rows(db, FIRST)
    printed = _test(db)
    assert printed.startswith("failed")
    assert "Got 1 result" in printed


def test_a_row_copied_into_another_cell_passes(db):
    _copy_rows(db, FIRST, "col_code = 'no_such_column'")
    assert _test(db).startswith("passed")


def test_two_rows_with_a_null_in_the_key_fail(db):
    _copy_rows(db, FIRST, "row_code = null")
    _copy_rows(db, FIRST, "row_code = null")
    printed = _test(db)
    assert printed.startswith("failed")
    assert "Got 1 result" in printed
