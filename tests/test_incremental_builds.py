"""Builds do work in proportion to what changed, and leave no stale rows (ingest/pipeline/stamp.py, dbt's
incremental marts, macros/incremental_reports.sql).

One folder goes through the changes an analyst makes: a first build, a build with nothing changed, a
report added, a report changed, a report removed, and a warehouse built by another parser. After each,
the marts hold exactly the reports present, with the values the documents print (tests/expected.py,
read by hand).
"""

from __future__ import annotations

import io
import json
import shutil

import pytest
from conftest import REPORTS, full_build, query
from expected import EXPECTED

from ingest.pipeline import stamp

LICENSING = (
    "select report_id, licensing_decisions from marts.fct_licensing_volumes order by licensing_decisions"
)


def _licensing(db) -> list[int]:
    return [n for _, n in query(db, LICENSING)]


def _dbt_line(printed: str) -> str:
    return next(line for line in printed.splitlines() if line.startswith("build: dbt:"))


def _checks_line(printed: str) -> str:
    return next(line for line in printed.splitlines() if line.startswith("build: checks:"))


def _findings(db) -> list[tuple]:
    return query(db, "select * exclude (checked_at) from marts.dq_findings order by all")


def _readings_follow_claims(db) -> None:
    """int_narrative_claim_readings is incremental by report: it holds the readings of exactly the reports
    whose claims are loaded, each claim with its reading as stated once."""
    readings = "select distinct report_id, claim_no from intermediate.int_narrative_claim_readings"
    claims = "select report_id, claim_no from intermediate.int_narrative_claims"
    assert sorted(query(db, readings)) == sorted(query(db, claims))
    stated = "select count(*) from intermediate.int_narrative_claim_readings where reading_rank = 0"
    assert query(db, stated) == query(db, "select count(*) from intermediate.int_narrative_claims")


def _expected_licensing(*names: str) -> list[int]:
    return sorted(EXPECTED[n]["section2"]["licensing", "decisions"] for n in names)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    (root / "raw").mkdir()
    for name in ("2021_lanshan.txt", "2021_luozhuang.txt"):
        shutil.copy(REPORTS / name, root / "raw" / name)
    return root


def test_first_build_is_full(folder):
    db, printed = full_build(folder, folder / "raw")
    assert "--full-refresh" in _dbt_line(printed)  # no stamp yet: every model from scratch
    assert "--incremental" not in _checks_line(printed)  # and every check row validated
    assert _licensing(db) == _expected_licensing("2021_lanshan.txt", "2021_luozhuang.txt")
    assert stamp.read(db)["raw"]


def test_nothing_changed_does_nothing(folder):
    db = folder / "warehouse.duckdb"
    before = db.stat().st_mtime_ns
    _, printed = full_build(folder, folder / "raw")
    assert "nothing changed" in printed
    assert "build: ingest" not in printed and "build: dbt" not in printed
    assert db.stat().st_mtime_ns == before


def test_an_added_report_is_built_incrementally(folder):
    shutil.copy(REPORTS / "2021_laiwu.txt", folder / "raw" / "2021_laiwu.txt")
    db, printed = full_build(folder, folder / "raw")
    assert "--full-refresh" not in _dbt_line(printed)
    assert "1 loaded" in printed and "2 unchanged" in printed  # only the new file is parsed
    assert _licensing(db) == _expected_licensing("2021_lanshan.txt", "2021_luozhuang.txt", "2021_laiwu.txt")
    outcomes = query(db, "select count(*), count(distinct report_id) from marts.fct_applications_by_outcome")
    rows_per_report = outcomes[0][0] // outcomes[0][1]
    assert outcomes == [(3 * rows_per_report, 3)]  # appended once, nothing doubled
    # Only the new report's check rows were validated; the findings are what validating
    # every row from scratch gives.
    assert "--incremental" in _checks_line(printed) and "; 1 reports new or changed, " in printed
    scratch = folder / "scratch.duckdb"
    shutil.copy(db, scratch)
    from expectations.run import run

    assert run(scratch, None, out=io.StringIO()) == 0
    assert _findings(db) == _findings(scratch)
    assert query(db, "select count(distinct report_id) from marts.dq_findings") == [(3,)]
    # Laiwu's prose states figures (its 2 lawsuits among them): its claims' readings were appended.
    readings = (
        "select count(*) from intermediate.int_narrative_claim_readings join raw.reports using (report_id)"
    )
    assert query(db, readings + " where source_path like '%laiwu%'")[0][0] > 0
    _readings_follow_claims(db)


def test_a_changed_report_replaces_its_rows(folder):
    path = folder / "raw" / "2021_lanshan.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("\t295613\n", "\t295614\n"), encoding="utf-8")
    db, printed = full_build(folder, folder / "raw")
    assert "--full-refresh" not in _dbt_line(printed)
    expected = _expected_licensing("2021_luozhuang.txt", "2021_laiwu.txt") + [295614]
    assert _licensing(db) == sorted(expected)  # 295613 is gone with the old content's report
    for table in ("fct_applications_by_outcome", "fct_review_litigation", "fct_disclosure_rates"):
        ids = query(db, f"select distinct report_id from marts.{table}")
        assert sorted(ids) == sorted(query(db, "select report_id from marts.dim_report")), table
    _readings_follow_claims(db)  # the old content's readings went, the new one's came


def test_a_removed_report_leaves_no_rows(folder):
    (folder / "raw" / "2021_luozhuang.txt").unlink()
    db, printed = full_build(folder, folder / "raw")
    assert "1 removed" in printed
    assert _licensing(db) == sorted(_expected_licensing("2021_laiwu.txt") + [295614])
    for table in ("fct_applications_by_outcome", "fct_review_litigation", "fct_disclosure_rates",
                  "fct_licensing_volumes", "dq_findings"):  # fmt: skip
        ids = {r for (r,) in query(db, f"select distinct report_id from marts.{table}")}
        assert ids <= {r for (r,) in query(db, "select report_id from raw.reports")}, table
    _readings_follow_claims(db)


def test_a_warehouse_of_another_parser_is_rebuilt_in_full(folder):
    """As after a parser or template change: every file is parsed again and every mart rebuilt."""
    db = folder / "warehouse.duckdb"
    built = stamp.read(db)
    stamp.write(db, built | {"parse": "an older parser"})
    import duckdb

    with duckdb.connect(str(db)) as con:
        con.execute("update raw.files set parser_fingerprint = 'an older parser'")
    _, printed = full_build(folder, folder / "raw")
    assert "--full-refresh" in _dbt_line(printed)
    assert "2 loaded" in printed and "0 unchanged" in printed
    assert _licensing(db) == sorted(_expected_licensing("2021_laiwu.txt") + [295614])
    assert json.loads(stamp.path_for(db).read_text(encoding="utf-8"))["parse"] == built["parse"]
