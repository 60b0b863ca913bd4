"""The narrative engine's shortcuts (issue 29) read every sentence as their plain definitions do.

Over the prose of every sentence file of the survey (tests/narrative_survey/sentences*.yaml: every round,
both halves, read mechanically) and of the test corpus's reports, each shortcut is compared with what it
stands for: the alternation led by its first characters with the plain alternation; the cue pass reading
only the cues a character can start with against reading every cue's group; a window's anchored cues
searched only where their first or last character and a run they hold are there, against every one
searched; the number pattern and the figure test led by their first digit against the plain ones; the
metrics by proceeding against a search of them all; the memoised passages, sentences and flat texts
against fresh ones; the unread sentences with their paragraph prefilter against the same without it. The
claims themselves are asserted by hand elsewhere (tests/test_narrative*.py).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from ingest import PROJECT_DIR
from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import claims, prose, unread
from ingest.parsing.narrative.metrics import load_vocabulary
from ingest.parsing.narrative.scan import METRIC, OUTCOME, PROCEEDING, Hit, alternation, leading_pair
from ingest.parsing.readers import read_document
from ingest.parsing.text import fold_text, squash

SURVEY = PROJECT_DIR / "tests" / "narrative_survey"
CORPUS = PROJECT_DIR / "tests" / "samples" / "corpus" / "reports"


def _texts(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for value in node.values() for t in _texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


def _documents() -> list[Document]:
    """Each survey entry as one paragraph, and the corpus's text reports (their paragraphs and tables)."""
    docs = []
    for path in sorted(SURVEY.glob("sentences*.yaml")):
        for i, text in enumerate(_texts(yaml.safe_load(path.read_text(encoding="utf-8")))):
            docs.append(Document(f"{path.name}#{i}", "text", [Paragraph(text, 1)]))
    docs += [read_document(p) for p in sorted(CORPUS.glob("*.txt"))]
    return docs


DOCUMENTS = _documents()


def test_the_survey_is_read():
    assert len(DOCUMENTS) > 300  # the survey's sentence files hold over 300 entries


def _sentences() -> list[str]:
    vocabulary = load_vocabulary()
    return [
        s.norm
        for d in DOCUMENTS
        for p in prose._passages(d)
        for s in prose._sentences(p, vocabulary.characters)
    ]


def test_the_led_alternation_matches_where_the_plain_one_does():
    vocabulary = load_vocabulary()
    patterns = tuple(z.cue.pattern for z in vocabulary.zero_cues) + (vocabulary.all_handled.cue.pattern,)
    led, plain = alternation(patterns), re.compile("|".join(f"(?:{p})" for p in patterns))
    assert led.pattern.startswith("(?=[")  # the cues' first characters are known
    matched = 0
    for norm in _sentences():
        a, b = led.search(norm), plain.search(norm)
        assert (a and a.span()) == (b and b.span()), norm
        matched += a is not None
    assert matched > 20


def test_the_next_clause_is_found_only_where_its_leading_pair_is():
    clause = load_vocabulary().all_handled.next_clause
    pair = leading_pair(clause)
    assert pair is not None and pair.pattern.startswith("[\\d一][")  # a count's digit and its unit
    matched = 0
    for norm in _sentences():
        if clause.search(norm) is not None:
            assert pair.search(norm) is not None, norm
            matched += 1
    assert matched > 5


def test_the_handling_point_with_none_is_found_only_where_its_tail_is():
    found = 0
    for text in [*_sentences(), "（二）依申请公开办理情况：无。", "依申请公开政府信息处理情况暂无"]:
        if claims._HANDLING_POINT_NONE.search(text) is not None:
            assert claims._HANDLING_POINT_NONE_TAIL.search(text) is not None, text
            found += 1
    assert found >= 2


def test_the_leading_pair_is_none_where_not_known():
    assert leading_pair(re.compile(r"(?:\d|(?<!十)一)(?:[件个]次?|次)")).pattern == r"[\d一][个件次]"
    assert leading_pair(re.compile(r"(?<=1)[件条]申请")).pattern == "[件条][申]"
    for pattern in (r"a*b", r"(?:ab|c)d", r"[^a]b", r"a(?:b)?c", r"\wb", r"(?i:a)b", r"a", r"a(?=b)"):
        assert leading_pair(re.compile(pattern)) is None, pattern


def _every_group(scanner, text: str) -> list[Hit]:
    """The cue pass read as first written: every cue's group at every position the pass stops at."""
    out = []
    for m in scanner._pattern.finditer(text):
        for group, n in scanner._groups:
            start, end = m.regs[group]
            if start >= 0:
                out.append(Hit(start, end, n))
    return out


