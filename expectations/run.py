"""Run the checks on a warehouse: checks.verdicts (marts.dq_findings), the findings page, and a summary.

dbt has computed every check of every report with its verdict (intermediate.int_check_results: the
rule's comparison of observed and expected, in SQL). This step works in proportion to the change: it
finds the reports whose check rows differ from the verdicts recorded by the last run (`changed`: a new,
changed or removed report, or a check across reports whose operands moved), has Great Expectations
validate those reports' rows (streamed from DuckDB in Arrow batches, never the whole table in Python),
and replaces their verdicts in `checks.verdicts` (which dbt's view `marts.dq_findings` joins to the check
rows), keeping the verdicts of every other report. Where Great Expectations and dbt's SQL disagree on a
row, the checks themselves are wrong: the step says which rows and fails. Without `incremental` (the
build's first run, or after the checks or the parser changed) every report is validated again.

Only the rows dbt wrote since the last run are compared with the verdicts: int_check_results never
updates a row (an incremental run deletes rows and appends new ones, each naming its dbt run in
`built_in`), and the runs whose rows this step has validated are recorded in `checks.validated_runs`.
A row written by any other run is new: a new or changed report's, and every row dbt made again because it
may have moved (the families of var checks_redone_each_run: the checks across reports of the bodies a
change touched, whatever report they belong to, and those of another day or year). A report whose
verdicts and rows are not as many has lost a check row (a report removed, or a check across reports it
no longer has); that is counted per report, never joined row by row.

The failed findings (the failed verdicts' rows) are kept in `checks.failed`, made again for the reports
whose verdicts were replaced or that have a row written since the last run; the counts and the listing
are read from that table, the findings page from a view of it with each report's label, with SQL (only
the listed failed rows reach Python). Every connection is limited as dbt's is
(ingest.pipeline.duckdb_limits: DuckDB spills to disk beyond NIANBAO_DUCKDB_MEMORY_LIMIT). Returns 1
when an `error` finding appears, so `make build` fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb
import pandas as pd
import pyarrow as pa

from expectations.checks import CHECKS_TABLE, SEVERITIES, ChecksNotBuilt, column_exists, table_exists
from expectations.page import text_of, write_page
from expectations.suite import build_suite
from ingest.pipeline import duckdb_limits

# Rows per frame handed to Great Expectations: bounds the step's memory whatever the corpus's size. DuckDB's
# Arrow reader hands over record batches of its own sizes (often 122,880 rows, whatever is asked), so they
# are gathered up to this many. Each frame costs Great Expectations about 0.45 s besides its rows (1.3 s a
# million): 3 million rows of a 100,000-report warehouse in 9.8 s as frames of 200,000 rows, 5.3 s as
# frames of a million, the process at 560 and 790 MB at most.
BATCH_ROWS = 1_000_000
# The columns the expectations and the comparison with dbt's verdicts read; the family as a pandas
# category: each expectation selects its family's rows (row_condition), 28 comparisons of every row,
# of codes rather than of strings. At 100,000 reports, 3 million rows validated as frames of 200,000 rows in
# 10.2 s instead of 20.8 s (the same unexpected rows, 2.7 million), 557 MB at most instead of 789 MB.
VALIDATED_COLUMNS = ["family", "observed_value", "expected_value", "passed"]

VERDICTS_DDL = """
create schema if not exists checks;
create table if not exists checks.verdicts (
    report_id varchar, "check" varchar, observed_value double, expected_value double,
    comparison varchar, passed boolean, checked_at timestamp
)
"""

# The dbt runs whose check rows this step has validated (their verdicts are in checks.verdicts).
VALIDATED_RUNS_DDL = "create table if not exists checks.validated_runs (built_in varchar)"

# The failed findings' own columns (those of the check row a failed verdict was given on), kept per report
# beside the verdicts: joining the failed verdicts to their rows anew on every run read every check row
# (4 s of a 100,000-report build with one report added, 12.5 million rows); the report's label is
# joined when they are read (FAILED_SQL), as a report's file may move with its rows unchanged.
FAILED_DDL = """
create table if not exists checks.failed (
    report_id varchar, suite varchar, family varchar, "check" varchar, observed varchar, expected varchar,
    severity varchar, source varchar
)
"""

# A report's rows (or verdicts) as a count and a sum of their keys' hashes: equal on both sides where the
# verdicts are those of the rows, row for row (up to a 64-bit hash's collision; see CHANGED_SQL).
FINGERPRINT = 'count(*) as checks, sum(hash("check", comparison, observed_value, expected_value)) as keys'

# Each report's verdicts as FINGERPRINT counts them, kept beside the verdicts and replaced with them (one
# transaction, VERDICTS_SQL): a report's new verdicts are its check rows, so their counts are the rows' in
# check_counts. Counting the verdicts anew on every run read every one of them (12.5 million at 100,000
# reports, 0.4 s of a build adding one report). A warehouse whose checks ran before this table existed
# gets it counted from its verdicts once (VERDICT_COUNTS_MADE_SQL).
VERDICT_COUNTS_TABLE = "checks.verdict_counts"
VERDICT_COUNTS_MADE_SQL = f"""
create table {VERDICT_COUNTS_TABLE} as
select report_id, {FINGERPRINT} from checks.verdicts group by report_id
"""

# Each report's check rows, counted in one pass: the totals, the reports with checks, and what finds a
# verdict without its row. `not_evaluable`: an operand is missing.
CHECK_COUNTS_SQL = f"""
create or replace temp table check_counts as
select report_id, {FINGERPRINT},
    count(*) filter (where observed_value is null or expected_value is null) as not_evaluable
