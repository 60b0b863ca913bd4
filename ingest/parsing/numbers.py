"""Reading one table cell as a number, without guessing.

A cell that does not clearly hold a number is missing, with the reason, never 0: "—", "-", "" and
"无" all say different things, and none of them is a count the report printed.

Every number is stored exactly as printed in `raw.report_values.value`, a DECIMAL(`PRECISION`, `SCALE`):
up to 28 digits before the point and 10 after it. A printed number beyond that cannot be stored
exactly, so it is missing (`too_many_digits`, flagged with its text kept), never rounded.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from ingest.parsing.text import squash

# The exact type of stored values (DuckDB's widest decimal is 38 digits).
PRECISION = 38
SCALE = 10
VALUE_SQL_TYPE = f"decimal({PRECISION}, {SCALE})"

DASHES = {"-", "—", "——", "–", "－", "―", "/", "／", "\\", "…", "..."}
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_SIGN = re.compile(r"^[-+](?=\d)")


def normalize_cell(text: str) -> str:
    """Full-width digits, commas and points to ASCII (NFKC); drop all whitespace."""
    return squash(unicodedata.normalize("NFKC", text))


def fits(value: Decimal) -> bool:
    """Whether `value` is stored exactly in the warehouse's value type."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # parsed from digits: never NaN or infinite
    return -exponent <= SCALE and len(digits) + exponent <= PRECISION - SCALE


@lru_cache(maxsize=1 << 14)  # cells repeat ("0", "1", "—") across rows and reports; the result is immutable
def parse_number(text: str, signed: bool = False) -> tuple[Decimal | None, str | None]:
    """Return (value, None) for a number, or (None, reason) for a missing or unreadable cell.

    `signed`: the column may print a change (本年增/减: -3, +2); elsewhere a sign makes a cell unreadable.
    """
    cleaned = normalize_cell(text).replace("，", ",")
    if cleaned == "":
        return None, "empty"
    if cleaned in DASHES or set(cleaned) <= {"-", "—", "－"}:
        return None, "dash"
    if signed and (sign := _SIGN.match(cleaned)):
        value, reason = parse_number(cleaned[1:])
        return (-value if value is not None and sign.group() == "-" else value), reason
    if _PLAIN.match(cleaned):
        value = Decimal(cleaned)
    elif _GROUPED.match(cleaned):
        value = Decimal(cleaned.replace(",", ""))
    else:
        return None, "unreadable"
    return (value, None) if fits(value) else (None, "too_many_digits")


# A number printed with its unit (ingest.report.units reads it against the column's unit).
WITH_UNIT = re.compile(
    r"^(?P<number>[-+]?[\d,，]+(?:\.\d+)?)(?P<unit>亿元|万元|元|人次|[件个次人条项份宗起])$"
)


@lru_cache(maxsize=1 << 14)  # the parser asks it of every cell, and cells repeat ("0", labels) across reports
def looks_like_value(text: str) -> bool:
    """A cell that is a number (with or without its unit) or an explicit missing marker, not a label."""
    _, reason = parse_number(text, signed=True)
    return reason != "unreadable" or WITH_UNIT.match(normalize_cell(text)) is not None
