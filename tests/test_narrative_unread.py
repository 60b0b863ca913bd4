"""Sentences that state an application figure and yield no claim are listed (issue 30: narrative_unread).

The sentences are written here after phrasings of the survey (tests/narrative_survey/reports.yaml)."""

from __future__ import annotations

from conftest import query, run_dbt_models, seed_text

from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import extract_claims
from ingest.parsing.narrative.unread import unread_sentences


def _unread(*texts: str, year: int = 2025) -> list[str]:
    doc = Document("constructed.txt", "text", [Paragraph(t, i) for i, t in enumerate(texts, start=1)])
    return [u.sentence for u in unread_sentences(doc, extract_claims(doc, year))]


def test_a_negated_receipt_the_grammar_does_not_know_is_listed():
    # 没有发生过一起…申请 (a measure word between the negated verb and the requests' noun, which the grammar
    # does not read): no claim is read, so the sentence is listed
    text = "2025年度，本街道办事处没有发生过一起政府信息公开申请。"
    assert _unread(text) == [text]
    # 没有发生 + the requests' noun alone is read since round 11's grammar (CONVENTIONS.md rule 26: received
    # none), so it is not listed
    assert _unread("2025年度，本街道办事处没有发生政府信息公开申请。") == []


def test_a_count_no_claim_read_is_listed_and_a_read_one_is_not():
    assert _unread("本年度共收到政府信息公开申请12件，办结12件。") == []
    # applications by channel (崇川区数据局 2025): a figure of applications no claim reads
    text = "申请渠道以信函为主（11件），网络申请6件。"
    assert _unread(text) == [text]


def test_figures_about_something_else_are_not_listed():
    assert _unread("全年办理12345热线诉求申请320件，办结率100%。") == []
    assert _unread("全年主动公开政府信息120条，其中规范性文件3件。") == []


# --- narrative_unread as an info finding (raw.narrative_unread -> int_checks__narrative_unread) ---

# The test corpus's reports whose prose states application figures, read by hand: each yields a claim or a
# narrative_unread finding. 2021_laiwu.txt line 36, its third sentence, speaks of 依申请公开 and counts
# 暗访、测试2次: an application-work figure no claim is read from, listed (info, not a contradiction).
CORPUS_PROSE_WITH_FIGURES = [
    "2021_changle_office.txt",  # line 11: 全年共受理申请16件
    "2021_laiwu.txt",  # line 34: 共收到政府信息公开申请234件
    "2021_lanshan.txt",
    "2021_luozhuang.txt",
    "2023_hongze.pdf",
    "2024_hongze.pdf",  # its text says 17 applications (the table 95)
    "2024_huaian.pdf",
]


def test_every_corpus_report_with_figures_in_its_prose_yields_a_claim_or_an_unread_finding(warehouse):
    rows = dict(
        query(
            warehouse,
            "select regexp_extract(r.source_path, '[^/]+$'), "
            "(select count(*) from marts.fct_narrative_claims c where c.report_id = r.report_id) "
            "+ (select count(*) from marts.dq_findings f where f.report_id = r.report_id "
            "and f.\"check\" like 'narrative_unread@%') from raw.reports r",
        )
    )
    assert {name: rows.get(name, 0) > 0 for name in CORPUS_PROSE_WITH_FIGURES} == dict.fromkeys(
        CORPUS_PROSE_WITH_FIGURES, True
    )


def test_laiwu_2021_line_36_is_an_unread_info_finding(warehouse):
    found = query(
        warehouse,
        'select f."check", f.severity, f.passed, f.observed from marts.dq_findings f '
        "join raw.reports r using (report_id) where r.source_path like '%2021_laiwu.txt' "
        "and f.\"check\" like 'narrative_unread@%'",
    )
    assert [(c, s, p) for c, s, p, _ in found] == [("narrative_unread@36:3", "info", False)]
    assert "暗访、测试2次" in found[0][3]


def test_a_constructed_report_whose_only_figure_is_unread_gets_the_finding(raw_dir, run_ingest, tmp_path):
    """昌乐县政府办公室 2021 with its one application sentence (line 11) rephrased as applications by channel
    (after 崇川区数据局 2025), which no claim reads: the report yields no claim and one unread finding."""
    text = seed_text("2021_changle_office.txt").splitlines()
    assert "全年共受理申请16件" in text[10]
    text[10] = "申请渠道以书面申请为主（11件），网上申请5件。"
    (raw_dir / "2021_changle_office.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    run_ingest(raw_dir, db)
    run_dbt_models(db, tmp_path)
    assert query(db, "select count(*) from raw.narrative_claims") == [(0,)]
    assert query(
        db,
        'select family, "check", severity, observed from intermediate.int_check_results '
        "where family = 'narrative_unread'",
    ) == [("narrative_unread", "narrative_unread@11:1", "info", "no claim read from: " + text[10])]
