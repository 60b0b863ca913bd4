"""Loading parsed files into DuckDB's `raw` schema: idempotent, incremental and atomic.

A run is one transaction, so a failure mid-run leaves the previous warehouse untouched. What to parse is
decided by `ingest.pipeline.changes` from the files' hashes: a file whose content and parser are unchanged
is not
parsed again. A file to load whose entry is in the parse cache (`ingest.pipeline.cache`: by sha256 and parser
fingerprint) is not parsed either; the others are parsed by an executor (`ingest.pipeline.executors`), whose
workers write their entries to the cache. Schema raw is then written in SQL from one `read_parquet` over
the cache parts of this run's files (`ingest.pipeline.entries`), so this process never holds the corpus's
values.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TextIO

import duckdb
import pyarrow as pa

from ingest import PROJECT_DIR
from ingest.parsing.narrative.metrics import load_vocabulary, metric_cells_records
from ingest.parsing.parse import FileResult, is_blank, parse_file
from ingest.parsing.reference.divisions import records as division_records
from ingest.parsing.report.metadata import SCOPES
from ingest.parsing.template import template_cells_records, template_identity_records, templates
from ingest.pipeline import duckdb_limits, entries, executors, manifest, names, provenance
from ingest.pipeline.cache import DEFAULT_ROOT, ParseCache
from ingest.pipeline.changes import Seen, plan_changes
from ingest.pipeline.executors import Item
from ingest.pipeline.inputs import walk
from ingest.pipeline.schema import CORE_SCHEMA, EXTRA_TABLES

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
            f"({c['parsed']} parsed, {c['cached']} from the parse cache) in {self.seconds:.1f}s"
        )
        return [head] + [f"  {status}: {path}: {msg}" for status, path, msg in self.problems]


def default_cache_root() -> str:
    """Where parses are cached: $NIANBAO_CACHE (a folder or any fsspec URL), else build/parsed."""
    return os.environ.get("NIANBAO_CACHE") or DEFAULT_ROOT


def parser_fingerprint() -> str:
    """The parse cache's key and each file's parser fingerprint: the parse package and the rows' shape
    (ingest.pipeline.manifest), so a change anywhere else (the loader, the runner, dbt) keeps every parse."""
    return manifest.parse_key()


def display_path(path: Path | str) -> str:
    """The name a file is known by: relative to the project, the link's own path (not its target), with
    any byte that is not UTF-8 escaped, without loss (`ingest.pipeline.names`). With strings, not pathlib
    (the same result: both are lexical), as every file's name is made on every ingest."""
    text = os.path.abspath(path)
    if text.startswith(_PROJECT_PREFIX):
        text = text[len(_PROJECT_PREFIX) :]
    elif text == _PROJECT_PREFIX.rstrip(os.sep):
        text = "."
    return names.display_path(text)


_PROJECT_PREFIX = os.path.abspath(PROJECT_DIR).rstrip(os.sep) + os.sep


def discover(raw_dir: Path) -> list[str]:
    """Every file under `raw_dir`, links included (a dangling or looping link too: it is reported), in the
    order of their paths' parts (PurePath's order: "a/x" before "a-b/x", though "-" sorts before "/"). As
    strings, not Path objects: every file's name is listed on every ingest (100,000 Path objects and their
    comparisons were 0.5 s of a national year's ingest with one report added)."""
    paths = (
        path for path in walk(raw_dir)
        if not (name := os.path.basename(path)).startswith(".") and name not in IGNORED_NAMES
    )  # fmt: skip
    return sorted(paths, key=lambda path: path.split(os.sep))


@dataclass(frozen=True)
class Found:
    """One file under the raw folder: its content hash, or why it cannot be read."""

    source: str  # its path as listed (discover)
    sha256: str
    problem: str | None = None
    blank: bool = False  # nothing but white space: an empty file, never a duplicate of another

    @property
    def path(self) -> Path:
        """As a Path, made only for the files parsed or reported (not for every file listed)."""
        return Path(self.source)


def _unreadable(path: str, exc: OSError) -> str:
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


