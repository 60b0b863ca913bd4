"""Loading parsed files into DuckDB's `raw` schema: idempotent, incremental and atomic.

The warehouse is copied to a temporary file, changed there, and swapped into place with one rename, so
a failure mid-run leaves the previous warehouse untouched and a reader holding the old file open never
blocks the load. A file whose content and parser are unchanged is not parsed again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import duckdb
import pyarrow as pa

from ingest import PACKAGE_DIR, PROJECT_DIR
from ingest.parse import FileResult, parse_file, report_id_for
from ingest.schema import CORE_SCHEMA, EXTRA_TABLES
from ingest.template import load_template, template_cells_records
from ingest.template.narrative_metrics import load_vocabulary, metric_cells_records

VALUE_SCHEMA = pa.schema(
    [
        ("report_id", pa.string()),
        ("section", pa.string()),
        ("row_code", pa.string()),
        ("col_code", pa.string()),
        ("value", pa.decimal128(20, 4)),
        ("value_text", pa.string()),
        ("missing_reason", pa.string()),
        ("source_line", pa.int32()),
    ]
)

IGNORED_NAMES = {"README.md", ".gitkeep", ".DS_Store"}


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        c = self.counts
        head = (
            f"ingest: {c['loaded']} loaded, {c['partial']} loaded with missing values, "
            f"{c['unchanged']} unchanged (not parsed again), {c['duplicate']} duplicate, "
            f"{c['rejected']} rejected, {c['not_parsed']} not parsed, {c['removed']} removed "
            f"in {self.seconds:.1f}s"
        )
        return [head] + [f"  {status}: {path}: {msg}" for status, path, msg in self.problems]


def parser_fingerprint() -> str:
    """Changes whenever the ingest code, template or reference data change, forcing a re-parse."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".yaml", ".csv"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def display_path(path: Path) -> str:
    path = path.resolve()
    try:
        return path.relative_to(PROJECT_DIR).as_posix()
    except ValueError:
        return path.as_posix()


def discover(raw_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in raw_dir.rglob("*")
        if p.is_file() and p.name not in IGNORED_NAMES and not p.name.startswith(".")
    )


def _parse_all(todo: list[tuple[str, Path]], jobs: int, out: TextIO, total: int) -> list[FileResult]:
    results: list[FileResult] = []
    every = max(1, len(todo) // 100)

    def progress(i: int, r: FileResult) -> None:
        if r.status not in {"loaded"} or i % every == 0 or i == len(todo):
            print(f"  [{i}/{len(todo)} to parse of {total}] {r.status}: {r.source_path}", file=out)

    if jobs > 1 and len(todo) > 20:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = pool.map(parse_file, *zip(*todo, strict=True), chunksize=16)
            for i, r in enumerate(futures, start=1):
                results.append(r)
                progress(i, r)
    else:
        for i, (name, path) in enumerate(todo, start=1):
            r = parse_file(name, path)
            results.append(r)
            progress(i, r)
    return results


def _values_table(results: list[FileResult]) -> pa.Table:
    columns: dict[str, list] = {name: [] for name in VALUE_SCHEMA.names}
    for r in results:
        if r.report is None:
            continue
        rid = report_id_for(r.sha256)
        for v in r.report.values:
            columns["report_id"].append(rid)
            columns["section"].append(v.section)
            columns["row_code"].append(v.row_code)
            columns["col_code"].append(v.col_code)
            columns["value"].append(v.value)
            columns["value_text"].append(v.value_text)
            columns["missing_reason"].append(v.missing_reason)
            columns["source_line"].append(v.source_line)
    return pa.table(columns, schema=VALUE_SCHEMA)


def _write(con: duckdb.DuckDBPyConnection, results: list[FileResult], fingerprint: str) -> None:
    if not results:
        return
    now = dt.datetime.now()
    con.executemany(
        "insert into raw.files values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r.source_path,
                r.sha256,
                r.size_bytes,
                r.source_format,
                r.doc_kind,
                r.status,
                r.message,
                report_id_for(r.sha256) if r.report else None,
                fingerprint,
                now,
            )
            for r in results
        ],
    )
    reports = [r for r in results if r.report is not None]
    if not reports:
        return
    con.executemany(
        "insert into raw.reports values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                report_id_for(r.sha256),
                r.source_path,
                r.sha256,
                r.source_format,
                r.encoding,
                r.report.metadata.title,
                r.report.metadata.jurisdiction_zh,
                r.report.metadata.division_code,
                r.report.metadata.report_year,
                r.report.metadata.reporting_body_zh,
                r.report.metadata.scope,
                r.report.metadata.published_on,
                r.report.template_version,
                r.report.status,
                r.message,
                now,
                r.report_key,
            )
            for r in reports
        ],
    )
    values = _values_table(reports)  # noqa: F841  (read by DuckDB's replacement scan)
    con.execute("insert into raw.report_values select * from values")


