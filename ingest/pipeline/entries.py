"""One parsed file as one row of Arrow (a cache entry), and schema `raw` written from many such rows in SQL.

An entry holds everything parsing a file produced: the file's status and message, its report row, its
values and the rows of every extra table, nested as lists of structs whose fields are the raw tables'
own columns (their Arrow types are read from the DDL in `ingest.pipeline.schema`, so there is one definition).
What depends on the run and not on the content (the name the file has now, the time, the fingerprint,
whether another file holds the same report) is added when the entries are loaded, in `write_raw`.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import duckdb
import pyarrow as pa

from ingest.parsing.parse import FileResult, report_id_for
from ingest.pipeline import duckdb_limits
from ingest.pipeline.schema import CORE_SCHEMA, EXTRA_TABLES

# Columns of the raw tables that are set when an entry is loaded, never stored in it.
LOAD_COLUMNS = {"source_path", "source_sha256", "ingested_at"}

FILE_FIELDS = [
    ("sha256", pa.string()),
    ("source_path", pa.string()),  # the name the file had when it was parsed (informative)
    ("size_bytes", pa.int64()),
    ("source_format", pa.string()),
    ("doc_kind", pa.string()),
    ("status", pa.string()),
    ("message", pa.string()),
    ("encoding", pa.string()),
    ("report_key", pa.string()),
]


def column_name(table: str) -> str:
    """An extra table's column in an entry: `raw.narrative_claims` -> `narrative_claims`."""
    return table.split(".", 1)[1]


@cache
def raw_types() -> dict[str, pa.Schema]:
    """The Arrow schema of every raw table, from its DDL (run in an in-memory database)."""
    with duckdb_limits.connect() as con:
        con.execute(CORE_SCHEMA + "".join(EXTRA_TABLES.values()))
        tables = ["raw.reports", "raw.report_values", *EXTRA_TABLES]
        return {t: con.sql(f"select * from {t} limit 0").arrow().schema for t in tables}


def _row_type(table: str) -> pa.StructType:
    return pa.struct([f for f in raw_types()[table] if f.name not in LOAD_COLUMNS])


@cache
def entry_schema() -> pa.Schema:
    fields = [pa.field(name, type_) for name, type_ in FILE_FIELDS]
    fields.append(pa.field("report", _row_type("raw.reports")))
    fields.append(pa.field("report_values", pa.list_(_row_type("raw.report_values"))))
    fields += [pa.field(column_name(t), pa.list_(_row_type(t))) for t in EXTRA_TABLES]
    return pa.schema(fields)


def _one_list(rows: pa.Array) -> pa.Array:
    """A list array of one element holding all of `rows`."""
    return pa.ListArray.from_arrays(pa.array([0, len(rows)], pa.int32()), rows)


def _values(r: FileResult, type_: pa.StructType) -> pa.Array:
    values = r.report.values if r.report is not None else []
    rid = report_id_for(r.sha256)

    # Every column of raw.report_values but the report's id is the Value attribute of the same name: read
    # by the DDL's names, so a column added to both needs no list kept here.
    def column(name: str) -> list:
        return [rid] * len(values) if name == "report_id" else [getattr(v, name) for v in values]

    arrays = [pa.array(column(f.name), type=f.type) for f in type_]
    return _one_list(pa.StructArray.from_arrays(arrays, fields=list(type_)))


def _report(r: FileResult) -> dict | None:
    if r.report is None:
        return None
    m = r.report.metadata
    return {
        "report_id": report_id_for(r.sha256),
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
        "report_key": r.report_key,
        "source_url": m.source_url,
        "parent_body_zh": m.parent_body_zh,
        "title_source": m.title_source,
        "reporting_body_printed": m.reporting_body_printed,
    }


def entry_table(r: FileResult) -> pa.Table:
    """`r` as one entry row (a failure to convert is the caller's to turn into this file's rejection)."""
    schema = entry_schema()
    arrays = [pa.array([getattr(r, name)], type=type_) for name, type_ in FILE_FIELDS]
    arrays.append(pa.array([_report(r)], type=schema.field("report").type))
    arrays.append(_values(r, schema.field("report_values").type.value_type))
    for table in EXTRA_TABLES:
        type_ = schema.field(column_name(table)).type.value_type
        arrays.append(_one_list(pa.array(r.extra.get(table) or [], type=type_)))
    return pa.Table.from_arrays(arrays, schema=schema)


