"""The jurisdiction reference (行政区划代码): which places the warehouse knows, and naming one in a text.

`jurisdictions.csv` beside this module is both the parsers' lookup and dbt's seed (dim_jurisdiction), so
the two can never disagree about a code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent / "jurisdictions.csv"
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治县|自治州|自治旗|市|区|县|旗|盟|州|省)")


@dataclass(frozen=True)
class Jurisdiction:
    division_code: str
    name_zh: str
    name_pinyin: str
    level: str
    city_zh: str
    province_zh: str


@dataclass(frozen=True)
class Resolved:
    """The place a document names: as printed, its reference row if known, and what is wrong if not."""

    name_zh: str | None
    known: Jurisdiction | None
    warning: str | None

    @property
    def division_code(self) -> str | None:
        return self.known.division_code if self.known else None


@cache
def jurisdictions(path: Path = REFERENCE) -> tuple[Jurisdiction, ...]:
    with path.open(encoding="utf-8") as f:
        return tuple(Jurisdiction(**row) for row in csv.DictReader(f))


def find_jurisdiction(text: str) -> tuple[str | None, Jurisdiction | None]:
    """The most specific place named in `text`: a known one from the reference table if present."""
    known = [j for j in jurisdictions() if j.name_zh in text]
    if known:
        best = max(known, key=lambda j: text.rfind(j.name_zh))
        return best.name_zh, best
    places = [p for p in _PLACE.findall(text) if not p.endswith("省") or len(p) <= 4]
    return (places[-1] if places else None), None


def resolve(*texts: str | None) -> Resolved:
    """The place named by the first of `texts` that names one (title first, then fallbacks)."""
    name, known = None, None
    for text in texts:
        if text:
            name, known = find_jurisdiction(text)
            if name is not None:
                break
    if name is None:
        warning = "no jurisdiction named in the title; division_code left empty"
    elif known is None:
        warning = (
            f"jurisdiction {name} is not in ingest/reference/jurisdictions.csv; division_code left "
            "empty (add a row with its 6-digit 行政区划代码 to fix)"
        )
    else:
        warning = None
    return Resolved(name, known, warning)
