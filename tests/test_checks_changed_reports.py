"""Which reports the checks step validates again (issue 29): those whose check rows dbt wrote since the
last run and that no verdict covers, and those whose verdicts outnumber their rows; never a join of every
row with every verdict.

A warehouse written here by hand stands for dbt's: intermediate.int_check_results' rows, each naming the
dbt run that wrote it (`built_in`), and raw.reports. Run r1 (a full build) writes five reports:

    A  report_year_in_range 2021 = 2021, carry_over_chain 5 = 5, section4 review 2 vs 3 (failed)
    B  report_year_in_range 2022 = 2022, section4 review 1 = 1
    C  report_year_in_range 2022 = 2022, carry_over_chain 4 = 4
    F  report_year_in_range 2023 = 2023, section4 review 0 = 0
    G  section4 review 7 = 7

Run r2 (incremental) does what int_check_results does (macros/incremental_checks.sql): it deletes the
rows of the families redone each run (report_year_in_range, carry_over_chain) and of the removed report B,
and writes them again for every report: A's, C's and F's report_year_in_range as before, C's carry_over_chain
moved (6 against 4: its body's year before changed), none for A (its year before is gone); and the new
report D (report_year_in_range 2024 = 2024, section4 review 3 vs 2, failed). So: A, C and D new or
changed (3 reports, 2 + 2 + 2 = 6 rows to validate), B gone, F and G as before.
"""

from __future__ import annotations

import io

import duckdb
import pytest

from expectations.checks import RULES
from expectations.run import Validator, run

YEAR, CARRY, REVIEW = "report_year_in_range", "carry_over_chain", "section4_parts_sum_to_total"
CHECK_NAMES = {
    YEAR: YEAR,
    CARRY: "carry_over_chain.natural_person",
    REVIEW: "section4_parts_sum_to_total.review",
}

# (report, family, observed, expected, passed as dbt writes it, run)
R1 = [
    ("A", YEAR, 2021, 2021, True, "r1"),
    ("A", CARRY, 5, 5, True, "r1"),
    ("A", REVIEW, 2, 3, False, "r1"),
    ("B", YEAR, 2022, 2022, True, "r1"),
    ("B", REVIEW, 1, 1, True, "r1"),
    ("C", YEAR, 2022, 2022, True, "r1"),
    ("C", CARRY, 4, 4, True, "r1"),
    ("F", YEAR, 2023, 2023, True, "r1"),
    ("F", REVIEW, 0, 0, True, "r1"),
    ("G", REVIEW, 7, 7, True, "r1"),
]
R2 = [
    ("A", YEAR, 2021, 2021, True, "r2"),
    ("C", YEAR, 2022, 2022, True, "r2"),
    ("C", CARRY, 6, 4, False, "r2"),
    ("F", YEAR, 2023, 2023, True, "r2"),
    ("D", YEAR, 2024, 2024, True, "r2"),
    ("D", REVIEW, 3, 2, False, "r2"),
]

DDL = """
create schema intermediate;
create schema raw;
create table raw.reports (
    report_id varchar, jurisdiction_zh varchar, reporting_body_zh varchar, report_year integer,
    source_path varchar
);
create table intermediate.int_check_results (
    report_id varchar, family varchar, "check" varchar, observed_value double, expected_value double,
    observed varchar, expected varchar, source varchar, suite varchar, severity varchar, comparison varchar,
    reason varchar, passed boolean, built_in varchar
);
"""


def _append(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    for report, family, observed, expected, passed, built_in in rows:
        rule = RULES[family]
        con.execute(
            "insert into intermediate.int_check_results values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)",
            [report, family, CHECK_NAMES[family], observed, expected, str(observed), str(expected),
             rule.suite, rule.severity, rule.comparison, rule.reason, passed, built_in],
        )  # fmt: skip
        con.execute(
            "insert into raw.reports select ?, '某县', ?, 2021, ? "
            "where ? not in (select report_id from raw.reports)",
            [report, f"{report}局", f"raw/{report}.txt", report],
        )


def _dbt_run_r2(con: duckdb.DuckDBPyConnection) -> None:
    """What int_check_results' incremental run r2 does: its pre-hook's deletes, then its appends."""
    con.execute("delete from raw.reports where report_id = 'B'")
    con.execute(
        "delete from intermediate.int_check_results where report_id = 'B' or family in (?, ?)", [YEAR, CARRY]
    )
    _append(con, R2)


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.fixture
def r1(tmp_path, validator) -> tuple:
    """The warehouse after r1 and a full checks run: (its path, the checks' output)."""
    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute(DDL)
        _append(con, R1)
    out = io.StringIO()
    assert run(db, None, out=out, incremental=False, validator=validator) == 0
    return db, out.getvalue()


def _verdicts(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db)) as con:
        rows = con.execute(
            'select report_id, "check", observed_value, expected_value, passed, checked_at '
            'from checks.verdicts order by report_id, "check"'
        ).fetchall()
    found: dict[str, list[tuple]] = {}
    for report, *rest in rows:
        found.setdefault(report, []).append(tuple(rest))
    return found


