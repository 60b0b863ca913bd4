"""The report key's JSON, written by hand from memoised pieces (`identity_json`), is json.dumps's byte for
byte: a different byte would give every report a new key and load the same report twice."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from ingest.parsing.parse import identity_json, identity_json_reference, parse_file, report_key_for
from ingest.parsing.report import ParsedReport
from ingest.parsing.report.metadata import Metadata
from ingest.parsing.report.values import Value

ROOT = Path(__file__).resolve().parent.parent


def _report(division_code: str | None, values: list[Value]) -> ParsedReport:
    metadata = Metadata(
        title="兰山区2021年政府信息公开工作年度报告",
        jurisdiction_zh="兰山区",
        division_code=division_code,
        report_year=2021,
        reporting_body_zh="临沂市兰山区人民政府",
        scope="government",
        published_on=None,
        warnings=[],
    )
    return ParsedReport(metadata=metadata, template_version="2021", values=values)


def test_identity_json_as_written_by_hand() -> None:
    values = [
        Value("3", "row_b", "total", Decimal("-0.50"), "-0.50", None, 9),
        Value("2", "row_a", "x", None, "—", "dash", 4),
        Value("3", "row_a", "total", Decimal("12"), "12", None, 8),
        Value("3", "row_a", "natural_person", Decimal("-0"), "-0", None, 8),
    ]
    expected = (
        '["371302", "临沂市兰山区人民政府", 2021, "government", '
        '[["2", "row_a", "x", null], ["3", "row_a", "natural_person", "-0"], '
        '["3", "row_a", "total", "12"], ["3", "row_b", "total", "-0.5"]]]'
    )
    report = _report("371302", values)
    assert identity_json(report) == expected
    assert report_key_for(report) == hashlib.sha256(expected.encode()).hexdigest()[:32]


def test_identity_json_without_values_or_division() -> None:
    # No division code: the place named stands in; quotes and backslashes escaped as json.dumps does.
    report = _report(None, [Value("4", 'r"1', "a\\b", None, None, "row_not_found", None)])
    expected = '["兰山区", "临沂市兰山区人民政府", 2021, "government", [["4", "r\\"1", "a\\\\b", null]]]'
    assert identity_json(report) == expected
    assert identity_json(_report(None, [])) == '["兰山区", "临沂市兰山区人民政府", 2021, "government", []]'


def test_identity_json_is_json_dumps_on_the_samples() -> None:
    files = sorted((ROOT / "tests" / "samples").rglob("*"))
    reports = [r.report for p in files if p.is_file() and (r := parse_file(p.name, p)).report is not None]
    assert len(reports) >= 10
    for report in reports:
        assert identity_json(report) == identity_json_reference(report)
