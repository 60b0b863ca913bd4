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

The counts, the listing and the findings page are read with SQL from the findings (only failed rows
reach Python). Returns 1 when an `error` finding appears, so `make build` fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb
import pandas as pd

from expectations.checks import CHECKS_TABLE, SEVERITIES, ChecksNotBuilt, table_exists
from expectations.page import text_of, write_page
from expectations.suite import build_suite

# Rows per Arrow batch handed to Great Expectations: bounds the step's memory whatever the corpus's size.
BATCH_ROWS = 200_000
VALIDATED_COLUMNS = ["report_id", "check", "family", "observed_value", "expected_value", "passed"]

VERDICTS_DDL = """
create schema if not exists checks;
create table if not exists checks.verdicts (
    report_id varchar, "check" varchar, observed_value double, expected_value double,
    comparison varchar, passed boolean, checked_at timestamp
)
"""

# The reports whose check rows are not those the recorded verdicts were given on: a row without a verdict
# for its operands (a new or changed report, or a check across reports whose operands moved), or a
# verdict without its row (a report removed, or a check it no longer has).
CHANGED_SQL = f"""
create or replace temp table changed_reports as
select distinct coalesce(c.report_id, v.report_id) as report_id
from {CHECKS_TABLE} as c
full outer join checks.verdicts as v
    on c.report_id = v.report_id and c."check" = v."check" and c.comparison = v.comparison
    and c.observed_value is not distinct from v.observed_value
    and c.expected_value is not distinct from v.expected_value
where c.report_id is null or v.report_id is null
"""

ALL_SQL = f"""
create or replace temp table changed_reports as
select report_id from {CHECKS_TABLE} union select report_id from checks.verdicts
"""

# The verdicts of the changed reports replaced (those of the others kept), in one transaction.
VERDICTS_SQL = f"""
begin transaction;
delete from checks.verdicts where report_id in (select report_id from changed_reports);
insert into checks.verdicts
select c.report_id, c."check", c.observed_value, c.expected_value, c.comparison, c.passed, now()::timestamp
from {CHECKS_TABLE} as c
where c.report_id in (select report_id from changed_reports);
commit
"""


def _batches(con: duckdb.DuckDBPyConnection) -> Iterator[pd.DataFrame]:
    """The check rows of the changed reports, BATCH_ROWS at a time (Arrow record batches from DuckDB)."""
    columns = ", ".join(f'c."{c}"' for c in VALIDATED_COLUMNS)
    reader = con.sql(
        f"select {columns} from {CHECKS_TABLE} as c "
        "where c.report_id in (select report_id from changed_reports)"
    ).to_arrow_reader(BATCH_ROWS)
    for batch in reader:
        yield batch.to_pandas()


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

# The findings that failed, with their report's label: the only rows that reach Python (the listing and
# the page). `listed`: the first LISTED of each severity, by report and check.
FAILED_SQL = """
select * from (
    select f.report_id, f.suite, f.family, f."check", f.observed, f.expected, f.severity, f.source,
        r.jurisdiction_zh, r.reporting_body_zh, r.report_year, r.source_path,
        row_number() over (partition by f.severity order by f.report_id, f."check") <= ? as listed
    from ({findings}) as f
    left join raw.reports as r on f.report_id = r.report_id
    where f.passed = false
) {only_listed}
order by severity, report_id, "check"
"""

# The findings: dbt's check rows with this step's verdicts (as marts.dq_findings joins them; read from the
# tables here, so that the step also runs where dbt has not built the view).
FINDINGS_SQL = f"""
select c.report_id, c.suite, c.family, c."check", v.passed, c.observed, c.expected, c.severity, c.source
from {CHECKS_TABLE} as c
left join checks.verdicts as v
    on c.report_id = v.report_id and c."check" = v."check" and c.comparison = v.comparison
    and c.observed_value is not distinct from v.observed_value
    and c.expected_value is not distinct from v.expected_value
"""

# The totals: reports, check rows, and rows that cannot be evaluated (an operand is missing).
COUNTS_SQL = f"""
select count(distinct report_id), count(*),
    count(*) filter (where observed_value is null or expected_value is null)
from {CHECKS_TABLE}
"""


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
    with duckdb.connect(str(db_path)) as con:
        if not table_exists(con, CHECKS_TABLE):
            exc = ChecksNotBuilt(
                f"{CHECKS_TABLE} is missing: run dbt first (`python -m ingest.pipeline.build --steps dbt`)"
            )
            print(f"validate: {exc}", file=out)
            return 2
        con.execute(VERDICTS_DDL)
        con.execute(CHANGED_SQL if incremental else ALL_SQL)
        con.execute(
            f"create or replace temp table check_reports as select distinct report_id from {CHECKS_TABLE}"
        )
        [(changed, gone)] = con.execute(
            "select count(*) filter (where report_id in (select report_id from check_reports)), "
            "count(*) filter (where report_id not in (select report_id from check_reports)) "
            "from changed_reports"
        ).fetchall()
        [(reports, checks, not_evaluable)] = con.execute(COUNTS_SQL).fetchall()
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
        con.execute(VERDICTS_SQL)
        # The listed failed findings, for the build's output (the page's are made by DuckDB: page.py).
        failing = con.execute(
            FAILED_SQL.format(findings=FINDINGS_SQL, only_listed="where listed"), [LISTED]
        ).df()
        counts = con.execute(
            f"select severity, count(*), count(distinct report_id) from ({FINDINGS_SQL}) "
            "where passed = false group by severity"
        ).fetchall()
        if findings_dir is not None:
            totals = {"reports": reports, "checks": checks, "not_evaluable": not_evaluable}
            failed_sql = FAILED_SQL.format(findings=FINDINGS_SQL, only_listed="")
            page = write_page(findings_dir / "index.html", con, failed_sql, [LISTED], totals)
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
        rows = failing[(failing.severity == severity) & failing.listed]
        for f in rows.itertuples():
            print(f"  {f.severity}: {_label(f)} ({f.report_id}, {f.source_path}) {f.check}: observed "
                  f"{f.observed}, expected {f.expected}", file=out)  # fmt: skip
        if n_failed[severity] > LISTED:
            print(f"  … and {n_failed[severity] - LISTED} more {severity} findings: all are in "
                  "marts.dq_findings and on the findings page", file=out)  # fmt: skip
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
