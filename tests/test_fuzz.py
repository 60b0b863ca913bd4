"""Property tests (hypothesis): numbers round-trip or are flagged, readers never crash, values never move.

`make test` runs the short profile (`ci`, 100 cases per property, derandomized so a run is repeatable);
`make fuzz` runs the `fuzz` profile, 10,000 cases per property (tests/conftest.py registers both).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

from conftest import REPORTS
from expected import expected_values
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.parsing.classify import classify
from ingest.parsing.document import Document, ReadError, Table
from ingest.parsing.numbers import PRECISION, SCALE, parse_number
from ingest.parsing.parse import parse_file
from ingest.parsing.readers import read_document
from ingest.parsing.report import parse_report

MISSING_REASONS = {"empty", "dash", "unreadable", "too_many_digits"}
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
SEED = "2021_luozhuang.txt"


# Numbers ------------------------------------------------------------------------------------------------


@st.composite
def printed_numbers(draw) -> tuple[str, str, str]:
    """(whole digits, decimal digits, the number as a report might print it)."""
    whole = draw(st.from_regex(r"(0|[1-9][0-9]{0,39})", fullmatch=True))
    decimals = draw(st.one_of(st.just(""), st.from_regex(r"[0-9]{1,14}", fullmatch=True)))
    grouped = draw(st.booleans()) and len(whole) > 3
    body = whole
    if grouped:
        head = len(whole) % 3 or 3
        body = ",".join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
    text = body + ("." + decimals if decimals else "")
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    pad = draw(st.sampled_from(["", " ", "\u3000", "\n"]))
    return whole, decimals, pad + text + pad


@given(printed_numbers())
def test_a_printed_number_round_trips_exactly_or_is_flagged(number):
    whole, decimals, text = number
    value, reason = parse_number(text)
    exact = Decimal(whole + ("." + decimals if decimals else ""))
    significant_whole = len(whole.lstrip("0"))
    if significant_whole <= PRECISION - SCALE and len(decimals) <= SCALE:
        assert (value, reason) == (exact, None), text
        assert str(value) == str(exact)  # the digits as printed, trailing zeros included
    else:
        assert (value, reason) == (None, "too_many_digits"), text


@given(st.text(max_size=40))
def test_any_cell_text_is_a_number_or_a_reason_never_a_crash(text):
    value, reason = parse_number(text)
    assert (value is None) != (reason is None)
    assert reason is None or reason in MISSING_REASONS


# Readers ------------------------------------------------------------------------------------------------


# How files of each format start, so random bytes reach past each reader's first check.
HEADS = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body><table><tr><td>", b"\xef\xbb\xbf", b"\xff\xfe"]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["x.txt", "x.html", "x.docx", "x.pdf"]),
    st.sampled_from(
        [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body><table><tr><td>", b"\xef\xbb\xbf", b"\xff\xfe"]
    ),
    st.binary(max_size=3000),
)
def test_random_bytes_are_read_or_refused_never_crash(tmp_path_factory, name, head, body):
    path = tmp_path_factory.getbasetemp() / name
    try:
        doc = read_document(path, head + body)
    except ReadError as exc:
        assert str(exc)
        return
    assert isinstance(doc, Document)


def _seed_lines() -> list[str]:
    return (REPORTS / SEED).read_text(encoding="utf-8").split("\n")


SEED_LINES = _seed_lines()
CELL_LINES = [i for i, line in enumerate(SEED_LINES) if line.startswith("\t")]


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.sampled_from(CELL_LINES), st.text(max_size=12)), max_size=8),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
    st.sampled_from(["report.txt", "report.html"]),
)
@example(edits=[(324, "0."), (480, "")], encoding="utf-16", name="report.html")  # found by make fuzz: a
# decimal token in a run-together row reached a sum of counts
def test_a_report_with_random_cell_edits_in_any_encoding_loads_or_is_refused(tmp_path, edits, encoding, name):
    lines = list(SEED_LINES)
    for index, text in edits:
        lines[index] = "\t" + text.replace("\n", " ").replace("\r", " ")
    path = tmp_path / name
    path.write_bytes("\n".join(lines).encode(encoding))
    result = parse_file(name, path)
    assert result.status in {"loaded", "partial", "rejected"}
    assert "the parser failed on this file" not in result.message  # no internal error, whatever the text


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_published_page_with_random_cell_edits_never_crashes(published, data):
    source = published[(SEED, "html")].read_bytes().decode("gb18030")
    cells = [i for i in range(len(source)) if source.startswith("<td", i)]
    for _ in range(data.draw(st.integers(0, 6))):
        at = data.draw(st.sampled_from(cells))
        end = source.find("</td>", at)
        start = source.find(">", at) + 1
        source = source[:start] + data.draw(st.text(max_size=10)).replace("<", "&lt;") + source[end:]
    try:
        doc = read_document(Path("page.html"), source.encode("gb18030", errors="replace"))
    except ReadError:
        return
    kind = classify(doc)
    if kind.template is not None:
        parse_report(doc, kind)


# The parser: a number never lands in another row or column ----------------------------------------------


def _value_cells(doc: Document) -> dict[int, tuple[str, str, str, str]]:
    """For each source line that holds a value: its (section, row, column) and printed text."""
    report = parse_report(doc, classify(doc))
    return {
        v.source_line: (v.section, v.row_code, v.col_code, v.value_text)
        for v in report.values
        if v.value is not None
    }


def _number(cell) -> bool:
    return parse_number(cell.text)[0] is not None


SEED_DOC = read_document(REPORTS / SEED)
SEED_CELLS = _value_cells(SEED_DOC)
OPERATIONS = ("shuffle", "delete_row", "duplicate_row", "delete_cell", "duplicate_cell")


EDITS = st.lists(
    st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 10**6), st.integers(0, 10**6)), max_size=10
)


@given(EDITS)
def test_shuffled_deleted_or_duplicated_rows_and_cells_never_move_a_number(operations):
    """No number lands in another row: every value read is one the report printed in that row.

    Cells deleted or duplicated are value cells: a row without its label cell is another row
    ("（六）其他处理" without its "1.申请人…" is the single-row form). A printed row is the unit: section 四
    prints its three proceedings as one row of 15 numbers. Within a row, deleting one cell and duplicating
    another keeps the row's count, and no reader can tell that apart from a report printing those numbers
    (the checks' identities then flag it); a row whose count is wrong is missing, never shifted.
    """
    doc = copy.deepcopy(SEED_DOC)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    for op, a, b in operations:
        table = tables[a % len(tables)]
        if not table.rows:
            continue
        i = b % len(table.rows)
        row = table.rows[i]
        if op == "shuffle":
            j = a % len(table.rows)
            table.rows[i], table.rows[j] = table.rows[j], table.rows[i]
        elif op == "delete_row":
            del table.rows[i]
        elif op == "duplicate_row":
            table.rows.insert(a % (len(table.rows) + 1), list(row))
        elif op in {"delete_cell", "duplicate_cell"} and (
            numbers := [k for k, c in enumerate(row) if _number(c)]
        ):
            k = numbers[a % len(numbers)]  # a value cell: deleting a label would make another row of it
            if op == "delete_cell":
                del row[k]
            else:
                row.insert(k, row[k])
    kind = classify(doc)
    if kind.template is None:  # the edits removed every template table: nothing is read at all
        return
    for line, (section, row_code, _, text) in _value_cells(doc).items():
        printed = SEED_CELLS.get(line)
        assert printed is not None and printed[3] == text, f"line {line} ({text!r}) was never printed"
        if section == "4":
            assert printed[0] == "4", f"line {line} ({text!r}) was read into section 四; it is {printed}"
        else:
            assert printed[:2] == (section, row_code), (
                f"line {line} ({text!r}) was read as {section}/{row_code}; the report prints it in {printed}"
            )


def test_the_properties_see_the_whole_seed():
    """The parser property compares against every value of the seed report, not a handful."""
    assert len(SEED_CELLS) == len(expected_values(SEED))
