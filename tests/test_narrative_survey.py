"""Narrative claims on prose no one tuned on: recall ≥ 90% and no false alarm on each half of the survey.

The survey is of real reports from many provinces and levels, in three rounds (tests/narrative_survey/
reports.yaml: 29 reports; reports_2.yaml: 65 new ones; reports_3_a.yaml and reports_3_b.yaml: round 3, each
entry with the half its seed's hash gave it), each split once by its own seeded hash; the sentences follow the
reports' phrasings (tests/narrative_survey.py says how they are compared). Rounds 1 and 2 had their test
halves measured once and are spent (tuned on since); the grammar (issue 30g) was tuned on both halves of both
and on round 3's tuning half, then frozen before round 3's test sentences were written. Round 4
(reports_4_a.yaml and reports_4_b.yaml, a new seed) is measured with the grammar frozen again at 996ab12;
round 5 (reports_5_a.yaml and reports_5_b.yaml, a new seed) with the grammar frozen at a3b91cf.
Rounds 6 to 13 (reports_N_a.yaml and reports_N_b.yaml, each with a new seed, read by
tests/narrative_survey/CONVENTIONS.md) were measured with the grammar frozen at db6f6db, fd8a83e, 33f90a1,
5e9bed8, ba92948, 0db82ab, b8c506a, f79e197 and 1892143; each test half's sentences were written after its
freeze, and the figure measured once is kept in measurements_N.yaml. Rounds 13's and 14's surveys landed after
their freezes, so both of their halves were unseen when measured.
"""

from __future__ import annotations

import pytest
import yaml
from narrative_survey import (
    ROUNDS,
    SEEN_BEFORE_FREEZE,
    half_of,
    load_reports,
    load_sentences,
    main,
    measure,
)

from ingest.parsing.narrative.metrics import load_vocabulary

MIN_RECALL = 0.9


def _passes(half: str, round_no: int, label: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The half's recall is at least MIN_RECALL with no false alarm; its summary (and misses) printed."""
    result = measure(half, round_no)
    with capsys.disabled():
        print("\n" + result.summary(label))
    assert result.false_alarms == []
    assert result.recall >= MIN_RECALL


@pytest.mark.parametrize("round_no", ROUNDS)
def test_the_split_is_the_one_written_down(round_no):
    data = load_reports(round_no)
    split = data["split"]
    urls = [r["url"] for r in data["reports"]]
    assert len(urls) == len(set(urls)), "a report is listed once"
    assert sorted(split["tuning"] + split["test"]) == sorted(urls)
    for half in ("tuning", "test"):
        assert all(half_of(split["seed"], u) == half for u in split[half]), half


@pytest.mark.parametrize("round_no", [n for n in ROUNDS if n >= 3])
def test_each_entrys_half_is_its_seeds(round_no):
    """Each entry's `half` is the one its round's seed's hash gives (half_of), in every part."""
    data = load_reports(round_no)
    seed = data["split"]["seed"]
    assert seed == f"nianbao-issue-30-round-{round_no}"
    wrong = [(r["url"], r["half"]) for r in data["reports"] if r["half"] != half_of(seed, r["url"])]
    assert wrong == []
    assert data["split"]["tuning"] and data["split"]["test"]


@pytest.mark.parametrize("round_no", [n for n in ROUNDS if n >= 2])
def test_each_round_is_new_reports(round_no):
    """No address of a round was surveyed in an earlier round, and none is listed twice."""
    old = {r["url"] for n in range(1, round_no) for r in load_reports(n)["reports"]}
    urls = [r["url"] for r in load_reports(round_no)["reports"]]
    assert len(urls) == len(set(urls)), "a report is listed once, in one part"
    assert not old & set(urls)


@pytest.mark.parametrize("round_no", [n for n in ROUNDS if n >= 3])
def test_test_sentences_are_exactly_the_test_half(round_no):
    """One sentence entry for each test-half report of the round, none for another report, none twice."""
    split = load_reports(round_no)["split"]
    urls = [e["url"] for e in load_sentences(round_no, "test")]
    assert len(urls) == len(set(urls))
    assert sorted(urls) == sorted(split["test"])


@pytest.mark.parametrize("round_no", ROUNDS)
def test_each_figure_names_a_metric_and_kind_the_grammar_knows(round_no):
    """A figure under a metric name the vocabulary lacks can never be recalled, and the right claim then
    counts as a false alarm (round 30: applications_partially_granted for partially_granted, caught by its
    one measurement). Every figure names a metric of narrative_metrics.yaml and a kind the claims have."""
    known = set(load_vocabulary().metrics)
    kinds = {"count", "share", "change_pct", "change_abs"}
    wrong = [
        (r["url"], f["metric"], f["kind"])
        for r in load_reports(round_no)["reports"]
        for f in r["figures"]
        if f["metric"] not in known or f["kind"] not in kinds
    ]
    assert wrong == []


def test_the_entries_seen_before_round_3s_freeze_are_test_entries():
    """The two round-3 entries the grammar's author saw before the freeze are entries of its test half."""
    assert set(SEEN_BEFORE_FREEZE) <= {e["url"] for e in load_sentences(3, "test")}


@pytest.mark.parametrize(
    "round_no,half",
    [(n, half) for n in ROUNDS for half in ("tuning", "test")],
)
def test_sentences_follow_reports_of_their_half(round_no, half):
    split = load_reports(round_no)["split"]
    entries = load_sentences(round_no, half)
    assert entries, f"no sentences for round {round_no}'s {half} half"
    assert {e["url"] for e in entries} <= set(split[half])


# Spent test halves, now tuned on like the tuning halves (each was measured once when it was held out; their
# figures then are kept in the survey's yaml and in the notes): round 1's test half (35 of 43, 81.4%) and
# round 2's (63 of 96, 65.6%, 4 false alarms). Issue 30g's grammar was tuned on all of rounds 1 and 2 and on
# round 3's tuning half; round 3's test half (sentences written after its freeze) is the held-out figure.
@pytest.mark.parametrize(
    "round_no,half",
    [(1, "tuning"), (1, "test"), (2, "tuning"), (2, "test"), (3, "tuning")],
    ids=["round1-tuning", "round1-test-spent", "round2-tuning", "round2-test-spent", "round3-tuning"],
)
def test_recall_and_false_alarms(round_no, half, capsys):
    """Recall ≥ 90% and no false alarm; the spent test halves (round 1's and round 2's) were tuned on after
    their one measurement, so they are tuning material now, not a held-out figure."""
    _passes(half, round_no, f"round {round_no} {half}", capsys)


# Round 3's test half, measured once on 2026-12-03 (held out; grammar frozen at 8e72822, code 04c9760).
ROUND_3_TEST_MEASURED = (
    "round 3's test half, measured once (held out, grammar frozen at 8e72822): 155 of 173 figures, "
    "recall 89.6%, 4 false alarms (河东区 litigation_upheld 1 from 均为结果维持; 进贤县's online and "
    "offline parts 28, 25 and 6 read as the year's); without the 2 entries seen before the freeze: "
    "148 of 166, 89.2%, the same 4 false alarms (tests/narrative_survey/measurements_3.yaml)"
)


def test_round_3_test_half_spent(capsys):
    """Round 3's test half, SPENT: measured once held out (ROUND_3_TEST_MEASURED, kept in
    tests/narrative_survey/measurements_3.yaml: 155 of 173, 89.6%, 4 false alarms), then tuned on after that
    one measurement (issue 30g2), so this is no held-out figure any more: it guards the tuning. Also printed
    without the two entries the grammar's author saw before the first freeze."""
    result = measure("test", 3)
    unseen = measure("test", 3, without=SEEN_BEFORE_FREEZE)
    with capsys.disabled():
        print("\n" + result.summary("round 3 test (spent: tuned on after its one measurement)"))
        print(unseen.summary("round 3 test without the 2 entries seen before the freeze"))
    assert result.false_alarms == []
    assert result.recall >= MIN_RECALL


# Round 4: the grammar was frozen at 996ab12 before round 4's sentences were measured; its tuning half's
# sentences were written with the survey but nobody tuned on them, so both halves are measured as they are,
# once, in one run (tests/narrative_survey/measurements_4.yaml). The test half's sentences were written after
# the freeze. Measured once on 2026-12-03 (code 841c931): both below 90% with false alarms, so strict xfails
# naming the measured figure; the test half's figure is the held-out one (misses and false alarms listed in
# measurements_4.yaml). Both halves were then tuned on (issue-30g3, before round 5's freeze): the test half
# reached 90% with no false alarm and is a plain test (spent); the tuning half stayed a strict xfail until
# issue-30g6 tuned it past 90% with no false alarm: a plain test (spent) too.
ROUND_4_TUNING_MEASURED = (
    "round 4's tuning half, measured once with the grammar frozen at 996ab12 (not tuned on): "
    "72 of 89 figures, recall 80.9%, 5 false alarms (tests/narrative_survey/measurements_4.yaml); "
    "after tuning on it (issue-30g3): 76 of 89, 85.4%, 0 false alarms"
)


def test_round4_tuning_half_spent(capsys):
    """Round 4's tuning half, SPENT: measured once with the frozen grammar 996ab12, not tuned on
    (ROUND_4_TUNING_MEASURED: 72 of 89, 80.9%, 5 false alarms; measurements_4.yaml is the record), then tuned
    on (issue-30g3: 85.4%, still a strict xfail; issue-30g6: past 90%), so it guards the tuning now."""
    _passes("tuning", 4, "round 4 tuning (tuned on after its one measurement)", capsys)


def test_round_4_test_half_spent(capsys):
    """Round 4's test half, SPENT: measured once held out (68 of 83, 81.9%, 3 false alarms, grammar 996ab12;
    measurements_4.yaml is the record), then tuned on after that one measurement (issue-30g3). 宁河区's
    entry gained the unqualified 答复率 share the survey header's convention asks for (comment there)."""
    _passes("test", 4, "round 4 test (spent: tuned on after its one measurement)", capsys)


# Round 5: the grammar was frozen at a3b91cf before round 5's sentences were measured; its tuning half's
# sentences were written with the survey but nobody tuned on them, and its test half's were written after the
# freeze (issue-30t5): both halves are measured as they are, once, in one run
# (tests/narrative_survey/measurements_5.yaml). Measured once on 2026-12-03 (code ed49c5a): both below 90%
# with false alarms, so strict xfails naming the measured figure; the test half's is the held-out one.
# Both halves were then tuned on (issue-30g6, before round 6's freeze): both reached 90% with no false alarm
# and are plain tests (spent).
ROUND_5_TUNING_MEASURED = (
    "round 5's tuning half, measured once with the grammar frozen at a3b91cf (not tuned on): "
    "57 of 75 figures, recall 76.0%, 7 false alarms (tests/narrative_survey/measurements_5.yaml)"
)
ROUND_5_TEST_MEASURED = (
    "round 5's test half, measured once held out (grammar frozen at a3b91cf, sentences written after the "
    "freeze): 59 of 73 figures, recall 80.8%, 6 false alarms (tests/narrative_survey/measurements_5.yaml)"
)


def test_round5_tuning_half_spent(capsys):
    """Round 5's tuning half, SPENT: measured once with the frozen grammar a3b91cf, not tuned on
    (ROUND_5_TUNING_MEASURED: 57 of 75, 76.0%, 7 false alarms; measurements_5.yaml is the record), then
    tuned on (issue-30g6), so this is no held-out figure any more: it guards the tuning. Its entries were
    aligned with CONVENTIONS.md since (rules 6 and 7; comments in reports_5_a.yaml)."""
    _passes("tuning", 5, "round 5 tuning (spent: tuned on after its one measurement)", capsys)


def test_round5_test_half_spent(capsys):
    """Round 5's test half, SPENT: measured once held out (ROUND_5_TEST_MEASURED: 59 of 73, 80.8%, 6 false
    alarms, grammar a3b91cf; measurements_5.yaml is the record), then tuned on (issue-30g6), so this is no
    held-out figure any more: it guards the tuning. Its entries were aligned with CONVENTIONS.md since
    (rules 6 and 7; comments in reports_5_a.yaml)."""
    _passes("test", 5, "round 5 test (spent: tuned on after its one measurement)", capsys)


# Round 6's tuning half, measured the first time by the grammar's author (issue-30g6) before tuning on it,
# at 74f8183 (the grammar of b3578d9: tuned on rounds 1 to 5 that session): 164 of 201 figures, recall 81.6%,
# 7 false alarms (the session's start grammar 77dd18f on the same half: 158 of 201, 78.6%, 9 false alarms).
# Then tuned on and frozen (the issue-30g6 commit whose message starts with FREEZE): 189 of 201, 94.0%, no
# false alarm. Its test half is measured once, after that freeze.


def test_round6_tuning_half(capsys):
    """Round 6's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 6, "round 6 tuning (tuned on before the freeze at db6f6db)", capsys)


# Round 6's test half, measured once on 2026-12-03 (held out: grammar frozen at db6f6db, sentences written
# after the freeze and committed alone at e88759f; tests/narrative_survey/measurements_6.yaml is the record,
# with every miss and false alarm): 134 of 152, 88.2%, 5 false alarms, a strict xfail then. Two of its five
# false alarms were cases the round-6 surveyors settled in CONVENTIONS.md rule 22, kept from the grammar until
# the freeze. Tuned on since (issue-30g7): past 90% with no false alarm, so a plain test of a spent half.


def test_round6_test_half_spent(capsys):
    """Round 6's test half: measured once held out (grammar frozen at db6f6db) at 134 of 152 figures, recall
    88.2%, 5 false alarms (measurements_6.yaml); tuned on since (issue-30g7), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 6, "round 6 test (spent: tuned on after its one measurement)", capsys)


