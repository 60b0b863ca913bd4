"""The format-neutral document form that every reader produces and every parser consumes.

Readers differ (plain text, HTML, Word, PDF); parsers must not. A document is an ordered list of blocks:
paragraphs of text and tables of cells. Every piece keeps the line (or page-derived position) it came
from, so that each loaded value can be traced back to its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.parsing.frozen import fast_init


@fast_init  # a document holds hundreds of cells: built without object.__setattr__ per field
@dataclass(frozen=True)
class Cell:
    text: str
    line: int
    # How the cell was obtained: printed as a cell, or split from digits printed run together (then `run`
    # holds those digits as printed; see ingest.parsing.report.flat).
    origin: str = "printed"
    run: str | None = None
    evidence: str | None = None  # what settled a split (ingest.report.evidence)
    # Read by OCR (origin "ocr", `run` the text as read): the lowest confidence of its characters, and
    # whether a second reading of each of its text boxes gave the same text (ingest.readers.ocr).
    confidence: float | None = None
    read_twice: bool = False
    # An ambiguous split's candidates: this cell's value in each, as JSON (`[5, 54]`), for the evidence
    # only the warehouse holds (the same body's previous report: dbt's int_report_values__settled).
    candidates: str | None = None


@fast_init
@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def line(self) -> int:
        for row in self.rows:
            for cell in row:
                return cell.line
        return 0


Block = Paragraph | Table


@dataclass
class Document:
    """One source file in the format-neutral form."""

    source_path: str
    source_format: str
    blocks: list[Block]
    encoding: str | None = None
    # What the source says about the document besides its text (a crawl's page URL and publication time:
    # `source_url`, `published`, `publisher`), for the metadata extractors.
    properties: dict[str, str] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def text(self) -> str:
        """All text in reading order, table cells included, one block per line."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                parts.extend(" ".join(c.text for c in row) for row in block.rows)
        return "\n".join(parts)


class ReadError(Exception):
    """A file that cannot be read into a document; the message says what is wrong and what to do."""
