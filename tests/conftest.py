"""Shared fixtures: warehouses built from copies of the seed reports in temporary folders."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from fixtures.make_docx import make_docx
from fixtures.make_html import make_html
from fixtures.make_pdf import make_pdf

from ingest.load import Summary, ingest

PROJECT = Path(__file__).resolve().parents[1]
RAW = PROJECT / "data" / "raw"
REPORTS = RAW / "reports"
SEED_NAMES = ["2021_laiwu.txt", "2021_lanshan.txt", "2021_luozhuang.txt", "2021_changle_office.txt"]
FORMATS = ("html", "docx", "pdf")


def seed_text(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


@pytest.fixture
def run_ingest(tmp_path: Path) -> Callable[..., tuple[Summary, str]]:
    """Ingest a folder into tmp_path/warehouse.duckdb; return the summary and what it printed."""

    def run(raw: Path, db: Path | None = None) -> tuple[Summary, str]:
        out = io.StringIO()
        summary = ingest(raw, db or tmp_path / "warehouse.duckdb", jobs=1, out=out)
        return summary, out.getvalue()

    return run


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built from the repo's data/raw, once per test session."""
    folder = tmp_path_factory.mktemp("seed")
    raw = folder / "raw"
    shutil.copytree(RAW, raw)
    ingest(raw, folder / "warehouse.duckdb", jobs=1, out=io.StringIO())
    return folder / "warehouse.duckdb"


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Each seed report as published: a GBK portal page, a Word file and a PDF (tests/fixtures), by
    (seed name, format); generated once per session."""
    folder = tmp_path_factory.mktemp("published")
    makers = {"html": make_html, "docx": make_docx, "pdf": make_pdf}
    out = {}
    for name in SEED_NAMES:
        for fmt, make in makers.items():
            out[(name, fmt)] = folder / name.replace(".txt", f".{fmt}")
            out[(name, fmt)].write_bytes(make(name))
    return out
