"""Parsing one file: a pure function from a file to a result, so it can run in worker processes.

The steps, each in its own package: a reader per format (`ingest.parsing.readers`) makes the format-neutral
document; `ingest.parsing.classify` decides what it is; the parser for that kind (`PARSERS`) reads it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from ingest.parsing import classify, limits, narrative
from ingest.parsing.classify import Classification
from ingest.parsing.document import Document, ReadError
from ingest.parsing.readers import not_reports, read_document, sniff_format
from ingest.parsing.report import NoTables, ParsedReport, cross_check, parse_report
from ingest.parsing.workplan import parse_workplan, workplan_records


@dataclass
class FileResult:
    source_path: str
    sha256: str
    size_bytes: int
    source_format: str
    status: str  # loaded | partial | rejected | duplicate
    doc_kind: str | None
    message: str
    report: ParsedReport | None = None
    encoding: str | None = None
    # Rows for ingest.pipeline.schema.EXTRA_TABLES, by table name; every row carries source_path.
    extra: dict[str, list[dict]] = field(default_factory=dict)
    # What the report is, whatever its format (see report_key_for); None for a file that is no report.
    report_key: str | None = None


def report_id_for(sha256: str) -> str:
    """Stable across rebuilds: the same content always gets the same id."""
    return "r_" + sha256[:16]


def _normalized(value: Decimal) -> str:
    """str(value.normalize()), memoised: values repeat (0, small counts) across cells and reports."""
    return _normalized_signed(value, value.is_signed())


@lru_cache(maxsize=1 << 14)
def _normalized_signed(value: Decimal, signed: bool) -> str:
    # Keyed by the sign too: -0 equals 0 (one cache entry) but normalizes to "-0".
    return str(value.normalize())


def report_key_for(report: ParsedReport) -> str:
    """The same report published as HTML, Word and PDF has different bytes but the same key.

    The key is what the report says: whose report (division code, else the place named, and the
    reporting body, so two departments of one district with identical tables stay apart), for which
    year and scope, and every value it prints: the SHA-256 of `identity_json`.
    """
    return hashlib.sha256(identity_json(report).encode()).hexdigest()[:32]


# json.dumps(..., ensure_ascii=False)'s own string encoder (C), for the values' JSON written by hand.
_json_string = json.encoder.encode_basestring


@lru_cache(maxsize=1 << 12)  # a template's few hundred cells, the same in every report
def _cell_json(section: str, row_code: str, col_code: str) -> str:
    return f"[{_json_string(section)}, {_json_string(row_code)}, {_json_string(col_code)}, "


def identity_json(report: ParsedReport) -> str:
    """`json.dumps([who, body, year, scope, sorted values], ensure_ascii=False)`, the values' list written
    by hand from each cell's memoised JSON: the key was a sixth of a text report's parse outside the
    narrative, json.dumps over its ~200 small lists 1.1 of its 2.7 million instructions.
    `identity_json_reference` is the definition it is tested against."""
    m = report.metadata
    values = sorted(
        [
            (v.section, v.row_code, v.col_code, None if v.value is None else _normalized(v.value))
            for v in report.values
        ]
    )
    head = json.dumps(
        [m.division_code or m.jurisdiction_zh, m.reporting_body_zh, m.report_year, m.scope],
        ensure_ascii=False,
    )
    listed = ", ".join(
        [f"{_cell_json(s, r, c)}{'null' if x is None else _json_string(x)}]" for s, r, c, x in values]
    )
    return f"{head[:-1]}, [{listed}]]"


def identity_json_reference(report: ParsedReport) -> str:
    """What `identity_json` writes, by json.dumps (for the tests)."""
    m = report.metadata
    values = sorted(
        (v.section, v.row_code, v.col_code, None if v.value is None else _normalized(v.value))
        for v in report.values
    )
    identity = [m.division_code or m.jurisdiction_zh, m.reporting_body_zh, m.report_year, m.scope, values]
    return json.dumps(identity, ensure_ascii=False)


def _annual_report(doc: Document, kind: Classification, base: dict) -> FileResult:
    """An annual report: its tables, the claims of its prose (raw.narrative_claims) and its unread figures."""
    try:
        report = parse_report(doc, kind)
    except NoTables as exc:
        return _rejected(base, str(exc), doc_kind=classify.UNKNOWN, encoding=doc.encoding)
    extra: dict[str, list[dict]] = {}
    try:
        report_id = report_id_for(base["sha256"])
        claims = narrative.claims.extract_claims(doc, report.metadata.report_year)
        extra[narrative.CLAIMS_TABLE] = narrative.claim_records(
            doc, report.metadata.report_year, base["source_path"], report_id, claims
        )
        # The sentences stating an application figure that yielded no claim (narrative_unread, info).
        extra[narrative.UNREAD_TABLE] = narrative.unread_records(doc, claims, base["source_path"], report_id)
    except Exception as exc:  # the prose must never cost the report its tables
        report.warnings.append(
            f"narrative claims not extracted ({type(exc).__name__}: {exc}); the tables are loaded. "
            "This is a bug in ingest/parsing/narrative/: please report it with this file"
        )
    return FileResult(
        **base,
        status="loaded" if report.status == "ok" else "partial",
        doc_kind=kind.kind,
        message="; ".join(report.warnings),
        report=report,
        encoding=doc.encoding,
        extra=extra,
        report_key=report_key_for(report),
    )


def _workplan(doc: Document, kind: Classification, base: dict) -> FileResult:
    """A work plan (工作要点): its tasks go to the raw.workplan* tables through `FileResult.extra`."""
    plan = parse_workplan(doc, kind)
    message = "; ".join(plan.warnings)
    return FileResult(
        **base,
        status="loaded" if plan.status == "ok" else "partial",
        doc_kind=kind.kind,
        message=message,
        encoding=doc.encoding,
        extra=workplan_records(plan, base["source_path"], base["sha256"], message),
    )


Parser = Callable[[Document, Classification, dict], FileResult]

# Formats read as text: their size is all a reader has to go by, so it is bounded before reading.
TEXT_FORMATS = {"text", "pagetext", "markdown", "html"}

# The parser of each document kind (`ingest.parsing.classify`); a kind without one is rejected.
PARSERS: dict[str, Parser] = {classify.ANNUAL_REPORT: _annual_report, classify.WORKPLAN: _workplan}


def _rejected(
    base: dict, message: str, doc_kind: str | None = None, encoding: str | None = None
) -> FileResult:
    return FileResult(**base, status="rejected", doc_kind=doc_kind, message=message, encoding=encoding)


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def is_blank(data: bytes) -> bool:
    """Nothing but white space, NUL bytes and a byte-order mark: an empty file, whatever its name says."""
    head = data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head, data = head[len(bom) :], data[len(bom) :]
            break
    if head.replace(b"\0", b"").strip():
        return False
    return not data.replace(b"\0", b"").strip()


def parse_file(source_path: str, path: Path, sha256: str | None = None) -> FileResult:
    """Read, classify and parse one file; never raises: whatever goes wrong rejects this file alone.

    `sha256` is the content hash when the caller has it already.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(
            source_path, sha256 or "", 0, path.suffix.lstrip(".") or "unknown", "rejected", None,
            f"cannot open the file ({exc.strerror or exc}); check that it exists and can be read "
            "(permissions), then run the ingest again",
        )  # fmt: skip
    sha = sha256 or hashlib.sha256(data).hexdigest()
    fmt = sniff_format(path, data)
    base = {"source_path": source_path, "sha256": sha, "size_bytes": len(data), "source_format": fmt}
    if is_blank(data):
        return _rejected(
            base,
            "the file is empty: it holds no text (nothing but white space). Replace it with the report "
            "(or remove it)",
        )
    limit = limits.current()
    if fmt in TEXT_FORMATS and len(data) > limit.max_text_mb * limits.MB:
        exceeded = limits.LimitExceeded(
            f"a {fmt} file of {len(data) / limits.MB:.0f} MB", "max_text_mb", limit.max_text_mb, "MB"
        )
        return _rejected(base, str(exceeded))
    try:
        with limits.time_limit(limit.parse_timeout_s):
            return _parse(path, data, base)
    except limits.ParseTimeout:
        return _rejected(
            base,
            f"reading it took longer than the limit of {limit.parse_timeout_s:g} s; it was stopped "
            f"and nothing of it is loaded. If it is a real report, raise the limit "
            f"({limits.Limits.setting('parse_timeout_s')}) and run the ingest again",
        )
    except MemoryError:
        return _rejected(
            base,
            f"reading it needed more memory than the limit of {limit.parse_memory_mb:g} MB; it was "
            f"stopped and nothing of it is loaded. If it is a real report, raise the limit "
            f"({limits.Limits.setting('parse_memory_mb')}) and run the ingest again",
        )
    except Exception as exc:  # a bug must cost this file, never the run
        return _rejected(
            base,
            f"the parser failed on this file ({type(exc).__name__}: {exc}); nothing of it is loaded. "
            "This is a bug in ingest/: please report it with this file",
        )


def _parse(path: Path, data: bytes, base: dict) -> FileResult:
    not_read = not_reports.what_it_is(path, data)
    if not_read is not None:
        return _rejected(base, f"not a report this project reads: {not_read}")
    try:
        doc = read_document(path, data)
    except ReadError as exc:
        return _rejected(base, f"cannot read: {exc}")
    kind = classify.classify(doc)
    parser = PARSERS.get(kind.kind)
    if parser is None:
        return _rejected(base, kind.rejection, doc_kind=kind.kind, encoding=doc.encoding)
    result = parser(doc, kind, base)
    if result.report is not None and kind.template is not None:
        found = cross_check.findings(path, data, doc, result.report, kind.template)
        if found:
            result.report.warnings.extend(found)
            result.message = "; ".join(result.report.warnings)
    return result