def test_the_cue_pass_reads_the_cues_every_group_reading_finds():
    scanner = claims._scanner(load_vocabulary())
    assert scanner._always != scanner._groups  # most cues' first characters are known
    found = 0
    for norm in _sentences():
        hits = scanner.hits(norm)
        assert hits == _every_group(scanner, norm), norm
        found += len(hits)
    assert found > 1000


@pytest.mark.parametrize("doc", DOCUMENTS[-8:], ids=lambda d: Path(d.source_path).name)
def test_memoised_passages_sentences_and_flat_texts_are_fresh_ones(doc):
    characters = load_vocabulary().characters
    for _ in range(2):  # the second time from the memo
        assert list(prose.passages(doc)) == list(prose._passages(doc))
        for passage in prose.passages(doc):
            assert prose.sentences(passage, characters) == prose._sentences(passage, characters)
            flat = fold_text(squash(passage.text))
            if characters and prose.has_any(characters, flat):
                flat = flat.translate(characters)
            assert prose.flat_text(passage.text, characters) == flat


def test_unread_sentences_with_the_paragraph_prefilter_are_those_without(monkeypatch):
    found = {}
    for doc in DOCUMENTS:
        found[doc.source_path] = unread.unread_sentences(doc, claims.extract_claims(doc, 2024))
    assert sum(map(len, found.values())) > 10
    monkeypatch.setattr(unread, "_may_concern", lambda text, vocabulary: True)
    for doc in DOCUMENTS:
        assert unread.unread_sentences(doc, claims.extract_claims(doc, 2024)) == found[doc.source_path]


def test_the_led_carry_forward_words_match_where_the_plain_ones_do():
    led = claims._TO_NEXT_YEAR
    plain = re.compile(led.pattern.replace("(?=[结转顺延])", "", 1))
    assert plain.pattern != led.pattern
    assert led.search("另有23件申请结转到下年度").group() == "结转到下年"
    assert led.search("无结转下年度的申请") is None  # negated: nothing carried forward
    for norm in _sentences():
        a, b = led.search(norm), plain.search(norm)
        assert (a and a.span()) == (b and b.span()), norm


def _window_plain(scanner, text: str, hits: list[Hit], lo: int, hi: int, kinds: tuple[str, ...]) -> list[Hit]:
    """A window's hits as first written: every hit looked at, every anchored cue of `kinds` searched."""
    last_end: dict[int, int] = {}
    taken_at: dict[tuple[str, int], Hit] = {}
    inside = [h for h in hits if h.start >= lo and h.end <= hi and scanner.cues[h.cue].kind in kinds]
    unsorted = False
    for n in scanner.anchored:
        cue = scanner.cues[n]
        if cue.kind in kinds and cue.own is not None:
            found = cue.own.match(text, lo, hi) if cue.at_start else cue.own.search(text, lo, hi)
            if found:
                inside.append(Hit(found.start(), found.end(), n))
                unsorted = True
    if unsorted:
        inside.sort(key=lambda h: (h.start, h.cue))
    out = []
    for hit in inside:
        cue = scanner.cues[hit.cue]
        if cue.kind == METRIC:
            if hit.start < last_end.get(hit.cue, lo):
                continue
            last_end[hit.cue] = hit.end if hit.end > hit.start else hit.end + 1
            out.append(hit)
            continue
        key = (cue.kind, hit.start)
        first = taken_at.get(key)
        if first is None or scanner.cues[first.cue].index > cue.index:
            taken_at[key] = hit
    for kind in (OUTCOME, PROCEEDING):
        at = lo
        for (k, start), hit in sorted(taken_at.items(), key=lambda kv: kv[0][1]):
            if k != kind or start < at:
                continue
            out.append(hit)
            at = hit.end if hit.end > hit.start else hit.end + 1
    return out


_KINDS = ((METRIC, OUTCOME, PROCEEDING), (PROCEEDING,), (METRIC,), (OUTCOME,))


def test_a_window_reads_the_anchored_cues_every_search_finds():
    """The anchored cues (…$, ^…) are searched only in windows whose last (first) character one of their
    matches can end (start) with and that hold a run of characters each match holds: every window the
    claims read (each clause up to each number, to its end, to the sentence's end), and windows past the
    text's end or empty, read as searching every anchored cue reads them."""
    scanner = claims._scanner(load_vocabulary())
    assert all(scanner._edges[n] is not None and scanner._edges[n][0] for n in scanner.anchored)
    found = windows = 0
    for norm in _sentences():
        hits = scanner.hits(norm)
        starts = [0] + [m.end() for m in re.finditer(r"[，；;：:,]", norm)]
        ends = [m.start() for m in re.finditer(r"\d", norm)] + [len(norm), len(norm) + 3]
        for lo in starts:
            for hi in ends:
                for kinds in _KINDS:
                    fast, plain = (
                        scanner.window(norm, hits, lo, hi, kinds),
                        _window_plain(scanner, norm, hits, lo, hi, kinds),
                    )
                    assert fast == plain, (norm, lo, hi, kinds)
                    found += sum(h.cue in scanner.anchored for h in plain)
                    windows += 1
    assert windows > 100_000 and found > 1000


