"""Whitespace as Chinese text wants it, for readers whose source lays text out (HTML, Word, PDF).

Layout puts spaces where the text has none: HTML source wraps lines, justified PDF text spreads
characters apart ("号 ， 邮 编"), numbers sit apart from CJK ("2024 年"). Chinese writes no spaces, so a
space next to a CJK character or full-width punctuation is dropped, while one between Latin letters or
digits ("Times New Roman", "66.7 %") is kept, as one space. The text reader needs none of this: the seed
text already reads like the document.
"""

from __future__ import annotations

import re

# CJK ideographs, CJK punctuation, full-width forms and the quotes Chinese text uses.
_WIDE = (
    "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014"
)
_SPACE_NEXT_TO_WIDE = re.compile(rf"\s+(?=[{_WIDE}])|(?<=[{_WIDE}])\s+")
_RUNS = re.compile(r"\s+")


def is_wide(char: str) -> bool:
    """A CJK character or full-width punctuation: never separated from its neighbours by a space."""
    return bool(char) and re.match(f"[{_WIDE}]", char) is not None


def tidy(text: str) -> str:
    """One space between Latin words, none next to CJK, none at the ends."""
    words = text.split()
    if len(words) == 1 and len(words[0]) == len(text):  # no whitespace at all: nothing to change
        return text
    return _RUNS.sub(" ", _SPACE_NEXT_TO_WIDE.sub("", text)).strip()


def join_pieces(pieces: list[str]) -> str:
    """Join wrapped pieces of one text (lines of a cell or paragraph): a space only between Latin ends."""
    out = ""
    for piece in pieces:
        piece = tidy(piece)
        if not piece:
            continue
        if out and not is_wide(out[-1]) and not is_wide(piece[0]):
            out += " "
        out += piece
    return out
