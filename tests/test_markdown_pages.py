"""Markdown from PDF converters across page breaks (issue 24): running titles and page numbers inside a
table, a table cut by a page break (footer and running title between, header not repeated), a row whose
last values wrapped onto a row of their own, a header row split over two rows.

Each seed report is rendered with these defects (tests/fixtures/make_markdown.py) and must load the 200
values read by hand (tests/expected.py).
"""

from __future__ import annotations

import pytest
from conftest import SEED_NAMES
from expected import expected_values
from fixtures.make_markdown import DEFECTS, PAGE_DEFECTS, RUNNING_TITLE, make_markdown

from ingest.parsing.parse import parse_file


def _load(tmp_path, name, defects):
    path = tmp_path / name.replace(".txt", ".md")
    path.write_bytes(make_markdown(name, defects))
    return path, parse_file(path.name, path)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_page_defect_at_once(tmp_path, name):
    _, result = _load(tmp_path, name, DEFECTS + PAGE_DEFECTS)
    assert result.status == "loaded", result.message
    values = {v.cell: v.value for v in result.report.values if v.value is not None}
    assert values == expected_values(name)


@pytest.mark.parametrize(
    "defect,marker,cell,value",
    [
        ("page_header", "| 第 3 页 共 9 页 |", ("3", "denied_three_securities_one_stability", "total"), 0),
        ("page_break", "\n— 3 —\n", ("3", "denied_internal_affairs", "natural_person"), 3),
        ("wrapped_row", None, ("3", "handled_total", "total"), 224),  # （七）总计 222 0 0 2 / 0 0 224
        ("split_header", "| 商业 |", ("3", "new_received", "business"), 0),
    ],
)
def test_each_page_defect(tmp_path, defect, marker, cell, value):
    """Lanshan's values, read by hand, with one defect at a time; the defect is really in the file."""
    path, result = _load(tmp_path, "2021_lanshan.txt", (defect,))
    text = path.read_text(encoding="utf-8")
    if defect == "wrapped_row":
        assert "| （七）总计 | 222 | 0 | 0 | 2 |\n|  |  |  |  |  |  | 0 | 0 | 224 |" in text
    else:
        assert marker in text
    if defect in ("page_header", "page_break"):
        assert RUNNING_TITLE in text
    assert result.status == "loaded", result.message
    assert {v.cell: v.value for v in result.report.values}[cell] == value