from {CHECKS_TABLE}
group by report_id
"""

# The reports whose check rows are not those the recorded verdicts were given on:
#   - a row written since the last run (`{written}`) without a verdict for its operands (a new or changed
#     report, or a check across reports whose operands moved): joined exactly, row by row. A row not
#     written since has the verdict it was given then (its report was validated in that run, or was as
#     before by the same rule);
#   - a report whose verdicts and rows differ in number or in the sum of their keys' hashes (per report: one
#     pass over the rows, against the verdicts' counts kept since they were written; never a join of
#     rows): a verdict without its row (a report removed, or a check it no longer has, as a check across
#     years whose year before is gone). The sum also tells a report whose rows repeat a key from one with
#     a verdict left over (int_check_results has no test that a report's checks are distinct).
CHANGED_SQL = f"""
create or replace temp table changed_reports as
with written as (
    select c.report_id, c."check", c.comparison, c.observed_value, c.expected_value
    from {CHECKS_TABLE} as c
    where {{written}}
),

unmatched as (
    select written.report_id
    from written
    left join checks.verdicts as v
        on written.report_id = v.report_id and written."check" = v."check"
        and written.comparison = v.comparison
        and written.observed_value is not distinct from v.observed_value
        and written.expected_value is not distinct from v.expected_value
    where v.report_id is null
),

verdict_counts as (
    select report_id, checks, keys from {VERDICT_COUNTS_TABLE}
),

miscounted as (
    select coalesce(c.report_id, v.report_id) as report_id
    from check_counts as c
    full outer join verdict_counts as v on c.report_id = v.report_id
    where c.checks is distinct from v.checks or c.keys is distinct from v.keys
)

