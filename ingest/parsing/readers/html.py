"""Reader for HTML pages as government portals publish them.

A report page is mostly portal: navigation, breadcrumbs, search forms, scripts, share buttons, a footer
with its own dates. The reader drops scripts and the portal's chrome, then keeps the report's body: the
deepest element holding nearly all of the page's remaining text (descending while one child holds most
of it). When that body has no title of its own, the page's <h1> (or <title>) stands in for it.

Tables: a table holding another table is page layout, so its cells are read as containers; a table
without nested tables is data, read cell by cell with rowspan/colspan laid out on a grid (see
`ingest.parsing.readers.grid`). Each block keeps the source line of its element.

The charset is the one the page declares (GBK and GB2312 are read as GB18030, their superset); a page
without a declaration, or whose declaration is wrong, is read as UTF-8 or else GB18030.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ingest.parsing.document import Cell, Document, Paragraph, ReadError, Table
from ingest.parsing.numbers import parse_number
from ingest.parsing.readers.grid import GridCell, drop_repeated_headers, table_from_grid
from ingest.parsing.readers.spacing import _MEMO_LENGTH, _tidy_short, tidy
from ingest.parsing.text import decode as decode_bytes

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARED = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_GB = {
    "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "csgb2312", "cp936", "ms936", "windows-936", "euc-cn",
}  # fmt: skip

# Never content: scripts and styles, embedded objects, form controls.
_JUNK_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
    "button", "input", "textarea", "link", "meta",
}  # fmt: skip
# Portal chrome, by tag and by the class or id names portals give it.
_CHROME_TAGS = {"nav", "header", "footer", "aside", "form"}
_CHROME_NAMES = {
    "nav", "navbar", "navigation", "menu", "mainmenu", "submenu", "footer", "foot", "bottom", "breadcrumb",
    "breadcrumbs", "crumb", "crumbs", "position", "location", "sidebar", "side", "share", "toolbar",
    "topbar", "header", "copyright", "search", "login", "friendlink", "links", "related",
}  # fmt: skip
_NAME_SPLIT = re.compile(r"[\s_\-]+")
_NOT_DIGIT = re.compile(r"\D")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "tr", "td", "th",
    "caption", "body", "html", "table", "tbody", "thead", "tfoot",
}  # fmt: skip
# The body is where one child no longer holds this share of the text.
_BODY_SHARE = 0.85


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = _DECLARED.search(head) or _XML_DECLARED.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode(data: bytes) -> tuple[str, str]:
    """The page's text and the codec used: its declared charset first, then UTF-8, then GB18030."""
    declared = declared_charset(data)
    try:
        return decode_bytes(data, "gb18030" if declared in _GB else declared)
    except UnicodeDecodeError:
        raise ReadError(
            f"cannot decode the page as its declared charset ({declared or 'none declared'}), UTF-8 or "
            "GB18030/GBK; save it again from the browser (UTF-8) and run the ingest again"
        ) from None


_PARSER = etree.HTMLParser(remove_comments=False, recover=True)
# What `read` strips before anything else: libxml2's HTML parser writes tag names in lower case, so the
# names match as `_tag` would; the node types are what has no str tag.
_STRIPPED = (*sorted(_JUNK_TAGS), "head", etree.Comment, etree.ProcessingInstruction, etree.Entity)
# The only elements `_is_chrome` can be true of: a chrome tag, or a class or id to read. The elements with
# a class or id as the parents of those attributes: libxml2 finds them without testing a predicate on
# every element (half the time of `//*[@class or @id]`; the same elements, in document order).
_CHROME_CANDIDATES = etree.XPath(
    "|".join(["(//@class|//@id)/..", *(f"//{tag}" for tag in sorted(_CHROME_TAGS))])
)


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _is_chrome(element: etree._Element) -> bool:
    if _tag(element) in _CHROME_TAGS:
        return True
    return _chrome_names(f"{element.get('class', '')} {element.get('id', '')}")


