"""The PDFium page reader (ingest.parsing.readers.pdfium) against pdfplumber's reading of the same PDFs.

The table logic of ingest.parsing.readers.pdf is the same for both: what must agree is what each gives it. The
three published PDFs and the four fixture PDFs give the same Document either way (tables, paragraphs and
line numbers), except where pdfminer misses a character that the seed text holds ('£', '©', '«', 'ﬁ' of
罗庄区's garbled OCR lines, dropped or printed as spaces by pdfminer); their hand-read values are asserted in
test_pdf_samples.py and test_formats.py, through this reader.
"""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from conftest import REPORTS, SEED_NAMES, seed_text
from fixtures.make_pdf import make_pdf
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from ingest.parsing.document import Paragraph, Table
from ingest.parsing.readers import pdf

SAMPLES = ["2024_huaian.pdf", "2023_hongze.pdf", "2024_hongze.pdf"]


def _no_plumber(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber unavailable: a reading that falls back to it fails instead of passing unseen."""

    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber was used")

    monkeypatch.setattr(pdfplumber, "open", refuse)


@pytest.mark.parametrize("name", SAMPLES)
def test_published_pdfs_read_the_same_through_pdfium(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = REPORTS / name
    data = path.read_bytes()
    expected = pdf._read_plumber(path, data).blocks
    _no_plumber(monkeypatch)
    got = pdf.read(path, data).blocks
    assert got == expected
    assert sum(isinstance(b, Table) for b in got) >= 3  # sections 二, 三 and 四


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_fixture_pdfs_read_the_same_through_pdfium(seed: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_pdf(seed)
    path = Path(seed.replace(".txt", ".pdf"))
    expected = pdf._read_plumber(path, data).blocks
    _no_plumber(monkeypatch)
    got = pdf.read(path, data).blocks
    assert [b for b in got if isinstance(b, Table)] == [b for b in expected if isinstance(b, Table)]
    assert [b.line for b in got] == [b.line for b in expected]
    differ = [(a.text, b.text) for a, b in zip(got, expected, strict=True) if a != b]
    seed_chars = set(unicodedata.normalize("NFKC", seed_text(seed)))
    for ours, theirs in differ:  # only characters that pdfminer missed and the seed prints (£ © « ﬁ)
        extra = Counter(unicodedata.normalize("NFKC", ours.replace(" ", ""))) - Counter(
            theirs.replace(" ", "")
        )
        assert extra and set(extra) <= seed_chars, (ours, theirs)
    assert len(differ) <= (len(got) // 10 if seed == "2021_luozhuang.txt" else 0)


def _pdf(draw) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = canvas.Canvas(out)
    draw(c)
    c.save()
    return out.getvalue()


def test_one_character_strings_of_an_unembedded_chinese_font_are_read(monkeypatch) -> None:
    """PDFium drops a one-character string of a font it has no glyphs for: its CJK fonts are set."""

    def draw(c) -> None:
        c.setFont("STSong-Light", 10)
        for k, text in enumerate(["结", "果", "维持原状", "。"]):
            c.drawString(100, 700 - 20 * k, text)

    _no_plumber(monkeypatch)
    blocks = pdf.read(Path("one.pdf"), _pdf(draw)).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["结果维持原状。"]


def test_a_rotated_page_is_read_by_pdfplumber() -> None:
    def draw(c) -> None:
        c.setPageRotation(90)
        c.setFont("STSong-Light", 10)
        c.drawString(100, 700, "旋转的页面")

    blocks = pdf.read(Path("rotated.pdf"), _pdf(draw)).blocks
    assert [b.text for b in blocks] == ["旋转的页面"]


def test_pdfplumber_cross_checks_a_report_whose_table_fails_an_identity(monkeypatch) -> None:
    """洪泽区 2023 prints section 四 totals of 0 over parts that are not: pdfplumber is asked, and agrees."""
    from dataclasses import replace

    from ingest.parsing.parse import parse_file

    calls: list[Path] = []
    original = pdf._read_plumber

    def plumber(path: Path, data: bytes):
        calls.append(path)
        return original(path, data)

    monkeypatch.setattr(pdf, "_read_plumber", plumber)
    result = parse_file("2023_hongze.pdf", REPORTS / "2023_hongze.pdf")
    assert calls and not any("cross-check" in w for w in result.report.warnings)
    calls.clear()
    parse_file("2024_huaian.pdf", REPORTS / "2024_huaian.pdf")
    assert calls == []  # every identity holds: no second reading

    def misread(path: Path, data: bytes):  # pdfplumber reading 10 as 16 (section 四 review upheld: 10)
        doc = original(path, data)
        blocks = [
            Table([[replace(c, text="16") if c.text == "10" else c for c in row] for row in b.rows])
            if isinstance(b, Table)
            else b
            for b in doc.blocks
        ]
        return replace(doc, blocks=blocks)

    monkeypatch.setattr(pdf, "_read_plumber", misread)
    result = parse_file("2023_hongze.pdf", REPORTS / "2023_hongze.pdf")
    found = [w for w in result.report.warnings if w.startswith("cross-check")]
    assert len(found) == 1 and "4/review/upheld 10 (pdfplumber 16)" in found[0]
