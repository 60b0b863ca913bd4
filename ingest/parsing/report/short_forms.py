"""Bodies named by their common short form (市科委, 省教育厅, 区政府办): the full name, with the place.

A title or opening sentence may name the body as its own staff call it: the level (省, 市, 区, 县) and a
short form, without the place. The short forms are data (`ingest/parsing/reference/body_short_forms.csv`, with
their source); the place is the one division of that level the report's opening text names (市 → a 市,
区 → a 区). A short form whose place the text does not decide (none named, or several) is kept as
printed and flagged, never completed with a guess.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ingest.parsing.reference import Resolved, resolve
from ingest.parsing.reference.divisions import HERE as REFERENCE

SHORT_FORMS = REFERENCE / "body_short_forms.csv"
_LEVELS = ("自治区", "省", "市", "区", "县")


@dataclass(frozen=True)
class Expanded:
    printed: str
    full_name: str | None  # None: the place is not decided; the body stays as printed
    place: Resolved | None
    note: str


@cache
def short_forms(path: Path = SHORT_FORMS) -> dict[str, tuple[str, tuple[str, ...]]]:
    """short form → (full form, the levels it is used at)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {r["short_form"]: (r["full_form"], tuple(r["levels"].split("|"))) for r in csv.DictReader(f)}


@cache
def _pattern() -> re.Pattern[str]:
    forms = "|".join(sorted(map(re.escape, short_forms()), key=len, reverse=True))
    levels = "|".join(_LEVELS)
    return re.compile(rf"^(?P<level>{levels})(?:政府)?(?P<short>{forms})$")


def match(body: str) -> tuple[str, str, str] | None:
    """(level, short form, full form) of a body printed as level + short form, else None."""
    m = _pattern().match(body)
    if m is None:
        return None
    full, levels = short_forms()[m["short"]]
    if m["level"] not in levels:
        return None
    return m["level"], m["short"], full


def expand(body: str, context: str, year: int | None) -> Expanded | None:
    """The full name of `body` if it is a short form (see the module doc); None if it is not one."""
    found = match(body)
    if found is None:
        return None
    level, short, full = found
    places = _places_of_level(context, level)
    if len(places) != 1:
        why = "names none" if not places else f"names several ({', '.join(places)})"
        return Expanded(
            body, None, None,
            f"the body is printed by its short form {body!r} ({level} + {short} = {full}) and the report's "
            f"opening text {why} of level {level}: kept as printed, place left empty. Add the place to the "
            "title or check the source",
        )  # fmt: skip
    place = resolve(places[0], year=year, context=context)
    name = places[0] + full
    return Expanded(
        body, name, place, f"the body is printed by its short form {body!r}: read as {name} (the {level} "
        f"the report names, with {short} = {full} from {SHORT_FORMS.name})",
    )  # fmt: skip


def _places_of_level(context: str, level: str) -> list[str]:
    from ingest.parsing.reference import _mentions, _names  # the resolver's own name search

    # Three characters or more: a two-character name (中区, 城区) is far more often part of a word.
    names = [n for _, n in _mentions(context, _names()) if n.endswith(level) and len(n) >= 3]
    return list(dict.fromkeys(names))
