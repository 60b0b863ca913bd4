"""Where a crawled file came from: its sidecar (`.<name>.source.json`, written by acquire/store.py) into
raw.crawl_sources (schema.py), and the report's source_url and first_seen_at into raw.reports.

A sidecar is not the document: it is read at load time, never parsed or cached, so that the parse cache
stays a function of the file's bytes. A file without a sidecar (dropped in by hand) has no crawl
provenance; a sidecar that cannot be read is reported and ignored, never a failed build.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import TextIO

import duckdb

from ingest import PROJECT_DIR

SIDECAR_SUFFIX = ".source.json"  # the name acquire.store.sidecar_of gives


def sidecar_of(path: Path) -> Path:
    return path.with_name(f".{path.name}{SIDECAR_SUFFIX}")


def _absolute(source_path: str) -> Path:
    return Path(source_path) if os.path.isabs(source_path) else PROJECT_DIR / source_path


def _timestamp(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def read_sidecar(path: Path) -> dict | None:
    """The sidecar's fields as raw.crawl_sources columns; None without one. Raises ValueError when it is
    there but unreadable (the caller reports it)."""
    side = sidecar_of(path)
    try:
        if not side.exists():
            return None
    except OSError:  # a name too long to have a sidecar beside it (the dot and suffix pass the limit)
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data.get("source_url"):
            raise ValueError("no source_url")
        return {
            "source_url": str(data["source_url"]),
            "final_url": data.get("final_url"),
            "first_seen_at": _timestamp(data.get("first_seen_at")),
            "content_seen_at": _timestamp(data.get("content_seen_at")),
            "crawl_version": int(data["version"]) if data.get("version") is not None else None,
            "crawled_sha256": data.get("sha256"),
            "title": data.get("title"),
            "warc_file": data.get("warc_file"),
            "warc_offset": data.get("warc_offset"),
            "crawl_id": data.get("crawl_id"),
        }
    except (OSError, ValueError, TypeError) as exc:
        raise ValueError(f"{side}: {exc}") from exc


def apply(con: duckdb.DuckDBPyConnection, out: TextIO | None = None) -> None:
    """For the files of this round (temp table `run`): record their sidecars, and give their reports the
    crawl's source URL and first-seen time. Rows of files no longer present are dropped."""
    con.execute("delete from raw.crawl_sources where source_path not in (select source_path from raw.files)")
    names = [name for (name,) in con.execute("select source_path from run").fetchall()]
    con.execute("delete from raw.crawl_sources where source_path in (select source_path from run)")
    rows = []
    for name in names:
        try:
            found = read_sidecar(_absolute(name))
        except ValueError as exc:
            if out is not None:
                print(
                    f"ingest: the crawl sidecar of {name} cannot be read ({exc}); its source URL and "
                    "first-seen time are not loaded. Crawl it again or delete the sidecar",
                    file=out,
                )
            continue
        if found is not None:
            rows.append({"source_path": name, **found})
    if not rows:
        return
    columns = list(rows[0])
    con.executemany(
        f"insert into raw.crawl_sources ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})",
        [[row[c] for c in columns] for row in rows],
    )
    con.execute("""
        update raw.reports set source_url = c.source_url, first_seen_at = c.first_seen_at
        from raw.crawl_sources c
        where raw.reports.source_path = c.source_path
          and raw.reports.source_path in (select source_path from run)
    """)
