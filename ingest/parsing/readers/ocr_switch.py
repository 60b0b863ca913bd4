"""Whether OCR is switched on, and what each OCR'd page adds to a file's time limit.

Apart from the OCR reader (`ingest.parsing.readers.ocr`, which imports OpenCV, numpy and PDFium) so that the
pipeline can ask without importing it: a build that adds one text report never needs those.
"""

from __future__ import annotations

import os

SWITCH = "NIANBAO_OCR"
PAGE_SECONDS = 120  # each OCR'd page adds this to the file's parse time limit (NIANBAO_PARSE_TIMEOUT_S)


def enabled() -> bool:
    """OCR is switched on by NIANBAO_OCR=1: until each OCR value is confirmed by its table's identities
    or a second reading (issue 25), a scan's values are not loaded unless the user asks for it."""
    return os.environ.get(SWITCH, "") not in ("", "0")
