"""Chart labels and captions come from dim_report and dim_workplan, never from text naming one report.

The bug this guards against: the Changle office note was a fixed string attached to any office report,
so the next office report (here a made-up one of 罗庄区's office) would have been captioned as Changle.
"""

from __future__ import annotations

import polars as pl
import pytest

from briefing import charts, set_language
from briefing.labels import jurisdiction_label

LUOZHUANG_OFFICE = {
    "report_id": "r_office",
    "division_code": "371311",
    "scope": "government_office",
    "report_year": 2023,
    "reporting_body_zh": "罗庄区人民政府办公室",
    "source_path": "reports/x.txt",
    "name_zh": "罗庄区",
    "name_pinyin": "Luozhuang Qu",
    "level": "district",
}
LANSHAN = {
    **LUOZHUANG_OFFICE,
    "report_id": "r_gov",
    "division_code": "371302",
    "scope": "government",
    "reporting_body_zh": "临沂市兰山区人民政府",
    "name_zh": "兰山区",
    "name_pinyin": "Lanshan Qu",
}


@pytest.fixture
def office_reports(monkeypatch):
    monkeypatch.setattr(charts, "reports", lambda: pl.DataFrame([LUOZHUANG_OFFICE, LANSHAN]))
    yield
    set_language("zh")


def test_an_office_report_is_labelled_with_its_own_office(office_reports):
    set_language("zh")
    assert jurisdiction_label(
        "罗庄区", "Luozhuang Qu", "government_office", "罗庄区人民政府办公室", "district"
    ) == ("罗庄区（仅区政府办公室）")
    frame = charts._with_labels(pl.DataFrame({"report_id": ["r_office", "r_gov"], "value": [1, 2]}))
    assert sorted(frame["jurisdiction"]) == ["兰山区", "罗庄区（仅区政府办公室）"]
    assert charts._office_notes(frame) == [
        "罗庄区为区政府办公室本级报告，不代表全区；其余为各级人民政府全域报告。"
    ]


def test_english_names_the_level_of_the_office(office_reports):
    set_language("en")
    frame = charts._with_labels(pl.DataFrame({"report_id": ["r_office"], "value": [1]}))
    assert frame["jurisdiction"].to_list() == ["Luozhuang Qu (district govt. office only)"]
    assert charts._office_notes(frame) == [
        "Luozhuang: the district government office's own report, not the whole district; the others cover "
        "their whole jurisdiction."
    ]


def test_no_office_note_without_an_office_report(office_reports):
    set_language("zh")
    frame = charts._with_labels(pl.DataFrame({"report_id": ["r_gov"], "value": [1]}))
    assert charts._office_notes(frame) == []


def test_work_plan_titles_name_the_plan_or_count_the_plans(monkeypatch):
    plans = pl.DataFrame(
        {"plan_title_zh": ["2023年罗庄区政务公开工作要点"], "plan_year": [2023], "name_zh": ["罗庄区"],
         "name_pinyin": ["Luozhuang Qu"]}
    )  # fmt: skip
    monkeypatch.setattr(charts, "query", lambda sql: plans)
    try:
        set_language("zh")
        assert (
            charts._workplan_title("title_workplan_units")
            == "2023年罗庄区政务公开工作要点：各责任单位承担的任务"
        )
        set_language("en")
        assert charts._workplan_title("title_workplan_months") == (
            "Luozhuang 2023 disclosure work plan: tasks by deadline month"
        )
        monkeypatch.setattr(charts, "query", lambda sql: pl.concat([plans, plans]))
        assert (
            charts._workplan_title("title_workplan_units")
            == "2 disclosure work plans: tasks per responsible unit"
        )
    finally:
        set_language("zh")
