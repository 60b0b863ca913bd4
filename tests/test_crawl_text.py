"""Text as crawls deliver it (issue 24): any line ending, and a cell per line without indents.

Each seed report is rewritten (tests/fixtures/crawl_text.py) and must load the 200 values read by hand
(tests/expected.py) and the same metadata as its text.
"""

from __future__ import annotations

import pytest
from conftest import SEED_NAMES, seed_text
from expected import EXPECTED, expected_values
from fixtures.crawl_text import ENDINGS, cell_per_line, with_endings

from ingest.parsing.parse import parse_file


def _parse(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return parse_file(name, path)


def _values(result) -> dict:
    return {v.cell: v.value for v in result.report.values if v.value is not None}


@pytest.mark.parametrize("ending", [*ENDINGS, "mixed"])
@pytest.mark.parametrize("name", SEED_NAMES)
def test_any_line_ending(tmp_path, name, ending):
    text = with_endings(seed_text(name), ending)
    assert text.count(ENDINGS.get(ending, "\r")) > 100
    result = _parse(tmp_path, name, text)
    assert result.status == "loaded", result.message
    assert _values(result) == expected_values(name)
    assert result.report.metadata.reporting_body_zh == EXPECTED[name]["metadata"]["reporting_body_zh"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_a_cell_per_line_with_blank_cells_as_empty_lines(tmp_path, name):
    text = cell_per_line(seed_text(name))
    lines = text.split("\r")
    assert "\n" not in text and not any(line.startswith("\t") for line in lines) and "" in lines
    result = _parse(tmp_path, name, text)
    assert result.status == "loaded", result.message
    assert _values(result) == expected_values(name)
    recovered = {v.value_source for v in result.report.values if v.value is not None}
    assert recovered <= {"printed", "recovered_by_shape"}  # one cell per line: nothing to decide


def test_a_blank_data_cell_is_never_guessed(tmp_path):
    """Lanshan's 一、本年新收 row (230 0 0 2 0 0 232) with its 法律服务机构 cell blank. Read a cell per
    line, the blank's place is not kept, and 230 ? 0 2 0 0 232 and 230 0 0 ? 2 0 232 both sum: the row is
    left missing as ambiguous (the other rows are loaded), never shifted."""
    text = seed_text("2021_lanshan.txt")
    row = "\t一、本年新收政府信息公开申请数量\n\t230\n\t0\n\t0\n\t2\n\t0\n\t0\n\t232"
    assert row in text
    text = text.replace(row, row.replace("\t2\n\t0\n\t0\n\t232", "\t2\n\t\n\t0\n\t232"))
    result = _parse(tmp_path, "2021_lanshan.txt", cell_per_line(text))
    row_values = [v for v in result.report.values if v.section == "3" and v.row_code == "new_received"]
    assert {(v.value, v.missing_reason) for v in row_values} == {(None, "ambiguous_split")}
    expected = {k: v for k, v in expected_values("2021_lanshan.txt").items() if k[1] != "new_received"}
    assert _values(result) == expected
