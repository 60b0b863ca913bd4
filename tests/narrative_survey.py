"""Recall and false alarms of the narrative claims on prose no one tuned on (issue 30).

tests/narrative_survey/reports.yaml lists real reports surveyed by hand (address, hand-read figures, the
phrasing in our own words) and their split into a tuning half and a test half; sentences_tuning.yaml and
sentences_test.yaml hold sentences written here that follow each report's phrasing. This module reads each
report's sentences as one paragraph, extracts claims and compares them with the hand-read figures.

A figure is recalled when a claim of its kind names its metric (or has it among its readings) with its number
as printed (an implicit claim for a figure without a number). A false alarm is a claim about the tables
(not a free metric) that no hand-read figure of its report confirms: a wrong value, a wrong metric under
every reading, or a figure the report does not state. Stricter than the warehouse's verdict (which only warns
where a table disagrees), so that no wrong reading hides behind an agreeing table.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import Claim, extract_claims
from ingest.parsing.narrative.metrics import load_vocabulary
from ingest.parsing.narrative.unread import unread_sentences

SURVEY = Path(__file__).resolve().parent / "narrative_survey"
# Three rounds, each with its own reports and its own split: round 1 (29 reports; its test half was measured
# once and is spent), round 2 (65 new reports, a new seed; its test half measured once and spent) and round 3
# (new reports in two parts, each entry with the `half` its seed's hash gave it; the test half's sentences are
# written after the grammar's freeze). Round 4 (new reports in two parts, a new seed) likewise: the grammar
# was frozen at 996ab12 before any of its sentences were measured: both its halves are measured as they are.
# Round 5 (new reports in two parts, a new seed) likewise, with the grammar frozen at a3b91cf. Round 6 (new
# reports in two parts, a new seed; read by tests/narrative_survey/CONVENTIONS.md) likewise. Round 7 (new
# reports in two parts, a new seed, read by CONVENTIONS.md) likewise, and rounds 8 to 22 (rounds 21 and 22
# from another source, the stored openings being spent: the page text of 平潭's departments' (21) and
# districts' (22) reports kept in a public archive, none of them a body DEVELOPERS.md keeps aside nor a
# department of the samples).
REPORTS = {
    1: (SURVEY / "reports.yaml",),
    2: (SURVEY / "reports_2.yaml",),
    3: (SURVEY / "reports_3_a.yaml", SURVEY / "reports_3_b.yaml"),
    4: (SURVEY / "reports_4_a.yaml", SURVEY / "reports_4_b.yaml"),
    5: (SURVEY / "reports_5_a.yaml", SURVEY / "reports_5_b.yaml"),
    6: (SURVEY / "reports_6_a.yaml", SURVEY / "reports_6_b.yaml"),
    7: (SURVEY / "reports_7_a.yaml", SURVEY / "reports_7_b.yaml"),
    8: (SURVEY / "reports_8_a.yaml", SURVEY / "reports_8_b.yaml"),
    9: (SURVEY / "reports_9_a.yaml", SURVEY / "reports_9_b.yaml"),
    10: (SURVEY / "reports_10_a.yaml", SURVEY / "reports_10_b.yaml"),
    11: (SURVEY / "reports_11_a.yaml", SURVEY / "reports_11_b.yaml"),
    12: (SURVEY / "reports_12_a.yaml", SURVEY / "reports_12_b.yaml"),
    13: (SURVEY / "reports_13_a.yaml", SURVEY / "reports_13_b.yaml"),
    14: (SURVEY / "reports_14_a.yaml", SURVEY / "reports_14_b.yaml"),
    15: (SURVEY / "reports_15_a.yaml", SURVEY / "reports_15_b.yaml"),
    16: (SURVEY / "reports_16_a.yaml", SURVEY / "reports_16_b.yaml"),
    17: (SURVEY / "reports_17_a.yaml", SURVEY / "reports_17_b.yaml"),
    18: (SURVEY / "reports_18_a.yaml", SURVEY / "reports_18_b.yaml"),
    19: (SURVEY / "reports_19_a.yaml", SURVEY / "reports_19_b.yaml"),
    20: (SURVEY / "reports_20_a.yaml", SURVEY / "reports_20_b.yaml"),
    21: (SURVEY / "reports_21_a.yaml", SURVEY / "reports_21_b.yaml"),
    22: (SURVEY / "reports_22_a.yaml", SURVEY / "reports_22_b.yaml"),
    23: (SURVEY / "reports_23_a.yaml", SURVEY / "reports_23_b.yaml"),
    24: (SURVEY / "reports_24_a.yaml", SURVEY / "reports_24_b.yaml"),
    25: (SURVEY / "reports_25_a.yaml", SURVEY / "reports_25_b.yaml"),
    26: (SURVEY / "reports_26_a.yaml", SURVEY / "reports_26_b.yaml"),
    27: (SURVEY / "reports_27_a.yaml", SURVEY / "reports_27_b.yaml"),
    28: (SURVEY / "reports_28_a.yaml", SURVEY / "reports_28_b.yaml"),
    29: (SURVEY / "reports_29_a.yaml", SURVEY / "reports_29_b.yaml"),
    30: (SURVEY / "reports_30_a.yaml", SURVEY / "reports_30_b.yaml"),
    31: (SURVEY / "reports_31_a.yaml", SURVEY / "reports_31_b.yaml"),
    32: (SURVEY / "reports_32_a.yaml", SURVEY / "reports_32_b.yaml"),
    33: (SURVEY / "reports_33_a.yaml", SURVEY / "reports_33_b.yaml"),
    34: (SURVEY / "reports_34_a.yaml", SURVEY / "reports_34_b.yaml"),
    35: (SURVEY / "reports_35_a.yaml", SURVEY / "reports_35_b.yaml"),
    36: (SURVEY / "reports_36_a.yaml", SURVEY / "reports_36_b.yaml"),
    37: (SURVEY / "reports_37_a.yaml", SURVEY / "reports_37_b.yaml"),
    38: (SURVEY / "reports_38_a.yaml", SURVEY / "reports_38_b.yaml"),
    39: (SURVEY / "reports_39_a.yaml", SURVEY / "reports_39_b.yaml"),
    40: (SURVEY / "reports_40_a.yaml", SURVEY / "reports_40_b.yaml"),
    41: (SURVEY / "reports_41_a.yaml", SURVEY / "reports_41_b.yaml"),
    42: (SURVEY / "reports_42_a.yaml", SURVEY / "reports_42_b.yaml"),
    43: (SURVEY / "reports_43_a.yaml", SURVEY / "reports_43_b.yaml"),
    44: (SURVEY / "reports_44_a.yaml", SURVEY / "reports_44_b.yaml"),
    45: (SURVEY / "reports_45_a.yaml", SURVEY / "reports_45_b.yaml"),
    46: (SURVEY / "reports_46_a.yaml", SURVEY / "reports_46_b.yaml", SURVEY / "reports_46_c.yaml"),
    47: (
        SURVEY / "reports_47_a.yaml",
        SURVEY / "reports_47_b.yaml",
        SURVEY / "reports_47_c.yaml",
        SURVEY / "reports_47_d.yaml",
    ),
    48: tuple(SURVEY / f"reports_48_{part}.yaml" for part in "abcd"),
    49: tuple(SURVEY / f"reports_49_{part}.yaml" for part in "abcde"),
    50: tuple(SURVEY / f"reports_50_{part}.yaml" for part in "abcdef"),
    51: tuple(SURVEY / f"reports_51_{part}.yaml" for part in "abc"),
    52: tuple(SURVEY / f"reports_52_{part}.yaml" for part in "abcd"),
    53: tuple(SURVEY / f"reports_53_{part}.yaml" for part in "abcd"),
    54: tuple(SURVEY / f"reports_54_{part}.yaml" for part in "abcde"),
    55: tuple(SURVEY / f"reports_55_{part}.yaml" for part in "abcdefgh"),
    56: tuple(SURVEY / f"reports_56_{part}.yaml" for part in "ab"),
    57: tuple(SURVEY / f"reports_57_{part}.yaml" for part in "abcd"),
    58: tuple(SURVEY / f"reports_58_{part}.yaml" for part in "abcdefg"),
    59: tuple(SURVEY / f"reports_59_{part}.yaml" for part in "abcde"),
    60: tuple(SURVEY / f"reports_60_{part}.yaml" for part in "abc"),
    61: tuple(SURVEY / f"reports_61_{part}.yaml" for part in "abcde"),
    62: tuple(SURVEY / f"reports_62_{part}.yaml" for part in "abc"),
    63: tuple(SURVEY / f"reports_63_{part}.yaml" for part in "abcdefghi"),
    64: tuple(SURVEY / f"reports_64_{part}.yaml" for part in "abcdefghij"),
    65: tuple(SURVEY / f"reports_65_{part}.yaml" for part in "abcdefghij"),
    66: tuple(SURVEY / f"reports_66_{part}.yaml" for part in "abcdefghijklmn"),
    67: tuple(SURVEY / f"reports_67_{part}.yaml" for part in "abcdefghijklmnoq"),
    68: tuple(SURVEY / f"reports_68_{part}.yaml" for part in "abcdefghijklmnop"),
    69: tuple(SURVEY / f"reports_69_{part}.yaml" for part in "abcdefghijklmnopq"),
    70: tuple(SURVEY / f"reports_70_{part}.yaml" for part in "abcdefghijkl"),
}
SENTENCES = {
    (1, "tuning"): (SURVEY / "sentences_tuning.yaml",),
    (1, "test"): (SURVEY / "sentences_test.yaml",),
    (2, "tuning"): (SURVEY / "sentences_2_tuning.yaml",),
    (2, "test"): (SURVEY / "sentences_2_test.yaml",),
    (3, "tuning"): (SURVEY / "sentences_3_tuning_a.yaml", SURVEY / "sentences_3_tuning_b.yaml"),
    (3, "test"): (SURVEY / "sentences_3_test.yaml",),
    (4, "tuning"): (SURVEY / "sentences_4_tuning_a.yaml", SURVEY / "sentences_4_tuning_b.yaml"),
    (4, "test"): (SURVEY / "sentences_4_test.yaml",),
    (5, "tuning"): (SURVEY / "sentences_5_tuning_a.yaml", SURVEY / "sentences_5_tuning_b.yaml"),
    (5, "test"): (SURVEY / "sentences_5_test.yaml",),
    (6, "tuning"): (SURVEY / "sentences_6_tuning_a.yaml", SURVEY / "sentences_6_tuning_b.yaml"),
    (6, "test"): (SURVEY / "sentences_6_test.yaml",),
    (7, "tuning"): (SURVEY / "sentences_7_tuning_a.yaml", SURVEY / "sentences_7_tuning_b.yaml"),
    (7, "test"): (SURVEY / "sentences_7_test.yaml",),
    (8, "tuning"): (SURVEY / "sentences_8_tuning_a.yaml", SURVEY / "sentences_8_tuning_b.yaml"),
    (8, "test"): (SURVEY / "sentences_8_test.yaml",),
    (9, "tuning"): (SURVEY / "sentences_9_tuning_a.yaml", SURVEY / "sentences_9_tuning_b.yaml"),
    (9, "test"): (SURVEY / "sentences_9_test.yaml",),
    (10, "tuning"): (SURVEY / "sentences_10_tuning_a.yaml", SURVEY / "sentences_10_tuning_b.yaml"),
    (10, "test"): (SURVEY / "sentences_10_test.yaml",),
    (11, "tuning"): (SURVEY / "sentences_11_tuning_a.yaml", SURVEY / "sentences_11_tuning_b.yaml"),
    (11, "test"): (SURVEY / "sentences_11_test.yaml",),
    (12, "tuning"): (SURVEY / "sentences_12_tuning_a.yaml", SURVEY / "sentences_12_tuning_b.yaml"),
    (12, "test"): (SURVEY / "sentences_12_test.yaml",),
    (13, "tuning"): (SURVEY / "sentences_13_tuning_a.yaml", SURVEY / "sentences_13_tuning_b.yaml"),
    (13, "test"): (SURVEY / "sentences_13_test.yaml",),
    (14, "tuning"): (SURVEY / "sentences_14_tuning_a.yaml", SURVEY / "sentences_14_tuning_b.yaml"),
    (14, "test"): (SURVEY / "sentences_14_test.yaml",),
    (15, "tuning"): (SURVEY / "sentences_15_tuning_a.yaml", SURVEY / "sentences_15_tuning_b.yaml"),
    (15, "test"): (SURVEY / "sentences_15_test.yaml",),
    (16, "tuning"): (SURVEY / "sentences_16_tuning_a.yaml", SURVEY / "sentences_16_tuning_b.yaml"),
    (16, "test"): (SURVEY / "sentences_16_test.yaml",),
    (17, "tuning"): (SURVEY / "sentences_17_tuning_a.yaml", SURVEY / "sentences_17_tuning_b.yaml"),
    (17, "test"): (SURVEY / "sentences_17_test.yaml",),
    (18, "tuning"): (SURVEY / "sentences_18_tuning_a.yaml", SURVEY / "sentences_18_tuning_b.yaml"),
    (18, "test"): (SURVEY / "sentences_18_test.yaml",),
    (19, "tuning"): (SURVEY / "sentences_19_tuning_a.yaml", SURVEY / "sentences_19_tuning_b.yaml"),
    (19, "test"): (SURVEY / "sentences_19_test.yaml",),
    (20, "tuning"): (SURVEY / "sentences_20_tuning_a.yaml", SURVEY / "sentences_20_tuning_b.yaml"),
    (20, "test"): (SURVEY / "sentences_20_test.yaml",),
    (21, "tuning"): (SURVEY / "sentences_21_tuning_a.yaml", SURVEY / "sentences_21_tuning_b.yaml"),
    (21, "test"): (SURVEY / "sentences_21_test_a.yaml", SURVEY / "sentences_21_test_b.yaml"),
    (22, "tuning"): (SURVEY / "sentences_22_tuning_a.yaml", SURVEY / "sentences_22_tuning_b.yaml"),
    (22, "test"): (SURVEY / "sentences_22_test.yaml",),
    (23, "tuning"): (SURVEY / "sentences_23_tuning_a.yaml", SURVEY / "sentences_23_tuning_b.yaml"),
    (23, "test"): (SURVEY / "sentences_23_test.yaml",),
    (24, "tuning"): (SURVEY / "sentences_24_tuning_a.yaml", SURVEY / "sentences_24_tuning_b.yaml"),
    (24, "test"): (SURVEY / "sentences_24_test.yaml",),
    (25, "tuning"): (SURVEY / "sentences_25_tuning_a.yaml", SURVEY / "sentences_25_tuning_b.yaml"),
    (25, "test"): (SURVEY / "sentences_25_test.yaml",),
    (26, "tuning"): (SURVEY / "sentences_26_tuning_a.yaml", SURVEY / "sentences_26_tuning_b.yaml"),
    (26, "test"): (SURVEY / "sentences_26_test.yaml",),
    (27, "tuning"): (SURVEY / "sentences_27_tuning_a.yaml", SURVEY / "sentences_27_tuning_b.yaml"),
    (27, "test"): (SURVEY / "sentences_27_test.yaml",),
    (28, "tuning"): (SURVEY / "sentences_28_tuning_a.yaml", SURVEY / "sentences_28_tuning_b.yaml"),
    (28, "test"): (SURVEY / "sentences_28_test.yaml",),
    (29, "tuning"): (SURVEY / "sentences_29_tuning_a.yaml", SURVEY / "sentences_29_tuning_b.yaml"),
    (29, "test"): (SURVEY / "sentences_29_test.yaml",),
    (30, "tuning"): (SURVEY / "sentences_30_tuning_a.yaml", SURVEY / "sentences_30_tuning_b.yaml"),
    (30, "test"): (SURVEY / "sentences_30_test.yaml",),
    (31, "tuning"): (SURVEY / "sentences_31_tuning_a.yaml", SURVEY / "sentences_31_tuning_b.yaml"),
    (31, "test"): (SURVEY / "sentences_31_test.yaml",),
    (32, "tuning"): (SURVEY / "sentences_32_tuning_a.yaml", SURVEY / "sentences_32_tuning_b.yaml"),
    (32, "test"): (SURVEY / "sentences_32_test.yaml",),
    (33, "tuning"): (SURVEY / "sentences_33_tuning_a.yaml", SURVEY / "sentences_33_tuning_b.yaml"),
    (33, "test"): (SURVEY / "sentences_33_test.yaml",),
    (34, "tuning"): (SURVEY / "sentences_34_tuning_a.yaml", SURVEY / "sentences_34_tuning_b.yaml"),
    (34, "test"): (SURVEY / "sentences_34_test_a.yaml", SURVEY / "sentences_34_test_b.yaml"),
    (35, "tuning"): (SURVEY / "sentences_35_tuning_a.yaml", SURVEY / "sentences_35_tuning_b.yaml"),
    (35, "test"): (SURVEY / "sentences_35_test_a.yaml", SURVEY / "sentences_35_test_b.yaml"),
    (36, "tuning"): (SURVEY / "sentences_36_tuning_a.yaml", SURVEY / "sentences_36_tuning_b.yaml"),
    (36, "test"): (SURVEY / "sentences_36_test_a.yaml", SURVEY / "sentences_36_test_b.yaml"),
    (37, "tuning"): (SURVEY / "sentences_37_tuning_a.yaml", SURVEY / "sentences_37_tuning_b.yaml"),
    (37, "test"): (SURVEY / "sentences_37_test_a.yaml", SURVEY / "sentences_37_test_b.yaml"),
    (38, "tuning"): (SURVEY / "sentences_38_tuning_a.yaml", SURVEY / "sentences_38_tuning_b.yaml"),
    (38, "test"): (SURVEY / "sentences_38_test_a.yaml", SURVEY / "sentences_38_test_b.yaml"),
    (39, "tuning"): (SURVEY / "sentences_39_tuning_a.yaml", SURVEY / "sentences_39_tuning_b.yaml"),
    (39, "test"): (SURVEY / "sentences_39_test_a.yaml", SURVEY / "sentences_39_test_b.yaml"),
    (40, "tuning"): (SURVEY / "sentences_40_tuning_a.yaml", SURVEY / "sentences_40_tuning_b.yaml"),
    (40, "test"): (SURVEY / "sentences_40_test_a.yaml", SURVEY / "sentences_40_test_b.yaml"),
    (41, "tuning"): (SURVEY / "sentences_41_tuning_a.yaml", SURVEY / "sentences_41_tuning_b.yaml"),
    (41, "test"): (SURVEY / "sentences_41_test_a.yaml", SURVEY / "sentences_41_test_b.yaml"),
    (42, "tuning"): (SURVEY / "sentences_42_tuning_a.yaml", SURVEY / "sentences_42_tuning_b.yaml"),
    (42, "test"): (SURVEY / "sentences_42_test_a.yaml", SURVEY / "sentences_42_test_b.yaml"),
    (43, "tuning"): (SURVEY / "sentences_43_tuning_a.yaml", SURVEY / "sentences_43_tuning_b.yaml"),
    (43, "test"): (SURVEY / "sentences_43_test_a.yaml", SURVEY / "sentences_43_test_b.yaml"),
    (44, "tuning"): (SURVEY / "sentences_44_tuning_a.yaml", SURVEY / "sentences_44_tuning_b.yaml"),
    (44, "test"): (SURVEY / "sentences_44_test_a.yaml", SURVEY / "sentences_44_test_b.yaml"),
    (45, "tuning"): (SURVEY / "sentences_45_tuning_a.yaml", SURVEY / "sentences_45_tuning_b.yaml"),
    (45, "test"): (SURVEY / "sentences_45_test_a.yaml", SURVEY / "sentences_45_test_b.yaml"),
    (46, "tuning"): (
        SURVEY / "sentences_46_tuning_a.yaml",
        SURVEY / "sentences_46_tuning_b.yaml",
        SURVEY / "sentences_46_tuning_c.yaml",
    ),
    (46, "test"): (
        SURVEY / "sentences_46_test_a.yaml",
        SURVEY / "sentences_46_test_b.yaml",
        SURVEY / "sentences_46_test_c.yaml",
    ),
    (47, "tuning"): tuple(SURVEY / f"sentences_47_tuning_{part}.yaml" for part in "abcd"),
    (47, "test"): tuple(SURVEY / f"sentences_47_test_{part}.yaml" for part in "abcd"),
    (48, "tuning"): tuple(SURVEY / f"sentences_48_tuning_{part}.yaml" for part in "abcd"),
    (48, "test"): tuple(SURVEY / f"sentences_48_test_{part}.yaml" for part in "abcd"),
    (49, "tuning"): tuple(SURVEY / f"sentences_49_tuning_{part}.yaml" for part in "abcde"),
    (49, "test"): tuple(SURVEY / f"sentences_49_test_{part}.yaml" for part in "abcde"),
    (50, "tuning"): tuple(SURVEY / f"sentences_50_tuning_{part}.yaml" for part in "abcdef"),
    # Parts B and E kept no report: they have no test half to write.
    (50, "test"): tuple(SURVEY / f"sentences_50_test_{part}.yaml" for part in "acdf"),
    (51, "tuning"): tuple(SURVEY / f"sentences_51_tuning_{part}.yaml" for part in "abc"),
    (51, "test"): tuple(SURVEY / f"sentences_51_test_{part}.yaml" for part in "abc"),
    (52, "tuning"): tuple(SURVEY / f"sentences_52_tuning_{part}.yaml" for part in "abcd"),
    (52, "test"): tuple(SURVEY / f"sentences_52_test_{part}.yaml" for part in "abcd"),
    (53, "tuning"): tuple(SURVEY / f"sentences_53_tuning_{part}.yaml" for part in "abcd"),
    (53, "test"): tuple(SURVEY / f"sentences_53_test_{part}.yaml" for part in "abcd"),
    (54, "tuning"): tuple(SURVEY / f"sentences_54_tuning_{part}.yaml" for part in "abcde"),
    (54, "test"): tuple(SURVEY / f"sentences_54_test_{part}.yaml" for part in "abcde"),
    (55, "tuning"): tuple(SURVEY / f"sentences_55_tuning_{part}.yaml" for part in "abcdefgh"),
    (55, "test"): tuple(SURVEY / f"sentences_55_test_{part}.yaml" for part in "abcdefgh"),
    (56, "tuning"): tuple(SURVEY / f"sentences_56_tuning_{part}.yaml" for part in "ab"),
    (56, "test"): tuple(SURVEY / f"sentences_56_test_{part}.yaml" for part in "ab"),
    (57, "tuning"): tuple(SURVEY / f"sentences_57_tuning_{part}.yaml" for part in "abcd"),
    (57, "test"): tuple(SURVEY / f"sentences_57_test_{part}.yaml" for part in "abcd"),
    (58, "tuning"): tuple(SURVEY / f"sentences_58_tuning_{part}.yaml" for part in "abcdefg"),
    # (parts B, E and G kept no test-half report)
    (58, "test"): tuple(SURVEY / f"sentences_58_test_{part}.yaml" for part in "acdf"),
    (59, "tuning"): tuple(SURVEY / f"sentences_59_tuning_{part}.yaml" for part in "abcde"),
    (59, "test"): tuple(SURVEY / f"sentences_59_test_{part}.yaml" for part in "abcde"),
    (60, "tuning"): tuple(SURVEY / f"sentences_60_tuning_{part}.yaml" for part in "abc"),
    (60, "test"): tuple(SURVEY / f"sentences_60_test_{part}.yaml" for part in "abc"),
    (61, "tuning"): tuple(SURVEY / f"sentences_61_tuning_{part}.yaml" for part in "abcde"),
    (61, "test"): tuple(SURVEY / f"sentences_61_test_{part}.yaml" for part in "abcde"),
    (62, "tuning"): tuple(SURVEY / f"sentences_62_tuning_{part}.yaml" for part in "abc"),
    (62, "test"): tuple(SURVEY / f"sentences_62_test_{part}.yaml" for part in "abc"),
    (63, "tuning"): tuple(SURVEY / f"sentences_63_tuning_{part}.yaml" for part in "abcdefghi"),
    (63, "test"): tuple(SURVEY / f"sentences_63_test_{part}.yaml" for part in "abcdefghi"),
    (64, "tuning"): tuple(SURVEY / f"sentences_64_tuning_{part}.yaml" for part in "abcdefghij"),
    (64, "test"): tuple(SURVEY / f"sentences_64_test_{part}.yaml" for part in "abcdefghij"),
    (65, "tuning"): tuple(SURVEY / f"sentences_65_tuning_{part}.yaml" for part in "abcdefghij"),
    (65, "test"): tuple(SURVEY / f"sentences_65_test_{part}.yaml" for part in "abcdefghij"),
    (66, "tuning"): tuple(SURVEY / f"sentences_66_tuning_{part}.yaml" for part in "abcdefghijklmn"),
    (66, "test"): tuple(SURVEY / f"sentences_66_test_{part}.yaml" for part in "abcdefghijklmn"),
    (67, "tuning"): tuple(SURVEY / f"sentences_67_tuning_{part}.yaml" for part in "abcdefghijklmnoq"),
    (67, "test"): tuple(SURVEY / f"sentences_67_test_{part}.yaml" for part in "abcdefghijklmnoq"),
    (68, "tuning"): tuple(SURVEY / f"sentences_68_tuning_{part}.yaml" for part in "abcdefghijklmnop"),
    (68, "test"): tuple(SURVEY / f"sentences_68_test_{part}.yaml" for part in "abcdefghijklmnop"),
    (69, "tuning"): tuple(SURVEY / f"sentences_69_tuning_{part}.yaml" for part in "abcdefghijklmnopq"),
    (69, "test"): tuple(SURVEY / f"sentences_69_test_{part}.yaml" for part in "abcdefghijklmnopq"),
    (70, "tuning"): tuple(SURVEY / f"sentences_70_tuning_{part}.yaml" for part in "abcdefghijkl"),
    (70, "test"): tuple(SURVEY / f"sentences_70_test_{part}.yaml" for part in "abcdefghijkl"),
}
# Rounds 16 and 17 were measured with one freeze (be94eba), rounds 18 and 19 with the next (803a85a) and
# round 20 with the next (c5025b1): each was decided before its freeze, surveyed while that grammar was
# tuned or before (unseen by it), and its test half's sentences written after the freeze. Round 21 is
# surveyed after that freeze and before any tuning since (main's grammar is c5025b1's, refactored with the
# same claims): it is measured once with it. Round 22 (平潭's four districts, 片区) is kept from the next
# grammar (issue-30g19, tuned on round 21) and measured once with its freeze (986293e). Round 23 (the stored
# openings again, searched anew on 2026-12-04) is surveyed after that freeze, with no rule changed since
# (main's grammar is 986293e's): it is measured once with it. Round 24 (the stored openings searched by
# other sectors, levels and years, on 2026-12-04) is surveyed after the next freeze (571edaa, tuned on round
# 23), with no rule changed since: it is measured once with it. Round 25 (the stored openings by years,
# levels and phrasings rounds 23 and 24 had not tried) is surveyed while the next grammar is tuned on round
# 24 (issue-30g24, branched before round 25 was wired: it never sees it), and measured once with its freeze
# (a5b5aed). Round 26 (the stored openings by places no earlier round names: a small round, the openings
# nearly spent) was surveyed after that freeze, with no rule changed since: it is measured once with it, as
# round 25 is. Round 27 (the stored openings by the wording of the request paragraph, by year) is surveyed
# after the next freeze (293e41c, issue-30g25, tuned on rounds 25 and 26), with no rule changed since: it is
# measured once with it (2 reports: the stored openings spent for these queries). Round 28 (the 平潭 archive
# and other public repositories held nothing new; the stored openings searched by kinds of body no earlier
# round named and by the old names of merged bodies) is surveyed after the next freeze (b0285d7,
# issue-30g27, tuned on round 27), with no rule changed since: it is measured once with it. Round 29 (the
# stored openings by more kinds of body: public institutions and service centres, and the bureaus no earlier
# round named) is surveyed while the next grammar is tuned on round 28 (issue-30g28, branched before round
# 29 was wired: it never sees it), and measured once with its freeze (2958604). Round 30 (the stored
# openings by the governments' own reports, townships, streets and development zones) is surveyed after the
# next freeze (5a957ea, issue-30g29, tuned on round 29), with no rule changed since: it is measured once
# with it. Round 31 (the stored openings by the levels the survey holds least: provincial bodies and central
# ministries, cities and their departments) is surveyed after the next freeze (435ce96, issue-30g30, tuned
# on round 30), with no rule changed since: it is measured once with it. Round 32 (the stored openings by
# sector and province together: departments of every level) is surveyed after the next freeze (24f6be0,
# issue-30g31, tuned on round 31), with no rule changed since: it is measured once with it. Round 33 (the
# same queries with the sectors round 32 did not reach) is surveyed after the next freeze (eaa1359,
# issue-30g32, tuned on round 32), with no rule changed since: it is measured once with it. Round 34 (the
# same queries with the sectors rounds 32 and 33 did not reach: emergency management to development and
# reform) is surveyed while the next grammar is tuned on round 33 (issue-30g33, branched before round 34 was
# wired: it never sees it), and measured once with its freeze (d3abf20). Round 35 (the same queries with the
# sectors rounds 32 to 34 did not reach, and the bodies no sector names) is surveyed while the next grammar
# is tuned on round 34 (issue-30g34, branched before round 35 was wired: it never sees it), and measured
# once with its freeze (7226ab2). Round 36 (the same queries with the sectors and provinces round 35 did not
# reach) is surveyed while the next grammar is tuned on round 35 (issue-30g35, branched before round 36 was
# wired: it never sees it), and measured once with its freeze (91d8366). Round 37 (the same queries with
# what round 36 did not reach) is surveyed after the next freeze (dc1e4c9, issue-30g36, tuned on round 36),
# with no rule changed since: it is measured once with it. Round 38 (a new query family: counties drawn at
# random from the official code list, each searched by name) is surveyed after the next freeze (de62409,
# issue-30g37, tuned on round 37), with no rule of the claims changed since (the unread sentences' rules
# did, 4365925; every claim the same): it is measured once with it. Round 39 (the same draws, the counties
# round 38 did not reach) is surveyed while the next grammar is tuned on round 38 (issue-30g38, branched
# before round 39 was wired: it never sees it), and measured once with its freeze (9fe8f9a). Round 40 (the
# same draw, the south and east only: the north and west are spent; part A orders 458 to 799 of that list,
# part B orders 800 on) is surveyed while the next grammar is tuned on round 39 (issue-30g39, branched
# before round 40 was wired: it never sees it), and measured once with its freeze (3dd817c). Round 41 (the
# same draw, the south and east: part A orders 584 to 799 of that list, part B orders 891 on, where round 40
# stopped when the search tool's budget was used up) is surveyed after the next freeze (a7e717b,
# issue-30g40, tuned on round 40), with no rule changed since (f9ec8e3 changed how two patterns are built,
# every claim and unread row the same): it is measured once with it. Round 42 (the same draw, the south and
# east, from order 1061 to the list's end, 1408, in two parts: 1061-1234 and 1235-1408; the list is then
# spent) is surveyed while the next grammar is tuned on round 41 (issue-30g41, branched before round 42 was
# wired: it never sees it), and measured once with its freeze (7e3d21e). Round 43 (the same draw in the
# north and west, from order 328 where round 39's stopping rule fired, a budget rule, not a proof that the
# list is empty; part A orders 328 on, part B orders 800 on; both ended when the search tool's budget was
# used up) is surveyed while the next grammar is tuned on round 42 (issue-30g42, branched before round 43
# was wired: it never sees it), and measured once with its freeze (d0546b9). Round 44 (the same draw in the
# north and west, past where round 43 stopped: part A orders 455-799, part B orders 939-1297; the keep rule
# widened from the drawn county to its prefecture-level city, since most of a county's results are other
# bodies of its city) is surveyed after the next freeze (4be398f: issue-30g43's freeze 6596cf9, tuned on
# round 43, and a mend that changes no survey claim), and measured once with it. Round 45 (the same draw and
# widened keep rule in the south and east, from the list's start: part A orders 1-143, part B orders
# 701-850; both ended when the search tool's budget was used up) is surveyed while the next grammar is tuned
# on round 44 (issue-30g44, branched before round 45 was wired: it never sees it), and measured once with
# its freeze (839eba5). Round 46 (the same draw and widened keep rule: the south and east from where round
# 45 stopped, part A orders 144-590, where the search tool's budget was used up, and part B orders 851-1196,
# where its stopping rule fired at 1190; and the north and west, part C orders 1298-1441 and 800-859, where
# its stopping rule fired at 853) is surveyed after the next freeze (1071ddf, issue-30g45, tuned on round
# 45), with no rule changed since (1977227 changed how the words of implicit claims are built, every claim
# and unread row the same): it is measured once with it. Round 47 (the same draw and keep rule in four
# parts: the south and east, part A orders 591-700 and part B orders 1197-1263 of round 38's list, then a
# new query family, a department of the county drawn with a year by round 47's seed (counties47b.tsv), part
# D orders 1-188 (its stopping rule fired at 98; the lead went on from 99), part B 701-888, part A
# 1100-1249; the north and west, part C orders 860-938 of round 38's list, then the department family's
# orders 1-221; all four ended when the search tool's budget was used up) is surveyed after the next freeze
# (670b567, issue-30g46, tuned on round 46), with no rule changed since: it is measured once with it. Round
# 48 (the department family drawn as code, tests/narrative_survey/draw.py: round 38's county order, a
# department and a year per county by round 48's seed; the south and east, part A orders 189-421, part B
# 451-700, part D 889-1099 and 1250-1291; the north and west, part C orders 201-420 of the corrected list;
# parts A and D ended when the search tool's budget was used up) is surveyed after the next freeze
# (413cd29, issue-30g47, tuned on round 47), with no rule changed since: it is measured once with it. Round
# 49 (the same family by round 49's seed; the south and east, part A orders 422-450 and 701-994,
# part B 1100-1214 (its stopping rule fired at 1191), part D 1292-1408 and then the north and west 1001-1062
# (its rule fired at 1049); the north and west, part C orders 421-463 (its rule fired at 463) and part E
# 700-950, the lead's choice after C stopped) is surveyed after the next freeze (d11877e, issue-30g48 and one
# rule more), with no rule changed since (4b9ed12 rewrote five copies of one search as a helper, every claim
# the same): it is measured once with it. Round 50 (the same family by round 50's seed; the south and
# east, part A orders 995-1099 and 1215-1291 (its rule fired at 1054 and 1236; the lead went on with a fresh
# run each time), part B 451-490 (its rule fired at 490) and part F 491-673 (the lead's fresh part; its rule
# fired at 672); the north and west, part C orders 1063-1182 (its rule fired at 1142 and 1182), part D
# 464-699 (fired at 541, 619 and 659; fresh runs) and part E 951-1000 (fired at 990); begun in one session,
# whose search budget ran out at once, and finished in the next) is surveyed after the next freeze (8e918fb,
# issue-30g49, tuned on round 49), with no rule changed since: it is measured once with it. Round 51 (a new
# family, the reservoir: the reports that earlier rounds' searches named in another place and no round kept,
# tests/narrative_survey/draw_reservoir.py, in an order drawn by round 51's seed, the drawn entry's own report
# kept if new; part A orders 1-70, part B 71-140, part C 141-210) is surveyed after the next freeze (ca5afc5,
# issue-30g50, tuned on round 50), with no rule changed since: it is measured once with it. Round 52 (round
# 51's reservoir list gone on with: part A orders 211-280, part B 281-350, part C 351-450, part D 451-550;
# parts A and B begun in one session, whose search budget ran out, and gone on from their stop lines in the
# next) is surveyed after the next freeze (37157a1, issue-30g51, tuned on round 51), with no rule changed
# since: it is measured once with it. Round 53 (round
# 51's list gone on with: part A orders 551-650, part B 651-750, part C 751-850, part D 851-1000) is surveyed
# while the next grammar is tuned on round 52 (issue-30g52, branched before round 53 was merged), with no rule
# changed since its freeze (86c0bee): it is measured once with it. Round 54 (round 51's list gone on with:
# part A orders 1001-1200, part B 1201-1400, part C 1401-1564, part E 1565-1600 (left by part C), part D
# 1601-1790, the list's end) is surveyed while the next grammar is tuned on round 53 (issue-30g53, branched
# before round 54 was merged), with no rule changed since its freeze (56bfb35): it is measured once with it.
# Round 55 (new families, the reservoir spent: parts A-D the city family, tests/narrative_survey/draw.py city
# 55, orders 1-80, 93-184, 185-276 and 277-365, first with the narrow keep rule of the unit's own level, then
# with the wide rule of any new report; parts E-H the body-type family, draw.py types, orders 1-150, 151-300,
# 301-375 and 376-450, the wide rule) is surveyed after the freeze 3b74373 (issue-30g54, tuned on round 54),
# with no rule changed since (c7541e3 refactors with no claim changed): it is measured once with it. Round
# 56 (the body-type family gone on with to the list's end: part A orders 451-525, part B 526-600) is surveyed
# while the next grammar is tuned on round 55 (issue-30g55, branched before round 56 was merged): it is
# measured once with that freeze. Round 57 (the topic family, tests/narrative_survey/draw.py topics: part A
# orders 1-84, part B 85-168, part C 169-252, part D 253-336) is surveyed after the freeze 23590d6
# (issue-30g56, tuned on round 56), with no rule changed since (bbf8362 refactors with no claim changed): it
# is measured once with it. Round 58 (the topic family's second list: part A orders 337-387, part E 388-420
# (left by part A's 40-search rule, a fresh run), part B 421-460, part F 461-504 (left by part B), part C
# 505-588, part D 589-649, part G 650-672 (left by part D), the list's end) is surveyed while the next grammar
# is tuned on round 57 (issue-30g57, branched before round 58 was merged): it is measured once with that
# freeze. Round 59 (the township family, tests/narrative_survey/draw.py towns: part A orders 1-130, part B
# 131-260, part C 261-390, part D 391-520, part E 521-651, the whole list) is surveyed after the freeze
# bb6c42c (issue-30g58, tuned on round 58), with no rule changed since (8cd9fd4, 87af5b3 and ea508cf refactor
# with every claim byte-identical; 1923ef1 moves imports): it is measured once with it. Round 60 (the city
# township family, tests/narrative_survey/draw.py towncities: part A orders 1-113, part B 114-226, part C
# 227-338, the whole list) is surveyed while the next grammar is tuned on round 59 (issue-30g59, branched
# before round 60 was merged): it is measured once with that freeze. Round 61 (the county township family,
# tests/narrative_survey/draw.py countytowns: part A orders 1-120, part B 121-240, part C 241-360, part D
# 361-480, part E 481-592, where its 40-search rule fired) is surveyed after the freeze 594bc2f (issue-30g60,
# tuned on round 60), with no rule changed since (97d9620, a89202a and 7ffc487 refactor with every claim
# byte-identical): it is measured once with it. Round 62 (the county township family gone on with: part A
# orders 593-712, part B 713-832, part C 833-952) is surveyed while the next grammar is tuned on round 61
# (issue-30g61, branched before round 62 was merged): it is measured once with that freeze. Round 63 (the
# county township family gone on with: part A orders 953-1030 and part C 1193-1236, where their 40-search
# rules fired, part B 1073-1192, part D 1313-1432, part E 1433-1552; then the town-name family,
# tests/narrative_survey/draw.py townnames: part F orders 1-120, part G 121-240, part H 241-360, part I
# 361-480) is surveyed after the freeze 860544b (issue-30g62, tuned on round 62), with no rule changed since
# (d270f56 refactors with every claim byte-identical): it is measured once with it. Both halves' sentences
# are written from the phrasing descriptions after that freeze. Round 64 (the town-name
# family gone on with: part A orders 481-494 and part B 601-614, where the search budget ran out, then part C
# 495-600 and part D 615-720 going on from them, part E 721-840, part F 841-960, part G 961-1069, where its
# 40-search rule fired, part H 1081-1200, part I 1201-1320, part J 1321-1440) is surveyed while the grammar is
# tuned on round 63 (issue-30g63) and after its freeze fb5e9aa, with no rule changed since (4efe75d refactors
# with every claim byte-identical): it is measured once with it. Both halves' sentences are written from the
# phrasing descriptions after that freeze. Round 65 (the town-name family gone on with: part A orders
# 1441-1510, where the search budget ran out, then part B 1511-1630 going on from it, part C 1631-1750 (its
# 40-search rule missed at 1674 by a miscount; the 7 reports of 1675-1750 kept, as a part starting afresh
# would), part D 1751-1870, part E 1871-1970 and part F 1991-2082 and part G 2111-2162 (where their 40-search
# rules fired), part H 2231-2350, part I 2351-2470, part J 2471-2570) is surveyed while the grammar is tuned
# on round 64 (issue-30g64) and after its freeze 846db48, with no rule changed since (299d1e5 refactors with
# every claim byte-identical): it is measured once with it. Both halves' sentences are written from the
# phrasing descriptions after that freeze. Round 66 (the town-name family gone on with: part A orders
# 2571-2620 and part B 2621-2624, where the search budget ran out, then part C 2625-2659 (its 40-search rule
# fired with part B's run carried), part K 2660-2744, part D 2745-2824, part E 2865-2984, part F 2985-3104,
# part G 3105-3144, part H 3225-3344, part I 3345-3442, part J 3465-3584, part L 3585-3642 (part J's run
# carried), part M 3705-3744 (C, D, G, I, L and M stopping where their 40-search rules fired) and part N
# 3745-3822, where the search budget ran out) is surveyed while the grammar is tuned on round 65
# (issue-30g65) and after its freeze 21c9967, with no change to ingest/ since: it is measured once with it.
# Both halves' sentences are written from the phrasing descriptions after that freeze. Round 67 (a new
# family, the weather bureaus by province, level and year (`draw.py weather 67`): parts A 1-55, B 110-154, C
# 219-268, D 328-401, E 437-476, F 546-594, G 655-695 and H 764-807 at once, each stopping where its
# 40-search rule fired; then the town-name list gone on with: part I 3823-3835 (round 66 part N's run
# carried), part Q 3836-3893, part J 3943-4058 (its rule fired at 4049, 4050-4058 searched past it by a
# miscount), part K 4063-4162, part L 4183-4302, and the stretches round 66 left unsearched, part M 2825-2864,
# part N 3145-3184 and part O 3643-3704) is surveyed after round 66 was tuned on (issue-30g66) and its freeze
# 6a5646b, with no change to ingest/ since: it is measured once with it. Both halves' sentences are written
# from the phrasing descriptions after that freeze. Round 68 (the town-name list gone on with: part A
# 4303-4308 (round 67 part L's run carried; its 40-search rule fired), part I 4309-4422 (a fresh run),
# parts B 4423-4542, C 4543-4662, D 4663-4782, E 4783-4869 (its rule fired), O 4903-4996 and P 5023-5098
# (where the search budget ran out); and the stretches earlier rounds left unsearched, with fresh runs: part
# F 2163-2230, J 1971-1990, G 3894-3942, K 2083-2110, H 3185-3224, L 3443-3464, M 4163-4182 and N
# 1070-1080) is surveyed after round 67 was tuned on (issue-30g67) and its freeze 3067fd9, with no change
# to ingest/ since: it is measured once with it. Both halves' sentences are written from the phrasing
# descriptions after that freeze. Round 69 (the town-name list gone on with until it was spent: part A
# 5099-5145 (round 68 part P's run carried; fired), I 5146-5186 and Q 5187-5218 (fresh runs), B 5219-5286,
# C 5339-5458, D 5459-5569, E 5579-5644, F 5699-5789, G 5819-5888, H 5939-5981 and M 5982-6044 (most
# fired), and the stretches round 67 and 68 left, L 4059-4062, J 4870-4902 and K 4997-5022; then a new
# family, the police family (draw.py police): part N 1-59 (fired), O 81-160 and P 161-195) is surveyed
# after round 68 was tuned on (issue-30g68) and the freeze fbb3ca7, with no change to ingest/ since: it is
# measured once with it. Both halves' sentences are written from the phrasing descriptions after that
# freeze. Round 70 (a new family, the agency family (draw.py agencies): part A 1-85, B 121-216, C 241-360,
# D 361-474, E 481-523, F 601-657, G 721-840, H 841-940, I 961-1058, J 1081-1120, K 1201-1253 and L
# 1321-1360, searched at once, each with a fresh run; most parts' rules fired, and parts I and K ended where
# the search budget ran out) is surveyed after round 69 was tuned on (issue-30g69) and the freeze 9b7b1dd;
# ingest/ has changed since only by 20f268e, a refactor whose compiled pattern is the same string (every
# claim of every survey sentence byte-identical): it is measured once with it. Both halves' sentences are
# written from the phrasing descriptions after that freeze.
# A round's files
# not yet written are named here while it is surveyed; every other file listed above must exist (a missing
# one is an error, never an empty round).
NOT_YET_WRITTEN: frozenset[Path] = frozenset()

# The rounds whose files are all written, in order: those the tests check (a round being surveyed is left out
# until its last file is written).
ROUNDS: tuple[int, ...] = tuple(
    n
    for n, paths in REPORTS.items()
    if NOT_YET_WRITTEN.isdisjoint((*paths, *SENTENCES[(n, "tuning")], *SENTENCES[(n, "test")]))
)


def _present(paths: tuple[Path, ...]) -> list[Path]:
    """The files of a round (or half) to read: all of them, less those not yet written."""
    return [p for p in paths if p.exists() or p not in NOT_YET_WRITTEN]


# Two round-3 test-half entries the grammar's author saw before the freeze (by accident): the held-out figure
# is given for the whole half (the headline) and without them.
SEEN_BEFORE_FREEZE = (
    "https://www.pingli.gov.cn/Content-2793487.html",
    "http://www.fuxian.gov.cn/zfxxgk/zfxxgknb/xj/1882251480800149505.html",
)


def load_reports(round_no: int = 1) -> dict:
    """The round's reports and split; a round in several parts is their union. Where entries carry their
    `half` (round 3), the split's lists are made from it (the test checks it is the seed's)."""
    parts = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in _present(REPORTS[round_no])]
    if len(parts) == 1 and "tuning" in parts[0].get("split", {}):
        return parts[0]
    seeds = {part["split"]["seed"] for part in parts}
    assert len(seeds) == 1, f"round {round_no}'s parts name different seeds: {seeds}"
    reports = [r for part in parts for r in part["reports"]]
    split = {"seed": seeds.pop(), "tuning": [], "test": []}
    for report in reports:
        split[report["half"]].append(report["url"])
    return {"split": split, "reports": reports}


def load_sentences(round_no: int, half: str) -> list[dict]:
    """The sentence entries of a round's half (the union of its files)."""
    out: list[dict] = []
    for path in _present(SENTENCES[(round_no, half)]):
        out.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return out


