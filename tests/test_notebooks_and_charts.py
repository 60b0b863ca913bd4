"""Notebooks run top to bottom; charts export, render Chinese, match the marts; builds are not blocked."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time

import nbformat
import pytest
from conftest import PROJECT, copy_of_built
from nbclient import NotebookClient

from briefing import charts, set_language
from briefing.data import query as read_marts
from briefing.export import render

NOTEBOOKS = sorted((PROJECT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.usefixtures("use_warehouse")  # the charts read the test corpus's warehouse


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path):
    notebook = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code"), (
        "commit without outputs"
    )
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    ).execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    # Offline: no output loads a script (Altair's default HTML fetches vega from a CDN); charts are PNGs.
    outputs = [o for c in notebook.cells for o in c.get("outputs", [])]
    assert not any("<script" in str(o.get("data", {})) or "cdn.jsdelivr" in str(o) for o in outputs)
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert (
        notebook.cells[0].cell_type == "markdown"
        and "Where the numbers come from" in notebook.cells[0].source
    )


def test_exported_charts_exist_and_are_not_trivial(chart_dir):
    names = list(charts.CHARTS)
    assert len(names) >= 9
    for name in names:
        png, svg = chart_dir / f"{name}.png", chart_dir / f"{name}.svg"
        assert png.stat().st_size > 20_000, f"{png} is suspiciously small"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "<svg" in svg.read_text(encoding="utf-8")[:500]
    index = (chart_dir / "index.html").read_text(encoding="utf-8")
    assert all(f'src="{name}.png"' in index for name in names)


def test_png_is_at_least_twice_the_chart_size(chart_dir):
    import struct

    header = (chart_dir / "outcome_mix.png").read_bytes()[16:24]
    width, _ = struct.unpack(">II", header)
    assert width >= 2 * 560  # the chart is 560 px wide before scaling


def test_chinese_renders_as_glyphs_not_boxes(tmp_path):
    """Two one-character charts: a Chinese character and a private-use codepoint no font has (a tofu box).
    Without a registered CJK font both come out as the same box."""

    def spec(text: str) -> str:
        return (
            '{"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 60, "height": 60, '
            '"config": {"font": "Noto Sans SC"}, "mark": {"type": "text", "fontSize": 40}, '
            f'"data": {{"values": [{{"t": "{text}"}}]}}, "encoding": {{"text": {{"field": "t"}}}}}}'
        )

    render(spec("兰"), tmp_path / "zh.png", tmp_path / "zh.svg")
    render(spec("\\ue000"), tmp_path / "tofu.png", tmp_path / "tofu.svg")
    render(spec("山"), tmp_path / "zh2.png", tmp_path / "zh2.svg")
    zh, tofu, zh2 = ((tmp_path / n).read_bytes() for n in ("zh.png", "tofu.png", "zh2.png"))
    assert zh != tofu and zh2 != tofu and zh != zh2


def test_the_png_is_the_picture_vl_convert_draws_from_the_spec(tmp_path):
    """render() lays a chart out once and rasterises its SVG: the PNG is byte for byte the one
    vegalite_to_png draws (at the export's scale of 2), here for two bars with Chinese labels."""
    import vl_convert

    spec = (
        '{"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 120, "height": 60, '
        '"config": {"font": "Noto Sans SC"}, "mark": "bar", "data": {"values": '
        '[{"place": "兰山区", "n": 3}, {"place": "罗庄区", "n": 5}]}, '
        '"encoding": {"y": {"field": "place", "type": "nominal"}, '
        '"x": {"field": "n", "type": "quantitative"}}}'
    )
    render(spec, tmp_path / "bars.png", tmp_path / "bars.svg")
    assert (tmp_path / "bars.png").read_bytes() == vl_convert.vegalite_to_png(spec, scale=2.0)
    assert "兰山区" in (tmp_path / "bars.svg").read_text(encoding="utf-8")


def test_outcome_chart_matches_the_mart():
    set_language("zh")
    chart_rows = {
        (r["report_id"], r["outcome_group"]): r["share"]
        for r in charts.outcome_mix_data().iter_rows(named=True)
    }
    mart = read_marts(
        "select report_id, granted_share, denied_share, other_share from marts.fct_disclosure_rates"
    ).rows()
    for report_id, granted, denied, other in mart:
        assert chart_rows[(report_id, "granted")] == granted
        assert chart_rows[(report_id, "denied")] == denied
        assert chart_rows[(report_id, "other")] == other


def test_licensing_chart_data_matches_the_mart():
    data = charts.licensing().to_dict()["datasets"]
    (rows,) = data.values()
    from_chart = {(r["report_id"], r["measure"]): r["decisions"] for r in rows}
    for report_id, licensing, penalty in read_marts(
        "select report_id, licensing_decisions, penalty_decisions from marts.fct_licensing_volumes"
    ).rows():
        assert from_chart[(report_id, "licensing_decisions")] == licensing
        assert from_chart[(report_id, "penalty_decisions")] == penalty
    assert 295613 in from_chart.values() and 0 in from_chart.values()


def test_office_only_report_is_labelled_in_every_chart_beside_districts():
    set_language("zh")
    for name in [
        "outcome_mix",
        "reasons_denied_unable",
        "licensing_penalty_coercion",
        "review_litigation_counts",
    ]:
        spec = str(charts.CHARTS[name]().to_dict())
        assert "昌乐县（仅县政府办公室）" in spec and "不代表全县" in spec, name


def test_english_switch():
    set_language("en")
    try:
        spec = str(charts.outcome_mix().to_dict())
        assert (
            "How disclosure applications were handled" in spec
            and "Changle Xian (county govt. office only)" in spec
        )
    finally:
        set_language("zh")


def test_build_succeeds_while_a_notebook_holds_the_warehouse(built, tmp_path):
    """A kernel with a read-only connection open must not block `make build`.

    The reader holds its connection until the build has finished, however long the build takes.
    """
    db = copy_of_built(built, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(db)!r}, read_only=True)
            con.execute("select count(*) from marts.dim_report").fetchall()
            print("holding", flush=True)
            sys.stdin.readline()  # until the test says the build is over
            reports = con.execute("select count(*) from marts.dim_report").fetchone()[0]
            print("still open:", reports, flush=True)
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.time()
        result = subprocess.run(  # what `make build` runs, made to build although nothing changed
            [sys.executable, "-m", "ingest.pipeline.build", "--force", "--db", str(db), "--raw",
             str(tmp_path / "raw")], cwd=PROJECT, capture_output=True, text=True,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert holder.poll() is None, "the reader was still running during the build"
        assert db.stat().st_mtime >= started
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().startswith("still open: ")  # its connection survived the swap
    finally:
        holder.kill()


def test_briefing_page_titles_and_captions_every_chart_and_carries_its_font(chart_dir):
    """Every chart has its title (not its id) and its source on the page; page and SVGs ship the CJK font."""
    index = (chart_dir / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2>([^<]*)</h2>", index)
    assert len(headings) == len(charts.CHARTS)
    assert not set(headings) & set(charts.CHARTS)  # no raw id such as reasons_denied_unable
    assert index.count("<figcaption>来源") == len(charts.CHARTS)
    assert (chart_dir / "fonts" / "NotoSansSC-Regular.otf").stat().st_size > 1_000_000
    assert "@font-face" in index
    for name in charts.CHARTS:
        assert "@font-face" in (chart_dir / f"{name}.svg").read_text(encoding="utf-8")[:1000], name


def _subtitle(chart) -> list[str]:
    from briefing.export import title_of

    return title_of(chart.to_dict())["subtitle"]


def test_captions_say_what_the_reports_print():
    """洪泽区 2023 prints 10 upheld and 1 corrected under a review total of 0 (read by hand): not "no case";
    莱芜区's text says 2 direct lawsuits where its table prints 1: the litigation bar is marked."""
    set_language("zh")
    subtitle = _subtitle(charts.correction_rate())
    assert any("洪泽区 2023（总计印为0" in line for line in subtitle)
    assert not any("洪泽区 2023（无已审结" in line for line in subtitle)
    assert any(line.startswith("* 莱芜区") and "文字为2，表格为1" in line for line in subtitle)
    data = next(iter(charts.correction_rate().to_dict()["datasets"].values()))
    marked = {(r["report_label"], r["proceeding"]) for r in data if r["fraction"].endswith("*")}
    assert marked == {("莱芜区", "litigation_all")}


def test_independent_scales_are_stated_and_year_round_tasks_are_their_own_column():
    set_language("zh")
    assert any("刻度各自独立" in line for line in _subtitle(charts.received_yoy()))
    from expected_workplan import deadline_of

    year_round = sum(1 for n in range(1, 72) if deadline_of(n)[2] == "year_round")  # read by hand
    data = next(iter(charts.workplan_months().to_dict()["datasets"].values()))
    assert sum(1 for r in data if r["month"] == "全年") == year_round
    assert not any(r["month"] == "2022-12" and r["deadline_kind"] == "year_round" for r in data)


def test_no_label_is_cut_short():
    spec = charts.reasons().to_dict()
    assert spec["config"]["axis"]["labelLimit"] == 0 and spec["config"]["legend"]["labelLimit"] == 0
