"""dbt runs in the build's own process (ingest/pipeline/dbt_run.py): a failing error-severity test still
fails the step with dbt's own message, and the warehouse is left closed for the next step.

A duplicate outcome code in marts.dim_outcome (built from the template alone: no document can put one
there, dbt_project/error_tests.yml) is written into a copy of the built test warehouse by hand; dbt's
unique test on it is then run as the build runs dbt.
"""

from __future__ import annotations

import io

import duckdb
import pytest
from conftest import copy_of_built

from ingest.pipeline import build, dbt_run


def test_a_failing_error_test_fails_the_dbt_step_with_dbts_message(built, tmp_path):
    db = copy_of_built(built, tmp_path)
    with duckdb.connect(str(db)) as con:
        con.execute("insert into marts.dim_outcome select * from marts.dim_outcome limit 1")
    out = io.StringIO()
    with pytest.raises(build.StepFailed):
        build._run_dbt("dbt", ["test", "--select", "unique_dim_outcome_outcome_code"], db, out)
    printed = out.getvalue()
    assert "Failure in test unique_dim_outcome_outcome_code" in printed
    assert "build: dbt took" not in printed
    # dbt-duckdb's database is closed: the next step (another process) can open the file for writing.
    with duckdb.connect(str(db)) as con:
        assert con.execute("select count(*) from marts.dim_outcome").fetchone()[0] > 1


def test_a_passing_test_passes_and_the_parse_is_kept(built, tmp_path):
    db = copy_of_built(built, tmp_path)
    out = io.StringIO()
    build._run_dbt("dbt", ["test", "--select", "unique_dim_outcome_outcome_code"], db, out)
    assert "build: dbt took" in out.getvalue()
    assert (dbt_run.target_path() / "partial_parse.msgpack").exists()


def test_the_parse_done_beside_the_ingest_step_is_used(built, tmp_path):
    """The manifest parsed in a thread (while ingest runs) is the one the dbt command runs from."""
    db = copy_of_built(built, tmp_path)
    prepared = dbt_run.Prepared(db, tmp_path / "logs")
    out = io.StringIO()
    build._run_dbt("dbt", ["test", "--select", "unique_dim_outcome_outcome_code"], db, out, prepared)
    printed = out.getvalue()
    assert printed.count("Running with dbt") == 2  # the parse's lines, then the test's
    assert printed.index("Performance info") < printed.rindex("Running with dbt")  # parsed first
    assert "build: dbt took" in printed