# A file whose size, modification and change times, inode and device are those recorded when it was last
# read (raw.file_stats) is not read again: its recorded hash stands. Any write changes the change time
# (ctime, which no user call can set back), so a file rewritten with the same size and its old modification
# time (`touch -d`, `cp -p`) is read again, which make's own mtime rule would miss. A file changed within
# RECENT_NS of the read is not recorded (read again next time): a write in the same clock tick as the read
# could leave all five as they were.
RECENT_NS = 2_000_000_000

FILE_STATS_DDL = """
create table if not exists raw.file_stats (
    source_path varchar primary key,
    size_bytes bigint not null,
    mtime_ns bigint not null,
    ctime_ns bigint not null,
    inode ubigint not null,
    device ubigint not null,
    source_sha256 varchar not null,
    blank boolean not null
);
"""

Stat = tuple[int, int, int, int, int]
Known = dict[str, tuple[Stat, str, bool]]  # display name -> (stat, sha256, blank)


def _stat(info: os.stat_result) -> Stat:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def _known_files(con: duckdb.DuckDBPyConnection) -> Known:
    """The stats and hashes recorded by the last ingest (`_hash_files`)."""
    rows = con.execute(
        "select source_path, size_bytes, mtime_ns, ctime_ns, inode, device, source_sha256, blank "
        "from raw.file_stats"
    ).fetchall()
    return {
        name: ((size, mtime, ctime, inode, dev), sha, blank)
        for name, size, mtime, ctime, inode, dev, sha, blank in rows
    }


def _record_files(con: duckdb.DuckDBPyConnection, seen: Known, known: Known) -> None:
    """Bring raw.file_stats from `known` (what it holds) to `seen` (in the ingest's transaction: a failed
    run keeps the old record): only the records that differ are deleted and written (rewriting every
    record was 0.33 s of an ingest adding one report to 10,000, and grows with the corpus)."""
    names = [name for name, record in seen.items() if known.get(name) != record]
    stale = names + [name for name in known if name not in seen]
    if stale:
        con.execute("delete from raw.file_stats where source_path in (select unnest(?::varchar[]))", [stale])
    if not names:
        return
    stats = [seen[name][0] for name in names]
    table = pa.table({
        "source_path": pa.array(names, pa.string()),
        **{column: pa.array([s[i] for s in stats], kind) for i, (column, kind) in enumerate(
            [("size_bytes", pa.int64()), ("mtime_ns", pa.int64()), ("ctime_ns", pa.int64()),
             ("inode", pa.uint64()), ("device", pa.uint64())]
        )},
        "source_sha256": pa.array([seen[name][1] for name in names], pa.string()),
        "blank": pa.array([seen[name][2] for name in names], pa.bool_()),
    })  # fmt: skip
    con.register("seen_files", table)
    try:
        con.execute("insert into raw.file_stats select * from seen_files")
    finally:
        con.unregister("seen_files")


def _hash_files(raw_dir: Path, known: Known | None = None) -> tuple[dict[str, Found], Known]:
    """Every file under `raw_dir` by display name, in path order, with its sha256: read and hashed once,
    unless `known` records it with the same stat (see RECENT_NS); and the record to keep for next time."""
    known = known or {}
    files: dict[str, Found] = {}
    seen: Known = {}
    recent = time.time_ns() - RECENT_NS
    for path in discover(raw_dir):
        name = display_path(path)
        try:
            info = os.stat(path)  # before the read: a write during it changes the stat next time
            stat = _stat(info)
            record = known.get(name)
            if record is not None and record[0] == stat:
                sha, blank = record[1], record[2]
            else:
                data = Path(path).read_bytes()
                sha, blank = hashlib.sha256(data).hexdigest(), is_blank(data)
            files[name] = Found(path, sha, blank=blank)
            if max(info.st_mtime_ns, info.st_ctime_ns) < recent:
                seen[name] = (stat, sha, blank)
        except OSError as exc:
            problem = _unreadable(path, exc)
            # Stable while the problem stays (an unchanged broken file is not new each run), and its own:
            # two broken files are not one content.
            stable = "unreadable:" + hashlib.sha256(f"{name}\0{problem}".encode()).hexdigest()
            files[name] = Found(path, stable, problem)
    return files, seen