def half_of(seed: str, url: str) -> str:
    """The half a report falls in: sha256(seed + url) even is tuning (the rule written in reports.yaml)."""
    return "tuning" if int(hashlib.sha256((seed + url).encode()).hexdigest(), 16) % 2 == 0 else "test"


@dataclass
class Result:
    figures: int = 0
    recalled: int = 0
    missed: list[tuple[str, dict]] = field(default_factory=list)  # (url, figure)
    false_alarms: list[tuple[str, Claim]] = field(default_factory=list)
    reports: int = 0
    # The reports with a figure whose sentences yield neither a claim of the template's metrics nor an
    # unread sentence (issue 30: such a report would look clean in the warehouse).
    silent: list[str] = field(default_factory=list)
    with_figures: int = 0

    @property
    def recall(self) -> float:
        return self.recalled / self.figures if self.figures else 1.0

    def summary(self, name: str) -> str:
        lines = [
            f"narrative survey, {name} half: {self.recalled} of {self.figures} figures of "
            f"{self.reports} reports read, recall {self.recall:.1%}; {len(self.false_alarms)} false alarms; "
            f"{len(self.silent)} of {self.with_figures} reports with a figure yield neither a claim nor an "
            "unread sentence"
        ]
        for metric, n in Counter(f["metric"] for _, f in self.missed).most_common():
            lines.append(f"  missed {metric}: {n}")
        for url, f in self.missed:
            lines.append(f"    {f['metric']} {f['kind']} {f['number']}  ({url})")
        for url, c in self.false_alarms:
            lines.append(
                f"  false alarm: {_readings_text(c)} {c.claim_kind} {c.number_text} in {c.sentence} ({url})"
            )
        lines.extend(f"  silent: {url}" for url in self.silent)
        return "\n".join(lines)


