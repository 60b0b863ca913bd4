"""Whitespace as Chinese text wants it, for readers whose source lays text out (HTML, Word, PDF).

Layout puts spaces where the text has none: HTML source wraps lines, justified PDF text spreads
characters apart ("号 ， 邮 编"), numbers sit apart from CJK ("2024 年"). Chinese writes no spaces, so a
space next to a CJK character or full-width punctuation is dropped, while one between Latin letters or
digits ("Times New Roman", "66.7 %") is kept, as one space. The text reader needs none of this: the seed
text already reads like the document.
"""

from __future__ import annotations

import re
from functools import lru_cache

# CJK ideographs, CJK punctuation, full-width forms and the quotes Chinese text uses.
_WIDE = (
    "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014"
)
_SPACE_NEXT_TO_WIDE = re.compile(rf"\s+(?=[{_WIDE}])|(?<=[{_WIDE}])\s+")
_RUNS = re.compile(r"\s+")
_WIDE_CHAR = re.compile(f"[{_WIDE}]")
# The one character that is both white space (str.isspace, re's \s) and wide: U+3000, the ideographic space.
_WIDE_SPACE = "\u3000"
# Texts up to this length are memoised: cells and labels ("0", "总计") recur on every page.
_MEMO_LENGTH = 64


def is_wide(char: str) -> bool:
    """A CJK character or full-width punctuation: never separated from its neighbours by a space."""
    return bool(char) and re.match(f"[{_WIDE}]", char) is not None


def tidy(text: str) -> str:
    """One space between Latin words, none next to CJK, none at the ends."""
    return _tidy_short(text) if len(text) <= _MEMO_LENGTH else _tidy(text)


@lru_cache(maxsize=1 << 14)
def _tidy_short(text: str) -> str:
    return _tidy(text)


def _tidy(text: str) -> str:
    words = text.split()
    if len(words) == 1 and len(words[0]) == len(text):  # no whitespace at all: nothing to change
        return text
    if _WIDE_SPACE in text:  # a white space that is itself wide: the expressions' own rules (tidy_slow)
        return tidy_slow(text)
    # Without U+3000 no white space is wide, so each run of it (what str.split splits on, re's \s:
    # both Py_UNICODE_ISSPACE) goes whole: dropped next to a wide character on either side, else one
    # space; the ends dropped. That is the words joined, without the expressions' scan of every position.
    out = words[:1]
    for before, word in zip(words, words[1:], strict=False):
        if _WIDE_CHAR.match(before[-1]) is None and _WIDE_CHAR.match(word[0]) is None:
            out.append(" ")
        out.append(word)
    return "".join(out)


def tidy_slow(text: str) -> str:
    """`tidy` by its definition, two regular expressions (the reference `_tidy` is checked against)."""
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