@dataclass(frozen=True)
class Batch:
    """What a parse task sends back: the cache part it wrote and each file's status (never its rows)."""

    part: str
    statuses: list[tuple[str, str]]  # (display name, status), in the batch's order


def _entry(r: FileResult) -> pa.Table:
    """One parsed file as a cache entry (`ingest.pipeline.entries`)."""
    return entries.entry_table(r)


def _safe_entry(r: FileResult) -> pa.Table:
    """`_entry`, or this file's rejection when its rows cannot be converted (a bug costs this file only)."""
    try:
        return _entry(r)
    except Exception as exc:
        return entries.rejected_entry(r, exc)


def _entries(results: list[FileResult]) -> pa.Table:
    """The batch's entries converted at once (`ingest.pipeline.entries.entries_table`)."""
    return entries.entries_table(results)


def parse_batch(items: list[Item], cache_root: str, fingerprint: str) -> Batch:
    """Parse `items` and store their entries as one part of the cache: the task an executor runs.

    The entries are converted to Arrow for the whole batch at once; should that fail, file by file, so
    that a file whose rows cannot be converted is rejected alone (`_safe_entry`)."""
    results = [parse_file(*item) for item in items]
    try:
        table = _entries(results)
    except Exception:
        table = pa.concat_tables([_safe_entry(r) for r in results])
    statuses = list(zip([item[0] for item in items], table["status"].to_pylist(), strict=True))
    part = ParseCache(cache_root, fingerprint).store(table)
    return Batch(part, statuses)


def _lost(item: Item, why: str) -> FileResult:
    name, path, sha = item
    size = path.stat().st_size if path.exists() else 0
    return FileResult(name, sha, size, path.suffix.lstrip(".") or "unknown", "rejected", None, why)


