"""Run the checks on a warehouse: marts.dq_findings, Data Docs, and a summary.

Reads the raw tables (the data that came in), validates each report with Great Expectations, writes one
finding per report × check into `marts.dq_findings`, and writes GX's Data Docs (one validation result per
report) under build/data_docs/. Returns 1 when an `error` finding appears, so `make build` fails.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path
from typing import TextIO

import duckdb
import pandas as pd

from expectations.checks import build_check_frame
from expectations.suite import build_suite

FINDINGS_DDL = """
create schema if not exists marts;
create or replace table marts.dq_findings (
    report_id varchar not null,
    suite varchar not null,
    "check" varchar not null,
    passed boolean,
    observed varchar,
    expected varchar,
    severity varchar not null,
    reason varchar,
    checked_at timestamp
);
"""


# What `describe marts.dq_findings` says (dbt documents the other marts; this table is written here).
FINDINGS_DOCS = {
    "": "One row per report and check: what was observed, what was expected, whether it passed, its "
    "severity and why the check exists.",
    "report_id": "Report checked.",
    "suite": "structure, completeness, identities, plausibility, narrative or across_reports.",
    "check": "The check (its family, and the column, row or claim it is about).",
    "passed": "True or false; null when an operand is missing and the check cannot be evaluated.",
    "observed": "What the report has.",
    "expected": "What the check expects.",
    "severity": "error (the load is wrong: the build fails), quarantine (the report is left out of the "
    "marts), warning (a finding about the report) or info (worth knowing, not a contradiction: a rounding "
    "slip, an ambiguous reading).",
    "reason": "Why the check exists.",
    "checked_at": "When the check ran.",
}


def _comment(con: duckdb.DuckDBPyConnection) -> None:
    for column, text in FINDINGS_DOCS.items():
        target = f'column marts.dq_findings."{column}"' if column else "table marts.dq_findings"
        con.execute(f"comment on {target} is '{text}'")


def _validate(frame: pd.DataFrame, labels: dict[str, str], docs_dir: Path | None) -> set[tuple[str, str]]:
    """Run the GX suite per report; return the (report_id, check) pairs GX found unexpected."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("warehouse").add_dataframe_asset("report_checks")
    batch = asset.add_batch_definition_whole_dataframe("one_report")
    suite = context.suites.add(build_suite(gx, gxe))
    validation = context.validation_definitions.add(
        gx.ValidationDefinition(name="report_checks", data=batch, suite=suite)
    )
    actions = []
    if docs_dir is not None:
        docs_dir = docs_dir.resolve()
        shutil.rmtree(docs_dir, ignore_errors=True)
        context.add_data_docs_site(
            site_name="nianbao",
            site_config={
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir),
                },
            },
        )
        actions.append(gx.checkpoint.UpdateDataDocsAction(name="data_docs", site_names=["nianbao"]))
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="per_report",
            validation_definitions=[validation],
            actions=actions,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["check"]},
        )
    )
    unexpected: set[tuple[str, str]] = set()
    for report_id, rows in frame.groupby("report_id", sort=True):
        result = checkpoint.run(
            batch_parameters={"dataframe": rows.reset_index(drop=True)},
            run_id=RunIdentifier(run_name=f"{report_id} {labels.get(report_id, '')}".strip()),
        )
        for run in result.run_results.values():
            for er in run.results:
                for item in er.result.get("unexpected_index_list") or []:
                    unexpected.add((report_id, item["check"]))
    return unexpected


def findings(frame: pd.DataFrame, unexpected: set[tuple[str, str]]) -> pd.DataFrame:
    evaluable = frame.observed_value.notna() & frame.expected_value.notna()
    failed = [(r, c) in unexpected for r, c in zip(frame.report_id, frame.check, strict=True)]
    passed = pd.Series([not f for f in failed], dtype="boolean").where(evaluable.values, pd.NA)
    out = frame[["report_id", "suite", "check", "observed", "expected", "severity", "reason"]].copy()
    out.insert(3, "passed", passed.values)
    out["checked_at"] = dt.datetime.now()
    return out


def run(db_path: Path, docs_dir: Path | None, out: TextIO = sys.stderr) -> int:
    with duckdb.connect(str(db_path)) as con:
        frame = build_check_frame(con)
        reports = con.execute("select report_id, jurisdiction_zh, report_year, source_path from raw.reports")
        labels, sources = {}, {}
        for rid, name, year, source_path in reports.fetchall():
            labels[rid] = f"{name or ''} {year or ''}".strip()
            sources[rid] = source_path
        print(f"validate: {frame.report_id.nunique()} reports, {len(frame)} checks", file=out)
        unexpected = _validate(frame, labels, docs_dir) if len(frame) else set()
        result = findings(frame, unexpected)  # noqa: F841  (read by DuckDB's replacement scan)
        con.execute(FINDINGS_DDL)
        _comment(con)
        con.execute("insert into marts.dq_findings select * from result")
        failing = con.execute(
            'select severity, report_id, "check", observed, expected from marts.dq_findings '
            'where passed = false order by severity, report_id, "check"'
        ).fetchall()
        unknown = con.execute("select count(*) from marts.dq_findings where passed is null").fetchone()[0]
    errors = [f for f in failing if f[0] == "error"]
    warnings = [f for f in failing if f[0] == "warning"]
    infos = [f for f in failing if f[0] == "info"]
    quarantined = sorted({f[1] for f in failing if f[0] == "quarantine"})
    print(
        f"validate: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} info, "
        f"{len(quarantined)} reports quarantined, "
        f"{unknown} checks not evaluable (an operand is missing)",
        file=out,
    )
    for severity, rid, check, observed, expected in failing:
        label = f"{labels.get(rid, '')} ({rid}, {sources.get(rid, '?')})"
        print(f"  {severity}: {label} {check}: observed {observed}, expected {expected}", file=out)
    if quarantined:
        print(
            f"validate: {len(quarantined)} reports quarantined (kept in raw, left out of every mart): "
            "fix the source file (or the parser, if it misread it) and run `make build` again",
            file=out,
        )
    if docs_dir is not None:
        print(f"validate: Data Docs written to {docs_dir / 'index.html'}", file=out)
    if errors:
        print("validate: structure errors mean the warehouse is not trustworthy; see marts.dq_findings "
              "and fix the ingest before using it", file=out)  # fmt: skip
        return 1
    return 0
