"""Reader for page images (.jpg, .png, .tif): each page read by OCR, then as a PDF page is.

A photo or a scan of a report saved as an image has its pages read by `ingest.parsing.readers.ocr` into the
same
characters and rulings a PDF page gives, so `ingest.parsing.readers.pdf` finds the tables, paragraphs and
page-crossing tables the same way. A multi-page TIFF is one report; each page is taken to be A4 wide.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from ingest.parsing.document import Document, ReadError
from ingest.parsing.readers import ocr, pdf


def _pages(data: bytes) -> list[np.ndarray]:
    buffer = np.frombuffer(data, dtype=np.uint8)
    ok, pages = cv2.imdecodemulti(buffer, cv2.IMREAD_COLOR)
    if not ok or not pages:
        return []
    return [cv2.cvtColor(p, cv2.COLOR_BGR2RGB) for p in pages]


def read(path: Path, data: bytes) -> Document:
    if not ocr.enabled():
        raise ReadError(
            f"an image of a report needs OCR: switch on the built-in OCR with {ocr.SWITCH}=1 (values read "
            "by OCR are not yet confirmed one by one) and run the ingest again. Nothing was loaded"
        )
    pages = _pages(data)
    if not pages:
        raise ReadError("cannot decode the image (damaged or not JPEG, PNG or TIFF); download it again")
    read_pages = (ocr.read_image(image, ocr.A4_WIDTH / image.shape[1]) for image in pages)
    return pdf._read_pages(path, read_pages, None, fmt="image")