# Round 7's tuning half, measured the first time by the grammar's author (issue-30g7) before tuning on it, at
# e8f298a (main merged into the grammar of 212f67b: tuned on rounds 1 to 6 that session): 74 of 84 figures,
# recall 88.1%, 4 false alarms (the session's start grammar 3fc5f96 on the same half: 74 of 84, 88.1%, 5 false
# alarms). Then tuned on and frozen (the issue-30g7 commit whose message starts with FREEZE): 80 of 84, 95.2%,
# no false alarm. Its test half is measured once, after that freeze.


def test_round7_tuning_half(capsys):
    """Round 7's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 7, "round 7 tuning (tuned on before the freeze)", capsys)


# Round 7's test half, measured once on 2026-12-03 (held out: grammar frozen at fd8a83e, sentences written
# after the freeze and committed alone at 419bf35; tests/narrative_survey/measurements_7.yaml is the record,
# with every miss and the false alarm): 107 of 121, 88.4%, 1 false alarm, a strict xfail then. Its false alarm
# was a case the round-7 surveyors settled in CONVENTIONS.md rule 23, kept from the grammar until the freeze.
# Tuned on since (issue-30g8): past 90% with no false alarm, so a plain test of a spent half.


def test_round7_test_half_spent(capsys):
    """Round 7's test half: measured once held out (grammar frozen at fd8a83e) at 107 of 121 figures, recall
    88.4%, 1 false alarm (measurements_7.yaml); tuned on since (issue-30g8), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 7, "round 7 test (spent: tuned on after its one measurement)", capsys)


# Round 8's tuning half, measured the first time by the grammar's author (issue-30g8) before tuning on it, at
# b0d3b70 (main merged into the grammar of 993e2ee: tuned on round 7's spent test half that session): 71 of 89
# figures, recall 79.8%, 2 false alarms (the session's start grammar d66c107 on the same half: 71 of 89,
# 79.8%, 2 false alarms). Then tuned on and frozen (the issue-30g8 commit whose message starts with
# FREEZE): 87 of 89, 97.8%, no false alarm. Its test half is measured once, after that freeze.


