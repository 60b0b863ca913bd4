"""Only code can fail a build: every dbt test left at severity error says why no document can fail it.

dbt_project/error_tests.yml lists each error-severity dbt test under a reason (and the `error` rules of
expectations/check_rules.csv, on which the checks step fails the build). This test reads dbt's manifest
(`dbt parse`) and holds the list to it both ways: a test added at error without a reason, or a listed test
that no longer exists, fails here with its name.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT

from expectations.checks import RULES

DBT = PROJECT / "dbt_project"
REGISTER = yaml.safe_load((DBT / "error_tests.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> dict:
    target = tmp_path_factory.mktemp("dbt_parse")
    env = {**os.environ, "NIANBAO_DB": str(target / "unused.duckdb")}
    result = subprocess.run(
        [str(PROJECT / ".venv" / "bin" / "dbt"), "parse", "--profiles-dir", ".", "--target-path", str(target),
         "--log-path", str(target / "logs")],
        cwd=DBT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:]
    return json.loads(Path(target, "manifest.json").read_text(encoding="utf-8"))


def _error_tests(manifest: dict) -> set[str]:
    return {
        node["name"]
        for node in manifest["nodes"].values()
        if node["resource_type"] == "test" and node["config"]["severity"].lower() == "error"
    }


def _listed() -> dict[str, str]:
    listed: dict[str, str] = {}
    for reason, names in REGISTER["tests"].items():
        for name in names:
            assert name not in listed, f"{name} is listed twice (under {listed[name]} and {reason})"
            listed[name] = reason
    return listed


def test_every_error_test_is_listed_with_its_reason(manifest):
    unlisted = sorted(_error_tests(manifest) - set(_listed()))
    assert not unlisted, (
        "dbt tests at severity error with no reason in dbt_project/error_tests.yml: make each a check row "
        f"(expectations/check_rules.csv) or list it under the reason no document can fail it: {unlisted}"
    )


def test_every_listed_test_exists_at_error(manifest):
    gone = sorted(set(_listed()) - _error_tests(manifest))
    assert not gone, f"listed in dbt_project/error_tests.yml but not an error-severity dbt test: {gone}"


def test_every_reason_is_explained_and_used():
    assert set(REGISTER["tests"]) <= set(REGISTER["reasons"])
    assert all(len(text.split()) >= 15 for text in REGISTER["reasons"].values())


def test_every_error_rule_of_the_checks_is_listed():
    errors = {family for family, rule in RULES.items() if rule.severity == "error"}
    assert errors == set(REGISTER["check_rules"])
    for family, why in REGISTER["check_rules"].items():
        assert why in REGISTER["reasons"] or len(why.split()) >= 15, family


def test_the_quarantine_and_finding_rules_the_chaos_corpus_needs_are_not_errors():
    """What a document causes (no year, a year out of range, no place, a future date) is never `error`."""
    for family in ("report_year_present", "report_year_in_range"):
        assert RULES[family].severity == "quarantine"
    for family in ("place_named", "published_on_not_future"):
        assert RULES[family].severity == "warning"
