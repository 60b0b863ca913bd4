"""pdfplumber as a cross-check of the PDFium reading, where a table of the report fails an identity.

The reader reads PDFs with PDFium (ingest.parsing.readers.pdfium); a report whose printed tables contradict
themselves is common and loaded as printed, but it could also be a misreading. For such a report only,
the file is read again through pdfplumber and parsed the same way: cells the two readings give
differently are a finding, added to the report's warnings. Agreement adds nothing.
"""

from __future__ import annotations

from pathlib import Path

from ingest.parsing import classify
from ingest.parsing.document import Document
from ingest.parsing.report import ParsedReport, parse_report
from ingest.parsing.report.ocr_trust import identities


def findings(path: Path, data: bytes, doc: Document, report: ParsedReport, template) -> list[str]:
    """Warnings naming the cells where pdfplumber's reading differs; none unless an identity fails."""
    if doc.source_format != "pdf" or doc.properties.get("ocr_pages"):
        return []
    if all(holds for _, holds in identities(report.values, template)):
        return []
    from ingest.parsing.readers import pdf  # (here: a text report's parse never imports the PDF reader)

    other_doc = pdf._read_plumber(path, data)
    kind = classify.classify(other_doc)
    if kind.template is None:
        return ["cross-check: pdfplumber's reading of the file is not classified as a report"]
    other = {v.cell: v.value for v in parse_report(other_doc, kind).values}
    differ = [
        f"{v.section}/{v.row_code}/{v.col_code} {v.value} (pdfplumber {other.get(v.cell)})"
        for v in report.values
        if other.get(v.cell) != v.value
    ]
    if not differ:
        return []
    return [
        f"cross-check: a table fails an identity and pdfplumber reads {len(differ)} cells differently from "
        f"PDFium: {'; '.join(differ[:20])}. Check these cells against the PDF"
    ]
