"""One manifest of what each stage depends on (ingest/pipeline/manifest.py): a change re-runs exactly the
stages that depend on it. The decisions are checked on a copy of the project's files with one file of
each kind changed; one real build then shows that a stamp naming only the checks as changed runs the
checks alone.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from conftest import PROJECT, copy_of_built

from ingest.pipeline import build, manifest, stamp


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the manifest names, copied (no test changes the project's own)."""
    root = tmp_path_factory.mktemp("project")
    for stage in manifest.STAGES.values():
        for entry in stage.paths:
            for path in manifest.files(entry, PROJECT):
                target = root / path.relative_to(PROJECT)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, target)
    return root


# One file of each kind, and the stages a change to it must re-run (and no other).
CHANGES = {
    "ingest/parsing/readers/text.py": {"parse", "rows", "raw", "dbt", "checks", "charts"},
    "ingest/parsing/template/national_2021.yaml": {"parse", "rows", "raw", "dbt", "checks", "charts"},
    "ingest/pipeline/schema.py": {"rows", "raw", "dbt", "checks", "charts"},
    "ingest/pipeline/load.py": {"raw", "dbt", "checks", "charts"},
    "dbt_project/models/marts/fct_yoy.sql": {"dbt", "checks", "charts"},
    "briefing/jurisdictions.csv": {"dbt", "checks", "charts"},  # a chart place: a seed, no re-parse
    "expectations/check_rules.csv": {"dbt", "checks", "charts"},  # a seed of int_check_results too
    "expectations/page.py": {"checks", "charts"},
    "briefing/charts.py": {"charts"},
    "uv.lock": set(manifest.STAGES),
}
# The build's steps each change runs (charts are make's own rule, after the build).
STEPS = {
    "ingest/parsing/readers/text.py": ("ingest", "dbt", "checks"),
    "ingest/pipeline/load.py": ("ingest", "dbt", "checks"),
    "dbt_project/models/marts/fct_yoy.sql": ("dbt", "checks"),
    "briefing/jurisdictions.csv": ("dbt", "checks"),
    "expectations/page.py": ("checks",),
    "briefing/charts.py": (),
}


@pytest.mark.parametrize("changed", CHANGES)
def test_a_change_reruns_exactly_its_stages(project_copy, changed):
    before = manifest.keys(project_copy)
    path = project_copy / changed
    original = path.read_bytes()
    try:
        path.write_bytes(original + b"\n")
        after = manifest.keys(project_copy)
    finally:
        path.write_bytes(original)
    assert manifest.changed_stages(before, after) == CHANGES[changed]
    if changed in STEPS:
        assert build.steps_to_run(manifest.changed_stages(before, after), set()) == STEPS[changed]


def test_a_file_outside_every_stage_reruns_nothing(project_copy):
    """The runner's own code (build, cache, executors) shapes no row: editing it keeps every stage."""
    before = manifest.keys(project_copy)
    (project_copy / "ingest" / "pipeline" / "build.py").write_text("# the runner\n", encoding="utf-8")
    assert manifest.changed_stages(before, manifest.keys(project_copy)) == set()


def test_a_chart_place_keeps_the_parse_cache(project_copy):
    before = manifest.parse_key(project_copy)
    csv = project_copy / "briefing" / "jurisdictions.csv"
    original = csv.read_bytes()
    try:
        csv.write_bytes(original + "370000,山东省,Shandong\n".encode())
        assert manifest.parse_key(project_copy) == before
    finally:
        csv.write_bytes(original)


def test_new_reports_run_every_step_incrementally():
    assert build.steps_to_run(set(), {"ingest", "dbt", "checks"}) == build.STEPS
    assert build.steps_to_run(set(), set()) == ()


def test_steps_behind_the_data_run_from_the_first_of_them():
    """After `--steps ingest` alone, the raw data is loaded but dbt and the checks have not run on it."""
    assert build.steps_to_run(set(), {"dbt", "checks"}) == ("dbt", "checks")
    assert build.steps_to_run(set(), {"checks"}) == ("checks",)


def test_a_build_runs_only_the_steps_whose_stages_changed(built, tmp_path):
    db = copy_of_built(built, tmp_path)
    built = stamp.read(db)
    assert built, "the copy of the shared build keeps its stamp"
    stamp.write(db, built | {"checks": "checks of before", "charts": "charts of before"})
    out = io.StringIO()
    status = build.build(db, build.STEPS, tmp_path / "raw", tmp_path / "next.duckdb", tmp_path / "docs",
                         tmp_path / "build.lock", out=out)  # fmt: skip
    printed = out.getvalue()
    assert status == 0, printed[-3000:]
    assert "running checks" in printed and "build: checks:" in printed
    assert "build: ingest:" not in printed and "build: dbt:" not in printed
    assert stamp.read(db) == built  # up to date again
    again = io.StringIO()
    build.build(db, build.STEPS, tmp_path / "raw", tmp_path / "next.duckdb", tmp_path / "docs",
                tmp_path / "build.lock", out=again)  # fmt: skip
    assert "nothing to do" in again.getvalue()