def test_round8_tuning_half(capsys):
    """Round 8's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 8, "round 8 tuning (tuned on before the freeze)", capsys)


# Round 8's test half, measured once on 2026-12-03 (held out: grammar frozen at 33f90a1, sentences written
# after the freeze and committed alone at c987671; tests/narrative_survey/measurements_8.yaml is the record,
# with every miss and false alarm): 86 of 98, 87.8%, 3 false alarms, a strict xfail then. Two of its three
# false alarms were cases the round-8 surveyors settled in CONVENTIONS.md rule 24, kept from the grammar until
# the freeze. Tuned on since (issue-30g9): past 90% with no false alarm, so a plain test of a spent half.


def test_round8_test_half_spent(capsys):
    """Round 8's test half: measured once held out (grammar frozen at 33f90a1) at 86 of 98 figures, recall
    87.8%, 3 false alarms (measurements_8.yaml); tuned on since (issue-30g9), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 8, "round 8 test (spent: tuned on after its one measurement)", capsys)


# Round 9's tuning half, measured the first time by the grammar's author (issue-30g9) before tuning on it, at
# 646edf0 (main merged into the grammar of 2c585c9: tuned that session on round 8's spent test half): 82 of 91
# figures, recall 90.1%, 2 false alarms (the session's start grammar 2d1430a on the same half: 82 of 91,
# 90.1%, 2 false alarms). Then tuned on and frozen (the issue-30g9 commit whose message starts with FREEZE):
# 90 of 91, 98.9%, no false alarm. Its test half is measured once, after that freeze.


def test_round9_tuning_half(capsys):
    """Round 9's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 9, "round 9 tuning (tuned on before the freeze)", capsys)


# Round 9's test half, measured once on 2026-12-03 (held out: grammar frozen at 5e9bed8, sentences written
# after the freeze and committed alone at aa25217; tests/narrative_survey/measurements_9.yaml is the record,
# with every miss and the false alarm): 55 of 65, 84.6%, 1 false alarm, a strict xfail then. Its false alarm
# was a negated answering verb (未答复1件) read as handled. Tuned on since (issue-30g10: the negation scope
# rule, verb classes): past 90% with no false alarm, so a plain test of a spent half.


def test_round9_test_half_spent(capsys):
    """Round 9's test half: measured once held out (grammar frozen at 5e9bed8) at 55 of 65 figures, recall
    84.6%, 1 false alarm (measurements_9.yaml); tuned on since (issue-30g10), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 9, "round 9 test (spent: tuned on after its one measurement)", capsys)


# Round 10's tuning half, measured the first time by the grammar's author (issue-30g10) before tuning on
# it, at 98678b1 (main merged into the grammar of 57e2ae6: tuned that session on round 9's spent test half):
# 69 of 78 figures, recall 88.5%, no false alarm (the session's start grammar b3fa880 on the same half: 69 of
# 78, 88.5%, no false alarm). Then tuned on and frozen (the issue-30g10 commit whose message starts with
# FREEZE). Its test half is measured once, after that freeze.


def test_round10_tuning_half(capsys):
    """Round 10's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 10, "round 10 tuning (tuned on before the freeze)", capsys)


# Round 10's test half, measured once on 2026-12-03 (held out: grammar frozen at ba92948, sentences written
# after the freeze and committed alone at 1bf6464; tests/narrative_survey/measurements_10.yaml is the record,
# with every miss and the false alarm): 46 of 51, 90.2%, 1 false alarm, a strict xfail then. Its false alarm
# was a handling verb after 共 (共处理依申请公开事项10件) read as the received or the total. Tuned on since
# (issue-30g11: the handling verbs after a total word, absence without a receiving verb, the subject of the
# clause): past 90% with no false alarm, so a plain test of a spent half.


def test_round10_test_half_spent(capsys):
    """Round 10's test half: measured once held out (grammar frozen at ba92948) at 46 of 51 figures, recall
    90.2%, 1 false alarm (measurements_10.yaml); tuned on since (issue-30g11), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 10, "round 10 test (spent: tuned on after its one measurement)", capsys)


# Round 11's tuning half, measured the first time by the grammar's author (issue-30g11) before tuning on
# it, at 9aab236 (main merged into the grammar of 387e303: tuned that session on round 10's spent test half):
# 86 of 95 figures, recall 90.5%, 2 false alarms (the session's start grammar 86336b8 on the same half: 86 of
# 95, 90.5%, 2 false alarms). Then tuned on and frozen (the issue-30g11 commit whose message starts with
# FREEZE). Its test half is measured once, after that freeze.


def test_round11_tuning_half(capsys):
    """Round 11's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 11, "round 11 tuning (tuned on before the freeze)", capsys)


# Round 11's test half, measured once on 2026-12-04 (held out: grammar frozen at 0db82ab, sentences written
# after the freeze and committed alone at 2cf9523; tests/narrative_survey/measurements_11.yaml is the record,
# with every miss and the false alarm). Recall 92.0% but one false alarm, a strict xfail then, naming the
# measured figure (ROUND_11_TEST_MEASURED: "round 11's test half, measured once held out (grammar frozen at
# 0db82ab, sentences written after the freeze): 46 of 50 figures, recall 92.0%, 1 false alarm
# (tests/narrative_survey/measurements_11.yaml)"). Its false alarm was the review alone read from two
# proceedings joined by a comma under one 无…情况发生 (无因政府信息产生行政复议，提起行政诉讼情况
# 发生). Tuned on since (issue-30g12: CONVENTIONS.md rule 27's cases, both proceedings under one negation,
# the handling volume, a zero after a list of the request work's items, a handling verb right before
# 依申请公开): past 90% with no false alarm, so a plain test of a spent half.


def test_round11_test_half_spent(capsys):
    """Round 11's test half: measured once held out (grammar frozen at 0db82ab) at 46 of 50 figures, recall
    92.0%, 1 false alarm (measurements_11.yaml); tuned on since (issue-30g12), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 11, "round 11 test (spent: tuned on after its one measurement)", capsys)


# Round 12's tuning half, measured the first time by the grammar's author (issue-30g12) before tuning on
# it, at a35145c (main, whose narrative grammar is the round 11 freeze 0db82ab unchanged): 47 of 55 figures,
# recall 85.5%, no false alarm. Then tuned on and frozen (the issue-30g12 commit whose message starts with
# FREEZE). Its test half is measured once, after that freeze.


def test_round12_tuning_half(capsys):
    """Round 12's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 12, "round 12 tuning (tuned on before the freeze)", capsys)


# Round 12's test half, measured once on 2026-12-04 (held out: grammar frozen at b8c506a, sentences written
# after the freeze and committed alone at d9c82b1; tests/narrative_survey/measurements_12.yaml is the record,
# with every miss). No false alarm, but recall under 90%, a strict xfail then, naming the measured figure
# (ROUND_12_TEST_MEASURED: "round 12's test half, measured once held out (grammar frozen at b8c506a, sentences
# written after the freeze): 44 of 49 figures, recall 89.8%, 0 false alarms
# (tests/narrative_survey/measurements_12.yaml)"). Its misses were 收到和处理依申请公开28件 read as the
# received alone, one negation over both years' carry-overs (无上年和下年结转件), a denial negated after its
# subject (不予公开政府信息情况无) and a handling negated as the consequence of no request (未收到…申请，故无
# 办理…). Tuned on since (issue-30g13: CONVENTIONS.md rule 28's cases): past 90% with no false alarm, so a
# plain test of a spent half.


def test_round12_test_half_spent(capsys):
    """Round 12's test half: measured once held out (grammar frozen at b8c506a) at 44 of 49 figures, recall
    89.8%, 0 false alarms (measurements_12.yaml); tuned on since (issue-30g13), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 12, "round 12 test (spent: tuned on after its one measurement)", capsys)


# Round 13, measured once on 2026-12-04 at 09:36 UTC with the grammar frozen at f79e197 (issue-30g13), which
# was tuned before round 13's survey landed: both halves unseen. The test half's sentences were written after
# the freeze and committed alone at f4e42cc; the tuning half's with the survey. tests/narrative_survey/
# measurements_13.yaml is the record, with every miss and a `why` for each false alarm. Both halves past 90%
# recall, each with two false alarms: strict xfails then, naming the measured figures.
# (ROUND_13_TEST_MEASURED: "round 13's test half, measured once held out (grammar frozen at f79e197, sentences
# written after the freeze): 44 of 48 figures, recall 91.7%, 2 false alarms (a 12345 hotline's 办理 count read
# as requests handled; 未收到…行政复议申请和行政诉讼 read as the review alone)
# (tests/narrative_survey/measurements_13.yaml)"). Its misses were 有1件依申请公开信息 (no receiving verb), a
# carry-forward as an exception (除1项结转至2022年办理), "all concluded" after the body's own handling clause
# (我局依法依规认真办理，并在法定期限内办结) and both proceedings negated under one 未收到 with 申请 before
# 和.
# Tuned on since (issue-30g14): past 90% with no false alarm, so a plain test of a spent half.


