"""OCR of scanned pages and images (ingest.parsing.readers.ocr), on scans made here from the real PDFs.

A scan costs seconds a page to read, so `make test` reads three pages: 淮安市 2024's page 3 (section 二)
as a PNG file tilted 0.7° and as a scanned page inside the text-layer PDF, and nothing more; the full
scan set runs in `make bench` (bench/ocr_speed.py). The expected values are the ones read by hand from
the original PDF (tests/test_pdf_samples.py).
"""

from __future__ import annotations

import pytest
from conftest import REPORTS
from scans.make_scans import encode, scan, with_scanned_pages
from test_pdf_samples import SAMPLES

from ingest.parsing.document import ReadError, Table
from ingest.parsing.parse import parse_file
from ingest.parsing.readers import ocr, read_document

HUAIAN = REPORTS / "2024_huaian.pdf"
SECTION2 = SAMPLES["2024_huaian.pdf"]["section2"]


@pytest.fixture
def ocr_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ocr.SWITCH, "1")


def test_a_tilted_noisy_page_image_gives_the_printed_table(tmp_path, ocr_on) -> None:
    image = scan(HUAIAN.read_bytes(), 2, dpi=150, tilt=0.7)
    path = tmp_path / "page3.png"
    path.write_bytes(encode(image, "png"))
    document = read_document(path)
    assert document.source_format == "image"
    rows = [[c.text for c in row] for b in document.blocks if isinstance(b, Table) for row in b.rows]
    assert ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"] in rows
    issued, repealed, in_force = (SECTION2["regulations", k] for k in ("issued", "repealed", "in_force"))
    assert ["规章", str(issued), str(repealed), str(in_force)] in rows
    docs = [SECTION2["normative_documents", k] for k in ("issued", "repealed", "in_force")]
    assert ["行政规范性文件", *map(str, docs)] in rows
    assert ["行政许可", str(SECTION2["licensing", "decisions"])] in rows


def test_the_tilt_is_measured_and_turned_back() -> None:
    import cv2

    for angle in (-1.0, 0.4, 1.0):
        gray = cv2.cvtColor(scan(HUAIAN.read_bytes(), 2, dpi=150, tilt=angle), cv2.COLOR_RGB2GRAY)
        assert ocr.tilt(gray) == pytest.approx(-angle, abs=0.1)


def test_a_pdf_with_a_scanned_page_reads_each_page_by_its_kind(tmp_path, ocr_on) -> None:
    path = tmp_path / "2024_huaian.pdf"
    path.write_bytes(with_scanned_pages(HUAIAN.read_bytes(), [2], dpi=200, tilt=-0.5))
    result = parse_file(path.name, path)
    assert result.report is not None, result.message
    # page 3 (scanned) holds section 二's first rows up to 行政许可, page 4 (text) the rest
    values = {(v.cell[1], v.cell[2]): v.value for v in result.report.values if v.cell[0] == "2"}
    assert values == SECTION2


def test_without_the_switch_a_scan_is_rejected_with_what_to_do(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(ocr.SWITCH, raising=False)
    path = tmp_path / "page.jpg"
    path.write_bytes(encode(scan(HUAIAN.read_bytes(), 0, dpi=150), "jpg"))
    with pytest.raises(ReadError, match="NIANBAO_OCR=1"):
        read_document(path)
