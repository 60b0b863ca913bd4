"""`python -m ingest`: load every file under data/raw into the warehouse's raw schema."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ingest.pipeline.executors import EXECUTORS
from ingest.pipeline.load import default_cache_root, ingest, rebuild_from_cache
from ingest.pipeline.paths import RAW_DIR, warehouse_path
from ingest.pipeline.process_exit import exit_now


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    parser.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of source files")
    parser.add_argument(
        "--db",
        type=Path,
        default=warehouse_path(),
        help="warehouse file (default: $NIANBAO_DB or data/warehouse.duckdb)",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parser processes")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any file is rejected")
    parser.add_argument(
        "--cache",
        default=None,
        help="parse cache: a folder or fsspec URL (default: $NIANBAO_CACHE, else build/parsed)",
    )
    parser.add_argument(
        "--executor",
        choices=EXECUTORS,
        default="local",
        help="where files are parsed: local processes (default) or a Dask cluster",
    )
    parser.add_argument(
        "--scheduler",
        default=None,
        help="with --executor dask: the scheduler's address (tcp://HOST:8786); default: a local cluster of "
        "--jobs workers",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="delete the warehouse first: raw is rebuilt from the parse cache (cached files are not parsed)",
    )
    args = parser.parse_args(argv)
    if not args.raw.is_dir():
        print(f"ingest: {args.raw} is not a folder; put the reports under data/raw/", file=sys.stderr)
        return 2
    if args.scheduler and args.executor != "dask":
        parser.error("--scheduler needs --executor dask")
    summary = (rebuild_from_cache if args.fresh else ingest)(
        args.raw,
        args.db,
        jobs=args.jobs,
        cache_root=args.cache or default_cache_root(),
        executor=args.executor,
        scheduler=args.scheduler,
    )
    return 1 if args.strict and summary.counts["rejected"] else 0


if __name__ == "__main__":
    exit_now(main())  # the parse's objects not freed one by one at exit (process_exit.py)
