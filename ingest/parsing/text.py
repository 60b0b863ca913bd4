"""Text helpers every reader and parser shares: squashing, Chinese numbering, label folding, decoding.

Chinese report text carries no meaningful whitespace (wrapped cells and justified PDF text leave spaces
anywhere), numbers its headings and table rows in three styles, and arrives as UTF-8 or GBK. Each of
these is decided here once, so a reader and a parser can never disagree about what a label or a heading
is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ingest.parsing.document import ReadError

_SPACE = re.compile(r"\s+")

CN_DIGITS = "一二三四五六七八九十"
# The numbering in front of a heading or a template label: 一、 （三） (3) 1. 1、 — never a decimal ("1.5").
SECTION_NUMBER = rf"[{CN_DIGITS}]+、"
PAREN_NUMBER = rf"[（(][{CN_DIGITS}\d]+[)）]"
DIGIT_NUMBER = r"\d+[.．、](?!\d)"
NUMBERING = rf"(?:{PAREN_NUMBER}|{SECTION_NUMBER}|{DIGIT_NUMBER})"
NUMBERED = re.compile(rf"^\s*{NUMBERING}")

# A year as reports write it (2021年): in titles, headings and prose.
YEAR = re.compile(r"((?:19|20)\d{2})年")

QUOTES = "“”\"‘’'"
# Label punctuation in one form: half-width brackets, commas and colons as the template writes them.
LABEL_PUNCTUATION = {"(": "（", ")": "）", ",": "，", ":": "："}
_LEADING_NUMBERING = re.compile(rf"^{NUMBERING}")


def squash(text: str) -> str:
    """The text without any whitespace: how Chinese text reads, whatever the layout did to it.

    (str.split splits where `_SPACE` matches, at str.isspace, for every code point (tests/test_text.py):
    joined, the same text as `_SPACE.sub("", text)`, in a fifth of the time; the narrative squashes every
    paragraph.)"""
    return "".join(text.split())


def numeral(text: str) -> int:
    """一 -> 1, 十二 -> 12, 二十三 -> 23: the numbers of Chinese headings."""
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS.index(text[1]) + 1
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.index(tens) + 1) * 10 + (CN_DIGITS.index(ones) + 1 if ones else 0)
    return CN_DIGITS.index(text) + 1


@lru_cache(maxsize=1 << 16)
def normalize_label(text: str) -> str:
    """Compare labels as the reader sees them: no spaces, no numbering, no quotes, one kind of bracket.

    Memoised: the template's few hundred labels recur in every report, and the parser compares each
    cell with them (without the cache this was ~80% of a text report's parse time).
    """
    return normalize_text(text)


def normalize_text(text: str) -> str:
    """`normalize_label`, not memoised: for a text seen once (all of a table's or a document's text, the
    classifier's), which would only crowd the labels' memo (a crawled page's whole text, 30,000
    characters, kept in it once per report)."""
    text = squash(nfkc(text))
    # The quotes removed, each only where present: a translate table looked every character of a
    # CJK text up in Python's dict. LABEL_PUNCTUATION, as a chain of str.replace: this runs thousands of
    # times a report, and the chain is several times cheaper than a loop over the dict or a translate
    # table (tests/test_text.py).
    for quote in QUOTES:
        if quote in text:
            text = text.replace(quote, "")
    text = text.replace("(", "（").replace(")", "）").replace(",", "，").replace(":", "：")
    previous = None
    while previous != text:
        previous = text
        text = _LEADING_NUMBERING.sub("", text)
    return text


# Characters NFKC reads one at a time: none combines with a neighbour (its combining class is 0, and it can
# be no composition's second character), nor does its NFKC form hold such a character. Over a text of
# these alone, NFKC is each character's NFKC form in turn (no reordering, no composition across them):
# ASCII, Latin-1 and general punctuation, numbers in circles and brackets, Roman numerals, CJK radicals,
# punctuation, enclosed and compatibility characters, ideographs, vertical and full-width forms, without
# the few of those ranges that combine (U+302A-U+302F) or whose NFKC form does (¨ ¯ ´ ¸ ‗ ‾ ﹉-﹌ ￣, a
# space and a combining mark). tests/test_text.py checks every one of them against that definition.
NFKC_PER_CHARACTER = (
    (0x09, 0x0D), (0x20, 0x7E), (0xA0, 0xA7), (0xA9, 0xAE), (0xB0, 0xB3), (0xB5, 0xB7), (0xB9, 0xFF),
    (0x2010, 0x2016), (0x2018, 0x203D), (0x203F, 0x205E), (0x2160, 0x217F), (0x2460, 0x24FF),
    (0x2E80, 0x2FDF), (0x3000, 0x3029), (0x3030, 0x303F), (0x3200, 0x33FF), (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE48), (0xFE4D, 0xFE4F), (0xFF01, 0xFF5E),
    (0xFFE0, 0xFFE2), (0xFFE4, 0xFFE6),
)  # fmt: skip
_NOT_PER_CHARACTER = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in NFKC_PER_CHARACTER) + "]"
)


@cache  # once per process (~10 ms)
def _nfkc_changed() -> tuple[re.Pattern[str], dict[str, str]]:
    """The characters of NFKC_PER_CHARACTER that NFKC changes, as a class, and their NFKC forms."""
    forms = {}
    for lo, hi in NFKC_PER_CHARACTER:
        for code in range(lo, hi + 1):
            char = chr(code)
            form = unicodedata.normalize("NFKC", char)
            if form != char:
                forms[char] = form
    return re.compile("[" + "".join(map(re.escape, forms)) + "]"), forms


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`: for a text of NFKC_PER_CHARACTER characters alone (a
    report's tables and prose), each character that changes is replaced by its form throughout, after one
    scan for them; NFKC itself decomposed and composed the whole text (full-width brackets and colons
    are in every Chinese report), most of the classifier's time. A form is NFKC-normalised, so it holds
    no character another replacement changes: the order of the replacements does not matter."""
    if _NOT_PER_CHARACTER.search(text) is not None:
        return unicodedata.normalize("NFKC", text)
    changed, forms = _nfkc_changed()
    found = changed.findall(text)
    if not found:
        return text
    for char in set(found):
        text = text.replace(char, forms[char])
    return text


@cache  # one entry per distinct character: bounded by Unicode
def fold(char: str) -> str:
    """One character NFKC-normalised (full-width digits and signs made ASCII) where it stays one."""
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


@cache  # once per process (~50 ms)
def _foldable() -> re.Pattern[str]:
    """A character class of every character `fold` may change: those of the Basic Multilingual Plane it
    does change (about 1,800 of 65,536), and any beyond it (rare in reports; `fold` decides each)."""
    changed = []
    for code in range(0x10000):
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) == 1 and folded != char:
            changed.append(code)
    ranges: list[str] = []
    for code in changed:  # consecutive code points as one range
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    spans = "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges
    )
    return re.compile(f"[{spans}\U00010000-\U0010ffff]")


