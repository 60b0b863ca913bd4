"""The place-name search (`ingest.parsing.reference._mentions`) looks each substring up instead of
searching for every name: it must find exactly what a search for every name finds, on real openings and
on titles made of names run together (overlapping, nested: 城区 in 莱城区)."""

from __future__ import annotations

import random

from ingest import PROJECT_DIR
from ingest.parsing.reference import _context_names, _mentions, _names


def _every_name_searched(text: str, names: dict) -> list[tuple[int, str]]:
    """The search as it was: every name found at every position, less one inside a longer name found."""
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append((start, start + len(name), name))
            start = text.find(name, start + 1)
    spans = {(s, e) for s, e, _ in found}
    inside = {(s, e) for s, e in spans if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)}
    return sorted((s, n) for s, e, n in found if (s, e) not in inside)


def test_the_lookup_finds_what_the_search_for_every_name_finds():
    samples = sorted((PROJECT_DIR / "tests" / "samples").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8")[:1500] for p in samples]
    rng = random.Random(29)
    pool = [*_names(), "的", "区委区政府", "市", "县", "莱城区", "城区"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 10))) for _ in range(200)]
    assert any(_mentions(t, _names()) for t in texts[: len(samples)])  # real openings name places
    for names in (_names(), _context_names()):
        for text in texts:
            assert _mentions(text, names) == _every_name_searched(text, names), text[:60]
