"""The three published PDFs of the test corpus (淮安市 2024, 洪泽区 2023 and 2024), loaded as printed.

Every value below was read by hand from the rendered pages (pypdfium2 at 2-3x), not from the parser.
Section 三 rows are in the template's order, applicant columns 自然人, 商业企业, 科研机构, 社会公益组织,
法律服务机构, 其他, 总计. The two 洪泽区 reports print (六)其他处理 as one row: the rows list then has
other_total where the three sub-rows would be. Their contradictions are loaded as printed: 洪泽区 2023's
section 四 totals are 0 while their parts are not, and 洪泽区 2024's text says 17 applications where its
table says 95.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import REPORTS, loaded_values, query
from expected import APPLICANTS, OUTCOMES, SECTION3_ROWS, Z, np

from ingest.parsing.document import Table
from ingest.parsing.readers import read_document

SUB_ROWS = ["other_no_correction", "other_unpaid_fee", "other_other"]
SINGLE_ROW_FORM = [r for r in SECTION3_ROWS if r not in SUB_ROWS]
SINGLE_ROW_FORM.insert(SINGLE_ROW_FORM.index("handled_total"), "other_total")

SAMPLES = {
    "2024_huaian.pdf": {
        "metadata": ("淮安市", "320800", 2024, "淮安市人民政府", "government", None),
        "status": "loaded",
        "section2": {
            ("regulations", "issued"): 1,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 11,
            ("normative_documents", "issued"): 8,
            ("normative_documents", "repealed"): 26,
            ("normative_documents", "in_force"): 66,
            ("licensing", "decisions"): 447228,
            ("penalty", "decisions"): 3985758,
            ("coercion", "decisions"): 88283,
            ("fees", "amount_10k_yuan"): Decimal("96171.6"),
        },
        "rows": SECTION3_ROWS,
        "section3": [
            (3001, 53, 0, 0, 61, 4, 3119),
            np(34),
            (1288, 21, 0, 0, 50, 3, 1362),
            (447, 7, 0, 0, 0, 0, 454),
            np(2),
            (30, 1, 0, 0, 0, 0, 31),
            np(5),
            np(6),
            (7, 1, 0, 0, 0, 0, 8),
            np(12),
            np(9),
            np(105),
            (746, 12, 0, 0, 10, 1, 769),
            np(11),
            np(1),
            (56, 6, 0, 0, 0, 0, 62),
            np(25),
            Z,
            Z,
            np(1),
            (67, 3, 0, 0, 1, 0, 71),
            np(6),
            (108, 2, 0, 0, 0, 0, 110),
            (2932, 53, 0, 0, 61, 4, 3050),
            np(103),
        ],
        "section4": {
            "review": (72, 64, 178, 37, 351),
            "litigation_direct": (13, 4, 8, 1, 26),
            "litigation_after_review": (12, 1, 1, 6, 20),
        },
    },
    "2023_hongze.pdf": {
        "metadata": ("洪泽区", "320813", 2023, "洪泽区人民政府", "government", None),
        "status": "partial",
        "section2": {
            ("regulations", "issued"): 0,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 0,
            ("normative_documents", "issued"): 0,
            ("normative_documents", "repealed"): 5,
            ("normative_documents", "in_force"): 5,
            ("licensing", "decisions"): 550,
            ("penalty", "decisions"): 4119,
            ("coercion", "decisions"): 195,
            ("fees", "amount_10k_yuan"): Decimal("7730.28"),
        },
        "rows": SINGLE_ROW_FORM,
        "section3": [
            np(21),
            Z,
            Z,
            np(4),
            np(1),
            Z,
            Z,
            Z,
            Z,
            np(1),
            np(1),
            Z,
            np(10),
            np(3),
            Z,
            np(1),
            Z,
            Z,
            Z,
            Z,
            Z,  # （六）其他处理, one row
            np(21),
            Z,
        ],  # fmt: skip
        # As printed: the 行政复议 total is 0 though 10 were upheld and 1 corrected, and the 复议后起诉
        # total is 0 though 5 were upheld.
        "section4": {
            "review": (10, 1, 0, 0, 0),
            "litigation_direct": (0, 0, 0, 0, 0),
            "litigation_after_review": (5, 0, 0, 0, 0),
        },
    },
    "2024_hongze.pdf": {
        "metadata": ("洪泽区", "320813", 2024, "淮安市洪泽区人民政府", "government", None),
        "status": "partial",
        "section2": {
            ("regulations", "issued"): 0,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 0,
            ("normative_documents", "issued"): 3,
            ("normative_documents", "repealed"): 0,
            ("normative_documents", "in_force"): 8,
            ("licensing", "decisions"): 9487,
            ("penalty", "decisions"): 2776,
            ("coercion", "decisions"): 84,
            ("fees", "amount_10k_yuan"): 7545,
        },
        "rows": SINGLE_ROW_FORM,
        "section3": [
            np(95),
            Z,
            np(50),
            np(9),
            Z,
            Z,
            np(1),
            Z,
            Z,
            np(1),
            np(1),
            Z,
            np(31),
            np(1),
            Z,
            np(1),
            Z,
            Z,
            Z,
            Z,
            Z,  # （六）其他处理, one row
            np(95),
            Z,
        ],  # fmt: skip
        "section4": {
            "review": (1, 1, 0, 0, 2),
            "litigation_direct": (1, 0, 0, 0, 1),
            "litigation_after_review": (2, 0, 1, 0, 3),
        },
    },
}


def hand_values(name: str) -> dict[tuple[str, str, str], Decimal]:
    spec = SAMPLES[name]
    out = {("2", row, col): Decimal(v) for (row, col), v in spec["section2"].items()}
    assert len(spec["section3"]) == len(spec["rows"])
    for row, values in zip(spec["rows"], spec["section3"], strict=True):
        out.update({("3", row, col): Decimal(v) for col, v in zip(APPLICANTS, values, strict=True)})
    for row, values in spec["section4"].items():
        out.update({("4", row, col): Decimal(v) for col, v in zip(OUTCOMES, values, strict=True)})
    return out


@pytest.mark.parametrize("name", list(SAMPLES))
def test_every_value_as_printed(seed_warehouse, name):
    loaded = loaded_values(seed_warehouse, name)
    want = hand_values(name)
    assert len(loaded) == 207
    assert {k: v for k, (v, why) in loaded.items() if why is None} == want
    missing = {k: why for k, (v, why) in loaded.items() if why is not None}
    if SAMPLES[name]["rows"] is SECTION3_ROWS:
        assert missing == {("3", "other_total", c): "not_in_variant" for c in APPLICANTS}
    else:
        assert missing == {("3", row, c): "row_not_found" for row in SUB_ROWS for c in APPLICANTS}


@pytest.mark.parametrize("name", list(SAMPLES))
def test_metadata_and_status(seed_warehouse, name):
    rows = query(
        seed_warehouse,
        "select r.jurisdiction_zh, r.division_code, r.report_year, r.reporting_body_zh, r.scope, "
        "r.published_on, r.source_format, f.status, f.message from raw.reports r "
        "join raw.files f using (source_path) where r.source_path like ?",
        [f"%/{name}"],
    )
    ((*metadata, fmt, status, message),) = rows
    assert tuple(metadata) == SAMPLES[name]["metadata"]
    assert (fmt, status) == ("pdf", SAMPLES[name]["status"])
    if status == "partial":
        assert message == (
            "section 3 prints 其他处理 as one row (other_total); its sub-rows other_no_correction, "
            "other_unpaid_fee, other_other are not printed and are left missing"
        )
    else:
        assert message == ""


def test_issue_examples(seed_warehouse):
    """淮安市 2024 section 三's 总计 column and section 四's 行政复议, as the issue quotes them."""
    loaded = loaded_values(seed_warehouse, "2024_huaian.pdf")
    total = {row: loaded[("3", row, "total")][0] for row in ("new_received", "carried_over", "handled_total")}
    assert total == {"new_received": 3119, "carried_over": 34, "handled_total": 3050}
    assert loaded[("3", "carried_forward", "total")] == (103, None)
    assert [loaded[("4", "review", c)][0] for c in OUTCOMES] == [72, 64, 178, 37, 351]


def test_pdf_layout_pitfalls_are_read_through():
    """Invisible rectangles make no tables, split tables are joined, the split label is whole again."""
    for name in SAMPLES:
        doc = read_document(REPORTS / name)
        tables = [b for b in doc.blocks if isinstance(b, Table)]
        assert len(tables) == 3, name  # sections 二, 三, 四; each joined across its page break
        assert not any(p.text.strip("- 0123456789") == "" for p in doc.paragraphs), "page numbers dropped"
    huaian = read_document(REPORTS / "2024_huaian.pdf")
    rows = [[c.text for c in row] for row in huaian.tables[1].rows]
    (split,) = [i for i, row in enumerate(rows) if "1.本机关不掌握相关政府信息" in row]
    assert rows[split][:2] == ["", "（四）无法提供"]
    assert rows[split + 1][:3] == ["", "", "2.没有现成信息需要另行制作"]
    assert (
        huaian.tables[1].rows[split][-1].line // 1000 == 4
        and huaian.tables[1].rows[split + 1][-1].line // 1000 == 5
    )


def test_label_typos_are_matched():
    """洪泽区 prints 2.其他法律行政止公开 (法规禁 missing) and stray spaces inside labels."""
    doc = read_document(REPORTS / "2023_hongze.pdf")
    labels = [c.text for row in doc.tables[1].rows for c in row]
    assert "2.其他法律行政止公开" in labels
