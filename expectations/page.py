"""The findings page: one self-contained HTML file listing every report's failed checks, by severity.

Offline by construction: inline CSS, no script, no link, no image; the Chinese is drawn with the glyphs
it uses, cut from Noto Sans SC (the pinned wheel pylopdf-fonts-zh-cn, SIL OFL) and embedded as a data
URI, so the page reads the same on a machine without a CJK font and without a network.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from html import escape
from itertools import groupby
from operator import attrgetter
from pathlib import Path

import pandas as pd

from expectations.checks import RULES, SEVERITIES

ABOUT = {
    "error": "the load itself is wrong: the build fails and publishes nothing",
    "quarantine": "the report is kept in raw and left out of every mart",
    "warning": "a finding about the report, loaded as printed",
    "info": "worth knowing (rounding, jumps); not counted as a warning",
}

STYLE = """
body { font-family: "Noto Sans SC subset", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { border-bottom: 2px solid #ccc; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
.meta { color: #555; font-size: .9rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.num { font-variant-numeric: tabular-nums; }
td.where { white-space: nowrap; }
.counts td.num { text-align: right; }
.error h2 { border-color: #b2182b; } .quarantine h2 { border-color: #e08214; }
.warning h2 { border-color: #d9b300; } .info h2 { border-color: #4393c3; }
code { font-size: .85rem; }
"""


def _font_face(text: str) -> str:
    """An @font-face with the glyphs of `text`, cut from Noto Sans SC; empty if the font is unavailable."""
    try:
        import pylopdf_fonts_zh_cn
        from fontTools import subset
    except ImportError:
        return ""
    options = subset.Options()
    options.notdef_outline = True
    font = subset.load_font(str(pylopdf_fonts_zh_cn.sans_path()), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'@font-face {{ font-family: "Noto Sans SC subset"; src: url(data:font/otf;base64,{data}); }}'


def text_of(value: object) -> str:
    """A report field as text: "" where it is null (DuckDB hands pandas a null string as NaN, a float)."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _report_heading(report) -> str:
    """A report's heading, from a failed finding's row (which carries its report's fields)."""
    if not text_of(report.source_path):  # a report no longer in raw.reports
        return f"<h3>{escape(report.report_id)}</h3>"
    year = "" if pd.isna(report.report_year) else f" · {int(report.report_year)}"
    place_zh = text_of(report.jurisdiction_zh)
    body = text_of(report.reporting_body_zh) or place_zh or "(no body or place found)"
    place = f" · {place_zh}" if place_zh and place_zh != body else ""
    return (
        f"<h3>{escape(body)}{escape(place)}{escape(year)}</h3>\n"
        f'<p class="meta">{escape(text_of(report.source_path))} · <code>{escape(report.report_id)}</code></p>'
    )


def _table(rows: list) -> str:
    lines = ["<table>", "<tr><th>check</th><th>observed</th><th>expected</th><th>where printed</th></tr>"]
    for r in rows:
        fields = (r.check, r.observed, r.expected, r.source)
        check, observed, expected, source = (escape(text_of(v)) for v in fields)
        lines.append(
            f"<tr><td><code>{check}</code></td><td class=num>{observed}</td>"
            f"<td class=num>{expected}</td><td class=where>{source}</td></tr>"
        )
    lines.append("</table>")
    return "\n".join(lines)


def _counts(failed: pd.DataFrame, totals: dict[str, int]) -> str:
    lines = [
        '<table class="counts">',
        "<tr><th>severity</th><th>failed checks</th><th>reports</th><th>meaning</th></tr>",
    ]
    for severity in SEVERITIES:
        rows = failed[failed.severity == severity]
        lines.append(
            f'<tr><td><a href="#{severity}">{severity}</a></td><td class=num>{len(rows)}</td>'
            f"<td class=num>{rows.report_id.nunique()}</td><td>{escape(ABOUT[severity])}</td></tr>"
        )
    lines.append("</table>")
    lines.append(
        f'<p class="meta">{totals["reports"]} reports, {totals["checks"]} checks; {totals["not_evaluable"]} '
        "could not be evaluated (an operand is missing).</p>"
    )
    return "\n".join(lines)


def render(failed: pd.DataFrame, totals: dict[str, int]) -> str:
    """The page's HTML: counts, then each severity's failed checks by report, then the families' reasons.

    `failed`: every failed finding (expectations/run.py's FAILED_SQL: the check row and its report's
    fields); `totals`: the reports, checks and checks not evaluable of the whole warehouse. Only failed
    rows reach Python: the page costs what the findings are, not what the checks are."""
    parts = [
        "<h1>Data-quality findings 数据质量发现</h1>",
        f'<p class="meta">Checked {dt.datetime.now():%Y-%m-%d %H:%M}. Each report\'s failed checks, with '
        "what it prints (observed), what the check expects and where in the document it is printed "
        "(PDF: page × 1000 + line). Also in the warehouse: <code>marts.dq_findings</code>.</p>",
        _counts(failed, totals),
    ]
    # One pass over the rows, in order (severity, report, check): a national year fails hundreds of
    # thousands of checks, and pandas per report cost a second per 100 reports.
    by_severity: dict[str, list] = {severity: [] for severity in SEVERITIES}
    for row in failed.sort_values(["severity", "report_id", "check"]).itertuples(index=False):
        by_severity.setdefault(row.severity, []).append(row)
    for severity in SEVERITIES:
        rows = by_severity[severity]
        reports = len({r.report_id for r in rows})
        parts.append(f'<section class="{severity}" id="{severity}">')
        parts.append(f"<h2>{severity}: {len(rows)} failed checks in {reports} reports</h2>")
        if not rows:
            parts.append(f'<p class="meta">None. ({escape(ABOUT[severity])})</p>')
        for _, report_rows in groupby(rows, key=attrgetter("report_id")):
            report_rows = list(report_rows)
            parts.append(_report_heading(report_rows[0]))
            parts.append(_table(report_rows))
        parts.append("</section>")
    families = sorted(set(failed.family))
    if families:
        parts.append(
            "<h2>Why each check exists</h2>\n<table><tr><th>family</th><th>suite</th><th>reason</th></tr>"
        )
        for family in families:
            rule = RULES.get(family)
            suite, reason = (rule.suite, rule.reason) if rule else ("", "")
            parts.append(f"<tr><td><code>{escape(family)}</code></td><td>{escape(suite)}</td>"
                         f"<td>{escape(reason)}</td></tr>")  # fmt: skip
        parts.append("</table>")
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>nianbao: data-quality findings</title>\n"
        f"<style>{_font_face(''.join(sorted(set(body))))}\n{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def write_page(path: Path, failed: pd.DataFrame, totals: dict[str, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(failed, totals), encoding="utf-8")
    return path
