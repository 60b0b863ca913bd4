"""The report's own text as evidence for an ambiguous section 三 row (issue 24): its 总计 as stated.

The counts the prose states are read with the narrative vocabulary (one reading, one row's 总计, the
report's own year); they are checked here against the totals read by hand (tests/expected.py). A row's
candidates are kept only if their 总计 is the stated count; exactly one left settles the row.
"""

from __future__ import annotations

from conftest import REPORTS, SEED_NAMES
from expected import expected_values

from ingest.parsing.readers import read_document
from ingest.parsing.report.evidence import section3_counts, settle_section3

COLUMNS = ["natural_person", "business", "research_institution", "public_interest_org", "legal_service",
           "other_org", "total"]  # fmt: skip


def test_the_counts_the_prose_states_are_the_hand_read_totals():
    read = 0
    for name in SEED_NAMES:
        doc = read_document(REPORTS / name, (REPORTS / name).read_bytes())
        expected = expected_values(name)
        for row, said in section3_counts(doc, 2021).items():
            for value, _ in said:
                assert value == expected[("3", row, "total")], (name, row)
                read += 1
    assert read == 19  # Laiwu 9, Lanshan 8, Luozhuang 2, Changle 0 (measured; all agree)


def test_one_candidate_with_the_stated_total_settles_the_row():
    candidates = [["1", "0", "0", "0", "0", "11", "3"], ["1", "0", "0", "0", "0", "1", "13"]]
    found = settle_section3({"granted": [(13, "予以公开13件")]}, "granted", COLUMNS, candidates)
    assert found is not None and found.tokens == candidates[1] and "予以公开13件" in found.evidence


def test_no_settlement_without_one_agreeing_candidate_or_with_disagreeing_statements():
    same_total = [["11", "0", "0", "0", "0", "0", "11"], ["1", "10", "0", "0", "0", "0", "11"]]
    assert settle_section3({"carried_forward": [(11, "…")]}, "carried_forward", COLUMNS, same_total) is None
    differ = [["1", "0", "0", "0", "0", "11", "3"], ["1", "0", "0", "0", "0", "1", "13"]]
    assert settle_section3({"granted": [(13, "a"), (3, "b")]}, "granted", COLUMNS, differ) is None
    assert settle_section3({"granted": [(5, "a")]}, "granted", COLUMNS, differ) is None
    assert settle_section3({}, "granted", COLUMNS, differ) is None
