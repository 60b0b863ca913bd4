"""Where the project's files are: one definition of the warehouse path for ingest, checks and charts.

`NIANBAO_DB` points every step at another warehouse file: the Makefile sets it to the staged copy a build
works on (`ingest.pipeline.stage`), tests to their own temporary warehouses. `NIANBAO_BUILD_DIR` moves
build/ (the
build's lock, stage, findings and charts) elsewhere: the benchmark builds in a scratch folder with it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ingest import PROJECT_DIR

RAW_DIR = PROJECT_DIR / "data" / "raw"
BUILD_DIR = Path(os.environ.get("NIANBAO_BUILD_DIR") or PROJECT_DIR / "build")
CHARTS_DIR = BUILD_DIR / "charts"  # the briefing charts and their page (`make charts`)
DEFAULT_WAREHOUSE = PROJECT_DIR / "data" / "warehouse.duckdb"


def warehouse_path() -> Path:
    """The warehouse file: $NIANBAO_DB if set, else data/warehouse.duckdb."""
    return Path(os.environ.get("NIANBAO_DB") or DEFAULT_WAREHOUSE)
