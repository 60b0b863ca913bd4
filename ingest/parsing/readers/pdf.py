"""Reader for PDF files with a text layer.

A PDF has no paragraphs or tables, only characters and lines at positions, so the reader rebuilds them:

- Tables come from the ruling lines that are drawn. Filled rectangles without a stroke are not rulings
  (word processors put invisible white ones behind prose, which would turn paragraphs into one-column
  "tables"), and a table cut by a page break is closed where its vertical rulings end, because its
  last or first row often has no ruling there. Cells are laid out on a grid (see
  `ingest.parsing.readers.grid`); a one-column "table" is a framed paragraph and is read as text.
- A table that ends one page and starts the next, at the same width, is one table: header rows it
  repeats are dropped, and a merged label cell cut by the break ("（四）无" | "法提供") is joined again.
- Page numbers ("- 3 -", "第3页") and running headers or footers (the same text in the margin of most
  pages) are dropped. The other lines become paragraphs: a new one starts at an indented or centred
  line, after a line that stops short of the right margin, or after a wider gap.

A PDF without a text layer (a scan) is rejected: it needs OCR first. A block's "line" is page-derived:
page * 1000 + the position of its text line or table row on that page, counted from the top
(4012 = page 4, 12th line).
"""

from __future__ import annotations

import io
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

import pdfplumber
from pdfminer import pdftypes
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ingest.parsing import limits
from ingest.parsing.document import Block, Document, Paragraph, ReadError
from ingest.parsing.readers import ocr, pdfium
from ingest.parsing.readers.grid import (
    GridCell,
    drop_repeated_headers,
    repeated_header_count,
    table_from_grid,
    value_start,
)
from ingest.parsing.readers.spacing import is_wide, join_pieces
from ingest.parsing.text import NUMBERED, squash

LINE_STRIDE = 1000
_PAGE_NUMBER = re.compile(
    r"^[-－—–\s]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+(?:\s*/\s*\d+)?)[-－—–\s]*$"
)
_MARGIN = 0.1  # share of the page height at the top and bottom where headers and footers live
_SAME_X = 3.0  # points: rulings this close are one column boundary
_FEW_CHARS = 20  # a page with fewer characters over a page-sized image is a picture (a page number on a scan)
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    line: int = 0


@dataclass
class _PageTable:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    xs: list[float]  # column boundaries
    row_tops: list[float]
    cells: list[GridCell] = field(default_factory=list)
    end_page: int = 0  # the page of its last part, once continued on later pages

    @property
    def n_rows(self) -> int:
        return len(self.row_tops)


def _visible(obj: dict) -> bool:
    """Drop filled rectangles without a stroke unless thin enough to be a ruling drawn as a rectangle."""
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return True
    width, height = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
    return bool(obj.get("fill")) and min(width, height) <= 2


def _dedupe(chars: list[dict]) -> list[dict]:
    """Drop characters drawn twice at (almost) the same place, as "fake bold" text is drawn.

    pdfplumber's dedupe_chars does this too, at a third of the page's reading time.
    """
    kept: list[dict] = []
    window: list[dict] = []  # kept characters of the same text less than 1pt to the left
    for char in sorted(chars, key=lambda c: (c["text"], c["x0"])):
        window = [k for k in window if k["text"] == char["text"] and char["x0"] - k["x0"] < 1]
        if any(abs(k["top"] - char["top"]) < 1 for k in window):
            continue
        window.append(char)
        kept.append(char)
    return kept


def _closing_edges(edges: list[dict]) -> list[dict]:
    """Horizontal rulings where each group of vertical rulings starts and ends (a table cut by a page)."""
    verticals = sorted(
        (e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= 3), key=lambda e: e["top"]
    )
    groups: list[list[dict]] = []
    for edge in verticals:
        if groups and edge["top"] <= max(e["bottom"] for e in groups[-1]) + 2:
            groups[-1].append(edge)
        else:
            groups.append([edge])
    out = []
    for group in groups:
        if len({round(e["x0"]) for e in group}) < 2:
            continue
        x0, x1 = min(e["x0"] for e in group), max(e["x0"] for e in group)
        for y in (min(e["top"] for e in group), max(e["bottom"] for e in group)):
            out.append(
                {
                    "object_type": "line",
                    "x0": x0,
                    "x1": x1,
                    "top": y,
                    "bottom": y,
                    "width": x1 - x0,
                    "height": 0,
                    "orientation": "h",
                }
            )
    return out


