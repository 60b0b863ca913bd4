"""Narrative claims against the tables, and year-over-year change (marts.fct_narrative_claims, fct_yoy).

Figures worked out by hand from the reports' text: Laiwu 234 件, 同比减少29.3% → 234 / 0.707 ≈ 331;
Lanshan 232 件, 增加27件 → 205; Lanshan review 18 件, 减少3件 → 21, corrected 1 件, 减少10件 → 11;
Luozhuang 共125件 (124 new + 1 carried over), 同比增长58.2% → 125 / 1.582 ≈ 79.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from conftest import CORPUS, PROJECT, query, replace_row, seed_text

from ingest.pipeline.load import ingest


def _yoy(db, jurisdiction: str, metric: str) -> tuple:
    rows = query(
        db,
        "select value, prior_value, prior_value_min, prior_value_max, prior_source from marts.fct_yoy "
        "where jurisdiction_zh = ? and metric = ?",
        [jurisdiction, metric],
    )
    assert len(rows) == 1
    return tuple(float(x) if isinstance(x, (int, float)) or hasattr(x, "as_tuple") else x for x in rows[0])


def test_laiwu_prior_applications_derived_from_percentage(warehouse):
    value, prior, low, high, source = _yoy(warehouse, "莱芜区", "applications_received")
    assert (value, source) == (234, "narrative")
    assert round(prior) == 331 and prior != 331  # about 331, not exactly
    assert low < 331 < high and high - low < 1


def test_lanshan_prior_applications_from_absolute_change(warehouse):
    assert _yoy(warehouse, "兰山区", "applications_received") == (232, 205, 205, 205, "narrative")


def test_lanshan_prior_review(warehouse):
    assert _yoy(warehouse, "兰山区", "review_total")[:2] == (18, 21)
    assert _yoy(warehouse, "兰山区", "review_corrected")[:2] == (1, 11)


def test_luozhuang_percentage_refers_to_received_plus_carried_over(warehouse):
    value, prior, *_, source = _yoy(warehouse, "罗庄区", "applications_total")
    assert (value, source, round(prior)) == (125, "narrative", 79)
    assert query(
        warehouse,
        "select prior_value from marts.fct_yoy where jurisdiction_zh = '罗庄区' "
        "and metric = 'applications_received'",
    ) == [(None,)]


def _claim(db, jurisdiction, metric, kind):
    return query(
        db,
        "select c.value, c.table_comparable, c.agrees from marts.fct_narrative_claims c "
        "join marts.dim_report r using (report_id) where r.jurisdiction_zh = ? and c.metric = ? "
        "and c.claim_kind = ?",
        [jurisdiction, metric, kind],
    )


def test_laiwu_litigation_claim_disagrees(warehouse):
    assert _claim(warehouse, "莱芜区", "litigation_direct_total", "count") == [(2.0, 1.0, False)]


def test_laiwu_granted_share_agrees(warehouse):
    ((value, table, agrees),) = _claim(warehouse, "莱芜区", "granted", "share")
    assert value == 41.70 and table == pytest.approx(98 / 235 * 100) and agrees is True


def test_a_prior_year_report_wins_over_the_narrative(tmp_path):
    """A constructed 2020 Laiwu report (a TEST FIXTURE, not a real document) replaces the derivation."""
    raw = tmp_path / "raw"
    shutil.copytree(CORPUS, raw)
    fixture = seed_text("2021_laiwu.txt").replace("济南市莱芜区2021年", "济南市莱芜区2020年", 1)
    fixture = replace_row(
        fixture, "一、本年新收政府信息公开申请数量", ["326", "0", "4", "0", "0", "0", "330"]
    )
    (raw / "reports" / "2020_laiwu_TEST_FIXTURE_constructed.txt").write_text(fixture, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    ingest(raw, db, jobs=1, out=io.StringIO())
    env = {**os.environ, "NIANBAO_DB": str(db), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    dbt = PROJECT / ".venv" / "bin" / "dbt"
    result = subprocess.run(
        [str(dbt), "build", "--select", "+fct_yoy", "--exclude-resource-type", "test", "--profiles-dir", ".",
         "--target-path", str(tmp_path / "t"), "--log-path", str(tmp_path / "logs")],
        cwd=PROJECT / "dbt_project", env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:]
    rows = query(
        db,
        "select year, value, prior_value, prior_source, change_abs, prior_report_id is not null "
        "from marts.fct_yoy where jurisdiction_zh = '莱芜区' and metric = 'applications_received' "
        "and year = 2021",
    )
    assert [tuple(float(x) if hasattr(x, "as_tuple") else x for x in r) for r in rows] == [
        (2021, 234.0, 330.0, "report", -96.0, True)
    ]
