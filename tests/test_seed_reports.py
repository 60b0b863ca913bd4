"""Every one of the 200 table values of each seed report, against values read by hand.

A report has 207 rows in raw.report_values: its 200 printed values and the 7 of other_total, the
single-row form of (六)其他处理 that the seed reports do not use (missing, `not_in_variant`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import SEED_NAMES, query
from expected import EXPECTED, NOT_IN_VARIANT, ROWS_PER_REPORT, expected_values


def _report_id(db, name: str) -> str:
    rows = query(db, "select report_id from raw.reports where source_path like ?", [f"%/{name}"])
    assert len(rows) == 1, f"{name} should be loaded exactly once"
    return rows[0][0]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_all_200_values(seed_warehouse, name):
    rid = _report_id(seed_warehouse, name)
    rows = query(
        seed_warehouse,
        "select section, row_code, col_code, value, missing_reason from raw.report_values "
        "where report_id = ?",
        [rid],
    )
    loaded = {(s, r, c): v for s, r, c, v, why in rows if why is None}
    assert len(rows) == ROWS_PER_REPORT and len(loaded) == 200
    reasons = {(s, r, c): why for s, r, c, _, why in rows if why}
    assert reasons == dict.fromkeys(NOT_IN_VARIANT, "not_in_variant")
    expected = expected_values(name)
    assert set(loaded) == set(expected)
    wrong = {k: (loaded[k], v) for k, v in expected.items() if loaded[k] != v}
    assert wrong == {}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_metadata(seed_warehouse, name):
    rid = _report_id(seed_warehouse, name)
    (row,) = query(
        seed_warehouse,
        "select jurisdiction_zh, division_code, report_year, reporting_body_zh, scope, published_on, "
        "parse_status, template_version from raw.reports where report_id = ?",
        [rid],
    )
    want = EXPECTED[name]["metadata"]
    published = dt.date.fromisoformat(want["published_on"]) if want["published_on"] else None
    assert row == (
        want["jurisdiction_zh"], want["division_code"], want["report_year"], want["reporting_body_zh"],
        want["scope"], published, "ok", "2021",
    )  # fmt: skip


def test_issue_examples(seed_warehouse):
    """The examples named in the issue, spelled out."""

    def value(name, section, row, col):
        rid = _report_id(seed_warehouse, name)
        return query(
            seed_warehouse,
            "select value from raw.report_values where report_id=? and section=? and row_code=? "
            "and col_code=?",
            [rid, section, row, col],
        )[0][0]

    assert value("2021_lanshan.txt", "3", "denied_state_secret", "natural_person") == 12
    assert value("2021_laiwu.txt", "2", "licensing", "decisions") == 66374
    assert value("2021_laiwu.txt", "2", "fees", "amount_10k_yuan") == Decimal("31574.8267")
    assert value("2021_luozhuang.txt", "3", "carried_over", "business") == 1
    assert value("2021_changle_office.txt", "3", "new_received", "business") == 4


def test_provenance(seed_warehouse):
    """Each value points at the line it was read from: Lanshan's 295613 is on line 66 of its file."""
    rid = _report_id(seed_warehouse, "2021_lanshan.txt")
    rows = query(
        seed_warehouse,
        "select value_text, source_line from raw.report_values where report_id=? and row_code='licensing'",
        [rid],
    )
    assert rows == [("295613", 66)]


def test_workplan_is_parsed_as_a_workplan_not_a_report(seed_warehouse):
    rows = query(seed_warehouse, "select status, doc_kind from raw.files where source_path like '%workplan%'")
    assert rows == [("loaded", "workplan")]
    reports = query(seed_warehouse, "select count(*) from raw.reports where source_path like '%workplan%'")
    assert reports == [(0,)]


def test_template_cells_loaded(seed_warehouse):
    rows = query(
        seed_warehouse,
        "select template_version, section, count(*) from raw.template_cells group by 1, 2 order by 1, 2",
    )
    assert rows == [
        # 2019: 2 rows × 3 + 4 rows × 3 + 2 + 2 in section 二; 23 rows × 7 in 三 (（六） as one row)
        ("2019", "2", 22), ("2019", "3", 161), ("2019", "4", 15),
        ("2021", "2", 10), ("2021", "3", 182), ("2021", "4", 15),  # 175 + the 7 of other_total
    ]  # fmt: skip
