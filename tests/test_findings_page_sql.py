"""The findings page's parts are made by DuckDB (expectations/page.py, FRAGMENTS_SQL): each report's
heading and table of failed checks, escaped as Python's html.escape escapes (&, <, >, " and ').

The rows below are written here, with the characters HTML gives a meaning to; the expected HTML is written
by hand. The build's own page is tested in test_findings_page.py.
"""

from __future__ import annotations

import duckdb

from expectations.page import FRAGMENTS_SQL

FAILED = """
select * from (values
    ('r_b', 'warning', 'a.sum', '3 < 4 & "x"', '7', 'line 3', '县<局>', '某县', 2021, 'raw/b.txt'),
    ('r_b', 'warning', 'a.count', 'it''s', '1', null, '县<局>', '某县', 2021, 'raw/b.txt'),
    ('r_a', 'info', 'b.jump', '9', '5', 'line 1', '某局', '某局', 2022, 'raw/a.txt'),
    ('r_gone', 'warning', 'c.x', '1', '2', null, null, null, null, null)
) as t(report_id, severity, "check", observed, expected, source, reporting_body_zh, jurisdiction_zh,
       report_year, source_path)
"""

HEAD = "<table>\n<tr><th>check</th><th>observed</th><th>expected</th><th>where printed</th></tr>\n"


def _fragments() -> list[tuple]:
    with duckdb.connect() as con:
        return con.execute(FRAGMENTS_SQL.format(failed=FAILED)).fetchall()


def test_each_report_part_is_escaped_and_ordered():
    assert _fragments() == [
        (
            "info", "r_a", 1,
            '<h3>某局 · 2022</h3>\n<p class="meta">raw/a.txt · <code>r_a</code></p>\n' + HEAD
            + "<tr><td><code>b.jump</code></td><td class=num>9</td><td class=num>5</td>"
            "<td class=where>line 1</td></tr>\n</table>",
        ),
        (
            "warning", "r_b", 2,
            # the body differs from the place: both; the checks in order (a.count before a.sum)
            '<h3>县&lt;局&gt; · 某县 · 2021</h3>\n<p class="meta">raw/b.txt · <code>r_b</code></p>\n' + HEAD
            + "<tr><td><code>a.count</code></td><td class=num>it&#x27;s</td><td class=num>1</td>"
            "<td class=where></td></tr>\n"
            "<tr><td><code>a.sum</code></td><td class=num>3 &lt; 4 &amp; &quot;x&quot;</td>"
            "<td class=num>7</td><td class=where>line 3</td></tr>\n</table>",
        ),
        (
            "warning", "r_gone", 1,
            # a report no longer in raw.reports: headed by its id alone
            "<h3>r_gone</h3>\n" + HEAD
            + "<tr><td><code>c.x</code></td><td class=num>1</td><td class=num>2</td>"
            "<td class=where></td></tr>\n</table>",
        ),
    ]  # fmt: skip
