"""PDFium's reading of a PDF page, in the shape pdfplumber gives it to the table logic.

pdfminer interprets a page's content in Python, which is most of the time a report takes to read; PDFium
(pypdfium2) does it in C++ in a tenth of the time. This module gives `ingest.readers.pdf` what it used
from pdfplumber, per page: characters with boxes and font sizes, ruling lines, rectangles and curves as
pdfplumber's dicts (top-down coordinates from the page's top-left corner), the images' boxes, and
`find_tables`, which is pdfplumber's own table finder run on these objects. Paths are classified as
pdfminer does (a single segment is a line, a closed axis-aligned four-point subpath a rectangle, the rest
curves), so that the same rulings, and so the same cells, are found.

Characters get pdfminer's box: from the origin, the advance width the PDF's font gives (not a substitute
font's) across, one em (the font size times the text matrix's scale) up from the font's descent.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pdfplumber.table
import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber import utils

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_DIGITS = 3  # coordinates rounded so that float32 noise does not tilt a ruling ("h" needs top == bottom)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: a point is transformed by m first)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2)  # fmt: skip


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _address(handle) -> int | None:
    return ctypes.cast(handle, ctypes.c_void_p).value


@dataclass
class Page:
    """One page's objects, as pdfplumber's Page offers them to `ingest.readers.pdf`."""

    width: float
    height: float
    chars: list[dict] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    rects: list[dict] = field(default_factory=list)
    curves: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    @property
    def edges(self) -> list[dict]:
        return (
            [utils.line_to_edge(line) for line in self.lines]
            + [e for r in self.rects for e in utils.rect_to_edges(r)]
            + [e for c in self.curves for e in utils.curve_to_edges(c)]
        )

    def filter(self, keep: Callable[[dict], bool]) -> Page:
        return Page(
            self.width,
            self.height,
            [o for o in self.chars if keep(o)],
            [o for o in self.lines if keep(o)],
            [o for o in self.rects if keep(o)],
            [o for o in self.curves if keep(o)],
            [o for o in self.images if keep(o)],
        )

    def find_tables(self, settings: dict) -> list[pdfplumber.table.Table]:
        return pdfplumber.table.TableFinder(self, pdfplumber.table.TableSettings.resolve(settings)).tables


class _PageReader:
    def __init__(self, page: pdfium.PdfPage) -> None:
        self.page = page
        left, bottom, right, top = page.get_mediabox()
        self.origin = (left, top)
        self.out = Page(round(right - left, _DIGITS), round(top - bottom, _DIGITS))
        self.text_objects: list = []
        self.read_objects: set[int | None] = set()

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        """PDF user space (y up) to pdfplumber's (y down from the page's top-left corner)."""
        return round(x - self.origin[0], _DIGITS), round(self.origin[1] - y, _DIGITS)

    def read(self) -> Page:
        self._chars()
        handle = self.page.raw
        for i in range(raw.FPDFPage_CountObjects(handle)):
            self._object(raw.FPDFPage_GetObject(handle, i), _IDENTITY)
        lost = [o for o in self.text_objects if _address(o) not in self.read_objects]
        if lost:
            # PDFium gives no characters for some strings of fonts it does not embed with predefined
            # CMaps (UniGB-UCS2-H: one-character strings); pdfminer reads them.
            raise Unsupported(f"{len(lost)} text objects without characters in PDFium's reading")
        return self.out

    def _chars(self) -> None:
        textpage = self.page.get_textpage()
        try:
            handle = textpage.raw
            m = raw.FS_MATRIX()
            x, y, value = ctypes.c_double(0), ctypes.c_double(0), ctypes.c_float(0)
            descents: dict[int, float] = {}  # per font, per 1pt of size
            for i in range(raw.FPDFText_CountChars(handle)):
                code = raw.FPDFText_GetUnicode(handle, i)
                if raw.FPDFText_IsGenerated(handle, i) or code in (0, 0xFFFE, 0xFFFF):
                    continue
                text = chr(code)
                if not text.strip() or not raw.FPDFText_GetCharOrigin(handle, i, x, y):
                    continue
                text_object = raw.FPDFText_GetTextObject(handle, i)
                self.read_objects.add(_address(text_object))
                font = raw.FPDFTextObj_GetFont(text_object)
                size = raw.FPDFText_GetFontSize(handle, i)
                if not raw.FPDFText_GetMatrix(handle, i, m):
                    m.a, m.b, m.c, m.d = 1.0, 0.0, 0.0, 1.0
                # pdfminer's box: the font's advance width across (the PDF's widths, not a substitute
                # font's), one em high from the font's descent
                advance = raw.FPDFFont_GetGlyphWidth(font, code, 1.0, value) and value.value
                key = _address(font) or 0
                if key not in descents:
                    descents[key] = raw.FPDFFont_GetDescent(font, 1.0, value) and value.value
                descent, advance = descents[key] * size, advance * size
                em = size * math.hypot(m.a, m.b)
                if abs(m.e - x.value - em / 2) < 0.05 * em and m.f > y.value:
                    # vertical writing: the text's position is the glyph's top centre, and PDFium's origin
                    # its lower-left corner, which is pdfminer's; the box is one em square
                    descent, advance = 0.0, size
                corners = [
                    self._xy(x.value + u * m.a + v * m.c, y.value + u * m.b + v * m.d)
                    for u in (0.0, advance)
                    for v in (descent, descent + size)
                ]
                xs, ys = [c[0] for c in corners], [c[1] for c in corners]
                x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
                self.out.chars.append(
                    {
                        "object_type": "char",
                        "text": text,
                        "x0": x0,
                        "x1": x1,
                        "top": top,
                        "bottom": bottom,
                        "size": round(bottom - top, _DIGITS),
                    }
                )
        finally:
            textpage.close()

    def _object(self, obj, parent: Matrix) -> None:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            self.text_objects.append(obj)
            return
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_IMAGE):
            return
        m = raw.FS_MATRIX()
        own = (m.a, m.b, m.c, m.d, m.e, m.f) if raw.FPDFPageObj_GetMatrix(obj, m) else _IDENTITY
        matrix = _multiply(own, parent)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            for i in range(raw.FPDFFormObj_CountObjects(obj)):
                self._object(raw.FPDFFormObj_GetObject(obj, i), matrix)
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            corners = [self._xy(*_apply(matrix, x, y)) for x in (0, 1) for y in (0, 1)]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            self.out.images.append(
                {"object_type": "image", "x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys)}
            )
        else:
            self._path(obj, matrix)

    def _path(self, obj, matrix: Matrix) -> None:
        fillmode, stroke = ctypes.c_int(0), ctypes.c_int(0)
        if not raw.FPDFPath_GetDrawMode(obj, fillmode, stroke):
            return
        fill, stroke = fillmode.value != 0, bool(stroke.value)
        if not (fill or stroke):
            return  # a clipping path, painted nowhere
        x, y = ctypes.c_float(0), ctypes.c_float(0)
        subpaths: list[tuple[str, list[tuple[float, float]]]] = []
        for i in range(raw.FPDFPath_CountSegments(obj)):
            segment = raw.FPDFPath_GetPathSegment(obj, i)
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            point = self._xy(*_apply(matrix, x.value, y.value))
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append(("m", [point]))
            else:
                ops, pts = subpaths[-1]
                subpaths[-1] = (ops + ("l" if kind == raw.FPDF_SEGMENT_LINETO else "c"), [*pts, point])
            if raw.FPDFPathSegment_GetClose(segment):
                ops, pts = subpaths[-1]
                subpaths[-1] = (ops + "h", [*pts, pts[0]])
        for ops, pts in subpaths:
            self._subpath(ops, pts, stroke, fill)

    def _subpath(self, shape: str, pts: list[tuple[float, float]], stroke: bool, fill: bool) -> None:
        """A subpath as pdfminer classifies it: a line, a rectangle or a curve."""
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts = pts[:-2] + pts[-1:]
        if shape in {"mlh", "ml"}:
            self.out.lines.append(self._shape("line", pts[:2], stroke, fill))
            return
        if shape in {"mlllh", "mllll"}:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
            )
            if pts[0] == pts[4] and square:
                self.out.rects.append(self._shape("rect", [pts[0], pts[2]], stroke, fill))
                return
        self.out.curves.append(self._shape("curve", pts, stroke, fill))

    def _shape(self, kind: str, pts: list[tuple[float, float]], stroke: bool, fill: bool) -> dict:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        return {
            "object_type": kind,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "doctop": top,
            "y0": self.out.height - bottom,
            "y1": self.out.height - top,
            "width": x1 - x0,
            "height": bottom - top,
            "pts": pts,
            "stroke": stroke,
            "fill": fill,
        }


class Unsupported(Exception):
    """A page this reader does not read as pdfminer does (rotated, or text PDFium gives no characters for)."""


PdfiumError = pdfium.PdfiumError


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open a PDF from bytes; raises pdfium.PdfiumError when PDFium cannot."""
    return pdfium.PdfDocument(data)


def page_count(pdf: pdfium.PdfDocument) -> int:
    return len(pdf)


def read_pages(pdf: pdfium.PdfDocument, otherwise: Callable[[int], object]) -> Iterator[object]:
    """Each page's objects, in order; `otherwise(index)` (pdfplumber's page) for a page this module does
    not read as pdfminer does."""
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            if page.get_rotation() % 360:
                raise Unsupported(f"page {index + 1} is rotated")
            read: object = _PageReader(page).read()
        except Unsupported:
            read = otherwise(index)
        finally:
            page.close()
        yield read