def test_a_window_reads_anchored_cues_at_its_edges_by_hand():
    scanner = claims._scanner(load_vocabulary())
    cues = scanner.cues
    for text, lo, hi in [
        ("及时回复", 0, 4),  # (?:及时|已经?)回复$: ends with 复
        ("已及时回复\n", 0, 6),  # $ before a newline ending the window
        ("及时回复了", 0, 5),  # ends with 了: no match
        ("申请均已回复", 2, 6),
        ("全年共办理", 0, 5),
        ("年度结转的", 0, 5),  # ^年度?…结转的?: starts with 年
        ("本年度结转的", 0, 6),  # starts with 本: no match at the window's start
        ("答复了该申请", 0, 6),  # ends with 请, holds no 回复
        ("回复了该申请", 0, 6),
        ("", 0, 0),
        ("公开", 2, 1),
        ("及时回复", -3, 4),  # (a window from before the text's start: the search starts at 0)
        ("年度结转的", -1, 9),
    ]:
        for kinds in _KINDS:
            assert scanner.window(text, [], lo, hi, kinds) == _window_plain(scanner, text, [], lo, hi, kinds)
    read = [cues[h.cue].code for h in scanner.window("及时回复", [], 0, 4, (METRIC,))]
    assert read == ["applications_handled"]
    assert scanner.window("及时回复了", [], 0, 5, (METRIC,)) == []


def test_the_number_led_by_its_digit_matches_where_the_plain_one_does():
    # (the digits before a four-digit year and 年 their own number, 申请02024年: round 62's tuning
    # half, rule 78)
    plain = re.compile(
        r"(?<![\d.])(?:\d{1,3}(?=(?:19|20)\d{2}年)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d))"
    )
    assert claims._NUMBER.pattern != plain.pattern
    rng = random.Random(29)
    texts = _sentences() + [
        "".join(rng.choice("0123456789.,,年件%申٣") for _ in range(rng.randint(0, 16))) for _ in range(20000)
    ]
    glued = ["申请02024年", "1,2019年", "2024年"]
    for text in texts + ["1,234,567.8件", ".5", "1.2.3", "12,34", "0", "٣件"] + glued:
        a = [m.span() for m in claims._NUMBER.finditer(text)]
        assert a == [m.span() for m in plain.finditer(text)], text


def test_metrics_by_proceeding_are_those_a_search_finds():
    vocabulary = load_vocabulary()
    pairs = {(m.proceeding, m.outcome) for m in vocabulary.metrics.values() if m.proceeding}
    assert len(pairs) > 10
    for proceeding, outcome in pairs:
        found = next(
            m for m in vocabulary.metrics.values() if (m.proceeding, m.outcome) == (proceeding, outcome)
        )
        assert vocabulary.by_proceeding(proceeding, outcome) is found
    with pytest.raises(StopIteration):
        vocabulary.by_proceeding("review", "no such outcome")


def test_the_figure_test_led_by_its_digit_finds_a_figure_where_the_plain_one_does():
    vocabulary = load_vocabulary()
    extractor = claims._Extractor(vocabulary, 2024)
    units = "|".join(re.escape(u) for u in sorted(extractor.count_units, key=len, reverse=True))
    # (a digit before an ASCII full stop closing its clause too, the next point or the text's end after it:
    # 受理依申请公开0.（三）…, round 54's tuning half; and a count in 人次, 收到…4人次: round 55's test half)
    plain = re.compile(
        rf"(?=\d)(?:\d(?:%|{units}|人次|[，,。；;]|\.(?=[（(]|[一二三四五六七八九十]{{1,3}}、|$))|(?<![\d.])0(?![\d.]))"
    )
    rng = random.Random(30)
    texts = _sentences() + [
        "".join(rng.choice("0123456789.,，。%件起申年") for _ in range(rng.randint(0, 8)))
        for _ in range(20000)
    ]
    paragraphs = [
        prose.flat_text(p.text, vocabulary.characters) for d in DOCUMENTS for p in prose._passages(d)
    ]
    found = 0
    for text in texts + paragraphs + ["0", "10", "0.5", ".0", "a0b", "共0件", "3，"]:
        assert (extractor._figure.search(text) is None) == (plain.search(text) is None), text
        found += plain.search(text) is not None
    assert found > 1000


def test_hits_of_a_kind_are_those_a_loop_keeps():
    scanner = claims._scanner(load_vocabulary())
    for norm in _sentences()[:2000]:
        hits = scanner.hits(norm)
        for kind in (METRIC, OUTCOME, PROCEEDING):
            assert scanner.of_kind(hits, kind) == [h for h in hits if scanner.cues[h.cue].kind == kind]