def test_round13_test_half_spent(capsys):
    """Round 13's test half: measured once held out (grammar frozen at f79e197) at 44 of 48 figures, recall
    91.7%, 2 false alarms (measurements_13.yaml); tuned on since (issue-30g14), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 13, "round 13 test (spent: tuned on after its one measurement)", capsys)


# Round 13's tuning half, measured the first time unseen by the grammar frozen at f79e197, with the test half
# (measurements_13.yaml): 83 of 90 figures, recall 92.2%, 2 false alarms (不予公开7件（均属于行政查询事项）
# read as the parent row; 全部在规定时效内办结 after 引发行政复议1件 read as said of the review). Then tuned
# on (issue-30g14) before the freeze for round 14.


def test_round13_tuning_half(capsys):
    """Round 13's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 13, "round 13 tuning (tuned on before the freeze)", capsys)


# Round 14, measured once on 2026-12-04 at 10:02 UTC with the grammar frozen at 1892143 (issue-30g14, tuned on
# round 13 in a worktree that never saw round 14): both halves unseen. The test half's sentences were written
# after the freeze and committed alone at 994007f; the tuning half's with the survey.
# tests/narrative_survey/measurements_14.yaml is the record, with every miss and a `why` for each false alarm.
# (ROUND_14_TEST_MEASURED: "round 14's test half, measured once held out (grammar frozen at 1892143,
# sentences written after the freeze): 73 of 79 figures, recall 92.4%, 4 false alarms (channel counts each
# with 受理 read as the year's; a bare 依申请公开8件 beside a proactive count read as received; a 故無…
# consequence clause read as a second, negated received) (tests/narrative_survey/measurements_14.yaml)").
# Its misses were a count with no unit run into the next point (依申请公开事项0三是…), 依申请公开8件 as
# granted (rule 28), 无书面申请 (rule 24's written requests), 未收到行政复议行政诉讼申请 with no joiner,
# an outcome beside 不属于本行政机关公开 and 未收到任何通过…方式提出的…依申请公开.
# Tuned on since (issue-30g15): past 90% with no false alarm, so a plain test of a spent half.


def test_round14_test_half_spent(capsys):
    """Round 14's test half: measured once held out (grammar frozen at 1892143) at 73 of 79 figures, recall
    92.4%, 4 false alarms (measurements_14.yaml); tuned on since (issue-30g15), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 14, "round 14 test (spent: tuned on after its one measurement)", capsys)


# Round 14's tuning half, measured the first time unseen by the grammar frozen at 1892143, with the test half
# (measurements_14.yaml): 77 of 100 figures, recall 77.0%, 6 false alarms (kinds of information beside the
# refused read as a denial; 其余6件均已…答复 read as none carried forward beside 1件正在处理中; a consultation
# about refusals read as a negated denial; 无依申请公开信息转主动公开 read as no request; the outcomes after
# 行政复议2宗、行政诉讼1宗，其中… read as the lawsuit's). Then tuned on (issue-30g15) before the freeze for
# round 15.


def test_round14_tuning_half(capsys):
    """Round 14's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 14, "round 14 tuning (tuned on before the freeze)", capsys)


# Round 15, measured once on 2026-12-04 at 11:43 UTC with the grammar frozen at 3404a86 (issue-30g15, tuned on
# round 14 in a worktree that never saw round 15): both halves unseen. The test half's sentences were written
# after the freeze and committed alone at 22f2d31. tests/narrative_survey/measurements_15.yaml is the record.
# (ROUND_15_TEST_MEASURED: "round 15's test half, measured once held out (grammar frozen at 3404a86, sentences
# written after the freeze): 73 of 86 figures, recall 84.9%, 3 false alarms
# (tests/narrative_survey/measurements_15.yaml)").
# Its misses were a decision not yet received (尚未拿到决定书) as pending, 依申请公开信息43条 heading its
# outcomes, a reason in a parenthesis with no 均, 补正后申请信息内容仍不明确, 收到2件由自然人发起的…申请,
# 未发生…行政复议，提起行政诉讼的情况, 全部维持 after one review's count, 已结转至2026年 of the one request,
# 未产生行政复议, 没有…而发生行政复议 where the stored text stops, and answers with no 均 said of few
# requests.
# Tuned on since (issue-30g16): past 90% with no false alarm, so a plain test of a spent half.


def test_round15_test_half_spent(capsys):
    """Round 15's test half: measured once held out (grammar frozen at 3404a86) at 73 of 86 figures, recall
    84.9%, 3 false alarms (measurements_15.yaml); tuned on since (issue-30g16), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 15, "round 15 test (spent: tuned on after its one measurement)", capsys)


# Round 15's tuning half, measured the first time unseen by the grammar frozen at 3404a86, with the test half
# (measurements_15.yaml): 47 of 54 figures, recall 87.0%, 6 false alarms (the outcomes after 行政复议5宗、
# 行政诉讼0宗，其中… read as both proceedings'; 其余5件均…予以答复 after answered parts read as handled 5 and
# none carried forward). Then tuned on (issue-30g16) before the freeze for round 16.


def test_round15_tuning_half(capsys):
    """Round 15's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 15, "round 15 tuning (tuned on before the freeze)", capsys)


# Rounds 16 and 17, measured once together on 2026-12-04 at 14:05 UTC with the grammar frozen at be94eba
# (issue-30g16, tuned on round 15 in a worktree that never saw rounds 16 and 17): all four halves unseen. The
# test halves' sentences were written after the freeze and committed alone at 04866a5 and 78760f3.
# tests/narrative_survey/measurements_16.yaml and measurements_17.yaml are the records.
# (ROUND_16_TEST_MEASURED: "round 16's test half, measured once held out (grammar frozen at be94eba, sentences
# written after the freeze): 100 of 115 figures, recall 87.0%, 3 false alarms
# (tests/narrative_survey/measurements_16.yaml)").
# Tuned on since (issue-30g17): past 90% with no false alarm, so a plain test of a spent half.


def test_round16_test_half_spent(capsys):
    """Round 16's test half: measured once held out (grammar frozen at be94eba) at 100 of 115 figures, recall
    87.0%, 3 false alarms (measurements_16.yaml); tuned on since (issue-30g17), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 16, "round 16 test (spent: tuned on after its one measurement)", capsys)


# Round 16's tuning half, measured the first time unseen by the grammar frozen at be94eba, with the test half
# (measurements_16.yaml): 63 of 70 figures, recall 90.0%, 3 false alarms (全年处理申请数量423件 read as
# received; 均…完成办理 before a carry-forward clause cut before its number read as none carried forward;
# 未公开过不予公开的政府信息 read as refusals negated). Then tuned on (issue-30g17) before the freeze for
# round 18.


def test_round16_tuning_half(capsys):
    """Round 16's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 16, "round 16 tuning (tuned on before the freeze)", capsys)


# (ROUND_17_TEST_MEASURED: "round 17's test half, measured once held out (grammar frozen at be94eba, sentences
# written after the freeze): 68 of 77 figures, recall 88.3%, 1 false alarm
# (tests/narrative_survey/measurements_17.yaml)").
# Tuned on since (issue-30g17): past 90% with no false alarm, so a plain test of a spent half.


