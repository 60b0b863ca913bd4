"""Reading the marts into polars, without ever holding the warehouse open or writing to it.

Each query opens a read-only connection and closes it at once. `make build` writes a new file and renames
it over data/warehouse.duckdb, so a notebook never blocks a build, and its next query sees the new data.
Derived tables belong in a scratch database (`scratch()`), never in the published warehouse: a write
there would be replaced by the next build (and a half-finished one would break the file for everyone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from briefing import recorded
from ingest.pipeline import duckdb_limits
from ingest.pipeline.paths import PROJECT_DIR, warehouse_path

SCRATCH = PROJECT_DIR / "data" / "scratch.duckdb"
READ_ONLY_HINT = (
    "the warehouse is read-only for notebooks: `make build` replaces it. Put derived tables in a scratch "
    "database, which sees the warehouse as `warehouse`: "
    "`with briefing.data.scratch() as con: con.sql('create table t as select … from warehouse.marts.…')`"
)


def _warehouse() -> Path:
    path = warehouse_path()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run `make build` first")
    return path


# The connection and the briefing's reports of a `session()`, while one is open; None otherwise.
_SESSION: dict | None = None


@contextmanager
def session(record: list | None = None) -> Iterator[None]:
    """One read-only connection for every query made inside (the charts' export makes dozens): each query
    otherwise opens the warehouse file and closes it again, and `reports()` is read once, not per chart.
    Only for a batch that runs while the warehouse stays the same file (a notebook keeps `query()`).
    `record`: a list that receives every query made inside, with a digest of its rows."""
    global _SESSION
    if _SESSION is not None:  # nested: the outer session's connection
        yield
        return
    # The connection is opened by the first query (`_connection`), so a session that needs none (no
    # briefing place to chart) never needs the file either.
    _SESSION = {"record": record}
    try:
        yield
    finally:
        con = _SESSION.pop("con", None)
        _SESSION = None
        if con is not None:
            con.close()


def query(sql: str, params: list | None = None) -> pl.DataFrame:
    """Run read-only SQL against the warehouse and return a polars DataFrame. Inside a `session(record=…)`,
    the query and a digest of its rows are appended to that list (briefing.recorded)."""
    with _connection() as con:
        try:
            table = con.sql(sql, params=params or None).to_arrow_table()
        except duckdb.InvalidInputException as exc:
            if "read-only" in str(exc):
                raise PermissionError(f"{READ_ONLY_HINT} (DuckDB said: {exc})") from exc
            raise
    if _SESSION is not None and _SESSION.get("record") is not None:
        _SESSION["record"].append([sql, list(params or []), recorded.digest(table)])
    return pl.from_arrow(table)  # as DuckDB's own .pl() makes it


@contextmanager
def _connection() -> Iterator[duckdb.DuckDBPyConnection]:
    if _SESSION is not None:
        if "con" not in _SESSION:
            _SESSION["con"] = duckdb_limits.connect(_warehouse(), read_only=True)
        yield _SESSION["con"]
        return
    with duckdb_limits.connect(_warehouse(), read_only=True) as con:
        yield con


@contextmanager
def scratch(path: Path = SCRATCH) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write database of your own (data/scratch.duckdb), with the warehouse attached read-only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb_limits.connect(path) as con:
        con.execute(f"attach '{_warehouse()}' as warehouse (read_only)")
        try:
            yield con
        finally:
            con.execute("detach warehouse")


def reports() -> pl.DataFrame:
    """One row per report of the briefing's places, with its jurisdiction's names and level: the join
    every chart starts from.

    The briefing's places are those with a pinyin name (briefing/jurisdictions.csv): a chart
    compares a handful of places, and a warehouse of a national year holds thousands (a chart of all of
    them is unreadable, and too big to draw). Add a row there to chart another place.
    """
    return cached("reports", _reports)


# The report ids of the briefing's places, as SQL: a chart's query keeps only these rows (`reports()`), so
# that it reads what it charts, not the rows of every report of a national year.
BRIEFING_REPORTS = """
    select r.report_id from marts.dim_report r
    inner join marts.dim_jurisdiction j using (division_code)
    where j.name_pinyin is not null
"""


def cached(key: str, read: Callable[[], pl.DataFrame]) -> pl.DataFrame:
    """`read()` once per `session()` (a frame several charts use); every time outside one."""
    if _SESSION is None:
        return read()
    if key not in _SESSION:
        _SESSION[key] = read()
    return _SESSION[key]


def _reports() -> pl.DataFrame:
    return query(
        """
        select r.report_id, r.division_code, r.scope, r.report_year, r.reporting_body_zh, r.source_path,
               coalesce(j.name_zh, r.jurisdiction_zh) as name_zh, j.name_pinyin, j.level
        from marts.dim_report r
        inner join marts.dim_jurisdiction j using (division_code)
        where j.name_pinyin is not null
        order by r.division_code, r.report_year, r.scope, r.report_id
        """
    )
