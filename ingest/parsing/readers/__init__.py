"""Readers: one per input format, each turning a file into the format-neutral `Document`.

`read_document` picks the reader by sniffing the file's first bytes, falling back to its extension, so a
report saved under the wrong extension is still read by the right reader.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ingest.parsing.document import Document, ReadError
from ingest.parsing.readers import html, markdown, pagetext, text

Reader = Callable[[Path, bytes], Document]


def _on_first_use(module: str) -> Reader:
    """The `read` of readers/<module>.py, imported when a file of its format first arrives: Word, PDF and
    image readers import python-docx, pdfplumber, PDFium, OpenCV and numpy (0.2 s), which a parse of text
    or HTML never needs (the ingest process imports this package; a build adding one text report paid it)."""

    def read(path: Path, data: bytes) -> Document:
        return importlib.import_module(f"ingest.parsing.readers.{module}").read(path, data)

    return read


READERS: dict[str, Reader] = {
    "text": text.read, "pagetext": pagetext.read, "markdown": markdown.read, "html": html.read,
    "docx": _on_first_use("docx"), "pdf": _on_first_use("pdf"), "image": _on_first_use("image"),
}  # fmt: skip

# The first bytes of the image formats the image reader reads (readers/image.py).
IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"II*\x00": "tiff", b"MM\x00*": "tiff"}


def is_image(head: bytes) -> bool:
    return any(head.startswith(magic) for magic in IMAGE_MAGIC)


EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
    ".htm": "html", ".shtml": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf", ".doc": "doc",
    ".wps": "doc", ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image", ".tiff": "image",
}  # fmt: skip


def sniff_format(path: Path, data: bytes) -> str:
    """Name the format from the content first; the extension only breaks ties."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if is_image(data[:8]):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: legacy Word .doc (or WPS), not read
        return "doc"
    lowered = head[:1024].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered or b"<body" in lowered:
        return "html"
    fmt = EXTENSIONS.get(path.suffix.lower(), "text")
    if fmt == "html" and b"<" not in head:
        fmt = "text"  # named .html, but plain text (a saved page's text, often GBK): read it as text
    if fmt == "text" and _is_page_text(head):
        return "pagetext"
    return fmt


def _is_page_text(head: bytes) -> bool:
    """A crawler's page text: a 标题: header line and the 正文 separator, in UTF-8 or GB18030."""
    for codec in ("utf-8", "gb18030"):
        try:
            return pagetext.looks_like_page_text(head.decode(codec, errors="ignore"))
        except LookupError:
            continue
    return False


def read_document(path: Path, data: bytes | None = None) -> Document:
    """Read one file into a `Document`; raise `ReadError` naming what is wrong."""
    if data is None:
        data = path.read_bytes()
    fmt = sniff_format(path, data)
    reader = READERS.get(fmt)
    if reader is None:
        raise ReadError(
            f"{fmt} files are not supported; save the file as .docx or PDF (e.g. `libreoffice --headless "
            "--convert-to docx`) and run the ingest again"
        )
    return reader(path, data)