def _parse(
    todo: list[Item], task: executors.Task, executor: str, jobs: int, scheduler: str | None,
    total: int, out: TextIO,
) -> tuple[dict[str, str], list[FileResult]]:  # fmt: skip
    """Parse `todo` with the executor; return the cache part of each file parsed, and the files lost."""
    parts: dict[str, str] = {}
    every = max(1, len(todo) // 100)

    def done(batch: Batch) -> None:
        for name, status in batch.statuses:
            parts[name] = batch.part
            if status != "loaded" or len(parts) % every == 0 or len(parts) == len(todo):
                print(f"  [{len(parts)}/{len(todo)} to parse of {total}] {status}: {name}", file=out)

    if not todo:
        return parts, []
    if executor == "dask":  # a worker elsewhere has another working folder: absolute paths
        todo = [(name, path.absolute(), sha) for name, path, sha in todo]
        lost = executors.run_dask(todo, jobs, scheduler, task, done, out)
    else:
        lost = executors.run_local(todo, jobs, task, done, out)
    return parts, [_lost(item, why) for item, why in lost]


def _parse_once(
    todo: list[Item], task: executors.Task, executor: str, jobs: int, scheduler: str | None,
    total: int, out: TextIO,
) -> tuple[dict[str, str], list[FileResult]]:  # fmt: skip
    """`_parse`, each content once: files sharing a content here are empty ones (never duplicates of each
    other, `ingest.changes`), and one cache entry serves them all (two would load each name twice)."""
    first: dict[str, str] = {}
    for name, _, sha in todo:
        first.setdefault(sha, name)
    unique = [item for item in todo if first[item[2]] == item[0]]
    parts, lost = _parse(unique, task, executor, jobs, scheduler, total, out)
    lost_names = {r.source_path: r for r in lost}
    for item in todo:
        name, _, sha = item
        if first[sha] in parts:
            parts.setdefault(name, parts[first[sha]])
        elif name not in lost_names:
            lost.append(_lost(item, lost_names[first[sha]].message))
    return parts, lost


def _from_cache(cache: ParseCache, wanted: list[Item], out: TextIO) -> dict[str, str]:
    """The cache part holding each file of `wanted` (by display name); damaged parts are reported,
    removed and their files left to parse again."""
    index = cache.index()
    for part, why in index.unreadable.items():
        print(f"  the parse cache part {part} cannot be read ({why}); removed, its files are parsed again",
              file=out)  # fmt: skip
        cache.remove(part)
    hits = {name: index.parts[sha] for name, _, sha in wanted if sha in index.parts}
    for part in cache.damaged(sorted(set(hits.values()))):
        names = [name for name, p in hits.items() if p == part]
        print(f"  the parse cache part {part} is damaged (its checksum does not match its bytes); removed, "
              f"its files are parsed again: {', '.join(names)}", file=out)  # fmt: skip
        cache.remove(part)
        for name in names:
            del hits[name]
    return hits


# Files written to raw per round: the temp table of a round's entries is what the load holds in memory.
ROUND = 2000


def _rounds(parts: dict[str, str], kept: list[FileResult], order: dict[str, int]) -> Iterator[tuple]:
    """This run's files in rounds of `ROUND`, in path order (so the first of two files holding the same
    report is loaded first, and the other is marked a duplicate of it); the files held in memory (never
    parsed, or lost: few, and no report among them) with the first round."""
    names = sorted(parts, key=order.__getitem__)
    for start in range(0, max(len(names), 1), ROUND):
        yield {n: parts[n] for n in names[start : start + ROUND]}, kept if start == 0 else []


def _load_run(
    con: duckdb.DuckDBPyConnection, cache: ParseCache, parts: dict[str, str], files: dict[str, Found],
    kept: list[FileResult], order: dict[str, int],
) -> None:  # fmt: skip
    """Create the temp table `run`: a round's entries, from their cache parts (one `read_parquet`) and
    from `kept` (files held in memory), with each file's current name and place in path order."""
    _with_batch(
        con,
        "create or replace temp table run as select *, 0::integer as ord from batch",
        entries.entry_schema().empty_table(),
    )
    if parts:
        run_map = pa.table({
            "source_path": list(parts),
            "sha256": [files[n].sha256 for n in parts],
            "part": [cache.url(p) for p in parts.values()],
            "ord": pa.array([order[n] for n in parts], pa.int32()),
        })  # fmt: skip
        _with_batch(con, "create or replace temp table run_map as select * from batch", run_map)
        con.execute(
            "insert into run by name select e.* exclude (source_path, filename), m.source_path, m.ord "
            "from read_parquet(?, filename = true) e "
            "join run_map m on e.filename = m.part and e.sha256 = m.sha256",
            [sorted(set(run_map["part"].to_pylist()))],
        )
    for r in kept:
        _with_batch(
            con,
            "insert into run by name select *, ? as ord from batch",
            _safe_entry(r),
            [order[r.source_path]],
        )


def _with_batch(
    con: duckdb.DuckDBPyConnection, sql: str, batch: pa.Table, params: list | None = None
) -> None:
    """Run `sql`, which reads the Arrow table `batch` under that name."""
    con.register("batch", batch)
    try:
        con.execute(sql, params or [])
    finally:
        con.unregister("batch")


def _write(con: duckdb.DuckDBPyConnection, fingerprint: str, now: dt.datetime) -> None:
    """Write the rows of a round's entries (temp table `run`) into schema raw."""
    entries.write_raw(con, fingerprint, now)


def _ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw schema; rebuild it from scratch when the rows' shape changed (the manifest's stage
    `rows`: the DDL and the entries; every file is re-parsed then, as the parse cache's key changed too)."""
    ddl = CORE_SCHEMA + "".join(EXTRA_TABLES.values())
    version = manifest.tree_fingerprint(manifest.STAGES["rows"].paths)
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
    """The template's, vocabulary's and reference tables, written again only when the code and data they
    come from (the ingest step's stages: the parse package, the rows' shape, this loader) changed since
    they were last written: with one report added to 10,000, reading the YAML and rewriting them was
    0.6 s of a 1.9 s ingest, and the ingest is on a small build's critical path."""
    key = manifest.keys()["raw"]
    stored = con.execute("select value from raw.meta where key = 'template_tables'").fetchall()
    if stored == [(key,)]:
        return
    for table, records in (
        ("raw.template_cells", [rec for t in templates() for rec in template_cells_records(t)]),
        ("raw.template_identities", [rec for t in templates() for rec in template_identity_records(t)]),
        ("raw.narrative_metric_cells", metric_cells_records(load_vocabulary())),
        ("raw.scopes", [{"scope": scope} for scope in SCOPES]),
        ("raw.divisions", division_records()),
    ):
        _with_batch(
            con, f"create or replace table {table} as select * from batch", pa.Table.from_pylist(records)
        )
    con.execute("insert or replace into raw.meta values ('template_tables', ?)", [key])


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


def ingest(
    raw_dir: Path,
    db_path: Path,
    jobs: int = 1,
    out: TextIO = sys.stderr,
    cache_root: str | None = None,
    executor: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Bring `db_path`'s raw schema in line with the files under `raw_dir`; return what happened.

    The whole run is one transaction: a failure leaves the warehouse as it was. (`make build` works on
    a staged copy besides, see `ingest.pipeline.stage`, so that dbt and the checks are published together.)
    Parses come from the cache at `cache_root` (default `$NIANBAO_CACHE`, else build/parsed) where it
    has them; the others run on `executor` (`local`: `jobs` processes; `dask`: the cluster at
    `scheduler`, or a local one of `jobs` workers) and are added to the cache.
    """
    started = time.perf_counter()
    summary = Summary()
    fingerprint = parser_fingerprint()
    cache = ParseCache(cache_root or default_cache_root(), fingerprint)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb_limits.connect(db_path) as con:
        cache.attach(con)
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
            con.execute(FILE_STATS_DDL)
            known = _known_files(con)
            files, seen = _hash_files(raw_dir, known)
            _record_files(con, seen, known)
            print(f"ingest: {len(files)} files under {display_path(raw_dir)}", file=out)
            current = {name: found.sha256 for name, found in files.items()}
            blank = {name for name, found in files.items() if found.blank}
            plan = plan_changes(previous, current, fingerprint, unshared=blank)
            _delete_rows(con, plan.stale)

            kept = [_unreadable_result(n, files[n]) for n in plan.to_parse if files[n].problem]
            wanted = [(n, files[n].path, files[n].sha256) for n in plan.to_parse if not files[n].problem]
            parts = _from_cache(cache, wanted, out) if wanted else {}
            todo = [item for item in wanted if item[0] not in parts]
            if wanted:
                print(f"ingest: {len(parts)} from the parse cache ({cache.root}), {len(todo)} to parse "
                      f"({executor})", file=out)  # fmt: skip
            task = partial(parse_batch, cache_root=cache.root, fingerprint=fingerprint)
            parsed, lost = _parse_once(todo, task, executor, jobs, scheduler, len(files), out)
            summary.counts["parsed"], summary.counts["cached"] = len(parsed) + len(lost), len(parts)
            parts.update(parsed)
            kept += lost
            kept += [_duplicate_result(n, files[n], owner) for n, owner in plan.duplicates.items()]
            order, now, outcome = {name: i for i, name in enumerate(files)}, dt.datetime.now(), []
            for round_parts, round_kept in _rounds(parts, kept, order):
                _load_run(con, cache, round_parts, files, round_kept, order)
                _write(con, fingerprint, now)
                provenance.apply(con, out)  # a crawled file's source URL and first-seen time (issue 26)
                outcome += con.execute("select status, source_path, message from run").fetchall()
            outcome.sort(key=lambda row: order[row[1]])
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        con.execute("checkpoint")

    summary.counts["unchanged"] = len(plan.unchanged)
    summary.counts["removed"] = len(plan.removed)
    for status, path, message in outcome:
        summary.counts[status] += 1
        if status != "loaded" or message:
            summary.problems.append((status, path, message))
    summary.seconds = time.perf_counter() - started
    for line in summary.lines():
        print(line, file=out)
    return summary


def rebuild_from_cache(raw_dir: Path, db_path: Path, **options) -> Summary:
    """Delete the warehouse, then `ingest` (same `options`): raw is built again from the parse cache,
    parsing only what it lacks (`python -m ingest --fresh`; what a benchmark times as the rebuild with
    the warehouse deleted)."""
    for leftover in (db_path, Path(f"{db_path}.wal")):
        leftover.unlink(missing_ok=True)
    return ingest(raw_dir, db_path, **options)
