"""The checks, as data: one row per report × check with what was observed and what was expected.

Every rule says why it exists (`RULES`). The computations are plain pandas over the raw tables, so a
reader can verify a finding by hand; Great Expectations (expectations/suite.py) then validates these
rows per report, which gives the Data Docs and the pass/fail of each check.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Rule:
    family: str
    suite: str
    severity: str  # error | quarantine | warning | info (a finding worth knowing, no contradiction)
    comparison: str  # eq: observed == expected; le: observed <= expected
    reason: str


RULES: dict[str, Rule] = {
    r.family: r
    for r in [
        Rule("template_cells_present", "structure", "error", "eq",
             "Every template cell must have a row, holding a number or a flagged missing value: a report "
             "with fewer rows was loaded incompletely and every sum over it would be silently wrong."),
        Rule("no_duplicate_cells", "structure", "error", "eq",
             "A template cell read twice would double-count in every pivot."),
        Rule("codes_in_vocabulary", "structure", "error", "eq",
             "Codes are the warehouse's public vocabulary (ingest/template/national_2021.yaml); a code "
             "outside it would fall out of every mart."),
        Rule("values_or_flags", "structure", "error", "eq",
             "A null value must say why it is missing (missing_reason); an unexplained null is a load bug."),
        Rule("values_non_negative", "structure", "error", "eq",
             "Counts and fees cannot be negative (only the 2019 template's 本年增/减 can)."),
        Rule("report_year_present", "structure", "quarantine", "eq",
             "A report is filed under its year; one whose title names none cannot be placed in any series. "
             "Quarantined: kept out of the marts, the build goes on (dbt: int_reports__quarantine)."),
        Rule("counts_are_integers", "structure", "quarantine", "eq",
             "Applications, decisions and cases are counts; only fees (万元) may have decimals. A report "
             "printing a count with a fraction is quarantined: kept out of the marts, loaded as printed."),
        Rule("counts_within_range", "structure", "quarantine", "eq",
             "The marts hold counts as INTEGER (up to 2,147,483,647, dbt var max_count); a larger printed "
             "count is a misprint or a misread, and its report is quarantined rather than truncated."),
        Rule("one_report_per_content", "structure", "error", "eq",
             "The same file content must be loaded once, or every cross-report sum double-counts it."),
        Rule("values_readable", "completeness", "warning", "eq",
             "Cells the report left empty, dashed or unreadable are kept missing, never 0; researchers "
             "should know which reports have gaps before comparing them."),
        Rule("section3_balance", "identities", "warning", "eq",
             "Printed on the table itself: 第一项加第二项之和，等于第三项加第四项之和 (new + carried over = "
             "handled + carried forward), per applicant column. Observed: handled + carried forward; "
             "expected: new + carried over."),
        Rule("section3_outcomes_sum_to_total", "identities", "warning", "eq",
             "The outcome rows (予以公开 … 其他处理) are a partition of （七）总计, per applicant column. "
             "Observed: the rows' sum; expected: 总计 as printed."),
        Rule("section3_applicants_sum_to_total", "identities", "warning", "eq",
             "The six applicant columns partition the 总计 column, per row. Observed: the columns' sum; "
             "expected: 总计 as printed."),
        Rule("section3_other_variant", "identities", "warning", "eq",
             "（六）其他处理 is printed either as three sub-rows or as one row (other_total); where both are "
             "printed, the sub-rows must sum to the single row. Observed: the sub-rows' sum; expected: "
             "other_total."),
        Rule("section4_parts_sum_to_total", "identities", "warning", "eq",
             "Each proceeding's 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. Observed: the parts' sum; "
             "expected: 总计 as printed."),
        Rule("carried_forward_within_received", "plausibility", "warning", "le",
             "A body cannot carry into next year more applications than it had this year (new + carried "
             "over), whatever its own sums say. Observed: carried forward; bound: new + carried over."),
        Rule("corrected_within_total", "plausibility", "warning", "le",
             "Corrected cases are a subset of a proceeding's cases, even where the parts do not sum to the "
             "printed total. Observed: corrected; bound: total."),
        Rule("pending_within_total", "plausibility", "warning", "le",
             "Pending cases are a subset of a proceeding's cases. Observed: pending; bound: total."),
        Rule("narrative_agrees_with_table", "narrative", "warning", "le",
             "A figure the report's text states should match its own tables (marts.fct_narrative_claims). "
             "Observed: |claim − tables|; bound: half a unit of the claim's last printed digit. A "
             "disagreement is a finding about the report, loaded as printed on both sides."),
        Rule("narrative_rounding", "narrative", "info", "le",
             "A share or change printed off by less than one unit of its last digit (5.5% for 1/18 = "
             "5.556%) is a rounding slip, not a contradiction. Observed: |claim − tables|; bound: half a "
             "unit of the last printed digit."),
        Rule("narrative_ambiguous", "narrative", "info", "le",
             "Words that allow more than one reading (收到75件: 74 new, or 74 new + 1 carried over) agree "
             "under another reading than the one stated. Observed: |claim − tables| as stated; bound: half "
             "a unit of the last printed digit; the reading that agrees is named."),
        Rule("carry_over_chain", "across_reports", "warning", "eq",
             "What a body carries into the next year (结转下年度 of year N) is what it carries over from the "
             "year before in N+1 (上年结转), per applicant column; a break means one of the two reports "
             "misprints, or they are not of one body (dbt: int_checks__across_reports). Observed: 上年结转 "
             "of the later report; expected: 结转下年度 of the earlier."),
        Rule("one_report_per_body_year", "across_reports", "warning", "eq",
             "One body publishes one report a year; two that differ (not the same report in two formats, "
             "which the loader keeps once) are a revision or a misattributed report, and counting both "
             "double-counts the body. Observed: other reports of the body and year that differ."),
        Rule("total_yoy_factor", "across_reports", "info", "le",
             "A total (new applications, handled applications) rarely changes more than tenfold from one "
             "year to the next; such a change is worth a look (a misprint, a changed scope), not necessarily "
             "wrong. Observed: the larger of the two years over the smaller (at least 1); bound: 10."),
    ]
}  # fmt: skip

COLUMNS = [
    "report_id", "suite", "family", "check", "severity", "comparison",
    "observed_value", "expected_value", "observed", "expected", "reason",
]  # fmt: skip


def _fmt(x: float | None) -> str:
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return "missing"
    return f"{x:g}" if float(x) != int(x) else str(int(x))


def _row(report_id: str, family: str, check: str, observed, expected, observed_text=None) -> dict:
    rule = RULES[family]
    obs = float(observed) if observed is not None and not pd.isna(observed) else np.nan
    exp = float(expected) if expected is not None and not pd.isna(expected) else np.nan
    return {
        "report_id": report_id,
        "suite": rule.suite,
        "family": family,
        "check": f"{family}.{check}" if check else family,
        "severity": rule.severity,
        "comparison": rule.comparison,
        "observed_value": obs,
        "expected_value": exp,
        "observed": observed_text or _fmt(obs),
        "expected": _fmt(exp),
        "reason": rule.reason,
    }


def _sum(values: pd.Series) -> float:
    """A sum that stays missing when any part is missing: a gap must not pass as a smaller number."""
    return np.nan if values.isna().any() or values.empty else float(values.sum())


def load_frames(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    reports = con.execute("select report_id, source_sha256, template_version from raw.reports").df()
    values = con.execute(
        "select report_id, section, row_code, col_code, cast(value as double) as value, missing_reason "
        "from raw.report_values"
    ).df()
    template = con.execute(
        "select template_version, section, row_code, row_group, col_code, value_type from raw.template_cells"
    ).df()
    return reports, values, template


def report_checks(report: pd.Series, values: pd.DataFrame, template: pd.DataFrame, same_content: int) -> list:
    rid = report.report_id
    tpl = template[template.template_version == report.template_version]
    out: list[dict] = []
    key = ["section", "row_code", "col_code"]
    cells = values.merge(tpl, on=key, how="left", indicator=True)
    known = cells[cells._merge == "both"]
    # Rows the report's variant of the template does not print (e.g. other_total where the three
    # （六） sub-rows are printed) are neither gaps nor operands.
    printed = known[known.missing_reason.fillna("") != "not_in_variant"]

    # structure
    present = known.drop_duplicates(key)
    out.append(_row(rid, "template_cells_present", "", len(present), len(tpl)))
    out.append(_row(rid, "no_duplicate_cells", "", int(values.duplicated(key).sum()), 0))
    unknown = cells[cells._merge == "left_only"]
    listed = ", ".join(f"{r.section}/{r.row_code}/{r.col_code}" for r in unknown.head(5).itertuples())
    out.append(_row(rid, "codes_in_vocabulary", "", len(unknown), 0, f"{len(unknown)} {listed}".strip()))
    unexplained = values[values.value.isna() & values.missing_reason.isna()]
    out.append(_row(rid, "values_or_flags", "", len(unexplained), 0))
    unsigned = cells[cells.value_type.fillna("integer") != "signed_integer"]  # 本年增/减 (2019) may be < 0
    out.append(_row(rid, "values_non_negative", "", int((unsigned.value < 0).sum()), 0))
    out.append(_row(rid, "one_report_per_content", "", same_content, 1))

    # completeness
    missing = printed[printed.value.isna()]
    listed = ", ".join(
        f"{r.section}/{r.row_code}/{r.col_code} ({r.missing_reason})" for r in missing.head(8).itertuples()
    )
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    out.append(_row(rid, "values_readable", "", len(missing), 0, f"{len(missing)}: {listed}{more}"
                    if len(missing) else "0"))  # fmt: skip

    # identities and plausibility, section 三
    s3 = printed[printed.section == "3"].drop_duplicates(key)
    grid = s3.pivot(index="row_code", columns="col_code", values="value")
    groups = s3.drop_duplicates("row_code").set_index("row_code").row_group
    cols = tpl[tpl.section == "3"].drop_duplicates("col_code").col_code.tolist()
    rows_in_order = tpl[tpl.section == "3"].drop_duplicates("row_code").row_code.tolist()
    other_sub = [r for r in rows_in_order if groups.get(r) == "other" and r != "other_total"]
    outcome_rows = [
        r for r in rows_in_order
        if groups.get(r) not in {"received", "total", "carried_forward"} and r != "other_total"
    ]  # fmt: skip

    def cell(row: str, col: str) -> float:
        try:
            return grid.at[row, col]
        except KeyError:
            return np.nan

    def outcome_sum(col: str) -> float:
        parts = pd.Series([cell(r, col) for r in outcome_rows if r not in other_sub])
        subs = pd.Series([cell(r, col) for r in other_sub])
        single = cell("other_total", col) if "other_total" in grid.index else np.nan
        # The 其他处理 group counts once: its sub-rows where printed, else its single row.
        other = _sum(subs) if not subs.isna().all() else single
        return _sum(pd.concat([parts, pd.Series([other])]))

    if not grid.empty:
        for col in cols:
            received = _sum(pd.Series([cell("new_received", col), cell("carried_over", col)]))
            disposed = _sum(pd.Series([cell("handled_total", col), cell("carried_forward", col)]))
            out.append(_row(rid, "section3_balance", col, disposed, received))
            out.append(
                _row(rid, "section3_outcomes_sum_to_total", col, outcome_sum(col), cell("handled_total", col))
            )
            if "other_total" in grid.index and not pd.Series([cell(r, col) for r in other_sub]).isna().all():
                subs = _sum(pd.Series([cell(r, col) for r in other_sub]))
                out.append(_row(rid, "section3_other_variant", col, subs, cell("other_total", col)))
        parts_cols = [c for c in cols if c != "total"]
        for row in rows_in_order:
            if row in grid.index:
                parts = _sum(pd.Series([cell(row, c) for c in parts_cols]))
                out.append(_row(rid, "section3_applicants_sum_to_total", row, parts, cell(row, "total")))
        received_total = _sum(pd.Series([cell("new_received", "total"), cell("carried_over", "total")]))
        out.append(
            _row(
                rid,
                "carried_forward_within_received",
                "total",
                cell("carried_forward", "total"),
                received_total,
            )
        )

    # section 四
    s4 = printed[printed.section == "4"].drop_duplicates(key)
    grid4 = s4.pivot(index="row_code", columns="col_code", values="value")
    for proceeding in tpl[tpl.section == "4"].drop_duplicates("row_code").row_code:
        if proceeding not in grid4.index:
            continue
        r = grid4.loc[proceeding]
        parts = _sum(pd.Series([r.get("upheld"), r.get("corrected"), r.get("other"), r.get("pending")]))
        out.append(_row(rid, "section4_parts_sum_to_total", proceeding, parts, r.get("total")))
        out.append(_row(rid, "corrected_within_total", proceeding, r.get("corrected"), r.get("total")))
        out.append(_row(rid, "pending_within_total", proceeding, r.get("pending"), r.get("total")))
    return out


def _exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    """Whether dbt has built `schema.table` (the checks also run on a warehouse without the marts)."""
    query = "select count(*) from information_schema.tables where table_schema = ? and table_name = ?"
    return con.execute(query, [schema, table]).fetchone()[0] > 0


def narrative_checks(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """One row per claim the tables can check (needs the dbt mart; skipped when it is not built)."""
    if not _exists(con, "marts", "fct_narrative_claims"):
        return []
    claims = con.execute(
        "select report_id, claim_no, metric, claim_kind, value, number_text, source_line, table_comparable, "
        "stated_table_comparable, tolerance, finding, note from marts.fct_narrative_claims "
        "where table_comparable is not null order by report_id, claim_no"
    ).df()
    families = {"rounding": "narrative_rounding", "ambiguous": "narrative_ambiguous"}
    out = []
    for c in claims.itertuples():
        family = families.get(c.finding, "narrative_agrees_with_table")
        # An ambiguous claim is judged as stated (where it fails, at severity info) and names the reading.
        table = c.stated_table_comparable if c.finding == "ambiguous" else c.table_comparable
        observed = abs(c.value - table) if table is not None and not pd.isna(table) else np.nan
        row = _row(
            c.report_id, family, f"{c.claim_no}.{c.metric}", observed, c.tolerance,
            f"text says {c.number_text} ({c.claim_kind}, line {c.source_line})"
            + (f"; {c.note}" if isinstance(c.note, str) else ""),
        )  # fmt: skip
        row["expected"] = f"tables say {c.table_comparable:.4g} (± {c.tolerance:g})"
        out.append(row)
    return out


def quarantine_checks(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The report errors dbt computed (intermediate.int_reports__quarantine), as check rows.

    They are computed once, in dbt, because the marts must leave quarantined reports out before this
    step runs; here they only join the other findings.
    """
    if not _exists(con, "intermediate", "int_reports__quarantine"):
        return []
    rows = con.execute(
        "select report_id, check_code, observed_value, expected_value, observed, expected "
        "from intermediate.int_reports__quarantine order by report_id, check_code"
    ).fetchall()
    out = []
    for report_id, code, observed_value, expected_value, observed, expected in rows:
        row = _row(report_id, code, "", observed_value, expected_value, observed)
        row["expected"] = expected
        out.append(row)
    return out


def across_report_checks(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The checks across reports dbt computed (intermediate.int_checks__across_reports), as check rows."""
    if not _exists(con, "intermediate", "int_checks__across_reports"):
        return []
    rows = con.execute(
        'select report_id, family, "check", observed_value, expected_value, observed, expected '
        'from intermediate.int_checks__across_reports order by report_id, "check"'
    ).fetchall()
    out = []
    for report_id, family, check, observed_value, expected_value, observed, expected in rows:
        row = _row(report_id, family, "", observed_value, expected_value, observed)
        row.update(check=check, expected=expected)
        out.append(row)
    return out


def build_check_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All check rows for all reports in the warehouse."""
    reports, values, template = load_frames(con)
    by_report = dict(tuple(values.groupby("report_id")))
    content_counts = reports.source_sha256.value_counts()
    rows: list[dict] = []
    for report in reports.itertuples():
        report_values = by_report.get(report.report_id, values.iloc[0:0])
        rows.extend(report_checks(report, report_values, template, int(content_counts[report.source_sha256])))
    rows.extend(quarantine_checks(con))
    rows.extend(narrative_checks(con))
    rows.extend(across_report_checks(con))
    return pd.DataFrame(rows, columns=COLUMNS)
