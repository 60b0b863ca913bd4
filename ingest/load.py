"""Loading parsed files into DuckDB's `raw` schema: idempotent, incremental and atomic.

A run is one transaction, so a failure mid-run leaves the previous warehouse untouched. What to parse is
decided by `ingest.changes` from the files' hashes: a file whose content and parser are unchanged is not
parsed again. Tables are written by column name from Arrow batches.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import duckdb
import pyarrow as pa

from ingest import PACKAGE_DIR, PROJECT_DIR, limits
from ingest.changes import Seen, plan_changes
from ingest.inputs import walk
from ingest.narrative.metrics import load_vocabulary, metric_cells_records
from ingest.numbers import PRECISION, SCALE
from ingest.parse import FileResult, parse_file, report_id_for
from ingest.report.metadata import SCOPES
from ingest.schema import CORE_SCHEMA, EXTRA_TABLES
from ingest.template import template_cells_records, template_identity_records, templates

VALUE_SCHEMA = pa.schema(
    [
        ("report_id", pa.string()),
        ("section", pa.string()),
        ("row_code", pa.string()),
        ("col_code", pa.string()),
        ("value", pa.decimal128(PRECISION, SCALE)),
        ("value_text", pa.string()),
        ("missing_reason", pa.string()),
        ("source_line", pa.int32()),
        ("value_source", pa.string()),
        ("source_text", pa.string()),
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
            f"{c['rejected']} rejected, {c['removed']} removed "
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
    """The name a file is known by: relative to the project, the link's own path (not its target)."""
    path = Path(os.path.abspath(path))
    try:
        return path.relative_to(PROJECT_DIR).as_posix()
    except ValueError:
        return path.as_posix()


def discover(raw_dir: Path) -> list[Path]:
    """Every file under `raw_dir`, links included (a dangling or looping link too: it is reported)."""
    return sorted(
        Path(path) for path in walk(raw_dir) if not (name := os.path.basename(path)).startswith(".")
        and name not in IGNORED_NAMES
    )  # fmt: skip


@dataclass(frozen=True)
class Found:
    """One file under the raw folder: its content hash, or why it cannot be read."""

    path: Path
    sha256: str
    problem: str | None = None