def test_the_full_run_validates_every_report(r1):
    _, printed = r1
    assert (
        "validate: 5 reports, 10 checks; 5 reports new or changed, their 10 checks validated now" in printed
    )
    assert "validate: 0 errors, 1 warnings, 0 reports quarantined" in printed


def test_after_an_incremental_dbt_run_only_the_reports_it_changed(r1, validator):
    db, _ = r1
    before = _verdicts(db)
    with duckdb.connect(str(db)) as con:
        _dbt_run_r2(con)
    out = io.StringIO()
    assert run(db, None, out=out, incremental=True, validator=validator) == 0
    printed = out.getvalue()
    assert (
        "validate: 5 reports, 9 checks; 3 reports new or changed, their 6 checks validated now; "
        "1 reports gone; 2 reports as before" in printed
    )
    # A's failed review, C's moved carry-over and D's review.
    assert "validate: 0 errors, 3 warnings, 0 reports quarantined" in printed
    after = _verdicts(db)
    # F and G: their verdicts untouched (the same rows, given at r1's checks run).
    assert after["F"] == before["F"] and after["G"] == before["G"]
    assert "B" not in after
    # A: its carry-over verdict gone with its row; C: the moved row's verdict; D: new.
    assert [row[:4] for row in after["A"]] == [
        (YEAR, 2021.0, 2021.0, True),
        ("section4_parts_sum_to_total.review", 2.0, 3.0, False),
    ]
    assert [row[:4] for row in after["C"]] == [
        ("carry_over_chain.natural_person", 6.0, 4.0, False),
        (YEAR, 2022.0, 2022.0, True),
    ]
    assert [row[:4] for row in after["D"]] == [
        (YEAR, 2024.0, 2024.0, True),
        ("section4_parts_sum_to_total.review", 3.0, 2.0, False),
    ]


def test_rows_of_every_run_since_the_last_checks_are_compared(r1, validator):
    """Two dbt runs before the checks run again (`--steps dbt` twice): C's moved carry-over, written by r2,
    is still new when r3 has written only the families redone each run."""
    db, _ = r1
    with duckdb.connect(str(db)) as con:
        _dbt_run_r2(con)
        con.execute("delete from intermediate.int_check_results where family = ?", [YEAR])
        _append(
            con,
            [(r, YEAR, y, y, True, "r3") for r, y in (("A", 2021), ("C", 2022), ("D", 2024), ("F", 2023))],
        )
    out = io.StringIO()
    assert run(db, None, out=out, incremental=True, validator=validator) == 0
    assert "; 3 reports new or changed, their 6 checks validated now; 1 reports gone" in out.getvalue()
    with duckdb.connect(str(db)) as con:
        assert con.execute("select built_in from checks.validated_runs order by 1").fetchall() == [
            ("r1",),
            ("r2",),
            ("r3",),
        ]


def test_nothing_written_since_nothing_validated(r1, validator):
    db, _ = r1
    before = _verdicts(db)
    out = io.StringIO()
    assert run(db, None, out=out, incremental=True, validator=validator) == 0
    assert (
        "; 0 reports new or changed, their 0 checks validated now; 0 reports gone; 5 reports as before"
        in (out.getvalue())
    )
    assert _verdicts(db) == before


def test_an_error_finding_still_fails_the_step(r1, validator):
    """A report added with a failed structure check (template_cells_present, severity error)."""
    db, _ = r1
    with duckdb.connect(str(db)) as con:
        con.execute(
            "insert into intermediate.int_check_results values ('E', 'template_cells_present', "
            "'template_cells_present', 206, 207, '206', '207', null, 'structure', 'error', 'eq', '', "
            "false, 'r2')"
        )
    out = io.StringIO()
    assert run(db, None, out=out, incremental=True, validator=validator) == 1
    assert "validate: 1 errors, 1 warnings" in out.getvalue()


