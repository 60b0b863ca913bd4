"""(六)其他处理 in its two printed forms: three sub-rows, or one row (other_total, as 洪泽区 prints it)."""

from __future__ import annotations

from conftest import query, seed_text
from expected import APPLICANTS, expected_values

LANSHAN = "2021_lanshan.txt"
SUB_ROWS = ("other_no_correction", "other_unpaid_fee", "other_other")


def _values(db):
    rows = query(db, "select section, row_code, col_code, value, missing_reason from raw.report_values")
    return {(s, r, c): (v, why) for s, r, c, v, why in rows}


def _single_row_form(text: str, cells: list[str]) -> str:
    """Lanshan's report with its three (六) sub-rows replaced by one row labelled （六）其他处理."""
    start = text.index("\t\n\t（六）\n\n其他处理\n")
    end = text.index("\t\n\t（七）总计\n")
    row = "\t\n\t（六）其他处理\n" + "".join(f"\t{c}\n" for c in cells) + "\n"
    return text[:start] + row + text[end:]


def test_single_row_form_loads_other_total_and_leaves_the_sub_rows_missing(raw_dir, run_ingest):
    text = _single_row_form(seed_text(LANSHAN), ["3", "0", "0", "0", "0", "0", "3"])
    (raw_dir / "single.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    values = _values(db)
    assert [values[("3", "other_total", c)] for c in APPLICANTS] == [
        (3, None), (0, None), (0, None), (0, None), (0, None), (0, None), (3, None)
    ]  # fmt: skip
    for row in SUB_ROWS:
        assert {values[("3", row, c)] for c in APPLICANTS} == {(None, "row_not_found")}
    expected = expected_values(LANSHAN)
    for key, want in expected.items():
        if key[1] not in SUB_ROWS:
            assert values[key] == (want, None), key
    ((status, message),) = query(db, "select status, message from raw.files")
    assert status == "partial"
    assert "prints 其他处理 as one row (other_total)" in message and "other_unpaid_fee" in message
    assert "rows not found" not in message


def test_sub_row_form_leaves_other_total_missing_as_not_in_variant(raw_dir, run_ingest):
    (raw_dir / LANSHAN).write_text(seed_text(LANSHAN), encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    values = _values(db)
    assert {values[("3", "other_total", c)] for c in APPLICANTS} == {(None, "not_in_variant")}
    assert values[("3", "other_no_correction", "total")] == (3, None)
    assert query(db, "select parse_status from raw.reports") == [("ok",)]


def test_group_label_on_its_own_row_is_a_heading_not_the_single_row(raw_dir, run_ingest):
    """A layout printing （六）其他处理 as a row of its own above the sub-rows, with no values."""
    heading = "\t（六）其他处理\n\n\t\n\t\n\t1.申请人"
    text = seed_text(LANSHAN).replace("\t（六）\n\n其他处理\n\t1.申请人", heading, 1)
    (raw_dir / "heading.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    values = _values(db)
    assert values[("3", "other_no_correction", "natural_person")] == (3, None)
    assert {values[("3", "other_total", c)] for c in APPLICANTS} == {(None, "not_in_variant")}
    assert query(db, "select parse_status from raw.reports") == [("ok",)]
