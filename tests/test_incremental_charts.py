"""Charts are drawn again only when what they show changed (briefing.export, briefing.__main__)."""

from __future__ import annotations

import json

import altair as alt
import polars as pl
import pytest

from briefing import export

pytestmark = pytest.mark.usefixtures("use_warehouse")  # the charts read the test corpus's warehouse


def _bar(values: list[int]):
    return lambda: (
        alt.Chart(pl.DataFrame({"区": ["兰山区", "罗庄区"], "件": values})).mark_bar().encode(x="区", y="件")
    )


def test_a_chart_is_drawn_again_only_when_its_spec_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "CHARTS", {"a": _bar([1, 2]), "b": _bar([3, 4])})
    export.export_all(tmp_path)
    drawn = {name: (tmp_path / f"{name}.png").stat().st_mtime_ns for name in "ab"}

    monkeypatch.setattr(export, "CHARTS", {"a": _bar([1, 2]), "b": _bar([3, 5])})  # b's data changed
    calls: list[str] = []
    real_render = export.render
    monkeypatch.setattr(
        export, "render", lambda spec, png, svg: (calls.append(png.stem), real_render(spec, png, svg))
    )
    export.export_all(tmp_path)
    assert calls == ["b"]
    assert (tmp_path / "a.png").stat().st_mtime_ns == drawn["a"]
    spec = json.loads((tmp_path / "b.vl.json").read_text(encoding="utf-8"))
    assert [row["件"] for row in next(iter(spec["datasets"].values()))] == [3, 5]  # the spec drawn last

    calls.clear()
    export.export_all(tmp_path, force=True)
    assert calls == ["a", "b"]


def test_a_chart_whose_picture_is_missing_is_drawn_again(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "CHARTS", {"a": _bar([1, 2])})
    export.export_all(tmp_path)
    (tmp_path / "a.svg").unlink()
    calls: list[str] = []
    monkeypatch.setattr(export, "render", lambda spec, png, svg: (calls.append(png.stem), svg.write_text("")))
    export.export_all(tmp_path)
    assert calls == ["a"]
