"""The shared text helpers (ingest/parsing/text.py) that readers and parsers must agree on."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ingest.parsing.text import (
    _LEADING_NUMBERING,
    _SPACE,
    LABEL_PUNCTUATION,
    NFKC_PER_CHARACTER,
    QUOTES,
    fold,
    fold_text,
    nfkc,
    normalize_label,
    normalize_text,
    squash,
    squash_mapped,
)


def test_normalize_label_unifies_exactly_the_label_punctuation():
    """normalize_label spells LABEL_PUNCTUATION out as str.replace calls (speed): the two stay in step."""
    half, full = "".join(LABEL_PUNCTUATION), "".join(LABEL_PUNCTUATION.values())
    assert normalize_label("部分公开" + half) == "部分公开" + full


def test_squash_mapped_points_back_at_what_was_printed():
    norm, origin = squash_mapped("危及 “三安全一稳定” ０１", drop="“”")
    assert norm == "危及三安全一稳定01"
    assert ["危及 “三安全一稳定” ０１"[i] for i in origin[-2:]] == ["０", "１"]


def _squash_mapped_by_character(text: str, drop: str) -> tuple[str, tuple[int, ...]]:
    """What squash_mapped means, one character at a time (its first, slower implementation)."""
    chars, origin = [], []
    for i, ch in enumerate(text):
        if not (ch.isspace() or ch in drop):
            chars.append(fold(ch))
            origin.append(i)
    return "".join(chars), tuple(origin)


@given(st.text(alphabet=st.characters(max_codepoint=0x33FF)), st.sampled_from(["", QUOTES]))
def test_squash_mapped_is_the_per_character_definition(text: str, drop: str):
    """The translate-and-ranges implementation gives what the per-character loop gives, for any text:
    whitespace of every kind, full-width forms, quotes, characters NFKC expands (which stay as printed)."""
    assert squash_mapped(text, drop) == _squash_mapped_by_character(text, drop)


def test_normalize_label_memo_returns_what_it_computes():
    """Labels are memoised; a label seen before and a new one normalise alike."""
    assert normalize_label("（一）予以公开 ") == normalize_label("（一）予以公开 ") == "予以公开"
    assert normalize_label("(二)部分公开") == "部分公开"


def test_fold_text_by_hand():
    """Full-width punctuation and digits as ASCII; CJK, CJK punctuation and what NFKC expands stay."""
    assert fold_text("共收到申请１２件，（含结转）：％") == "共收到申请12件,(含结转):%"
    assert fold_text("。、“”") == "。、“”"
    assert fold_text("㈠①") == "㈠1"  # ㈠ is (一) under NFKC: three characters, so it stays
    assert fold_text("\U0001d7d9") == "1"  # MATHEMATICAL DOUBLE-STRUCK DIGIT ONE, beyond the BMP


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_fold_text_is_fold_of_each_character(text: str):
    """fold_text replaces the characters fold changes, found in one scan: what folding each gives."""
    assert fold_text(text) == "".join(fold(ch) for ch in text)


def test_a_long_text_is_normalised_as_a_label_without_filling_the_labels_memo():
    """The classifier's whole-table and whole-document texts: normalised alike, never kept."""
    text = "（一）予以公开 \n(二)部分公开：“不予公开”, 1,2" * 50
    before = normalize_label.cache_info().currsize
    repeated = "（一）予以公开（二）部分公开：不予公开，1，2"
    assert normalize_text(text) == repeated[3:] + repeated * 49  # only the text's own numbering goes
    assert normalize_label.cache_info().currsize == before
    assert normalize_label(text) == normalize_text(text)


def test_nfkc_per_character_is_what_it_says():
    """Every character of NFKC_PER_CHARACTER combines with no neighbour under NFKC, and neither does any
    character of its NFKC form: combining class 0, and no canonical composition's second character (of
    a two-character canonical decomposition, or a Hangul vowel or trailing consonant). Then NFKC of a text
    of them is the characters' forms joined, which `nfkc` writes."""
    second = {0x1161 + i for i in range(21)} | {0x11A8 + i for i in range(27)}
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            second.add(int(decomposition[1], 16))
    for lo, hi in NFKC_PER_CHARACTER:
        for code in range(lo, hi + 1):
            char = chr(code)
            form = unicodedata.normalize("NFKC", char)
            for c in (char, *form):
                assert unicodedata.combining(c) == 0 and ord(c) not in second, hex(code)
            assert nfkc(char) == form


_NFKC_ALPHABET = [
    "a", "1", " ", "\t", "（", "）", "，", "：", "Ａ", "１", "\u3000", "\xa0", "㈠", "①", "Ⅻ", "㎡",
    "年", "丽", "“", "\"", "´", "¨", "e", "\u0301", "ｶ", "ﾞ", "\u3099", "カ", "한", "\u1161", "\u11a8", "ᄀ",
    "\U0001d7d9", "\u302a", "﹉", "‾", "￣", "\u2028",
]  # fmt: skip


@given(st.text(alphabet=st.sampled_from(_NFKC_ALPHABET), max_size=20))
def test_nfkc_is_unicodedata_nfkc(text: str):
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def _normalize_text_reference(text: str) -> str:
    """normalize_text as it was written first: NFKC of the whole text, a translate table for the quotes."""
    text = unicodedata.normalize("NFKC", text)
    text = squash(text).translate(str.maketrans(dict.fromkeys(QUOTES, "")))
    text = text.replace("(", "（").replace(")", "）").replace(",", "，").replace(":", "：")
    previous = None
    while previous != text:
        previous = text
        text = _LEADING_NUMBERING.sub("", text)
    return text


@given(st.text(alphabet=st.sampled_from([*_NFKC_ALPHABET, *QUOTES, "(", "一", "、", "2", "."]), max_size=30))
def test_normalize_text_is_its_reference(text: str):
    assert normalize_text(text) == _normalize_text_reference(text)
    assert re.sub(r"\s", "", normalize_text(text)) == normalize_text(text)


def test_squash_removes_what_the_whitespace_pattern_removes_for_every_code_point():
    """squash joins str.split's parts: for every code point, what `\\s` matches (the pattern it replaced)."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert squash(every) == _SPACE.sub("", every)
    assert squash(" 共 收到\u3000申请\n\t3件 ") == _SPACE.sub("", " 共 收到\u3000申请\n\t3件 ")


def test_fold_text_by_hand_beyond_the_bmp():
    """The search goes on after each character replaced, past characters beyond the BMP that stay."""
    assert fold_text("\U00020000１\U00020000２\U0001d7d9") == "\U000200001\U0002000021"
