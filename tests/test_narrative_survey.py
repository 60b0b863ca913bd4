"""Narrative claims on prose no one tuned on: recall ≥ 90% and no false alarm on each half of the survey.

The survey is of real reports from many provinces and levels, in rounds (tests/narrative_survey/reports.yaml:
29 reports; reports_2.yaml: 65 new ones; from round 3 on reports_N_a.yaml and reports_N_b.yaml, each entry
with the half its round's seed's hash gave it), each split once by its own seeded hash; the sentences follow
the reports' phrasings (tests/narrative_survey.py says how they are compared). Rounds 1 and 2 had their test
halves measured once and are spent (tuned on since); the grammar (issue 30g) was tuned on both halves of both
and on round 3's tuning half, then frozen before round 3's test sentences were written. Round 4 is measured
with the grammar frozen again at 996ab12, round 5 at a3b91cf. Rounds 6 to 13 (read by
tests/narrative_survey/CONVENTIONS.md) were measured with the grammar frozen at db6f6db, fd8a83e, 33f90a1,
5e9bed8, ba92948, 0db82ab, b8c506a, f79e197 and 1892143; each test half's sentences were written after its
freeze, and the figure measured once is kept in measurements_N.yaml. From round 13 on, both halves of each
round were unseen by the grammar they were measured with (rounds 13's and 14's surveys landed after their
freezes).

HALVES (at the end of this module) is the table of every half checked: one row per (round, half), with its
status (spent: measured once, then tuned on; tuned: tuned on before a freeze; held out: measured once and not
tuned on since), its history in a sentence or two (the figure measured once, with which grammar, what it reads
now; measurements_N.yaml is the full record) and, for a half that does not pass yet, the reason of its strict
xfail. test_recall_and_false_alarms checks each row; test_the_table_has_one_row_per_half_of_each_round checks
that the table names every half of ROUNDS and nothing else. A new round gets its two rows once its files are
all written (it is then in ROUNDS) and its one measurement taken: status "held out", a history naming the
figure measured once and the freeze, and, for a half that does not pass, `xfail=` that figure (a strict
xfail). After tuning on it, the row's status becomes "spent" (a test half) or "tuned" (a tuning half), its
history gains the tuned figure, and the xfail reason is removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pytest
import yaml
from narrative_survey import (
    REPORTS,
    ROUNDS,
    SEEN_BEFORE_FREEZE,
    SENTENCES,
    half_of,
    load_reports,
    load_sentences,
    main,
    measure,
)

from ingest.parsing.narrative.metrics import load_vocabulary

MIN_RECALL = 0.9

# What a half's figure is now: "spent" (measured once, held out or unseen, then tuned on, so it guards the
# tuning), "tuned" (tuned on before a freeze; its first, unseen figure is in its history) or "held out"
# (measured once at its freeze and not tuned on since).
Status = Literal["spent", "tuned", "held out"]
LABELS: dict[str, str] = {
    "spent": "spent: tuned on after its one measurement",
    "tuned": "tuned on before the freeze",
    "held out": "measured once, at the freeze; not tuned on since",
}


@dataclass(frozen=True)
class Half:
    """One half of one survey round, as test_recall_and_false_alarms checks it."""

    round_no: int
    half: Literal["tuning", "test"]
    status: Status
    history: str
    xfail: str | None = None  # the measured figure, where the half does not pass yet (a strict xfail)

    @property
    def id(self) -> str:
        return f"round{self.round_no}-{self.half}"


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


# Round 17's tuning half does not pass: its strict xfail's reason, the figure it reads now.
ROUND_17_TUNING_NOW = (
    "round 17's tuning half, first 44 of 53 figures, recall 83.0%, 4 false alarms (unseen, grammar frozen at "
    "be94eba: measurements_17.yaml); tuned on (issue-30g17, issue-30g29): 49 of 53, 92.5%; issue-30g44: 50 "
    "of 53, 94.3% (本机关不掌握4件 read); 1 false alarm left, "
    "收到不予处理的信访举报投诉类申请0条 read as not_processed_petition 0 (right by CONVENTIONS.md rule 33; "
    "recorded as no figure in round 17's file, which stays as measured)"
)

# Every half checked, one row per (round, half), in the order of the rounds (the module's docstring says how a
# round is added). A figure "measured once" is in tests/narrative_survey/measurements_N.yaml with every miss
# and false alarm (rounds 1 and 2: in the survey's yaml and the notes); "a strict xfail then" means the half
# was one, naming that figure, until tuned past 90% with no false alarm.
HALVES: tuple[Half, ...] = (
    Half(
        1,
        "tuning",
        "tuned",
        "Tuned on by issue 30g's grammar (rounds 1 and 2, round 3's tuning half) before round 3's freeze at "
        "8e72822.",
    ),
    Half(
        1,
        "test",
        "spent",
        "Measured once held out: 35 of 43 figures, 81.4%; tuned on since by issue 30g, so tuning material "
        "now, not a held-out figure.",
    ),
    Half(
        2,
        "tuning",
        "tuned",
        "Tuned on by issue 30g's grammar before round 3's freeze at 8e72822.",
    ),
    Half(
        2,
        "test",
        "spent",
        "Measured once held out: 63 of 96 figures, 65.6%, 4 false alarms; tuned on since by issue 30g; one "
        "figure more since issue-30g42 (now 98 of 100).",
    ),
    Half(
        3,
        "tuning",
        "tuned",
        "Tuned on by issue 30g's grammar before the freeze at 8e72822, before round 3's test sentences were "
        "written.",
    ),
    Half(
        3,
        "test",
        "spent",
        "Measured once held out on 2026-12-03 (grammar frozen at 8e72822, code 04c9760): 155 of 173 "
        "figures, 89.6%, 4 false alarms (河东区 litigation_upheld 1 from 均为结果维持; 进贤县's online and "
        "offline parts 28, 25 and 6 read as the year's); without the 2 entries seen before the freeze "
        "(SEEN_BEFORE_FREEZE, also printed): 148 of 166, 89.2%, the same 4 false alarms "
        "(measurements_3.yaml). Tuned on since (issue-30g2).",
    ),
    Half(
        4,
        "tuning",
        "spent",
        "Measured once on 2026-12-03 (code 841c931) with the grammar frozen at 996ab12, not tuned on: 72 of "
        "89, 80.9%, 5 false alarms (measurements_4.yaml), a strict xfail then; tuned on by issue-30g3 (76 "
        "of 89, 85.4%, 0 false alarms, still a strict xfail) and issue-30g6 (past 90%).",
    ),
    Half(
        4,
        "test",
        "spent",
        "Measured once held out with the tuning half (grammar 996ab12, sentences written after the freeze): "
        "68 of 83, 81.9%, 3 false alarms (measurements_4.yaml), a strict xfail then; tuned on since "
        "(issue-30g3). 宁河区's entry gained the unqualified 答复率 share the survey header's convention "
        "asks for.",
    ),
    Half(
        5,
        "tuning",
        "spent",
        "Measured once on 2026-12-03 (code ed49c5a) with the grammar frozen at a3b91cf, not tuned on: 57 of "
        "75, 76.0%, 7 false alarms (measurements_5.yaml), a strict xfail then; tuned on since (issue-30g6). "
        "Entries aligned since with CONVENTIONS.md rules 6 and 7 (reports_5_a.yaml).",
    ),
    Half(
        5,
        "test",
        "spent",
        "Measured once held out with the tuning half (grammar a3b91cf, sentences written after the freeze "
        "by issue-30t5): 59 of 73, 80.8%, 6 false alarms (measurements_5.yaml), a strict xfail then; tuned "
        "on since (issue-30g6). Entries aligned since with CONVENTIONS.md rules 6 and 7.",
    ),
    Half(
        6,
        "tuning",
        "tuned",
        "First measured by issue-30g6 before tuning on it, at 74f8183 (the grammar of b3578d9, tuned on "
        "rounds 1 to 5): 164 of 201, 81.6%, 7 false alarms (the session's start grammar 77dd18f: 158 of "
        "201, 78.6%, 9 false alarms); tuned on and frozen (db6f6db): 189 of 201, 94.0%, no false alarm.",
    ),
    Half(
        6,
        "test",
        "spent",
        "Measured once held out on 2026-12-03 (grammar frozen at db6f6db, sentences committed alone at "
        "e88759f): 134 of 152, 88.2%, 5 false alarms, two of them cases settled in CONVENTIONS.md rule 22 "
        "(measurements_6.yaml), a strict xfail then; tuned on since (issue-30g7).",
    ),
    Half(
        7,
        "tuning",
        "tuned",
        "First measured by issue-30g7 at e8f298a (main merged into the grammar of 212f67b, tuned on rounds "
        "1 to 6): 74 of 84, 88.1%, 4 false alarms (start grammar 3fc5f96: 74 of 84, 88.1%, 5 false alarms); "
        "tuned on and frozen (fd8a83e): 80 of 84, 95.2%, no false alarm.",
    ),
    Half(
        7,
        "test",
        "spent",
        "Measured once held out on 2026-12-03 (grammar frozen at fd8a83e, sentences committed alone at "
        "419bf35): 107 of 121, 88.4%, 1 false alarm, a case settled in CONVENTIONS.md rule 23 "
        "(measurements_7.yaml), a strict xfail then; tuned on since (issue-30g8).",
    ),
    Half(
        8,
        "tuning",
        "tuned",
        "First measured by issue-30g8 at b0d3b70 (main merged into the grammar of 993e2ee, tuned on round "
        "7's spent test half): 71 of 89, 79.8%, 2 false alarms (start grammar d66c107: the same); tuned on "
        "and frozen (33f90a1): 87 of 89, 97.8%, no false alarm.",
    ),
    Half(
        8,
        "test",
        "spent",
        "Measured once held out on 2026-12-03 (grammar frozen at 33f90a1, sentences committed alone at "
        "c987671): 86 of 98, 87.8%, 3 false alarms, two of them cases settled in CONVENTIONS.md rule 24 "
        "(measurements_8.yaml), a strict xfail then; tuned on since (issue-30g9).",
    ),
    Half(
        9,
        "tuning",
        "tuned",
        "First measured by issue-30g9 at 646edf0 (main merged into the grammar of 2c585c9, tuned on round "
        "8's spent test half): 82 of 91, 90.1%, 2 false alarms (start grammar 2d1430a: the same); tuned on "
        "and frozen (5e9bed8): 90 of 91, 98.9%, no false alarm.",
    ),
    Half(
        9,
        "test",
        "spent",
        "Measured once held out on 2026-12-03 (grammar frozen at 5e9bed8, sentences committed alone at "
        "aa25217): 55 of 65, 84.6%, 1 false alarm (未答复1件, a negated answering verb, read as handled; "
        "measurements_9.yaml), a strict xfail then; tuned on since (issue-30g10: the negation scope rule, "
        "verb classes).",
    ),
    Half(
        10,
        "tuning",
        "tuned",
        "First measured by issue-30g10 at 98678b1 (main merged into the grammar of 57e2ae6, tuned on round "
        "9's spent test half): 69 of 78, 88.5%, no false alarm (start grammar b3fa880: the same); tuned on "
        "and frozen (ba92948).",
    ),
    Half(
        10,
        "test",
        "spent",
        "Measured once held out on 2026-12-03 (grammar frozen at ba92948, sentences committed alone at "
        "1bf6464): 46 of 51, 90.2%, 1 false alarm (共处理依申请公开事项10件 read as the received or the "
        "total; measurements_10.yaml), a strict xfail then; tuned on since (issue-30g11: handling verbs "
        "after a total word, absence without a receiving verb, the clause's subject).",
    ),
    Half(
        11,
        "tuning",
        "tuned",
        "First measured by issue-30g11 at 9aab236 (main merged into the grammar of 387e303, tuned on round "
        "10's spent test half): 86 of 95, 90.5%, 2 false alarms (start grammar 86336b8: the same); tuned on "
        "and frozen (0db82ab).",
    ),
    Half(
        11,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 (grammar frozen at 0db82ab, sentences committed alone at "
        "2cf9523): 46 of 50, 92.0%, 1 false alarm (the review alone read from "
        "无因政府信息产生行政复议，提起行政诉讼情况发生; measurements_11.yaml), a strict xfail then; tuned "
        "on since (issue-30g12: CONVENTIONS.md rule 27's cases).",
    ),
    Half(
        12,
        "tuning",
        "tuned",
        "First measured by issue-30g12 at a35145c (main, the round 11 freeze 0db82ab unchanged): 47 of 55, "
        "85.5%, no false alarm; tuned on and frozen (b8c506a).",
    ),
    Half(
        12,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 (grammar frozen at b8c506a, sentences committed alone at "
        "d9c82b1): 44 of 49, 89.8%, 0 false alarms (misses: 收到和处理依申请公开28件 read as received "
        "alone, 无上年和下年结转件, 不予公开政府信息情况无, 未收到…申请，故无办理…; measurements_12.yaml), "
        "a strict xfail then; tuned on since (issue-30g13: rule 28's cases).",
    ),
    Half(
        13,
        "tuning",
        "tuned",
        "First measured unseen by the grammar frozen at f79e197, with the test half: 83 of 90, 92.2%, 2 "
        "false alarms (不予公开7件（均属于行政查询事项） read as the parent row; 全部在规定时效内办结 after "
        "引发行政复议1件 read as said of the review); tuned on (issue-30g14) before the freeze for round "
        "14.",
    ),
    Half(
        13,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 09:36 UTC (grammar frozen at f79e197 before round 13 "
        "landed, sentences committed alone at f4e42cc): 44 of 48, 91.7%, 2 false alarms (a 12345 hotline's "
        "办理 count read as handled; 未收到…行政复议申请和行政诉讼 read as the review alone; misses: "
        "有1件依申请公开信息, 除1项结转至2022年办理, 并在法定期限内办结 after the body's own clause, both "
        "proceedings under one 未收到; measurements_13.yaml), a strict xfail then; tuned on since "
        "(issue-30g14).",
    ),
    Half(
        14,
        "tuning",
        "tuned",
        "First measured unseen by 1892143, with the test half: 77 of 100, 77.0%, 6 false alarms (kinds of "
        "information beside the refused read as a denial; 其余6件均已…答复 beside 1件正在处理中 read as "
        "none carried forward; a consultation about refusals read as a negated denial; "
        "无依申请公开信息转主动公开 read as no request; outcomes after 行政复议2宗、行政诉讼1宗，其中… read "
        "as the lawsuit's); tuned on (issue-30g15) before the freeze for round 15; one figure more since "
        "issue-30g42 (now 93 of 100).",
    ),
    Half(
        14,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 10:02 UTC (grammar frozen at 1892143 by issue-30g14, "
        "sentences committed alone at 994007f): 73 of 79, 92.4%, 4 false alarms (channel counts each with "
        "受理 read as the year's; a bare 依申请公开8件 beside a proactive count read as received; a 故無… "
        "clause read as a second, negated received; misses: 依申请公开事项0三是…, 依申请公开8件 as granted, "
        "无书面申请, 未收到行政复议行政诉讼申请, an outcome beside 不属于本行政机关公开, "
        "未收到任何通过…方式提出的…依申请公开; measurements_14.yaml), a strict xfail then; tuned on since "
        "(issue-30g15).",
    ),
    Half(
        15,
        "tuning",
        "tuned",
        "First measured unseen by 3404a86, with the test half: 47 of 54, 87.0%, 6 false alarms (outcomes "
        "after 行政复议5宗、行政诉讼0宗，其中… read as both proceedings'; 其余5件均…予以答复 after answered "
        "parts read as handled 5 and none carried forward); tuned on (issue-30g16) before the freeze for "
        "round 16.",
    ),
    Half(
        15,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 11:43 UTC (grammar frozen at 3404a86 by issue-30g15, "
        "sentences committed alone at 22f2d31): 73 of 86, 84.9%, 3 false alarms (misses: 尚未拿到决定书 as "
        "pending, 依申请公开信息43条 heading its outcomes, a reason in parentheses with no 均, "
        "补正后申请信息内容仍不明确, 收到2件由自然人发起的…申请, 未发生…行政复议，提起行政诉讼的情况, "
        "全部维持 after one review's count, 已结转至2026年, 未产生行政复议, 没有…而发生行政复议, answers "
        "with no 均; measurements_15.yaml), a strict xfail then; tuned on since (issue-30g16).",
    ),
    Half(
        16,
        "tuning",
        "tuned",
        "First measured unseen by be94eba, with the test half: 63 of 70, 90.0%, 3 false alarms "
        "(全年处理申请数量423件 read as received; 均…完成办理 before a cut carry-forward clause read as "
        "none carried forward; 未公开过不予公开的政府信息 read as refusals negated); tuned on (issue-30g17) "
        "before the freeze for round 18; one figure more since issue-30g42 (now 67 of 70).",
    ),
    Half(
        16,
        "test",
        "spent",
        "Measured once held out with round 17 on 2026-12-04 at 14:05 UTC (grammar frozen at be94eba by "
        "issue-30g16; rounds 16's and 17's test sentences committed alone at 04866a5 and 78760f3): 100 of "
        "115, 87.0%, 3 false alarms (measurements_16.yaml), a strict xfail then; tuned on since "
        "(issue-30g17); since issue-30g59 (已依法依规处理 said of the only request: the carry-forward's "
        "null): 105 of 115, 91.3%, 0 false alarms.",
    ),
    Half(
        17,
        "tuning",
        "tuned",
        "First measured unseen by be94eba, with the test half: 44 of 53, 83.0%, 4 false alarms; tuned on "
        "(issue-30g17: 48 of 53, 90.6%; issue-30g29: 49 of 53, 92.5%; issue-30g44: 50 of 53, 94.3%, a rule "
        "of round 44 reading 本机关不掌握4件) with one false alarm left that is no "
        "error of the grammar (the lead settled it as a true reading): 收到不予处理的信访举报投诉类申请0条 "
        "read as not_processed_petition 0, which round 17's file, not edited after its measurement, records "
        "as no figure and CONVENTIONS.md rule 33 reads as that row.",
        xfail=ROUND_17_TUNING_NOW,
    ),
    Half(
        17,
        "test",
        "spent",
        "Measured once held out with round 16 (grammar frozen at be94eba, sentences written after the "
        "freeze): 68 of 77, 88.3%, 1 false alarm (measurements_17.yaml), a strict xfail then; tuned on "
        "since (issue-30g17).",
    ),
    Half(
        18,
        "tuning",
        "tuned",
        "First measured unseen by 803a85a, with the test half: 44 of 51, 86.3%, 5 false alarms "
        "(依申请公开0件 among publication counts read as received; a licence's 辦結量0件 read as handled; "
        "行政複議、提起行政訴訟數量是0件 read as the lawsuits alone; "
        "共办理…209件，其中去年转办42件，今年新受理167件 read as handled; 已办结的申请均…办结 read as none "
        "carried forward); tuned on (issue-30g18) before the freeze for round 20; issue-30g44's rule of "
        "round 44 (因…申请提起的行政复议 after the count) reads one more: 50 of 51, 98.0%, 0 false alarms; "
        "issue-30g48's rule of round 48 (复议败诉 joined to the lawsuits, negated) one more: 51 of 51.",
    ),
    Half(
        18,
        "test",
        "spent",
        "Measured once held out with round 19 on 2026-12-04 at 14:33 UTC (grammar frozen at 803a85a by "
        "issue-30g17; rounds 18's and 19's test sentences committed alone at dffc9fe and 031ee3c): 45 of "
        "53, 84.9%, 0 false alarms (measurements_18.yaml), a strict xfail then; tuned on since "
        "(issue-30g18).",
    ),
    Half(
        19,
        "tuning",
        "tuned",
        "First measured unseen by 803a85a, with the test half: 26 of 30, 86.7%, 0 false alarms; tuned on "
        "(issue-30g18) before the freeze for round 20.",
    ),
    Half(
        19,
        "test",
        "spent",
        "Measured once held out with round 18 (grammar frozen at 803a85a, sentences written after the "
        "freeze): 39 of 44, 88.6%, 1 false alarm (measurements_19.yaml), a strict xfail then; tuned on "
        "since (issue-30g18).",
    ),
    Half(
        20,
        "tuning",
        "held out",
        "Unseen at the freeze at c5025b1, measured once with the test half: 10 of 11, 90.9%, no false alarm "
        "(measurements_20.yaml); not tuned on since.",
    ),
    Half(
        20,
        "test",
        "held out",
        "Measured once held out on 2026-12-04 at 14:57 UTC (grammar frozen at c5025b1 by issue-30g18; a "
        "small round, 8 test reports): 12 of 13, 92.3%, no false alarm (measurements_20.yaml), a plain test "
        "from the start; not tuned on since.",
    ),
    Half(
        21,
        "tuning",
        "tuned",
        "First measured unseen by adb33b6, with the test half: 98 of 108, 90.7%, 1 false alarm "
        "(历年累计受理依申请公开数7条, a count over all the years, read as received); tuned on "
        "(issue-30g19) before the freeze for round 22.",
    ),
    Half(
        21,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 16:47 UTC (main's grammar at adb33b6, the freeze c5025b1's "
        "claims; 平潭's departments' page text, 131 reports; sentences committed alone at 4a565f7 and "
        "9c9d480): 80 of 96, 83.3%, 2 false alarms, one a true reading the survey's list had left out "
        "(measurements_21.yaml), a strict xfail then; tuned on since (issue-30g19).",
    ),
    Half(
        22,
        "tuning",
        "held out",
        "Unseen at the freeze at 986293e, measured once with the test half: 24 of 25, 96.0%, no false alarm "
        "(measurements_22.yaml); not tuned on since.",
    ),
    Half(
        22,
        "test",
        "held out",
        "Measured once held out on 2026-12-04 at 17:08 UTC (grammar frozen at 986293e by issue-30g19; "
        "平潭's four districts, 28 reports): 22 of 23, 95.7%, no false alarm (measurements_22.yaml), a "
        "plain test from the start; not tuned on since.",
    ),
    Half(
        23,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 986293e, with the test half: 46 of 57, 80.7%, no false "
        "alarm; tuned on (issue-30g23) before the freeze for round 24.",
    ),
    Half(
        23,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 19:48 UTC (the rules of 986293e; 58 reports of 26 "
        "provinces): 63 of 74, 85.1%, 2 false alarms (每收到1件申请 read as received 1; a part inside "
        "予以公开3件's parentheses read as granted 2; measurements_23.yaml), a strict xfail then; tuned on "
        "since (issue-30g23); one figure more since issue-30g42 (70 of 74) and one since issue-30g48 "
        "(已全部办结 closing a run of counts: 71 of 74); one more since issue-30g53 (予以公开并答复0件 as "
        "granted and handled, rule 39: 72 of 74).",
    ),
    Half(
        24,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 571edaa, with the test half: 20 of 26, 76.9%, 2 false alarms "
        "(the bare 依申请公开4件 beside a proactive count read as received 4; "
        "未发生…申请行政复议、提出行政诉讼 read as the lawsuits alone); tuned on (issue-30g24) before the "
        "freeze for round 25.",
    ),
    Half(
        24,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 21:21 UTC (the rules of 571edaa; 53 reports of 21 "
        "provinces): 50 of 59, 84.7%, no false alarm (measurements_24.yaml), a strict xfail then; tuned on "
        "since (issue-30g24).",
    ),
    Half(
        25,
        "tuning",
        "tuned",
        "First measured unseen by the rules of a5b5aed, with the test half: 31 of 39, 79.5%, 1 false alarm "
        "(a count of 1 in a list of proceedings, 正在复议1件 or 起诉案件1件, read as review_total 1); tuned "
        "on (issue-30g25) before the freeze for round 27.",
    ),
    Half(
        25,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 21:37 UTC (the rules of a5b5aed; 35 reports of 21 "
        "provinces): 30 of 35, 85.7%, no false alarm (measurements_25.yaml), a strict xfail then; tuned on "
        "since (issue-30g25).",
    ),
    Half(
        26,
        "tuning",
        "tuned",
        "Unseen at the freeze at a5b5aed, measured once with the test half: 9 of 9, no false alarm "
        "(measurements_26.yaml); tuned on since (issue-30g25), before the freeze for round 27.",
    ),
    Half(
        26,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 21:42 UTC (grammar frozen at a5b5aed; 9 reports of 7 "
        "provinces, 12 of the 15 figures one report's): 14 of 15, 93.3%, no false alarm "
        "(measurements_26.yaml); tuned on since (issue-30g25).",
    ),
    Half(
        27,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 293e41c, with the test half: 2 of 3, 66.7%, no false alarm "
        "(已公开18件 after the handled count not read as granted); tuned on (issue-30g27) before the freeze "
        "for round 28.",
    ),
    Half(
        27,
        "test",
        "spent",
        "Measured once held out on 2026-12-04 at 22:41 UTC (the rules of 293e41c; 2 reports): 1 of 2, "
        "50.0%, 1 false alarm (全年依申请公开3件 right after the proactive counts read as received 3; the "
        "survey reads granted 3: measurements_27.yaml); tuned on since (issue-30g27).",
    ),
    Half(
        28,
        "tuning",
        "tuned",
        "First measured unseen by the rules of b0285d7, with the test half: 80 of 91, 87.9%, 2 false alarms "
        "(结转至2026年作出答复的…申请2件 read as handled 2; 协助办理…依申请公开事项16例, help to another "
        "office, read as handled 16); tuned on (issue-30g28) before the freeze for round 29.",
    ),
    Half(
        28,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 00:11 UTC (the rules of b0285d7; 88 reports of 29 "
        "provinces and central bodies): 56 of 65, 86.2%, 2 false alarms "
        "(办理挖掘（占用）城市道路申请件77件, licence applications, read as handled 77; "
        "无…行政复议以及行政诉讼 read as the lawsuits alone: measurements_28.yaml); tuned on since "
        "(issue-30g28).",
    ),
    Half(
        29,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 2958604, with the test half: 96 of 111, 86.5%, 4 false "
        "alarms (three negated receipts each limited to a channel read as received null; 9件申请均…予以回复 "
        "read as handled 9); tuned on (issue-30g29): 105 of 111 (94.6%), 1 false alarm left as surveyed "
        "(9件申请均在法定期限内予以回复 read as handled, as round 14's tuning half and "
        "test_matrix_the_answered_count_after_the_sentence_counting_the_requests do, where the survey read "
        "all answered only); CONVENTIONS.md rule 48 (round 32) settled it as both and the entry was "
        "aligned: 106 of 112 (94.6%), no false alarm.",
    ),
    Half(
        29,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 00:32 UTC (the rules of 2958604; 78 reports of 22 "
        "provinces): 63 of 79, 79.7%, 2 false alarms (不予处理（无正当理由大量反复申请）165条 read as the "
        "finest row where the survey recorded the parent, since aligned with rule 7; "
        "无…行政复议、提前行政诉讼 read as the lawsuits alone: measurements_29.yaml); tuned on since "
        "(issue-30g29: 76 of 79; issue-30g31: 收到…信息1人2次 read as received 2 and its answer all "
        "answered, rule 45, 78 of 79).",
    ),
    Half(
        30,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 5a957ea, with the test half: 33 of 34, 97.1%, 1 false alarm "
        "(区级收到依申请36件, a part of the zone's total, read as received); tuned on (issue-30g30): 34 of "
        "34, 0 false alarms, before the freeze for round 31.",
    ),
    Half(
        30,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 01:03 UTC (the rules of 5a957ea; 53 reports of 17 "
        "provinces, 33 in the test half): 54 of 62, 87.1%, 3 false alarms (委托…办理…申请25件, another "
        "office's, read as handled; 全部252件均按期办理完毕 read as handled, where the survey reads the "
        "total; 部分公开2件, right, where the survey had named a metric that does not exist, since "
        "corrected: measurements_30.yaml); tuned on since (issue-30g30: 62 of 62, 0 false alarms).",
    ),
    Half(
        31,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 435ce96, with the test half: 6 of 7, 85.7%, 1 false alarm "
        "(许可办结送达1628件, a service window's count, read as handled); tuned on (issue-30g31): 7 of 7, 0 "
        "false alarms, before the freeze for round 32.",
    ),
    Half(
        31,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 02:31 UTC (the rules of 435ce96; 11 reports, the openings "
        "spent for these queries): 7 of 9, 77.8%, 1 false alarm (予以公开和部分公开答复占比较2023年增加6%, "
        "a change of a share, read as a change of the carried-over requests: measurements_31.yaml); tuned "
        "on since (issue-30g31: 9 of 9, 0 false alarms).",
    ),
    Half(
        32,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 24f6be0, with the test half: 92 of 103, 89.3%, no false "
        "alarm; tuned on (issue-30g32): 95 of 103, 92.2%, 0 false alarms, before the freeze for round 33; "
        "then 96 of 103, 93.2%, 0 (issue-30g40: 回复率、按时办结率均达100%, the handled share, rule 56); "
        "since issue-30g62 (a count with no unit glued to the next clause's year, 不予处理32024年, "
        "rule 78): 97 of 103.",
    ),
    Half(
        32,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 03:21 UTC (the rules of 24f6be0; 96 reports of 25 "
        "provinces): 97 of 115, 84.3%, 4 false alarms (8件…申请均按时办结 and 6件…均按时办结, restated "
        "counts read as handled, where the survey read all handled only, settled by rule 48 as both and the "
        "entries aligned: 99 of 117, 2 false alarms; 2023年结转2024年…4件 in a 2024 report read as carried "
        "forward; 结转下年度办结数6件 read as handled: measurements_32.yaml); tuned on since (issue-30g32: "
        "107 of 117, 91.5%, 0 false alarms); one figure more since issue-30g48 (历年累计…0 beside the "
        "year's negated receipt, rule 48: 108 of 117).",
    ),
    Half(
        33,
        "tuning",
        "tuned",
        "First measured unseen by the rules of eaa1359, with the test half: 114 of 120, 95.0%, 4 false "
        "alarms (documents by disclosure type, a channel's count, an old answer category and lawsuits over "
        "other acts, each read as a request figure; rule 49: no figure); tuned on (issue-30g33): 120 of "
        "120, 100%, 0 false alarms, before the freeze for round 34.",
    ),
    Half(
        33,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 04:20 UTC (the rules of eaa1359; 123 reports of 27 "
        "provinces): 92 of 102, 90.2%, 1 false alarm (均在法定期限内办理 said of the 6 requests just "
        "counted read as all handled; settled by rules 4, 45 and 48 as carried forward null and the entry "
        "aligned: 93 of 103, no false alarm; measurements_33.yaml); tuned on since (issue-30g33: 103 of "
        "103, 100%, 0 false alarms).",
    ),
    Half(
        34,
        "tuning",
        "tuned",
        "First measured unseen by the rules of d3abf20, with the test half: 225 of 263, 85.6%, 13 false "
        "alarms (negations limited to applicant types or to proceedings, documents by disclosure attribute, "
        "rates, help with another office's requests, totals with an unread carry-over; rule 50); tuned on "
        "(issue-30g34): 240 of 263, 91.3%, 0 false alarms, before the freeze for round 35.",
    ),
    Half(
        34,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 06:51 UTC (the rules of d3abf20; 233 reports of 30 "
        "provinces): 187 of 210, 89.0%, 8 false alarms (message and mailbox answers, documents by "
        "disclosure attribute, an internal-affairs part, an old outcome list, 其他情况, a hotline ticket's "
        "answer: measurements_34.yaml); tuned on since (issue-30g34: 191 of 210, 91.0%, 0 false alarms; "
        "issue-30g44's rule of round 44, an outcome said alone after a count before its proceeding: 192 of "
        "210, 91.4%, 0; issue-30g55's rule of round 55, 均…答复 after a count of requests helped with: 193 "
        "of 210, 91.9%, 0).",
    ),
    Half(
        35,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 7226ab2, with the test half: 150 of 171, 87.7%, 8 false "
        "alarms (duplicates inside each count, a change after a fused count, proceedings arising from "
        "requests, proposals' answer rate, a carry-forward in parentheses; rule 51); tuned on "
        "(issue-30g35): 157 of 171, 91.8%, 0 false alarms, before the freeze for round 36; one figure more "
        "since issue-30g49 (收到依申请公开…条数 N 条, the count noun after a receiving verb: 158 of 171); "
        "two more since issue-30g55 (发生…行政复议情况1件 and 未发生…行政诉讼举报投诉情况: 160 of 171); "
        "since issue-30g65 (both proceedings negated, closed by 件 for 案件: 未发生行政复议、行政诉讼件): "
        "161 of 171.",
    ),
    Half(
        35,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 07:16 UTC (the rules of 7226ab2; 162 reports of 27 "
        "provinces): 141 of 156, 90.4%, 3 false alarms (a total after its parts read as handled, a rate "
        "qualified by time, a change of the received count read as the carry-forward's: "
        "measurements_35.yaml); tuned on since (issue-30g35: 144 of 156, 92.3%, 0 false alarms; issue-30g42: "
        "145 of 156).",
    ),
    Half(
        36,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 91d8366, with the test half: 54 of 62, 87.1%, 1 false alarm "
        "(a lawsuit and a review under one negation read as the review alone; rule 52); tuned on "
        "(issue-30g36): 57 of 62, 91.9%, 0 false alarms, before the freeze for round 37.",
    ),
    Half(
        36,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 07:32 UTC (the rules of 91d8366; 72 reports of 22 "
        "provinces): 43 of 51, 84.3%, 1 false alarm (承办 N 件 with no receiving verb read as received, "
        "where the survey reads handled: measurements_36.yaml); tuned on since (issue-30g36: 46 of 51, "
        "90.2%, 0 false alarms).",
    ),
    Half(
        37,
        "tuning",
        "tuned",
        "First measured unseen by the rules of dc1e4c9, with the test half: 29 of 32, 90.6%, 3 false alarms "
        "(a quoted row naming two outcomes, “予以公开（部分公开）”, read as the partial one, and its share; "
        "a later negation of the printed zero read as a second received figure; rule 53); tuned on "
        "(issue-30g37): 32 of 32, 100%, 0 false alarms, before the freeze for round 38.",
    ),
    Half(
        37,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 07:49 UTC (grammar frozen at dc1e4c9; 48 reports of 22 "
        "provinces): 45 of 47, 95.7%, no false alarm (measurements_37.yaml); tuned on since (issue-30g37: "
        "46 of 47, 97.9%, 0 false alarms).",
    ),
    Half(
        38,
        "tuning",
        "tuned",
        "First measured unseen by the rules of de62409, with the test half, on 2026-12-05 at 09:19 UTC "
        "(counties drawn at random and searched by name, 73 reports of 24 provinces): 96 of 102, 94.1%, 2 "
        "false alarms (a negated receipt beside a printed zero of it read as a second, null figure; "
        "全部规范答复 said of the answered only read as all handled; rule 54); tuned on (issue-30g38): "
        "101 of 102, 99.0%, 0 false alarms, before the freeze for round 39; then 102 of 102, 100%, 0 "
        "(issue-30g39: 结果均为维持 after one review's count, rules 8 and 54).",
    ),
    Half(
        38,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 09:19 UTC (grammar frozen at de62409, sentences written "
        "after the freeze by issue-30t38a and 30t38b; 35 reports): 101 of 109, 92.7%, 1 false alarm (one 无 "
        "over 引发行政复议和引发行政诉讼 read as the lawsuits' null alone: measurements_38.yaml); tuned on "
        "since (issue-30g38: 108 of 109, 99.1%, 0 false alarms; issue-30g39: 109 of 109, 100%, 0, "
        "情况均为零 read as printed, rules 24 and 54).",
    ),
    Half(
        39,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 9fe8f9a, with the test half, on 2026-12-05 at 09:36 UTC "
        "(round 38's random draw of counties, where it stopped; 24 reports of 10 provinces): 39 of 43, "
        "90.7%, 1 false alarm (无法提供（不掌握）的48件, the finer row in brackets, read as the parent row: "
        "measurements_39.yaml; rule 55), a strict xfail then; tuned on (issue-30g39): 43 of 43, 100%, 0 "
        "false alarms, before the freeze for round 40.",
    ),
    Half(
        39,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 09:36 UTC (grammar frozen at 9fe8f9a, sentences written "
        "after the freeze by issue-30t39b; 9 reports, all of part B): 21 of 23, 91.3%, no false alarm "
        "(measurements_39.yaml); tuned on since (issue-30g39: 23 of 23, 100%, 0 false alarms).",
    ),
    Half(
        40,
        "tuning",
        "tuned",
        "First measured unseen by the rules of 3dd817c, with the test half, on 2026-12-05 at 09:48 UTC "
        "(round 38's random draw of counties in the south and east, where round 39 stopped; 33 reports of 10 "
        "provinces): 46 of 53, 86.8%, no false alarm (measurements_40.yaml; rule 56), a strict xfail then; "
        "tuned on (issue-30g40): 53 of 53, 100%, 0 false alarms, before the freeze for round 41.",
    ),
    Half(
        40,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 09:48 UTC (grammar frozen at 3dd817c, sentences written "
        "after the freeze by issue-30t40a and 30t40b; 14 reports): 30 of 33, 90.9%, no false alarm "
        "(measurements_40.yaml); tuned on since (issue-30g40: 33 of 33, 100%, 0 false alarms).",
    ),
    Half(
        41,
        "tuning",
        "tuned",
        "Measured once with the test half on 2026-12-05 at 11:07 UTC (the rules of a7e717b; round 38's "
        "random draw of counties in the south and east, where round 40 stopped; 72 reports of 14 "
        "provinces; not wholly unseen: part B's surveyor saw the extractor's reading of its own tuning "
        "sentences once): 81 of 85, 95.3%, 3 false alarms (a channel's count read as the received; 均 over"
        " the applicant type then a bare 已答复 read as all answered; a longer reason in brackets read as "
        "the parent row: measurements_41.yaml), a strict xfail then; tuned on (issue-30g41): 85 of 85, "
        "100%, 0 false alarms, before the freeze for round 42.",
    ),
    Half(
        41,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 11:07 UTC (grammar frozen at a7e717b, sentences written "
        "after the freeze by issue-30t41a and 30t41b; 37 reports): 66 of 72, 91.7%, 2 false alarms (民事诉讼,"
        " civil suits, read as the lawsuits; an answered count with last year's carry-over inside read as"
        " the handled, the survey reading the total: measurements_41.yaml), a strict xfail then; tuned on "
        "since (issue-30g41: 72 of 72, 100%, 0 false alarms).",
    ),
    Half(
        42,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 11:23 UTC (the rules of 7e3d21e; round "
        "38's random draw of counties in the south and east, to the list's end; 70 reports of 12 "
        "provinces): 113 of 126, 89.7%, 1 false alarm (phone consultations about refusals, negated, read "
        "as denied null: measurements_42.yaml), a strict xfail then; tuned on (issue-30g42): 126 of 126, "
        "100%, 0 false alarms, before the freeze for round 43.",
    ),
    Half(
        42,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 11:23 UTC (grammar frozen at 7e3d21e, sentences written "
        "after the freeze by issue-30t42a and 30t42b; 25 reports): 69 of 80, 86.2%, 5 false alarms (two "
        "reasons under one count read as the second's row; a carry-over bracket without 含 read as the "
        "handled; the applicants' count in 个 read as the received; 结转下年继续答复 read as the handled; "
        "the negated phone consultations: measurements_42.yaml), a strict xfail then; tuned on since "
        "(issue-30g42: 80 of 80, 100%, 0 false alarms).",
    ),
    Half(
        43,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 11:45 UTC (the rules of d0546b9; round "
        "38's random draw of counties in the north and west, past where round 39 stopped; 20 reports of 9 "
        "provinces): 21 of 22, 95.5%, no false alarm (未引发行政复议 not read as the review negated: "
        "measurements_43.yaml), a plain test from its measurement; tuned on (issue-30g43): 22 of 22, 100%, "
        "0 false alarms, before the freeze for round 44.",
    ),
    Half(
        43,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 11:45 UTC (grammar frozen at d0546b9, sentences written "
        "after the freeze by issue-30t43b; 10 reports, all of part B): 19 of 19, 100%, 3 false alarms (a "
        "proceeding's concluded count read as the handled, twice; 属于行政查询事项 read as its template row, "
        "the survey's slip: measurements_43.yaml); with that entry aligned after the measurement (rule 59), "
        "20 of 20 with 2, a strict xfail then; tuned on since (issue-30g43: 20 of 20, 100%, 0 false "
        "alarms).",
    ),
    Half(
        44,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 13:20 UTC (the rules of 4be398f; round "
        "38's random draw of counties in the north and west, past where round 43 stopped, the keep rule "
        "widened to the drawn county's city; 139 reports of 14 provinces): 146 of 162, 90.1%, 9 false "
        "alarms (one the survey's slip: measurements_44.yaml); with that entry aligned after the "
        "measurement (rule 60), 147 of 163, 90.2%, with 8, a strict xfail then; tuned on (issue-30g44): "
        "161 of 163, 98.8%, 1 false alarm left, the survey's reading against round 9's; with that entry "
        "aligned too (对本年度1件申请…予以明确答复 the handled 1, as round 9 reads "
        "对这1件申请事项进行了依法办理; rule 60), 162 of 163, 99.4%, 0 false alarms, before the freeze for "
        "round 45.",
    ),
    Half(
        44,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 13:20 UTC (grammar frozen at 4be398f, sentences written "
        "after the freeze by issue-30t44a and 30t44b; 66 reports): 147 of 164, 89.6%, 2 false alarms (a "
        "negation cut inside its noun read as received null; a negation qualified by the district's own "
        "fault read as lost lawsuits null: measurements_44.yaml), a strict xfail then; tuned on since "
        "(issue-30g44): 160 of 164, 97.6%, 1 false alarm left, the survey's reading against rounds 15 and "
        "29's; with that entry aligned (未收到政府信息公开申| received null, as rules 29 and 39 read the "
        "negation cut inside the noun; rule 60), 161 of 165, 97.6%, 0 false alarms. As measured, with the "
        "entry aligned: 148 of 165, 1 false alarm.",
    ),
    Half(
        45,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 13:45 UTC (the rules of 839eba5; round "
        "38's draw of the south and east from its start with round 44's widened keep rule, until the "
        "search tool's budget was used up; 45 reports of 13 provinces): 65 of 69, 94.2%, no false alarm "
        "(measurements_45.yaml), a plain test from its measurement; tuned on (issue-30g45): 69 of 69, "
        "100%, 0 false alarms, before the freeze for round 46.",
    ),
    Half(
        45,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 13:45 UTC (grammar frozen at 839eba5, sentences written "
        "after the freeze by issue-30t45a and 30t45b; 16 reports): 47 of 50, 94.0%, 2 false alarms (an "
        "online petition platform's questions received and concluded read as the requests' received and "
        "handled: measurements_45.yaml), a strict xfail then; tuned on since (issue-30g45: 50 of 50, 100%, "
        "0 false alarms).",
    ),
    Half(
        46,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 15:43 UTC (the rules of 1071ddf; round "
        "38's draw with round 44's widened keep rule, on from where round 45 stopped in the south and east "
        "and round 44 in the north and west; 98 reports of 23 provinces): 117 of 130, 90.0%, 5 false "
        "alarms (measurements_46.yaml), a strict xfail then; tuned on (issue-30g46): 128 of 129, 99.2%, 1 "
        "false alarm and 1 miss, each the survey's reading against earlier rounds' of the same words; with "
        "those two entries aligned (rule 62: 未出现因答复不当引起的行政复议、行政诉讼 the pair's null, as "
        "rounds 2, 4, 29 and 30 read it, undoing an alignment made after the measurement; 共收到…15件，"
        "均已办结 rule 4's carried forward null alone, as round 42 reads it), 129 of 129, 100%, 0 false "
        "alarms, before the freeze for round 47. As measured, with the second entry aligned: 117 of 129, "
        "90.7%, 5 false alarms.",
    ),
    Half(
        46,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 15:43 UTC (grammar frozen at 1071ddf, sentences written "
        "after the freeze by issue-30t46a, 30t46b and 30t46c; 50 reports): 116 of 124, 93.5%, 2 false "
        "alarms (a method clause with no 均 read as all answered; a part of a split of the requests by the "
        "bodies addressed read as the received: measurements_46.yaml), a strict xfail then; tuned on since "
        "(issue-30g46: 124 of 124, 100%, 0 false alarms).",
    ),
    Half(
        47,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 17:14 UTC (the rules of 670b567; round "
        "44's keep rule in four parts: round 38's county query where rounds 46 and 43 stopped, and a new "
        "query family naming a department of each drawn county; 90 reports of 21 provinces): 85 of 97, "
        "87.6%, 4 false alarms (measurements_47.yaml); with one entry aligned after it (rule 62's answered "
        "count with the carry-over inside: handled, not the total), 86 of 97, 88.7%, 3 false alarms, a "
        "strict xfail then; tuned on (issue-30g47): 92 of 97, 94.8%, 0 false alarms, before the freeze for "
        "round 48; one figure more since issue-30g53 (均 over the requests and a review counted beside them: "
        "93 of 97).",
    ),
    Half(
        47,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 17:14 UTC (grammar frozen at 670b567, sentences written "
        "after the freeze by issue-30t47a, 30t47b, 30t47c and 30t47d; 47 reports): 110 of 123, 89.4%, 7 "
        "false alarms (a count carried to the next year read as handled; a petition platform's counts read "
        "as the requests'; the bare 依申请公开 N 件 of an overview read as received; a zero carried forward "
        "read as handled; the granted and partially granted together read as the partially granted; the "
        "rest answered after a withdrawal read as all answered: measurements_47.yaml); the same figure with "
        "one entry aligned after it (rule 62's answered count with the carry-over inside: handled), a "
        "strict xfail then; tuned on since (issue-30g47: 122 of 123, 99.2%, 0 false alarms); one figure "
        "more since issue-30g53 (属于无法提供的类型 after the only request's count, rule 63: 123 of 123).",
    ),
    Half(
        48,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 18:03 UTC (the rules of 413cd29; round "
        "47's department family drawn as code, tests/narrative_survey/draw.py, with round 48's department "
        "draw, in four parts; 84 reports of 20 provinces): 67 of 76, 88.2%, 1 false alarm (two channels' "
        "counts with no total, the first read as the received: measurements_48.yaml), a strict xfail then; "
        "tuned on (issue-30g48): 76 of 76, 100%, 0 false alarms, before the freeze for round 49.",
    ),
    Half(
        48,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 18:03 UTC (grammar frozen at 413cd29, sentences written "
        "after the freeze by issue-30t48a, 30t48b, 30t48c and 30t48d; 47 reports): 62 of 72, 86.1%, 2 false "
        "alarms (a lost lawsuit negated read as the lawsuits' null; a negated disclosure breach read as "
        "denied null: measurements_48.yaml), a strict xfail then; tuned on since (issue-30g48: 72 of 72, "
        "100%, 0 false alarms).",
    ),
    Half(
        49,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 20:32 UTC (the rules of d11877e; the "
        "department family by round 49's seed, in five parts; 66 reports of 19 provinces): 73 of 83, 88.0%, "
        "0 false alarms (measurements_49.yaml), a strict xfail then; tuned on (issue-30g49): 82 of 83, "
        "98.8%, 0 false alarms, before the freeze for round 50.",
    ),
    Half(
        49,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 20:32 UTC (grammar frozen at d11877e, sentences written "
        "after the freeze by issue-30t49a, 30t49a2, 30t49b, 30t49c, 30t49d and 30t49e; 29 reports): 40 of "
        "50, 80.0%, 1 false alarm (a rise after 共办理…（含上年度结转…） put on the handled, where the "
        "survey puts it on the total: measurements_49.yaml), a strict xfail then; tuned on (issue-30g49): "
        "47 of 50, 94.0%, 0 false alarms.",
    ),
    Half(
        50,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 22:36 UTC (the rules of 8e918fb; the "
        "department family by round 50's seed, in six parts over two sessions; 38 reports of 14 provinces): "
        "30 of 31, 96.8%, 0 false alarms (measurements_50.yaml); tuned on (issue-30g50): 31 of 31, 100%, "
        "0 false alarms, before the freeze for round 51.",
    ),
    Half(
        50,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 22:36 UTC (grammar frozen at 8e918fb, sentences written "
        "after the freeze by issue-30t50a, 30t50a2, 30t50c, 30t50d, 30t50d2 and 30t50f; 21 reports): 35 of "
        "46, 76.1%, 0 false alarms (measurements_50.yaml), a strict xfail then; tuned on (issue-30g50): 46 "
        "of 46, 100%, 0 false alarms.",
    ),
    Half(
        51,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-05 at 23:14 UTC (the rules of ca5afc5; the "
        "reservoir family, draw_reservoir.py, in three parts; 39 reports of 18 provinces): 21 of 27, 77.8%, "
        "1 false alarm (measurements_51.yaml), a strict xfail then; tuned on (issue-30g51): 26 of 27, 96.3%, "
        "0 false alarms, before the freeze for round 52.",
    ),
    Half(
        51,
        "test",
        "spent",
        "Measured once held out on 2026-12-05 at 23:14 UTC (grammar frozen at ca5afc5, sentences written "
        "after the freeze by issue-30t51a, 30t51b and 30t51c; 23 reports): 38 of 46, 82.6%, 2 false alarms "
        "(分别 before both proceedings read as their total; a restated count before 均…答复 read as the "
        "handled: measurements_51.yaml), a strict xfail then; 39 of 47, 83.0%, 1 false alarm with one entry "
        "aligned after the measurement with CONVENTIONS.md rule 48 (如东: the restated count's handled 5, "
        "which the grammar read); tuned on (issue-30g51): 47 of 47, 100%, 0 false alarms.",
    ),
    Half(
        52,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 01:15 UTC (the rules of 37157a1; round "
        "51's reservoir list gone on with, orders 211-550 in four parts over two sessions; 62 reports of 19 "
        "provinces): 57 of 66, 86.4%, 1 false alarm (依申请公开0件 among published-item counts read as the "
        "received, where the survey reads the granted: measurements_52.yaml), a strict xfail then; tuned on "
        "(issue-30g52): 64 of 66, 97.0%, 0 false alarms, before the freeze for round 53.",
    ),
    Half(
        52,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 01:15 UTC (grammar frozen at 37157a1, sentences written "
        "after the freeze by issue-30t52a, 30t52b, 30t52c and 30t52d; 28 reports): 57 of 61, 93.4%, 2 false "
        "alarms (结转2021年1件 in a 2022 report read as the carry-forward; a year printed without 年 read as "
        "the received count: measurements_52.yaml), a strict xfail then; tuned on (issue-30g52): 61 of 61, "
        "100%, 0 false alarms.",
    ),
    Half(
        53,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 01:40 UTC (the rules of 86c0bee; round "
        "51's reservoir list gone on with, orders 551-1000 in four parts; 76 reports of 23 provinces): 55 "
        "of 58, 94.8%, 0 false alarms (measurements_53.yaml); tuned on (issue-30g53): 58 of 58, 100%, 0 "
        "false alarms, before the freeze for round 54.",
    ),
    Half(
        53,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 01:40 UTC (grammar frozen at 86c0bee, sentences written "
        "after the freeze by issue-30t53a, 30t53b, 30t53c and 30t53d; 41 reports): 61 of 72, 84.7%, 0 false "
        "alarms (measurements_53.yaml), a strict xfail then; tuned on (issue-30g53): 69 of 72, 95.8%, 0 "
        "false alarms.",
    ),
    Half(
        54,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 02:06 UTC (the rules of 56bfb35; round "
        "51's reservoir list gone on with to its end, orders 1001-1790 in five parts; 125 reports of 23 "
        "provinces): 71 of 85, 83.5%, 2 false alarms (a complaint platform's replies and reply rate read as "
        "the handled count and share: measurements_54.yaml), a strict xfail then; tuned on (issue-30g54): 77 "
        "of 85, 90.6%, 0 false alarms, before the freeze for round 55.",
    ),
    Half(
        54,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 02:06 UTC (grammar frozen at 56bfb35, sentences written "
        "after the freeze by issue-30t54a to 30t54e; 68 reports): 116 of 140, 82.9%, 2 false alarms "
        "(结转2019年依申请公开1条 in a 2020 report read as the carry-forward; teachers' certificate "
        "applications read as the received: measurements_54.yaml), a strict xfail then; tuned on "
        "(issue-30g54): 126 of 140, 90.0%, 0 false alarms; since issue-30g58 (结转2019年 in a 2020 "
        "report sends nothing to next year, so 均… after it is the carry-forward's null): 127 of 140, "
        "90.7%, 0 false alarms.",
    ),
    Half(
        55,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 04:10 UTC (the rules of 3b74373; new "
        "families, the reservoir spent: the city family, parts A-D, and the body-type family, parts E-H; 91 "
        "reports of 21 provinces): 77 of 88, 87.5%, 1 false alarm (行政复议1件（已办结） read as a pending "
        "figure: measurements_55.yaml), a strict xfail then; tuned on (issue-30g55): 88 of 88, 100.0%, 0 "
        "false alarms, before the freeze for round 56.",
    ),
    Half(
        55,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 04:10 UTC (grammar frozen at 3b74373, sentences written "
        "after the freeze by issue-30t55b to 30t55h; 43 reports): 66 of 71, 93.0%, 0 false alarms "
        "(measurements_55.yaml): past 90% with no false alarm at its one measurement; tuned on "
        "(issue-30g55): 71 of 71, 100.0%, 0 false alarms.",
    ),
    Half(
        56,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 04:30 UTC (the rules of 2e56976; the "
        "body-type family gone on with to the list's end, orders 451-600 in two parts; 14 reports of 9 "
        "provinces): 17 of 20, 85.0%, 1 false alarm (收到…申请1件，结转至下年度 cut there read as the "
        "carry-forward: measurements_56.yaml), a strict xfail then; tuned on (issue-30g56): 20 of 20, "
        "100.0%, 0 false alarms, before the freeze for round 57.",
    ),
    Half(
        56,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 04:30 UTC (grammar frozen at 2e56976, sentences written "
        "after the freeze by issue-30t56; 4 reports): 8 of 11, 72.7%, 0 false alarms (measurements_56.yaml), "
        "a strict xfail then; tuned on (issue-30g56): 11 of 11, 100.0%, 0 false alarms.",
    ),
    Half(
        57,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 08:01 UTC (the rules of 23590d6; the "
        "topic family, orders 1-336 in four parts; 30 reports of 12 provinces and a ministry): 32 of 32, "
        "100.0%, 0 false alarms (measurements_57.yaml); tuned on (issue-30g57): 32 of 32, 100.0%, 0 false "
        "alarms, before the freeze for round 58.",
    ),
    Half(
        57,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 08:01 UTC (grammar frozen at 23590d6, sentences written "
        "after the freeze by issue-30t57a-d; 20 reports): 47 of 58, 81.0%, 3 false alarms (four outcome "
        "rows named together over one count read as the last row's count and share; 办结10件（含…转入…2件） "
        "read as handled: measurements_57.yaml), a strict xfail then; tuned on (issue-30g57): 58 of 58, "
        "100.0%, 0 false alarms.",
    ),
    Half(
        58,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-06 at 08:20 UTC (the rules of 3611f96; the "
        "topic family's second list, orders 337-672 in seven parts; 8 reports of 7 provinces): 7 of 7, "
        "100.0%, 1 false alarm (documents by disclosure attribute, 不予公开7份, read as denied: "
        "measurements_58.yaml), a strict xfail then; tuned on (issue-30g58): 7 of 7, 100.0%, 0 false "
        "alarms, before the freeze for round 59.",
    ),
    Half(
        58,
        "test",
        "spent",
        "Measured once held out on 2026-12-06 at 08:20 UTC (grammar frozen at 3611f96, sentences written "
        "after the freeze by issue-30t58; 4 reports): 2 of 5, 40.0%, 0 false alarms (a total in 个 with its "
        "carry-over in brackets, 共计办理…申请数量74个（含结转办理…2个），均已按时答复, unread and silent: "
        "measurements_58.yaml), a strict xfail then; tuned on (issue-30g58): 5 of 5, 100.0%, 0 false "
        "alarms.",
    ),
    Half(
        59,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 01:30 UTC (the rules of bb6c42c; the "
        "township family, orders 1-651 in five parts; 96 reports of 28 provinces, nearly all towns and "
        "street offices): 162 of 190, 85.3%, 4 false alarms (two shares distributed by 分别 over two "
        "proceedings, the year before's count in a comparison, a pending count read from 已办结, a digit "
        "at the text's cut: measurements_59.yaml), a strict xfail then; tuned on (issue-30g59): 180 of "
        "190, 94.7%, 0 false alarms, before the freeze for round 60; issue-30g60: 181 of 190, 95.3% "
        "(未发生依申请公开政府信息和不予公开政府信息的情况 read: received null); since issue-30g63 (a zero "
        "count of requests opening its sentence after the received count, 0件申请均…予以答复): 183 of 190.",
    ),
    Half(
        59,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 01:30 UTC (grammar frozen at bb6c42c, sentences written "
        "after the freeze by issue-30t59a-e; 114 reports): 193 of 211, 91.5%, 8 false alarms (documents "
        "issued and published read as granted, a corrections negation qualified by the body's own fault, "
        "均已办结 after a part still being answered, a frame restating the total read as handled, a bare "
        "依申请公开N件 after a documents count, a negation with its printed zero: measurements_59.yaml), a "
        "strict xfail then; tuned on (issue-30g59): 201 of 211, 95.3%, 0 false alarms.",
    ),
    Half(
        60,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 02:20 UTC (the rules of 228b895; the "
        "city township family, orders 1-338 in three parts; 39 reports of 22 provinces, mostly towns and "
        "street offices): 63 of 73, 86.3%, 0 false alarms, one silent report (measurements_60.yaml), a "
        "strict xfail then; tuned on (issue-30g60): 68 of 73, 93.2%, 0 false alarms, no silent report, "
        "before the freeze for round 61.",
    ),
    Half(
        60,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 02:20 UTC (grammar frozen at 228b895, sentences written "
        "after the freeze by issue-30t60a-c; 41 reports): 67 of 77, 87.0%, 2 false alarms (a manner clause, "
        "均按照…要求严格办理, read as all handled; a count up to the year's end over all years, 截至…累计受理"
        "依申请公开2件, read as received: measurements_60.yaml), a strict xfail then; tuned on "
        "(issue-30g60): 71 of 77, 92.2%, 0 false alarms.",
    ),
    Half(
        61,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 04:34 UTC (the rules of 594bc2f; the "
        "county township family, orders 1-592 in five parts; 30 reports, mostly towns and street offices): "
        "51 of 58, 87.9%, 0 false alarms, one silent report (measurements_61.yaml), a strict xfail then; "
        "tuned on (issue-30g61): 55 of 58, 94.8%, 0 false alarms, no silent report, before the freeze for "
        "round 62.",
    ),
    Half(
        61,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 04:34 UTC (grammar frozen at 594bc2f, sentences written "
        "after the freeze by issue-30t61a-e; 48 reports): 72 of 79, 91.1%, 1 false alarm (0件转结2024年办结 "
        "in a 2024 report read as the carry-forward, the year the report's own: measurements_61.yaml), a "
        "strict xfail then; tuned on (issue-30g61): 77 of 79, 97.5%, 0 false alarms, no silent report.",
    ),
    Half(
        62,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 05:10 UTC (the rules of af9fa15; the "
        "county township family gone on with, orders 593-952 in three parts; 16 reports, mostly towns and "
        "street offices): 27 of 31, 87.1%, 0 false alarms (measurements_62.yaml), a strict xfail then; "
        "tuned on (issue-30g62): 29 of 31, 93.5%, 0 false alarms.",
    ),
    Half(
        62,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 05:10 UTC (grammar frozen at af9fa15, sentences written "
        "after the freeze by issue-30t62a-c; 29 reports): 62 of 64, 96.9%, 1 false alarm (未经复议直接起诉"
        "9件，结果维持5件 read as the direct suits' upheld 5, the survey's slip: measurements_62.yaml); with "
        "that entry aligned after the measurement (rule 78), 63 of 65, 96.9%, 0 false alarms; tuned on "
        "(issue-30g62): 65 of 65, 100.0%, 0 false alarms.",
    ),
    Half(
        63,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 07:38 UTC (the rules of 860544b; the "
        "county township family gone on with, then the town-name family, nine parts; 52 reports, mostly "
        "towns and street offices; sentences written from the phrasing after the freeze): 105 of 115, "
        "91.3%, 3 false alarms (a negation of both proceedings limited to one cause, twice, read as their "
        "null; counts split by applicant type with no total read as received: measurements_63.yaml); tuned "
        "on (issue-30g63): 112 of 115, 97.4%, 2 false alarms (the two cause-limited negations left: rule 79 "
        "reads them as no figure where rule 60 and rounds 15, 17 and 37 read the same construction, 因…"
        "工作处理不当而引起的行政复议和行政诉讼, 因…不及时、不规范而引发的…, as the pair's null).",
        xfail="round 63's tuning half, measured once unseen at 860544b: 105 of 115, 91.3%, 3 false alarms; "
        "tuned on (issue-30g63): 112 of 115, 97.4%, 2 false alarms (未发生因…工作不及时导致的行政复议、"
        "诉讼 and 未发生因…工作履行不到位被行政复议、行政诉讼 read as the pair's null)",
    ),
    Half(
        63,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 07:38 UTC (grammar frozen at 860544b, sentences written "
        "after the freeze by issue-30w63abc-i; 39 reports): 74 of 77, 96.1%, 1 false alarm (办结180件（含"
        "2020年未办结结转5件） read as handled 180 where rules 3 and 24 read the total, though the report's "
        "own sums make 180 the concluded count: measurements_63.yaml), a strict xfail then; tuned on "
        "(issue-30g63): 77 of 77, 100.0%, 0 false alarms (the bracket's carry-over read, the 办结 count "
        "the handled with the total a reading).",
    ),
    Half(
        64,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 09:55 UTC (the rules of fb5e9aa; the "
        "town-name family gone on with, ten parts; 52 reports, mostly towns and street offices; sentences "
        "written from the phrasing after the freeze): 105 of 120, 87.5%, 8 false alarms (a withdrawal and "
        "a frame of concluded cases read as all answered; a frame restating a bracketed 办结 total read as "
        "handled; 纠错案件 naming no proceeding read as the review's; two negations of both proceedings cut "
        "inside the second noun read as their null; a bracket of one subject's outcomes read as the year's), "
        "one silent report (list items whose whole text is 无): measurements_64.yaml; tuned on "
        "(issue-30g64): 109 of 120, 90.8%, 4 false alarms (the frame restating the bracketed 办结 total, "
        "rule 79's open case; 纠错案件 naming no proceeding, left open; the bracket of one subject's "
        "outcomes, twice, left open), no silent report.",
        xfail="round 64's tuning half, measured once unseen at fb5e9aa: 105 of 120, 87.5%, 8 false alarms, "
        "1 silent; tuned on (issue-30g64): 109 of 120, 90.8%, 4 false alarms (办结的29件中 read as handled "
        "29, 纠错案件1件 as review_corrected 1, 其中8件予以公开，3件重件不予处理 in one subject's bracket as "
        "granted 8 and not_processed 3)",
    ),
    Half(
        64,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 09:55 UTC (grammar frozen at fb5e9aa, sentences written "
        "after the freeze by issue-30w64ab-j; 56 reports): 98 of 110, 89.1%, 2 false alarms (均在规定期限内"
        "办理、答复 after a withdrawal read as all answered, where rules 58 and 63 give no such figure; a "
        "negation of both proceedings limited to one cause read as their null, rule 79's open case: "
        "measurements_64.yaml); tuned on (issue-30g64): 104 of 110, 94.5%, 1 false alarm (the "
        "cause-limited negation, left as round 63's tuner left its like: rule 79 against rule 60's reading).",
        xfail="round 64's test half, measured once held out at fb5e9aa: 98 of 110, 89.1%, 2 false alarms; "
        "tuned on (issue-30g64): 104 of 110, 94.5%, 1 false alarm (未发生因政府信息公开工作不规范引发的行政"
        "复议、行政诉讼 read as the pair's null)",
    ),
    Half(
        65,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 11:56 UTC (the rules of 846db48; the "
        "town-name family gone on with, ten parts; 33 reports, all but three towns and street offices; "
        "sentences written from the phrasing after the freeze): 56 of 60, 93.3%, 0 false alarms, one silent "
        "report (a receiving negation cut inside its request noun, 全年未收到公开|, left open by the "
        "surveyor): measurements_65.yaml; tuned on (issue-30g65): 58 of 60, 96.7%, 0 false alarms, no "
        "silent report (the two changes of 较增加3件申请，较前年增加3件申请 left open).",
    ),
    Half(
        65,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 11:56 UTC (grammar frozen at 846db48, sentences written "
        "after the freeze by issue-30w65a-j; 35 reports): 58 of 70, 82.9%, 0 false alarms (missed: a count "
        "with no verb and the handled and carried-over counts after it, 反馈率 as the answered share, an "
        "appeal as the lawsuit and 判决撤销 as its correction, a review's pending, the rest's count after a "
        "lawsuit, carry-forward nulls said of all: measurements_65.yaml); tuned on (issue-30g65): 66 of 70, "
        "94.3%, 0 false alarms (反馈率, the appeal and 判决撤销 left open; 行政复议1件，正在办理中's pending "
        "left against round 1's tuning half, which reads the same words with no pending).",
    ),
    Half(
        66,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 13:46 UTC (the rules of 21c9967; the "
        "town-name family gone on with, fourteen parts, four of them keeping nothing; 23 reports, all but "
        "three towns and street offices; sentences written from the phrasing after the freeze): 37 of 43, "
        "86.0%, 2 false alarms (回复…依申请公开1件 read as received, not handled; 8起均予以公开 read as "
        "granted 8, where rule 25 gives no outcome figure), no silent report: measurements_66.yaml; tuned on "
        "(issue-30g66): 39 of 43, 90.7%, 0 false alarms (the outcomes after 依申请公开4项 in the overview "
        "left open).",
    ),
    Half(
        66,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 13:46 UTC (grammar frozen at 21c9967, sentences written "
        "after the freeze by issue-30w66a-n; 32 reports): 60 of 62, 96.8%, 1 false alarm (准时答复率100% "
        "read as the handled share, where rule 6 gives a time-qualified rate no figure; missed: a bare "
        "依申请公开信息0条 under the request heading, 依申请公开0条 beside the proactive count: "
        "measurements_66.yaml); tuned on (issue-30g66): 60 of 62, 96.8%, 0 false alarms (both misses "
        "left open, as the surveyors left them).",
    ),
    Half(
        67,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 16:05 UTC (the rules of 6a5646b; a new "
        "family, the weather bureaus by province, level and year, then the town-name family gone on with; 18 "
        "reports, 7 weather bureaus; sentences written from the phrasing after the freeze): 28 of 32, 87.5%, "
        "0 false alarms (missed: received 零 under one 均为零 of three nouns; the handled count of "
        "全部2件申请均按期答复 and the outcomes quoted as categories after 其中), no silent report: "
        "measurements_67.yaml; tuned on (issue-30g67): 32 of 32, 100.0%, 0 false alarms.",
    ),
    Half(
        67,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 16:05 UTC (grammar frozen at 6a5646b, sentences written "
        "after the freeze by issue-30w67ad-q; 19 reports): 31 of 32, 96.9%, 1 false alarm (被申请行政复议、"
        "提请行政诉讼0件 read as litigation 0 alone, where rule 8 gives the joined pair's total: "
        "measurements_67.yaml); tuned on (issue-30g67): 32 of 32, 100.0%, 0 false alarms.",
    ),
    Half(
        68,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 17:44 UTC (the rules of 3067fd9; the "
        "town-name family gone on with and the stretches earlier rounds left unsearched; 28 reports, 23 of "
        "them towns, townships and street offices; sentences written from the phrasing after the freeze): 61 "
        "of 64, 95.3%, 2 false alarms (不予公开信息0条, a count of items in the proactive point, read as "
        "denied 0; 败诉0件 after a review read as the lawsuit's where the surveyor reads the review's), no "
        "silent report: measurements_68.yaml; tuned on (issue-30g68): 63 of 64, 98.4%, 0 false alarms "
        "(received 0 of the misprinted 依电请公开 left open).",
    ),
    Half(
        68,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 17:44 UTC (grammar frozen at 3067fd9, sentences written "
        "after the freeze by issue-30w68bhl-p; 34 reports): 71 of 73, 97.3%, 2 false alarms (其中5件…"
        "行政复议后被撤销答复 read as handled 5, where the surveyor reads the review's corrections; "
        "the pair's null read from a garbled negation listing 行政复议、行政诉讼 as the information asked "
        "for: measurements_68.yaml); tuned on (issue-30g68): 73 of 73, 100.0%, 0 false alarms.",
    ),
    Half(
        69,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 20:10 UTC (the rules of fbb3ca7; the "
        "town-name family gone on with until spent, then a new family, the police family; 25 reports, 9 of "
        "them public security bureaus; sentences written from the phrasing after the freeze): 47 of 53, "
        "88.7%, 2 false alarms (上年结转…数量11件部分公开, a carry-over run into an outcome, read as carried "
        "over 11; the review's negation read alone where one 未发生 covers both proceedings), no silent "
        "report: measurements_69.yaml; tuned on (issue-30g69): 52 of 53, 98.1%, 0 false alarms "
        "(unable_not_held 1 of 1本机关不掌握相关政府信息, a count with no unit run into the row's words, "
        "left open).",
    ),
    Half(
        69,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 20:10 UTC (grammar frozen at fbb3ca7, sentences written "
        "after the freeze by issue-30w69adi-pq; 21 reports): 34 of 36, 94.4%, 1 false alarm "
        "(其中不予公开18件 among a county government's counts of documents by their disclosure attribute "
        "read as denied 18: measurements_69.yaml); tuned on (issue-30g69): 35 of 36, 97.2%, 0 false "
        "alarms (carried_forward null of one request answered after clauses on what it asked, left).",
    ),
    Half(
        70,
        "tuning",
        "tuned",
        "Measured once, unseen, with the test half on 2026-12-07 at 23:02 UTC (the rules of 9b7b1dd; a new "
        "family, the agency family: a city's bodies besides its departments; 30 reports; sentences written "
        "from the phrasing after the freeze): 57 of 62, 91.9%, 2 false alarms (行政诉讼（含尚未审结案件）0件 "
        "read as pending 0, where the surveyor reads the lawsuits' total; two channel counts under one "
        "共受理 read as received 0, where rule 10 gives no figure), no silent report: measurements_70.yaml; "
        "tuned on (issue-30g70): 62 of 62, 100.0%, 0 false alarms.",
    ),
    Half(
        70,
        "test",
        "spent",
        "Measured once held out on 2026-12-07 at 23:02 UTC (grammar frozen at 9b7b1dd, sentences written "
        "after the freeze by issue-30w70abefh-ik; 15 reports): 29 of 30, 96.7%, 0 false alarms (missed: "
        "the pair's total 0 of 政府信息公开行政复议、行政诉讼情况0条: measurements_70.yaml), a plain test "
        "from its measurement; tuned on (issue-30g70): 30 of 30, 100.0%, 0 false alarms.",
    ),
)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            id=row.id,
            marks=[pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else [],
        )
        for row in HALVES
    ],
)
def test_recall_and_false_alarms(row: Half, capsys):
    """Recall ≥ 90% and no false alarm on the row's half (its history: HALVES); round 3's test half is also
    printed without the two entries the grammar's author saw before the first freeze."""
    _passes(row.half, row.round_no, f"round {row.round_no} {row.half} ({LABELS[row.status]})", capsys)
    if (row.round_no, row.half) == (3, "test"):
        unseen = measure("test", 3, without=SEEN_BEFORE_FREEZE)
        with capsys.disabled():
            print(unseen.summary("round 3 test without the 2 entries seen before the freeze"))


def test_the_table_has_one_row_per_half_of_each_round():
    """HALVES has exactly one row for each half of each round in ROUNDS (every file of which is written), so a
    new round cannot go unchecked and no row names a round that is not there."""
    pairs = [(row.round_no, row.half) for row in HALVES]
    assert len(pairs) == len(set(pairs)), "a half has one row"
    assert set(pairs) == {(n, half) for n in ROUNDS for half in ("tuning", "test")}
    for n, half in pairs:
        assert all(p.exists() for p in (*REPORTS[n], *SENTENCES[(n, half)])), (n, half)
    assert all(row.status in LABELS for row in HALVES)
