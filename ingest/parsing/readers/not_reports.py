"""Files that are no report in a format read here, named for what they are, with what to do.

An analyst's download folder holds photos of reports, spreadsheets of their tables, OFD files (China's
fixed-layout format), legacy Word and WPS files and archives. Each is told apart by its first bytes
(the extension only where the bytes are shared, as .doc/.wps/.xls all are OLE compound files), so that
the message names the file's real kind, not a text encoding it never had.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

OCR = (
    "if it is a photo or scan of a report, OCR it first (e.g. `ocrmypdf` to a PDF with text, or RapidOCR "
    "to a .txt) and add that file instead; if it is a picture from a report, remove it"
)
SAVE_AS_DOCX = (
    "save it as .docx or PDF (Word or WPS: Save As; or `libreoffice --headless --convert-to docx FILE`) "
    "and add that file instead"
)
NOT_A_REPORT_TABLE = (
    "the annual report itself is a text, HTML, Word or PDF document: add that instead (a table saved on "
    "its own is not read as a report)"
)

_IMAGES = {
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
}
_ARCHIVES = {b"Rar!\x1a\x07": "RAR", b"7z\xbc\xaf\x27\x1c": "7z", b"\x1f\x8b": "gzip"}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_KINDS = {
    ".doc": "a legacy Word document (.doc)",
    ".wps": "a WPS Writer document (.wps)",
    ".xls": "a spreadsheet (Excel .xls)",
    ".et": "a spreadsheet (WPS .et)",
}
# C0 control bytes no text file holds (tab, line feed, form feed, carriage return and escape aside).
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


def what_it_is(path: Path, data: bytes) -> str | None:
    """Why `data` is not read, naming what it is and what to do; None for a file a reader should try."""
    if data[:2048].lstrip().startswith(b"%PDF"):
        return None  # a PDF, damaged or not, is the PDF reader's to judge
    for magic, kind in _IMAGES.items():
        if data.startswith(magic):
            return f"a {kind} image, not a document with text: {OCR}"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return f"a WebP image, not a document with text: {OCR}"
    if data.startswith(OLE):
        kind = _OLE_KINDS.get(path.suffix.lower(), "a legacy Office file (Word .doc, WPS .wps or Excel .xls)")
        if "spreadsheet" in kind:
            return f"{kind}, not a report: {NOT_A_REPORT_TABLE}"
        return f"{kind}, a format not read here: {SAVE_AS_DOCX}"
    if data.startswith(b"PK\x03\x04"):
        return _zipped(data)
    for magic, kind in _ARCHIVES.items():
        if data.startswith(magic):
            return f"a {kind} archive: unpack it and put the reports themselves in data/raw/"
    if _is_binary(data):
        return (
            "binary data, not text, and none of the formats read here (text, HTML, Word .docx, PDF): if it "
            "is a report, open it in the program that made it and save it as .docx or PDF; else remove it"
        )
    return None


def _zipped(data: bytes) -> str | None:
    """What a zip container is, where it opens and is no Word .docx (a damaged one is the reader's to say)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in members else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None
    if "word/document.xml" in members:
        return None
    if "xl/workbook.xml" in members:
        return f"a spreadsheet (Excel .xlsx), not a report: {NOT_A_REPORT_TABLE}"
    if b"spreadsheet" in mimetype:
        return f"a spreadsheet (OpenDocument .ods), not a report: {NOT_A_REPORT_TABLE}"
    if "OFD.xml" in members:
        return (
            "an OFD document (China's fixed-layout format, GB/T 33190), a format not read here: convert it "
            "to PDF (an OFD reader's Save as PDF, or the `ofdrw` converter) and add the PDF instead"
        )
    if b"opendocument.text" in mimetype:
        return f"an OpenDocument text (.odt), a format not read here: {SAVE_AS_DOCX}"
    if "ppt/presentation.xml" in members:
        return "a PowerPoint presentation (.pptx), not a report: add the report itself (.docx or PDF)"
    return "a ZIP archive: unpack it and put the reports themselves in data/raw/"


def _is_binary(data: bytes) -> bool:
    """Control bytes no text holds, in more than 1% of the first 4 KB (UTF-16 text, with its BOM, aside)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or not head:
        return False
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return control > len(head) / 100
