"""The checks as data: each family's rule (expectations/check_rules.csv), each report's check rows (dbt).

dbt computes every check of every report in one set-based pass (intermediate.int_check_results, the union
of the int_checks__* models). This module reads the rules, so that Great Expectations builds one
expectation per family (expectations/suite.py); expectations/run.py streams the rows it validates.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb

RULES_FILE = Path(__file__).resolve().with_name("check_rules.csv")
CHECKS_TABLE = "intermediate.int_check_results"
# Most serious first. `info` findings (rounding slips, year-over-year jumps) are shown, never counted
# as warnings.
SEVERITIES = ("error", "quarantine", "warning", "info")


@dataclass(frozen=True)
class Rule:
    family: str
    suite: str
    severity: str  # error | quarantine | warning | info
    comparison: str  # eq: observed == expected; le: observed <= expected
    reason: str


def load_rules(path: Path = RULES_FILE) -> dict[str, Rule]:
    """The rules, by family: the seed dbt joins to the check rows, read here for the GX suite."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["family"]: Rule(**row) for row in csv.DictReader(handle)}


RULES: dict[str, Rule] = load_rules()


class ChecksNotBuilt(RuntimeError):
    """dbt has not built the check rows (the checks step runs after the dbt step)."""


def table_exists(con: duckdb.DuckDBPyConnection, qualified: str) -> bool:
    """Whether `schema.table` exists in the warehouse."""
    schema, table = qualified.split(".")
    query = "select count(*) from information_schema.tables where table_schema = ? and table_name = ?"
    [(count,)] = con.execute(query, [schema, table]).fetchall()  # DuckDB 2: fetch the result whole
    return count > 0


def column_exists(con: duckdb.DuckDBPyConnection, qualified: str, column: str) -> bool:
    """Whether `schema.table` has `column` (a warehouse built before the column was added has not)."""
    schema, table = qualified.split(".")
    query = (
        "select count(*) from information_schema.columns "
        "where table_schema = ? and table_name = ? and column_name = ?"
    )
    [(count,)] = con.execute(query, [schema, table, column]).fetchall()
    return count > 0
