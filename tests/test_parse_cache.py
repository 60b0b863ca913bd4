"""The parse cache (ingest.pipeline.cache) and the Dask executor: a parse is never repeated, and where it
ran or
whether it came from the cache changes nothing in the warehouse.

The warehouses compared here are built from the repo's data/raw (the four seed reports, the three sample
PDFs and the work plan); every raw table is compared row by row, and a value read by hand from the 淮安市
2024 PDF anchors them (see test_pdf_samples.py).
"""

from __future__ import annotations

import io
import shutil
from decimal import Decimal
from pathlib import Path

import fsspec
import pytest
from conftest import CORPUS, loaded_values, query

from ingest.pipeline import load
from ingest.pipeline.cache import PART

FILES = 8  # under data/raw: 4 seed reports, 3 PDFs, 1 work plan
RAW_TABLES = [
    "files", "reports", "report_values", "narrative_claims", "workplans", "workplan_tasks",
    "workplan_task_units", "template_cells", "narrative_metric_cells", "scopes",
]  # fmt: skip
RUN_COLUMNS = {"ingested_at"}  # the only column that depends on when a run was


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    shutil.copytree(CORPUS, tmp_path / "raw")
    return tmp_path / "raw"


def _ingest(raw: Path, db: Path, cache: str, **kwargs) -> tuple[load.Summary, str]:
    out = io.StringIO()
    summary = load.ingest(raw, db, jobs=kwargs.pop("jobs", 1), out=out, cache_root=cache, **kwargs)
    return summary, out.getvalue()


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every raw table's rows, sorted, without the run's time; the raw folder's path made relative."""
    out = {}
    for table in RAW_TABLES:
        sql = (
            "select column_name from information_schema.columns where table_schema = 'raw' and table_name = ?"
        )
        columns = [
            c for (c,) in query(db, sql + " order by ordinal_position", [table]) if c not in RUN_COLUMNS
        ]
        listed = ", ".join(f'"{c}"' for c in columns)
        out[table] = query(db, f"select {listed} from raw.{table} order by all")
    return out


def _same_warehouse(a: Path, b: Path, root_a: Path, root_b: Path) -> None:
    tables_a, tables_b = _tables(a), _tables(b)
    assert all(tables_a[t] for t in RAW_TABLES), "every raw table should have rows"
    for table in RAW_TABLES:
        relative_b = [
            tuple(v.replace(str(root_b), str(root_a)) if isinstance(v, str) else v for v in row)
            for row in tables_b[table]
        ]
        assert tables_a[table] == relative_b, table


def _huaian_handled_total(db: Path) -> tuple:
    """淮安市 2024, section 三 （七）总计 × 总计, as printed: 3050."""
    return loaded_values(db, "2024_huaian.pdf")[("3", "handled_total", "total")]


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    original = load.parse_file
    monkeypatch.setattr(load, "parse_file", lambda name, *args: parsed.append(name) or original(name, *args))
    return parsed


def test_a_dask_cluster_of_two_workers_builds_the_same_warehouse_as_the_local_executor(raw, tmp_path):
    local, _ = _ingest(raw, tmp_path / "local.duckdb", str(tmp_path / "cache_local"), jobs=2)
    dask, printed = _ingest(
        raw, tmp_path / "dask.duckdb", str(tmp_path / "cache_dask"), jobs=2, executor="dask"
    )
    assert "parsing on the Dask cluster" in printed
    assert (local.counts["parsed"], dask.counts["parsed"]) == (FILES, FILES)
    _same_warehouse(tmp_path / "local.duckdb", tmp_path / "dask.duckdb", raw, raw)
    assert _huaian_handled_total(tmp_path / "dask.duckdb") == (Decimal(3050), None)
    parts = [p for p in (tmp_path / "cache_dask").rglob("*.parquet") if PART.search(p.as_posix())]
    assert parts, "the Dask workers should have written the cache"