select report_id from unmatched
union
select report_id from miscounted
"""

# The reports whose failed findings are made again: the changed ones (their verdicts are replaced), and
# every report with a row written since the last run, even where its verdicts stand: a row written again
# with the same operands keeps its verdict, but its text (observed, expected, source) may have moved.
# A report with no row written since has the rows its findings were made from (int_check_results never
# updates a row).
FAILED_REDONE_SQL = f"""
create or replace temp table failed_redone as
select report_id from changed_reports
union
select c.report_id from {CHECKS_TABLE} as c where {{written}}
"""

# Every report's failed findings made again: the first run, one that validates every row, or a warehouse
# whose checks.failed was made by no earlier run.
FAILED_ALL_SQL = """
create or replace temp table failed_redone as
select report_id from check_counts union select report_id from checks.failed
"""

# The rows written by a dbt run this step has not validated (every row where the table has no `built_in`).
WRITTEN_SINCE = "c.built_in not in (select r.built_in from checks.validated_runs as r)"

ALL_SQL = """
create or replace temp table changed_reports as
select report_id from check_counts union select report_id from checks.verdicts
"""

# The verdicts of the changed reports replaced (those of the others kept), and the failed findings of the
# reports to redo, in one transaction.
VERDICTS_SQL = f"""
begin transaction;
delete from checks.verdicts where report_id in (select report_id from changed_reports);
insert into checks.verdicts
select c.report_id, c."check", c.observed_value, c.expected_value, c.comparison, c.passed, now()::timestamp
from {CHECKS_TABLE} as c
where c.report_id in (select report_id from changed_reports);
delete from {VERDICT_COUNTS_TABLE} where report_id in (select report_id from changed_reports);
insert into {VERDICT_COUNTS_TABLE}
select report_id, checks, keys from check_counts where report_id in (select report_id from changed_reports);
delete from checks.failed where report_id in (select report_id from failed_redone);
insert into checks.failed
select c.report_id, c.suite, c.family, c."check", c.observed, c.expected, c.severity, c.source
from {CHECKS_TABLE} as c
inner join (
    select * from checks.verdicts
    where passed = false and report_id in (select report_id from failed_redone)
) as v
    on c.report_id = v.report_id and c."check" = v."check" and c.comparison = v.comparison
    and c.observed_value is not distinct from v.observed_value
    and c.expected_value is not distinct from v.expected_value
where c.report_id in (select report_id from failed_redone);
{{record_runs}}
commit
"""

# The runs whose rows are validated now: every run that wrote a row of the table.
RECORD_RUNS_SQL = f"""
delete from checks.validated_runs;
insert into checks.validated_runs select distinct built_in from {CHECKS_TABLE};
"""


def _batches(con: duckdb.DuckDBPyConnection) -> Iterator[pd.DataFrame]:
    """The check rows of the changed reports, at least BATCH_ROWS at a time but the last (Arrow record
    batches from DuckDB, gathered)."""
    columns = ", ".join(f'c."{c}"' for c in VALIDATED_COLUMNS)
    reader = con.sql(
        f"select {columns} from {CHECKS_TABLE} as c "
        "where c.report_id in (select report_id from changed_reports)"
    ).to_arrow_reader(BATCH_ROWS)
    held: list[pa.RecordBatch] = []
    rows = 0
    for batch in reader:
        held.append(batch)
        rows += batch.num_rows
        if rows >= BATCH_ROWS:
            yield _frame(held)
            held, rows = [], 0
    if rows:
        yield _frame(held)


def _frame(batches: list[pa.RecordBatch]) -> pd.DataFrame:
    """Record batches as one frame for Great Expectations, the family as a category (VALIDATED_COLUMNS)."""
    return pa.Table.from_batches(batches).to_pandas(categories=["family"])


class Validator:
    """Great Expectations' suite (one expectation per check family) on the check rows, batch by batch."""

    def __init__(self) -> None:
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        import great_expectations as gx
        import great_expectations.expectations as gxe
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        asset = context.data_sources.add_pandas("warehouse").add_dataframe_asset("check_results")
        batch = asset.add_batch_definition_whole_dataframe("changed_reports")
        suite = context.suites.add(build_suite(gx, gxe))
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name="check_results", data=batch, suite=suite)
        )
        self.checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name="changed_reports",
                validation_definitions=[validation],
                # Counts, not rows: GX's list of unexpected rows costs a pandas lookup per failed row
                # (44,000 at 2,000 reports), and its counts per family are what is compared with dbt's.
                result_format={"result_format": "BASIC"},
            )
        )

    def unexpected(self, frame: pd.DataFrame) -> dict[str, int]:
        """The rows of `frame` Great Expectations finds unexpected, counted by check family."""
        result = self.checkpoint.run(batch_parameters={"dataframe": frame.reset_index(drop=True)})
        found: dict[str, int] = {}
        for run in result.run_results.values():
            for er in run.results:
                family = er.expectation_config.meta["family"]
                found[family] = found.get(family, 0) + int(er.result.get("unexpected_count") or 0)
        return found