def _lists(rows: pa.Array, counts: list[int]) -> pa.Array:
    """A list array holding `counts[i]` consecutive rows of `rows` in its element i."""
    offsets = [0]
    for count in counts:
        offsets.append(offsets[-1] + count)
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), rows)


def entries_table(results: list[FileResult]) -> pa.Table:
    """Many files' entries at once: the rows `entry_table` makes for each, concatenated, built as one
    Arrow array per column for the whole batch instead of a dozen small arrays per file (which cost as
    much as a third of a text report's parse). Raises if any file's rows cannot be converted: the caller
    then converts file by file, so that the failure costs that file only."""
    schema = entry_schema()
    arrays = [pa.array([getattr(r, name) for r in results], type=type_) for name, type_ in FILE_FIELDS]
    arrays.append(pa.array([_report(r) for r in results], type=schema.field("report").type))
    value_type = schema.field("report_values").type.value_type
    values = [(report_id_for(r.sha256), r.report.values if r.report is not None else []) for r in results]

    def column(name: str) -> list:
        if name == "report_id":
            return [rid for rid, vs in values for _ in vs]
        return [getattr(v, name) for _, vs in values for v in vs]

    rows = pa.StructArray.from_arrays(
        [pa.array(column(f.name), type=f.type) for f in value_type], fields=list(value_type)
    )
    arrays.append(_lists(rows, [len(vs) for _, vs in values]))
    for table in EXTRA_TABLES:
        type_ = schema.field(column_name(table)).type.value_type
        per_file = [r.extra.get(table) or [] for r in results]
        flat = pa.array([row for rows_ in per_file for row in rows_], type=type_)
        arrays.append(_lists(flat, [len(rows_) for rows_ in per_file]))
    return pa.Table.from_arrays(arrays, schema=schema)


def rejected_entry(r: FileResult, exc: Exception) -> pa.Table:
    """The entry of a file whose rows could not be converted: rejected, with nothing of it loaded."""
    r.message = (
        f"its rows could not be written ({type(exc).__name__}: {exc}); nothing of it is loaded. "
        "This is a bug in ingest/: please report it with this file"
    )
    r.status, r.report, r.extra, r.report_key = "rejected", None, {}, None
    return entry_table(r)


SAME_REPORT = (
    "the same report as {owner} (same body, year, scope and values, in another file or format); "
    "loaded once, from there"
)


def mark_same_reports(con: duckdb.DuckDBPyConnection) -> None:
    """The same report in another file or format (other bytes, same report_key) is loaded once.

    The report already in the warehouse keeps its place; among this run's, the first in path order.
    """
    owner_sql = SAME_REPORT.replace("'", "''").format(owner="' || o.owner || '")
    con.execute(f"""
        update run set status = 'duplicate', report = null, message = '{owner_sql}'
        from (
            select r.source_path,
                   coalesce(
                       e.source_path,
                       first_value(r.source_path) over (partition by r.report_key order by r.ord)
                   ) as owner
            from run r left join raw.reports e on e.report_key = r.report_key
            where r.report is not null and r.report_key is not null
        ) o
        where run.source_path = o.source_path and o.owner <> run.source_path
    """)  # fmt: skip


def write_raw(con: duckdb.DuckDBPyConnection, fingerprint: str, now: dt.datetime) -> None:
    """Insert the rows of every entry in the temp table `run` (with its file's current name, `source_path`,
    and its place in path order, `ord`) into schema raw, by column name."""
    mark_same_reports(con)
    con.execute(
        "insert into raw.files by name select source_path, sha256 as source_sha256, size_bytes, "
        "source_format, doc_kind, status, message, report.report_id as report_id, "
        "$fp as parser_fingerprint, $now as ingested_at from run",
        {"fp": fingerprint, "now": now},
    )
    con.execute(
        "insert into raw.reports by name select unnest(report), source_path, sha256 as source_sha256, "
        "$now as ingested_at from run where report is not null",
        {"now": now},
    )
    con.execute(
        "insert into raw.report_values by name "
        "select unnest(v) from (select unnest(report_values) as v from run where report is not null)"
    )
    for table in EXTRA_TABLES:
        con.execute(
            f"insert into {table} by name select source_path, unnest(v) from "
            f"(select source_path, unnest({column_name(table)}) as v from run where status <> 'duplicate')"
        )
