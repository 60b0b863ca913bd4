"""nianbao ingest: read published annual reports, parse the national template, load DuckDB's raw schema."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
