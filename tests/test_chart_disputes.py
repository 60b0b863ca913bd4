"""Charts mark what the report's own text disputes, and say when a printed total contradicts its parts.

Drawn over the test corpus's warehouse. Read by hand in the documents: 2024_hongze.pdf's text says it
received 17 applications (page 1) where its table prints 95 new applications; 2023_hongze.pdf's section
四 prints 行政复议 upheld 10 + corrected 1 under a printed 总计 of 0, and 复议后起诉 upheld 5 under a
总计 of 0; 2021_laiwu.txt's text (line 52) says 2 direct lawsuits, 1 with another result, where its
table prints 1 and 0 (issue 30).
"""

from __future__ import annotations

import json

import pytest

from briefing import charts, set_language
from briefing.export import title_of


@pytest.fixture
def corpus_charts(warehouse, monkeypatch):
    monkeypatch.setenv("NIANBAO_DB", str(warehouse))
    set_language("zh")
    yield
    set_language("zh")


def _rows(spec: dict) -> list[dict]:
    (rows,) = spec["datasets"].values()
    return rows


def test_hongze_2024_received_is_marked_with_what_the_text_says(corpus_charts):
    spec = charts.received_yoy().to_dict()
    marked = {
        (r["jurisdiction"], r["year_label"], r["value_text"]) for r in _rows(spec) if "*" in r["value_text"]
    }
    assert marked == {("洪泽区", "2024", "95*")}
    notes = [line for line in title_of(spec)["subtitle"] if line.startswith("*")]
    assert notes == [
        "* 洪泽区 2024：报告文字与表格不一致（本年新收政府信息公开申请数量 文字为17，表格为95）。"
    ]


def test_review_chart_names_the_printed_total_and_marks_the_disputed_proceeding(corpus_charts):
    spec = charts.review_counts().to_dict()
    subtitle = title_of(spec)["subtitle"]
    assert "洪泽区 2023 行政复议：各项结果之和为11，表格所印总计却为0；图中按原样画出各项。" in subtitle
    assert (
        "洪泽区 2023 行政诉讼（合计）：各项结果之和为5，表格所印总计却为0；图中按原样画出各项。" in subtitle
    )
    assert any(line.startswith("* 莱芜区") and "文字为2，表格为1" in line for line in subtitle)
    marked = {(r["report_label"], r["proceeding"]) for r in _rows(spec) if r["report_label"].endswith("*")}
    assert marked == {("莱芜区*", "litigation_all")}
    # the parts are drawn as printed
    hongze = {r["result"]: r["cases"] for r in _rows(spec) if r["report_label"] == "洪泽区 2023"
              and r["proceeding"] == "review"}  # fmt: skip
    assert hongze == {"upheld": 10, "corrected": 1, "other": 0, "pending": 0}


def test_undisputed_charts_carry_no_mark(corpus_charts):
    """No outcome or reason count of the corpus is disputed by its text (its disputes are above)."""
    for build in (charts.outcome_mix, charts.reasons):
        spec = build().to_dict()
        assert not any(r.get("disputed") for r in _rows(spec))
        assert not any(line.startswith("*") for line in title_of(spec)["subtitle"])


def test_english_footnote(corpus_charts):
    set_language("en")
    notes = [line for line in title_of(charts.received_yoy().to_dict())["subtitle"] if line.startswith("*")]
    assert notes == [
        "* Hongze Qu 2024: the report's text disagrees with its table "
        "(New applications received: text 17, table 95)."
    ]


def test_the_briefing_page_and_the_drawn_data_carry_the_marks(chart_dir):
    page = (chart_dir / "index.html").read_text(encoding="utf-8")
    assert "* 洪泽区 2024：报告文字与表格不一致（本年新收政府信息公开申请数量 文字为17，表格为95）。" in page
    assert "洪泽区 2023 行政复议：各项结果之和为11，表格所印总计却为0" in page
    drawn = json.loads((chart_dir / "applications_received_yoy.vl.json").read_text(encoding="utf-8"))
    assert any(r["value_text"] == "95*" and r["jurisdiction"] == "洪泽区" for r in _rows(drawn))
