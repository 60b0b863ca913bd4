"""The rows Great Expectations validates come in frames of at least BATCH_ROWS rows (issue 29): DuckDB's
Arrow reader hands over record batches of its own size whatever is asked, and each frame costs Great
Expectations a pass per expectation; the family is a pandas category (the expectations select by it).

A warehouse written here: 300,000 check rows of one report, family section4_parts_sum_to_total (observed
must equal expected), every 300th row failing (observed 1, expected 2): 1,000 failed rows."""

from __future__ import annotations

import duckdb
import pytest

from expectations import run as checks_run
from expectations.run import Validator

ROWS, FAILED = 300_000, 1_000
FAMILY = "section4_parts_sum_to_total"


@pytest.fixture
def con():
    with duckdb.connect() as con:
        con.execute("create schema intermediate")
        con.execute(
            "create table intermediate.int_check_results as "
            f"select 'A' as report_id, '{FAMILY}' as family, 'c' || i as \"check\", "
            "case when i % 300 = 0 then 1.0 else 2.0 end as observed_value, 2.0 as expected_value, "
            "i % 300 != 0 as passed "
            f"from range({ROWS}) as t(i)"
        )
        con.execute("create temp table changed_reports as select 'A' as report_id")
        yield con


def test_frames_hold_at_least_batch_rows_but_the_last(con, monkeypatch):
    monkeypatch.setattr(checks_run, "BATCH_ROWS", 100_000)
    sizes = []
    for frame in checks_run._batches(con):
        assert str(frame.family.dtype) == "category"
        sizes.append(len(frame))
    assert sum(sizes) == ROWS
    assert all(size >= checks_run.BATCH_ROWS for size in sizes[:-1])
    # (asked for 100,000 rows at a time, DuckDB hands some over in smaller cuts: 77,120 and 22,880 here)


def test_great_expectations_finds_every_failed_row_across_the_frames(con):
    validator = Validator()
    found = sum(validator.unexpected(frame).get(FAMILY, 0) for frame in checks_run._batches(con))
    assert found == FAILED
    assert checks_run._validate(con, validator) == (ROWS, {})
