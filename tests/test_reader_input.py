"""What the HTML, Word and PDF readers keep and drop, and the files they refuse, with what to do."""

from __future__ import annotations

import io
import re
import shutil
import zipfile

import pypdfium2 as pdfium
import pytest
from conftest import REPORTS, SEED_NAMES, query, seed_text
from expected import expected_values
from fixtures.layout import layout, title_of
from fixtures.make_pdf import FONT
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest.parsing.readers import read_document

LANSHAN = "2021_lanshan.txt"


def _pdf(pages: list[str | None]) -> bytes:
    """A PDF whose pages are text (a string) or a scanned image (None)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    scan = Image.new("RGB", (600, 850), "white")
    for page in pages:
        if page is None:
            c.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
        else:
            c.setFont("Helvetica", 12)
            c.drawString(72, 700, page)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _files(db):
    return dict(
        query(db, "select regexp_extract(source_path, '[^/]+$'), status || ': ' || message from raw.files")
    )


def test_scanned_pdf_is_rejected_as_needing_ocr_and_the_others_load(raw_dir, run_ingest):
    (raw_dir / "scan.pdf").write_bytes(_pdf([None, None]))
    (raw_dir / "half_scan.pdf").write_bytes(_pdf(["Annual report 2021", None, "page three"]))
    (raw_dir / LANSHAN).write_text(seed_text(LANSHAN), encoding="utf-8")
    summary, printed = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert (summary.counts["rejected"], summary.counts["loaded"]) == (2, 1)
    files = _files(db)
    assert files["scan.pdf"].startswith("rejected: cannot read: no text layer in pages 1, 2 of 2")
    assert "pages 2 of 3" in files["half_scan.pdf"]
    for name in ("scan.pdf", "half_scan.pdf"):
        assert "needs OCR" in files[name] and "Nothing was loaded" in files[name]
        assert name in printed
    assert query(db, "select count(*) from raw.reports") == [(1,)]


def test_a_photo_page_in_a_report_with_text_tables_is_just_a_photo(raw_dir, run_ingest, published):
    report = pdfium.PdfDocument(published[(LANSHAN, "pdf")])
    report.import_pages(pdfium.PdfDocument(_pdf([None])), index=1)
    buffer = io.BytesIO()
    report.save(buffer)
    (raw_dir / "with_photo.pdf").write_bytes(buffer.getvalue())
    summary, _ = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert summary.counts["loaded"] == 1
    rows = query(
        db, "select section, row_code, col_code, value from raw.report_values where missing_reason is null"
    )
    assert {(s, r, c): v for s, r, c, v in rows} == expected_values(LANSHAN)


@pytest.mark.parametrize(
    "name,data,says",
    [
        ("broken.pdf", b"%PDF-1.7\n1 0 obj<<>>\ntruncated", "cannot open the PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "is damaged"),
        ("sheet.docx", None, "a spreadsheet (Excel .xlsx), not a report"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "save it as .docx or PDF"),
        ("empty.html", b"<html><body>   </body></html>", "not an annual report"),
    ],
)
def test_unreadable_files_are_rejected_with_what_to_do(raw_dir, run_ingest, name, data, says):
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
        data = buffer.getvalue()
    (raw_dir / name).write_bytes(data)
    (raw_dir / LANSHAN).write_text(seed_text(LANSHAN), encoding="utf-8")
    summary, printed = run_ingest(raw_dir)
    assert (summary.counts["rejected"], summary.counts["loaded"]) == (1, 1)
    status = _files(raw_dir.parent / "warehouse.duckdb")[name]
    assert status.startswith("rejected: ") and says in status
    assert name in printed


def test_html_drops_the_portal_and_keeps_the_report(published):
    doc = read_document(published[(LANSHAN, "html")])
    text = doc.text()
    chrome = (
        "当前位置",
        "主办单位",
        "分享到",
        "网站标识码",
        "浏览次数",
        "document.write",
        "本站更新于",
        "打印本页",
    )
    for words in chrome:
        assert words not in text, words
    assert [p.text for p in doc.paragraphs[:2]] == ["临沂市兰山区", "2021年政府信息公开工作年度报告"]
    assert doc.paragraphs[-1].text == "（五）本机关无其他需要报告的事项"
    # The narrative's own small table stays (it is the report's), the sidebar's does not.
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [["栏目", "条数"], ["通知公告", "312"]]


def test_html_rows_read_as_the_text_rows(published):
    """rowspan/colspan laid out the way the text reader writes merged cells, row for row."""
    text_doc = read_document(REPORTS / LANSHAN)
    for fmt in ("html", "docx"):
        doc = read_document(published[(LANSHAN, fmt)])
        template_tables = [t for t in doc.tables if len(t.rows) > 2]
        assert [[[c.text for c in row] for row in t.rows] for t in template_tables] == [
            [[c.text for c in row] for row in t.rows] for t in text_doc.tables
        ], fmt


def test_html_layout_tables_and_h1_title(published, tmp_path):
    """A page laid out with nested tables whose report body has no title of its own: the h1 stands in."""
    page = published[("2021_changle_office.txt", "html")].read_bytes().decode("gbk")
    body_title = '<p style="text-align: center;"><strong>昌乐县人民政府办公室</strong></p>'
    assert page.count("<table") > 5 and body_title in page
    page = page.replace(body_title, "").replace(
        '<p style="text-align: center;"><strong>2021年政府信息公开工作年度报告</strong></p>', ""
    )
    path = tmp_path / "changle.html"
    path.write_bytes(page.encode("gbk", errors="xmlcharrefreplace"))
    doc = read_document(path)
    assert doc.paragraphs[0].text == "昌乐县人民政府办公室2021年政府信息公开工作年度报告"
    assert doc.encoding == "gb18030"


def test_html_with_a_wrong_charset_declaration_is_still_read(raw_dir, run_ingest, published):
    """A page that declares gb2312 but was saved as UTF-8 (a common portal mistake)."""
    page = published[(LANSHAN, "html")].read_bytes().decode("gbk")
    (raw_dir / "utf8.html").write_bytes(page.encode("utf-8"))
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert query(db, "select encoding, jurisdiction_zh from raw.reports") == [("utf-8", "兰山区")]
    rows = query(
        db, "select section, row_code, col_code, value from raw.report_values where missing_reason is null"
    )
    assert {(s, r, c): v for s, r, c, v in rows} == expected_values(LANSHAN)


def test_html_sniffed_by_content_under_another_extension(raw_dir, run_ingest, published):
    shutil.copy(published[(LANSHAN, "html")], raw_dir / "lanshan.txt")
    run_ingest(raw_dir)
    assert query(raw_dir.parent / "warehouse.duckdb", "select source_format from raw.reports") == [("html",)]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_pdf_drops_page_numbers_running_titles_and_repeated_headers(published, name):
    doc = read_document(published[(name, "pdf")])
    running_title = title_of(layout(name))  # printed at the top of every page after the first
    texts = [p.text for p in doc.paragraphs]
    assert not [t for t in texts if t == running_title or re.fullmatch(r"-\s*\d+\s*-", t)]
    assert len(doc.tables) == 3  # sections 二, 三, 四, each one table across its page breaks
    for table in doc.tables:
        header_cells = [c.text for row in table.rows for c in row if c.text in ("申请人情况", "行政复议")]
        assert len(header_cells) <= 1, "a header row repeated after a page break is dropped"


def test_pdf_label_cut_by_a_page_break_is_joined(published):
    """Lanshan's PDF breaks the page inside （四）无法提供, whose text runs on: （四）无 | 法提供."""
    doc = read_document(published[(LANSHAN, "pdf")])
    rows = [[c.text for c in row] for row in doc.tables[1].rows]
    (at,) = [i for i, row in enumerate(rows) if "1.本机关不掌握相关政府信息" in row]
    assert rows[at][:2] == ["", "（四）无法提供"]
    assert rows[at + 1][:3] == ["", "", "2.没有现成信息需要另行制作"]
    assert doc.tables[1].rows[at + 1][-1].line // 1000 == doc.tables[1].rows[at][-1].line // 1000 + 1


def test_pdf_fake_bold_text_drawn_twice_is_read_once(tmp_path):
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont(FONT, 14)
    for dx in (0.0, 0.3, 0.6):  # "fake bold": the same text drawn again a fraction of a point aside
        c.drawString(72 + dx, 700, "二、主动公开政府信息情况")
    c.save()
    path = tmp_path / "bold.pdf"
    path.write_bytes(buffer.getvalue())
    assert [p.text for p in read_document(path).paragraphs] == ["二、主动公开政府信息情况"]