def test_round17_test_half_spent(capsys):
    """Round 17's test half: measured once held out (grammar frozen at be94eba) at 68 of 77 figures, recall
    88.3%, 1 false alarm (measurements_17.yaml); tuned on since (issue-30g17), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 17, "round 17 test (spent: tuned on after its one measurement)", capsys)


# Round 17's tuning half, measured the first time unseen by the grammar frozen at be94eba, with the test half
# (measurements_17.yaml): 44 of 53 figures, recall 83.0%, 4 false alarms. Tuned on since (issue-30g17): 48 of
# 53, recall 90.6%, and one false alarm left that is no error of the grammar:
# 收到不予处理的信访举报投诉类申请0条 read as the template's finest row not_processed_petition 0, which
# round 17's file records as no figure (its surveyors could not see that the metrics name the row) and
# CONVENTIONS.md rule 33 reads as that row in later rounds. The file is not edited after the measurement, so
# the half stays a strict xfail on that one alarm.
ROUND_17_TUNING_NOW = (
    "round 17's tuning half, first 44 of 53 figures, recall 83.0%, 4 false alarms (unseen, grammar frozen at "
    "be94eba: measurements_17.yaml); tuned on (issue-30g17, issue-30g29): 49 of 53, 92.5%, 1 false alarm "
    "left, "
    "收到不予处理的信访举报投诉类申请0条 read as not_processed_petition 0 (right by CONVENTIONS.md rule 33; "
    "recorded as no figure in round 17's file, which stays as measured)"
)


@pytest.mark.xfail(reason=ROUND_17_TUNING_NOW, strict=True)
def test_round17_tuning_half(capsys):
    """Round 17's tuning half: unseen at the freeze at be94eba, measured once with the test half; tuned on
    since (issue-30g17), one false alarm left that the lead settled as a true reading (the xfail's reason)."""
    _passes("tuning", 17, "round 17 tuning (tuned on before the freeze; one settled alarm)", capsys)


# Rounds 18 and 19, measured once together on 2026-12-04 at 14:33 UTC with the grammar frozen at 803a85a
# (issue-30g17, tuned on rounds 16 and 17 in a worktree that never saw rounds 18 and 19): all four halves
# unseen. The test halves' sentences were written after the freeze and committed alone at dffc9fe and
# 031ee3c. tests/narrative_survey/measurements_18.yaml and measurements_19.yaml are the records.
# (ROUND_18_TEST_MEASURED: "round 18's test half, measured once held out (grammar frozen at 803a85a, sentences
# written after the freeze): 45 of 53 figures, recall 84.9%, 0 false alarms
# (tests/narrative_survey/measurements_18.yaml)").
# Tuned on since (issue-30g18): past 90% with no false alarm, so a plain test of a spent half.


def test_round18_test_half_spent(capsys):
    """Round 18's test half: measured once held out (grammar frozen at 803a85a) at 45 of 53 figures, recall
    84.9%, 0 false alarms (measurements_18.yaml); tuned on since (issue-30g18), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 18, "round 18 test (spent: tuned on after its one measurement)", capsys)


# Round 18's tuning half, measured the first time unseen by the grammar frozen at 803a85a, with the test half
# (measurements_18.yaml): 44 of 51 figures, recall 86.3%, 5 false alarms (依申请公开0件 among publication
# counts read as received; a licence's 辦結量0件 read as handled; 行政複議、提起行政訴訟數量是0件 read as the
# lawsuits alone; 共办理…209件，其中去年转办42件，今年新受理167件 read as handled; 已办结的申请均…办结 read as
# none carried forward). Then tuned on (issue-30g18) before the freeze for round 20.


def test_round18_tuning_half(capsys):
    """Round 18's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 18, "round 18 tuning (tuned on before the freeze)", capsys)


# (ROUND_19_TEST_MEASURED: "round 19's test half, measured once held out (grammar frozen at 803a85a, sentences
# written after the freeze): 39 of 44 figures, recall 88.6%, 1 false alarm
# (tests/narrative_survey/measurements_19.yaml)").
# Tuned on since (issue-30g18): past 90% with no false alarm, so a plain test of a spent half.


def test_round19_test_half_spent(capsys):
    """Round 19's test half: measured once held out (grammar frozen at 803a85a) at 39 of 44 figures, recall
    88.6%, 1 false alarm (measurements_19.yaml); tuned on since (issue-30g18), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 19, "round 19 test (spent: tuned on after its one measurement)", capsys)


# Round 19's tuning half, measured the first time unseen by the grammar frozen at 803a85a, with the test half
# (measurements_19.yaml): 26 of 30 figures, recall 86.7%, 0 false alarms. Then tuned on (issue-30g18) before
# the freeze for round 20.


def test_round19_tuning_half(capsys):
    """Round 19's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 19, "round 19 tuning (tuned on before the freeze)", capsys)


# Round 20, measured once on 2026-12-04 at 14:57 UTC with the grammar frozen at c5025b1 (issue-30g18, tuned
# on rounds 18 and 19 in a worktree that never saw round 20): both halves unseen, both past 90% with no
# false alarm at that one measurement, so plain tests from the start. A small round (the stored openings
# spent): 8 test reports, 13 figures. tests/narrative_survey/measurements_20.yaml is the record.


def test_round20_test_half(capsys):
    """Round 20's test half: measured once held out (grammar frozen at c5025b1) at 12 of 13 figures, recall
    92.3%, no false alarm (measurements_20.yaml); not tuned on since."""
    _passes("test", 20, "round 20 test (held out: measured once, at the freeze)", capsys)


def test_round20_tuning_half(capsys):
    """Round 20's tuning half: unseen at the freeze at c5025b1, measured once with the test half at 10 of 11
    figures, recall 90.9%, no false alarm (measurements_20.yaml); not tuned on since."""
    _passes("tuning", 20, "round 20 tuning (unseen at the freeze, not tuned on)", capsys)


# Round 21, measured once on 2026-12-04 at 16:47 UTC with main's grammar at adb33b6 (the freeze c5025b1's
# claims; no rule changed since): both halves unseen. A new source, the stored openings being spent: 平潭's
# departments' page text, 2009-2025 (131 reports). The test half's sentences were written after the survey and
# committed alone at 4a565f7 and 9c9d480. tests/narrative_survey/measurements_21.yaml is the record.
# (ROUND_21_TEST_MEASURED: "round 21's test half, measured once held out (grammar of adb33b6, sentences
# written after the survey): 80 of 96 figures, recall 83.3%, 2 false alarms, one of them a true reading the
# survey's list had left out (tests/narrative_survey/measurements_21.yaml)").
# Tuned on since (issue-30g19): past 90% with no false alarm, so a plain test of a spent half.


def test_round21_test_half_spent(capsys):
    """Round 21's test half: measured once held out (main's grammar at adb33b6) at 80 of 96 figures, recall
    83.3%, 2 false alarms, one a true reading the survey's list had left out (measurements_21.yaml); tuned on
    since (issue-30g19), so it is no held-out figure any more: it guards the tuning."""
    _passes("test", 21, "round 21 test (spent: tuned on after its one measurement)", capsys)


# Round 21's tuning half, measured the first time unseen by the grammar of adb33b6, with the test half
# (measurements_21.yaml): 98 of 108 figures, recall 90.7%, 1 false alarm (历年累计受理依申请公开数7条, a
# count over all the years, read as the year's received). Then tuned on (issue-30g19) before the freeze for
# round 22.


def test_round21_tuning_half(capsys):
    """Round 21's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 21, "round 21 tuning (tuned on before the freeze)", capsys)


# Round 22, measured once on 2026-12-04 at 17:08 UTC with the grammar frozen at 986293e (issue-30g19, tuned
# on round 21 in a worktree that never saw round 22): both halves unseen, both past 90% with no false alarm at
# that one measurement, so plain tests from the start. 平潭's four districts (28 reports, 23 test figures):
# the same source and local wording as round 21. tests/narrative_survey/measurements_22.yaml is the record.


def test_round22_test_half(capsys):
    """Round 22's test half: measured once held out (grammar frozen at 986293e) at 22 of 23 figures, recall
    95.7%, no false alarm (measurements_22.yaml); not tuned on since."""
    _passes("test", 22, "round 22 test (held out: measured once, at the freeze)", capsys)


def test_round22_tuning_half(capsys):
    """Round 22's tuning half: unseen at the freeze at 986293e, measured once with the test half at 24 of 25
    figures, recall 96.0%, no false alarm (measurements_22.yaml); not tuned on since."""
    _passes("tuning", 22, "round 22 tuning (unseen at the freeze, not tuned on)", capsys)


# Round 23, measured once on 2026-12-04 at 19:48 UTC with main's grammar (the rules frozen at 986293e; none
# changed since): both halves unseen. The stored openings searched anew by department sector and year: 58
# reports of 26 provinces (24 test, 74 figures). tests/narrative_survey/measurements_23.yaml is the record.
# (ROUND_23_TEST_MEASURED: "round 23's test half, measured once held out (the rules of 986293e, sentences
# written after the survey): 63 of 74 figures, recall 85.1%, 2 false alarms (每收到1件申请, a rule of
# handling, read as received 1; a part inside 予以公开3件's parentheses read as granted 2)".)
# Tuned on since (issue-30g23): past 90% with no false alarm, so a plain test of a spent half.


def test_round23_test_half_spent(capsys):
    """Round 23's test half: measured once held out (the rules of 986293e) at 63 of 74 figures, recall 85.1%,
    2 false alarms (measurements_23.yaml); tuned on since (issue-30g23), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 23, "round 23 test (spent: tuned on after its one measurement)", capsys)


