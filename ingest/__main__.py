"""`python -m ingest`: load every file under data/raw into the warehouse's raw schema."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ingest.load import ingest
from ingest.paths import RAW_DIR, warehouse_path


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
    args = parser.parse_args(argv)
    if not args.raw.is_dir():
        print(f"ingest: {args.raw} is not a folder; put the reports under data/raw/", file=sys.stderr)
        return 2
    summary = ingest(args.raw, args.db, jobs=args.jobs)
    return 1 if args.strict and summary.counts["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
