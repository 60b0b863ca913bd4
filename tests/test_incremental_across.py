"""The models that compare reports, built incrementally, equal a build from scratch
(dbt_project/macros/incremental_touched.sql).

int_report_history, fct_yoy, fct_narrative_claims and int_checks__across_reports recompute only the
jurisdictions, scopes and bodies a change touches. On a copy of the built test corpus, one build adds a
report (Laiwu's of 2022, whose prior is Laiwu's 2021 report), changes one (a count of Lanshan's) and
removes one (Hongze's of 2023, the prior of its 2024 report, which itself is unchanged but loses its
year-over-year rows and its carry-over check) and adds a prior year after the report that follows it
(Luozhuang's of 2020: its 2021 report, unchanged, states a change on the year before that can now be
checked); every compared table then holds the same rows as a whole build of the same files in a fresh
folder.
"""

from __future__ import annotations

import io
import shutil

import pytest
from conftest import copy_of_built, full_build, query

from ingest.pipeline import build

# Each compared table, with the columns that name the run that wrote a row (never equal across builds).
COMPARED = {
    "marts.fct_yoy": "exclude (built_in)",
    "marts.fct_narrative_claims": "exclude (built_in)",
    "marts.fct_report_coverage": "",
    "marts.dim_report": "",
    "marts.dim_applicant_type": "",
    "marts.dim_outcome": "",
    "marts.dim_jurisdiction": "",
    "intermediate.int_report_history": "exclude (built_in)",
    "intermediate.int_checks__across_reports": "exclude (built_in)",
    "intermediate.int_check_results": "exclude (built_in)",
    "marts.dq_findings": "exclude (checked_at)",
    # The per-report marts: each incremental run names the reports it writes as constants
    # (macros/incremental_reports.sql reports_to_build); the tables they start from.
    "marts.fct_report_values": "exclude (built_in)",
    "marts.fct_applications_by_outcome": "exclude (built_in)",
    "marts.fct_disclosure_rates": "exclude (built_in)",
    "marts.fct_licensing_volumes": "exclude (built_in)",
    "marts.fct_review_litigation": "exclude (built_in)",
    "intermediate.int_reports__accepted": "",
    "intermediate.int_reports__bodies": "",
}


def _rows(db, table: str) -> list[tuple]:
    """The table's rows, the build's own folder (in the reports' paths) written as <folder>."""
    folder = str(db.parent)
    rows = query(db, f"select * {COMPARED[table]} from {table}")
    return sorted(
        (tuple(v.replace(folder, "<folder>") if isinstance(v, str) else v for v in row) for row in rows),
        key=repr,
    )


def _change(raw) -> None:
    reports = raw / "reports"
    laiwu = (reports / "2021_laiwu.txt").read_text(encoding="utf-8")
    (reports / "2022_laiwu.txt").write_text(laiwu.replace("2021年", "2022年"), encoding="utf-8")
    lanshan = reports / "2021_lanshan.txt"
    text = lanshan.read_text(encoding="utf-8")
    assert "\t295613\n" in text  # a count of section 二, as printed
    lanshan.write_text(text.replace("\t295613\n", "\t295614\n"), encoding="utf-8")
    (reports / "2023_hongze.pdf").unlink()
    # Luozhuang's 2021 report states 同比增长58.2% with no year before it loaded; its prior year arrives
    # now, a copy dated 2020 with the same counts (so the tables say 0%).
    luozhuang = (reports / "2021_luozhuang.txt").read_text(encoding="utf-8")
    assert "同比增长58.2%" in luozhuang
    (reports / "2020_luozhuang.txt").write_text(luozhuang.replace("2021年", "2020年"), encoding="utf-8")


@pytest.fixture(scope="module")
def builds(built, tmp_path_factory):
    """(the incremental build's warehouse, what it printed, the from-scratch warehouse)."""
    folder = tmp_path_factory.mktemp("across_incremental")
    db = copy_of_built(built, folder)
    before = {t: _rows(db, t) for t in COMPARED}
    _change(folder / "raw")
    status, printed = _build(db, folder)
    assert status == 0, printed[-3000:]
    scratch = tmp_path_factory.mktemp("across_scratch")
    shutil.copytree(folder / "raw", scratch / "raw")
    fresh, _ = full_build(scratch, scratch / "raw")
    return db, printed, fresh, before


def _build(db, folder) -> tuple[int, str]:
    out = io.StringIO()
    stage, lock = folder / "next.duckdb", folder / "build.lock"
    status = build.build(db, build.STEPS, folder / "raw", stage, folder / "docs", lock, out=out)
    return status, out.getvalue()


def test_the_change_was_built_incrementally(builds):
    db, printed, _, _ = builds
    dbt_line = next(line for line in printed.splitlines() if line.startswith("build: dbt:"))
    assert "--full-refresh" not in dbt_line
    # Rows of untouched groups were kept from the first build: two runs wrote the history's rows.
    assert query(db, "select count(distinct built_in) from intermediate.int_report_history") == [(2,)]
    # dim_report appended to, the tables of the template and reference files left as they were.
    assert "incremental model marts.dim_report " in printed
    assert "marts.dim_applicant_type " not in printed and "marts.dim_jurisdiction " not in printed


@pytest.mark.parametrize("table", list(COMPARED))
def test_incremental_equals_a_build_from_scratch(builds, table):
    db, _, fresh, before = builds
    assert _rows(db, table) == _rows(fresh, table)


@pytest.mark.parametrize(
    "table",
    [
        "marts.fct_yoy",
        "intermediate.int_checks__across_reports",
        "marts.fct_report_values",
        "marts.fct_licensing_volumes",
        "marts.fct_disclosure_rates",
    ],
)
def test_the_change_reached_the_compared_tables(builds, table):
    """The comparison is not between two unchanged tables: the change moved rows of each."""
    db, _, _, before = builds
    assert _rows(db, table) != before[table]


def _luozhuang_2021_change_checks(db) -> list[tuple]:
    return query(
        db,
        "select c.observed_value, c.expected_value from intermediate.int_check_results as c "
        "inner join raw.reports as r on c.report_id = r.report_id "
        "where r.source_path like '%2021_luozhuang.txt' and c.family = 'narrative_agrees_with_table' "
        "and c.\"check\" like '%change_pct%'",
    )


def test_a_prior_year_that_came_later_checks_the_change_its_successor_states(built, builds):
    """Luozhuang 2021, itself unchanged, has its stated change (58.2%) checked once its prior year is
    loaded: the copy's counts are its own, so the tables say 0% and the claim is 58.2 off (tolerance 0.05
    for one decimal). Before, an incremental build kept no such row until a full refresh."""
    db = builds[0]
    assert _luozhuang_2021_change_checks(built.db) == []  # no year before it in the test corpus
    [(observed, expected)] = _luozhuang_2021_change_checks(db)
    assert observed == pytest.approx(58.2) and expected == pytest.approx(0.05)