# Round 23's tuning half, measured the first time unseen by the rules of 986293e, with the test half
# (measurements_23.yaml): 46 of 57 figures, recall 80.7%, no false alarm. Then tuned on (issue-30g23) before
# the freeze for round 24.


def test_round23_tuning_half(capsys):
    """Round 23's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 23, "round 23 tuning (tuned on before the freeze)", capsys)


# Round 24, measured once on 2026-12-04 at 21:21 UTC with main's grammar (the rules frozen at 571edaa; none
# changed since): both halves unseen. The stored openings searched by the sectors, levels and years round 23
# had not tried: 53 reports of 21 provinces (35 test, 59 figures). tests/narrative_survey/measurements_24.yaml
# is the record.
# (ROUND_24_TEST_MEASURED: "round 24's test half, measured once held out (the rules of 571edaa, sentences
# written after the survey): 50 of 59 figures, recall 84.7%, no false alarm".)
# Tuned on since (issue-30g24): past 90% with no false alarm, so a plain test of a spent half.


def test_round24_test_half_spent(capsys):
    """Round 24's test half: measured once held out (the rules of 571edaa) at 50 of 59 figures, recall 84.7%,
    no false alarm (measurements_24.yaml); tuned on since (issue-30g24), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 24, "round 24 test (spent: tuned on after its one measurement)", capsys)


# Round 24's tuning half, measured the first time unseen by the rules of 571edaa, with the test half
# (measurements_24.yaml): 20 of 26 figures, recall 76.9%, 2 false alarms (the bare 依申请公开4件 beside
# a proactive count read as received 4; 未发生…申请行政复议、提出行政诉讼 read as the lawsuits alone).
# Then tuned on (issue-30g24) before the freeze for round 25.


def test_round24_tuning_half(capsys):
    """Round 24's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 24, "round 24 tuning (tuned on before the freeze)", capsys)


# Round 25, measured once on 2026-12-04 at 21:37 UTC with main's grammar (the rules frozen at a5b5aed, tuned
# on round 24; none changed since): both halves unseen. The stored openings searched by the first years, other
# kinds of body and the request paragraph's words: 35 reports of 21 provinces (19 test, 35 figures).
# tests/narrative_survey/measurements_25.yaml is the record.
# (ROUND_25_TEST_MEASURED: "round 25's test half, measured once held out (the rules of a5b5aed, sentences
# written after the freeze): 30 of 35 figures, recall 85.7%, no false alarm".)
# Tuned on since (issue-30g25): past 90% with no false alarm, so a plain test of a spent half.


def test_round25_test_half_spent(capsys):
    """Round 25's test half: measured once held out (the rules of a5b5aed) at 30 of 35 figures, recall 85.7%,
    no false alarm (measurements_25.yaml); tuned on since (issue-30g25), so it is no held-out figure any
    more: it guards the tuning."""
    _passes("test", 25, "round 25 test (spent: tuned on after its one measurement)", capsys)


# Round 25's tuning half, measured the first time unseen by the rules of a5b5aed, with the test half
# (measurements_25.yaml): 31 of 39 figures, recall 79.5%, 1 false alarm (a count of 1 in a list of
# proceedings, 正在复议1件 or 起诉案件1件, read as review_total 1). Then tuned on (issue-30g25) before the
# freeze for round 27.


def test_round25_tuning_half(capsys):
    """Round 25's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 25, "round 25 tuning (tuned on before the freeze)", capsys)


# Round 26, measured once on 2026-12-04 at 21:42 UTC with the grammar frozen at a5b5aed (round 25's): both
# halves unseen, both past 90% with no false alarm at that one measurement. The stored openings searched by
# place: 9 reports of 7 provinces (3 test, 15 figures, 12 of them one report's), a round too small to say much
# alone. tests/narrative_survey/measurements_26.yaml is the record. Both halves tuned on since (issue-30g25),
# before the freeze for round 27.


def test_round26_test_half_spent(capsys):
    """Round 26's test half: measured once held out (grammar frozen at a5b5aed) at 14 of 15 figures, recall
    93.3%, no false alarm (measurements_26.yaml); tuned on since (issue-30g25), so it is no held-out figure
    any more: it guards the tuning."""
    _passes("test", 26, "round 26 test (spent: tuned on after its one measurement)", capsys)


def test_round26_tuning_half(capsys):
    """Round 26's tuning half: unseen at the freeze at a5b5aed, measured once with the test half at 9 of 9
    figures, no false alarm (measurements_26.yaml); tuned on since (issue-30g25), before the freeze."""
    _passes("tuning", 26, "round 26 tuning (tuned on before the freeze)", capsys)


# Round 27, measured once on 2026-12-04 at 22:41 UTC with the grammar frozen at 293e41c (issue-30g25, tuned on
# rounds 25 and 26): both halves unseen. The stored openings searched by the request paragraph's wording gave
# 2 reports (1 test, 2 figures): far too small to say anything alone, kept as measured.
# tests/narrative_survey/measurements_27.yaml is the record. Both halves tuned on since (issue-30g27), before
# the freeze for round 28.


def test_round27_test_half_spent(capsys):
    """Round 27's test half: measured once held out (the rules of 293e41c) at 1 of 2 figures, recall 50.0%,
    1 false alarm (全年依申请公开3件 right after the proactive counts read as received 3; the survey reads
    granted 3: measurements_27.yaml); tuned on since (issue-30g27), so it is no held-out figure any more: it
    guards the tuning."""
    _passes("test", 27, "round 27 test (spent: tuned on after its one measurement)", capsys)


# Round 27's tuning half, measured the first time unseen by the rules of 293e41c, with the test half
# (measurements_27.yaml): 2 of 3 figures, recall 66.7%, no false alarm (已公开18件 after the handled count not
# read as granted). Then tuned on (issue-30g27) before the freeze for round 28.


def test_round27_tuning_half(capsys):
    """Round 27's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 27, "round 27 tuning (tuned on before the freeze)", capsys)


# Round 28, measured once on 2026-12-05 at 00:11 UTC with the grammar frozen at b0285d7 (issue-30g27, tuned
# on round 27): both halves unseen. The stored openings searched by kinds of body no earlier round named and
# by the old names of merged bodies: 88 reports of 29 provinces and central bodies, all departments (37 in
# the test half, 65 figures). tests/narrative_survey/measurements_28.yaml is the record. Both halves tuned on
# since (issue-30g28), before the freeze for round 29.


def test_round28_test_half_spent(capsys):
    """Round 28's test half: measured once held out (the rules of b0285d7, its sentences written after the
    freeze) at 56 of 65 figures, recall 86.2%, 2 false alarms (办理挖掘（占用）城市道路申请件77件, licence
    applications, read as handled 77; 无…行政复议以及行政诉讼 read as the lawsuits alone:
    measurements_28.yaml); tuned on since (issue-30g28), so it is no held-out figure any more: it guards the
    tuning."""
    _passes("test", 28, "round 28 test (spent: tuned on after its one measurement)", capsys)


# Round 28's tuning half, measured the first time unseen by the rules of b0285d7, with the test half
# (measurements_28.yaml): 80 of 91 figures, recall 87.9%, 2 false alarms (结转至2026年作出答复的…申请2件 read
# as handled 2; 协助办理…依申请公开事项16例, help to another office, read as handled 16). Then tuned on
# (issue-30g28) before the freeze for round 29.


def test_round28_tuning_half(capsys):
    """Round 28's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 28, "round 28 tuning (tuned on before the freeze)", capsys)


