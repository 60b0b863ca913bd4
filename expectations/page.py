"""The findings page: one self-contained HTML file listing the reports' failed checks, by severity (the first
LISTED_REPORTS reports of each, and how many more there are: marts.dq_findings holds them all).

Offline by construction: inline CSS, no script, no link, no image; the Chinese is drawn with the glyphs
it uses, cut from Noto Sans SC (the pinned wheel pylopdf-fonts-zh-cn, SIL OFL) and embedded as a data
URI, so the page reads the same on a machine without a CJK font and without a network.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from html import escape
from pathlib import Path

import duckdb
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


def _escaped(column: str) -> str:
    """SQL for html.escape(text_of(column)): the five characters it replaces, `&` first."""
    sql = f"coalesce(cast({column} as varchar), '')"
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("''", "&#x27;")):
        sql = f"replace({sql}, '{char}', '{entity}')"
    return sql


TABLE_HEAD = "<table>\n<tr><th>check</th><th>observed</th><th>expected</th><th>where printed</th></tr>"

# Each report's part of a severity's section, made by DuckDB from the failed findings (`{failed}`: rows of
# FAILED_SQL in expectations/run.py, the check row and its report's fields): its heading (the body, the
# place where it differs, the year; the file and the report id), then a table of its failed checks by
# check. A report no longer in raw.reports (no source_path) is headed by its id. A national year fails
# hundreds of thousands of checks: escaping and joining them row by row in Python cost seconds.
FRAGMENTS_SQL = f"""
with failed as ({{failed}}),
labelled as (
    select *,
        case
            when coalesce(jurisdiction_zh, '') not in ('', body_label) then ' · ' || jurisdiction_zh else ''
        end as place_label,
        coalesce(' · ' || cast(cast(report_year as bigint) as varchar), '') as year_label
    from (
        select *,
            coalesce(nullif(reporting_body_zh, ''), nullif(jurisdiction_zh, ''), '(no body or place found)')
                as body_label
        from failed
    ) as f
),
headed as (
    select *,
        case
            when coalesce(source_path, '') = '' then '<h3>' || {_escaped("report_id")} || '</h3>'
            else '<h3>' || {_escaped("body_label")} || {_escaped("place_label")} || year_label || '</h3>'
                || chr(10) || '<p class="meta">' || {_escaped("source_path")} || ' · <code>'
                || {_escaped("report_id")} || '</code></p>'
        end as heading,
        '<tr><td><code>' || {_escaped('"check"')} || '</code></td><td class=num>' || {_escaped("observed")}
            || '</td><td class=num>' || {_escaped("expected")} || '</td><td class=where>'
            || {_escaped("source")} || '</td></tr>' as table_row
    from labelled
)
select severity, report_id, count(*) as n,
    any_value(heading) || chr(10) || '{TABLE_HEAD}' || chr(10)
        || string_agg(table_row, chr(10) order by "check") || chr(10) || '</table>' as fragment
