"""Cells that print their unit (`1234567.89元`, `56件`, `301.5万元`): the number kept exactly.

The template says each column's unit (`unit: 万元` for the fees column; a count column counts items).
A cell printing the column's own unit, or a count word in a count column, is that number as printed. A
cell printing another money unit than its column's (元 in a 万元 column) is converted exactly (decimal
arithmetic, no rounding), and the value says so: `value_source` `converted_unit`, the printed text and
the factor in `evidence`. Any other unit (元 in a count column) leaves the cell missing
(`unit_mismatch`), never guessed.
"""

from __future__ import annotations

from decimal import Decimal

from ingest.parsing.numbers import WITH_UNIT, fits, normalize_cell, parse_number

CONVERTED = "converted_unit"
MISMATCH = "unit_mismatch"
MONEY = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
COUNT_WORDS = ("件", "个", "次", "人次", "人", "条", "项", "份", "宗", "起")


def read_with_unit(
    text: str, column_unit: str | None, count_column: bool, signed: bool
) -> tuple[Decimal | None, str | None, str | None] | None:
    """(value, missing reason, evidence) of a cell printing a unit, or None if it prints none."""
    m = WITH_UNIT.match(normalize_cell(text))
    if m is None:
        return None
    value, reason = parse_number(m["number"], signed=signed)
    if value is None:
        return None, reason, None
    unit = m["unit"]
    if unit == column_unit or (count_column and unit in COUNT_WORDS):
        return value, None, None
    if unit in MONEY and column_unit in MONEY:
        converted = (value * MONEY[unit] / MONEY[column_unit]).normalize()
        if not fits(converted):
            return None, "too_many_digits", None
        factor = (MONEY[unit] / MONEY[column_unit]).normalize()
        return converted, None, f"printed {text.strip()!r} in a {column_unit} column: × {factor:f}"
    return None, MISMATCH, None
