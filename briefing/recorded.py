"""The rows the charts were drawn from, recorded: a later export tells cheaply that they are the same.

A build that adds a report of a place the briefing does not chart publishes a new warehouse file, so the
export's first check (the same file) fails; drawing nothing new still cost a second: Altair's and polars'
imports, building every chart's spec and comparing it with the one drawn last. The charts are a function of
the charts' code, the language and the rows their queries return (every query goes through
`briefing.data.query`; the charts sort what they draw, so the order the rows come in does not matter:
tests/test_incremental_charts.py). So the export records each query with a digest of its rows, and the next
export runs the same queries with DuckDB alone: the same digests, the same charts. A query's own result
decides the next query's parameters only through its rows, so the same rows mean the same queries.

Standard library, DuckDB and pyarrow only: this runs before the slow imports.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa

from ingest.pipeline import duckdb_limits


def digest(table: pa.Table) -> str:
    """The rows of `table` and its columns' names and types, in any order of the rows."""
    rows = sorted(repr(tuple(row.values())) for row in table.to_pylist())
    text = repr([(f.name, str(f.type)) for f in table.schema]) + "\n" + "\n".join(rows)
    return hashlib.sha256(text.encode()).hexdigest()


def same_rows(db: Path, queries: list[list]) -> bool:
    """Whether every recorded (sql, params, digest) returns rows of the same digest from `db` now."""
    if not queries:
        return False
    with duckdb_limits.connect(db, read_only=True) as con:
        for sql, params, was in queries:
            try:
                table = con.sql(sql, params=params or None).to_arrow_table()
            except Exception:  # a mart renamed or gone: the export will say what is wrong
                return False
            if digest(table) != was:
                return False
    return True
