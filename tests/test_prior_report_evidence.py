"""The same body's previous report settles an ambiguous run-together split (issue 24), in dbt.

A constructed pair: Lanshan's 2021 report as published (tests/samples/corpus) and a 2022 report made from
it as OCR'd text lines (tests/fixtures/ocr_text.py) whose rows print their digits run together:
- 行政规范性文件 `4123`: 4/1/23, 4/12/3 or 41/2/3. 2021's 现行有效 is 20 (hand-read, tests/expected.py), and
  only 4/1/23 keeps 20 + 4 − 1 = 23: settled, recovered_by_prior_report, 2021's report id in evidence.
- 规章 `1010`: 1/0/10 or 10/1/0; 2021's 现行有效 is 0 and neither gives 0 + 制发 − 废止: stays missing.
- 上年结转 `110000011`: 11,0,0,0,0,0,11 or 1,10,0,0,0,0,11 (both sum; its （七）总计 row is not printed, so
  the column identities cannot decide). 2021's 结转下年度 is 11,0,0,0,0,0,11: settled.
A real pair: 经济发展局 2023 prints `606` (6/0/6) and 2024 `1129` (hand-read 11/2/9): 6 + 11 − 2 is not 9,
no candidate balances, and 2024's row stays missing with its candidates (the pagetext README's reading).
"""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SAMPLES, full_build, query, seed_text
from fixtures.ocr_text import ocr_layout

PRIOR = "recovered_by_prior_report"


def _later() -> str:
    text = ocr_layout(seed_text("2021_lanshan.txt"))
    for old, new in [
        ("2021年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告"),
        ("行政规范性文件 8 5 20", "行政规范性文件 4123"),
        ("规章 0 0 0", "规章 1010"),
        ("二、上年结转政府信息公开申请数量 3 0 0 0 0 0 3", "二、上年结转政府信息公开申请数量 110000011"),
        ("（七）总计 222 0 0 2 0 0 224\n", ""),
    ]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("prior_report")
    raw = root / "raw"
    raw.mkdir()
    (raw / "2021_lanshan.txt").write_text(seed_text("2021_lanshan.txt"), encoding="utf-8")
    (raw / "2022_lanshan_ocr.txt").write_text(_later(), encoding="utf-8")
    for name in ("jjf_2023.txt", "jjf_2024.txt"):
        shutil.copy(SAMPLES / "pagetext" / name, raw / name)
    return full_build(root, raw)[0]


def _cells(db, file_name: str, section: str, row: str, model: str = "int_report_values__settled"):
    return query(
        db,
        f"select v.col_code, v.value, v.value_source, v.missing_reason, v.evidence, v.candidates "
        f"from intermediate.{model} v join raw.reports r using (report_id) "
        "where r.source_path like ? and v.section = ? and v.row_code = ? order by v.col_code",
        [f"%/{file_name}", section, row],
    )


def _id(db, file_name: str) -> str:
    return query(db, "select report_id from raw.reports where source_path like ?", [f"%/{file_name}"])[0][0]


def test_raw_keeps_the_candidates_of_an_ambiguous_split(built):
    rows = _cells(built, "2022_lanshan_ocr.txt", "2", "normative_documents")
    raw = query(
        built,
        "select col_code, value, missing_reason, candidates from raw.report_values v join raw.reports r "
        "using (report_id) where r.source_path like '%/2022_lanshan_ocr.txt' and section = '2' "
        "and row_code = 'normative_documents' order by col_code",
    )
    assert [(c, v, why) for c, v, why, _ in raw] == [(c, None, "ambiguous_split") for c, *_ in rows]
    candidates = {c: json.loads(k) for c, _, _, k in raw}
    split = sorted(zip(candidates["issued"], candidates["repealed"], candidates["in_force"], strict=True))
    assert split == [(4, 1, 23), (4, 12, 3), (41, 2, 3)]


def test_in_force_balance_with_the_previous_report_settles_the_split(built):
    rows = _cells(built, "2022_lanshan_ocr.txt", "2", "normative_documents")
    assert [(c, int(v), s, why) for c, v, s, why, _, _ in rows] == [
        ("in_force", 23, PRIOR, None),
        ("issued", 4, PRIOR, None),
        ("repealed", 1, PRIOR, None),
    ]
    assert all(_id(built, "2021_lanshan.txt") in evidence for *_, evidence, _ in rows)
    assert "现行有效 23 = 20" in rows[0][4]


def test_carried_over_equal_to_last_years_carried_forward_settles_the_split(built):
    rows = dict(
        (c, (v, s, e)) for c, v, s, _, e, _ in _cells(built, "2022_lanshan_ocr.txt", "3", "carried_over")
    )
    assert {c: int(v) for c, (v, _, _) in rows.items()} == {
        "natural_person": 11, "business": 0, "research_institution": 0, "public_interest_org": 0,
        "legal_service": 0, "other_org": 0, "total": 11,
    }  # fmt: skip
    assert {s for _, s, _ in rows.values()} == {PRIOR}
    assert all(_id(built, "2021_lanshan.txt") in e for _, _, e in rows.values())
    # and the marts read the settled values
    fact = query(
        built,
        "select sum(f.applications) from marts.fct_applications_by_outcome f join raw.reports r "
        "using (report_id) where r.source_path like '%/2022_lanshan_ocr.txt' "
        "and f.outcome_code = 'carried_over' and f.applicant_type <> 'total'",
    )
    assert fact == [(11,)]


def test_evidence_that_no_candidate_meets_leaves_the_cells_missing(built):
    for file_name in ("2022_lanshan_ocr.txt", "jjf_2024.txt"):
        row = "regulations" if file_name.startswith("2022") else "normative_documents"
        rows = _cells(built, file_name, "2", row)
        assert {(v, s, why) for _, v, s, why, _, _ in rows} == {(None, "ambiguous_split", "ambiguous_split")}
        assert all(k for *_, k in rows)  # the candidates stay with the cells
    jjf_2023 = {c: int(v) for c, v, *_ in _cells(built, "jjf_2023.txt", "2", "normative_documents")}
    assert jjf_2023 == {"issued": 6, "repealed": 0, "in_force": 6}