def _boundaries(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SAME_X:
            out.append(v)
    return out


def _index(boundaries: list[float], value: float) -> int:
    return min(range(len(boundaries)), key=lambda i: abs(boundaries[i] - value))


def _line_text(chars: list[dict]) -> str:
    """One visual line: characters left to right, a space only where a gap separates two Latin ones."""
    out = ""
    previous = None
    for char in sorted(chars, key=lambda c: c["x0"]):
        text = char["text"]
        if previous is not None and out and text.strip():
            gap = char["x0"] - previous["x1"]
            if gap > 0.3 * char["size"] and not is_wide(out[-1]) and not is_wide(text[0]):
                out += " "
        out += text
        previous = char
    return out


def _cluster_lines(chars: list[dict]) -> list[list[dict]]:
    """Group characters into visual lines by their vertical centre."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        centre = (char["top"] + char["bottom"]) / 2
        if lines:
            first = lines[-1][0]
            if abs(centre - (first["top"] + first["bottom"]) / 2) <= 0.4 * max(first["size"], char["size"]):
                lines[-1].append(char)
                continue
        lines.append([char])
    return lines


def _ocr_reading(chars: list[dict]) -> tuple[float, bool] | None:
    """A cell read by OCR: its lowest character confidence, and whether every box was read the same twice."""
    scores = [c["score"] for c in chars if "score" in c]
    if not scores:
        return None
    return min(scores), all(c.get("read_twice", False) for c in chars)


def _cell_text(chars: list[dict]) -> str:
    return join_pieces([_line_text(line) for line in _cluster_lines(chars)])


def _is_image_page(page, chars: list[dict]) -> bool:
    """A page that is a picture with (almost) no text on it: a scan, or a photo."""
    covered = sum((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) for i in page.images)
    return len(chars) < _FEW_CHARS and covered >= 0.5 * page.width * page.height


def _read_page(page, number: int) -> tuple[list[_Line], list[_PageTable], bool]:
    """Lines and tables of one page, and whether the page is a picture without text."""
    visible = page.filter(_visible)
    chars = _dedupe([c for c in visible.chars if c["text"].strip()])
    image_page = _is_image_page(page, chars)
    if not chars:
        return [], [], image_page
    settings = dict(_TABLE_SETTINGS, explicit_horizontal_lines=_closing_edges(visible.edges))
    tables: list[_PageTable] = []
    claimed: set[int] = set()
    for found in visible.find_tables(settings):
        boxes = found.cells
        xs = _boundaries([b[0] for b in boxes] + [b[2] for b in boxes])
        ys = _boundaries([b[1] for b in boxes] + [b[3] for b in boxes])
        if len(xs) < 3:
            continue  # one column: a framed paragraph, read as text
        x0, top, x1, bottom = found.bbox
        table = _PageTable(number, top, bottom, x0, x1, xs, ys[:-1], end_page=number)
        inside: dict[int, list[dict]] = {}
        for i, char in enumerate(chars):
            cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
            if not (x0 <= cx <= x1 and top <= cy <= bottom):
                continue
            for k, (bx0, btop, bx1, bbottom) in enumerate(boxes):
                if bx0 <= cx <= bx1 and btop <= cy <= bbottom:
                    inside.setdefault(k, []).append(char)
                    claimed.add(i)
                    break
        for k, (bx0, btop, bx1, bbottom) in enumerate(boxes):
            row, col = _index(ys, btop), _index(xs, bx0)
            cell = GridCell(_cell_text(inside.get(k, [])), 0, row, col, ocr=_ocr_reading(inside.get(k, [])))
            cell.rowspan = max(1, _index(ys, bbottom) - row)
            cell.colspan = max(1, _index(xs, bx1) - col)
            table.cells.append(cell)
        tables.append(table)
    lines = []
    for group in _cluster_lines([c for i, c in enumerate(chars) if i not in claimed]):
        lines.append(
            _Line(
                page=number,
                top=min(c["top"] for c in group),
                bottom=max(c["bottom"] for c in group),
                x0=min(c["x0"] for c in group),
                x1=max(c["x1"] for c in group),
                size=median(c["size"] for c in group),
                text=_line_text(group),
            )
        )
    _number_lines(number, lines, tables)
    return lines, tables, image_page


def _number_lines(page: int, lines: list[_Line], tables: list[_PageTable]) -> None:
    """Page-derived line numbers: text lines and table rows counted from the top of the page."""
    positions = sorted(
        [(line.top, 0, i, 0) for i, line in enumerate(lines)]
        + [(top, 1, t, r) for t, table in enumerate(tables) for r, top in enumerate(table.row_tops)]
    )
    numbers = {(kind, i, r): page * LINE_STRIDE + n for n, (_, kind, i, r) in enumerate(positions, start=1)}
    for i, line in enumerate(lines):
        line.line = numbers[(0, i, 0)]
    for t, table in enumerate(tables):
        for cell in table.cells:
            cell.line = numbers[(1, t, cell.row)]


def _margin_lines(lines: list[_Line], heights: dict[int, float]) -> set[int]:
    """Page numbers, and running headers or footers: margin text repeated on most pages (digits aside)."""
    in_margin = [
        line
        for line in lines
        if line.top < _MARGIN * heights[line.page] or line.bottom > (1 - _MARGIN) * heights[line.page]
    ]
    drop = {id(line) for line in in_margin if _PAGE_NUMBER.match(line.text)}
    pages: dict[str, set[int]] = {}
    for line in in_margin:
        pages.setdefault(re.sub(r"\d+", "#", squash(line.text)), set()).add(line.page)
    for line in in_margin:
        seen = pages[re.sub(r"\d+", "#", squash(line.text))]
        if len(seen) >= 2 and len(seen) >= 0.5 * len(heights):
            drop.add(id(line))
    return drop


def _within(xs: list[float], grid: list[float]) -> bool:
    return all(any(abs(x - y) <= 2 * _SAME_X for y in grid) for x in xs)


def _regrid(table: _PageTable, grid: list[float]) -> None:
    """Put a table's cells on a finer grid of column boundaries that includes its own."""
    for cell in table.cells:
        start, end = _index(grid, table.xs[cell.col]), _index(grid, table.xs[cell.col + cell.colspan])
        cell.col, cell.colspan = start, max(1, end - start)
    table.xs = grid


def _continue_table(a: _PageTable, b: _PageTable) -> bool:
    """Append `b`, the part of a table on the next page, to `a`; False if its columns do not line up.

    The parts line up when one's column boundaries are among the other's (a part can have fewer: a page
    holding only rows merged across columns).
    """
    grid = a.xs if len(a.xs) >= len(b.xs) else b.xs
    if not (_within(a.xs, grid) and _within(b.xs, grid)):
        return False
    _regrid(a, grid)
    _regrid(b, grid)
    repeated = repeated_header_count(table_from_grid(a.cells), table_from_grid(b.cells))
    rest: list[GridCell] = []
    for cell in b.cells:
        end = cell.row + cell.rowspan
        if end <= repeated:
            continue
        if cell.row < repeated:
            cell.rowspan, cell.row = end - repeated, repeated
        cell.row -= repeated
        rest.append(cell)
    # Label cells cut by the page break: an empty top cell continues the cell above it, and so does a
    # fragment of text that is not a new numbered label ("（四）无" above, "法提供" below).
    labels_end = value_start(a.cells)
    for cell in sorted((c for c in rest if c.row == 0), key=lambda c: c.col):
        if labels_end is None or cell.col >= labels_end:
            break
        above = next(
            (
                c
                for c in a.cells
                if c.col == cell.col and c.colspan == cell.colspan and c.row + c.rowspan == a.n_rows
            ),
            None,
        )
        if above is None:
            break
        if cell.text and not (above.text and NUMBERED.match(above.text) and not NUMBERED.match(cell.text)):
            break
        above.text += cell.text
        above.rowspan += cell.rowspan
        rest.remove(cell)
    for cell in rest:
        cell.row += a.n_rows
    a.cells.extend(rest)
    a.row_tops.extend(b.row_tops[repeated:])
    a.end_page = b.page
    return True


def _margins(lines: list[_Line]) -> tuple[float, float]:
    """The body's left margin (the commonest line start) and right margin (where full lines end)."""
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    ends = sorted(line.x1 for line in lines)
    return left, ends[int(0.9 * (len(ends) - 1))]


def _starts_paragraph(previous: _Line | None, line: _Line, left: float, right: float) -> bool:
    if previous is None:
        return True
    return (
        abs(line.size - previous.size) > 1.5
        or line.x0 > left + 0.5 * line.size
        or previous.x1 < right - 1.2 * previous.size
        or (line.page == previous.page and line.top - previous.bottom > 1.2 * max(line.size, previous.size))
    )


def _assemble(items: list[_Line | _PageTable]) -> list[Block]:
    """Paragraphs from lines, tables continued across pages joined; in reading order."""
    lines = [i for i in items if isinstance(i, _Line)]
    left, right = _margins(lines) if lines else (0.0, 0.0)
    first_on_page = {id(i) for n, i in enumerate(items) if n == 0 or items[n - 1].page != i.page}
    last_on_page = {id(i) for n, i in enumerate(items) if n == len(items) - 1 or items[n + 1].page != i.page}
    out: list[Paragraph | _PageTable] = []
    paragraph: list[_Line] = []

    def flush() -> None:
        if paragraph:
            out.append(Paragraph(join_pieces([line.text for line in paragraph]), paragraph[0].line))
            paragraph.clear()

    last_part: _PageTable | None = None
    for item in items:
        if isinstance(item, _PageTable):
            flush()
            table = out[-1] if out and isinstance(out[-1], _PageTable) else None
            if (
                table is not None
                and last_part is not None
                and id(last_part) in last_on_page
                and id(item) in first_on_page
                and item.page == table.end_page + 1
                and abs(item.x0 - table.x0) <= 6
                and abs(item.x1 - table.x1) <= 6
                and _continue_table(table, item)
            ):
                last_part = item
                continue
            out.append(item)
            last_part = item
            continue
        if _starts_paragraph(paragraph[-1] if paragraph else None, item, left, right):
            flush()
        paragraph.append(item)
    flush()
    blocks: list[Block] = []
    for block in out:
        if isinstance(block, _PageTable):
            table = table_from_grid(block.cells)
            if table.rows:
                blocks.append(table)
        else:
            blocks.append(block)
    return drop_repeated_headers(blocks)


_CHUNK = 8 * 1024 * 1024


class _BoundedZlib:
    """zlib for pdfminer, with a bound on what one stream may inflate to (NIANBAO_MAX_PDF_STREAM_MB).

    pdfminer inflates a stream whole (`zlib.decompress`) before anything can look at it, so a 1 MB flate
    bomb would take gigabytes; this stops at the bound instead, with LimitExceeded.
    """

    error = zlib.error

    @staticmethod
    def _limit() -> int:
        return int(limits.current().max_pdf_stream_mb * limits.MB)

    @classmethod
    def _exceeded(cls) -> limits.LimitExceeded:
        mb = limits.current().max_pdf_stream_mb
        return limits.LimitExceeded("a stream of the PDF inflates", "max_pdf_stream_mb", mb, "MB")

    @classmethod
    def decompress(cls, data: bytes) -> bytes:
        """zlib.decompress, in chunks: a bomb is stopped once past the bound, holding no more than it."""
        inflater, chunks, total, pending = zlib.decompressobj(), [], 0, data
        while True:
            out = inflater.decompress(pending, _CHUNK)
            total += len(out)
            if total > cls._limit():
                raise cls._exceeded()
            chunks.append(out)
            pending = inflater.unconsumed_tail
            if not pending:
                break
        chunks.append(inflater.flush())
        if not inflater.eof and data:
            raise zlib.error("incomplete or truncated stream")  # what zlib.decompress says
        return b"".join(chunks)

    @classmethod
    def decompressobj(cls) -> _BoundedInflater:
        return _BoundedInflater(cls)


class _BoundedInflater:
    """A zlib decompressobj that counts what it has produced (pdfminer's path for damaged streams)."""

    def __init__(self, owner: type[_BoundedZlib]) -> None:
        self._inflater = zlib.decompressobj()
        self._owner = owner
        self._produced = 0

    def decompress(self, data: bytes) -> bytes:
        out = self._inflater.decompress(data, self._owner._limit() + 1 - self._produced)
        self._produced += len(out)
        if self._produced > self._owner._limit():
            raise self._owner._exceeded()
        return out


pdftypes.zlib = _BoundedZlib  # every stream pdfminer decodes goes through the bound

_STREAM = re.compile(rb"stream\r?\n")


def _bound_streams(data: bytes) -> None:
    """LimitExceeded if a flate stream of the file inflates past the bound, before PDFium reads it.

    PDFium inflates streams whole and cannot be given a bound, so each zlib stream is inflated here first,
    in chunks that are counted and dropped (a few milliseconds for a report).
    """
    limit = _BoundedZlib._limit()
    for match in _STREAM.finditer(data):
        start = match.end()
        head = data[start : start + 2]
        if len(head) < 2 or head[0] & 0x0F != 8 or (head[0] << 8 | head[1]) % 31:
            continue  # not a zlib stream
        end = data.find(b"endstream", start)
        inflater, total = zlib.decompressobj(), 0
        pending = data[start : end if end >= 0 else len(data)]
        try:
            while pending and not inflater.eof:
                total += len(inflater.decompress(pending, _CHUNK))
                if total > limit:
                    raise _BoundedZlib._exceeded()
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # damaged: the readers say so


def _limit_exceeded(exc: BaseException) -> limits.LimitExceeded | None:
    """The LimitExceeded behind an exception pdfplumber wrapped, if that is what it is."""
    while exc is not None:
        if isinstance(exc, limits.LimitExceeded):
            return exc
        inner = [a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)]
        exc = exc.__cause__ or exc.__context__ or (inner[0] if inner else None)
    return None


