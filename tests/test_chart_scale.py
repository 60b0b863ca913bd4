"""Charts over a warehouse of thousands of reports draw (the bench's 1,000 reports failed at the charts)."""

from __future__ import annotations

import polars as pl

from briefing import charts, export


def _findings(n: int) -> pl.DataFrame:
    """n reports with six suites each; report i fails i checks in `identities` (made-up rows)."""
    suites = ("structure", "completeness", "identities", "plausibility", "narrative", "across_reports")
    rows = [
        {
            "report_id": f"r{i:05d}",
            "suite": suite,
            "failed": i if suite == "identities" else 0,
            "not_evaluable": 0,
            "checks": 10,
            "jurisdiction": f"县{i}",
            "report_year": 2021,
            "report": f"县{i} 2021",
        }
        for i in range(n)
        for suite in suites
    ]
    return pl.DataFrame(rows)


def test_the_data_quality_heat_map_shows_the_reports_with_most_findings(monkeypatch, use_warehouse):
    monkeypatch.setattr(charts, "data_quality_data", lambda: _findings(1200))  # 7,200 rows
    spec = charts.data_quality().to_dict()
    rows = next(iter(spec["datasets"].values()))
    shown = {r["report_id"] for r in rows}
    assert shown == {f"r{i:05d}" for i in range(1160, 1200)}  # the 40 with the most failed checks
    title = export.title_of(spec)  # a layered chart keeps its title in a layer
    assert title["subtitle"][-1] == "未通过检查最多的40份报告（共1200份）"


def test_a_chart_of_more_than_5000_rows_is_drawn():
    import altair as alt

    frame = pl.DataFrame({"x": list(range(6000)), "y": list(range(6000))})
    assert len(alt.Chart(frame).mark_point().encode(x="x", y="y").to_dict()["datasets"]) == 1


def test_a_warehouse_without_the_briefing_places_draws_no_chart(tmp_path, monkeypatch):
    """A corpus of other places (a national year without the four districts) still builds."""
    monkeypatch.setattr(export, "reports", lambda: pl.DataFrame({"report_id": []}))
    assert export.export_all(tmp_path) == []
    assert (tmp_path / "index.html").exists() and not list(tmp_path.glob("*.png"))
