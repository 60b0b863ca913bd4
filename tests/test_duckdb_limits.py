"""Every DuckDB connection the build opens has dbt's memory limit and a place to spill (issue 29).

At 100,000 reports the checks step's DuckDB grew to 8.4 GB: a connection without a limit lets its buffer
pool grow towards 80% of the machine's memory. The limits below are written by hand: DuckDB reads "300MB"
as 300,000,000 bytes and prints it in MiB (300,000,000 / 1,048,576 = 286.1).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest import PROJECT_DIR
from ingest.pipeline import duckdb_limits


def _settings(con) -> tuple[str, str]:
    [(memory, spill)] = con.execute(
        "select current_setting('memory_limit'), current_setting('temp_directory')"
    ).fetchall()
    return memory, spill


def test_a_warehouse_connection_takes_the_limit_and_spills_beside_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_DUCKDB_MEMORY_LIMIT", "300MB")
    db = tmp_path / "warehouse.duckdb"
    with duckdb_limits.connect(db) as con:
        assert _settings(con) == ("286.1 MiB", f"{db}.tmp")


def test_the_default_is_dbt_s_1gb(tmp_path, monkeypatch):
    """1GB: 1,000,000,000 / 1,048,576 = 953.67 MiB, which DuckDB prints as 953.6 MiB."""
    monkeypatch.delenv("NIANBAO_DUCKDB_MEMORY_LIMIT", raising=False)
    with duckdb_limits.connect(tmp_path / "w.duckdb", read_only=False) as con:
        assert _settings(con)[0] == "953.6 MiB"
    profiles = (PROJECT_DIR / "dbt_project" / "profiles.yml").read_text(encoding="utf-8")
    assert "memory_limit: \"{{ env_var('NIANBAO_DUCKDB_MEMORY_LIMIT', '1GB') }}\"" in profiles


def test_an_in_memory_connection_spills_under_the_build_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(duckdb_limits, "BUILD_DIR", tmp_path / "build")
    monkeypatch.setenv("NIANBAO_DUCKDB_MEMORY_LIMIT", "300MB")
    with duckdb_limits.connect() as con:
        assert _settings(con) == ("286.1 MiB", str(tmp_path / "build" / "duckdb.tmp"))


def test_a_read_only_connection_of_a_file_open_without_limits_in_the_process(tmp_path, monkeypatch):
    """The limit is SET on the connection: opening a file a test already holds open without it is no error
    (DuckDB refuses a second connect with a different config)."""
    import duckdb

    monkeypatch.setenv("NIANBAO_DUCKDB_MEMORY_LIMIT", "300MB")
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as plain:
        plain.execute("create table t as select 1 as a")
        with duckdb_limits.connect(db) as limited:
            assert limited.execute("select a from t").fetchall() == [(1,)]
            assert _settings(limited)[0] == "286.1 MiB"


CONNECT = re.compile(r"\bduckdb\.connect\(")


@pytest.mark.parametrize("package", ["ingest", "expectations", "briefing"])
def test_no_module_of_the_build_opens_duckdb_without_the_limits(package):
    """Every duckdb.connect of the build's packages is duckdb_limits'; dbt's connection is limited by
    profiles.yml (checked above)."""
    helper = Path(duckdb_limits.__file__).resolve()
    unlimited = [
        str(path.relative_to(PROJECT_DIR))
        for path in sorted((PROJECT_DIR / package).rglob("*.py"))
        if path.resolve() != helper and CONNECT.search(path.read_text(encoding="utf-8"))
    ]
    assert unlimited == []


def test_a_second_connection_to_a_file_that_has_spilled(tmp_path, monkeypatch):
    """Two connections of one process to one file share its DuckDB: once it has spilled to its
    temp_directory, DuckDB refuses any SET of it, even to the same folder. 3,000,000 rows of a 32-character
    md5 sorted under a 100 MB limit spill."""
    monkeypatch.setenv("NIANBAO_DUCKDB_MEMORY_LIMIT", "100MB")
    db = tmp_path / "w.duckdb"
    with duckdb_limits.connect(db) as first:
        first.execute("create table t as select range as a, md5(range::varchar) as b from range(3000000)")
        first.execute("create temp table s as select * from t order by b")
        assert (tmp_path / "w.duckdb.tmp").is_dir()
        with duckdb_limits.connect(db) as second:
            assert _settings(second) == ("95.3 MiB", f"{db}.tmp")
