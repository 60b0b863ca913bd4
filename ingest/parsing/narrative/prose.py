"""The prose of a report: its paragraphs as sentences, without picture noise, in a form fit for matching.

Readers keep `[image: …]` blocks and the OCR text of pictures, which is not report content ("1.1%" under
a chart is no claim). A sentence is matched in a normalized view (whitespace removed, full-width digits
and signs made ASCII) that maps every character back to the sentence as printed, so a claim can always
point at its number in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.parsing.document import Document, Paragraph, Table
from ingest.parsing.text import NUMBERING, squash, squash_mapped

IMAGE_MARKER = "[image:"
# Numbered headings: 一、 （二） (3) 1、 2. — short and without a full stop.
_HEADING = re.compile(rf"^{NUMBERING}")
_MAX_HEADING = 40
_SENTENCE_END = re.compile(r"[。！？!?]+")
_CJK = re.compile(r"[\u3400-\u9fff，。；：、（）《》“”]")
_MIN_PROSE = 15


@dataclass(frozen=True)
class Passage:
    """One paragraph of prose, or a heading (which ends the context of what came before)."""

    text: str
    line: int
    heading: bool


@dataclass(frozen=True)
class Sentence:
    text: str  # as printed, without surrounding whitespace
    line: int
    norm: str  # `text` without whitespace, each character NFKC-normalized where that keeps it one character
    origin: tuple[int, ...]  # origin[i] is the index in `text` of norm[i]

    def printed(self, start: int, end: int) -> tuple[int, str]:
        """The offset in `text` and the printed text of norm[start:end]."""
        first, last = self.origin[start], self.origin[end - 1] + 1
        return first, self.text[first:last]


def is_heading(text: str) -> bool:
    text = squash(text)
    return len(text) <= _MAX_HEADING and "。" not in text and bool(_HEADING.match(text))


def _looks_like_prose(text: str) -> bool:
    """Real report text is mostly Chinese with Chinese punctuation; OCR noise of pictures is not."""
    text = squash(text)
    if len(text) < _MIN_PROSE:
        return False
    cjk = len(_CJK.findall(text))
    return cjk / len(text) >= 0.6 and any(p in text for p in "，。；")


def passages(doc: Document) -> Iterator[Passage]:
    """The document's paragraphs in order, cut at picture markers, with the OCR noise after them left out.

    After a picture, paragraphs are skipped until a heading, a table or a paragraph of Chinese prose.
    """
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


def sentences(passage: Passage, characters: dict[int, int] | None = None) -> list[Sentence]:
    """Split at full stops (。！？); semicolons stay inside, as Chinese reports chain clauses with them.

    `characters`: a one-for-one translation of the normalized view (traditional read as simplified)."""
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