def _reading_list(claim: Claim) -> list[str]:
    """The claim's readings: its metric first, then its other readings."""
    return [claim.metric, *filter(None, (claim.alt_metrics or "").split(","))]


def _readings(claim: Claim) -> set[str]:
    return set(_reading_list(claim))


def _readings_text(claim: Claim) -> str:
    """The claim's readings as printed and recorded."""
    return ",".join(_reading_list(claim))


def _confirms(claim: Claim, figure: dict) -> bool:
    if claim.claim_kind != figure["kind"] or figure["metric"] not in _readings(claim):
        return False
    if figure["number"] is None:
        return claim.implicit
    return not claim.implicit and claim.number_text == figure["number"]


def measure(half: str, round_no: int = 1, without: tuple[str, ...] = ()) -> Result:
    """Extract the claims of every sentence entry of `half` (of survey round `round_no`), leaving out the
    reports in `without`, and compare them with the hand-read figures."""
    data = load_reports(round_no)
    by_url = {r["url"]: r for r in data["reports"]}
    free = load_vocabulary().free_metrics
    entries = [e for e in load_sentences(round_no, half) if e["url"] not in without]
    result = Result()
    for entry in entries:
        report = by_url[entry["url"]]
        doc = Document(entry["url"], "text", [Paragraph(entry["text"], 1)])
        every_claim = extract_claims(doc, report.get("year"))
        claims = [c for c in every_claim if c.metric not in free]
        result.reports += 1
        if report["figures"]:
            result.with_figures += 1
            if not claims and not unread_sentences(doc, every_claim):
                result.silent.append(entry["url"])
        used: set[int] = set()
        for figure in report["figures"]:
            result.figures += 1
            hit = next((i for i, c in enumerate(claims) if i not in used and _confirms(c, figure)), None)
            if hit is None:
                result.missed.append((entry["url"], figure))
            else:
                used.add(hit)
                result.recalled += 1
        for i, claim in enumerate(claims):
            if i not in used and not any(_confirms(claim, f) for f in report["figures"]):
                result.false_alarms.append((entry["url"], claim))
    return result


