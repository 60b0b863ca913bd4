"""Which values read by OCR may reach the marts: those an identity of their table or a second reading
confirms. The others stay in raw with the text read and its confidence, missing (`ocr_unconfirmed`), and
the report is `partial` with a warning naming the cells.

A misread digit breaks the sums its row and column take part in, so a value whose identity holds with it
(every operand read) is taken as read right. Section 二 has no identities: its values need the second
reading (ingest.parsing.readers.ocr reads every text box with digits again, from a crop at another scale).
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

from ingest.parsing.report.values import Value
from ingest.parsing.template import Template

OCR_UNCONFIRMED = "ocr_unconfirmed"
IDENTITY = "identity"
SECOND_READING = "second_reading"


def identities(values: list[Value], template: Template) -> list[tuple[list[tuple[str, str, str]], bool]]:
    """Each identity instance whose every operand is read: its cells, and whether it holds."""
    by_cell = {v.cell: v for v in values}
    out = []
    for code, section in template.sections.items():
        for check in section.checks:
            if check.comparison != "eq":
                continue
            observed, expected = section.operands(check, "observed"), section.operands(check, "expected")
            for axis in section.checked(check):
                if check.per == "column":
                    sides = [[(code, r.code, axis.code) for r in side] for side in (observed, expected)]
                else:
                    sides = [[(code, axis.code, c.code) for c in side] for side in (observed, expected)]
                sides = [[c for c in side if c in by_cell] for side in sides]
                cells = sides[0] + sides[1]
                if not sides[0] or not sides[1] or any(by_cell[c].value is None for c in cells):
                    continue
                holds = sum(by_cell[c].value for c in sides[0]) == sum(by_cell[c].value for c in sides[1])
                out.append((cells, holds))
    return out


def _confirmed_by_identities(values: list[Value], template: Template) -> set[tuple[str, str, str]]:
    """Cells of identities that hold with every operand read."""
    return {cell for cells, holds in identities(values, template) if holds for cell in cells}


_SOURCE = attrgetter("value_source")


def confirm(values: list[Value], template: Template, warnings: list[str]) -> list[Value]:
    """The values with each OCR value confirmed (`ocr_confirmed_by`) or made missing and named."""
    if "ocr" not in map(_SOURCE, values):  # most reports: no value read by OCR (in C, not a generator)
        return values
    by_identity = _confirmed_by_identities(values, template)
    out, left_out = [], []
    for v in values:
        if v.value_source != "ocr" or v.value is None:
            out.append(v)
        elif v.cell in by_identity:
            out.append(replace(v, ocr_confirmed_by=IDENTITY))
        elif v.ocr_confirmed_by == SECOND_READING:
            out.append(v)
        else:
            out.append(replace(v, value=None, missing_reason=OCR_UNCONFIRMED))
            left_out.append(v)
    if left_out:
        cells = "; ".join(
            f"{v.section}/{v.row_code}/{v.col_code} read as {v.source_text!r} ({v.ocr_confidence:.2f})"
            for v in left_out
        )
        warnings.append(
            f"{len(left_out)} values read by OCR that no identity of their table and no second reading "
            f"confirms are left missing (in raw with the text read): {cells}. Check them against the scan"
        )
    return out
