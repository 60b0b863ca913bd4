"""One value of a report's template tables, as read: in a module of its own, so that the modules that
judge values (ingest.parsing.report.ocr_trust) need not import the parser that makes them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ingest.parsing.frozen import fast_init


@fast_init  # ~200 a report: built without object.__setattr__ per field
@dataclass(frozen=True)
class Value:
    section: str
    row_code: str
    col_code: str
    value: Decimal | None
    value_text: str | None
    missing_reason: str | None
    source_line: int | None
    # `printed`, or how a value printed run together with others was split (ingest.parsing.report.flat), with
    # the digits as printed in `source_text`.
    value_source: str = "printed"
    source_text: str | None = None
    # What settled or converted the value, where anything did: the claim, the prior report, the unit.
    evidence: str | None = None
    # Read by OCR (value_source "ocr", source_text the text read): its confidence, and what confirmed it
    # (ingest.parsing.report.ocr_trust): an identity of its table, or a second reading; unconfirmed, it is
    # missing.
    ocr_confidence: float | None = None
    ocr_confirmed_by: str | None = None
    candidates: str | None = None  # an ambiguous split: this cell's value in each candidate (JSON)

    @property
    def cell(self) -> tuple[str, str, str]:
        return self.section, self.row_code, self.col_code
