"""What a report's own text disputes in its tables, for the charts' `*` marks and footnotes.

A charted value is disputed when the report's text states another count for its metric: a failed
narrative_agrees_with_table finding (marts.fct_narrative_claims with severity warning; a rounding slip or
a claim that agrees under another reading is no contradiction). Each chart maps the disputed metrics to
the values it draws, marks those with `*` and lists what the text says and what the table says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import polars as pl

from briefing.data import BRIEFING_REPORTS, cached, query
from briefing.labels import get_language, t

MARK = "*"


def disputed_counts() -> pl.DataFrame:
    """One row per disputed count of a report of the briefing's places: report_id, metric, name (the
    metric's label), text, table. Read once per export (briefing.data.cached), in one order whatever the
    order of the mart's rows (an incremental build appends where a full build writes anew): a chart's
    footnotes, and so its spec, are the same for the same data, and it is not drawn again."""
    return cached(f"disputed_counts {get_language()}", _disputed_counts)


def _disputed_counts() -> pl.DataFrame:
    label = "label_en" if get_language() == "en" else "label_zh"
    return query(
        f"select c.report_id, c.metric, any_value(m.{label}) as name, c.number_text as text, "
        "cast(c.table_comparable as bigint) as table_value, c.claim_no from marts.fct_narrative_claims c "
        "join raw.narrative_metric_cells m using (metric) "
        f"where c.severity = 'warning' and c.claim_kind = 'count' and c.report_id in ({BRIEFING_REPORTS}) "
        "group by c.report_id, c.claim_no, c.metric, c.number_text, c.table_comparable "
        "order by c.claim_no, c.report_id, c.metric, c.number_text, table_value"
    )


def marked(disputes: pl.DataFrame, key_of: Callable[[str], Iterable[str]]) -> set[tuple[str, str]]:
    """The (report, key) pairs a chart draws whose value the text disputes; `key_of(metric)` names the
    chart's keys (a proceeding, an outcome group, …) a metric's value is part of (none: not charted)."""
    return {(r["report_id"], k) for r in disputes.iter_rows(named=True) for k in key_of(r["metric"])}


def footnotes(
    disputes: pl.DataFrame, labels: dict[str, str], key_of: Callable[[str], Iterable[str]]
) -> list[str]:
    """One footnote per charted report (labels: report_id -> its label on the chart) whose text disputes a
    value the chart draws: `* 洪泽区 2024：报告文字与表格不一致（本年新收…申请数量 文字为17，表格为95）。`"""
    claims: dict[str, list[str]] = {}
    for r in disputes.iter_rows(named=True):
        if r["report_id"] in labels and any(True for _ in key_of(r["metric"])):
            claim = t("claim").format(metric=r["name"], text=r["text"], table=r["table_value"])
            if claim not in claims.setdefault(r["report_id"], []):
                claims[r["report_id"]].append(claim)
    sep = "；" if get_language() == "zh" else "; "
    return [
        t("disputed").format(name=labels[rid], claims=sep.join(items))
        for rid, items in sorted(claims.items(), key=lambda item: (labels[item[0]], item[0]))
    ]
