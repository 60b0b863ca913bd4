"""Parsing one file: a pure function from (path, bytes) to a result, so it can run in worker processes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ingest import narrative
from ingest.document import Document, ReadError
from ingest.readers import read_document, sniff_format
from ingest.report import NotAReport, ParsedReport, parse_report
from ingest.workplan import parse_workplan, workplan_records


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
            return _workplan_result(base, doc)
        return FileResult(**base, status="rejected", doc_kind=kind, encoding=doc.encoding, message=str(exc))
    extra: dict[str, list[dict]] = {}
    try:
        extra[narrative.CLAIMS_TABLE] = narrative.claim_records(
            doc, report.metadata.report_year, source_path, report_id_for(sha)
        )
    except Exception as exc:  # the prose must never cost the report its tables
        report.warnings.append(
            f"narrative claims not extracted ({type(exc).__name__}: {exc}); the tables are loaded. "
            "This is a bug in ingest/narrative.py: please report it with this file"
        )
    message = "; ".join(report.warnings)
    status = "loaded" if report.status == "ok" else "partial"
    return FileResult(
        **base,
        status=status,
        doc_kind="annual_report",
        message=message,
        report=report,
        encoding=doc.encoding,
        extra=extra,
        report_key=report_key_for(report),
    )


def _workplan_result(base: dict, doc: Document) -> FileResult:
    """A work plan (工作要点): its tasks go to the raw.workplan* tables through `FileResult.extra`."""
    plan = parse_workplan(doc)
    message = "; ".join(plan.warnings)
    return FileResult(
        **base,
        status="loaded" if plan.status == "ok" else "partial",
        doc_kind="workplan",
        message=message,
        encoding=doc.encoding,
        extra=workplan_records(plan, base["source_path"], base["sha256"], message),
    )
