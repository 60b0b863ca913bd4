"""The template's tables in raw are written when the ingest step's code changes, and only then (load.py's
`_write_template`: with one report added to 10,000 their rewrite was a third of the ingest)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb

from ingest.parsing.template import template_cells_records, templates
from ingest.pipeline import load, manifest

CORPUS = Path(__file__).parent / "samples" / "corpus" / "reports"


def _cells(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select count(*) from raw.template_cells").fetchone()[0]


def test_the_template_tables_follow_the_code_key(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], raw)
    db, cache = tmp_path / "w.duckdb", str(tmp_path / "cache")
    every = sum(len(template_cells_records(t)) for t in templates())
    load.ingest(raw, db, jobs=1, out=io.StringIO(), cache_root=cache)
    assert _cells(db) == every

    # A template of the 2021 format alone: its cells are fewer than every template's.
    first = templates()[:1]
    monkeypatch.setattr(load, "templates", lambda: first)
    fewer = len(template_cells_records(first[0]))
    assert 0 < fewer < every
    load.ingest(raw, db, jobs=1, out=io.StringIO(), cache_root=cache)
    assert _cells(db) == every  # the same code key: the tables as they were written

    real_keys = manifest.keys
    monkeypatch.setattr(manifest, "keys", lambda *a, **k: real_keys(*a, **k) | {"raw": "another loader"})
    load.ingest(raw, db, jobs=1, out=io.StringIO(), cache_root=cache)
    assert _cells(db) == fewer  # another code key: written again from the template as it now is
