"""Several charts are drawn in processes of their own (briefing.render.draw_all): the same pictures as drawn
in this process, each chart once, and a chart that cannot be drawn fails the export as it would here."""

from __future__ import annotations

import altair as alt
import polars as pl
import pytest

from briefing import export
from briefing.render import draw_all, render


def _spec(places: list[str], counts: list[int]) -> str:
    return (
        '{"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 120, "height": 60, '
        '"config": {"font": "Noto Sans SC"}, "mark": "bar", "data": {"values": ['
        + ", ".join(f'{{"place": "{p}", "n": {n}}}' for p, n in zip(places, counts, strict=True))
        + ']}, "encoding": {"y": {"field": "place", "type": "nominal"}, '
        '"x": {"field": "n", "type": "quantitative"}}}'
    )


SPECS = [_spec(["兰山区", "罗庄区"], [3, 5]), _spec(["莱芜区", "昌乐县"], [7, 2]), _spec(["兰山区"], [1])]


def test_processes_draw_the_pictures_this_process_draws(tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir(), there.mkdir()
    for i, spec in enumerate(SPECS):
        render(spec, here / f"{i}.png", here / f"{i}.svg")
    drawings = [(spec, there / f"{i}.png", there / f"{i}.svg") for i, spec in enumerate(SPECS)]
    done = list(draw_all(drawings, 2))
    assert sorted(i for i, _ in done) == [0, 1, 2]  # each drawing once
    for i in range(len(SPECS)):
        assert (there / f"{i}.png").read_bytes() == (here / f"{i}.png").read_bytes()
        assert (there / f"{i}.svg").read_text(encoding="utf-8") == (here / f"{i}.svg").read_text(
            encoding="utf-8"
        )
    assert "昌乐县" in (there / "1.svg").read_text(encoding="utf-8")


def test_a_chart_that_cannot_be_drawn_fails_the_drawing(tmp_path):
    drawings = [
        (SPECS[0], tmp_path / "a.png", tmp_path / "a.svg"),
        ("{not json", tmp_path / "b.png", tmp_path / "b.svg"),
    ]
    with pytest.raises(Exception, match="(?i)json|parse|expected"):
        list(draw_all(drawings, 2))


def _bar(values: list[int]):
    return lambda: (
        alt.Chart(pl.DataFrame({"区": ["兰山区", "罗庄区"], "件": values})).mark_bar().encode(x="区", y="件")
    )


@pytest.mark.usefixtures("use_warehouse")  # the export reads the briefing's places from the test warehouse
def test_the_export_draws_changed_charts_in_processes(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "processes_for", lambda drawings: 2 if drawings > 1 else 1)
    monkeypatch.setattr(export, "CHARTS", {"a": _bar([1, 2]), "b": _bar([3, 4]), "c": _bar([5, 6])})
    exported = export.export_all(tmp_path)
    assert [item["name"] for item in exported] == ["a", "b", "c"]  # the page keeps the charts' order
    for name in "abc":
        assert (tmp_path / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (tmp_path / f"{name}.vl.json").read_text(encoding="utf-8") == export.CHARTS[name]().to_json()
    drawn = {name: (tmp_path / f"{name}.png").stat().st_mtime_ns for name in "abc"}
    monkeypatch.setattr(export, "CHARTS", {"a": _bar([1, 2]), "b": _bar([3, 9]), "c": _bar([5, 6])})
    export.export_all(tmp_path)
    assert (tmp_path / "a.png").stat().st_mtime_ns == drawn["a"]
    assert (tmp_path / "c.png").stat().st_mtime_ns == drawn["c"]
    assert (tmp_path / "b.png").stat().st_mtime_ns != drawn["b"]
