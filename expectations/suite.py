"""The Great Expectations suite: one expectation per check family, over all reports' check rows.

Imported only by the validation step: Great Expectations takes seconds to import.
"""

from __future__ import annotations

from expectations.checks import RULES

SUITE_NAME = "nianbao_report_checks"


def build_suite(gx, gxe):
    """An ExpectationSuite with one expectation per rule of expectations/check_rules.csv."""
    from great_expectations.expectations.row_conditions import Column

    suite = gx.ExpectationSuite(name=SUITE_NAME)
    for rule in RULES.values():
        common = {
            "row_condition": Column("family") == rule.family,
            "ignore_row_if": "either_value_is_missing",
            "description": f"[{rule.suite} · {rule.severity}] {rule.family}: {rule.reason}",
            "meta": {
                "family": rule.family,
                "suite": rule.suite,
                "severity": rule.severity,
                "reason": rule.reason,
            },
        }
        if rule.comparison == "eq":
            suite.add_expectation(
                gxe.ExpectColumnPairValuesToBeEqual(
                    column_A="observed_value", column_B="expected_value", **common
                )
            )
        else:
            suite.add_expectation(
                gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                    column_A="expected_value", column_B="observed_value", or_equal=True, **common
                )
            )
    return suite
