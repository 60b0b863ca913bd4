"""Every cue of the lexicon found in one pass over a sentence (issue 29: the narrative's share of a parse).

Reading a figure asks, for the words before it, which cue ends nearest to it. Asked per metric and per cue,
that was a hundred regex calls per clause. Here one pass per sentence (a gate pattern of every cue, compiled
once per process) stops at each position where some cue starts, and there one pattern per first character,
each of its cues an optional lookahead, lists every cue that matches there (overlapping ones too). A
clause's cues are then the ones inside its window, read as each cue's own `finditer` over the clause would
read them (non-overlapping per cue; for the proceedings and outcomes, the first alternative at each
position, as their alternation does).

A cue anchored at the clause's end (`…$`) or start (`^…`) is not part of the one pass: it is tried on each
window by itself (few cues; its anchor needs the window's edge, where a lazy match may have to reach), and
only where the window's edge and text allow its match (issue 29o).
"""

from __future__ import annotations

import re
import re._compiler as sre_compile
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

# Kinds of cue, in the order `_cue` knows them.
METRIC, OUTCOME, PROCEEDING = "metric", "outcome", "proceeding"


@dataclass(frozen=True)
class Cue:
    kind: str  # metric | outcome | proceeding
    code: str  # the metric's, outcome's or proceeding's code
    index: int  # its place in its kind's alternation (outcomes and proceedings: the first wins)
    at_end: bool  # anchored at the window's end ($)
    at_start: bool  # anchored at the window's start (^)
    own: re.Pattern[str] | None = None  # an anchored cue's own pattern, tried on each window


class Hit(NamedTuple):
    """A named tuple, not a frozen dataclass: hundreds are made per report, each in one C call."""

    start: int
    end: int
    cue: int  # index into CueScanner.cues


_CUE = itemgetter(2)  # a Hit's cue


