"""Markdown as PDF converters write it: each seed report rendered with the converters' table defects.

The Markdown (tests/fixtures/make_markdown.py) carries every defect the readers must repair: header rows
with fewer cells than the value rows, a wrapped label, a label apart from its values, a value row without
a label, a page footer inside a table. Each rendering must load the 200 values read by hand
(tests/expected.py), exactly as its text does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_NAMES
from expected import expected_values
from fixtures.make_markdown import DEFECTS, make_markdown

from ingest.parsing.parse import parse_file
from ingest.parsing.readers import read_document


def _load(tmp_path: Path, name: str, defects: tuple[str, ...] = DEFECTS):
    path = tmp_path / name.replace(".txt", ".md")
    path.write_bytes(make_markdown(name, defects))
    return path, parse_file(path.name, path)


def _values(result) -> dict:
    return {(v.section, v.row_code, v.col_code): v.value for v in result.report.values if v.value is not None}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_a_converters_markdown_loads_the_same_values_as_the_text(tmp_path, name):
    _, result = _load(tmp_path, name)
    assert (result.source_format, result.status) == ("markdown", "loaded"), result.message
    assert _values(result) == expected_values(name)


@pytest.mark.parametrize(
    "defect,cell,value",
    [
        ("wrapped_label", ("3", "unable_not_held", "total"), 89),  # 1.本机关不掌握相关 / 政府信息 | 89 …
        ("split_values", ("3", "denied_state_secret", "natural_person"), 12),  # 1.属于国家秘密 / | | | 12 …
        ("bare_values", ("2", "licensing", "decisions"), 295613),  # 行政许可 / | 295613 |
        ("footer", ("3", "denied_process_information", "total"), 0),  # the row after — 2 —
    ],
)
def test_each_converter_defect_is_repaired(tmp_path, defect, cell, value):
    """Lanshan's values, read by hand, with one defect at a time."""
    path, result = _load(tmp_path, "2021_lanshan.txt", (defect,))
    assert result.status == "loaded", result.message
    assert _values(result)[cell] == value
    text = path.read_text(encoding="utf-8")
    marker = {"wrapped_label": "| 1.本机关不掌握相关 |", "split_values": "| 1.属于国家秘密 |",
              "bare_values": "| 行政许可 |", "footer": "| — 2 — |"}[defect]  # fmt: skip
    assert marker in text  # the defect is really in the file


def test_header_rows_with_fewer_cells_do_not_cut_the_value_rows(tmp_path):
    path, _ = _load(tmp_path, "2021_lanshan.txt", ())
    first = path.read_text(encoding="utf-8").split("\n")
    header = next(line for line in first if line.startswith("| （本列数据的勾稽关系"))
    assert header.count("|") == 3  # two cells, above rows of eight and nine
    table = next(
        t for t in read_document(path).tables if any("本年新收" in c.text for r in t.rows for c in r)
    )
    row = next(r for r in table.rows if r[0].text.startswith("一、本年新收"))
    assert [c.text for c in row[1:]] == ["230", "0", "0", "2", "0", "0", "232"]


def test_a_page_footer_inside_a_table_is_dropped(tmp_path):
    path, _ = _load(tmp_path, "2021_lanshan.txt", ("footer",))
    cells = [c.text for t in read_document(path).tables for r in t.rows for c in r]
    assert "— 2 —" not in cells
