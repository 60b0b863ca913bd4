"""`python -m briefing [--lang en]`: export every chart to build/charts/ (run by `make charts`).

Charts are drawn again only when what they show changed: nothing at all when the warehouse, the charts'
code and the language are those of the last export, or when the code and language are and the charts'
queries return the same rows (briefing.recorded; both checked before the slow imports), and otherwise
only the charts whose Vega-Lite spec (data included) differs from the one drawn last (briefing.export).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys

from briefing.recorded import same_rows
from ingest.pipeline import manifest
from ingest.pipeline.paths import CHARTS_DIR as OUT
from ingest.pipeline.paths import warehouse_path


def charts_key(lang: str) -> str:
    """What the charts are drawn from besides the rows they read: the charts stage's key
    (ingest.pipeline.manifest) and the language."""
    return f"{manifest.keys()['charts']} {lang}"


def export_key(charts: str) -> str:
    """The warehouse file's identity (published by a rename: a new build is a new file) and `charts`
    (charts_key)."""
    db = warehouse_path()
    info = db.stat()
    return hashlib.sha256(f"{db.resolve()} {info.st_size} {info.st_mtime_ns} {charts}".encode()).hexdigest()


def _files_there(last: dict) -> bool:
    return bool(last.get("files")) and all((OUT / name).exists() for name in last["files"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    parser.add_argument("--force", action="store_true", help="draw every chart again")
    args = parser.parse_args(argv)
    if not warehouse_path().exists():
        print(f"charts: {warehouse_path()} does not exist; run `make build` first", file=sys.stderr)
        return 1
    stamp, charts = OUT / "exported.json", charts_key(args.lang)
    key = export_key(charts)
    last = json.loads(stamp.read_text(encoding="utf-8")) if stamp.exists() else {}
    if not args.force and last.get("key") == key:
        print(f"charts: {OUT} is up to date (same warehouse, charts code and language)", file=sys.stderr)
        return 0
    if (
        not args.force
        and last.get("charts") == charts
        and _files_there(last)
        and same_rows(warehouse_path(), last.get("queries", []))
    ):
        stamp.write_text(json.dumps(last | {"key": key}) + "\n", encoding="utf-8")
        print(f"charts: {OUT} is up to date (the rows the charts draw are the same)", file=sys.stderr)
        return 0

    from ingest.pipeline.lean_imports import skip_unused

    skip_unused()  # before Altair imports jsonschema
    from briefing.export import export_all
    from briefing.labels import set_language

    set_language(args.lang)
    print(f"charts: exporting to {OUT}", file=sys.stderr)
    stamp.unlink(missing_ok=True)
    queries: list = []
    exported = export_all(OUT, force=args.force, record=queries)
    files = ["index.html", *(f"{item['name']}.{ext}" for item in exported for ext in ("png", "svg"))]
    record = {"key": key, "charts": charts, "files": files, "queries": queries}
    stamp.write_text(json.dumps(record) + "\n", encoding="utf-8")
    print(f"charts: {len(exported)} charts and {OUT / 'index.html'} written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
