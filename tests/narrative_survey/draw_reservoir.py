"""The reservoir family's draw (round 51 on): reports met in another place by earlier searches, never kept.

Why: by round 50 the department family's searches kept about one report in twenty (round 48: one in twelve).
Each search returns the drawn department of many places, and the keep rule takes only the drawn county's
city, so the other places' reports were named in the search lines ("五华县自然资源局 2020 (梅州)") and left.
They are real reports the grammar has never been tuned on, met by place-drawn searches, and their number grew
with every round. This script lists them once, in an order drawn by the round's seed, so that a round can
search them one by one:

    python tests/narrative_survey/draw_reservoir.py 51

Columns: order, body (as the search line names it), year, place (as named in brackets), the first round file
naming it. A body + year that a round's `reports:` list holds (its body ending with the named body, the same
year) is left out; one named elsewhere as passed over for a reason other than another place is left to the
surveyor's grep, as the NEW rule of SURVEYING.md says. Only the files of earlier rounds are read, so a
round's list (and its numbers) stays the same while the round's own parts keep entries; the order of two
entries depends on them alone.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# A body named in a search line, its report's year and, in brackets, the place it was left for: a body ends in
# a government or department word; the bracket holds a place's short name only (no other remark).
NAMED_ELSEWHERE = re.compile(
    r"(?:^|[ ,，;(])([\u4e00-\u9fff（）]{3,30}?"
    r"(?:局|委员会|委|办公室|厅|中心|人民政府|管委会|署|院|馆|站|队|办事处))"
    r" (20[012]\d) \(([\u4e00-\u9fff]{1,8})\)"
)


def _round_of(path: Path) -> int:
    """reports.yaml is round 1's, reports_2.yaml round 2's, reports_N_x.yaml round N's."""
    parts = path.stem.split("_")
    return int(parts[1]) if len(parts) > 1 else 1


def _files(before: int) -> list[Path]:
    """The rounds' files before round `before`: a round's own keeps never move its list's numbers."""
    return sorted(p for p in HERE.glob("reports*.yaml") if _round_of(p) < before)


def reservoir(before: int) -> dict[tuple[str, str], tuple[str, str]]:
    """(body, year) → (place, first file naming it), for bodies + years no round before `before` keeps."""
    named: dict[tuple[str, str], tuple[str, str]] = {}
    kept: list[tuple[str, str]] = []
    for path in _files(before):
        text = path.read_text(encoding="utf-8")
        for report in yaml.safe_load(text).get("reports") or []:
            kept.append((str(report.get("body", "")), str(report.get("year"))))
        for line in text.splitlines():
            if line.startswith("#"):
                for match in NAMED_ELSEWHERE.finditer(line):
                    body, year, place = match.groups()
                    named.setdefault((body, year), (place, path.name))
    return {
        key: where
        for key, where in named.items()
        if not any(year == key[1] and (body.endswith(key[0]) or key[0] in body) for body, year in kept)
    }


def drawn(round_no: int) -> list[tuple[str, str, str, str]]:
    """The reservoir in round `round_no`'s order: sha256 of the round's seed, the body and the year."""
    seed = f"nianbao-issue-30-round-{round_no}"

    def order(key: tuple[str, str]) -> str:
        return hashlib.sha256(f"{seed}{key[0]}{key[1]}".encode()).hexdigest()

    found = reservoir(round_no)
    return [(body, year, *found[(body, year)]) for body, year in sorted(found, key=order)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_no", type=int)
    args = parser.parse_args(argv)
    for n, row in enumerate(drawn(args.round_no), start=1):
        sys.stdout.write("\t".join((str(n), *row)) + "\n")


if __name__ == "__main__":
    main()
