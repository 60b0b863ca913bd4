"""What a published warehouse was built from, so that a build with nothing changed does nothing.

Beside the published warehouse, `<warehouse>.built` records the fingerprints of its inputs: the raw
folder (names, sizes, modification times: `ingest.inputs.fingerprint`, nothing is read) and each part of
the code that shapes it (the parser, the dbt project, the checks, the locked dependencies). A build
whose inputs match does nothing; one whose parser or dbt project changed rebuilds the marts in full
(`dbt build --full-refresh`), because rows of unchanged reports may change then; otherwise the marts
are brought up to date incrementally, for the reports that came and went.

The stamp is removed before a warehouse is published and written after, so a build stopped in between
leaves no stamp, and the next build does everything.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ingest import PROJECT_DIR
from ingest.inputs import fingerprint as raw_fingerprint

# The code each part of the build depends on (folders are read recursively).
CODE = {
    "parser": ["ingest"],
    "dbt": ["dbt_project/models", "dbt_project/macros", "dbt_project/tests", "dbt_project/dbt_project.yml",
            "dbt_project/profiles.yml", "ingest/reference", "ingest/template"],
    "checks": ["expectations"],
    "dependencies": ["pyproject.toml", "uv.lock"],
}  # fmt: skip
SKIPPED_DIRS = {"__pycache__", "target", "logs", "dbt_packages"}


def _files(entry: Path) -> list[Path]:
    if entry.is_file():
        return [entry]
    found = []
    for root, dirs, files in os.walk(entry):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        found.extend(Path(root) / f for f in sorted(files) if not f.endswith((".pyc", ".swp")))
    return found


def tree_fingerprint(entries: list[str], project: Path = PROJECT_DIR) -> str:
    """sha256 over the paths and bytes of the files of `entries` (files or folders, under `project`)."""
    digest = hashlib.sha256()
    for entry in entries:
        for path in _files(project / entry):
            digest.update(path.relative_to(project).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def code_fingerprint(part: str, project: Path = PROJECT_DIR) -> str:
    """The fingerprint of a part's code (CODE)."""
    return tree_fingerprint(CODE[part], project)


def current(raw: Path) -> dict[str, str]:
    """The fingerprints of everything a full build reads."""
    return {"raw": raw_fingerprint(raw) if raw.is_dir() else "no raw folder"} | {
        part: code_fingerprint(part) for part in CODE
    }


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