class CueScanner:
    """All cues of a vocabulary as one compiled pattern."""

    def __init__(self, cues: list[tuple[str, str, int, str]]) -> None:
        """`cues`: (kind, code, index, pattern) of every cue."""
        self.cues: list[Cue] = []
        bodies = []
        self.anchored: list[int] = []
        for kind, code, index, pattern in cues:
            at_start = pattern.startswith("^")
            at_end = pattern.endswith("$") and not pattern.endswith("\\$")
            if at_start or at_end:
                own = re.compile(pattern[1:] if at_start else pattern)
                self.anchored.append(len(self.cues))
                self.cues.append(Cue(kind, code, index, at_end, at_start, own))
                bodies.append(None)
                continue
            re.compile(pattern)  # each cue must stand alone
            self.cues.append(Cue(kind, code, index, False, False))
            bodies.append(pattern)
        # The gate fails fast where no cue starts; then each cue's own lookahead records its match there.
        gate = "|".join(f"(?:{b})" for b in bodies if b is not None)
        each = "".join(f"(?=(?P<c{n}>{b}))?" for n, b in enumerate(bodies) if b is not None)
        starts = _first_characters([b for b in bodies if b is not None])
        # Most positions start no cue: one character class turns them away before the alternation is tried.
        head = f"(?=[{''.join(re.escape(c) for c in sorted(starts))}])" if starts else ""
        self._pattern = re.compile(f"{head}(?=(?:{gate})){each}") if gate else None
        # The group number of each cue's lookahead (a cue may hold groups of its own).
        groups = self._pattern.groupindex if self._pattern else {}
        self._groups = [(groups[f"c{n}"], n) for n, b in enumerate(bodies) if b is not None]
        # A cue found at a position starts with the character there: the cues a character can start,
        # with those whose start is not known (looked at everywhere), in cue order. At each position the
        # pass stops at, only these groups are read, not every cue's.
        always, by_character = [], {}
        for group, n in self._groups:
            known = _first_of(bodies[n])
            if known is None:
                always.append((group, n))
            else:
                for character in known:
                    by_character.setdefault(character, []).append((group, n))
        self._always = always
        self._by_character = {
            c: sorted(starting + always, key=lambda gn: gn[1]) for c, starting in by_character.items()
        }
        # The gate alone finds the positions where some cue starts; there, only the cues that can start
        # with the character at that position are tried, each as its own optional lookahead of one pattern
        # per character (the same matches as in the pattern of every cue: a lookahead's match does not
        # depend on the others'; tried there, the other cues' lookaheads were most of a sentence's scan).
        self._gate = re.compile(f"{head}(?=(?:{gate}))") if gate else None
        self._at_character = {
            c: _lookaheads(bodies, [n for _, n in gn]) for c, gn in self._by_character.items()
        }
        self._at_any = _lookaheads(bodies, [n for _, n in always])
        self._kinds = tuple(cue.kind for cue in self.cues)
        self._of_kind: dict[str, tuple[bool, ...]] = {}
        # The characters an anchored cue's match can end (…$) or start (^…) with, where known: a window whose
        # last (first) character is none of them cannot hold its match, and its search is not run; nor where
        # the window lacks a run of characters every match holds. Per kind: the anchored cues by the
        # character their match must end with (where known), by the one it must start with, and the rest.
        self._edges = {n: _edge_characters(self.cues[n]) for n in self.anchored}
        self._anchored_of: dict[tuple[str, ...], tuple[dict, dict, list, list]] = {}

    def hits(self, text: str) -> list[Hit]:
        """Every cue match in `text`, by start (then by cue order)."""
        if self._gate is None:
            return []
        out = []
        at_character, at_any = self._at_character, self._at_any
        for m in self._gate.finditer(text):
            at = m.start()
            pattern, groups = at_character.get(text[at], at_any)
            if pattern is None:
                continue
            regs = pattern.match(text, at).regs
            for group, n in groups:
                start, end = regs[group]
                if start >= 0:
                    out.append(Hit(start, end, n))
        return out

    def _anchored(self, kinds: tuple[str, ...]) -> tuple[dict, dict, list, list]:
        """The anchored cues of `kinds` (n, pattern, at start, a run every match holds): by the character
        their match must end with, by the one it must start with, those with neither known, and all anchored
        at the end; in cue order (the hits are sorted after)."""
        known = self._anchored_of.get(kinds)
        if known is not None:
            return known
        by_end: dict[str, list] = {}
        by_start: dict[str, list] = {}
        other, ends = [], []
        for n in self.anchored:
            cue = self.cues[n]
            if cue.kind not in kinds or cue.own is None:
                continue
            at, characters, required = self._edges[n] or (None, set(), "")
            entry = (n, cue.own, cue.at_start, required)
            if at is _END:
                ends.append(entry)
                for character in characters:
                    by_end.setdefault(character, []).append(entry)
            elif at is _START:
                for character in characters:
                    by_start.setdefault(character, []).append(entry)
            else:
                other.append(entry)
        self._anchored_of[kinds] = (by_end, by_start, other, ends)
        return by_end, by_start, other, ends

    def of_kind(self, hits: list[Hit], kind: str) -> list[Hit]:
        """The hits of cues of `kind`, in order (each hit's cue looked up in C, not in a Python loop)."""
        if not hits:
            return []
        flags = self._of_kind.get(kind)
        if flags is None:
            flags = self._of_kind[kind] = tuple(k == kind for k in self._kinds)
        return list(compress(hits, map(flags.__getitem__, map(_CUE, hits))))

    def window(self, text: str, hits: list[Hit], lo: int, hi: int, kinds: tuple[str, ...]) -> list[Hit]:
        """The hits of `kinds` inside text[lo:hi], as finditer over that slice would find them."""
        kind_of = self._kinds
        # (`hits` come by start: none after one that starts past `hi` is inside)
        inside = []
        for hit in hits:
            start, end, n = hit
            if start > hi:
                break
            if start >= lo and end <= hi and kind_of[n] in kinds:
                inside.append(hit)
        unsorted = False
        by_end, by_start, other, ends = self._anchored(kinds)
        # (the search starts at the text's start and stops at its end, whatever lo and hi say)
        begin, top = max(lo, 0), min(hi, len(text))
        if top > begin:
            last = text[top - 1]
            # ($ also matches before a newline ending the window: then every cue anchored at the end is tried)
            at_end = ends if last == "\n" else by_end.get(last, ())
            tried = [*at_end, *by_start.get(text[begin], ()), *other]
        else:
            tried = other  # (an empty window holds no match of a cue that cannot be empty)
        for n, own, at_start, required in tried:
            if required and text.find(required, begin, top) < 0:
                continue
            found = own.match(text, lo, hi) if at_start else own.search(text, lo, hi)
            if found:
                inside.append(Hit(found.start(), found.end(), n))
                unsorted = True
        if unsorted:  # `hits` come by start, then cue: only an anchored one can be out of place
            inside.sort(key=lambda h: (h.start, h.cue))
        out = []
        last_end: dict[int, int] = {}  # per metric cue: where its previous match ended
        taken_at: dict[tuple[str, int], Hit] = {}  # (alternation, start) -> the first alternative's hit
        cues = self.cues
        for hit in inside:
            start, end, n = hit
            kind = kind_of[n]
            if kind == METRIC:
                if start < last_end.get(n, lo):
                    continue
                last_end[n] = end if end > start else end + 1
                out.append(hit)
                continue
            key = (kind, start)
            first = taken_at.get(key)
            if first is None or cues[first[2]].index > cues[n].index:
                taken_at[key] = hit
        if not taken_at:
            return out
        # the alternations: leftmost, first alternative, non-overlapping
        ordered = sorted(taken_at.items(), key=lambda kv: kv[0][1])
        for kind in (OUTCOME, PROCEEDING):
            at = lo
            for (k, start), hit in ordered:
                if k != kind or start < at:
                    continue
                out.append(hit)
                at = hit.end if hit.end > hit.start else hit.end + 1
        return out