FAILED = (
    'select report_id, "check", observed, expected, severity from checks.failed order by report_id, "check"'
)


def test_the_failed_findings_follow_the_verdicts(r1, validator):
    """checks.failed (the failed findings, read by the listing and the page) holds the rows of the failed
    verdicts: after r1, A's review (2 against 3); after r2, A's (its row not written again), C's moved
    carry-over (6 against 4) and D's review (3 against 2), and B's none (gone)."""
    db, _ = r1
    review, carry = CHECK_NAMES[REVIEW], CHECK_NAMES[CARRY]
    with duckdb.connect(str(db)) as con:
        assert con.execute(FAILED).fetchall() == [("A", review, "2", "3", "warning")]
        _dbt_run_r2(con)
    assert run(db, None, out=io.StringIO(), incremental=True, validator=validator) == 0
    with duckdb.connect(str(db)) as con:
        assert con.execute(FAILED).fetchall() == [
            ("A", review, "2", "3", "warning"),
            ("C", carry, "6", "4", "warning"),
            ("D", review, "3", "2", "warning"),
        ]


def test_a_row_written_again_with_new_words_updates_its_finding(r1, validator):
    """A failed row dbt writes again with the same operands keeps its verdict (A is not validated again),
    but its finding takes the row's new text: the finding is made from the row written since."""
    db, _ = r1
    with duckdb.connect(str(db)) as con:
        con.execute(
            "delete from intermediate.int_check_results where report_id = 'A' and family = ?", [REVIEW]
        )
        _append(con, [("A", REVIEW, 2, 3, False, "r2")])
        con.execute(
            "update intermediate.int_check_results set observed = '2 (as printed: 二)' "
            "where report_id = 'A' and built_in = 'r2'"
        )
    out = io.StringIO()
    assert run(db, None, out=out, incremental=True, validator=validator) == 0
    assert "; 0 reports new or changed, their 0 checks validated now" in out.getvalue()
    with duckdb.connect(str(db)) as con:
        assert con.execute(FAILED).fetchall() == [
            ("A", CHECK_NAMES[REVIEW], "2 (as printed: 二)", "3", "warning")
        ]


def test_a_warehouse_without_the_failed_table_gets_every_finding(r1, validator):
    """A warehouse whose checks ran before checks.failed existed: an incremental run makes it whole."""
    db, _ = r1
    with duckdb.connect(str(db)) as con:
        con.execute("drop table checks.failed")
    assert run(db, None, out=io.StringIO(), incremental=True, validator=validator) == 0
    with duckdb.connect(str(db)) as con:
        assert con.execute(FAILED).fetchall() == [("A", CHECK_NAMES[REVIEW], "2", "3", "warning")]


COUNTS = "select report_id, checks from checks.verdict_counts order by report_id"


def test_each_reports_verdicts_are_counted_as_they_are_written(r1, validator):
    """checks.verdict_counts holds each report's verdicts as counted when they were written: after r1, A's 3
    rows, B's 2, C's 2, F's 2 and G's 1; after r2, A's 2 (its carry-over gone), C's 2, D's 2, B none."""
    db, _ = r1
    with duckdb.connect(str(db)) as con:
        assert con.execute(COUNTS).fetchall() == [("A", 3), ("B", 2), ("C", 2), ("F", 2), ("G", 1)]
        _dbt_run_r2(con)
    assert run(db, None, out=io.StringIO(), incremental=True, validator=validator) == 0
    with duckdb.connect(str(db)) as con:
        assert con.execute(COUNTS).fetchall() == [("A", 2), ("C", 2), ("D", 2), ("F", 2), ("G", 1)]


def test_a_warehouse_without_the_verdicts_counts_finds_the_same_reports(r1, validator):
    """A warehouse whose checks ran before checks.verdict_counts existed: it is counted from the verdicts,
    and r2's incremental run still finds A (a row gone), B gone, C and D, as with the counts kept."""
    db, _ = r1
    with duckdb.connect(str(db)) as con:
        con.execute("drop table checks.verdict_counts")
        _dbt_run_r2(con)
    out = io.StringIO()
    assert run(db, None, out=out, incremental=True, validator=validator) == 0
    assert (
        "validate: 5 reports, 9 checks; 3 reports new or changed, their 6 checks validated now; "
        "1 reports gone; 2 reports as before" in out.getvalue()
    )
    with duckdb.connect(str(db)) as con:
        assert con.execute(COUNTS).fetchall() == [("A", 2), ("C", 2), ("D", 2), ("F", 2), ("G", 1)]
