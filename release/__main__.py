"""`python -m release`: write build/release/nianbao-<version>/ from the warehouse (run by `make release`)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from ingest.pipeline.paths import warehouse_path
from release import OUT, release


def _version(text: str) -> str:
    if not re.fullmatch(r"\d{4}\.\d{2}\.\d{2}(\.\d+)?", text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date-based version such as 2026.01.31 (or 2026.01.31.2)"
        )
    return text


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m release",
        description="Write the open release (Parquet, CSV, datapackage.json, README, CITATION.cff, codebook, "
        "SHA256SUMS) of the warehouse's marts into OUT/nianbao-<version>/.",
    )
    p.add_argument(
        "--warehouse", type=Path, default=None,
        help="the warehouse to read (default: $NIANBAO_DB, else data/warehouse.duckdb)",
    )  # fmt: skip
    p.add_argument(
        "--out",
        type=Path,
        default=OUT,
        help=f"the folder the release folder is written into (default: {OUT})",
    )
    p.add_argument("--version", type=_version, default=None,
                   help="the release version, date-based YYYY.MM.DD (default: today's date, UTC); a second "
                   "release on one day can add .2")  # fmt: skip
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)  # an unknown option exits with status 2 and says so
    db = args.warehouse or warehouse_path()
    if not db.exists():
        print(f"release: {db} does not exist: run `make build` first, or pass --warehouse", file=sys.stderr)
        return 2
    path = release(db, args.out, args.version, dt.datetime.now(dt.UTC))
    print(f"release: {path.parent} written (datapackage.json, data/*.csv, data/*.parquet, README.md, "
          "CITATION.cff, codebook.md, codebook.html, SHA256SUMS)", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
