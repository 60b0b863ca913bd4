"""What a report's own prose settles about a row whose run-together digits split more than one way.

Section 二's 规章 and 行政规范性文件 rows print three counts (本年制发, 本年废止, 现行有效); run together
(`2164`) they split several ways (2/1/64, 2/16/4, 21/6/4). The report's prose often states them
(`制发规范性文件2件`, `废止1件`, `现行有效规范性文件64件`). A candidate split is kept only if it agrees with
every count the prose states for that row; the row is settled only if exactly one candidate is left and at
least one claim was used (`recovered_by_narrative`, the claims quoted as evidence). Claims that disagree
with each other, or with every candidate, settle nothing: the row stays missing with its candidates.

The same body's previous report (上年结转 = last year's 结转下年度; 现行有效 = last year's 现行有效 +
本年制发 − 本年废止) needs the warehouse: it is not read here (see the issue 24 note).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parsing.document import Document
from ingest.parsing.narrative.claims import extract_claims
from ingest.parsing.narrative.metrics import load_vocabulary

NARRATIVE = "recovered_by_narrative"

# Which sentences speak of which row, and the words before each column's count.
_ROW_WORDS = {"regulations": "规章", "normative_documents": "规范性文件"}
_COLUMN_WORDS = {
    "issued": r"(?:新?制发|制定|出台|印发|新发布)",
    "repealed": r"(?:废止|废除|宣布失效)",
    "in_force": r"(?:现行有效)",
}
_SENTENCE = re.compile(r"[^。；;！!\n]+")
_GAP = r"[^，,。；;\d]{0,14}?"


@dataclass(frozen=True)
class Settled:
    tokens: list[str]
    evidence: str


def claims(text: str, row_code: str) -> dict[str, list[tuple[int, str]]]:
    """Column → the counts the prose states for the row, each with the words that state it."""
    word = _ROW_WORDS.get(row_code)
    if word is None:
        return {}
    other = [w for code, w in _ROW_WORDS.items() if code != row_code]
    out: dict[str, list[tuple[int, str]]] = {}
    for sentence in _SENTENCE.findall(text):
        if word not in sentence or any(w in sentence for w in other):
            continue  # a sentence naming both rows does not say which count is whose
        for column, verb in _COLUMN_WORDS.items():
            for m in re.finditer(rf"{verb}{_GAP}(\d+)\s*件", sentence):
                out.setdefault(column, []).append((int(m.group(1)), m.group(0)))
    return out


def settle(text: str, row_code: str, columns: list[str], candidates: list[list[str]]) -> Settled | None:
    """The one candidate the prose's claims leave, with the claims, else None (see the module doc)."""
    stated = claims(text, row_code)
    used: list[str] = []
    kept = [c for c in candidates if all(t.isdigit() for t in c)]
    for column, said in stated.items():
        if column not in columns:
            continue
        values = {v for v, _ in said}
        if len(values) != 1:
            return None  # the prose disagrees with itself
        at = columns.index(column)
        kept = [c for c in kept if int(c[at]) == next(iter(values))]
        used.append(said[0][1])
    if len(kept) == 1 and used:
        return Settled(kept[0], "; ".join(f"the report's text: {u!r}" for u in used))
    return None


def section3_counts(doc: Document, year: int | None) -> dict[str, list[tuple[int, str]]]:
    """Section 三 row → the counts the prose states for its 总计 column, each with its sentence.

    Only a claim with one reading (no alternative metric), of one row's total, a count of the report's
    own year (no comparison stated in its sentence), and printed as a number (not 均已办结) is used."""
    vocabulary = load_vocabulary()
    out: dict[str, list[tuple[int, str]]] = {}
    for c in extract_claims(doc, year, vocabulary):
        if c.claim_kind != "count" or c.implicit or c.alt_metrics or c.compared_year is not None:
            continue
        metric = vocabulary.metrics.get(c.metric)
        if metric is None or metric.combined or len(metric.cells) != 1 or c.value != int(c.value):
            continue
        section, row, col = metric.cells[0]
        if section == "3" and col == "total":
            out.setdefault(row, []).append((int(c.value), c.sentence[:60]))
    return out


def settle_section3(
    counts: dict[str, list[tuple[int, str]]], row_code: str, columns: list[str], candidates: list[list[str]]
) -> Settled | None:
    """The one candidate of a section 三 row whose 总计 is the count the prose states (every statement of
    it agreeing), else None: the same rule as section 二's (`settle`)."""
    said = counts.get(row_code)
    if not said or "total" not in columns or len({v for v, _ in said}) != 1:
        return None
    at = columns.index("total")
    kept = [c for c in candidates if all(t.isdigit() for t in c) and int(c[at]) == said[0][0]]
    if len(kept) != 1:
        return None
    return Settled(kept[0], f"the report's text: {said[0][1]!r} (总计 {said[0][0]})")
