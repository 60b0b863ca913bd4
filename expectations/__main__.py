"""`python -m expectations`: validate the warehouse's check rows, write marts.dq_findings and the page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from expectations.run import run
from ingest.pipeline.paths import BUILD_DIR, warehouse_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m expectations", description=__doc__)
    parser.add_argument("--db", type=Path, default=warehouse_path())
    parser.add_argument(
        "--findings",
        type=Path,
        default=BUILD_DIR / "findings",
        help="folder of the findings page (index.html)",
    )
    parser.add_argument("--no-page", action="store_true", help="skip writing the findings page")
    parser.add_argument(
        "--incremental",
        action="store_true",
        help="validate only check rows whose operands changed since the last run (checks.verdicts)",
    )
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"validate: {args.db} does not exist; run `make build` first", file=sys.stderr)
        return 2
    return run(args.db, None if args.no_page else args.findings.resolve(), incremental=args.incremental)


if __name__ == "__main__":
    sys.exit(main())