@lru_cache(maxsize=4096)  # a page repeats its few class names on many elements, and portals share them
def _chrome_names(names: str) -> bool:
    return any(token in _CHROME_NAMES for token in _NAME_SPLIT.split(names.lower()) if token)


def _remove(element: etree._Element) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# An element's text: its own, its descendants' texts and tails (not its own tail), joined in C.
_STRING = etree.XPath("string()", smart_strings=False)


def _text_length(element: etree._Element) -> int:
    """The element's text length without whitespace (str.split's whitespace is `\\s`'s: both are
    Py_UNICODE_ISSPACE), only for the elements `_body_of` descends through and their children: measuring
    every element's subtree was quadratic in the page's depth, and a pass over all of them in Python was
    a fifth of an HTML report's time."""
    return len("".join(_STRING(element).split()))


def _title_candidate(root: etree._Element) -> str | None:
    """The page's own title for the report: its first <h1>, else the part of <title> naming a report."""
    for h1 in root.iter("h1"):
        text = tidy("".join(h1.itertext()))
        if "报告" in text or "要点" in text:
            return text
    for title in root.iter("title"):
        for part in re.split(r"[_|｜\-–—]+", "".join(title.itertext())):
            if "报告" in part or "要点" in part:
                return tidy(part)
    return None


# An element's text length, white space included, counted by libxml2 without making the text a Python string.
_STRING_LENGTH = etree.XPath("string-length()")


