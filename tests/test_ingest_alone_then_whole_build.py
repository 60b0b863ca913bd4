"""A build of the ingest step alone, then a whole build: the whole build runs dbt and the checks on the
reports the first one loaded (ingest/pipeline/stamp.py DATA_KEYS).

Before the fix the ingest-only build recorded the raw folder as built, so the whole build found "raw data
unchanged" and no stage changed, did nothing, and the new report never reached the marts.
"""

from __future__ import annotations

import io
import shutil

from conftest import REPORTS, full_build, query, raw_folder

from ingest.pipeline import build, stamp

# 2021_laiwu.txt, read by hand: section 二, 第二十条第（五）项 行政许可 本年处理决定数量 66374, and
# 第二十条第（六）项 行政处罚 729.
LAIWU_LICENSING = 66374
LAIWU_PENALTY = 729


def test_reports_loaded_by_ingest_alone_reach_the_marts_in_the_next_whole_build(tmp_path):
    raw = raw_folder(tmp_path)
    db, _ = full_build(tmp_path, raw)

    shutil.copy(REPORTS / "2021_laiwu.txt", raw / "2021_laiwu.txt")
    out = io.StringIO()
    status = build.build(
        db, ("ingest",), raw, tmp_path / "next.duckdb", tmp_path / "docs", tmp_path / "build.lock", out=out
    )
    assert status == 0, out.getvalue()[-3000:]
    laiwu = query(db, "select report_id from raw.reports where source_path like '%/2021_laiwu.txt'")[0][0]
    assert query(db, "select count(*) from marts.dim_report where report_id = ?", [laiwu]) == [(0,)]
    assert stamp.data_behind(stamp.read(db), stamp.current(raw)) == {"dbt", "checks"}

    _, printed = full_build(tmp_path, raw)
    assert "nothing changed" not in printed
    assert "build: ingest" not in printed  # the raw data was loaded already
    assert "build: dbt" in printed and "build: checks" in printed
    assert "--full-refresh" not in printed  # only the new report: no stage changed
    values = query(
        db,
        "select licensing_decisions, penalty_decisions from marts.fct_licensing_volumes where report_id = ?",
        [laiwu],
    )
    assert values == [(LAIWU_LICENSING, LAIWU_PENALTY)]
    assert query(db, "select count(*) from marts.dim_report where report_id = ?", [laiwu]) == [(1,)]
    assert query(db, "select count(*) from marts.dq_findings where report_id = ?", [laiwu])[0][0] > 0
    assert stamp.data_behind(stamp.read(db), stamp.current(raw)) == set()
