"""What a run has to do, decided from file hashes alone: a pure function, so it is tested without DuckDB.

A file is parsed again only when its content or the parser changed; the same content under two names
is loaded once (from the name already loaded, else the first in path order); a file that is gone, or
that is parsed again, loses its old rows first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LOADED = {"loaded", "partial"}


@dataclass(frozen=True)
class Seen:
    """What the warehouse remembers of a file from the last run (a row of raw.files)."""

    sha256: str
    parser_fingerprint: str | None
    status: str


@dataclass
class Plan:
    unchanged: list[str] = field(default_factory=list)  # loaded before from the same bytes and parser
    to_parse: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # name -> the name its content is loaded from
    removed: list[str] = field(default_factory=list)  # no longer under the raw folder
    stale: list[str] = field(default_factory=list)  # whose rows must go before this run writes


def plan_changes(
    previous: dict[str, Seen], current: dict[str, str], fingerprint: str, unshared: set[str] | None = None
) -> Plan:
    """Compare the files present now (`current`: name -> sha256, in path order) with the warehouse's.

    `unshared`: names whose content no other file can share (empty files: two are two empty files, not
    one report twice); each is its own.
    """
    unshared = unshared or set()
    owner: dict[str, str] = {}
    for name, sha in current.items():
        old = previous.get(name)
        if old and old.sha256 == sha and old.status in LOADED and name not in unshared:
            owner.setdefault(sha, name)
    for name, sha in current.items():
        if name not in unshared:
            owner.setdefault(sha, name)

    plan = Plan()
    for name, sha in current.items():
        old = previous.get(name)
        if name not in unshared and owner[sha] != name:
            plan.duplicates[name] = owner[sha]
        elif (
            old and old.sha256 == sha and old.parser_fingerprint == fingerprint and old.status != "duplicate"
        ):
            plan.unchanged.append(name)
        else:
            plan.to_parse.append(name)
    plan.removed = sorted(name for name in previous if name not in current)
    unchanged = set(plan.unchanged)  # a set: `in` a list of 10,000 names, 10,000 times, cost a second
    plan.stale = sorted(name for name in previous if name not in unchanged)
    return plan