def test_a_second_run_with_the_cache_present_parses_nothing(raw, tmp_path, monkeypatch):
    cache = str(tmp_path / "cache")
    first, _ = _ingest(raw, tmp_path / "first.duckdb", cache)
    assert (first.counts["parsed"], first.counts["cached"]) == (FILES, 0)
    shutil.copy(tmp_path / "first.duckdb", tmp_path / "kept.duckdb")
    parsed = _recording(monkeypatch)
    out = io.StringIO()  # the warehouse deleted: raw again from the cache
    second = load.rebuild_from_cache(raw, tmp_path / "first.duckdb", jobs=1, out=out, cache_root=cache)
    assert parsed == [] and (second.counts["parsed"], second.counts["cached"]) == (0, FILES)
    assert f"{FILES} from the parse cache" in out.getvalue()
    _same_warehouse(tmp_path / "kept.duckdb", tmp_path / "first.duckdb", raw, raw)
    assert _huaian_handled_total(tmp_path / "first.duckdb") == (Decimal(3050), None)


def test_a_cache_written_elsewhere_loads_here(raw, tmp_path, monkeypatch):
    """Another machine's cache (its files at other paths) gives this machine's warehouse, unparsed."""
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(raw, elsewhere)
    _ingest(elsewhere, tmp_path / "there.duckdb", str(tmp_path / "cache"))
    parsed = _recording(monkeypatch)
    summary, _ = _ingest(raw, tmp_path / "here.duckdb", str(tmp_path / "cache"))
    assert parsed == [] and summary.counts["cached"] == FILES
    _same_warehouse(tmp_path / "there.duckdb", tmp_path / "here.duckdb", elsewhere, raw)


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_a_damaged_cache_part_is_reported_and_its_files_parsed_again(raw, tmp_path, monkeypatch, damage):
    cache = tmp_path / "cache"
    _ingest(raw, tmp_path / "first.duckdb", str(cache))
    parts = sorted(p for p in cache.rglob("*.parquet") if PART.search(p.as_posix()))
    assert len(parts) > 1, "a small run is stored in several parts"
    data = bytearray(parts[0].read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        del data[len(data) // 2 :]
    parts[0].write_bytes(bytes(data))
    parsed = _recording(monkeypatch)
    summary, printed = _ingest(raw, tmp_path / "second.duckdb", str(cache))
    assert parts[0].as_posix() in printed and "parsed again" in printed
    assert not parts[0].exists(), "the damaged part is removed"
    assert 0 < len(parsed) < FILES and summary.counts["parsed"] == len(parsed)
    assert summary.counts["cached"] == FILES - len(parsed)
    _same_warehouse(tmp_path / "first.duckdb", tmp_path / "second.duckdb", raw, raw)


def test_a_cache_of_another_parser_fingerprint_is_ignored(raw, tmp_path, monkeypatch):
    cache = str(tmp_path / "cache")
    original = load.parse_file

    def other_parser(name, *args):
        result = original(name, *args)
        result.message = "parsed by another parser"
        return result

    with monkeypatch.context() as patch:
        patch.setattr(load, "parser_fingerprint", lambda: "0ther0parser0000")
        patch.setattr(load, "parse_file", other_parser)
        other, _ = _ingest(raw, tmp_path / "other.duckdb", cache)
    assert other.counts["parsed"] == FILES
    summary, _ = _ingest(raw, tmp_path / "this.duckdb", cache)
    assert (summary.counts["parsed"], summary.counts["cached"]) == (FILES, 0)
    assert query(
        tmp_path / "this.duckdb", "select count(*) from raw.files where message like '%another%'"
    ) == [(0,)]


def test_the_cache_works_on_any_fsspec_url(raw, tmp_path, monkeypatch):
    url = "memory://nianbao-test/parsed"
    try:
        first, _ = _ingest(raw, tmp_path / "first.duckdb", url)
        assert fsspec.filesystem("memory").find("/nianbao-test/parsed"), "the parts are in the memory store"
        parsed = _recording(monkeypatch)
        second, _ = _ingest(raw, tmp_path / "second.duckdb", url)
        assert parsed == [] and second.counts["cached"] == FILES
        _same_warehouse(tmp_path / "first.duckdb", tmp_path / "second.duckdb", raw, raw)
    finally:
        fsspec.filesystem("memory").rm("/nianbao-test", recursive=True)