@lru_cache(maxsize=16)
def _dropped(drop: str) -> re.Pattern[str]:
    """Runs of whitespace (and of the characters of `drop`)."""
    return re.compile(rf"[\s{re.escape(drop)}]+" if drop else r"\s+")


def fold_text(text: str) -> str:
    """`text` with every character folded (`fold`); same length, so positions still point at the source.

    Few characters of a report change (full-width punctuation and digits): each distinct one is replaced
    throughout, after one scan for them. `str.translate` with a table of every character looked each one
    up in Python's dict (~90 ns a character: a sixth of a report's narrative time). A folded character
    folds to itself (NFKC is idempotent), so the order of the replacements does not matter, and the search
    goes on after the character just replaced (where a character beyond the BMP that stays as it is may
    stand: the class holds them all)."""
    foldable = _foldable()
    found = foldable.search(text)
    while found is not None:  # each distinct character once, all its places at once (no list of them all)
        char = found.group()
        text = text.replace(char, fold(char))
        found = foldable.search(text, found.start() + 1)
    return text


@lru_cache(maxsize=4096)  # the narrative squashes each sentence about three times; the result is immutable
def squash_mapped(text: str, drop: str = "") -> tuple[str, tuple[int, ...]]:
    """`text` folded, without whitespace (nor the characters of `drop`), with each character's index in
    `text`, so that a match in the squashed text points back at what was printed."""
    # `\s` is str.isspace() (both are Py_UNICODE_ISSPACE), and folding is per character, so removing
    # first and folding after gives what a loop over the characters would.
    dropped = _dropped(drop)
    if dropped.search(text) is None:  # nothing to drop: every character kept where it is
        return fold_text(text), tuple(range(len(text)))
    origin: list[int] = []
    kept_from = 0
    for run in dropped.finditer(text):  # the kept stretches between dropped runs, as ranges
        origin.extend(range(kept_from, run.start()))
        kept_from = run.end()
    origin.extend(range(kept_from, len(text)))
    return fold_text(dropped.sub("", text)), tuple(origin)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The text and the codec used: a byte-order mark, else `declared`, else UTF-8, else GB18030.

    GB18030 is a superset of GBK and GB2312, which is what Chinese pages and files that are not UTF-8
    use. Raises `UnicodeDecodeError` (of the last codec tried) when nothing fits; the caller says what
    to do in its own terms.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    candidates = [declared] if declared else []
    candidates += [c for c in ("utf-8", "gb18030") if c not in candidates]
    error: UnicodeDecodeError | None = None
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            error = exc
        except LookupError:
            continue
    assert error is not None  # utf-8 and gb18030 are always tried
    raise error


def decode_text(data: bytes, what: str) -> tuple[str, str]:
    """`decode`, for a reader: a file that decodes as nothing is refused with what to do."""
    try:
        return decode(data)
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"cannot decode the {what} as UTF-8 or GB18030/GBK (byte {exc.start}); "
            "save it as UTF-8 and run the ingest again"
        ) from None