def _non_white(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _measured_child(node: etree._Element, share: float) -> etree._Element | None:
    for child in node:
        if isinstance(child.tag, str) and _text_length(child) >= share:
            return child
    return None


def _body_of(root: etree._Element) -> etree._Element:
    """The deepest element that holds nearly all of the page's text (see the module docstring): what
    `_body_of_reference` gives, without measuring the child that holds the text whole at each level.

    An element's text is its own text, then each child's text and tail, so the one child that may hold
    the body's share (a share over a half: at most one) measures the node's total less its siblings',
    its text's and the tails'. A child whose whole length, white space included (libxml2's count), is
    under the share cannot have it and is measured (and taken for the candidate if it has it after all);
    a child over it is the candidate. Measuring it whole (the string made in Python, split and joined)
    was most of finding the body: the page's text again at each level. With two candidates (white
    space), each is measured as the reference does; without one, the children are read until those left
    hold less than the share, as the reference reads them."""
    body = root.find("body")
    node = body if body is not None else root
    total = _text_length(node)
    while total:
        share = _BODY_SHARE * total
        rest = _non_white(node.text)  # all of the node's text but the candidate's
        seen = 0  # the children's measured
        candidate, length = None, 0
        for child in node:
            rest += _non_white(child.tail)
            if not isinstance(child.tag, str):
                continue
            if candidate is None and total - seen < share:
                break  # the children left hold less than the share: none has it (as the reference stops)
            if _STRING_LENGTH(child) < share and (measured := _text_length(child)) < share:
                rest += measured
                seen += measured
            elif candidate is None:
                candidate = child
            else:  # two candidates: measure them
                candidate = _measured_child(node, share)
                length = 0 if candidate is None else _text_length(candidate)
                break
        else:
            if candidate is not None:
                length = total - rest
        if candidate is None or length < share:
            break
        node, total = candidate, length
    return _around_table(node)


def _around_table(node: etree._Element) -> etree._Element:
    """A body found inside a data table (a part of a table holding no table of its own) is widened to the
    table's parent, so the whole table and what stands beside it are read, not one row or cell of it."""
    if _tag(node) in {"table", "tbody", "thead", "tfoot", "tr", "td", "th"} and node.find(".//table") is None:
        while node.getparent() is not None and _tag(node) != "table":
            node = node.getparent()
        node = node.getparent() if node.getparent() is not None else node
    return node


def _body_of_reference(root: etree._Element) -> etree._Element:
    """`_body_of` by its definition: each child measured whole (the tests check `_body_of` against it)."""
    body = root.find("body")
    node = body if body is not None else root
    total = _text_length(node)
    while total:
        # The children's texts are disjoint parts of the node's: a child with the body's share is the
        # one longest child, and once the others measured leave less than that share, none has it.
        chosen, seen = None, 0
        for child in node:
            if not isinstance(child.tag, str):
                continue
            length = _text_length(child)
            if length >= _BODY_SHARE * total:
                chosen = child
                break
            seen += length
            if total - seen < _BODY_SHARE * total:
                break
        if chosen is None:
            break
        node, total = chosen, length
    return _around_table(node)


class _Walker:
    """Turns an element tree into paragraphs and tables, in reading order."""

    def __init__(self) -> None:
        self.blocks: list[Paragraph | Table] = []
        self.pieces: list[str] = []
        self.line: int | None = None
        self.filled = False  # a piece holds more than whitespace

    def flush(self) -> None:
        # Most flushes (every block tag opens and closes one) hold nothing or only whitespace, which
        # `tidy` makes "": no paragraph, so no need to join and tidy. `line` is None unless `filled`.
        if self.filled:
            text = tidy("".join(self.pieces))
            if text:
                self.blocks.append(Paragraph(text, self.line or 0))
            self.pieces, self.line, self.filled = [], None, False
        elif self.pieces:
            self.pieces = []

    def add(self, text: str | None, line: int | None) -> None:
        if text and text.strip():
            if self.line is None:
                self.line = line
            self.pieces.append(text)
            self.filled = True
        elif text:
            self.pieces.append(" ")

    def walk(self, element: etree._Element) -> None:
        """`add` inlined for the element's text and its children's tails (a call each per element), and
        a source line read only where a text starts a paragraph; `str.isspace` is `not str.strip()` on
        a non-empty text (both Py_UNICODE_ISSPACE)."""
        tag = element.tag
        tag = tag.lower() if isinstance(tag, str) else ""  # _tag
        if tag == "table":
            if element.find(".//table") is not None:
                self.flush()
                for cell in _own_cells(element):
                    self.walk_children(cell)
                    self.flush()
            else:
                self.flush()
                table = read_table(element)
                if table.rows:
                    self.blocks.append(table)
            return
        if tag == "br":
            self.flush()
            return
        block = tag in _BLOCK_TAGS
        if block and (self.filled or self.pieces):
            self.flush()
        text = element.text
        if text:
            if text.isspace():
                self.pieces.append(" ")
            else:
                if self.line is None:
                    self.line = element.sourceline
                self.pieces.append(text)
                self.filled = True
        if len(element):
            self.walk_children(element)
        if block and (self.filled or self.pieces):
            self.flush()

    def walk_children(self, element: etree._Element) -> None:
        walk, pieces = self.walk, self.pieces
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
                pieces = self.pieces  # a flush in the child starts a new list
            tail = child.tail
            if tail:
                if tail.isspace():
                    pieces.append(" ")
                else:
                    if self.line is None:
                        self.line = child.sourceline
                    pieces.append(tail)
                    self.filled = True


def _own_cells(table: etree._Element) -> Iterator[etree._Element]:
    """The td and th elements of `table` whose nearest table is `table` (not a table nested in it), in
    document order: what `.//td | .//th` with `ancestor::table[1]` = table selects, without an XPath
    query per cell."""
    for child in table:
        tag = _tag(child)
        if tag in {"td", "th"}:
            yield child
        if tag != "table":
            yield from _own_cells(child)


def _span(element: etree._Element, name: str) -> int:
    value = element.get(name)
    if value is None:
        return 1
    if value.isascii() and value.isdigit():  # the common case, without the regular expression
        return max(1, min(int(value), 1000))
    try:
        return max(1, min(int(_NOT_DIGIT.sub("", value) or 1), 1000))
    except ValueError:
        return 1


def _all_text(element: etree._Element) -> str:
    """`"".join(element.itertext())`, without lxml's iterator where the cell holds at most one element
    with no children (`<td><p>0</p></td>`, most cells): a third of the time."""
    count = len(element)
    if count == 0:
        return element.text or ""
    if count == 1:
        child = element[0]
        if len(child) == 0 and isinstance(child.tag, str):
            return (element.text or "") + (child.text or "") + (child.tail or "")
    return "".join(element.itertext())


def _cell_text(element: etree._Element) -> str:
    return tidy(_all_text(element))


def read_table(table: etree._Element) -> Table:
    """A data table (no nested tables) laid out on its grid: what `read_table_reference` gives (the cells
    as `GridCell`s through `grid.table_from_grid`), written straight from the cells: those objects and
    the calls per cell were a fifth of an HTML report's instructions. An HTML row's cells come in column
    order, each after the columns of the one before, so the table is in reading order exactly when no
    cell spans rows, and then each <tr> is a grid row (`grid._in_reading_order`)."""
    rows: list[list[tuple[str, int, int, int]]] = []  # per <tr>: (text, line, column, colspan)
    # The cells spanning rows: row, column, rowspan, colspan, line.
    spanning: list[tuple[int, int, int, int, int]] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(table.iter("tr")):
        row: list[tuple[str, int, int, int]] = []
        col = 0
        for td in tr:
            tag = td.tag
            if tag != "td" and tag != "th" and _tag(td) not in {"td", "th"}:  # lxml writes tags in lower case
                continue
            while taken and (r, col) in taken:
                col += 1
            # Most cells span nothing: their attribute names are read once (one call, not a get per span;
            # a name present without a value spans 1, as `_span` reads it).
            names = td.keys()
            if names and ("rowspan" in names or "colspan" in names):
                rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
            else:
                rowspan = colspan = 1
            line = td.sourceline or tr.sourceline or 0
            # `_cell_text`, inlined: `_all_text`, then `tidy`'s memo for short texts
            count = len(td)
            if count == 0:
                raw = td.text or ""
            elif count == 1 and len(child := td[0]) == 0 and isinstance(child.tag, str):
                raw = (td.text or "") + (child.text or "") + (child.tail or "")
            else:
                raw = "".join(td.itertext())
            row.append((_tidy_short(raw) if len(raw) <= _MEMO_LENGTH else tidy(raw), line, col, colspan))
            # Only positions of later rows are ever looked up (a row's own columns only increase): a cell
            # spanning one row takes nothing another cell could ask for.
            if rowspan > 1:
                spanning.append((r, col, rowspan, colspan, line))
                taken.update((rr, cc) for rr in range(r + 1, r + rowspan) for cc in range(col, col + colspan))
            col += colspan
        rows.append(row)
    labels_end = _value_start(rows)
    table = Table()
    out = table.rows
    if not spanning:  # reading order: each row's cells as they are, empty label cells after a label dropped
        for row in rows:
            if not row:
                continue
            if labels_end is None:
                out.append([Cell(text, line) for text, line, _, _ in row])
                continue
            cells, seen_label = [], False
            for text, line, col, _ in row:
                if col < labels_end:
                    if not text.strip():
                        if seen_label:
                            continue
                    else:
                        seen_label = True
                cells.append(Cell(text, line))
            out.append(cells)
        return table
    return _laid_out(rows, spanning, labels_end, table)


def _value_start(rows: list[list[tuple[str, int, int, int]]]) -> int | None:
    """`grid.value_start` of the table's cells: each row's cells come in column order, so its first number
    is in its first cell holding one; the commonest such column (the first of equals, as Counter's)."""
    firsts = []
    for row in rows:
        for text, _, col, _ in row:
            if parse_number(text)[0] is not None:
                firsts.append(col)
                break
    if not firsts:
        return None
    return Counter(firsts).most_common(1)[0][0]


def _laid_out(
    rows: list[list[tuple[str, int, int, int]]],
    spanning: list[tuple[int, int, int, int, int]],
    labels_end: int | None,
    table: Table,
) -> Table:
    """`grid.laid_out` of the table's cells: each grid row's positions from the left, a cell where one
    starts, an empty placeholder where a cell above spans down into the position (the cell's first column;
    of two, the later cell's)."""
    covered: dict[int, dict[int, tuple[int, int]]] = {}  # row -> column -> (colspan, line) of the cell above
    n_rows = n_cols = 0
    for r, row in enumerate(rows):
        if row:
            n_rows = r + 1
            last = row[-1]
            n_cols = max(n_cols, last[2] + last[3])
    for r, col, rowspan, colspan, line in spanning:
        n_rows = max(n_rows, r + rowspan)
        for rr in range(r + 1, r + rowspan):
            covered.setdefault(rr, {})[col] = (colspan, line)
    out = table.rows
    no_row: list[tuple[str, int, int, int]] = []
    for r in range(n_rows):
        row = rows[r] if r < len(rows) else no_row
        starts = {cell[2]: cell for cell in row}
        above = covered.get(r, {})
        row_line = min(cell[1] for cell in row) if row else None
        cells: list[Cell] = []
        seen_label = False
        col = 0
        while col < n_cols:
            cell = starts.get(col)
            if cell is not None:
                text, line, _, colspan = cell
                if labels_end is not None and col < labels_end:
                    if not text.strip():
                        if seen_label:
                            col += colspan
                            continue
                    else:
                        seen_label = True
                cells.append(Cell(text, line))
                col += colspan
            elif col in above:
                colspan, line = above[col]
                cells.append(Cell("", row_line if row_line is not None else line))  # never dropped
                col += colspan
            else:
                col += 1
        if cells:
            out.append(cells)
    return table


def read_table_reference(table: etree._Element) -> Table:
    """`read_table` by its definition: the cells as `GridCell`s, laid out by `grid.table_from_grid` (the
    tests check `read_table` against it)."""
    cells: list[GridCell] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(table.iter("tr")):
        col = 0
        for td in tr:
            tag = td.tag
            if tag != "td" and tag != "th" and _tag(td) not in {"td", "th"}:  # lxml writes tags in lower case
                continue
            while taken and (r, col) in taken:
                col += 1
            # Most cells span nothing: their attributes are looked at once, without a call per span.
            spans = td.get("rowspan") is not None or td.get("colspan") is not None
            rowspan, colspan = (_span(td, "rowspan"), _span(td, "colspan")) if spans else (1, 1)
            line = td.sourceline or tr.sourceline or 0
            cells.append(GridCell(tidy(_all_text(td)), line, r, col, rowspan, colspan))
            # Only positions of later rows are ever looked up (a row's own columns only increase): a cell
            # spanning one row takes nothing another cell could ask for.
            if rowspan > 1:
                taken.update((rr, cc) for rr in range(r + 1, r + rowspan) for cc in range(col, col + colspan))
            col += colspan
    return table_from_grid(cells)


def read(path: Path, data: bytes) -> Document:
    text, encoding = decode(data)
    text = _XML_DECLARATION.sub("", text)
    if not text.strip():
        raise ReadError("the HTML page is empty; download it again")
    try:
        # Plain etree elements: lxml.html's element classes cost a lookup per element touched.
        root = etree.fromstring(text, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReadError(f"cannot parse the HTML page ({exc}); download it again") from None
    if root is None:
        raise ReadError("the HTML page has no elements; download it again")
    title = _title_candidate(root)
    # Junk, the head, comments and processing instructions: removed by lxml in C, tails kept (as `_remove`).
    etree.strip_elements(root, *_STRIPPED, with_tail=False)
    for element in _CHROME_CANDIDATES(root):  # in document order, as root.iter() visits them
        if element.getparent() is not None and _is_chrome(element):
            _remove(element)
    walker = _Walker()
    walker.walk(_body_of(root))
    walker.flush()
    blocks = drop_repeated_headers(walker.blocks)
    leading = [b.text for b in blocks[:3] if isinstance(b, Paragraph) and len(b.text) <= 60]
    if title and not any("报告" in t or "要点" in t for t in leading):
        blocks.insert(0, Paragraph(title, 0))
    return Document(str(path), "html", blocks, encoding=encoding)