def _mark_same_reports(con: duckdb.DuckDBPyConnection, results: list[FileResult]) -> None:
    """The same report in another file or format (other bytes, same report_key) is loaded once.

    The report already in the warehouse keeps its place; among new ones, the first in path order.
    """
    owners = dict(con.execute("select report_key, source_path from raw.reports").fetchall())
    for r in results:
        if r.report is None or r.report_key is None:
            continue
        owner = owners.setdefault(r.report_key, r.source_path)
        if owner != r.source_path:
            r.status, r.report, r.extra = "duplicate", None, {}
            r.message = (
                f"the same report as {owner} (same body, year, scope and values, in another file or "
                "format); loaded once, from there"
            )


def _write_extra(con: duckdb.DuckDBPyConnection, results: list[FileResult]) -> None:
    """Rows for the feature tables of `ingest.schema.EXTRA_TABLES` (work plans, claims, ...), by name."""
    for table in EXTRA_TABLES:
        records = [rec for r in results for rec in r.extra.get(table, [])]
        if records:
            batch = pa.Table.from_pylist(records)  # noqa: F841  (read by DuckDB's replacement scan)
            con.execute(f"insert into {table} by name select * from batch")


def _ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw schema; rebuild it from scratch when its DDL changed (all files are re-parsed)."""
    ddl = CORE_SCHEMA + "".join(EXTRA_TABLES.values())
    version = hashlib.sha256(ddl.encode()).hexdigest()[:16]
    try:
        stored = con.execute("select value from raw.meta where key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        stored = None
    if stored is None or stored[0] != version:
        con.execute("drop schema if exists raw cascade")
        con.execute(ddl)
        con.execute("create table raw.meta (key varchar primary key, value varchar)")
        con.execute("insert into raw.meta values ('schema_version', ?)", [version])


def _write_template(con: duckdb.DuckDBPyConnection) -> None:
    template_cells = pa.Table.from_pylist(template_cells_records(load_template()))  # noqa: F841
    con.execute("create or replace table raw.template_cells as select * from template_cells")
    metric_cells = pa.Table.from_pylist(metric_cells_records(load_vocabulary()))  # noqa: F841
    con.execute("create or replace table raw.narrative_metric_cells as select * from metric_cells")


def ingest(raw_dir: Path, db_path: Path, jobs: int = 1, out: TextIO = sys.stderr) -> Summary:
    """Bring `db_path`'s raw schema in line with the files under `raw_dir`; return what happened."""
    started = time.perf_counter()
    summary = Summary()
    fingerprint = parser_fingerprint()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.tmp-{os.getpid()}")
    if db_path.exists():
        shutil.copy2(db_path, tmp)
    try:
        con = duckdb.connect(str(tmp))
        try:
            _ensure_schema(con)
            _write_template(con)
            previous = {
                row[0]: (row[1], row[2], row[3])
                for row in con.execute(
                    "select source_path, source_sha256, parser_fingerprint, status from raw.files"
                ).fetchall()
            }
            files = discover(raw_dir)
            print(f"ingest: {len(files)} files under {display_path(raw_dir)}", file=out)
            current: dict[str, tuple[Path, str]] = {}
            for path in files:
                current[display_path(path)] = (path, hashlib.sha256(path.read_bytes()).hexdigest())

            # One file per content: keep the path already loaded, else the first in sorted order.
            owner: dict[str, str] = {}
            for name, (_, sha) in current.items():
                old = previous.get(name)
                if old and old[0] == sha and old[2] in {"loaded", "partial"}:
                    owner[sha] = name
            for name, (_, sha) in current.items():
                owner.setdefault(sha, name)

            unchanged, todo, duplicates = [], [], []
            for name, (path, sha) in current.items():
                old = previous.get(name)
                if owner[sha] != name:
                    duplicates.append(name)
                elif old and old[0] == sha and old[1] == fingerprint and old[2] != "duplicate":
                    unchanged.append(name)
                else:
                    todo.append((name, path))
            removed = [name for name in previous if name not in current]
            stale = [name for name in previous if name not in unchanged]
            if stale:
                con.execute("create or replace temp table stale as select unnest(?::varchar[]) as p", [stale])
                con.execute(
                    "delete from raw.report_values where report_id in "
                    "(select report_id from raw.reports where source_path in (select p from stale))"
                )
                con.execute("delete from raw.reports where source_path in (select p from stale)")
                con.execute("delete from raw.files where source_path in (select p from stale)")
                for table in EXTRA_TABLES:
                    con.execute(f"delete from {table} where source_path in (select p from stale)")

            results = _parse_all(todo, jobs, out, len(files))
            _mark_same_reports(con, results)
            for name in duplicates:
                path, sha = current[name]
                results.append(
                    FileResult(
                        source_path=name,
                        sha256=sha,
                        size_bytes=path.stat().st_size,
                        source_format=path.suffix.lstrip(".") or None,
                        status="duplicate",
                        doc_kind=None,
                        message=f"same content as {owner[sha]}; loaded once, from there",
                    )
                )
            con.execute("begin transaction")
            _write(con, results, fingerprint)
            _write_extra(con, results)
            con.execute("commit")

            summary.counts["unchanged"] = len(unchanged)
            summary.counts["removed"] = len(removed)
            for r in results:
                summary.counts[r.status] += 1
                if r.status != "loaded" or r.message:
                    summary.problems.append((r.status, r.source_path, r.message))
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    summary.seconds = time.perf_counter() - started
    for line in summary.lines():
        print(line, file=out)
    return summary
