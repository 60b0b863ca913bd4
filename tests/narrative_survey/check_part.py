"""Check one part of a survey round while it is surveyed, before the round is wired (SURVEYING.md).

Why: the tests check a round once all its files are written; a surveyor needs the same checks on a part
file as it grows: each entry's half is its seed's, its address and its body + year are new to every other
round and part, the numbers are quoted, and the tuning sentences cover exactly the tuning half.

    python tests/narrative_survey/check_part.py tests/narrative_survey/reports_49_a.yaml [other parts...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from narrative_survey import half_of  # noqa: E402  (the one rule the tests use)


def _entries(path: Path) -> list[dict]:
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("reports") or []


def check(path: Path, others: list[Path]) -> int:
    """Print each problem of the part file at `path`; return how many."""
    match = re.fullmatch(r"reports_(\d+)_(\w+)\.yaml", path.name)
    if not match:
        print(f"{path}: not a part file (reports_<round>_<part>.yaml)")
        return 1
    seed = f"nianbao-issue-30-round-{match.group(1)}"
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = 0 if doc.get("split", {}).get("seed") == seed else 1
    if problems:
        print(f"split: the seed must be {seed}")
    held: dict[str, str] = {}
    bodies: dict[tuple, str] = {}
    known: set[tuple[str, str]] = set()
    for other in [*sorted(HERE.glob("reports*.yaml")), *others]:
        if other.resolve() == path.resolve():
            continue
        for entry in _entries(other):
            held[entry["url"]] = other.name
            bodies[(entry.get("body"), entry.get("year"))] = other.name
            known.update((f["metric"], f["kind"]) for f in entry.get("figures") or [])
    seen: set[str] = set()
    for entry in doc.get("reports") or []:
        url = entry.get("url", "?")
        for key in ("url", "half", "body", "province", "level", "year", "figures", "phrasing"):
            if key not in entry:
                problems += 1
                print(f"{url}: no {key}")
        if entry.get("half") != half_of(seed, url):
            problems += 1
            print(f"{url}: half must be {half_of(seed, url)}")
        for why, found in (
            ("address", held.get(url)),
            ("body + year", bodies.get((entry.get("body"), entry.get("year")))),
        ):
            if found:
                problems += 1
                print(f"{url}: its {why} is in {found}")
        if url in seen:
            problems += 1
            print(f"{url}: twice")
        seen.add(url)
        for figure in entry.get("figures") or []:
            if figure.get("number") is not None and not isinstance(figure["number"], str):
                problems += 1
                print(f"{url}: number {figure['number']!r} must be quoted (as printed) or null")
            if (figure.get("metric"), figure.get("kind")) not in known:
                pair = f"{figure.get('metric')}/{figure.get('kind')}"
                print(f"{url}: {pair} is new to the survey: see CONVENTIONS.md")
    sentences = path.with_name(f"sentences_{match.group(1)}_tuning_{match.group(2)}.yaml")
    if sentences.exists():
        written = sorted(e["url"] for e in yaml.safe_load(sentences.read_text(encoding="utf-8")) or [])
        tuning = sorted(e["url"] for e in doc.get("reports") or [] if e.get("half") == "tuning")
        if written != tuning:
            problems += 1
            print(f"{sentences.name}: must hold exactly the tuning half's addresses")
    reports = doc.get("reports") or []
    tuning = sum(e.get("half") == "tuning" for e in reports)
    print(f"{path.name}: {len(reports)} reports ({tuning} tuning), {problems} problems")
    return problems


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(1 if check(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]) else 0)
