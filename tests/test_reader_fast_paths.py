"""The readers' fast paths (issue 29) give what their definitions give.

`tidy` joins the words of a text where no white space is wide (all but U+3000) instead of running its two
regular expressions over every position; `table_from_grid` writes a table whose cells span no rows cell
by cell instead of laying out its grid. Each is checked against its definition, kept beside it
(`tidy_slow`, `laid_out`), on examples written by hand and on generated ones.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from ingest.parsing.document import Cell
from ingest.parsing.readers import html
from ingest.parsing.readers.grid import GridCell, laid_out, table_from_grid, value_start
from ingest.parsing.readers.spacing import tidy, tidy_slow

# Latin letters and digits, CJK and full-width punctuation, and white space of several kinds (U+3000,
# the ideographic space, is the one that is also wide).
_ALPHABET = [
    "a", "B", "1", ".", "%", "年", "号", "，", "“", "”", "…", "—",
    " ", "\t", "\n", "\xa0", "\u2009", "\u3000",
]  # fmt: skip


def test_tidy_by_hand():
    assert tidy("2024 年") == "2024年"
    assert tidy("号 ， 邮 编") == "号，邮编"
    assert tidy("  Times  New\tRoman ") == "Times New Roman"
    assert tidy("66.7 %") == "66.7 %"
    assert tidy("\xa0\xa0\xa0\xa0本报告根据 《条例》") == "本报告根据《条例》"
    assert tidy("总计") == "总计"
    assert tidy(" \n ") == ""
    # Two ideographic spaces between Latin words: each is removed next to the other (a wide character)
    assert tidy("a\u3000\u3000b") == "ab"
    assert tidy("a\u3000b") == "a b"


@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=30))
def test_tidy_is_its_definition(text: str):
    assert tidy(text) == tidy_slow(text)
    assert tidy(text) == tidy_slow(text)  # memoised: the second answer is the first


def test_a_table_without_merged_rows_by_hand():
    """A header merged across the columns, a label column, then values; an empty label cell after the
    label is dropped, an empty value cell kept (it is read as missing)."""
    cells = [
        GridCell("第二十条第（一）项", 1, 0, 0, colspan=4),
        GridCell("信息内容", 2, 1, 0), GridCell("本年制发件数", 2, 1, 1), GridCell("本年废止件数", 2, 1, 2),
        GridCell("规章", 3, 2, 0), GridCell("", 3, 2, 1), GridCell("5", 3, 2, 2), GridCell("", 3, 2, 3),
        GridCell("（六）其他处理", 4, 3, 0), GridCell("", 4, 3, 1), GridCell("0", 4, 3, 2),
        GridCell("0", 4, 3, 3),
    ]  # fmt: skip
    rows = [[(c.text, c.line) for c in row] for row in table_from_grid(cells).rows]
    assert rows == [
        [("第二十条第（一）项", 1)],
        [("信息内容", 2), ("本年制发件数", 2), ("本年废止件数", 2)],
        [("规章", 3), ("5", 3), ("", 3)],  # values start at column 2: the empty cell before is a label's
        [("（六）其他处理", 4), ("0", 4), ("0", 4)],
    ]
    assert value_start(cells) == 2
    assert table_from_grid(cells) == laid_out(cells, 2)


@st.composite
def _grids(draw) -> list[GridCell]:
    """Rows of cells left to right, some spanning columns, some rows (the laid-out path), with gaps."""
    cells = []
    for row in range(draw(st.integers(0, 4))):
        col = draw(st.integers(0, 1))
        for _ in range(draw(st.integers(0, 4))):
            colspan = draw(st.sampled_from([1, 1, 1, 2, 3]))
            rowspan = draw(st.sampled_from([1] * 9 + [2]))
            text = draw(st.sampled_from(["", " ", "0", "12", "总计", "（一）予以公开"]))
            cells.append(GridCell(text, draw(st.integers(1, 9)), row, col, rowspan, colspan))
            col += colspan + draw(st.sampled_from([0, 0, 0, 1]))
    return cells


@given(_grids())
def test_table_from_grid_is_the_laid_out_grid(cells: list[GridCell]):
    assert table_from_grid(cells) == laid_out(cells, value_start(cells))


def test_merged_rows_by_hand():
    # 情况 spans two rows; 0 and 1 fill its second row after one placeholder at the first row's line.
    cells = [
        GridCell("情况", 5, 0, 0, rowspan=2), GridCell("申请", 5, 0, 1), GridCell("3", 5, 0, 2),
        GridCell("0", 6, 1, 1), GridCell("1", 7, 1, 2),
    ]  # fmt: skip
    rows = [[(c.text, c.line) for c in row] for row in table_from_grid(cells).rows]
    assert rows == [[("情况", 5), ("申请", 5), ("3", 5)], [("", 6), ("0", 6), ("1", 7)]]


def test_an_ocr_cell_keeps_its_reading_on_either_path():
    cells = [GridCell("总计", 1, 0, 0), GridCell("7", 1, 0, 1, ocr=(0.91, True))]
    expected = Cell("7", 1, "ocr", "7", confidence=0.91, read_twice=True)
    assert table_from_grid(cells).rows[0][1] == expected
    assert laid_out(cells, value_start(cells)).rows[0][1] == expected


_SPAN_VALUES = [None, None, None, None, "", "1", "2", "3", "0", "x", " 2", "2px", "12"]
_CELL_TEXTS = ["", " ", "0", "12", "3 ", "总计", "（一）予以公开", "\xa0", "a\u3000b", "1,234", "—"]


@st.composite
def _html_tables(draw) -> str:
    """An HTML data table: td and th cells spanning rows and columns (any attribute text, or none), texts
    bare or in one or two elements, a comment among the cells, a <tr> without cells, lines apart or not."""
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        cells = []
        for _ in range(draw(st.integers(0, 5))):
            tag = draw(st.sampled_from(["td", "td", "th"]))
            attrs = draw(st.sampled_from(["", ' valign="center"']))
            for name in ("rowspan", "colspan"):
                value = draw(st.sampled_from(_SPAN_VALUES))
                if value == "":
                    attrs += f" {name}"  # no value
                elif value is not None:
                    attrs += f' {name}="{value}"'
            text = draw(st.sampled_from(_CELL_TEXTS))
            wrap = draw(st.sampled_from(["{}", "<p>{}</p>", "<p>{}</p> ", "<p><b>{}</b></p>", "{}<br/>{}"]))
            cells.append(f"<{tag}{attrs}>{wrap.format(text, text)}</{tag}>")
            if draw(st.integers(0, 9)) == 0:
                cells.append("<!-- c -->")
        rows.append("<tr>" + draw(st.sampled_from(["", "\n"])).join(cells) + "</tr>")
    return "<html><body><table>" + "\n".join(rows) + "</table></body></html>"


@given(_html_tables())
def test_html_read_table_is_its_definition(page: str):
    table = etree.fromstring(page, html._PARSER).find(".//table")
    assert html.read_table(table) == html.read_table_reference(table)


def test_html_read_table_by_hand():
    """A header spanning three rows and three columns, another two rows; the placeholders of merged rows
    take their row's first line; an empty label cell after a label is dropped, an empty value kept."""
    page = """<html><body><table>
<tr><th rowspan="3" colspan="3">情况</th><th colspan="2">申请人</th></tr>
<tr><th rowspan="2">自然人</th><th>商业企业</th></tr>
<tr><th>科研机构</th></tr>
<tr><td colspan="3">一、本年新收</td><td>5</td><td></td></tr>
<tr><td>（六）其他处理</td><td></td><td></td><td>0</td><td>1</td></tr>
</table></body></html>"""
    table = etree.fromstring(page, html._PARSER).find(".//table")
    rows = [[(c.text, c.line) for c in row] for row in html.read_table(table).rows]
    assert rows == [
        [("情况", 2), ("申请人", 2)],
        [("", 3), ("自然人", 3), ("商业企业", 3)],
        [("", 4), ("", 4), ("科研机构", 4)],
        [("一、本年新收", 5), ("5", 5), ("", 5)],
        [("（六）其他处理", 6), ("0", 6), ("1", 6)],
    ]
    assert html.read_table(table) == html.read_table_reference(table)