def read(path: Path, data: bytes) -> Document:
    try:
        return _read(path, data)
    except Exception as exc:
        if (exceeded := _limit_exceeded(exc)) is not None:
            raise exceeded from None
        raise


def _read(path: Path, data: bytes) -> Document:
    """PDFium's reading; pdfplumber's for a page PDFium does not read as pdfminer does, and for a file
    PDFium cannot open (pdfplumber's error names what is wrong)."""
    _bound_streams(data)
    try:
        document = pdfium.open_pdf(data)
    except pdfium.PdfiumError:
        return _read_plumber(path, data)
    plumber: list = []

    def plumber_page(index: int):
        if not plumber:
            plumber.append(pdfplumber.open(io.BytesIO(data)))
        return plumber[0].pages[index]

    def ocr_page(index: int) -> pdfium.Page:
        return ocr.read_pdf_page(document, index)

    try:
        return _read_pages(
            path, pdfium.read_pages(document, plumber_page), ocr_page if ocr.enabled() else None
        )
    except (PdfminerException, MalformedPDFException, PSException) as exc:
        raise ReadError(
            f"cannot read the PDF ({type(exc).__name__}: {exc}); the file may be damaged, download it again"
        ) from None
    finally:
        document.close()
        for pdf in plumber:
            pdf.close()


