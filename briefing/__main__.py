"""`python -m briefing [--lang en]`: export every chart to build/charts/ (run by `make charts`).

Charts are drawn again only when what they show changed: nothing at all when the warehouse, the charts'
code and the language are those of the last export (checked before the slow imports), and otherwise
only the charts whose Vega-Lite spec (data included) differs from the one drawn last (briefing.export).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys

from ingest.pipeline import manifest
from ingest.pipeline.paths import CHARTS_DIR as OUT
from ingest.pipeline.paths import warehouse_path


def export_key(lang: str) -> str:
    """The warehouse file's identity (published by a rename: a new build is a new file) and the charts
    stage's key (ingest.pipeline.manifest)."""
    db = warehouse_path()
    info = db.stat()
    code = manifest.keys()["charts"]
    return hashlib.sha256(
        f"{db.resolve()} {info.st_size} {info.st_mtime_ns} {lang} {code}".encode()
    ).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    parser.add_argument("--force", action="store_true", help="draw every chart again")
    args = parser.parse_args(argv)
    if not warehouse_path().exists():
        print(f"charts: {warehouse_path()} does not exist; run `make build` first", file=sys.stderr)
        return 1
    stamp, key = OUT / "exported.json", export_key(args.lang)
    if not args.force and stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")).get("key") == key:
        print(f"charts: {OUT} is up to date (same warehouse, charts code and language)", file=sys.stderr)
        return 0

    from ingest.pipeline.lean_imports import skip_unused

    skip_unused()  # before Altair imports jsonschema
    from briefing.export import export_all
    from briefing.labels import set_language

    set_language(args.lang)
    print(f"charts: exporting to {OUT}", file=sys.stderr)
    stamp.unlink(missing_ok=True)
    exported = export_all(OUT, force=args.force)
    stamp.write_text(json.dumps({"key": key}) + "\n", encoding="utf-8")
    print(f"charts: {len(exported)} charts and {OUT / 'index.html'} written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
