"""Reading the marts into polars, without ever holding the warehouse open.

Each query opens a read-only connection and closes it at once. `make build` writes a new file and renames
it over data/warehouse.duckdb, so a notebook never blocks a build, and its next query sees the new data.
"""

from __future__ import annotations

import duckdb
import polars as pl

from ingest.paths import warehouse_path


def query(sql: str, params: list | None = None) -> pl.DataFrame:
    """Run read-only SQL against the warehouse and return a polars DataFrame."""
    path = warehouse_path()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run `make build` first")
    with duckdb.connect(str(path), read_only=True) as con:
        return con.sql(sql, params=params or None).pl()


def reports() -> pl.DataFrame:
    """One row per report with its jurisdiction's names and level: the join every chart starts from."""
    return query(
        """
        select r.report_id, r.division_code, r.scope, r.report_year, r.reporting_body_zh, r.source_path,
               coalesce(j.name_zh, r.jurisdiction_zh) as name_zh, j.name_pinyin, j.level
        from marts.dim_report r
        left join marts.dim_jurisdiction j using (division_code)
        order by r.division_code, r.report_year, r.scope
        """
    )
