"""Sentences that state an application figure and yield no claim are listed (issue 30: narrative_unread).

The sentences are written here after phrasings of the survey (tests/narrative_survey/reports.yaml)."""

from __future__ import annotations

from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import extract_claims
from ingest.parsing.narrative.unread import unread_sentences


def _unread(*texts: str, year: int = 2025) -> list[str]:
    doc = Document("constructed.txt", "text", [Paragraph(t, i) for i, t in enumerate(texts, start=1)])
    return [u.sentence for u in unread_sentences(doc, extract_claims(doc, year))]


def test_a_negated_receipt_the_grammar_does_not_know_is_listed():
    # 未接收到 (西咸新区建章路街道 2025): no claim is read, so the sentence is reported as unread
    text = "2025年度，本街道办事处未接收到政府信息公开申请。"
    assert _unread(text) == [text]


def test_a_count_no_claim_read_is_listed_and_a_read_one_is_not():
    assert _unread("本年度共收到政府信息公开申请12件，办结12件。") == []
    # applications by channel (崇川区数据局 2025): a figure of applications no claim reads
    text = "申请渠道以信函为主（11件），网络申请6件。"
    assert _unread(text) == [text]


def test_figures_about_something_else_are_not_listed():
    assert _unread("全年办理12345热线诉求申请320件，办结率100%。") == []
    assert _unread("全年主动公开政府信息120条，其中规范性文件3件。") == []
