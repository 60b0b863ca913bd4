"""Scans made from text-layer PDFs: pages rendered at 150-200 dpi, tilted, noisy, JPEG-compressed.

The originals' hand-read values are the scans' expected values (tests/test_ocr.py, bench.ocr_speed).
Deterministic: the noise comes from a seeded generator.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from ingest.parsing.readers import pdfium as _pdfium  # noqa: F401  (PDFium started with the CJK fonts)


def scan(pdf: bytes, index: int, dpi: int = 150, tilt: float = 0.7, noise: float = 12.0, quality: int = 60,
         seed: int = 0) -> np.ndarray:  # fmt: skip
    """One page as a scanner would give it: RGB, tilted by `tilt` degrees, noise, JPEG artefacts."""
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[index].render(scale=dpi / 72).to_numpy().copy()
    finally:
        document.close()
    height, width = image.shape[:2]
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), tilt, 1.0)
    image = cv2.warpAffine(image, turn, (width, height), borderValue=(255, 255, 255))
    rng = np.random.default_rng(seed)
    image = np.clip(image.astype(np.int16) + rng.normal(0, noise, image.shape), 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(jpeg, cv2.IMREAD_UNCHANGED)


def encode(image: np.ndarray, fmt: str) -> bytes:
    """The image as a .jpg, .png or .tif file."""
    ok, data = cv2.imencode(f".{fmt}", cv2.cvtColor(image, cv2.COLOR_RGB2BGR))
    assert ok
    return data.tobytes()


def image_pdf(images: list[np.ndarray], dpi: int = 150) -> bytes:
    """An image-only PDF (a scan as scanners save it): one JPEG page per image, no text layer."""
    out = io.BytesIO()
    pages = [Image.fromarray(image) for image in images]
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()


def with_scanned_pages(pdf: bytes, indices: list[int], dpi: int = 150, **scan_options) -> bytes:
    """The PDF with some pages replaced by scans of themselves: text-layer and scanned pages mixed."""
    document = pdfium.PdfDocument(pdf)
    for index in indices:
        scanned = pdfium.PdfDocument(image_pdf([scan(pdf, index, dpi, **scan_options)], dpi))
        document.del_page(index)
        document.import_pages(scanned, [0], index=index)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
