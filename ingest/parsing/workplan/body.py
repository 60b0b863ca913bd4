"""The work plan's body: its headings (一、… and their （一）… sub-headings) and the text under each.

The task table restates the body sentence by sentence, but its own 工作任务 column is unreliable in
extracted text (a merged cell's label lands in the middle of its rows, some sub-sections are never
labelled, labels carry typos). So a task is placed under the body heading whose text holds its
requirement, and the table's label is only used as a cross-check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ingest.parsing.document import Paragraph
from ingest.parsing.text import CN_DIGITS, numeral, squash

_SECTION = re.compile(rf"^(?P<no>[{CN_DIGITS}]+)、(?P<title>[^。；]{{2,30}})$")
_SUBSECTION = re.compile(rf"^[（(](?P<no>[{CN_DIGITS}]+)[）)](?P<title>[^。；]{{2,40}})[。；](?P<rest>.*)$")
_PUNCTUATION = re.compile(r"[\s，。、；：？！“”‘’《》（）〔〕()\[\],.;:!?\"'—…·]")
_NGRAM = 4
# A requirement belongs under a heading when this share of its 4-character pieces occurs in that
# heading's text and clearly more than under any other heading.
MIN_SHARE = 0.6
MIN_MARGIN = 0.2
LABEL_RATIO = 0.75


@dataclass
class Heading:
    """One place in the body: a section, or a sub-section of it, with the text written under it."""

    section_no: int
    section_zh: str
    subsection_no: int | None
    subsection_zh: str | None
    line: int
    text: str = ""


@dataclass(frozen=True)
class Placement:
    heading: Heading | None
    share: float
    reason: str | None = None


def read_headings(paragraphs: list[Paragraph]) -> list[Heading]:
    """Sections and sub-sections in order; a section's text before its first sub-heading is its own."""
    headings: list[Heading] = []
    section: Heading | None = None
    current: Heading | None = None
    for paragraph in paragraphs:
        text = squash(paragraph.text)
        if m := _SECTION.match(text):
            section = Heading(numeral(m["no"]), m["title"], None, None, paragraph.line)
            current = section
            headings.append(section)
        elif section is not None and (m := _SUBSECTION.match(text)):
            current = Heading(
                section.section_no,
                section.section_zh,
                numeral(m["no"]),
                m["title"],
                paragraph.line,
                m["rest"],
            )
            headings.append(current)
        elif current is not None:
            current.text += text
    return headings


def _grams(text: str) -> set[str]:
    text = _PUNCTUATION.sub("", text)
    return {text[i : i + _NGRAM] for i in range(len(text) - _NGRAM + 1)}


def place(requirement: str, headings: list[Heading]) -> Placement:
    """The heading whose text holds `requirement`, or none with the reason."""
    wanted = _grams(requirement)
    candidates = [h for h in headings if h.text]
    if not wanted or not candidates:
        return Placement(None, 0.0, "no body text to match against")
    scored = sorted(
        ((len(wanted & _grams(h.text)) / len(wanted), i) for i, h in enumerate(candidates)), reverse=True
    )
    best, index = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best < MIN_SHARE:
        return Placement(None, best, f"its requirement is not found under any body heading (best {best:.0%})")
    if best - runner_up < MIN_MARGIN:
        return Placement(
            None,
            best,
            f"its requirement matches two body headings about equally ({best:.0%}, {runner_up:.0%})",
        )
    return Placement(candidates[index], best)


def label_heading(label: str, headings: list[Heading]) -> Heading | None:
    """The heading a table label (工作任务) names, allowing for typos ("加强推高质量展信息公开")."""
    label = squash(label)
    best: tuple[float, Heading | None] = (0.0, None)
    for heading in headings:
        title = heading.subsection_zh or heading.section_zh
        ratio = SequenceMatcher(None, label, title).ratio()
        if ratio > best[0]:
            best = (ratio, heading)
    return best[1] if best[0] >= LABEL_RATIO else None
