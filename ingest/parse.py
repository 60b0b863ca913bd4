"""Parsing one file: a pure function from (path, bytes) to a result, so it can run in worker processes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ingest.document import ReadError
from ingest.readers import read_document, sniff_format
from ingest.report import NotAReport, ParsedReport, parse_report


@dataclass
class FileResult:
    source_path: str
    sha256: str
    size_bytes: int
    source_format: str
    status: str  # loaded | partial | rejected | not_parsed
    doc_kind: str | None
    message: str
    report: ParsedReport | None = None
    encoding: str | None = None
    # Rows for ingest.schema.EXTRA_TABLES, by table name; every row carries source_path.
    extra: dict[str, list[dict]] = field(default_factory=dict)
    # What the report is, whatever its format (see report_key_for); None for a file that is no report.
    report_key: str | None = None


def report_id_for(sha256: str) -> str:
    """Stable across rebuilds: the same content always gets the same id."""
    return "r_" + sha256[:16]


def report_key_for(report: ParsedReport) -> str:
    """The same report published as HTML, Word and PDF has different bytes but the same key.

    The key is what the report says: whose report (division code, else the place named, and the
    reporting body, so two departments of one district with identical tables stay apart), for which
    year and scope, and every value it prints.
    """
    m = report.metadata
    values = sorted(
        (v.section, v.row_code, v.col_code, None if v.value is None else str(v.value.normalize()))
        for v in report.values
    )
    identity = [m.division_code or m.jurisdiction_zh, m.reporting_body_zh, m.report_year, m.scope, values]
    return hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode()).hexdigest()[:32]


def parse_file(source_path: str, path: Path) -> FileResult:
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    fmt = sniff_format(path, data)
    base = {"source_path": source_path, "sha256": sha, "size_bytes": len(data), "source_format": fmt}
    try:
        doc = read_document(path, data)
    except ReadError as exc:
        return FileResult(**base, status="rejected", doc_kind=None, message=f"cannot read: {exc}")
    try:
        report = parse_report(doc)
    except NotAReport as exc:
        kind = "workplan" if "work plan" in str(exc) else "unknown"
        if kind == "workplan":
            return FileResult(
                **base,
                status="not_parsed",
                doc_kind=kind,
                encoding=doc.encoding,
                message="a work plan (工作要点): not an annual report, kept as a file only",
            )
        return FileResult(**base, status="rejected", doc_kind=kind, encoding=doc.encoding, message=str(exc))
    message = "; ".join(report.warnings)
    status = "loaded" if report.status == "ok" else "partial"
    return FileResult(
        **base,
        status=status,
        doc_kind="annual_report",
        message=message,
        report=report,
        encoding=doc.encoding,
        report_key=report_key_for(report),
    )