def disagreements(frame: pd.DataFrame, unexpected: dict[str, int]) -> dict[str, tuple[int, int]]:
    """The families whose failed rows in `frame` dbt (passed false) and Great Expectations count
    differently: {family: (dbt's, GX's)}. A row with a missing operand has no verdict in either (GX ignores
    it, dbt's passed is null)."""
    failed = frame[frame.passed.eq(False).fillna(False)].family.value_counts()
    families = set(failed.index) | {f for f, n in unexpected.items() if n}
    counts = {f: (int(failed.get(f, 0)), unexpected.get(f, 0)) for f in families}
    return {f: (dbt, gx) for f, (dbt, gx) in counts.items() if dbt != gx}


def _validate(
    con: duckdb.DuckDBPyConnection, validator: Validator | None = None
) -> tuple[int, dict[str, tuple[int, int]]]:
    """Great Expectations on the changed reports' rows; the rows validated and the families whose failed
    rows it counts otherwise than dbt (summed over the batches). `validator`: one set up before (while dbt
    ran: `python -m expectations --wait`), else made here when there is a row to validate."""
    rows, disagreeing = 0, {}
    for frame in _batches(con):
        validator = validator or Validator()  # GX's import and context only when there is work
        rows += len(frame)
        for family, (dbt, gx) in disagreements(frame, validator.unexpected(frame)).items():
            before = disagreeing.get(family, (0, 0))
            disagreeing[family] = (before[0] + dbt, before[1] + gx)
    return rows, disagreeing


LISTED = 50  # findings listed in the build's output per severity (a national year has hundreds of thousands)

# The failed findings, with their report's label: the only rows that reach Python (the listing and the
# page). A finding is a check row with this step's verdict (as marts.dq_findings joins them; read from the
# tables here, so that the step also runs where dbt has not built the view): checks.failed holds the
# failed verdicts' rows, made when the verdicts were. A view, not a table: made into a temporary table,
# every failed row with its label was written once more on every run (1.2 s of a build adding one report
# at 100,000 reports, 4.1 million findings); the page reads it grouped by report, and the listing and the
# counts read checks.failed itself.
# (A finding's label: its report's fields, the same in the page's rows and in the listing.)
LABEL_COLUMNS = "r.jurisdiction_zh, r.reporting_body_zh, r.report_year, r.source_path"
FAILED_SQL = f"""
create or replace temp view failed_findings as
select f.report_id, f.suite, f.family, f."check", f.observed, f.expected, f.severity, f.source,
    {LABEL_COLUMNS}
from checks.failed as f
left join raw.reports as r on f.report_id = r.report_id
"""

# The first LISTED failed findings of a severity, by report and check, for the build's output: the top-N
# taken of checks.failed, then labelled (a window over every failed row sorted them all, 0.5 s and 200 MB
# at 10,000 reports; labelling every row before the top-N joined them all).
LISTED_SQL = f"""
select listed.*, {LABEL_COLUMNS}
from (
    select * from checks.failed where severity = ? order by report_id, "check" limit ?
) as listed
left join raw.reports as r on listed.report_id = r.report_id
order by listed.report_id, listed."check"
"""

FAILED_COUNTS_SQL = (
    "select severity, count(*), count(distinct report_id) from checks.failed group by severity"
)


def _label(report) -> str:
    year = "" if pd.isna(report.report_year) else int(report.report_year)
    place = text_of(report.jurisdiction_zh) or text_of(report.reporting_body_zh) or "(no place found)"
    return f"{place} {year}".strip()


