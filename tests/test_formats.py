"""The same report read from an HTML page, a Word file and a PDF: what its text version reads, exactly.

Each seed report is generated in the three formats by tests/fixtures (a GBK portal page with rowspan/
colspan, real Word merged cells, a reportlab PDF with page breaks through merged cells). For each one,
the 200 values must equal both the text version's and the values read by hand (tests/expected.py), and
so must the metadata.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from conftest import FORMATS, REPORTS, SEED_NAMES
from expected import EXPECTED, NOT_IN_VARIANT, expected_values

from ingest.parsing.parse import FileResult, parse_file

METADATA = ("jurisdiction_zh", "division_code", "report_year", "reporting_body_zh", "scope", "published_on")


@pytest.fixture(scope="module")
def text_versions() -> dict[str, FileResult]:
    return {name: parse_file(name, REPORTS / name) for name in SEED_NAMES}


def _values(result: FileResult) -> dict[tuple[str, str, str], tuple]:
    return {(v.section, v.row_code, v.col_code): (v.value, v.missing_reason) for v in result.report.values}


def _metadata(result: FileResult) -> tuple:
    return tuple(getattr(result.report.metadata, field) for field in METADATA)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", SEED_NAMES)
def test_values_and_metadata_equal_the_text_version(published, text_versions, name, fmt):
    path = published[(name, fmt)]
    result = parse_file(path.name, path)
    text = text_versions[name]
    assert (result.status, result.source_format, result.doc_kind) == ("loaded", fmt, "annual_report")
    assert result.message == ""
    values = _values(result)
    assert values == _values(text)
    printed = {key: value for key, (value, reason) in values.items() if reason is None}
    assert printed == expected_values(name)
    assert {values[key] for key in NOT_IN_VARIANT} == {(None, "not_in_variant")}
    assert _metadata(result) == _metadata(text)
    want = EXPECTED[name]["metadata"]
    published_on = dt.date.fromisoformat(want["published_on"]) if want["published_on"] else None
    assert _metadata(result) == tuple(want[f] for f in METADATA[:-1]) + (published_on,)
    assert result.report_key == text.report_key  # what makes it a duplicate of the text version


def test_html_keeps_the_charset_and_the_source_line(published):
    path = published[("2021_lanshan.txt", "html")]
    result = parse_file(path.name, path)
    assert result.encoding == "gb18030"  # declared GBK, read as its superset
    (licensing,) = [v for v in result.report.values if v.row_code == "licensing"]
    line = path.read_bytes().decode("gbk").splitlines()[licensing.source_line - 1]
    assert "295613" in line


def test_pdf_source_line_names_the_page(published):
    """PDF lines are page * 1000 + the line on the page: the value is on that page."""
    path: Path = published[("2021_lanshan.txt", "pdf")]
    result = parse_file(path.name, path)
    (licensing,) = [v for v in result.report.values if v.row_code == "licensing"]
    page = licensing.source_line // 1000
    with pdfplumber.open(path) as pdf:
        assert "295613" in pdf.pages[page - 1].extract_text()
        assert "295613" not in "".join(p.extract_text() for i, p in enumerate(pdf.pages) if i != page - 1)