def _read_plumber(path: Path, data: bytes) -> Document:
    """The reading through pdfplumber: for what PDFium does not read, and as a cross-check."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds: damaged, truncated, encrypted
        raise ReadError(
            f"cannot open the PDF ({type(exc).__name__}: {exc}); check that the file is complete and not "
            "password-protected (download it again, or print it to a new PDF)"
        ) from None
    try:
        with pdf:
            return _read_pages(path, pdf.pages)
    except (PdfminerException, MalformedPDFException, PSException) as exc:
        raise ReadError(
            f"cannot read the PDF ({type(exc).__name__}: {exc}); the file may be damaged, download it again"
        ) from None


def _read_pages(
    path: Path, pages: Iterable, ocr_page: Callable[[int], pdfium.Page] | None = None, fmt: str = "pdf"
) -> Document:
    """The document from its pages, each pdfplumber's or PDFium's (`ingest.parsing.readers.pdfium.Page`); a
    page
    that is a picture is read by OCR (`ocr_page(index)`) where that is switched on."""
    items: list[_Line | _PageTable] = []
    heights: dict[int, float] = {}
    pictures: list[int] = []
    read_by_ocr: list[int] = []
    for number, page in enumerate(pages, start=1):
        heights[number] = float(page.height)
        lines, tables, image_page = _read_page(page, number)
        if image_page and ocr_page is not None:
            lines, tables, _ = _read_page(ocr_page(number - 1), number)
            read_by_ocr.append(number)
        elif image_page:
            pictures.append(number)
        items.extend(sorted([*lines, *tables], key=lambda i: i.top))
    # Scanned: no text at all, or pages that are pictures and no table read anywhere (a report whose
    # tables are pictures). A photo page in a report whose tables are text is just a photo.
    has_table = any(isinstance(i, _PageTable) for i in items)
    if not items or (pictures and not has_table):
        pages = f"pages {', '.join(map(str, pictures))} of {len(heights)}" if pictures else "the file"
        raise ReadError(
            f"no text layer in {pages} (scanned images, not text): the report needs OCR; switch on the "
            f"built-in OCR with {ocr.SWITCH}=1 (values read by OCR are not yet confirmed one by one), or "
            "run `ocrmypdf --language chi_sim in.pdf out.pdf` and put the OCR'd PDF in data/raw/. "
            "Nothing was loaded from this file"
        )
    drop = _margin_lines([i for i in items if isinstance(i, _Line)], heights)
    items = [i for i in items if id(i) not in drop]
    properties = {"ocr_pages": ", ".join(map(str, read_by_ocr))} if read_by_ocr else {}
    return Document(str(path), fmt, _assemble(items), encoding=None, properties=properties)
