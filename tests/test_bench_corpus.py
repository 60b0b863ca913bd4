"""The bench's synthetic corpus: as in a real corpus, no two reports share a body and year (issue 29).

Before, each report's place and year were drawn at random: at 100,000 reports 97% of them shared a body
and year with another, and the bench measured the checks on same-year pairs no real corpus has.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench import corpus
from bench.corpus import Spec, _body_year, write_report
from ingest.parsing.parse import parse_file

SPEC = Spec(seed=2026, html_share=0.0, pdf_share=0.0)
CAPACITY = 467_000  # about 2,850 places × 41 bodies × 4 years (the module's docstring)


@pytest.fixture(scope="module")
def prepared() -> None:
    corpus._prepare()


def test_no_two_reports_share_a_body_and_year(prepared: None) -> None:
    # every 7th report up to the corpus's capacity, and the first 20,000 (a 10,000 bench and its additions)
    indices = sorted(set(range(0, CAPACITY, 7)) | set(range(20_000)))
    seen = Counter(_body_year(SPEC, i) for i in indices)
    assert [key for key, times in seen.items() if times > 1] == []


def test_a_body_has_its_four_years_in_reports_16_apart(prepared: None) -> None:
    # body b of seed s: reports 16b + s + 4y, y = 0…3 (2021…2024)
    for first in (0, 3, 16 * 1_000 + 2, 16 * 20_000 + 1):
        bodies = {_body_year(SPEC, first + 4 * y)[:2] for y in range(4)}
        years = [_body_year(SPEC, first + 4 * y)[2] for y in range(4)]
        assert len(bodies) == 1
        assert years == [2021, 2022, 2023, 2024]


def test_department_is_the_body_the_parser_reads(prepared: None, tmp_path: Path) -> None:
    """A department's report is read as the department's (its name in the title), of its place and year."""
    places = len(corpus._PLACES)
    # slot g = 4b + s lands in round g // places: round 0 the seed's own body, round 1 the first department
    for i in (0, 3, 16 * (places // 4 + 1), 16 * (places // 4 + 1) + 3):
        place, department, year = _body_year(SPEC, i)
        _, path = write_report(tmp_path, SPEC, i)
        metadata = parse_file(path.name, path).report.metadata
        assert metadata.report_year == year
        assert metadata.jurisdiction_zh == place[0]
        if department is None:
            assert metadata.scope in {"government", "government_office"}
        else:
            assert department == corpus._DEPARTMENTS[0] == "发展和改革局"
            assert metadata.scope == "department"
            assert metadata.reporting_body_zh.endswith(place[0] + department)
