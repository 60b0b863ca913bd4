"""Naming a place: which division (行政区划代码) a report's title means, in the report's year.

The national list is `ingest.parsing.reference.divisions` (the pinned official code list with its history). A
title names a place; the year decides which code was valid (莱芜市 371200 until 2018, 莱芜区 370116 from
2019); a name several divisions share (朝阳区, 鼓楼区) is decided by the places the report names around it
(北京市, 长春), and is otherwise left unresolved with its candidates in the warning, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.parsing.reference.divisions import Division, aliases, ancestors, by_code, divisions

_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治县|自治州|自治旗|市|区|县|旗|盟|州|省)")


@dataclass(frozen=True)
class Resolved:
    """The place a document names: as printed, its division if decided, and what is wrong if not."""

    name_zh: str | None
    known: Division | None
    warning: str | None
    candidates: tuple[str, ...] = ()  # the codes an unresolved name could mean

    @property
    def division_code(self) -> str | None:
        return self.known.division_code if self.known else None


@cache
def _names() -> dict[str, tuple[str, ...]]:
    """Every name a division is printed under (full name, alias) → its codes, over all years."""
    out: dict[str, list[str]] = {}
    for d in divisions():
        out.setdefault(d.name_zh, []).append(d.division_code)
    for alias in aliases():
        out.setdefault(alias["name_zh"], []).append(alias["division_code"])
    return {name: tuple(codes) for name, codes in out.items()}


@cache
def _context_names() -> dict[str, tuple[str, ...]]:
    """Names that, seen anywhere in a report, say which province or prefecture it is in (北京, 长春市)."""
    out: dict[str, list[str]] = {}
    for d in divisions():
        if d.tier != "county":
            for name in {d.name_zh, d.short_name_zh}:
                out.setdefault(name, []).append(d.division_code)
    return {name: tuple(codes) for name, codes in out.items()}


# Per name table `_mentions` is given (by identity): the characters its names begin with and their lengths.
_SHAPES: dict[int, tuple[dict, frozenset[str], tuple[int, ...]]] = {}


def _shape(names: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], tuple[int, ...]]:
    entry = _SHAPES.get(id(names))
    if entry is None or entry[0] is not names:
        firsts = frozenset(n[0] for n in names if n)
        entry = _SHAPES[id(names)] = (names, firsts, tuple(sorted({len(n) for n in names if n})))
    return entry[1], entry[2]


def _mentions(text: str, names: dict[str, tuple[str, ...]]) -> list[tuple[int, str]]:
    """(position, name) of each name in `text`, less one inside a longer name found (城区 in 莱城区).

    Every substring of a name's length is looked up in `names` (a few lengths per position), rather than
    every name searched for in the text: the lists hold thousands of names and a title is short; this was
    a fifth of a text report's parse (tests/test_reference_speed.py pins the results)."""
    firsts, lengths = _shape(names)
    found = []
    size = len(text)
    for start in range(size):
        if text[start] not in firsts:
            continue
        for length in lengths:
            end = start + length
            if end > size:
                break
            if text[start:end] in names:
                found.append((start, end, text[start:end]))
    spans = {(s, e) for s, e, _ in found}
    inside = {(s, e) for s, e in spans if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)}
    return sorted((s, n) for s, e, n in found if (s, e) not in inside)


def _narrowest(codes: list[str]) -> list[str]:
    """Drop a code that is an ancestor of another candidate (北京市 110000 beside its 110100)."""
    above = {a.division_code for c in codes for a in ancestors(c)}
    return [c for c in codes if c not in above]


def _label(code: str) -> str:
    d = by_code()[code]
    names = dict.fromkeys(a.name_zh for a in [*reversed(ancestors(code)), d])  # 北京市 once, not twice
    return f"{code} {''.join(names)}"


def resolve(*texts: str | None, year: int | None = None, context: str | None = None) -> Resolved:
    """The division named by the first of `texts` that names one (title first, then fallbacks), valid in
    `year` (None: now); `context` (the report's text) decides between divisions of the same name."""
    name = None
    for i, text in enumerate(texts):
        if not text:
            continue
        mentioned = _mentions(text, _names())
        # Titles run from the province down: the last place is the narrowest, unless an unknown place
        # follows it at once (临沂市沂河区: not 临沂市).
        after = mentioned[-1][0] + len(mentioned[-1][1]) if mentioned else 0
        unknown = _PLACE.match(text, after) if mentioned else None
        if mentioned and not unknown:
            name = mentioned[-1][1]
            break
        places = [unknown.group(0)] if unknown else _PLACE.findall(text)
        places = [p for p in places if not p.endswith("省") or len(p) <= 4]
        # A place not in the list is taken from the title only: in a fallback (prose) the same pattern
        # finds words that are no place (区委区政府 gives 委区), and a wrong place is worse than none.
        if places and i == 0:
            return Resolved(
                places[-1], None,
                f"jurisdiction {places[-1]} is not in the national division list "
                "(ingest/parsing/reference/divisions.py); division_code left empty",
            )  # fmt: skip
    if name is None:
        return Resolved(None, None, "no jurisdiction named in the title; division_code left empty")

    codes = list(dict.fromkeys(_names()[name]))
    valid = _narrowest([c for c in codes if by_code()[c].valid_in(year)])
    if not valid:
        spans = ", ".join(f"{_label(c)} ({_span(by_code()[c])})" for c in codes)
        when = f"in {year}" if year else "now"
        return Resolved(name, None, f"jurisdiction {name} was not a valid division {when}: {spans}; "
                        "division_code left empty", tuple(codes))  # fmt: skip
    if len(valid) > 1:
        around = " ".join(t for t in (*texts, context) if t)
        named = {c for _, n in _mentions(around, _context_names()) for c in _context_names()[n]}
        supported = [c for c in valid if any(a.division_code in named for a in ancestors(c))]
        if len(supported) != 1:
            listed = "; ".join(_label(c) for c in valid)
            return Resolved(
                name, None,
                f"jurisdiction {name} is ambiguous ({listed}) and the report names no place that decides "
                "between them; division_code left empty",
                tuple(valid),
            )  # fmt: skip
        valid = supported
    return Resolved(name, by_code()[valid[0]], None)


def _span(d: Division) -> str:
    start = d.valid_from_year or "…"
    end = d.valid_to_year or "now"
    return f"{start}–{end}"