# Round 29, measured once on 2026-12-05 at 00:32 UTC with the grammar frozen at 2958604 (issue-30g28, tuned
# on round 28): both halves unseen. The stored openings searched by public institutions and by departments
# of kinds no earlier round named: 78 reports of 22 provinces (33 in the test half, 79 figures).
# tests/narrative_survey/measurements_29.yaml is the record. Both halves tuned on since (issue-30g29), before
# the freeze for round 30.


def test_round29_test_half_spent(capsys):
    """Round 29's test half: measured once held out (the rules of 2958604, its sentences written after the
    freeze) at 63 of 79 figures, recall 79.7%, 2 false alarms (不予处理（无正当理由大量反复申请）165条 read as
    the finest row, where the survey recorded the parent, since aligned with rule 7; 无…行政复议、提前行政诉讼
    read as the lawsuits alone: measurements_29.yaml); tuned on since (issue-30g29: 76 of 79; issue-30g31:
    收到…信息1人2次 read as received 2 and its answer all answered, rule 45, 78 of 79), so it is no held-out
    figure any more: it guards the tuning."""
    _passes("test", 29, "round 29 test (spent: tuned on after its one measurement)", capsys)


# Round 29's tuning half, measured the first time unseen by the rules of 2958604, with the test half
# (measurements_29.yaml): 96 of 111 figures, recall 86.5%, 4 false alarms (three negated receipts each
# limited to a channel read as received null; 9件申请均…予以回复 read as handled 9). Then tuned on
# (issue-30g29): 105 of 111 (94.6%), 1 false alarm left as surveyed: the survey read
# 9件申请均在法定期限内予以回复 after the sentence counting the requests as all answered only, where round
# 14's tuning half (spent) and the grammar's probe matrix
# (test_matrix_the_answered_count_after_the_sentence_counting_the_requests) read the restated count as
# handled. CONVENTIONS.md rule 48 (round 32, which met the construction twice) settled it as both, and the
# entry was aligned: 106 of 112 (94.6%), no false alarm.


def test_round29_tuning_half(capsys):
    """Round 29's tuning half, tuned on before the freeze, its last alarm settled by rule 48 (see above)."""
    _passes("tuning", 29, "round 29 tuning (tuned on before the freeze)", capsys)


# Round 30, measured once on 2026-12-05 at 01:03 UTC with the grammar frozen at 5a957ea (issue-30g29, tuned
# on round 29): both halves unseen. The stored openings searched by the reports of county-level governments,
# townships, streets and development zones: 53 reports of 17 provinces (33 in the test half, 62 figures).
# tests/narrative_survey/measurements_30.yaml is the record. Both halves tuned on since (issue-30g30), before
# the freeze for round 31.


def test_round30_test_half_spent(capsys):
    """Round 30's test half: measured once held out (the rules of 5a957ea, its sentences written after the
    freeze) at 54 of 62 figures, recall 87.1%, 3 false alarms (委托…办理…申请25件, another office's, read
    as handled; 全部252件均按期办理完毕 read as handled, where the survey reads the total; 部分公开2件, right,
    where the survey had named a metric that does not exist, since corrected: measurements_30.yaml); tuned
    on since (issue-30g30: 62 of 62, 0 false alarms), so it is no held-out figure any more: it guards the
    tuning."""
    _passes("test", 30, "round 30 test (spent: tuned on after its one measurement)", capsys)


# Round 30's tuning half, measured the first time unseen by the rules of 5a957ea, with the test half
# (measurements_30.yaml): 33 of 34 figures, recall 97.1%, 1 false alarm (区级收到依申请36件, a part of the
# zone's total, read as received). Then tuned on (issue-30g30): 34 of 34, 0 false alarms, before the freeze
# for round 31.


def test_round30_tuning_half(capsys):
    """Round 30's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 30, "round 30 tuning (tuned on before the freeze)", capsys)


def test_the_measuring_command_records_a_rounds_half(tmp_path, capsys):
    """`python tests/narrative_survey.py N --record F` (how a round's one measurement is taken) writes the
    half's counts: round 30's test half holds 33 reports and 62 hand-read figures (measurements_30.yaml)."""
    out = tmp_path / "raw.yaml"
    assert main(["30", "--half", "test", "--grammar", "435ce96", "--record", str(out)]) == 0
    raw = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert raw["grammar"] == "435ce96"
    assert (raw["test"]["reports"], raw["test"]["figures"]) == (33, 62)
    assert raw["test"]["recalled"] + len(raw["test"]["missed"]) == 62
    assert "tuning" not in raw
    assert "round 30 test half" in capsys.readouterr().out
    assert main(["99"]) == 2


# Round 31, measured once on 2026-12-05 at 02:31 UTC with the grammar frozen at 435ce96 (issue-30g30, tuned
# on round 30): both halves unseen. The stored openings searched by the levels the survey held least
# (provincial bodies, central ministries, cities and their departments): 11 reports (4 in the test half,
# 9 figures), the openings spent for these queries. tests/narrative_survey/measurements_31.yaml is the
# record. Both halves tuned on since (issue-30g31), before the freeze for round 32.


def test_round31_test_half_spent(capsys):
    """Round 31's test half: measured once held out (the rules of 435ce96, its sentences written after the
    freeze) at 7 of 9 figures, recall 77.8%, 1 false alarm (予以公开和部分公开答复占比较2023年增加6%, a change
    of a share, read as a change of the carried-over requests: measurements_31.yaml); tuned on since
    (issue-30g31: 9 of 9, 0 false alarms), so it is no held-out figure any more: it guards the tuning."""
    _passes("test", 31, "round 31 test (spent: tuned on after its one measurement)", capsys)


# Round 31's tuning half, measured the first time unseen by the rules of 435ce96, with the test half
# (measurements_31.yaml): 6 of 7 figures, recall 85.7%, 1 false alarm (许可办结送达1628件, a service window's
# count, read as handled). Then tuned on (issue-30g31): 7 of 7, 0 false alarms, before the freeze for
# round 32.


def test_round31_tuning_half(capsys):
    """Round 31's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 31, "round 31 tuning (tuned on before the freeze)", capsys)


# Round 32, measured once on 2026-12-05 at 03:21 UTC with the grammar frozen at 24f6be0 (issue-30g31, tuned
# on round 31): both halves unseen. The stored openings searched by a department's sector and province
# together: 96 reports of 25 provinces (56 in the test half, 115 figures). tests/narrative_survey/
# measurements_32.yaml is the record. Both halves tuned on since (issue-30g32), before the freeze for
# round 33.


def test_round32_test_half_spent(capsys):
    """Round 32's test half: measured once held out (the rules of 24f6be0, its sentences written after the
    freeze) at 97 of 115 figures, recall 84.3%, 4 false alarms (8件…申请均按时办结 and 6件…均按时办结,
    restated counts read as handled, where the survey read all handled only, settled by rule 48 as both and
    the entries aligned: 99 of 117, 2 false alarms; 2023年结转2024年…4件 in a 2024 report read as carried
    forward; 结转下年度办结数6件 read as handled: measurements_32.yaml); tuned on since (issue-30g32: 107 of
    117, recall 91.5%, 0 false alarms), so it is no held-out figure any more: it guards the tuning."""
    _passes("test", 32, "round 32 test (spent: tuned on after its one measurement)", capsys)


# Round 32's tuning half, measured the first time unseen by the rules of 24f6be0, with the test half
# (measurements_32.yaml): 92 of 103 figures, recall 89.3%, no false alarm. Then tuned on (issue-30g32): 95 of
# 103, recall 92.2%, 0 false alarms, before the freeze for round 33.


