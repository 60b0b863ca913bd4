"""Reader for Markdown as PDF converters write it (MinerU, docling, marker): pipe tables and paragraphs.

markdown-it-py parses the file (CommonMark with GFM tables); each table row keeps its source line. A
converter's tables come with defects, repaired here without reading any number differently:

- a header row with fewer cells than the value rows: GFM would cut the value rows to the header's width,
  so each table is parsed again under a header as wide as its widest row (no cell is dropped);
- a page footer inside a table (`— 2 —`, `第2页`): the row is dropped;
- a row whose last values wrapped onto a row of their own, in the columns after the row's last cell and
  nothing under its own cells: the two rows are joined (by column, so no value changes place);
- a label wrapped onto the next row (`1.本机关不掌握相关` / `政府信息 | 3 | …`, in the same column), or a
  label on a row of its own above its values (`1.属于国家秘密` / ` | 0 | 0 | …`): the two rows are joined.
  Only a row with at most two cells of text and no number is joined to the row below it, and only when
  that row holds numbers and, for a wrapped label, its one cell of text is in the label's column and is
  not a numbered row of its own (1. （二） 三、); a heading above its numbered rows and a table's header
  rows stay as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from ingest.parsing.document import Block, Cell, Document, Paragraph, Table
from ingest.parsing.readers.grid import is_number
from ingest.parsing.readers.spacing import tidy
from ingest.parsing.text import NUMBERED, decode_text

_PAGE_FOOTER = re.compile(
    r"^\s*(?:[—\-–－]+\s*\d+\s*[—\-–－]+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?)\s*$"
)
_PIPE = re.compile(r"(?<!\\)\|")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def read(path: Path, data: bytes) -> Document:
    text, encoding = decode_text(data, "Markdown")
    lines = text.splitlines()
    blocks: list[Block] = []
    tokens = _parser().parse(text)
    depth = 0  # inside a table
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            depth += 1
            start, end = token.map or (0, 0)
            table = _table(lines[start:end], start)
            if table.rows:
                blocks.append(table)
        elif token.type == "table_close":
            depth -= 1
        elif token.type == "inline" and not depth:
            line = (tokens[i - 1].map or token.map or (0, 0))[0] + 1
            for offset, piece in enumerate(token.content.split("\n")):
                if piece := tidy(piece):
                    blocks.append(Paragraph(piece, line + offset))
    return Document(str(path), "markdown", blocks, encoding=encoding)


def _cell_count(line: str) -> int:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return len(_PIPE.split(inner))


def _table(source: list[str], first_line: int) -> Table:
    """The table's rows, parsed under a header as wide as its widest row (see the module docstring)."""
    rows_at = [i for i, line in enumerate(source) if i != 1]  # line 1 is the delimiter row
    width = max(_cell_count(source[i]) for i in rows_at)
    widened = "\n".join(["|" + " |" * width, "|" + "---|" * width] + [source[i] for i in rows_at])
    tokens = _parser().parse(widened)
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(Cell(tidy(token.content.replace("\\|", "|")), 0))
        elif token.type == "tr_close":
            rows.append(row)
    rows = rows[1:]  # the synthetic header
    out: list[list[Cell]] = []
    for index, cells in zip(rows_at, rows, strict=False):
        count = _cell_count(source[index])
        line = first_line + index + 1
        out.append([Cell(c.text, line) for c in cells[:count]])
    return Table(rows=_join_broken_rows([r for r in out if not _is_footer(r)]))


def _is_footer(row: list[Cell]) -> bool:
    texts = [c.text for c in row if c.text.strip()]
    return bool(texts) and all(_PAGE_FOOTER.match(t) for t in texts)


def _split(row: list[Cell]) -> tuple[list[Cell], list[Cell]]:
    """Label cells (up to the last cell of text) and value cells."""
    last = max((i for i, c in enumerate(row) if c.text.strip() and not is_number(c.text)), default=-1)
    return row[: last + 1], row[last + 1 :]


def _continues(row: list[Cell], following: list[Cell]) -> bool:
    """`following` holds only the values `row` had no room for: numbers in the columns after `row`'s last,
    nothing under `row`'s own cells, and `row` has a label and numbers of its own."""
    labels, values = _split(row)
    if not labels or not any(is_number(c.text) for c in values) or len(following) <= len(row):
        return False
    under, beyond = following[: len(row)], following[len(row) :]
    return not any(c.text.strip() for c in under) and all(is_number(c.text) for c in beyond)


def _join_broken_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    i = 0
    while i < len(rows):
        row, following = rows[i], rows[i + 1] if i + 1 < len(rows) else None
        labels, values = _split(row)
        texts = [c for c in labels if c.text.strip()]
        if following and _continues(row, following):  # a row's last values wrapped onto the next row
            out.append([*row, *following[len(row) :]])
            i += 2
            continue
        if following and texts and len(texts) <= 2 and not any(is_number(c.text) for c in values):
            next_labels, next_values = _split(following)
            next_texts = [c for c in next_labels if c.text.strip()]
            if any(is_number(c.text) for c in next_values):
                if not next_texts:  # values on a row of their own, under their label's columns
                    out.append([*labels, *following[len(labels) :]])
                    i += 2
                    continue
                wrapped = (
                    len(next_texts) == 1
                    and following.index(next_texts[0]) == row.index(texts[-1])  # the same column
                    and not NUMBERED.match(next_texts[0].text)
                )
                if wrapped:  # a label wrapped onto the next row
                    joined = Cell(texts[-1].text + next_texts[0].text, texts[-1].line)
                    out.append([*labels[: labels.index(texts[-1])], joined, *next_values])
                    i += 2
                    continue
        out.append(row)
        i += 1
    return out
