"""The checks as data: each family's rule (expectations/check_rules.csv), each report's check rows (dbt).

dbt computes every check of every report in one set-based pass (intermediate.int_check_results, the union
of the int_checks__* models). This module only reads them: the rules, so that Great Expectations builds
one expectation per family (expectations/suite.py), and the rows, so that it validates them in one run.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

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

COLUMNS = [
    "report_id", "suite", "family", "check", "severity", "comparison",
    "observed_value", "expected_value", "observed", "expected", "source", "reason",
]  # fmt: skip


class ChecksNotBuilt(RuntimeError):
    """dbt has not built the check rows (the checks step runs after the dbt step)."""


def table_exists(con: duckdb.DuckDBPyConnection, qualified: str) -> bool:
    """Whether `schema.table` exists in the warehouse."""
    schema, table = qualified.split(".")
    query = "select count(*) from information_schema.tables where table_schema = ? and table_name = ?"
    [(count,)] = con.execute(query, [schema, table]).fetchall()  # DuckDB 2: fetch the result whole
    return count > 0


def build_check_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every check row of every report, as dbt computed it."""
    if not table_exists(con, CHECKS_TABLE):
        raise ChecksNotBuilt(
            f"{CHECKS_TABLE} is missing: run dbt first (`python -m ingest.pipeline.build --steps dbt`)"
        )
    columns = ", ".join(f'"{c}"' for c in COLUMNS)
    return con.execute(f'select {columns} from {CHECKS_TABLE} order by report_id, "check"').df()
