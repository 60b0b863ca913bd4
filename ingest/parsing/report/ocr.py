"""What an OCR tool misreads in a report's tables, corrected only where the template leaves one reading.

OCR'd text lays a table out as text lines (a row's label and its cells on one line, separated by spaces)
and misreads characters for look-alikes: 0 as O, 1 as l, 已 as 己, 未 as 末, 日 as 曰. Two corrections
are made, each recorded with the text as printed (value_source `ocr_corrected`, the printed and corrected
text in `evidence`, and a warning), never silently:

- **Digits**: in a number token (a run of digits and look-alikes between spaces or Chinese text), the
  letters O/o/〇 are read as 0 and l/I/| as 1 when the token holds a real digit (`2O`, `l2`) or stands
  between number tokens (`0 O 0`). A letter among Latin letters (`www.lyls`) is never a digit.
- **Labels**: a template row not found by its label is looked for by substituted characters (up to 1
  for a label under 10 characters, 2 from 10 on), only where digits follow and only before the next row
  found as printed. The allowance is cut to less than half the label's distance to any other row's label
  of the section (as a whole and as any part of a longer one: 本年新收… and 上年结转… are 3 apart, so
  each is matched with 1), so a misread text is near one template label only, never between two.
  Labels under 5 characters (规章, 其他, 总计, 予以公开) are never matched this way.

Place names are corrected in `ingest.parsing.reference` (within the province the text names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.parsing.template import Axis, Section
from ingest.parsing.text import normalize_label

OCR = "ocr_corrected"
DIGIT_LOOKALIKES = {"O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "|": "1"}
_TOKEN = re.compile(r"(?<![A-Za-z])[0-9Ool|I〇.]+(?![A-Za-z])")
MIN_LABEL = 5


@dataclass(frozen=True)
class Correction:
    position: int  # in the flat text
    printed: str
    corrected: str


def row_labels(row: Axis) -> list[str]:
    """The texts a row is printed under (its label and variants, as labels are compared), longest first."""
    return sorted({normalize_label(x) for x in (row.label_zh, *row.variants)}, key=len, reverse=True)


def distance_for(label: str) -> int:
    return 1 if len(label) < 10 else 2


def fix_digits(text: str) -> tuple[str, list[Correction]]:
    """`text` with digit look-alikes in number tokens read as digits (same length), and each change.

    A token of look-alikes only (`O`) is a number when a number token stands next to it, separated by
    spaces only; that neighbour may itself have been read so (`0 O O`), so tokens are read until nothing
    changes."""
    tokens = [m for m in _TOKEN.finditer(text) if any(c in DIGIT_LOOKALIKES for c in m.group())]
    if not tokens:
        return text, []
    out = list(text)
    numbers = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    changes: list[Correction] = []

    def numeric(start: int, end: int) -> bool:
        return any(c.isdigit() for c in out[start:end])

    def beside(m: re.Match) -> bool:
        for start, end in numbers:
            gap = text[end : m.start()] if end <= m.start() else text[m.end() : start]
            if (
                (end <= m.start() or start >= m.end())
                and gap
                and gap.strip(" \t") == ""
                and numeric(start, end)
            ):
                return True
        return False

    pending = list(tokens)
    while pending:
        left = []
        for m in pending:
            token = m.group()
            has_digit = any(c.isdigit() for c in token)
            if token.startswith(".") or (token.endswith(".") and not has_digit):
                continue  # an ordinal (l.) or a full stop is not a number
            if not has_digit and not beside(m):
                left.append(m)
                continue
            for j, c in enumerate(token):
                if c in DIGIT_LOOKALIKES:
                    out[m.start() + j] = DIGIT_LOOKALIKES[c]
                    changes.append(Correction(m.start() + j, c, DIGIT_LOOKALIKES[c]))
        if len(left) == len(pending):
            break
        pending = left
    return "".join(out), sorted(changes, key=lambda c: c.position)


def levenshtein(a: str, b: str, bound: int) -> int:
    """Edit distance of `a` and `b`, or bound + 1 once it exceeds `bound` (labels are short)."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > bound:
            return bound + 1
        previous = current
    return previous[-1]


def hamming(a: str, b: str) -> int:
    return sum(1 for x, y in zip(a, b, strict=True) if x != y)


@cache
def reach(section: Section, row_code: str, label: str) -> int:
    """How many substituted characters a misreading of `label` (of row `row_code`) may have: the label's
    own allowance (`distance_for`), less than half its distance to any other row's label of the section
    (whole, or as a same-length part of a longer one), so that no text is that near two rows; 0 for a
    label under MIN_LABEL characters."""
    if len(label) < MIN_LABEL:
        return 0
    k = distance_for(label)
    nearest = 2 * k + 1
    for row in section.rows:
        if row.code == row_code:
            continue
        for other in row_labels(row):
            nearest = min(nearest, levenshtein(label, other, 2 * k))
            for at in range(len(other) - len(label) + 1):
                nearest = min(nearest, hamming(label, other[at : at + len(label)]))
    return min(k, (nearest - 1) // 2)


def near(window: str, label: str, k: int) -> bool:
    return len(window) == len(label) and 0 < hamming(window, label) <= k
