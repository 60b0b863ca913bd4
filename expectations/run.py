"""Run the checks on a warehouse: marts.dq_findings, the findings page, and a summary.

dbt has computed every check of every report (intermediate.int_check_results); this step validates all
of them with Great Expectations in one checkpoint run, writes the verdicts into `checks.verdicts` (which
dbt's view `marts.dq_findings` joins to the check rows: one finding per report × check) and the failed
ones into one self-contained page (expectations/page.py). Returns 1
when an `error` finding appears, so `make build` fails.

Incremental (`--incremental`, which the build passes unless code changed): a check row whose operands
and comparison are those of a row validated before (`checks.verdicts`) keeps that verdict, because
Great Expectations' verdict is a function of them alone; only new or changed rows (those of added or
changed reports, and checks across reports whose operands moved) are validated again.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TextIO

import duckdb
import pandas as pd

from expectations.checks import ChecksNotBuilt, build_check_frame, table_exists
from expectations.page import text_of, write_page
from expectations.suite import build_suite


def _validate(frame: pd.DataFrame) -> set[tuple[str, str]]:
    """Run the GX suite once over every check row; return the (report_id, check) pairs it found unexpected."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("warehouse").add_dataframe_asset("check_results")
    batch = asset.add_batch_definition_whole_dataframe("all_reports")
    suite = context.suites.add(build_suite(gx, gxe))
    validation = context.validation_definitions.add(
        gx.ValidationDefinition(name="check_results", data=batch, suite=suite)
    )
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="all_reports",
            validation_definitions=[validation],
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": ["report_id", "check"],
            },
        )
    )
    result = checkpoint.run(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    unexpected: set[tuple[str, str]] = set()
    for run in result.run_results.values():
        for er in run.results:
            for item in er.result.get("unexpected_index_list") or []:
                unexpected.add((item["report_id"], item["check"]))
    return unexpected


def findings(
    frame: pd.DataFrame, unexpected: set[tuple[str, str]], known: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One finding per check row: GX's verdict, or for a row `known` holds (same operands), its verdict."""
    evaluable = frame.observed_value.notna() & frame.expected_value.notna()
    failed = [(r, c) in unexpected for r, c in zip(frame.report_id, frame.check, strict=True)]
    passed = pd.Series([not f for f in failed], dtype="boolean").where(evaluable.values, pd.NA)
    checked_at = pd.Series(dt.datetime.now(), index=range(len(frame)), dtype="datetime64[us]")
    if known is not None:
        reused = known.reused.values
        passed = passed.where(~reused, known.known_passed.astype("boolean").values)
        checked_at = checked_at.where(~reused, known.known_checked_at.values)
    out = frame[["report_id", "suite", "check", "observed", "expected", "severity", "reason"]].copy()
    out.insert(3, "passed", passed.values)
    out["checked_at"] = checked_at.values
    return out


# checks.verdicts is created by dbt (on-run-start), and marts.dq_findings is dbt's view joining it to the
# check rows: the verdicts are all this step writes into the warehouse.
VERDICTS_SQL = """
delete from checks.verdicts;
insert into checks.verdicts
select f.report_id, f."check", f.observed_value, f.expected_value, f.comparison, r.passed, r.checked_at
from frame as f positional join result as r
"""


def _known(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> pd.DataFrame | None:
    """For each row of `frame`, whether an earlier run validated the same operands, and its verdict."""
    if not table_exists(con, "checks.verdicts"):
        return None
    columns = ["report_id", "check", "observed_value", "expected_value", "comparison"]
    con.register("current_checks", frame[columns].assign(position=range(len(frame))))
    try:
        return con.execute(
            """
            select v.report_id is not null as reused, v.passed as known_passed,
                v.checked_at as known_checked_at
            from current_checks as f
            left join checks.verdicts as v
                on f.report_id = v.report_id and f."check" = v."check" and f.comparison = v.comparison
                and f.observed_value is not distinct from v.observed_value
                and f.expected_value is not distinct from v.expected_value
            order by f.position
            """
        ).df()
    finally:
        con.unregister("current_checks")


LISTED = 50  # findings listed in the build's output per severity (a national year has hundreds of thousands)


def _reports(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(
        "select report_id, jurisdiction_zh, reporting_body_zh, report_year, source_path from raw.reports"
    ).df()


def _label(report) -> str:
    year = "" if pd.isna(report.report_year) else int(report.report_year)
    place = text_of(report.jurisdiction_zh) or text_of(report.reporting_body_zh) or "(no place found)"
    return f"{place} {year}".strip()


def run(db_path: Path, findings_dir: Path | None, out: TextIO = sys.stderr, incremental: bool = False) -> int:
    with duckdb.connect(str(db_path)) as con:
        try:
            frame = build_check_frame(con)
        except ChecksNotBuilt as exc:
            print(f"validate: {exc}", file=out)
            return 2
        reports = _reports(con)
        frame = frame.reset_index(drop=True)
        known = _known(con, frame) if incremental else None
        todo = frame if known is None else frame[~known.reused.values]
        print(
            f"validate: {frame.report_id.nunique()} reports, {len(frame)} checks, {len(todo)} validated now"
            + ("" if known is None else f" ({len(frame) - len(todo)} as before: same operands)"),
            file=out,
        )
        unexpected = _validate(todo) if len(todo) else set()
        result = findings(frame, unexpected, known)
        con.register("frame", frame)
        con.register("result", result)
        con.execute(VERDICTS_SQL)
        con.unregister("frame")
    labels = {r.report_id: (_label(r), r.source_path) for r in reports.itertuples()}
    failing = result[result.passed.eq(False).fillna(False)].sort_values(["severity", "report_id", "check"])
    counts = failing.severity.value_counts()
    quarantined = failing[failing.severity == "quarantine"].report_id.nunique()
    print(
        f"validate: {counts.get('error', 0)} errors, {counts.get('warning', 0)} warnings, "
        f"{quarantined} reports quarantined, {counts.get('info', 0)} info findings, "
        f"{int(result.passed.isna().sum())} checks not evaluable (an operand is missing)",
        file=out,
    )
    for severity, rows in failing.groupby("severity", sort=False):
        for f in rows.head(LISTED).itertuples():
            label, source = labels.get(f.report_id, ("", "?"))
            print(f"  {f.severity}: {label} ({f.report_id}, {source}) {f.check}: observed {f.observed}, "
                  f"expected {f.expected}", file=out)  # fmt: skip
        if len(rows) > LISTED:
            print(f"  … and {len(rows) - LISTED} more {severity} findings: all are in marts.dq_findings "
                  "and on the findings page", file=out)  # fmt: skip
    if quarantined:
        print(
            f"validate: {quarantined} reports quarantined (kept in raw, left out of every mart): "
            "fix the source file (or the parser, if it misread it) and run `make build` again",
            file=out,
        )
    if findings_dir is not None:
        page = write_page(findings_dir / "index.html", frame, result, reports)
        print(f"validate: findings page written to {page}", file=out)
    if counts.get("error", 0):
        print("validate: structure errors mean the warehouse is not trustworthy; see marts.dq_findings "
              "and fix the ingest before using it", file=out)  # fmt: skip
        return 1
    return 0