from headed
group by severity, report_id
order by severity, report_id
"""


# Reports whose parts DuckDB makes at a time: the page is written as it is read, never held whole (at
# 10,000 synthetic reports it is 58 MB; as one Python string, with its fragments, 0.9 GB of the step's peak),
# and DuckDB's aggregation of the parts stays small too (all at once, it ran out of a 300 MB limit at 20,000).
FETCHED = 2_000
# Files the page's parts are put in, in order of their position, before each is sorted (_fragments): at most
# this many open at once; each holds about parts / BUCKETS of them (500 at 125,000 parts).
BUCKETS = 256
# The body's bytes copied into the page this much at a time.
COPY_BUFFER = 1 << 20


def _counts(counts: dict[str, tuple[int, int]], totals: dict[str, int]) -> str:
    lines = [
        '<table class="counts">',
        "<tr><th>severity</th><th>failed checks</th><th>reports</th><th>meaning</th></tr>",
    ]
    for severity in SEVERITIES:
        n, reports = counts.get(severity, (0, 0))
        lines.append(
            f'<tr><td><a href="#{severity}">{severity}</a></td><td class=num>{n}</td>'
            f"<td class=num>{reports}</td><td>{escape(ABOUT[severity])}</td></tr>"
        )
    lines.append("</table>")
    lines.append(
        f'<p class="meta">{totals["reports"]} reports, {totals["checks"]} checks; {totals["not_evaluable"]} '
        "could not be evaluated (an operand is missing).</p>"
    )
    return "\n".join(lines)


# Each report's part of the page is kept in the warehouse (FRAGMENTS_TABLE) with a key of what it shows: its
# failed findings (how many, and the sum of a hash of the columns the part prints) and its report's label. A
# run makes again only the parts whose key changed (a new, changed or removed report, a check across reports
# that moved, a file renamed) and streams the page from the table: at 10,000 synthetic reports, making
# every part cost seconds of a one-report change. A key equal up to a 64-bit hash's collision is the part.
FRAGMENTS_TABLE = "checks.page_fragments"
FRAGMENTS_DDL = f"""
create schema if not exists checks;
create table if not exists {FRAGMENTS_TABLE} (
    severity varchar, report_id varchar, n bigint, rows_key hugeint, label_key ubigint, fragment varchar,
    characters varchar
)
"""
KEYS_SQL = """
create or replace temp table page_keys as
select severity, report_id, count(*) as n,
    sum(hash("check", observed, expected, source)) as rows_key,
    min(hash(reporting_body_zh, jurisdiction_zh, report_year, source_path)) as label_key
