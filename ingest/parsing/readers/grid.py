"""From a table laid out on a grid (cells with row and column spans) to the document's rows of cells.

HTML, Word and PDF readers see a table's real structure; the template parser reads rows the way the text
reader writes them: label cells, then value cells, with one empty leading cell where a merged label
above spans down into the row. This module is that translation, shared so the three readers agree:

- a cell merged across columns is written once;
- a position covered by a cell merged down from an earlier row is written as one empty cell;
- an empty cell among a row's labels (a blank label column, as in "（六）其他处理 | | 0 0 0") is dropped,
  so the values follow the label; empty cells among the values are kept and read as missing;
- header rows that a table repeats after a page break are dropped (see `drop_repeated_headers`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from ingest.parsing.document import Block, Cell, Table
from ingest.parsing.numbers import parse_number
from ingest.parsing.text import normalize_label


@dataclass
class GridCell:
    """One cell of a source table, where it starts and how far it spans."""

    text: str
    line: int
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    ocr: tuple[float, bool] | None = None  # read by OCR: lowest confidence, read the same twice


def is_number(text: str) -> bool:
    return parse_number(text)[0] is not None


def value_start(cells: list[GridCell]) -> int | None:
    """The grid column where a row's values usually start: the commonest column of a row's first number."""
    first: dict[int, int] = {}
    for cell in cells:  # is_number inlined: a call per cell of every table
        if (cell.row not in first or cell.col < first[cell.row]) and parse_number(cell.text)[0] is not None:
            first[cell.row] = cell.col
    if not first:
        return None
    return Counter(first.values()).most_common(1)[0][0]


def _placed(cell: GridCell) -> Cell:
    if cell.ocr is not None:
        confidence, twice = cell.ocr
        return Cell(cell.text, cell.line, "ocr", cell.text, confidence=confidence, read_twice=twice)
    return Cell(cell.text, cell.line)


def _in_reading_order(cells: list[GridCell]) -> bool:
    """No cell spans rows, and the cells come row by row, each after the columns the one before spans:
    then no position is covered from above and none is skipped, and each grid row is its cells in order."""
    row, end = 0, 0
    for c in cells:
        if c.rowspan != 1 or c.colspan < 1 or c.col < 0 or c.row < row or (c.row == row and c.col < end):
            return False
        row, end = c.row, c.col + c.colspan
    return True


def _keep_values(placed: list[tuple[Cell, int, bool]], labels_end: int) -> list[tuple[Cell, int, bool]]:
    """Drop the empty cells among a row's labels after its first label (see the module docstring)."""
    seen_label = False
    kept = []
    for cell, at, placeholder in placed:
        if at < labels_end and not cell.text.strip():
            if seen_label and not placeholder:
                continue
        elif at < labels_end:
            seen_label = True
        kept.append((cell, at, placeholder))
    return kept


def table_from_grid(cells: list[GridCell]) -> Table:
    """Write grid cells as the document's rows (see the module docstring for the rules)."""
    labels_end = value_start(cells)
    if not _in_reading_order(cells):
        return laid_out(cells, labels_end)
    # Most tables: no merged rows, so no grid to lay out; what `laid_out` gives them, without the grid.
    table = Table()
    for _, group in itertools.groupby(cells, key=lambda c: c.row):
        placed = [(Cell(c.text, c.line) if c.ocr is None else _placed(c), c.col, False) for c in group]
        if labels_end is not None:
            placed = _keep_values(placed, labels_end)
        if placed:
            table.rows.append([cell for cell, _, _ in placed])
    return table


def laid_out(cells: list[GridCell], labels_end: int | None) -> Table:
    """The rows of any grid (`table_from_grid`'s definition): each row's positions from the left, a cell
    where one starts, an empty placeholder where a cell above spans down into it."""
    starts = {(c.row, c.col): c for c in cells}
    covered: dict[tuple[int, int], GridCell] = {}
    for c in cells:
        for r in range(c.row + 1, c.row + c.rowspan):
            covered[(r, c.col)] = c
    n_rows = max((c.row + c.rowspan for c in cells), default=0)
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    first_line: dict[int, int] = {}  # each grid row's first source line (once, not a scan per row)
    for c in cells:
        if c.row not in first_line or c.line < first_line[c.row]:
            first_line[c.row] = c.line
    table = Table()
    for r in range(n_rows):
        placed: list[tuple[Cell, int, bool]] = []  # cell, grid column, is a placeholder
        row_line = first_line.get(r)
        col = 0
        while col < n_cols:
            if (r, col) in starts:
                cell = starts[(r, col)]
                placed.append((_placed(cell), col, False))
                col += cell.colspan
            elif (r, col) in covered:
                above = covered[(r, col)]
                placed.append((Cell("", row_line if row_line is not None else above.line), col, True))
                col += above.colspan
            else:
                col += 1
        if labels_end is not None:
            placed = _keep_values(placed, labels_end)
        if placed:
            table.rows.append([cell for cell, _, _ in placed])
    return table


def _row_key(row: list[Cell]) -> tuple[str, ...]:
    return tuple(normalize_label(c.text) for c in row)


def header_rows(table: Table) -> int:
    """How many leading rows hold no number: the table's header."""
    for i, row in enumerate(table.rows):
        if any(is_number(c.text) for c in row):
            return i
    return len(table.rows)


def repeated_header_count(first: Table, continuation: Table) -> int:
    """How many leading rows of `continuation` repeat the header rows of `first`."""
    limit = min(header_rows(first), len(continuation.rows))
    count = 0
    while count < limit and _row_key(continuation.rows[count]) == _row_key(first.rows[count]):
        count += 1
    return count


def drop_repeated_headers(blocks: list[Block]) -> list[Block]:
    """Drop header rows that a table directly following another repeats (a table continued on a new page).

    Only rows without a number can be header rows, so this never drops a value.
    """
    out: list[Block] = []
    head: Table | None = None  # the first table of a run of adjacent tables
    for block in blocks:
        if not isinstance(block, Table):
            head = None
        elif head is None:
            head = block
        else:
            count = repeated_header_count(head, block)
            if count:
                block = Table(rows=block.rows[count:])
                if not block.rows:
                    continue
        out.append(block)
    return out