def test_round32_tuning_half(capsys):
    """Round 32's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 32, "round 32 tuning (tuned on before the freeze)", capsys)


# Round 33, measured once on 2026-12-05 at 04:20 UTC with the grammar frozen at eaa1359 (issue-30g32, tuned
# on round 32): both halves unseen. The stored openings searched by the sectors round 32 did not reach, with
# the province: 123 reports of 27 provinces (65 in the test half, 102 figures). tests/narrative_survey/
# measurements_33.yaml is the record. Both halves tuned on since (issue-30g33), before the freeze for
# round 34.


def test_round33_test_half_spent(capsys):
    """Round 33's test half: measured once held out (the rules of eaa1359, its sentences written after the
    freeze) at 92 of 102 figures, recall 90.2%, 1 false alarm (均在法定期限内办理 said of the 6 requests
    just counted read as all handled, where the survey recorded no carry-forward figure: settled by rules 4,
    45 and 48 as carried forward null and the entry aligned: 93 of 103, no false alarm;
    measurements_33.yaml); tuned on since (issue-30g33: 103 of 103, recall 100%, 0 false alarms), so it is
    no held-out figure any more: it guards the tuning."""
    _passes("test", 33, "round 33 test (spent: tuned on after its one measurement)", capsys)


# Round 33's tuning half, measured the first time unseen by the rules of eaa1359, with the test half
# (measurements_33.yaml): 114 of 120 figures, recall 95.0%, 4 false alarms (documents by disclosure type, a
# channel's count, an old answer category and lawsuits over other acts, each read as a request figure;
# rule 49: no figure). Then tuned on (issue-30g33): 120 of 120, recall 100%, 0 false alarms, before the
# freeze for round 34.


def test_round33_tuning_half(capsys):
    """Round 33's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 33, "round 33 tuning (tuned on before the freeze)", capsys)


# Round 34, measured once on 2026-12-05 at 06:51 UTC with the grammar frozen at d3abf20 (issue-30g33, tuned
# on round 33): both halves unseen. The stored openings searched by the sectors rounds 32 and 33 did not
# reach, with the province: 233 reports of 30 provinces (108 in the test half, 210 figures).
# tests/narrative_survey/measurements_34.yaml is the record. Both halves tuned on since (issue-30g34), before
# the freeze for round 35.


def test_round34_test_half_spent(capsys):
    """Round 34's test half: measured once held out (the rules of d3abf20, its sentences written after the
    freeze) at 187 of 210 figures, recall 89.0%, 8 false alarms (message and mailbox answers, documents by
    disclosure attribute, an internal-affairs part, an old outcome list, 其他情况, a hotline ticket's answer,
    each read as a request figure: measurements_34.yaml); tuned on since (issue-30g34: 191 of 210, recall
    91.0%, 0 false alarms), so it is no held-out figure any more: it guards the tuning."""
    _passes("test", 34, "round 34 test (spent: tuned on after its one measurement)", capsys)


# Round 34's tuning half, measured the first time unseen by the rules of d3abf20, with the test half
# (measurements_34.yaml): 225 of 263 figures, recall 85.6%, 13 false alarms (negations limited to applicant
# types or to proceedings, documents by disclosure attribute, rates, help with another office's requests,
# totals with an unread carry-over; rule 50: no figure or the total). Then tuned on (issue-30g34): 240 of
# 263, recall 91.3%, 0 false alarms, before the freeze for round 35.


def test_round34_tuning_half(capsys):
    """Round 34's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 34, "round 34 tuning (tuned on before the freeze)", capsys)


# Round 35, measured once on 2026-12-05 at 07:16 UTC with the grammar frozen at 7226ab2 (issue-30g34, tuned
# on round 34): both halves unseen. The stored openings searched by the sectors rounds 32 to 34 did not
# reach, with the province: 162 reports of 27 provinces (88 in the test half, 156 figures).
# tests/narrative_survey/measurements_35.yaml is the record. Both halves tuned on since (issue-30g35), before
# the freeze for round 36.


def test_round35_test_half_spent(capsys):
    """Round 35's test half: measured once held out (the rules of 7226ab2, its sentences written after the
    freeze) at 141 of 156 figures, recall 90.4%, 3 false alarms (a total after its parts read as handled, a
    rate qualified by time, a change of the received count read as the carry-forward's:
    measurements_35.yaml); tuned on since (issue-30g35: 144 of 156, recall 92.3%, 0 false alarms), so it is
    no held-out figure any more: it guards the tuning."""
    _passes("test", 35, "round 35 test (spent: tuned on after its one measurement)", capsys)


# Round 35's tuning half, measured the first time unseen by the rules of 7226ab2, with the test half
# (measurements_35.yaml): 150 of 171 figures, recall 87.7%, 8 false alarms (duplicates inside each count, a
# change after a fused count, proceedings arising from requests, proposals' answer rate, a carry-forward in
# parentheses; rule 51). Then tuned on (issue-30g35): 157 of 171, recall 91.8%, 0 false alarms, before the
# freeze for round 36.


def test_round35_tuning_half(capsys):
    """Round 35's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 35, "round 35 tuning (tuned on before the freeze)", capsys)


# Round 36, measured once on 2026-12-05 at 07:32 UTC with the grammar frozen at 91d8366 (issue-30g35, tuned
# on round 35): both halves unseen. The stored openings searched by what round 35 did not reach (nearly spent
# in the north and west): 72 reports of 22 provinces (35 in the test half, 51 figures).
# tests/narrative_survey/measurements_36.yaml is the record. Both halves tuned on since (issue-30g36), before
# the freeze for round 37.


def test_round36_test_half_spent(capsys):
    """Round 36's test half: measured once held out (the rules of 91d8366, its sentences written after the
    freeze) at 43 of 51 figures, recall 84.3%, 1 false alarm (承办 N 件 with no receiving verb read as
    received, where the survey reads handled: measurements_36.yaml); tuned on since (issue-30g36: 46 of 51,
    recall 90.2%, 0 false alarms), so it is no held-out figure any more: it guards the tuning."""
    _passes("test", 36, "round 36 test (spent: tuned on after its one measurement)", capsys)


# Round 36's tuning half, measured the first time unseen by the rules of 91d8366, with the test half
# (measurements_36.yaml): 54 of 62 figures, recall 87.1%, 1 false alarm (a lawsuit and a review under one
# negation read as the review alone; rule 52). Then tuned on (issue-30g36): 57 of 62, recall 91.9%, 0 false
# alarms, before the freeze for round 37.


def test_round36_tuning_half(capsys):
    """Round 36's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 36, "round 36 tuning (tuned on before the freeze)", capsys)


# Round 37, measured once on 2026-12-05 at 07:49 UTC with the grammar frozen at dc1e4c9 (issue-30g36, tuned
# on round 36): both halves unseen. The stored openings searched by what round 36 did not reach (both parts'
# stopping rules met: these sectors are spent): 48 reports of 22 provinces (30 in the test half, 47 figures).
# tests/narrative_survey/measurements_37.yaml is the record. Tuned on since in both halves (issue-30g37).


def test_round37_test_half_spent(capsys):
    """Round 37's test half: measured once held out (grammar frozen at dc1e4c9, its sentences written after
    the freeze) at 45 of 47 figures, recall 95.7%, no false alarm (measurements_37.yaml); tuned on since
    (issue-30g37: 46 of 47, recall 97.9%, 0 false alarms), so it is no held-out figure any more: it guards the
    tuning."""
    _passes("test", 37, "round 37 test (spent: tuned on after its one measurement)", capsys)


# Round 37's tuning half, measured the first time unseen by the rules of dc1e4c9, with the test half
# (measurements_37.yaml): 29 of 32 figures, recall 90.6%, 3 false alarms (a quoted row naming two
# outcomes, “予以公开（部分公开）”, read as the partial one, and its share; a later negation of the printed
# zero read as a second received figure; rule 53). Then tuned on (issue-30g37): 32 of 32, recall 100%, 0 false
# alarms, before the freeze for round 38.


def test_round37_tuning_half(capsys):
    """Round 37's tuning half, tuned on before the freeze (its first, unseen figure: the comment above)."""
    _passes("tuning", 37, "round 37 tuning (tuned on before the freeze)", capsys)
