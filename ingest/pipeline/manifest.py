"""What each stage of the build depends on: the one list from which every "what to redo" is derived.

A stage re-runs when its own files or any stage it comes after changed; nothing else decides it. The
parse cache's key is the parse stage's (and the rows' shape, stage raw); the build stamp holds every
stage's key; make's prerequisites are the files of every stage (`python3 ingest/pipeline/manifest.py
files`); dbt refreshes in full only when code its rows come from changed, not when reports came or went.

Standard library only: make runs this file with the system Python before any environment exists.

    python3 ingest/pipeline/manifest.py files [STAGE ...]   # the stages' files (all stages), one per line
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Stage:
    paths: tuple[str, ...]  # files or folders under the project (folders read recursively)
    after: tuple[str, ...] = ()  # the stages whose output it reads


# In build order. `all` is what every stage depends on (the locked libraries); `briefing`'s charts are
# drawn by `python -m briefing` from the published warehouse.
STAGES: dict[str, Stage] = {
    "all": Stage(("pyproject.toml", "uv.lock")),
    "parse": Stage(("ingest/parsing",), after=("all",)),
    # The shape of a parsed file's rows (the raw tables' DDL, one Arrow row per file): cached with them.
    "rows": Stage(("ingest/pipeline/schema.py", "ingest/pipeline/entries.py"), after=("parse",)),
    "raw": Stage(("ingest/pipeline/load.py", "ingest/pipeline/provenance.py"), after=("rows",)),
    # The seeds too: the briefing's places (briefing/jurisdictions.csv) and the checks' rules.
    "dbt": Stage(("dbt_project/models", "dbt_project/macros", "dbt_project/tests",
                  "dbt_project/dbt_project.yml", "dbt_project/profiles.yml", "briefing/jurisdictions.csv",
                  "expectations/check_rules.csv"), after=("raw",)),
    "checks": Stage(("expectations",), after=("dbt",)),
    "charts": Stage(("briefing",), after=("checks",)),
}  # fmt: skip

# The build's steps and the stages each runs (charts are drawn by make's own rule, after the build).
STEP_STAGES = {"ingest": ("parse", "rows", "raw"), "dbt": ("dbt",), "checks": ("checks",)}
SKIPPED_DIRS = {"__pycache__", "target", "logs", "dbt_packages", ".ipynb_checkpoints"}
SKIPPED_SUFFIXES = (".pyc", ".swp")


def files(entry: str, project: Path = PROJECT_DIR) -> list[Path]:
    """The files of one manifest entry, sorted (a missing entry has none)."""
    path = project / entry
    if path.is_file():
        return [path]
    found = []
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        found += [Path(root) / n for n in sorted(names) if not n.endswith(SKIPPED_SUFFIXES)]
    return found


def tree_fingerprint(entries: tuple[str, ...] | list[str], project: Path = PROJECT_DIR) -> str:
    """sha256 over the paths and bytes of the files of `entries`."""
    digest = hashlib.sha256()
    for entry in entries:
        for path in files(entry, project):
            digest.update(path.relative_to(project).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def upstream(stage: str) -> list[str]:
    """`stage` and every stage it comes after, each once, in build order."""
    seen: set[str] = set()

    def visit(name: str) -> None:
        for before in STAGES[name].after:
            visit(before)
        seen.add(name)

    visit(stage)
    return [name for name in STAGES if name in seen]


def own_keys(project: Path = PROJECT_DIR) -> dict[str, str]:
    """Each stage's fingerprint of its own files."""
    return {name: tree_fingerprint(stage.paths, project) for name, stage in STAGES.items()}


def keys(project: Path = PROJECT_DIR, own: dict[str, str] | None = None) -> dict[str, str]:
    """Each stage's key: its own files and those of every stage it comes after."""
    own = own or own_keys(project)
    return {
        name: hashlib.sha256("".join(own[u] for u in upstream(name)).encode()).hexdigest()[:16]
        for name in STAGES
    }


def changed_stages(before: dict[str, str], now: dict[str, str]) -> set[str]:
    """The stages whose key differs (every stage when `before` is empty)."""
    return {name for name in STAGES if before.get(name) != now.get(name)}


def parse_key(project: Path = PROJECT_DIR) -> str:
    """The parse cache's key: what a cached parse's rows depend on (the parse package and the rows' shape)."""
    return keys(project)["rows"]


if __name__ == "__main__":
    wanted = sys.argv[2:] or list(STAGES)
    if sys.argv[1:2] != ["files"] or set(wanted) - set(STAGES):
        sys.exit(f"usage: python3 ingest/pipeline/manifest.py files [STAGE ...]; stages: {', '.join(STAGES)}")
    for name in wanted:
        for entry in STAGES[name].paths:
            for path in files(entry):
                if " " not in path.name:  # make cannot name such files; the stage keys still see them
                    print(path.relative_to(PROJECT_DIR).as_posix())
