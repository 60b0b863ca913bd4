"""The narrative engine's shortcuts (issue 29) read every sentence as their plain definitions do.

Over the prose of every sentence file of the survey (tests/narrative_survey/sentences*.yaml: every round,
both halves, read mechanically) and of the test corpus's reports, each shortcut is compared with what it
stands for: the alternation led by its first characters with the plain alternation; the cue pass reading
only the cues a character can start with against reading every cue's group; the memoised passages,
sentences and flat texts against fresh ones; the unread sentences with their paragraph prefilter against
the same without it. The claims themselves are asserted by hand elsewhere (tests/test_narrative*.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ingest import PROJECT_DIR
from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import claims, prose, unread
from ingest.parsing.narrative.metrics import load_vocabulary
from ingest.parsing.narrative.scan import Hit, alternation
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
