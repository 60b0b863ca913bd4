"""Sentences of a report that state an application, review or litigation figure and yielded no claim.

A report whose prose yields no claim is either clean or unread; these sentences tell the two apart (issue
30: the basis of a `narrative_unread` info finding). A sentence counts when it speaks of applications
(申请, 依申请公开), review or litigation, is about nothing else (the vocabulary's not_about_applications),
and prints a count (a number in one of the lexicon's count units, or 个 ending its clause or before the
applicants: 收到…办件0个, 2个自然人; not 设立了1个…受理点, 受理点1个 nor 工作人员1个), a number the stored
text cut after the request noun (…申请2, …事项0 before the next heading), a negated receipt (未收到…申请,
未收取到, 无涉及…申请) or a negated request (未申请…, 无书面申请), yet no claim of the template's metrics
points into it (a hotline's count, a free metric, does not read the request figure beside it). A sentence
that also names something else (a hotline, a mailbox) still counts where one of its clauses states the
figure alone. Inside a numbered point headed by the requests alone (（二）依申请公开情况) a sentence need
not name them (共受理1件，已办结; 一共七项都已办结), and information given on request counted in 条 is their
count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.parsing.document import Document
from ingest.parsing.narrative.claims import Claim
from ingest.parsing.narrative.metrics import Vocabulary, load_vocabulary
from ingest.parsing.narrative.prose import flat_text, passages, sentences
from ingest.parsing.text import NUMBERED

_SUBJECT = re.compile(r"申请|复议|诉讼")
_NEGATED_RECEIPT = re.compile(r"(?:未|没有|无)[^，,；;。]{0,6}?(?:收到|收取到|接到|接收|受理|发生|涉及)")
# No request at all, said without a receiving verb (年度内未申请公开件, 无书面申请要求公开,
# 无依申请公开…的情况, 没有群众依申请公开事项; not 无依申请公开信息转主动公开, a conversion of none).
_NEGATED_REQUEST = re.compile(
    r"(?:未|没有|无)(?:书面|任何)?申请|(?:未|没有|无)[^，,；;。]{0,4}?依申请(?!公开(?:的)?(?:政府)?信息转)"
)
# A count cut by the stored text (or a converter) right after the request noun: the number ends the
# sentence or runs into the next numbered heading.
_CUT_COUNT = re.compile(r"(?:申请|事项)\d+(?=$|[(（])")
# Clauses of a sentence, for the one test that reads them apart: what else a sentence names.
_CLAUSES = re.compile(r"[，,；;]")
# Information given on request counted in 条 (依申请公开信息3条, 收到依申请公开政府信息条数1条): the
# vocabulary reads no request from it (not_about_applications: items, not requests), yet the survey reads
# it as the requests where it is the count of the requests' point (CONVENTIONS.md rule 53): listed there, so
# the report is not silent (not where documents are counted by their disclosure type).
_ITEMS_ON_REQUEST = re.compile(r"依申请公开(?:的)?(?:政府)?信息(?:数|数量|条数)?(?:为|共|是)?\d+条")
# A bare 依申请公开信息 N 条 as a sentence's whole words, its time perhaps before it (全年依申请公开信息0条。
# in an overview with no request point: round 51's tuning half, CONVENTIONS.md rule 67; rule 52 reads it as
# the received, rules 27 and 65 as granted beside published pieces): no claim read, listed unread (not
# inside a longer sentence, 主动公开信息5条，依申请公开信息0条: items by attribute)
_LONE_ITEMS = re.compile(
    r"(?:全年|本年度?|今年|(?:19|20)\d{2}年度?)?[，,]?依申请公开(?:的)?(?:政府)?信息(?:共|为)?\d+条[。；;]?"
)
# The words of a numbered point's heading (（二）依申请公开情况, 2.依申请公开方面): up to its first stop.
_HEADING_WORDS = re.compile(r"[^，,；;：:。\s]{0,16}")


UNREAD_TABLE = "raw.narrative_unread"


@dataclass(frozen=True)
class Unread:
    line: int
    sentence: str
    sentence_no: int  # the sentence's place among the sentences of its line, from 1: names its check


def unread_sentences(
    doc: Document, claims: list[Claim], vocabulary: Vocabulary | None = None
) -> list[Unread]:
    """Every sentence stating such a figure that no claim of `claims` was read from, in reading order."""
    vocabulary = vocabulary or load_vocabulary()
    count = _count_pattern(vocabulary.count_units_pattern)
    elsewhere = vocabulary.not_about_applications
    # A claim of a free metric (a hotline's cases, items published) does not read the sentence's request
    # figure: only a claim of the template's metrics does.
    read = {(c.source_line, c.sentence) for c in claims if c.metric not in vocabulary.free_metrics}
    out = []
    in_request_point = False  # inside a numbered point headed by the requests (（二）依申请公开情况)
    for passage in passages(doc):
        if passage.heading:
            in_request_point = _heads_requests(passage.text)
            continue
        if not in_request_point and not _may_concern(passage.text, vocabulary):
            continue
        on_line: dict[int, int] = {}
        for sentence in sentences(passage, vocabulary.characters):
            on_line[sentence.line] = on_line.get(sentence.line, 0) + 1
            norm = sentence.norm
            if NUMBERED.match(sentence.text):
                in_request_point = _heads_requests(sentence.text)
            # In the requests' point a sentence need not name them (共受理1件，已办结; 一共七项都已办结), and
            # information given on request is their count there (_ITEMS_ON_REQUEST).
            if (sentence.line, sentence.text) in read or not (in_request_point or _SUBJECT.search(norm)):
                continue
            if elsewhere is None or not elsewhere.search(
                _ITEMS_ON_REQUEST.sub("", norm) if in_request_point or _LONE_ITEMS.fullmatch(norm) else norm
            ):
                stated = _states_figure(norm, count)
            else:  # one of its clauses may still state the figure alone, naming the requests itself
                stated = any(
                    _SUBJECT.search(clause) and not elsewhere.search(clause) and _states_figure(clause, count)
                    for clause in _CLAUSES.split(norm)
                )
            if stated:
                out.append(Unread(sentence.line, sentence.text, on_line[sentence.line]))
    return out


@cache
def _count_pattern(units: str) -> re.Pattern[str]:
    """A count of the requests as the vocabulary's units (`units`: Vocabulary.count_units_pattern) print
    it, made once per vocabulary (not per report)."""
    return re.compile(
        rf"\d+(?:\.\d+)?(?:{units})|(?<![点室处员\d])\d+个(?=[，,；;。]|$|自然人|法人|申请人)"
        # 项 and 封 (处理17项依申请公开, 依申请公开件27封): counts only beside 依申请公开 (not 依申请事项N项,
        # services applied for)
        r"|\d+[项封](?=[^，,；;。]{0,4}?依申请公开)|依申请公开[^，,；;。\d]{0,6}?\d+[项封]"
        # a total in Chinese numerals (一共七项 in the requests' point, 共收到三件)
        rf"|(?:共|共计|合计|一共|总计)(?:收到|受理|办理)?[一二三四五六七八九十两]+(?:项|{units})"
    )


def _states_figure(text: str, count: re.Pattern[str]) -> bool:
    """Whether `text` (a sentence, or one clause of it) prints an application figure or a negated one."""
    if count.search(text) or _CUT_COUNT.search(text):
        return True
    return "申请" in text and (
        _NEGATED_RECEIPT.search(text) is not None or _NEGATED_REQUEST.search(text) is not None
    )


def _heads_requests(text: str) -> bool:
    """Whether `text` begins a numbered point whose heading names the requests alone (（二）依申请公开情况;
    not 加强主动公开和依申请公开办理方面)."""
    found = NUMBERED.match(text)
    words = _HEADING_WORDS.match(text, found.end()).group() if found is not None else ""
    return "申请" in words and "主动" not in words


def _may_concern(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a sentence of the paragraph may name the subject (`_SUBJECT`): one search of the paragraph
    as its sentences read together says whether any is worth splitting out (most paragraphs: none)."""
    return _SUBJECT.search(flat_text(text, vocabulary.characters)) is not None


def unread_records(doc: Document, claims: list[Claim], source_path: str, report_id: str) -> list[dict]:
    """Rows for raw.narrative_unread: one per sentence of `unread_sentences`."""
    return [
        {"source_path": source_path, "report_id": report_id, "source_line": u.line,
         "sentence_no": u.sentence_no, "sentence": u.sentence}
        for u in unread_sentences(doc, claims)
    ]  # fmt: skip
