"""PDFium's reading of a PDF page, in the shape pdfplumber gives it to the table logic.

pdfminer interprets a page's content in Python, which is most of the time a report takes to read; PDFium
(pypdfium2) does it in C++ in a tenth of the time. This module gives `ingest.parsing.readers.pdf` what it used
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
from pathlib import Path

import pdfplumber.table
import pylopdf_fonts_zh_cn
import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber import utils


def _init_with_cjk_fonts() -> None:
    """Start PDFium with the Noto CJK fonts of the pinned wheel pylopdf-fonts-zh-cn as its user fonts.

    A PDF that names a Chinese font without embedding it (STSong-Light, as reportlab writes) needs a
    substitute with the glyphs: without one PDFium renders empty boxes and drops one-character strings
    from the text (their box has no width), and no CJK font can be assumed on the machine.
    """
    from pypdfium2 import _library_scope
    from pypdfium2.internal import bases

    if any(bases.ObjectTracker.values()):
        return  # documents are open (another module started first): PDFium keeps its fonts
    folder = str(Path(pylopdf_fonts_zh_cn.sans_path()).parent).encode()
    _library_scope.destroy_lib()
    paths = (ctypes.POINTER(ctypes.c_char) * 2)(
        ctypes.cast(ctypes.c_char_p(folder), ctypes.POINTER(ctypes.c_char))
    )
    config = raw.FPDF_LIBRARY_CONFIG(version=2, m_pUserFontPaths=paths, m_pIsolate=None, m_v8EmbedderSlot=0)
    raw.FPDF_InitLibraryWithConfig(config)
    bases.LIBRARY_AVAILABLE = True
    _FONT_PATHS.append((folder, paths))  # PDFium keeps pointers into them


_FONT_PATHS: list = []
_init_with_cjk_fonts()

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


@dataclass
class Page:
    """One page's objects, as pdfplumber's Page offers them to `ingest.parsing.readers.pdf`."""

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
        self.read_objects: set[bytes] = set()  # text objects (their addresses) that gave characters
        self.descents: dict[bytes, float] = {}  # per font, per 1pt of size

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        """PDF user space (y up) to pdfplumber's (y down from the page's top-left corner)."""
        return round(x - self.origin[0], _DIGITS), round(self.origin[1] - y, _DIGITS)

    def read(self) -> Page:
        self._chars()
        handle = self.page.raw
        for i in range(raw.FPDFPage_CountObjects(handle)):
            self._object(raw.FPDFPage_GetObject(handle, i), _IDENTITY)
        lost = [o for o in self.text_objects if bytes(o) not in self.read_objects]
        if lost:
            # PDFium gives no characters for some strings of fonts it does not embed with predefined
            # CMaps (UniGB-UCS2-H: one-character strings); pdfminer reads them.
            raise Unsupported(f"{len(lost)} text objects without characters in PDFium's reading")
        return self.out

    def _chars(self) -> None:
        textpage = self.page.get_textpage()
        try:
            handle = textpage.raw
            x, y, value = ctypes.c_double(0), ctypes.c_double(0), ctypes.c_float(0)
            objects: dict[bytes, tuple] = {}  # per text object: its font, size, matrix and descent
            widths: dict[tuple[bytes, int], float] = {}  # per font and character, per 1pt of size
            unicode, origin, text_object = (
                raw.FPDFText_GetUnicode,
                raw.FPDFText_GetCharOrigin,
                raw.FPDFText_GetTextObject,
            )
            left, top = self.origin
            chars = self.out.chars
            for i in range(raw.FPDFText_CountChars(handle)):
                code = unicode(handle, i)
                # PDFium's generated characters are spaces and line breaks, dropped here with all blanks
                if code in (0, 0xFFFE, 0xFFFF) or not chr(code).strip() or not origin(handle, i, x, y):
                    continue
                obj = text_object(handle, i)
                key = bytes(obj)
                if key not in objects:
                    objects[key] = self._text_object(handle, i, obj)
                font, font_key, size, (a, b, c, d, e, f), descent = objects[key]
                if (font_key, code) not in widths:
                    widths[font_key, code] = (
                        raw.FPDFFont_GetGlyphWidth(font, code, 1.0, value) and value.value
                    )
                # pdfminer's box: the font's advance width across (the PDF's widths, not a substitute
                # font's), one em high from the font's descent
                advance, low, ox, oy = widths[font_key, code] * size, descent * size, x.value, y.value
                em = size * math.hypot(a, b)
                if abs(e - ox - em / 2) < 0.05 * em and f > oy:
                    # vertical writing: the text's position is the glyph's top centre, and PDFium's origin
                    # its lower-left corner, which is pdfminer's; the box is one em square
                    low, advance = 0.0, size
                if b == 0 and c == 0:
                    xs = (ox, ox + advance * a)
                    ys = (oy + low * d, oy + (low + size) * d)
                else:
                    xs = [ox + u * a + v * c for u in (0.0, advance) for v in (low, low + size)]
                    ys = [oy + u * b + v * d for u in (0.0, advance) for v in (low, low + size)]
                y0, y1 = round(top - max(ys), _DIGITS), round(top - min(ys), _DIGITS)
                chars.append(
                    {
                        "object_type": "char",
                        "text": chr(code),
                        "x0": round(min(xs) - left, _DIGITS),
                        "x1": round(max(xs) - left, _DIGITS),
                        "top": y0,
                        "bottom": y1,
                        "size": round(y1 - y0, _DIGITS),
                    }
                )
        finally:
            textpage.close()

    def _text_object(self, handle, index: int, text_object) -> tuple:
        """What all characters of a text object share: font, size, matrix, the font's descent per 1pt."""
        self.read_objects.add(bytes(text_object))
        font, m, value = raw.FPDFTextObj_GetFont(text_object), raw.FS_MATRIX(), ctypes.c_float(0)
        if not raw.FPDFText_GetMatrix(handle, index, m):
            m.a, m.b, m.c, m.d, m.e, m.f = _IDENTITY
        font_key = bytes(font)
        if font_key not in self.descents:
            self.descents[font_key] = raw.FPDFFont_GetDescent(font, 1.0, value) and value.value
        size = raw.FPDFText_GetFontSize(handle, index)
        return font, font_key, size, (m.a, m.b, m.c, m.d, m.e, m.f), self.descents[font_key]

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
