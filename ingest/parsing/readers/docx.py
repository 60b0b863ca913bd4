"""Reader for Word (.docx) files, the format most reports are written in.

The body is read in order, paragraphs and tables alike (headers and footers, with their page numbers,
live in other parts of the file and are not read). Table cells are read from the XML: `gridSpan` is a
cell merged across columns, `vMerge` one merged down rows; both are laid out on a grid and written as
the text reader writes them (see `ingest.parsing.readers.grid`). A Word file has no lines, so a block's "line"
is its position in reading order, one per paragraph and one per table cell: the line it would have in
a text export with one paragraph or cell per line.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ingest.parsing import limits
from ingest.parsing.document import Block, Document, Paragraph, ReadError
from ingest.parsing.readers.grid import GridCell, drop_repeated_headers, table_from_grid
from ingest.parsing.readers.spacing import tidy

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
# Text of a paragraph: its runs, hyperlinks and insertions, but not the fallback copy of a text box.
_TEXT = etree.XPath(
    ".//w:t[not(ancestor::mc:Fallback)] | .//w:tab[not(ancestor::w:tabs)] | .//w:br | .//w:cr",
    namespaces=NS,
)


def _q(name: str) -> str:
    return f"{{{W}}}{name}"


def paragraph_text(p: etree._Element) -> str:
    parts = []
    for node in _TEXT(p):
        if node.tag == _q("t"):
            parts.append(node.text or "")
        else:
            parts.append(" " if node.tag == _q("tab") else "\n")
    return tidy("".join(parts))


class _Reader:
    def __init__(self) -> None:
        self.line = 0
        self.blocks: list[Block] = []

    def next_line(self) -> int:
        self.line += 1
        return self.line

    def body(self, parent: etree._Element) -> None:
        for child in parent:
            if child.tag == _q("p"):
                text = paragraph_text(child)
                line = self.next_line()
                if text:
                    self.blocks.append(Paragraph(text, line))
            elif child.tag == _q("tbl"):
                self.table(child)
            elif child.tag == _q("sdt"):
                content = child.find(_q("sdtContent"))
                if content is not None:
                    self.body(content)

    def table(self, tbl: etree._Element) -> None:
        cells: list[GridCell] = []
        open_cells: dict[int, GridCell] = {}  # grid column -> the cell a vertical merge continues
        nested: list[etree._Element] = []
        for r, tr in enumerate(tbl.findall(_q("tr"))):
            before = tr.find(f"{_q('trPr')}/{_q('gridBefore')}")
            col = int(before.get(_q("val"), "0")) if before is not None else 0
            for tc in tr.iter(_q("tc")):
                if tc.getparent() is not tr and tc.getparent().tag != _q("sdtContent"):
                    continue
                props = tc.find(_q("tcPr"))
                span = props.find(_q("gridSpan")) if props is not None else None
                colspan = max(1, int(span.get(_q("val"), "1"))) if span is not None else 1
                merge = props.find(_q("vMerge")) if props is not None else None
                line = self.next_line()
                if merge is not None and merge.get(_q("val"), "continue") == "continue" and col in open_cells:
                    open_cells[col].rowspan = r - open_cells[col].row + 1
                else:
                    paragraphs = [paragraph_text(p) for p in tc.findall(_q("p"))]
                    cell = GridCell("".join(paragraphs), line, r, col, 1, colspan)
                    cells.append(cell)
                    for c in range(col, col + colspan):
                        open_cells.pop(c, None)
                    if merge is not None:
                        open_cells[col] = cell
                nested.extend(tc.findall(_q("tbl")))
                col += colspan
        table = table_from_grid(cells)
        if table.rows:
            self.blocks.append(table)
        for inner in nested:
            self.table(inner)


def _check_sizes(parts: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb from the sizes the archive declares, before any part is inflated."""
    limit = limits.current()
    total = sum(p.file_size for p in parts)
    if total > limit.max_unzipped_mb * limits.MB:
        raise limits.LimitExceeded(
            f"its parts inflate to {total / limits.MB:.0f} MB", "max_unzipped_mb", limit.max_unzipped_mb, "MB"
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > limits.MB and ratio > limit.max_zip_ratio:
            what = f"{part.filename} inflates {ratio:.0f} times (a zip bomb?)"
            raise limits.LimitExceeded(what, "max_zip_ratio", limit.max_zip_ratio, "times")


def read(path: Path, data: bytes) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            _check_sizes(archive.infolist())
    except zipfile.BadZipFile:
        raise ReadError(
            "the file starts like a .docx (a zip archive) but is damaged; download it again"
        ) from None
    if "word/document.xml" not in names:
        raise ReadError(
            "a zip archive that is not a Word .docx (no word/document.xml); if it is a spreadsheet or an "
            "archive of reports, unpack or convert it and put the reports themselves in data/raw/"
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a part that does not inflate or fails its CRC
        raise ReadError(
            f"the Word file is damaged ({exc}); download it again, or open and save it again in Word"
        ) from None
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ReadError(f"cannot open the Word file ({exc}); open and save it again in Word") from None
    reader = _Reader()
    reader.body(document.element.body)
    return Document(str(path), "docx", drop_repeated_headers(reader.blocks), encoding=None)
