"""The marts' and intermediate tables' columns carry their yml descriptions as DuckDB comments
(dbt_project.yml +persist_docs), after a full build and after an incremental one, which writes only the
comments a table lacks (dbt_project/macros/persist_docs.sql).
"""

from __future__ import annotations

import shutil

import duckdb
import yaml
from conftest import PROJECT, REPORTS, TEST_BUILD_DIR, full_build, raw_folder

MODELS_YML = [
    PROJECT / "dbt_project" / "models" / "marts" / "_marts__models.yml",
    PROJECT / "dbt_project" / "models" / "intermediate" / "_intermediate__models.yml",
]
DBT_LOG = TEST_BUILD_DIR / "dbt_logs" / "dbt.log"


def _documented() -> dict[str, dict[str, str]]:
    """Model -> column -> the description we wrote in the yml (those written as a doc block left out)."""
    found = {}
    for path in MODELS_YML:
        for model in yaml.safe_load(path.read_text(encoding="utf-8"))["models"]:
            columns = {
                c["name"]: c["description"]
                for c in model.get("columns", [])
                if c.get("description") and "{{" not in c["description"]
            }
            found[model["name"]] = columns
    return found


def _comments(db) -> dict[str, dict[str, str | None]]:
    """Each table's (not view's) columns and their comments, by table name."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select c.table_name, c.column_name, c.comment from duckdb_columns() as c "
            "join duckdb_tables() as t on c.table_oid = t.table_oid "
            "where c.schema_name in ('marts', 'intermediate')"
        ).fetchall()
    found: dict[str, dict[str, str | None]] = {}
    for table, column, comment in rows:
        found.setdefault(table, {})[column] = comment
    return found


def _missing(db) -> list[tuple[str, str]]:
    comments, documented = _comments(db), _documented()
    return [
        (table, column)
        for table, columns in comments.items()
        for column, description in documented.get(table, {}).items()
        # (dbt drops the final line break of a description that ends its yml file)
        if column in columns and (columns[column] or "").strip() != description.strip()
    ]


def _log_size() -> int:
    return DBT_LOG.stat().st_size if DBT_LOG.exists() else 0


def test_tables_carry_their_column_comments_after_full_and_incremental_builds(tmp_path):
    raw = raw_folder(tmp_path)
    db, _ = full_build(tmp_path, raw)
    comments = _comments(db)
    # Sentences of the yml, by hand: a per-report mart (incremental) and a table rebuilt on every run.
    assert comments["fct_licensing_volumes"]["licensing_decisions"]
    assert "fct_licensing_volumes" in _documented() and "dim_report" in _documented()
    assert all(comments["dim_report"].get(c) for c in _documented()["dim_report"])
    assert _missing(db) == []

    # A comment lost by hand is written again by the next incremental build, and only that one.
    with duckdb.connect(str(db)) as con:
        con.execute("comment on column marts.fct_licensing_volumes.licensing_decisions is null")
    shutil.copy(REPORTS / "2021_laiwu.txt", raw / "2021_laiwu.txt")
    logged = _log_size()
    _, printed = full_build(tmp_path, raw)
    assert "--full-refresh" not in printed
    assert _missing(db) == []
    written = DBT_LOG.read_bytes()[logged:].decode("utf-8", errors="replace")
    lines = [line for line in written.splitlines() if "comment on column" in line]
    assert [line for line in lines if "fct_licensing_volumes" in line and "licensing_decisions" in line]
    assert len([line for line in lines if "fct_licensing_volumes" in line]) == 1
