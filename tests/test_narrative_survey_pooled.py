"""The pooled held-out figure (tests/narrative_survey_pooled.py): its arithmetic on numbers worked by hand,
every measurement file readable, and the README's pooled rows the sums of the recorded measurements."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from narrative_survey_pooled import (
    POOLED_FROM,
    half_measured,
    held_out_tests,
    measurement_files,
    pool,
    round_of,
)

README = Path(__file__).resolve().parents[1] / "README.md"
MEASUREMENTS = measurement_files()
# | rounds 16–58 test halves together, each measured once | 1,406 | yes (once) | 2,567 of 2,931 (87.6%) | 71 |
POOLED_ROW = re.compile(
    r"^\| rounds (\d+)–(\d+) test halves together, each measured once \| ([\d,]+) \| yes \(once\) \| "
    r"([\d,]+) of ([\d,]+) \(([\d.]+)%\) \| (\d+) \|$",
    re.M,
)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_two_rounds_worked_by_hand():
    # 8 of 10 and 27 of 30: recall 35/40 = 0.875; residuals 8 − 8.75 = −0.75 and 27 − 26.25 = 0.75, their
    # squares 1.125 together, × 2/1 = 2.25, root 1.5, / 40 = 0.0375; ± 1.96 × 0.0375 = 0.0735.
    pooled = pool(
        {
            1: {"reports": 4, "figures": 10, "recalled": 8, "false_alarms": 1},
            2: {"reports": 9, "figures": 30, "recalled": 27, "false_alarms": 0},
        }
    )
    assert (pooled.reports, pooled.figures, pooled.recalled, pooled.false_alarms) == (13, 40, 35, 1)
    assert pooled.recall == 0.875
    assert pooled.low == pytest.approx(0.8015)
    assert pooled.high == pytest.approx(0.9485)
    assert pooled.rounds == (1, 2)


def test_rounds_that_read_alike_give_no_spread():
    # every round at 90%: the interval is the point
    pooled = pool(
        {r: {"reports": 5, "figures": 10 * r, "recalled": 9 * r, "false_alarms": 0} for r in (1, 2, 3)}
    )
    assert pooled.low == pytest.approx(0.9) and pooled.high == pytest.approx(0.9)


@pytest.mark.parametrize("path", MEASUREMENTS, ids=lambda p: p.stem)
def test_each_measurement_file_is_yaml_with_its_test_half(path: Path):
    # (measurements_21.yaml and _22.yaml were not YAML until their `code:` lines were quoted: a colon inside)
    half, _ = half_measured(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert half is not None, f"{path.name}: no test half recorded"
    assert 0 <= half["recalled"] <= half["figures"] and half["false_alarms"] >= 0
    if isinstance(half.get("missed"), list):  # each miss listed (rounds 4 on)
        assert len(half["missed"]) == half["figures"] - half["recalled"], path.name


def test_every_measured_round_is_pooled():
    measured = held_out_tests()
    assert list(measured) == [round_of(p) for p in MEASUREMENTS]
    assert min(measured) == 3  # rounds 1 and 2 left no measurement file


def test_the_readmes_pooled_rows_are_the_recorded_measurements_summed(capsys):
    measured = held_out_tests()
    rows = POOLED_ROW.findall(README.read_text(encoding="utf-8"))
    assert len(rows) >= 38  # rounds 16–20 … 16–58
    for first, last, reports, recalled, figures, percent, false_alarms in rows:
        assert int(first) == POOLED_FROM
        pooled = pool({r: m for r, m in measured.items() if POOLED_FROM <= r <= int(last)})
        printed = (_number(reports), _number(recalled), _number(figures), int(false_alarms))
        assert printed == (pooled.reports, pooled.recalled, pooled.figures, pooled.false_alarms), last
        assert float(percent) == round(100 * pooled.recall, 1), last
    with capsys.disabled():
        print("\n" + pool({r: m for r, m in measured.items() if r >= POOLED_FROM}).summary("README's rows"))
