"""OCR of a page image into the objects the PDF table logic reads: characters with boxes, and rulings.

A scanned page, or a photo or scan saved as .jpg/.png/.tif, has no text layer. RapidOCR (the `rapidocr`
wheel, whose PP-OCRv6 detection and recognition models ship inside it: nothing is downloaded) reads its
text with one box and one confidence per character; OpenCV finds the table's ruling lines in the image.
Both are turned into an `ingest.parsing.readers.pdfium.Page` in points, so that
`ingest.parsing.readers.pdf` finds the
same tables, cells, paragraphs and page-crossing tables as on a text-layer page. A tilt of up to a few
degrees, measured on the long horizontal rulings (or on the text lines where there are none), is turned
back before anything is read.

Each character keeps its confidence (`score`), so that the parser can tell a value read for sure from
one to be confirmed (issue 25: OCR values reach the marts only when confirmed).
"""

from __future__ import annotations

import math
from functools import cache

import cv2
import numpy as np

from ingest.parsing import limits

# The switch and its time allowance live in ocr_switch, which the pipeline reads without importing this
# module; re-exported here, where the readers ask `ocr.enabled()`.
from ingest.parsing.readers.ocr_switch import PAGE_SECONDS as PAGE_SECONDS
from ingest.parsing.readers.ocr_switch import SWITCH as SWITCH
from ingest.parsing.readers.ocr_switch import enabled as enabled
from ingest.parsing.readers.pdfium import Page

MAX_TILT = 3.0  # degrees: larger tilts are left as they are (and read worse)
# Scanned PDF pages are rendered at this resolution: 200 dpi, where a 7.5 pt table digit is 21 pixels
# high (RapidOCR reads text lines at 48 pixels; much smaller digits lose strokes to JPEG noise).
DPI = 200
A4_WIDTH = 595.0  # points: an image file's page is taken to be A4 wide (its own dpi is seldom right)


def read_pdf_page(document, index: int) -> Page:
    """A scanned PDF page rendered by PDFium and read by OCR, in the page's own points."""
    page = document[index]
    try:
        image = page.render(scale=DPI / 72).to_numpy()
    finally:
        page.close()
    return read_image(image, 72 / DPI)


@cache
def _engine():
    """RapidOCR on one thread (the ingest runs one parser process per core), models from its wheel."""
    from rapidocr import RapidOCR

    return RapidOCR(
        params={
            "Global.use_cls": False,  # report pages are upright; the angle classifier is not shipped
            "Global.return_word_box": True,
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )


def _binary(gray: np.ndarray) -> np.ndarray:
    """Ink as white on black: a local threshold, so that shading, noise and uneven scans do not matter."""
    return cv2.adaptiveThreshold(~gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -10)


def _segments(ink: np.ndarray, horizontal: bool) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of long straight strokes in one direction: the rulings."""
    height, width = ink.shape
    length = max(20, (width if horizontal else height) // 40)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
    strokes = cv2.dilate(cv2.erode(ink, kernel), kernel)
    # close small gaps (a ruling broken by noise or JPEG) along the stroke
    strokes = cv2.morphologyEx(
        strokes, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 1) if horizontal else (1, 5))
    )
    contours, _ = cv2.findContours(strokes, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return [cv2.boundingRect(c) for c in contours]


def tilt(gray: np.ndarray) -> float:
    """The page's tilt in degrees (positive: clockwise), from its long horizontal rulings or text lines."""
    ink = _binary(gray)
    width = ink.shape[1]
    lines = cv2.HoughLinesP(
        ink, 1, math.pi / 1800, threshold=width // 4, minLineLength=width // 4, maxLineGap=8
    )
    angles = []
    if lines is not None:
        for x1, y1, x2, y2 in np.asarray(lines).reshape(-1, 4):
            angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
            if abs(angle) <= MAX_TILT:
                angles.append(angle)
    if not angles:
        return 0.0
    return float(np.median(angles))


def deskew(image: np.ndarray) -> np.ndarray:
    """The image turned back by its tilt (white where the turn uncovers the border)."""
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    angle = tilt(gray)
    if abs(angle) < 0.05:
        return image
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))


def read_image(image: np.ndarray, points_per_pixel: float) -> Page:
    """One page image (RGB or grey) as a Page in points: OCR characters and ruling lines."""
    limits.extend_time_limit(PAGE_SECONDS)
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    image = deskew(image)
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    height, width = gray.shape
    k = points_per_pixel
    page = Page(round(width * k, 3), round(height * k, 3))
    ink = _binary(gray)
    for x, y, w, h in _segments(ink, horizontal=True):
        if w >= 3 * h:
            mid = round((y + h / 2) * k, 3)
            page.lines.append(_line(x * k, (x + w) * k, mid, mid))
    for x, y, w, h in _segments(ink, horizontal=False):
        if h >= 3 * w:
            mid = round((x + w / 2) * k, 3)
            page.lines.append(_line(mid, mid, y * k, (y + h) * k))
    result = _engine()(image, use_det=True, use_cls=False, use_rec=True)
    lines = result.txts or ()
    for line_text, line_box, word in zip(
        lines, result.boxes if lines else (), result.word_results or (), strict=False
    ):
        twice = _read_again(image, line_box, line_text) if any(ch.isdigit() for ch in line_text) else False
        for text, score, box in word:
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            for i, ch in enumerate(text):
                if not ch.strip():
                    continue
                # a box of several characters (digits are read as one word) shared out evenly
                x0 = min(xs) + (max(xs) - min(xs)) * i / len(text)
                x1 = min(xs) + (max(xs) - min(xs)) * (i + 1) / len(text)
                top, bottom = min(ys) * k, max(ys) * k
                page.chars.append(
                    {
                        "object_type": "char",
                        "text": ch,
                        "x0": round(x0 * k, 3),
                        "x1": round(x1 * k, 3),
                        "top": round(top, 3),
                        "bottom": round(bottom, 3),
                        "size": round(bottom - top, 3),
                        "score": float(score),
                        "read_twice": twice,
                    }
                )
    return page


def _squash(text: str) -> str:
    return "".join(text.split())


def _read_again(image: np.ndarray, box, text: str) -> bool:
    """Whether a second reading of a text box, cropped with a margin and at 1.5 times the scale (a different
    input to the recogniser), gives the same text."""
    xs, ys = [p[0] for p in box], [p[1] for p in box]
    height, width = image.shape[:2]
    pad = 4
    x0, x1 = max(0, int(min(xs)) - pad), min(width, int(max(xs)) + pad + 1)
    y0, y1 = max(0, int(min(ys)) - pad), min(height, int(max(ys)) + pad + 1)
    crop = image[y0:y1, x0:x1]
    if crop.size == 0:
        return False
    crop = cv2.resize(crop, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    again = _engine()(crop, use_det=False, use_cls=False, use_rec=True)
    return bool(again.txts) and _squash("".join(again.txts)) == _squash(text)


def _line(x0: float, x1: float, top: float, bottom: float) -> dict:
    x0, x1, top, bottom = (round(v, 3) for v in (x0, x1, top, bottom))
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "stroke": True,
        "fill": False,
    }