_BODY_TEXTS = ["", " ", "\n", "\xa0\xa0", "\u3000", "年度报告", "本报告根据条例编制" * 8, "a b", "12"]


@st.composite
def _html_bodies(draw, depth: int = 0) -> str:
    """Nested blocks of text of any length (white space of several kinds among it), with tails, comments
    and empty elements: one child holding most of the text, or none."""
    parts = [draw(st.sampled_from(_BODY_TEXTS))]
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        kind = draw(st.sampled_from(["div", "div", "p", "span", "comment", "br"]))
        if kind == "comment":
            parts.append("<!-- " + draw(st.sampled_from(_BODY_TEXTS)) + " -->")
        elif kind == "br":
            parts.append("<br/>")
        else:
            parts.append(f"<{kind}>{draw(_html_bodies(depth + 1))}</{kind}>")
        parts.append(draw(st.sampled_from(_BODY_TEXTS)))
    return "".join(parts)


@given(_html_bodies())
def test_html_body_is_its_definition(body: str):
    root = etree.fromstring(f"<html><body>{body}</body></html>", html._PARSER)
    etree.strip_elements(root, *html._STRIPPED, with_tail=False)
    assert html._body_of(root) is html._body_of_reference(root)


def test_html_body_of_the_fixture_pages_is_its_definition(tmp_path):
    from fixtures import make_html

    for path in make_html.write_all(tmp_path):
        text, _ = html.decode(path.read_bytes())
        root = etree.fromstring(html._XML_DECLARATION.sub("", text), html._PARSER)
        etree.strip_elements(root, *html._STRIPPED, with_tail=False)
        for element in html._CHROME_CANDIDATES(root):
            if element.getparent() is not None and html._is_chrome(element):
                html._remove(element)
        assert html._body_of(root) is html._body_of_reference(root)
