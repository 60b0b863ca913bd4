"""The contract of the check models: every int_checks__* model is unioned, and every family has one rule.

dbt computes the checks (int_checks__<group> models, one row per report × check), int_check_results unions
the models listed in dbt_project.yml (var check_models) and joins each family's rule from
expectations/check_rules.csv. A model left out of the list, or a family without a rule, would drop checks
silently: these tests say which.
"""

from __future__ import annotations

import yaml
from conftest import PROJECT, query

from expectations.checks import RULES, SEVERITIES
from ingest.parsing.template import templates

DBT = PROJECT / "dbt_project"


def test_every_check_model_is_in_the_union():
    listed = yaml.safe_load((DBT / "dbt_project.yml").read_text(encoding="utf-8"))["vars"]["check_models"]
    files = sorted(p.stem for p in (DBT / "models").rglob("int_checks__*.sql"))
    assert sorted(listed) == files


def test_every_family_computed_has_a_rule(warehouse):
    families = {f for (f,) in query(warehouse, "select distinct family from intermediate.int_check_results")}
    assert families and families <= set(RULES)
    unruled = "select count(*) from intermediate.int_check_results where severity is null"
    assert query(warehouse, unruled) == [(0,)]


def test_the_rules_are_well_formed():
    assert {r.severity for r in RULES.values()} <= set(SEVERITIES)
    assert {r.comparison for r in RULES.values()} <= {"eq", "le"}


def test_the_templates_identities_and_bounds_agree_with_their_rules():
    """A template identity is an `eq` rule, a bound an `le` one (the GX suite compares by the rule)."""
    for template in templates():
        for section in template.sections.values():
            for check in section.checks:
                assert RULES[check.family].comparison == check.comparison, (template.version, check.family)
