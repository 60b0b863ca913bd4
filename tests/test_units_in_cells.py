"""Cells that print their unit (issue 24): Lanshan's values, read by hand, printed with units.

Lanshan prints 行政事业性收费 1210.06 (万元), 行政许可 295613, 本年新收 230 (自然人). Printed as
`12100600元`, `1210.06万元`, `295613件`, `230件`, each must load the same value; a conversion is recorded.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import seed_text
from expected import expected_values

from ingest.parsing.parse import parse_file

FEES = "\t行政事业性收费\n\t1210.06"
LICENSING = "\t行政许可\n\t295613"
NEW = "\t一、本年新收政府信息公开申请数量\n\t230"


def _parse(tmp_path, text):
    path = tmp_path / "lanshan_units.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path.name, path)


@pytest.mark.parametrize(
    "fees,source,evidence",
    [
        ("12100600元", "converted_unit", "× 0.0001"),
        ("1210.06万元", "printed", None),
        ("0.121006亿元", "converted_unit", "× 10000"),
    ],
)
def test_units_kept_or_converted_exactly(tmp_path, fees, source, evidence):
    text = seed_text("2021_lanshan.txt")
    assert FEES in text and LICENSING in text and NEW in text
    text = text.replace(FEES, f"\t行政事业性收费\n\t{fees}").replace(LICENSING, LICENSING + "件")
    result = _parse(tmp_path, text.replace(NEW, NEW + "件"))
    assert result.status == "loaded", result.message
    values = {v.cell: v for v in result.report.values}
    loaded = {k: v.value for k, v in values.items() if v.value is not None}
    assert loaded == expected_values("2021_lanshan.txt")
    fee = values[("2", "fees", "amount_10k_yuan")]
    assert (fee.value, fee.value_text, fee.value_source) == (Decimal("1210.06"), fees, source)
    assert (evidence is None) == (fee.evidence is None) and (evidence or "") in (fee.evidence or "")
    assert values[("2", "licensing", "decisions")].value_text == "295613件"
    if evidence:
        assert any(fees in w and "1210.06" in w for w in result.message.split("; "))


def test_a_money_unit_in_a_count_column_is_missing_not_read(tmp_path):
    text = seed_text("2021_lanshan.txt").replace(LICENSING, LICENSING + "元")
    result = _parse(tmp_path, text)
    cell = next(v for v in result.report.values if v.cell == ("2", "licensing", "decisions"))
    assert (cell.value, cell.missing_reason, cell.value_text) == (None, "unit_mismatch", "295613元")
    assert result.status == "partial"
