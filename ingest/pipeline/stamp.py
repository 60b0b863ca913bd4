"""What a published warehouse was built from, so that a build redoes exactly the stages that changed.

Beside the published warehouse, `<warehouse>.built` records every stage's key (ingest.pipeline.manifest)
and the raw folder's fingerprint (names, sizes, modification times: `ingest.pipeline.inputs.fingerprint`,
nothing is read). A build whose keys all match does nothing; otherwise it runs the steps whose stages
changed (a changed raw folder runs them all, incrementally).

The stamp is removed before a warehouse is published and written after, so a build stopped in between
leaves no stamp, and the next build does everything.
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.pipeline import manifest
from ingest.pipeline.inputs import fingerprint as raw_fingerprint

RAW_DATA = "raw data"  # the raw folder's fingerprint the ingest step last loaded
# Per step, the raw folder's fingerprint whose rows it last ran on: a step that ran (alone, by
# `--steps`) leaves the later ones behind the data, and the next whole build runs them.
DATA_KEYS = {"ingest": RAW_DATA, "dbt": "raw data: dbt", "checks": "raw data: checks"}


def current(raw: Path) -> dict[str, str]:
    """Every stage's key, and the raw folder's fingerprint (as every step's data once the build is done)."""
    found = raw_fingerprint(raw) if raw.is_dir() else "no raw folder"
    return manifest.keys() | dict.fromkeys(DATA_KEYS.values(), found)


def data_behind(before: dict[str, str], now: dict[str, str]) -> set[str]:
    """The steps that have not run on the raw data now present (each, when `before` is empty)."""
    return {step for step, key in DATA_KEYS.items() if before.get(key) != now[key]}


def path_for(db: Path) -> Path:
    return db.with_name(db.name + ".built")


def read(db: Path) -> dict[str, str]:
    """The stamp of the published warehouse `db` (empty when there is none, or no warehouse)."""
    try:
        return json.loads(path_for(db).read_text(encoding="utf-8")) if db.exists() else {}
    except (OSError, ValueError):
        return {}


def write(db: Path, stamp: dict[str, str]) -> None:
    path_for(db).write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def remove(db: Path) -> None:
    path_for(db).unlink(missing_ok=True)
