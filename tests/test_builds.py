"""Builds that cannot cost the warehouse: one at a time, published only whole, safe from writing readers.

`ingest.pipeline.build.build` runs here with the ingest step only (dbt and the checks are the same subprocess
mechanism, exercised by `make build`), on temporary folders, so the published warehouse of the project
is never touched.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import duckdb
import pytest
from conftest import REPORTS, query

from ingest.pipeline import build as build_module
from ingest.pipeline import inputs, stage

PYTHON = sys.executable


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("2021_lanshan.txt", "2021_laiwu.txt"):
        (raw / name).write_bytes((REPORTS / name).read_bytes())
    return {
        "raw": raw,
        "db": tmp_path / "data" / "warehouse.duckdb",
        "staged": tmp_path / "build" / "warehouse.next.duckdb",
        "docs": tmp_path / "build" / "findings",
        "lock": tmp_path / "build" / "build.lock",
    }


def _build(paths: dict[str, Path], out: io.StringIO | None = None) -> int:
    return build_module.build(
        paths["db"], ("ingest",), paths["raw"], paths["staged"], paths["docs"], paths["lock"],
        out=out or io.StringIO(),
    )  # fmt: skip


def _wait_for(predicate, what: str, limit: float = 120.0) -> None:
    """Wait for something another process does; the limit only guards against a hang."""
    deadline = time.monotonic() + limit
    while not predicate():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def test_a_second_build_waits_for_the_first_and_publishes_only_its_own_file(paths):
    holder = subprocess.Popen(
        [PYTHON, "-c", textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from ingest.pipeline.build import build_lock
            with build_lock(Path({str(paths["lock"])!r})):
                print("holding", flush=True)
                sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "holding"
        out = io.StringIO()
        result: list[int] = []
        second = threading.Thread(target=lambda: result.append(_build(paths, out)))
        second.start()
        _wait_for(lambda: "waiting for it to finish" in out.getvalue(), "the second build to wait")
        assert "another build is running (pid" in out.getvalue()
        assert not paths["db"].exists() and not paths["staged"].exists()  # it has not begun
        holder.stdin.write("\n")
        holder.stdin.flush()
        second.join()
    finally:
        holder.kill()
    assert result == [0]
    assert query(paths["db"], "select count(*) from raw.reports") == [(2,)]
    assert not paths["staged"].exists()


def test_a_failed_step_publishes_nothing(paths, monkeypatch):
    assert _build(paths) == 0
    before = query(paths["db"], "select * from raw.report_values order by all")
    paths["docs"].mkdir(parents=True)
    (paths["docs"] / "index.html").write_text("the docs of the published warehouse")

    def half_done_then_fail(staged, docs_stage, steps, raw, out, full_refresh, revalidate):
        with duckdb.connect(str(staged)) as con:
            con.execute("delete from raw.report_values")
        docs_stage.mkdir(parents=True)
        (docs_stage / "index.html").write_text("docs of a warehouse never published")
        raise build_module.StepFailed("dbt")

    monkeypatch.setattr(build_module, "run_steps", half_done_then_fail)
    out = io.StringIO()
    assert _build(paths, out) == 1
    assert "the dbt step failed; nothing published" in out.getvalue()
    assert query(paths["db"], "select * from raw.report_values order by all") == before
    assert (paths["docs"] / "index.html").read_text() == "the docs of the published warehouse"
    assert not paths["staged"].exists() and not paths["docs"].with_name("findings.next").exists()


def test_a_killed_builds_leftovers_are_not_built_on(paths):
    paths["staged"].parent.mkdir(parents=True)
    paths["staged"].write_bytes(b"half a warehouse from a killed build")
    stage.wal_of(paths["staged"]).write_bytes(b"its log")
    leftover_docs = paths["docs"].with_name("findings.next")
    leftover_docs.mkdir()
    (leftover_docs / "index.html").write_text("docs of a killed build")
    assert _build(paths) == 0
    assert query(paths["db"], "select count(*) from raw.reports") == [(2,)]
    assert not stage.wal_of(paths["staged"]).exists() and not leftover_docs.exists()
    assert not paths["docs"].exists()  # the killed build's docs were never published


def test_a_notebook_that_wrote_to_the_warehouse_cannot_break_the_next_one(paths):
    """A read-write connection that wrote and died leaves a .wal beside the published file."""
    assert _build(paths) == 0
    writer = subprocess.run(
        [PYTHON, "-c", textwrap.dedent(f"""
            import duckdb, os
            con = duckdb.connect({str(paths["db"])!r})
            con.execute("create table main.my_notes as select 42 as answer")
            os._exit(0)  # dies without closing: its write stays in the .wal
        """)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert writer.returncode == 0, writer.stderr
    wal = stage.wal_of(paths["db"])
    assert wal.exists()
    (paths["raw"] / "2021_luozhuang.txt").write_bytes((REPORTS / "2021_luozhuang.txt").read_bytes())
    out = io.StringIO()
    assert _build(paths, out) == 0
    assert "moved" in out.getvalue() and "aside" in out.getvalue()
    assert not wal.exists()
    assert [p.name for p in paths["db"].parent.glob("*.wal.stray-*")] != []
    assert query(paths["db"], "select count(*) from raw.reports") == [(3,)]  # the new warehouse opens


def test_notebook_code_cannot_write_to_the_warehouse_and_has_a_scratch_database(paths, monkeypatch):
    from briefing import data

    assert _build(paths) == 0
    monkeypatch.setenv("NIANBAO_DB", str(paths["db"]))
    with pytest.raises(PermissionError, match="scratch"):
        data.query("create table main.derived as select 1 as x")
    scratch = paths["db"].with_name("scratch.duckdb")
    with data.scratch(scratch) as con:
        con.execute("create table mine as select count(*) as reports from warehouse.raw.reports")
        assert con.execute("select reports from mine").fetchall() == [(2,)]
    assert query(paths["db"], "select count(*) from information_schema.tables where table_name = 'mine'") == [
        (0,)
    ]


def test_make_sees_every_change_under_the_raw_folder(tmp_path):
    """The raw stamp: names with spaces, in-place edits, links (dangling too), removals; nothing else."""
    raw, stamp = tmp_path / "raw", tmp_path / "build" / "raw.stamp"
    raw.mkdir()
    (raw / "a report.txt").write_text("one")
    assert inputs.update(raw, stamp)
    assert not inputs.update(raw, stamp)  # nothing changed: make has nothing to do
    os.utime(raw / "a report.txt", ns=(1, 1))
    assert inputs.update(raw, stamp)  # edited in place (a new modification time)
    os.symlink(raw / "gone.txt", raw / "dangling.txt")
    assert inputs.update(raw, stamp)
    assert not inputs.update(raw, stamp)
    (raw / "dangling.txt").unlink()
    assert inputs.update(raw, stamp)
    (raw / "a report.txt").unlink()
    assert inputs.update(raw, stamp)
