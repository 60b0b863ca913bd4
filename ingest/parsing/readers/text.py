"""Reader for text extracted from Word files (the seed layout).

Layout: table cells one per line, indented by a tab; rows separated by blank lines; a cell's text may
wrap onto following unindented lines ("商业\n企业"), sometimes after a blank line ("（三）\n\n不予公开").
Two or more blank lines, or a section heading, end a table.

A second layout holds one table row per line, its cells separated by tabs ("1\t紧扣…\t…\t全年"), as
in the work plans' task tables; a blank line or a paragraph ends such a table.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.parsing.document import Cell, Document, Paragraph, ReadError, Table
from ingest.parsing.text import SECTION_NUMBER, decode_text

# A wrapped piece of a cell is short and is never a section heading.
_HEADING = re.compile(rf"^\s*{SECTION_NUMBER}")
_MAX_CONTINUATION = 40


def row_cells(line: str) -> list[str] | None:
    """The cells of a one-row-per-line table row, or None: a row has two or more filled cells."""
    if line.startswith("\t") or "\t" not in line:
        return None
    cells = [c.strip() for c in line.rstrip("\r\n").split("\t")]
    return cells if sum(1 for c in cells if c) >= 2 else None


def parse_lines(lines: list[str]) -> list[Paragraph | Table]:
    blocks: list[Paragraph | Table] = []
    table: Table | None = None
    row: list[Cell] = []
    blank_run = 0
    row_per_line = False  # the open table is in the one-row-per-line layout

    def close_table() -> None:
        nonlocal table, row, row_per_line
        if table is not None:
            if row:
                table.rows.append(row)
            blocks.append(table)
        table, row, row_per_line = None, [], False

    for number, line in enumerate(lines, start=1):
        if line.startswith("\t"):  # a cell (most lines of a report): no row_cells, the blank-run rules
            if row_per_line:
                close_table()
            cell = Cell(line.strip(), number)
            if table is None:
                table, row = Table(), []
            elif blank_run and row:
                table.rows.append(row)
                row = []
            row.append(cell)
            blank_run = 0
            continue
        stripped = line.strip()
        # row_cells, only where it can find a row (a tab, not leading): most lines have none.
        cells = row_cells(line) if "\t" in line else None
        if cells is not None:
            if table is not None and (blank_run or not row_per_line):
                close_table()
            if table is None:
                table, row_per_line = Table(), True
            table.rows.append([Cell(text, number) for text in cells])
            blank_run = 0
        elif not stripped:
            blank_run += 1
        else:
            if (
                table is not None
                and row
                and blank_run <= 1
                and len(stripped) <= _MAX_CONTINUATION
                and not _HEADING.match(stripped)
            ):
                last = row[-1]
                row[-1] = Cell(last.text + stripped, last.line)
            else:
                close_table()
                blocks.append(Paragraph(stripped, number))
            blank_run = 0
    close_table()
    return blocks


def read(path: Path, data: bytes) -> Document:
    text, encoding = decode_text(data, "text")
    if "\x00" in text:
        raise ReadError("this looks like a binary file, not text; only .txt, .html, .docx and .pdf are read")
    return Document(str(path), "text", parse_lines(text.splitlines()), encoding=encoding)
