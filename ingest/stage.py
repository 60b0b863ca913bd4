"""The build's staged copy: every step of a build works on a copy, published by one rename at the end.

`make build` runs `python -m ingest.stage begin`, then ingest, dbt and the checks against the staged
file (`NIANBAO_DB`), then `python -m ingest.stage publish`. A build that fails on the way leaves the
last good warehouse in place, and a notebook holding the published file open (read-only) never blocks
a build: the rename replaces the file under it, and its next connection sees the new one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from ingest.paths import BUILD_DIR, DEFAULT_WAREHOUSE

DEFAULT_STAGE = BUILD_DIR / "warehouse.next.duckdb"


def begin(db: Path, stage: Path) -> None:
    """Start the staged copy from the published warehouse (or from nothing on a first build)."""
    stage.parent.mkdir(parents=True, exist_ok=True)
    stage.unlink(missing_ok=True)  # what a failed build left behind
    if db.exists():
        shutil.copy2(db, stage)


def publish(db: Path, stage: Path) -> None:
    """Put the staged copy in place with one rename (atomic on one file system)."""
    if not stage.exists():
        raise FileNotFoundError(f"{stage} does not exist: nothing to publish (run `make build`)")
    db.parent.mkdir(parents=True, exist_ok=True)
    os.replace(stage, db)


def discard(stage: Path) -> None:
    stage.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest.stage", description=__doc__)
    parser.add_argument("action", choices=["begin", "publish", "discard"])
    parser.add_argument("--db", type=Path, default=DEFAULT_WAREHOUSE, help="the published warehouse")
    parser.add_argument("--stage", type=Path, default=DEFAULT_STAGE, help="the copy a build works on")
    args = parser.parse_args(argv)
    if args.action == "begin":
        begin(args.db, args.stage)
    elif args.action == "publish":
        publish(args.db, args.stage)
    else:
        discard(args.stage)
    return 0


if __name__ == "__main__":
    sys.exit(main())