def record(result: Result) -> dict:
    """A half's measurement as measurements_N.yaml keeps it (the figures, each miss, each false alarm)."""
    return {
        "reports": result.reports,
        "figures": result.figures,
        "recalled": result.recalled,
        "recall": round(result.recall, 3),
        "false_alarms": len(result.false_alarms),
        "missed_per_metric": dict(Counter(f["metric"] for _, f in result.missed).most_common()),
        "missed": [
            {"metric": f["metric"], "kind": f["kind"], "number": f["number"], "url": url}
            for url, f in result.missed
        ],
        "with_figures": result.with_figures,
        "silent": list(result.silent),
        "false_alarm_list": [
            {
                "url": url,
                "readings": _readings_text(c),
                "kind": c.claim_kind,
                "number": c.number_text,
                "sentence": c.sentence,
            }
            for url, c in result.false_alarms
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Measure a round's halves once and print them; with --record, write the raw record that the round's
    measurements_N.yaml is made from (so a round's one measurement needs no script of its own)."""
    import argparse
    import subprocess
    import sys

    parser = argparse.ArgumentParser(prog="python tests/narrative_survey.py", description=main.__doc__)
    parser.add_argument("round_no", type=int, help="the survey round to measure")
    parser.add_argument("--half", choices=("test", "tuning", "both"), default="both")
    parser.add_argument("--grammar", help="the freeze the grammar is at (recorded as given)")
    parser.add_argument("--record", type=Path, help="write the raw measurement record (YAML) here")
    args = parser.parse_args(argv)
    if args.round_no not in REPORTS:
        print(f"round {args.round_no} is not wired in tests/narrative_survey.py (REPORTS)", file=sys.stderr)
        return 2
    head = subprocess.run(
        ["git", "-C", str(SURVEY), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    out: dict = {"grammar": args.grammar, "code": head}
    for half in ("test", "tuning") if args.half == "both" else (args.half,):
        result = measure(half, args.round_no)
        print(result.summary(f"round {args.round_no} {half}"))
        out[half] = record(result)
    if args.record:
        args.record.write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=200), "utf-8")
        print(f"raw record written to {args.record}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
