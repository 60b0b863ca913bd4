"""The prose of a report: its paragraphs as sentences, without picture noise, in a form fit for matching.

Readers keep `[image: …]` blocks and the OCR text of pictures, which is not report content ("1.1%" under
a chart is no claim). A sentence is matched in a normalized view (whitespace removed, full-width digits
and signs made ASCII) that maps every character back to the sentence as printed, so a claim can always
point at its number in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ingest.parsing.document import Document, Paragraph, Table
from ingest.parsing.text import NUMBERING, fold_text, squash, squash_mapped

IMAGE_MARKER = "[image:"
# Numbered headings: 一、 （二） (3) 1、 2. — short and without a full stop.
_HEADING = re.compile(rf"^{NUMBERING}")
_MAX_HEADING = 40
_SENTENCE_END = re.compile(r"[。！？!?]+")
_CJK = re.compile(r"[\u3400-\u9fff，。；：、（）《》“”]")
_MIN_PROSE = 15


class Passage(NamedTuple):
    """One paragraph of prose, or a heading (which ends the context of what came before). (Named tuples, not
    frozen dataclasses, as Sentence: one is made per paragraph and sentence, in one C call.)"""

    text: str
    line: int
    heading: bool


class Sentence(NamedTuple):
    text: str  # as printed, without surrounding whitespace
    line: int
    norm: str  # `text` without whitespace, each character NFKC-normalized where that keeps it one character
    origin: tuple[int, ...]  # origin[i] is the index in `text` of norm[i]

    def printed(self, start: int, end: int) -> tuple[int, str]:
        """The offset in `text` and the printed text of norm[start:end]."""
        first, last = self.origin[start], self.origin[end - 1] + 1
        return first, self.text[first:last]


def is_heading(text: str) -> bool:
    if "。" in text:  # most paragraphs: a full stop, which squashing keeps
        return False
    text = squash(text)
    return len(text) <= _MAX_HEADING and bool(_HEADING.match(text))


def _looks_like_prose(text: str) -> bool:
    """Real report text is mostly Chinese with Chinese punctuation; OCR noise of pictures is not."""
    text = squash(text)
    if len(text) < _MIN_PROSE:
        return False
    cjk = len(_CJK.findall(text))
    return cjk / len(text) >= 0.6 and any(p in text for p in "，。；")


class _Memo:
    """The last document's passages, and the sentences and flat texts read from them: the claims and the
    unread sentences (both extracted by `ingest.parsing.parse`) walk the same document one after the other.
    Each is a pure function of its arguments; the memo is emptied when another document comes (and kept
    small: a caller may split passages of its own)."""

    def __init__(self) -> None:
        self.doc: Document | None = None
        self.blocks: list | None = None
        self.count = 0
        self.passages: list[Passage] = []
        self.sentences: dict[tuple[Passage, int], tuple[dict[int, int] | None, list[Sentence]]] = {}
        self.flat: dict[tuple[str, int], tuple[dict[int, int] | None, str]] = {}

    def passages_of(self, doc: Document) -> list[Passage]:
        if self.doc is not doc or self.blocks is not doc.blocks or self.count != len(doc.blocks):
            self.doc, self.blocks, self.count = doc, doc.blocks, len(doc.blocks)
            self.passages = list(_passages(doc))
            self.sentences.clear()
            self.flat.clear()
        return self.passages


_MEMO = _Memo()
_MEMO_SIZE = 4096


def passages(doc: Document) -> Iterator[Passage]:
    """The document's paragraphs in order, cut at picture markers, with the OCR noise after them left out.

    After a picture, paragraphs are skipped until a heading, a table or a paragraph of Chinese prose.
    """
    return iter(_MEMO.passages_of(doc))


def _passages(doc: Document) -> Iterator[Passage]:
    in_picture = False
    for block in doc.blocks:
        if isinstance(block, Table):
            in_picture = False
            continue
        assert isinstance(block, Paragraph)
        text = block.text
        if in_picture:
            if not (is_heading(text) or _looks_like_prose(text)):
                continue
            in_picture = False
        if IMAGE_MARKER in text:
            text = text[: text.index(IMAGE_MARKER)]
            in_picture = True
        if text.strip():
            yield Passage(text, block.line, is_heading(text))


_CHARACTER_SETS: dict[int, re.Pattern[str]] = {}


def has_any(characters: dict[int, int], text: str) -> bool:
    """Whether `text` holds a character the table translates (one search; translate is slow)."""
    known = _CHARACTER_SETS.get(id(characters))
    if known is None:
        known = re.compile("[" + "".join(re.escape(chr(c)) for c in characters) + "]")
        _CHARACTER_SETS[id(characters)] = known
    return known.search(text) is not None


def flat_text(text: str, characters: dict[int, int] | None = None) -> str:
    """`text` as its sentences' normalized views read together: no white space, folded, `characters`
    translated. Each sentence's view is a part of it, so a search of it says whether any sentence may
    hold what is searched for (memoised: the claims and the unread sentences both ask it of a paragraph)."""
    key = (text, id(characters))
    known = _MEMO.flat.get(key)
    if known is not None and known[0] is characters:
        return known[1]
    flat = fold_text(squash(text))
    if characters and has_any(characters, flat):
        flat = flat.translate(characters)
    if len(_MEMO.flat) > _MEMO_SIZE:
        _MEMO.flat.clear()
    _MEMO.flat[key] = (characters, flat)
    return flat


def sentences(passage: Passage, characters: dict[int, int] | None = None) -> list[Sentence]:
    """Split at full stops (。！？); semicolons stay inside, as Chinese reports chain clauses with them.

    `characters`: a one-for-one translation of the normalized view (traditional read as simplified)."""
    key = (passage, id(characters))
    known = _MEMO.sentences.get(key)
    if known is not None and known[0] is characters:
        return list(known[1])
    out = _sentences(passage, characters)
    if len(_MEMO.sentences) > _MEMO_SIZE:
        _MEMO.sentences.clear()
    _MEMO.sentences[key] = (characters, out)
    return list(out)


def _sentences(passage: Passage, characters: dict[int, int] | None) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    text = passage.text
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not bounds or bounds[-1] < len(text):
        bounds.append(len(text))
    for end in bounds:
        piece = text[start:end]
        start = end
        stripped = piece.strip()
        if not stripped:
            continue
        norm, origin = squash_mapped(stripped)
        if characters and has_any(characters, norm):
            norm = norm.translate(characters)
        out.append(Sentence(stripped, passage.line, norm, origin))
    return out
