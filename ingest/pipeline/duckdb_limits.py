"""Every DuckDB connection the build opens, with one memory limit and one place to spill.

DuckDB's buffer pool otherwise grows towards 80% of the machine's memory: at 100,000 reports the checks
step held 8.4 GB. dbt's connection takes its limit from `NIANBAO_DUCKDB_MEMORY_LIMIT` (dbt_project/
profiles.yml, default 1GB); the loader, the checks, the findings page and the charts take the same one
here, so no stage holds more than that (DuckDB writes what does not fit to `temp_directory` instead).
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from ingest.pipeline.paths import BUILD_DIR

MEMORY_LIMIT_VARIABLE = "NIANBAO_DUCKDB_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "1GB"  # as dbt_project/profiles.yml's default


def memory_limit() -> str:
    """The limit of every connection: $NIANBAO_DUCKDB_MEMORY_LIMIT, else 1GB (as dbt's)."""
    return os.environ.get(MEMORY_LIMIT_VARIABLE) or DEFAULT_MEMORY_LIMIT


def temp_directory(database: Path | str | None) -> Path:
    """Where a connection spills: beside a database file (`<file>.tmp`: DuckDB's default for a file, so
    where dbt's connection spills too), else build/duckdb.tmp (an in-memory database's default is `.tmp` in
    whatever folder the process runs in)."""
    if database is None or str(database) == ":memory:":
        return BUILD_DIR / "duckdb.tmp"
    return Path(f"{database}.tmp")


def limit(con: duckdb.DuckDBPyConnection, database: Path | str | None = None) -> duckdb.DuckDBPyConnection:
    """`con` (a connection to `database`, None for in-memory) with the memory limit and temp_directory.

    Set with SET rather than connect's config: a process may open the same file again (a test, the
    briefing's session) without them, which DuckDB refuses when the configs differ. The temp_directory is
    set only where it is another: DuckDB refuses to set it again, even to the same folder, once it has
    spilled there (a second connection to a file open in the process)."""
    con.execute(f"set memory_limit = '{memory_limit()}'")
    spill = str(temp_directory(database))
    [(current,)] = con.execute("select current_setting('temp_directory')").fetchall()
    if current != spill:
        con.execute("set temp_directory = '{}'".format(spill.replace("'", "''")))
    return con


def connect(database: Path | str | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """duckdb.connect(database) (in memory when None), limited as `limit` says."""
    con = duckdb.connect(":memory:" if database is None else str(database), read_only=read_only)
    return limit(con, database)
