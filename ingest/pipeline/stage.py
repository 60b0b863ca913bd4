"""The build's staged copy: every step of a build works on a copy, published by one rename at the end.

`python -m ingest.pipeline.build` (run by `make build`) holds the build lock, begins a stage, runs ingest,
dbt and
the checks against the staged file (`NIANBAO_DB`), then publishes it with its findings page. A build
that fails on the way leaves the last good warehouse (and the findings page describing it) in place, and a
notebook holding the published file open (read-only) never blocks a build: the rename replaces the file
under it, and its next connection sees the new one.

The published warehouse is never written to. If something wrote to it anyway (a notebook opening it
read-write), DuckDB leaves a `.wal` beside it, which would be replayed into the next published file and
break it; `publish` moves such a file aside, with a message, before the swap.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import TextIO

from ingest.pipeline.paths import BUILD_DIR

DEFAULT_STAGE = BUILD_DIR / "warehouse.next.duckdb"


def wal_of(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def begin(db: Path, stage: Path, docs_stage: Path | None = None, out: TextIO | None = None) -> None:
    """Start the staged copy from the published warehouse (or from nothing on a first build).

    Whatever a failed or killed build left behind (the staged file, its `.wal`, unpublished findings page)
    is removed first: the caller holds the build lock, so no other build is using it.
    """
    stage.parent.mkdir(parents=True, exist_ok=True)
    discard(stage, docs_stage)
    if db.exists():
        shutil.copy2(db, stage)
        if wal_of(db).exists() and out is not None:
            print(
                f"build: {wal_of(db)} exists: something wrote to the published warehouse. Those writes are "
                "not part of this build; the file is moved aside when the build publishes. Put derived "
                "tables in a scratch database instead (briefing.data.scratch())",
                file=out,
            )


def _settle(stage: Path) -> None:
    """Fold a staged file's `.wal` into it, so that the renamed file is complete on its own."""
    if wal_of(stage).exists():
        from ingest.pipeline import duckdb_limits

        with duckdb_limits.connect(stage) as con:
            con.execute("checkpoint")


def _move_aside(path: Path, out: TextIO | None) -> None:
    if not path.exists():
        return
    aside = path.with_name(f"{path.name}.stray-{dt.datetime.now():%Y%m%dT%H%M%S}")
    os.replace(path, aside)
    if out is not None:
        print(
            f"build: moved {path} aside to {aside}: it held writes to a published warehouse, which the new "
            "warehouse replaces (DuckDB would replay them into it). Delete it, or inspect it with a copy "
            "of the old warehouse",
            file=out,
        )


def publish(
    db: Path,
    stage: Path,
    docs: Path | None = None,
    docs_stage: Path | None = None,
    out: TextIO | None = None,
) -> None:
    """Put the staged copy in place with one rename (atomic on one file system), and its findings page."""
    if not stage.exists():
        raise FileNotFoundError(f"{stage} does not exist: nothing to publish (run `make build`)")
    _settle(stage)
    db.parent.mkdir(parents=True, exist_ok=True)
    _move_aside(wal_of(db), out)
    os.replace(stage, db)
    if docs is not None and docs_stage is not None and docs_stage.exists():
        old = docs.with_name(docs.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if docs.exists():
            os.replace(docs, old)
        os.replace(docs_stage, docs)
        shutil.rmtree(old, ignore_errors=True)


def discard(stage: Path, docs_stage: Path | None = None) -> None:
    stage.unlink(missing_ok=True)
    wal_of(stage).unlink(missing_ok=True)
    if docs_stage is not None:
        shutil.rmtree(docs_stage, ignore_errors=True)
