"""The reservoir family's draw (tests/narrative_survey/draw_reservoir.py) is the list its rounds searched.

Each report a reservoir round keeps names, in its phrasing (written by the surveyor from the list it was
given), the entry it came from: "From reservoir entry N (<body> <year>, <place>". The draw must still print
that entry at that order, or the round's record of what was searched no longer holds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import narrative_survey
import pytest

SURVEY = Path(__file__).resolve().parent / "narrative_survey"
sys.path.insert(0, str(SURVEY))

import draw_reservoir  # noqa: E402

ENTRY = re.compile(r"From reservoir entry (\d+)(?: of round (\d+)'s list)? \(([^ ]+) (\d{4}), ([^;),]+)")
# Rounds 52 to 54 go on down round 51's list (their briefs and headers say so).
LIST_OF_ROUND = {51: 51, 52: 51, 53: 51, 54: 51}


@pytest.mark.parametrize("round_no", sorted(LIST_OF_ROUND))
def test_each_kept_report_is_the_entry_its_phrasing_names(round_no):
    rows = draw_reservoir.drawn(LIST_OF_ROUND[round_no])
    kept = narrative_survey.load_reports(round_no)["reports"]
    assert kept, f"round {round_no} keeps reports"
    for report in kept:
        found = ENTRY.search(report["phrasing"])
        assert found is not None, report["url"]
        order, list_round, body, year, place = found.groups()
        assert list_round is None or int(list_round) == LIST_OF_ROUND[round_no]
        assert rows[int(order) - 1][:3] == (body, year, place), report["url"]
        assert str(report["year"]) == year


def test_round_51s_list_holds_no_body_and_year_an_earlier_round_keeps():
    """金坛区审计局 2024 (entry 27) was kept by round 51 itself: its list, read from earlier rounds, still
    has it; 五华县自然资源局 2020, named as another place by rounds 42 and 48 and kept by none, is listed."""
    rows = draw_reservoir.drawn(51)
    listed = {(body, year) for body, year, *_ in rows}
    assert rows[26][:2] == ("金坛区审计局", "2024")
    assert ("五华县自然资源局", "2020") in listed
    for round_no in (n for n in narrative_survey.REPORTS if n < 51):
        for report in narrative_survey.load_reports(round_no)["reports"]:
            body, year = str(report["body"]), str(report["year"])
            assert not any(y == year and body.endswith(b) for b, y in listed), (body, year)


def test_entries_kept_under_another_name_are_marked():
    """Round 52 part A's search lines (read by hand): orders 212, 222, 224 and 227 met the drawn report
    kept by reports_35_a (烟台市科学技术局), reports_36_b (眉山市经济和信息化局), reports_13_a
    (威海市环翠区住房和城乡建设局) and reports_51_a (惠安县卫生健康局); 223, 225 and 228 met new reports
    cut before a request point."""
    rows = draw_reservoir.drawn(51)
    marks = draw_reservoir.kept_elsewhere(rows)
    assert marks[211].startswith("reports_35_a.yaml ")
    assert marks[221].startswith("reports_36_b.yaml ")
    assert marks[223].startswith("reports_13_a.yaml ")
    assert marks[226].startswith("reports_51_a.yaml ")
    assert marks[222] == marks[224] == marks[227] == ""


def test_entries_passed_over_are_marked():
    """Round 52's search lines (read by hand): part A's orders 215, 219, 220, 221 and 229 and part B's 281,
    286, 287, 291, 293, 294, 302, 329 and 331 met the drawn report passed over by an earlier round (cut, a
    summary: the stored opening is the same), as the headers of reports_45_a, 47_c, 47_b, 49_c, 34_a and
    44_b, 47_c, 28_a, 24_b, 37_b, 44_b, 50_d, 34_a, 33_a and 33_a record; part A passed over 223, 225 and 228
    as new but cut, and its second session found 233 passed over by reports_17_a (its first line named only
    a mirror); round 53 part C found 226 passed over by reports_17_b (part A had not found it). The eight
    reports parts A and B kept new (211, 214, 218, 230, 282, 283, 297, 298) are no pass."""
    rows = draw_reservoir.drawn(51)
    marks = draw_reservoir.passed_over(rows)
    passed = (215, 219, 220, 221, 229, 281, 286, 287, 291, 293, 294, 302, 329, 331, 223, 225, 228, 233, 226)
    for order in passed:
        assert marks[order - 1].startswith("passed: reports_"), (order, rows[order - 1])
    for order in (211, 214, 218, 230, 282, 283, 297, 298):
        assert marks[order - 1] == "", (order, marks[order - 1])
