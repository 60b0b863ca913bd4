"""The findings page (build/findings/index.html) is one file that needs nothing else, and reads in a browser.

Great Expectations' Data Docs drew their index with scripts from a CDN (blank offline) and wrote a page per
report; this page is written by the checks step (expectations/page.py) and published with the warehouse.
Values below are read by hand from 洪泽区's 2023 report (page 4: 行政复议 10 1 0 0 总计 0, on line 14) and
2024 report (page 1: 受理政府信息公开申请 17 件; its section 三 table: 95).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber
import pytest
from conftest import offline_chromium

EXTERNAL_TAGS = {"script", "link", "img", "iframe", "object", "embed", "audio", "video", "source", "base"}


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.references: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            if name in {"src", "href", "srcset", "action", "poster", "data"} and value is not None:
                self.references.append(value)
            if name == "style" and value:
                self.styles.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False if tag == "style" else self._in_style

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


@pytest.fixture(scope="module")
def page(built) -> str:
    page = built.findings / "index.html"
    assert page.exists(), (
        "the build writes the findings page beside the warehouse (build/findings/index.html)"
    )
    return page.read_text(encoding="utf-8")


def test_the_page_references_nothing_outside_itself(page):
    parsed = _References()
    parsed.feed(page)
    assert not EXTERNAL_TAGS & set(parsed.tags)
    assert parsed.references, "the page links its own sections"
    assert [r for r in parsed.references if not r.startswith("#")] == []
    css = "\n".join(parsed.styles)
    assert "@import" not in css
    urls = re.findall(r"url\(\s*['\"]?([^'\")]*)", css)
    assert urls and all(u.startswith("data:") for u in urls)  # the embedded font only


def test_the_page_lists_each_failed_check_under_its_severity(page):
    warning = page[page.index('id="warning"') : page.index('id="info"')]
    assert "淮安市洪泽区人民政府 · 洪泽区 · 2024" in warning and "reports/2024_hongze.pdf" in warning
    assert "narrative_agrees_with_table.applications_received.count@1020:25" in warning
    errors = page[page.index('id="error"') : page.index('id="quarantine"')]
    assert "error: 0 failed checks in 0 reports" in errors


def _rendered_text(tmp_path: Path, page: Path) -> list[dict]:
    pdf = tmp_path / "findings.pdf"
    offline_chromium(tmp_path / "p", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    with pdfplumber.open(pdf) as document:
        return [{"text": p.extract_text(), "chars": p.chars} for p in document.pages]


def test_chromium_renders_the_findings_readably_offline(built, tmp_path):
    pages = _rendered_text(tmp_path, built.findings / "index.html")
    text = "\n".join(p["text"] for p in pages)
    lines = [re.sub(r"\s+", " ", line) for line in text.splitlines()]
    # 洪泽区 2023, page 4: 行政复议 printed 10 + 1 + 0 + 0 = 11 with 总计 0 (on line 14 of the page).
    assert "洪泽区人民政府 · 洪泽区 · 2023" in lines
    assert "section4_parts_sum_to_total.review 11 0 line 4014" in lines
    # 洪泽区 2024: the text says 17 applications, the table 95 (PDF page 1, line 20).
    flat = re.sub(r"\s+", " ", text)  # a long cell wraps (its lines are read beside the next cell's)
    row = flat[flat.index("narrative_agrees_with_table.applications_received.count@1020:25") :][:160]
    assert "text says 17 (count, line 1020)" in row and re.search(r"tables (line 1020 )?say 95 \(± 0\)", row)
    # The Chinese is drawn with a font that has its glyphs (the one embedded in the page), not a fallback.
    han = [c for p in pages for c in p["chars"] if "\u4e00" <= c["text"] <= "\u9fff"]
    assert han and {c["fontname"].split("+")[-1] for c in han} == {"NotoSansSC-Regular"}