def run(
    db_path: Path,
    findings_dir: Path | None,
    out: TextIO = sys.stderr,
    incremental: bool = False,
    validator: Validator | None = None,
) -> int:
    with duckdb_limits.connect(db_path) as con:
        if not table_exists(con, CHECKS_TABLE):
            exc = ChecksNotBuilt(
                f"{CHECKS_TABLE} is missing: run dbt first (`python -m ingest.pipeline.build --steps dbt`)"
            )
            print(f"validate: {exc}", file=out)
            return 2
        failed_kept = table_exists(con, "checks.failed")  # else made by no earlier run: made whole
        con.execute(VERDICTS_DDL)
        con.execute(VALIDATED_RUNS_DDL)
        con.execute(FAILED_DDL)
        if not table_exists(con, VERDICT_COUNTS_TABLE):
            con.execute(VERDICT_COUNTS_MADE_SQL)
        con.execute(CHECK_COUNTS_SQL)
        has_runs = column_exists(con, CHECKS_TABLE, "built_in")
        written = WRITTEN_SINCE if has_runs else "true"
        if incremental:
            con.execute(CHANGED_SQL.format(written=written))
        else:
            con.execute(ALL_SQL)
        # Before the verdicts' transaction records this run's rows as validated.
        con.execute(
            FAILED_REDONE_SQL.format(written=written) if incremental and failed_kept else FAILED_ALL_SQL
        )
        [(changed, gone)] = con.execute(
            "select count(*) filter (where report_id in (select report_id from check_counts)), "
            "count(*) filter (where report_id not in (select report_id from check_counts)) "
            "from changed_reports"
        ).fetchall()
        [(reports, checks, not_evaluable)] = con.execute(
            "select count(*), coalesce(sum(checks), 0), coalesce(sum(not_evaluable), 0) from check_counts"
        ).fetchall()
        validated, disagreeing = _validate(con, validator)
        print(
            f"validate: {reports} reports, {checks} checks; {changed} reports new or changed, their "
            f"{validated} checks validated now"
            + (f"; {gone} reports gone; {reports - changed} reports as before" if incremental else ""),
            file=out,
        )
        if disagreeing:
            print(
                f"validate: Great Expectations and dbt's verdicts disagree in {len(disagreeing)} check "
                "families: the checks are wrong (expectations/suite.py or int_check_results' passed); "
                "nothing is written. Failed rows (dbt's, GX's): "
                + ", ".join(f"{f} {counts}" for f, counts in sorted(disagreeing.items())),
                file=out,
            )
            return 1
        con.execute(VERDICTS_SQL.format(record_runs=RECORD_RUNS_SQL if has_runs else ""))
        con.execute(FAILED_SQL)
        # The listed failed findings, for the build's output (the page's are made by DuckDB: page.py).
        failing = {s: con.execute(LISTED_SQL, [s, LISTED]).df() for s in SEVERITIES}
        counts = con.execute(FAILED_COUNTS_SQL).fetchall()
        if findings_dir is not None:
            totals = {"reports": reports, "checks": checks, "not_evaluable": not_evaluable}
            page = write_page(
                findings_dir / "index.html", con, "select * from failed_findings", [], totals, incremental
            )
    failed = {severity: (n, r) for severity, n, r in counts}
    n_failed = {s: failed.get(s, (0, 0))[0] for s in SEVERITIES}
    quarantined = failed.get("quarantine", (0, 0))[1]
    print(
        f"validate: {n_failed['error']} errors, {n_failed['warning']} warnings, "
        f"{quarantined} reports quarantined, {n_failed['info']} info findings, "
        f"{not_evaluable} checks not evaluable (an operand is missing)",
        file=out,
    )
    for severity in SEVERITIES:
        rows = failing[severity]
        for f in rows.itertuples():
            print(f"  {f.severity}: {_label(f)} ({f.report_id}, {f.source_path}) {f.check}: observed "
                  f"{f.observed}, expected {f.expected}", file=out)  # fmt: skip
        if n_failed[severity] > LISTED:
            print(f"  … and {n_failed[severity] - LISTED} more {severity} findings: all are in "
                  "marts.dq_findings (the findings page lists the first reports of each severity)",
                  file=out)  # fmt: skip
    if quarantined:
        print(
            f"validate: {quarantined} reports quarantined (kept in raw, left out of every mart): "
            "fix the source file (or the parser, if it misread it) and run `make build` again",
            file=out,
        )
    if findings_dir is not None:
        print(f"validate: findings page written to {page}", file=out)
    if n_failed["error"]:
        print("validate: structure errors mean the warehouse is not trustworthy; see marts.dq_findings "
              "and fix the ingest before using it", file=out)  # fmt: skip
        return 1
    return 0
