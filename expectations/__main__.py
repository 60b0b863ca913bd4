"""`python -m expectations`: validate the warehouse's check rows, write marts.dq_findings and the page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ingest.pipeline.lean_imports import skip_unused

skip_unused()  # before Great Expectations imports jsonschema

from expectations.run import run  # noqa: E402
from ingest.pipeline.paths import BUILD_DIR, warehouse_path  # noqa: E402


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
    parser.add_argument(
        "--wait",
        action="store_true",
        help="set Great Expectations up first, then wait for a line `go` on stdin before opening the "
        "warehouse (the build starts the step so while dbt runs); any other line, or none, exits with 3",
    )
    args = parser.parse_args(argv)
    validator = None
    if args.wait:
        from expectations.run import Validator

        validator = Validator()  # GX's import and context (seconds of CPU), while dbt builds the warehouse
        if sys.stdin.readline().strip() != "go":
            return 3
    if not args.db.exists():
        print(f"validate: {args.db} does not exist; run `make build` first", file=sys.stderr)
        return 2
    findings = None if args.no_page else args.findings.resolve()
    return run(args.db, findings, incremental=args.incremental, validator=validator)


if __name__ == "__main__":
    from ingest.pipeline.process_exit import exit_now

    exit_now(main())  # Great Expectations' objects not freed one by one at exit (process_exit.py)
