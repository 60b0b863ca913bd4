"""Reading one table cell as a number, without guessing.

A cell that does not clearly hold a number is missing, with the reason, never 0: "—", "-", "" and
"无" all say different things, and none of them is a count the report printed.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from ingest.text import squash

DASHES = {"-", "—", "——", "–", "－", "―", "/", "／", "\\", "…", "..."}
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def normalize_cell(text: str) -> str:
    """Full-width digits, commas and points to ASCII (NFKC); drop all whitespace."""
    return squash(unicodedata.normalize("NFKC", text))


def parse_number(text: str) -> tuple[Decimal | None, str | None]:
    """Return (value, None) for a number, or (None, reason) for a missing or unreadable cell."""
    cleaned = normalize_cell(text).replace("，", ",")
    if cleaned == "":
        return None, "empty"
    if cleaned in DASHES or set(cleaned) <= {"-", "—", "－"}:
        return None, "dash"
    if _PLAIN.match(cleaned):
        return Decimal(cleaned), None
    if _GROUPED.match(cleaned):
        return Decimal(cleaned.replace(",", "")), None
    return None, "unreadable"


def looks_like_value(text: str) -> bool:
    """A cell that is a number or an explicit missing marker (as opposed to a label)."""
    _, reason = parse_number(text)
    return reason != "unreadable"