_END = "end"
_START = "start"


def _lookaheads(bodies: list[str | None], numbers: list[int]) -> tuple[re.Pattern[str] | None, list]:
    """One pattern of the cues `numbers` (in that order), each an optional lookahead in a group of its own
    (c<n>), and the (group, n) to read of a match; (None, []) for no cue."""
    if not numbers:
        return None, []
    pattern = re.compile("".join(f"(?=(?P<c{n}>{bodies[n]}))?" for n in numbers))
    return pattern, [(pattern.groupindex[f"c{n}"], n) for n in numbers]


def _edge_characters(cue: Cue) -> tuple[str | None, set[str], str] | None:
    """What an anchored cue's match must hold: (_END, the characters it must end with, …) for a cue anchored
    at the end (…$), (_START, those it must start with, …) for one anchored at the start only, (None, …)
    where they are not known (it may be empty, or its end lies in a lookaround); and a run of characters it
    must hold ("" if none). None when its case may not matter."""
    assert cue.own is not None
    if cue.own.flags & (re.IGNORECASE | re.MULTILINE) or _CASE_FLAG.search(cue.own.pattern):
        return None
    parsed = list(sre_parse.parse(cue.own.pattern))
    found, empty = _last(parsed) if cue.at_end else _first(parsed)
    at = None if found is None or empty else (_END if cue.at_end else _START)
    return at, found or set(), _required(parsed)


def _required(items) -> str:
    """The longest run of characters every match of a parsed pattern holds: its consecutive literals at the
    top level (what consumes nothing between them, a lookaround or an anchor, leaves them adjacent)."""
    best = run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            best = max(best, run, key=len)
        elif not (op is sre.AT or op is sre.ASSERT_NOT or op is sre.ASSERT):
            run = ""
    return best


def _edge(items, from_end: bool) -> tuple[set[str] | None, bool]:
    """(the characters a parsed pattern can start with, or end with if `from_end`; None if not known;
    whether it can match empty). One walk for both ends, so the two can never disagree on what they read."""
    out: set[str] = set()
    for op, av in reversed(items) if from_end else items:
        # an anchor or a lookaround consumes nothing (a lookbehind such as (?<=\d件，) looks at what comes
        # before the match): the characters next to it inside the match start (end) it (a superset of what
        # it allows)
        if op is sre.AT or op is sre.ASSERT_NOT or op is sre.ASSERT:
            continue
        if op is sre.LITERAL:
            out.add(chr(av))
            return out, False
        if op is sre.SUBPATTERN:
            found, empty = _edge(av[-1], from_end)
        elif op is sre.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                f, e = _edge(branch, from_end)
                if f is None:
                    return None, False
                found |= f
                empty |= e
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, empty = _edge(av[2], from_end)
            empty = empty or av[0] == 0
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            found, empty = {chr(a) for _, a in av}, False
        else:
            return None, False
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _first(items) -> tuple[set[str] | None, bool]:
    """(the characters a parsed pattern can start with, None if not known; whether it can match empty)."""
    return _edge(items, from_end=False)