def _unreadable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a link that leads back to itself (a loop); remove it or point it at the report"
    if os.path.islink(path) and not os.path.exists(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"a broken link: it points to {target}, which does not exist; fix the link or remove it"
    if isinstance(exc, PermissionError):
        return "cannot read the file (permission denied); make it readable (chmod a+r) and run again"
    return f"cannot read the file ({exc.strerror or exc}); check the disk and run the ingest again"


def _hash_files(raw_dir: Path) -> dict[str, Found]:
    """Every file under `raw_dir` by display name, in path order, with its sha256 (each file read once)."""
    files: dict[str, Found] = {}
    for path in discover(raw_dir):
        try:
            files[display_path(path)] = Found(path, hashlib.sha256(path.read_bytes()).hexdigest())
        except OSError as exc:
            problem = _unreadable(path, exc)
            name = display_path(path)
            # Stable while the problem stays (an unchanged broken file is not new each run), and its own:
            # two broken files are not one content.
            stable = "unreadable:" + hashlib.sha256(f"{name}\0{problem}".encode()).hexdigest()
            files[name] = Found(path, stable, problem)
    return files


def _hard_timeout() -> float:
    """How long a parser process may go without finishing a file before it is killed.

    The time limit inside the process (`ingest.limits.time_limit`) stops a parse that runs Python code;
    this catches one stuck where no signal is handled (inside a C library).
    """
    return limits.current().parse_timeout_s * 1.5 + 5


def _stop(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


def _lost(item: tuple[str, Path, str], why: str) -> FileResult:
    name, path, sha = item
    size = path.stat().st_size if path.exists() else 0
    return FileResult(name, sha, size, path.suffix.lstrip(".") or "unknown", "rejected", None, why)


def _parse_alone(item: tuple[str, Path, str]) -> FileResult:
    """Parse one file in a process of its own: if that process dies or hangs, only this file is lost."""
    pool = ProcessPoolExecutor(max_workers=1, initializer=limits.worker_init)
    try:
        return pool.submit(parse_file, *item).result(timeout=_hard_timeout())
    except BrokenProcessPool:
        return _lost(
            item,
            "the parser's process died while reading this file (over the memory limit "
            f"{limits.Limits.setting('parse_memory_mb')}, or a crash in a library); nothing of it is loaded "
            "and the other files are. Check the file (damaged or unusually large?)",
        )
    except FuturesTimeout:
        _stop(pool)
        return _lost(
            item,
            f"the parser's process was stuck on this file for {_hard_timeout():.0f} s and was stopped; "
            "nothing of it is loaded. If it is a real report, raise "
            f"{limits.Limits.setting('parse_timeout_s')}",
        )
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _parse_all(todo: list[tuple[str, Path, str]], jobs: int, out: TextIO, total: int) -> list[FileResult]:
    """Parse `todo` (name, path, sha256) in path order; one file's failure is that file's alone.

    With more than one job, files are parsed in worker processes under the memory limit
    (`ingest.limits`); a worker that dies or hangs is replaced, and only its file is lost.
    """
    results: dict[int, FileResult] = {}
    every = max(1, len(todo) // 100)

    def progress(i: int, r: FileResult) -> None:
        done = len(results)
        if r.status not in {"loaded"} or done % every == 0 or done == len(todo):
            print(f"  [{done}/{len(todo)} to parse of {total}] {r.status}: {r.source_path}", file=out)

    if jobs > 1 and todo:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=limits.worker_init)
        try:
            futures = {pool.submit(parse_file, *item): i for i, item in enumerate(todo)}
            pending = set(futures)
            while pending:
                done, pending = wait(pending, timeout=_hard_timeout(), return_when=FIRST_COMPLETED)
                if not done:  # nothing finished in time: a worker is stuck; its files are retried alone
                    print("  a parser process is stuck; its unfinished files are parsed one by one", file=out)
                    _stop(pool)
                    break
                for future in done:
                    results[futures[future]] = future.result()
                    progress(futures[future], results[futures[future]])
        except BrokenProcessPool:
            print("  a parser process died; its unfinished files are parsed one by one", file=out)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        for i, item in enumerate(todo):
            if i not in results:  # lost with a dead or stuck process: each alone, so the culprit is found
                results[i] = _parse_alone(item)
                progress(i, results[i])
    else:
        for i, item in enumerate(todo):
            results[i] = parse_file(*item)
            progress(i, results[i])
    return [results[i] for i in range(len(todo))]


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
            columns["value_source"].append(v.value_source)
            columns["source_text"].append(v.source_text)
    return pa.table(columns, schema=VALUE_SCHEMA)


def _file_row(r: FileResult, fingerprint: str, now: dt.datetime) -> dict:
    return {
        "source_path": r.source_path,
        "source_sha256": r.sha256,
        "size_bytes": r.size_bytes,
        "source_format": r.source_format,
        "doc_kind": r.doc_kind,
        "status": r.status,
        "message": r.message,
        "report_id": report_id_for(r.sha256) if r.report else None,
        "parser_fingerprint": fingerprint,
        "ingested_at": now,
    }


def _report_row(r: FileResult, now: dt.datetime) -> dict:
    assert r.report is not None
    m = r.report.metadata
    return {
        "report_id": report_id_for(r.sha256),
        "source_path": r.source_path,
        "source_sha256": r.sha256,
        "source_format": r.source_format,
        "encoding": r.encoding,
        "title": m.title,
        "jurisdiction_zh": m.jurisdiction_zh,
        "division_code": m.division_code,
        "report_year": m.report_year,
        "reporting_body_zh": m.reporting_body_zh,
        "scope": m.scope,
        "published_on": m.published_on,
        "template_version": r.report.template_version,
        "parse_status": r.report.status,
        "message": r.message,
        "ingested_at": now,
        "report_key": r.report_key,
        "source_url": m.source_url,
    }


def _with_batch(con: duckdb.DuckDBPyConnection, sql: str, batch: pa.Table) -> None:
    """Run `sql`, which reads the Arrow table `batch` under that name."""
    con.register("batch", batch)
    try:
        con.execute(sql)
    finally:
        con.unregister("batch")


def _insert(con: duckdb.DuckDBPyConnection, table: str, batch: pa.Table) -> None:
    """Insert by column name, so the rows never depend on the order of the columns in ingest.schema."""
    _with_batch(con, f"insert into {table} by name select * from batch", batch)


def _file_tables(r: FileResult, fingerprint: str, now: dt.datetime) -> dict[str, pa.Table]:
    """One file's rows as Arrow tables, by raw table name (converted here, so a failure is this file's)."""
    tables = {"raw.files": pa.Table.from_pylist([_file_row(r, fingerprint, now)])}
    if r.report is not None:
        tables["raw.reports"] = pa.Table.from_pylist([_report_row(r, now)])
        tables["raw.report_values"] = _values_table([r])
    for table in EXTRA_TABLES:
        if r.extra.get(table):
            tables[table] = pa.Table.from_pylist(r.extra[table])
    return tables


def _write(con: duckdb.DuckDBPyConnection, results: list[FileResult], fingerprint: str) -> None:
    """Write every file's rows; a file whose rows cannot be converted is rejected, the others written."""
    now = dt.datetime.now()
    batches: dict[str, list[pa.Table]] = {}
    for r in results:
        try:
            tables = _file_tables(r, fingerprint, now)
        except Exception as exc:
            r.message = (
                f"its rows could not be written ({type(exc).__name__}: {exc}); nothing of it is loaded. "
                "This is a bug in ingest/: please report it with this file"
            )
            r.status, r.report, r.extra, r.report_key = "rejected", None, {}, None
            tables = {"raw.files": pa.Table.from_pylist([_file_row(r, fingerprint, now)])}
        for table, batch in tables.items():
            batches.setdefault(table, []).append(batch)
    for table, parts in batches.items():
        _insert(con, table, pa.concat_tables(parts, promote_options="permissive"))


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


def _ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw schema; rebuild it from scratch when its DDL changed (all files are re-parsed)."""
    ddl = CORE_SCHEMA + "".join(EXTRA_TABLES.values())
    version = hashlib.sha256(ddl.encode()).hexdigest()[:16]
    [(exists,)] = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'raw' and table_name = 'meta'"
    ).fetchall()
    stored = (
        con.execute("select value from raw.meta where key = 'schema_version'").fetchall() if exists else []
    )
    if stored != [(version,)]:
        con.execute("drop schema if exists raw cascade")
        con.execute(ddl)
        con.execute("create table raw.meta (key varchar primary key, value varchar)")
        con.execute("insert into raw.meta values ('schema_version', ?)", [version])


def _write_template(con: duckdb.DuckDBPyConnection) -> None:
    for table, records in (
        ("raw.template_cells", [rec for t in templates() for rec in template_cells_records(t)]),
        ("raw.template_identities", [rec for t in templates() for rec in template_identity_records(t)]),
        ("raw.narrative_metric_cells", metric_cells_records(load_vocabulary())),
        ("raw.scopes", [{"scope": scope} for scope in SCOPES]),
    ):
        _with_batch(
            con, f"create or replace table {table} as select * from batch", pa.Table.from_pylist(records)
        )


def _delete_rows(con: duckdb.DuckDBPyConnection, names: list[str]) -> None:
    """Remove every row that came from the files `names` (removed, changed or parsed again)."""
    if not names:
        return
    con.execute("create or replace temp table stale as select unnest(?::varchar[]) as p", [names])
    con.execute(
        "delete from raw.report_values where report_id in "
        "(select report_id from raw.reports where source_path in (select p from stale))"
    )
    for table in ("raw.reports", "raw.files", *EXTRA_TABLES):
        con.execute(f"delete from {table} where source_path in (select p from stale)")


def _duplicate_result(name: str, found: Found, owner: str) -> FileResult:
    path, sha = found.path, found.sha256
    return FileResult(
        source_path=name,
        sha256=sha,
        size_bytes=path.stat().st_size,
        source_format=path.suffix.lstrip(".") or None,
        status="duplicate",
        doc_kind=None,
        message=f"same content as {owner}; loaded once, from there",
    )


def _unreadable_result(name: str, found: Found) -> FileResult:
    fmt = found.path.suffix.lstrip(".") or "unknown"
    return FileResult(name, found.sha256, 0, fmt, "rejected", None, found.problem or "")


def ingest(raw_dir: Path, db_path: Path, jobs: int = 1, out: TextIO = sys.stderr) -> Summary:
    """Bring `db_path`'s raw schema in line with the files under `raw_dir`; return what happened.

    The whole run is one transaction: a failure leaves the warehouse as it was. (`make build` works on
    a staged copy besides, see `ingest.stage`, so that dbt and the checks are published together.)
    """
    started = time.perf_counter()
    summary = Summary()
    fingerprint = parser_fingerprint()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(db_path)) as con:
        con.execute("begin transaction")
        try:
            _ensure_schema(con)
            _write_template(con)
            previous = {
                name: Seen(sha, fp, status)
                for name, sha, fp, status in con.execute(
                    "select source_path, source_sha256, parser_fingerprint, status from raw.files"
                ).fetchall()
            }
            files = _hash_files(raw_dir)
            print(f"ingest: {len(files)} files under {display_path(raw_dir)}", file=out)
            plan = plan_changes(previous, {name: found.sha256 for name, found in files.items()}, fingerprint)
            _delete_rows(con, plan.stale)

            broken = [_unreadable_result(n, files[n]) for n in plan.to_parse if files[n].problem]
            todo = [(n, files[n].path, files[n].sha256) for n in plan.to_parse if not files[n].problem]
            results = _parse_all(todo, jobs, out, len(files))
            _mark_same_reports(con, results)
            results += [_duplicate_result(n, files[n], owner) for n, owner in plan.duplicates.items()]
            results += broken
            _write(con, results, fingerprint)
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        con.execute("checkpoint")

    summary.counts["unchanged"] = len(plan.unchanged)
    summary.counts["removed"] = len(plan.removed)
    for r in results:
        summary.counts[r.status] += 1
        if r.status != "loaded" or r.message:
            summary.problems.append((r.status, r.source_path, r.message))
    summary.seconds = time.perf_counter() - started
    for line in summary.lines():
        print(line, file=out)
    return summary
