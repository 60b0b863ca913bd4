"""Which OCR values reach the marts (ingest.parsing.report.ocr_trust), on 淮安市 2024's values as if read by
OCR.

The values are the text layer's (hand-checked in test_pdf_samples.py); one digit is then misread on
purpose, as OCR does: that value and only the values whose every identity it breaks are left missing, and
the warning names them. No OCR run here: the trust rules alone.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from conftest import REPORTS

from ingest.parsing.parse import parse_file
from ingest.parsing.report.ocr_trust import IDENTITY, OCR_UNCONFIRMED, SECOND_READING, confirm
from ingest.parsing.template import load_template


def _as_ocr(misread: dict[tuple[str, str, str], str]) -> list:
    result = parse_file("2024_huaian.pdf", REPORTS / "2024_huaian.pdf")
    assert result.report is not None
    values = []
    for v in result.report.values:
        if v.value is None:
            values.append(v)
            continue
        text = misread.get(v.cell, v.value_text)
        values.append(
            replace(v, value=Decimal(text), value_source="ocr", source_text=text, ocr_confidence=0.98)
        )
    return values


def test_values_whose_identities_hold_are_confirmed() -> None:
    warnings: list[str] = []
    out = {v.cell: v for v in confirm(_as_ocr({}), load_template(), warnings)}
    assert out["3", "new_received", "natural_person"].value == 3001
    assert out["3", "new_received", "natural_person"].ocr_confirmed_by == IDENTITY
    assert (
        out["4", "review", "total"].value == 351 and out["4", "review", "total"].ocr_confirmed_by == IDENTITY
    )
    # section 二 has no identity: without a second reading its values stay out
    assert out["2", "licensing", "decisions"].value is None
    assert out["2", "licensing", "decisions"].missing_reason == OCR_UNCONFIRMED
    assert "2/licensing/decisions read as '447228'" in warnings[0]


def test_a_misread_digit_is_left_missing_and_named() -> None:
    cell = ("3", "new_received", "natural_person")  # printed 3001
    warnings: list[str] = []
    out = {v.cell: v for v in confirm(_as_ocr({cell: "3091"}), load_template(), warnings)}
    assert out[cell].value is None and out[cell].missing_reason == OCR_UNCONFIRMED
    assert out[cell].source_text == "3091"
    assert "3/new_received/natural_person read as '3091'" in warnings[0]
    # its row's total no longer sums, nor its column's balance; values confirmed elsewhere stay
    assert out["3", "granted", "natural_person"].value == 1288
    wrong = [v for v in out.values() if v.value is not None and v.cell == cell]
    assert wrong == []


def test_a_second_reading_confirms_a_value_no_identity_covers() -> None:
    values = [
        replace(v, ocr_confirmed_by=SECOND_READING) if v.cell == ("2", "licensing", "decisions") else v
        for v in _as_ocr({})
    ]
    out = {v.cell: v for v in confirm(values, load_template(), [])}
    assert out["2", "licensing", "decisions"].value == 447228
    assert out["2", "licensing", "decisions"].ocr_confirmed_by == SECOND_READING