def _last(items) -> tuple[set[str] | None, bool]:
    """As `_first`, read from the end: the characters a parsed pattern can end with."""
    return _edge(items, from_end=True)


_CASE_FLAG = re.compile(r"\(\?[aLmsux]*i")


def _first_of(body: str) -> set[str] | None:
    """The characters a cue's match must start with; None when not known (it may be empty, or the case
    of its letters may not matter)."""
    if re.compile(body).flags & re.IGNORECASE or _CASE_FLAG.search(body):
        return None
    found, empty = _first(list(sre_parse.parse(body)))
    return None if found is None or empty else found


def _first_characters(bodies: list[str]) -> set[str] | None:
    """Every character a cue can start with; None when some cue's start is not a known set."""
    out: set[str] = set()
    for body in bodies:
        found, empty = _first(list(sre_parse.parse(body)))
        if found is None or empty:
            return None
        out |= found
    return out


@lru_cache(maxsize=64)  # per vocabulary, not per report: finding the first characters parses each pattern
def alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of `patterns`, led by a lookahead for the characters they can start with (where
    known): the same matches, but a position none starts at is turned away at once instead of every
    alternative being tried there (a seventh of the time over a report's paragraphs)."""
    body = "|".join(f"(?:{p})" for p in patterns)
    starts = _first_characters(list(patterns))
    if not starts or _has_prefix(body):
        return re.compile(body)  # (where the engine finds a first literal or character set itself, it skips
        # to them faster than a lookahead: 没有|未|无… is led by the engine, (?<!平)均… or (?:(?:未|… is not)
    return re.compile(f"(?=[{''.join(re.escape(c) for c in sorted(starts))}])(?:{body})")


def _has_prefix(body: str) -> bool:
    """Whether the regex engine finds a literal prefix or a set of first characters of `body` itself (then
    its search skips to them; a lookahead of ours would only slow it)."""
    parsed = sre_parse.parse(body)
    prefix, _, _ = sre_compile._get_literal_prefix(parsed, 0)
    return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, 0))


@lru_cache(maxsize=64)  # per vocabulary's pattern, not per report
def leading_pair(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The two characters every match of `pattern` starts with, as a pattern of two classes ([\\d一][件次]);
    None where they are not known. A text it finds nothing in holds no match of `pattern`: searched first,
    it turns away most texts at the speed of a class scan (a pattern led by a branch with a lookbehind,
    (?:\\d|(?<!…)一)…, is tried at every position by the engine)."""
    if pattern.flags & re.IGNORECASE or _CASE_FLAG.search(pattern.pattern):
        return None
    items = [item for item in sre_parse.parse(pattern.pattern) if item[0] not in _ZERO_WIDTH]
    if not items or sre_parse.SubPattern(sre_parse.State(), items[:1]).getwidth() != (1, 1):
        return None
    first, second = _class(items[:1]), _class(items[1:])
    if first is None or second is None:
        return None
    return re.compile(f"[{''.join(sorted(first))}][{''.join(sorted(second))}]")


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _class(items) -> set[str] | None:
    """The members (as a character class writes them) of a class holding every character a match of the
    parsed `items` can start with; None where not known or where the match may be empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:  # consumes nothing: the next item's character starts the match
            continue
        if op is sre.LITERAL:
            return {re.escape(chr(av))}
        if op is sre.IN:
            out = set()
            for o, a in av:
                if o is sre.LITERAL:
                    out.add(re.escape(chr(a)))
                elif o is sre.RANGE:
                    out.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is sre.CATEGORY and a is sre.CATEGORY_DIGIT:
                    out.add(r"\d")
                else:  # a negated class, another category
                    return None
            return out
        if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            found = _class(av[-1])
        elif op is sre.BRANCH:
            found = set()
            for branch in av[1]:
                f = _class(branch)
                if f is None:
                    return None
                found |= f
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found = _class(av[2])
        else:
            return None
        return found
    return None  # the items may match empty
