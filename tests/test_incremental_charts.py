"""Charts are drawn again only when what they show changed (briefing.export, briefing.__main__)."""

from __future__ import annotations

import json
import shutil

import altair as alt
import duckdb
import polars as pl
import pytest

from briefing import export
from briefing.data import BRIEFING_REPORTS

pytestmark = pytest.mark.usefixtures("use_warehouse")  # the charts read the test corpus's warehouse


def _bar(values: list[int]):
    return lambda: (
        alt.Chart(pl.DataFrame({"区": ["兰山区", "罗庄区"], "件": values})).mark_bar().encode(x="区", y="件")
    )


def test_a_chart_is_drawn_again_only_when_its_spec_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "processes_for", lambda drawings: 1)  # drawn here, where `render` is watched
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


# The marts the charts read, rewritten in reverse order by the test below: an incremental build appends a
# new report's rows where a full build writes every row anew, so the same data reaches the charts in
# another order.
REORDERED = (
    "marts.fct_narrative_claims", "marts.fct_disclosure_rates", "marts.fct_applications_by_outcome",
    "marts.fct_review_litigation", "marts.fct_licensing_volumes", "marts.fct_yoy", "marts.dim_report",
)  # fmt: skip


def _reverse_rows(con: duckdb.DuckDBPyConnection, table: str) -> None:
    columns = [row[0] for row in con.execute(f"describe {table}").fetchall()]
    order = ", ".join(f'"{c}" desc' for c in columns)
    con.execute(f"create temp table reordered as select * from {table} order by {order}")
    con.execute(f"delete from {table}")
    con.execute(f"insert into {table} select * from reordered")
    con.execute("drop table reordered")


def test_the_same_data_in_another_order_is_not_drawn_again_and_changed_data_is(
    warehouse, tmp_path, monkeypatch
):
    db = tmp_path / "warehouse.duckdb"
    shutil.copy2(warehouse, db)
    monkeypatch.setenv("NIANBAO_DB", str(db))
    out = tmp_path / "charts"
    export.export_all(out)
    page = (out / "index.html").stat().st_mtime_ns
    order = "select report_id from marts.fct_disclosure_rates"
    with duckdb.connect(str(db)) as con:
        before = con.execute(order).fetchall()
        for table in REORDERED:
            _reverse_rows(con, table)
        assert con.execute(order).fetchall() != before  # the rows do come in another order now
    calls: list[str] = []
    real_render = export.render
    monkeypatch.setattr(
        export, "render", lambda spec, png, svg: (calls.append(png.stem), real_render(spec, png, svg))
    )
    export.export_all(out)
    assert calls == []
    assert (out / "index.html").stat().st_mtime_ns == page  # no chart and no caption changed

    # One charted count changes (a report of the briefing's places): its chart alone is drawn again.
    with duckdb.connect(str(db)) as con:
        report_id, decisions = con.execute(
            "select report_id, licensing_decisions from marts.fct_licensing_volumes "
            f"where licensing_decisions is not null and report_id in ({BRIEFING_REPORTS}) "
            "order by report_id limit 1"
        ).fetchone()
        con.execute(
            "update marts.fct_licensing_volumes set licensing_decisions = licensing_decisions + 1 "
            "where report_id = ?",
            [report_id],
        )
    export.export_all(out)
    assert calls == ["licensing_penalty_coercion"]
    spec = json.loads((out / "licensing_penalty_coercion.vl.json").read_text(encoding="utf-8"))
    rows = next(iter(spec["datasets"].values()))
    drawn = {
        r["decisions"] for r in rows if r["report_id"] == report_id and r["measure"] == "licensing_decisions"
    }
    assert drawn == {decisions + 1}


def _publish(source, db) -> None:
    """A build's publication: a new file renamed over the warehouse (another inode, size or time)."""
    staged = db.with_suffix(".next")
    shutil.copy2(source, staged)
    staged.replace(db)


def test_a_new_warehouse_whose_charted_rows_are_the_same_draws_nothing_and_other_rows_draw(
    warehouse, tmp_path, monkeypatch, capsys
):
    """briefing.__main__ with briefing.recorded: a build that changed no row the charts read (here: the
    same rows in another order, in a new file) is up to date without building a chart; a changed
    charted count exports again, and draws the one chart it changes."""
    from briefing import __main__ as briefing_main

    db, source = tmp_path / "warehouse.duckdb", tmp_path / "source.duckdb"
    shutil.copy2(warehouse, source)
    _publish(source, db)
    monkeypatch.setenv("NIANBAO_DB", str(db))
    monkeypatch.setattr(briefing_main, "OUT", tmp_path / "charts")
    assert briefing_main.main([]) == 0
    stamp = json.loads((tmp_path / "charts" / "exported.json").read_text(encoding="utf-8"))
    assert any("fct_licensing_volumes" in sql for sql, _, _ in stamp["queries"])

    with duckdb.connect(str(source)) as con:
        for table in REORDERED:
            _reverse_rows(con, table)
    _publish(source, db)
    monkeypatch.setattr(export, "export_all", lambda *a, **k: pytest.fail("nothing should be exported"))
    capsys.readouterr()
    assert briefing_main.main([]) == 0
    assert "the rows the charts draw are the same" in capsys.readouterr().err

    with duckdb.connect(str(source)) as con:
        con.execute(
            "update marts.fct_licensing_volumes set licensing_decisions = licensing_decisions + 1 "
            f"where licensing_decisions is not null and report_id in ({BRIEFING_REPORTS})"
        )
    _publish(source, db)
    monkeypatch.undo()  # export_all back; NIANBAO_DB and OUT again
    monkeypatch.setenv("NIANBAO_DB", str(db))
    monkeypatch.setattr(briefing_main, "OUT", tmp_path / "charts")
    calls: list[str] = []
    real_render = export.render
    monkeypatch.setattr(
        export, "render", lambda spec, png, svg: (calls.append(png.stem), real_render(spec, png, svg))
    )
    assert briefing_main.main([]) == 0
    assert calls == ["licensing_penalty_coercion"]
