"""Run-together section 二 counts settled by the report's own prose (issue 24), on real page texts.

hzs_2023 prints 行政规范性文件 `5416` (本年制发/本年废止/现行有效): 5/4/16, 5/41/6 and 54/1/6 all read.
Its text says `我局制定规范性文件5件` and `现行有效的规范性文件16件`: only 5/4/16 agrees (read by hand).
hzs_2024 prints `15621` and says `废止规范性文件6件，制定规范性文件15件`: 15/6/21 (tests/samples/pagetext
README, read by hand). Prose that disagrees settles nothing: the row stays missing with its candidates.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.parsing.parse import parse_file

SAMPLES = Path(__file__).resolve().parent / "samples" / "pagetext"


def _row(result, row="normative_documents"):
    return [v for v in result.report.values if v.section == "2" and v.row_code == row]


@pytest.mark.parametrize(
    "name,printed,want,claim",
    [
        ("hzs_2023.txt", "5416", (5, 4, 16), "现行有效的规范性文件16件"),
        ("hzs_2024.txt", "15621", (15, 6, 21), "废止规范性文件6件"),
    ],
)
def test_the_reports_own_text_settles_the_split(name, printed, want, claim):
    path = SAMPLES / name
    assert f"行政规范性文件{printed}" in path.read_text(encoding="utf-8")
    result = parse_file(name, path)
    row = _row(result)
    assert [v.value for v in row] == [Decimal(x) for x in want]
    assert {v.value_source for v in row} == {"recovered_by_narrative"}
    assert all(claim in v.evidence and v.source_text == printed for v in row)
    assert f"settles it as {'/'.join(map(str, want))}" in result.message


@pytest.mark.parametrize(
    "change",
    [
        ("制定规范性文件15件", "制定规范性文件14件"),  # agrees with no candidate
        # the text disagrees with itself
        ("废止规范性文件6件，", "废止规范性文件6件。全年废止规范性文件5件，"),
    ],
)
def test_disagreeing_prose_settles_nothing(tmp_path, change):
    text = (SAMPLES / "hzs_2024.txt").read_text(encoding="utf-8")
    assert change[0] in text
    path = tmp_path / "hzs_2024.txt"
    path.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    result = parse_file(path.name, path)
    assert {(v.value, v.missing_reason) for v in _row(result)} == {(None, "ambiguous_split")}
    assert "15/6/21" in result.message  # the candidates are named


def test_without_any_claim_the_split_stays_missing():
    """jjf_2024 prints `1129` and its text states no count of normative documents."""
    result = parse_file("jjf_2024.txt", SAMPLES / "jjf_2024.txt")
    assert {(v.value, v.missing_reason) for v in _row(result)} == {(None, "ambiguous_split")}