from ({failed})
group by severity, report_id
"""
# The reports a severity's section lists: the first LISTED_REPORTS by report id. The counts above them are
# of every report; the section then says how many more there are, all in marts.dq_findings. A page of
# every report's findings was 57 MB at 10,000 synthetic reports and 1 GB at 100,000, more than a browser
# opens, and writing it was most of the checks step of a build adding one report (10 s at 100,000).
LISTED_REPORTS = 1_000
LISTED_SQL = """
create or replace temp table page_listed as
select * from page_keys
qualify row_number() over (partition by severity order by report_id) <= ?
"""
# The stored parts whose key is not that of a listed report's findings now (their report's findings
# changed or are gone, or it is no longer listed).
STALE_SQL = f"""
delete from {FRAGMENTS_TABLE} as f
where not exists (
    select 1 from page_listed as k
    where k.severity = f.severity and k.report_id = f.report_id and k.n = f.n and k.rows_key = f.rows_key
        and k.label_key = f.label_key
)
"""
# The parts to make, numbered in chunks of FETCHED reports.
TODO_SQL = f"""
create or replace temp table page_todo as
select k.severity, k.report_id, (row_number() over (order by k.severity, k.report_id) - 1) // ? as chunk
from page_listed as k
anti join {FRAGMENTS_TABLE} as f on k.severity = f.severity and k.report_id = f.report_id
"""
STORE_SQL = f"""
insert into {FRAGMENTS_TABLE}
select k.severity, k.report_id, k.n, k.rows_key, k.label_key, made.fragment, made.characters
from made inner join page_listed as k on made.severity = k.severity and made.report_id = k.report_id
"""


def update_fragments(
    con: duckdb.DuckDBPyConnection, failed_sql: str, params: list, incremental: bool = False
) -> int:
    """Bring FRAGMENTS_TABLE in line with the failed findings `failed_sql` selects: every part made again
    (not `incremental`: the checks or this page may have changed), or only those whose key changed.
    Returns the parts made."""
    con.execute(FRAGMENTS_DDL)
    con.execute(KEYS_SQL.format(failed=failed_sql), params)
    con.execute(LISTED_SQL, [LISTED_REPORTS])
    if not incremental:
        con.execute(f"delete from {FRAGMENTS_TABLE}")
    con.execute(STALE_SQL)
    con.execute(TODO_SQL, [FETCHED])
    [(chunks,)] = con.execute("select coalesce(max(chunk) + 1, 0) from page_todo").fetchall()
    chunk = (
        f"select * from ({failed_sql}) as failed "
        "where (severity, report_id) in (select severity, report_id from page_todo where chunk = ?)"
    )
    made = 0
    for number in range(chunks):
        rows = con.execute(
            f"select severity, report_id, fragment from ({FRAGMENTS_SQL.format(failed=chunk)})",
            [*params, number],
        ).fetchall()
        frame = pd.DataFrame(rows, columns=["severity", "report_id", "fragment"])
        frame["characters"] = ["".join(sorted(set(fragment))) for fragment in frame.fragment]
        con.register("made", frame)
        con.execute(STORE_SQL)
        con.unregister("made")
        made += len(frame)
    return made


def _fragments(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[str, str]]:
    """Every stored part as (severity, part), in the page's order (by severity as SEVERITIES lists them,
    then by report), FETCHED at a time.

    Only the parts' keys are sorted by DuckDB: sorting the parts themselves (58 MB at 10,000 synthetic
    reports, ten times that at 100,000) ran out of the connection's memory limit instead of spilling, and
    failed the build at 100,000. The parts are read once, in the table's order, into at most BUCKETS files
    of consecutive page positions in DuckDB's spill folder; each file is then sorted alone."""
    order = ", ".join(f"'{severity}'" for severity in SEVERITIES)
    con.execute(
        "create or replace temp table page_order as "
        "select rowid as part, "
        f"row_number() over (order by list_position([{order}], severity), report_id) - 1 as position "
        f"from {FRAGMENTS_TABLE}"
    )
    [(parts,)] = con.execute("select count(*) from page_order").fetchall()
    if not parts:
        return
    buckets = min(BUCKETS, -(-parts // FETCHED))
    [(spill,)] = con.execute("select current_setting('temp_directory')").fetchall()
    Path(spill or ".").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="page_parts_", dir=spill or None) as folder:
        files = [open(Path(folder) / str(b), "w+b") for b in range(buckets)]  # noqa: SIM115 (closed below)
        try:
            result = con.execute(
                f"select o.position, f.severity, f.fragment from {FRAGMENTS_TABLE} as f "
                "inner join page_order as o on f.rowid = o.part"
            )
            while rows := result.fetchmany(FETCHED):
                for position, severity, fragment in rows:
                    pickle.dump((position, severity, fragment), files[position * buckets // parts])
            for bucket in files:
                bucket.seek(0)
                held: list[tuple[int, str, str]] = []
                while True:
                    try:
                        held.append(pickle.load(bucket))
                    except EOFError:
                        break
                held.sort()
                yield from ((severity, fragment) for _, severity, fragment in held)
        finally:
            for bucket in files:
                bucket.close()


def _body(
    con: duckdb.DuckDBPyConnection, failed_sql: str, params: list, totals: dict[str, int]
) -> Iterator[str | None]:
    """The page's body, part by part: counts, then each severity's failed checks by report (the stored
    parts, FETCHED at a time), then the families' reasons. A stored part is announced by a None before
    it (its characters are stored with it). `totals`: the reports, checks and checks not evaluable of the
    whole warehouse."""
    by_severity = "select severity, sum(n), count(*) from page_keys group by severity"
    counts = {severity: (int(n), reports) for severity, n, reports in con.execute(by_severity).fetchall()}
    listed = dict(con.execute("select severity, count(*) from page_listed group by severity").fetchall())
    families = [f for (f,) in con.execute(f"select distinct family from ({failed_sql})", params).fetchall()]
    yield "<h1>Data-quality findings 数据质量发现</h1>"
    yield (
        f'<p class="meta">Checked {dt.datetime.now():%Y-%m-%d %H:%M}. Each report\'s failed checks, with '
        "what it prints (observed), what the check expects and where in the document it is printed "
        "(PDF: page × 1000 + line). Also in the warehouse: <code>marts.dq_findings</code>.</p>"
    )
    yield _counts(counts, totals)
    fragments = _fragments(con)
    pending = next(fragments, None)
    for severity in SEVERITIES:
        n, reports = counts.get(severity, (0, 0))
        yield f'<section class="{severity}" id="{severity}">'
        yield f"<h2>{severity}: {n} failed checks in {reports} reports</h2>"
        if not reports:
            yield f'<p class="meta">None. ({escape(ABOUT[severity])})</p>'
        while pending is not None and pending[0] == severity:
            yield None
            yield pending[1]
            pending = next(fragments, None)
        if (more := reports - listed.get(severity, 0)) > 0:
            yield (
                f'<p class="meta">… and {more} more reports with {severity} findings, not listed here '
                f"(the first {LISTED_REPORTS} by report id are): every finding is in "
                "<code>marts.dq_findings</code> (<code>select * from marts.dq_findings "
                f"where severity = '{severity}' and not passed</code>).</p>"
            )
        yield "</section>"
    if families:
        yield "<h2>Why each check exists</h2>\n<table><tr><th>family</th><th>suite</th><th>reason</th></tr>"
        for family in sorted(families):
            rule = RULES.get(family)
            suite, reason = (rule.suite, rule.reason) if rule else ("", "")
            yield (
                f"<tr><td><code>{escape(family)}</code></td><td>{escape(suite)}</td><td>{escape(reason)}</td></tr>"
            )
        yield "</table>"


# The last page's font, by the characters it was cut for: cutting Noto Sans SC is seconds of a run whose
# page uses the same characters as before (a report added to a national year seldom brings a new one).
FONT_DDL = """
create schema if not exists checks;
create table if not exists checks.page_font (characters varchar, font_face varchar)
"""


def _cached_font_face(con: duckdb.DuckDBPyConnection, characters: str, incremental: bool) -> str:
    """_font_face(characters), from checks.page_font where it was cut for these characters before (cut
    again when not `incremental`: the font itself may have changed with the dependencies)."""
    con.execute(FONT_DDL)
    if not incremental:
        con.execute("delete from checks.page_font")
    found = con.execute(
        "select font_face from checks.page_font where characters = ?", [characters]
    ).fetchall()
    if found:
        return found[0][0]
    face = _font_face(characters)
    con.execute("delete from checks.page_font")
    con.execute("insert into checks.page_font values (?, ?)", [characters, face])
    return face


def _head(font_face: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>nianbao: data-quality findings</title>\n"
        f"<style>{font_face}\n{STYLE}</style>\n</head>\n<body>\n"
    )


def write_page(
    path: Path,
    con: duckdb.DuckDBPyConnection,
    failed_sql: str,
    params: list,
    totals: dict[str, int],
    incremental: bool = False,
) -> Path:
    """The page of the failed findings `failed_sql` (with `params`) selects, written to `path`; the stored
    parts made again where their findings changed (all of them, not `incremental`: update_fragments).

    The body goes to a file beside it as it is read (with the characters it uses, which the head's font
    needs: a stored part's are stored with it), then the head, the body and the end are written to `path`:
    the body copied as bytes (decoded and encoded again as text, its 1 GB copy took 2.8 s at 100,000
    reports; as bytes 1.9 s, the disk's part)."""
    update_fragments(con, failed_sql, params, incremental)
    path.parent.mkdir(parents=True, exist_ok=True)
    body_path, page_path = path.with_name(path.name + ".body"), path.with_name(path.name + ".next")
    characters: set[str] = set()
    for (stored,) in con.execute(f"select distinct characters from {FRAGMENTS_TABLE}").fetchall():
        characters.update(stored)
    try:
        with body_path.open("w", encoding="utf-8", newline="\n") as body:
            stored_next, first = False, True
            for part in _body(con, failed_sql, params, totals):
                if part is None:
                    stored_next = True
                    continue
                text = part if first else "\n" + part
                first = False
                characters.update(text[:1] if stored_next else text)
                stored_next = False
                body.write(text)
        head = _head(_cached_font_face(con, "".join(sorted(characters)), incremental))
        with page_path.open("wb") as page, body_path.open("rb") as body:
            page.write(head.encode("utf-8"))
            shutil.copyfileobj(body, page, COPY_BUFFER)
            page.write(b"\n</body>\n</html>\n")
        page_path.replace(path)
    finally:
        body_path.unlink(missing_ok=True)
        page_path.unlink(missing_ok=True)
    return path
