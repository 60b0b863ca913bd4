"""The findings page is written as DuckDB hands its parts over, a few reports at a time (issue 29): at
10,000 synthetic reports the page is 58 MB, and held whole as Python strings it was most of the checks
step's peak memory. Written in parts, it must read as one page: every report's part in order under its
severity, the counts of each severity, the head before the body.

The failed findings below are written here; the counts are counted by hand: warning 3 failed checks in 2
reports (r_b twice, r_c once), info 1 in 1 (r_a), error and quarantine none.
"""

from __future__ import annotations

import duckdb
import pytest

from expectations import page

FAILED = """
select * from (values
    ('r_c', 'warning', 'sum', 'a.sum', '5', '6', 'line 9', '乙局', '乙县', 2022, 'raw/c.txt'),
    ('r_b', 'warning', 'sum', 'a.sum', '3', '4', 'line 3', '甲局', '甲县', 2021, 'raw/b.txt'),
    ('r_b', 'warning', 'count', 'a.count', '1', '2', null, '甲局', '甲县', 2021, 'raw/b.txt'),
    ('r_a', 'info', 'jump', 'b.jump', '9', '5', 'line 1', '丙局', '丙局', 2022, 'raw/a.txt')
) as t(report_id, severity, family, "check", observed, expected, source, reporting_body_zh, jurisdiction_zh,
       report_year, source_path)
"""

TOTALS = {"reports": 4, "checks": 40, "not_evaluable": 1}


@pytest.fixture
def written(tmp_path, monkeypatch) -> str:
    monkeypatch.setattr(page, "FETCHED", 1)  # one report's part per fetch: every part crosses a fetch
    monkeypatch.setattr(page, "_font_face", lambda text: f"/* {len(text)} characters */")
    with duckdb.connect() as con:
        path = page.write_page(tmp_path / "findings" / "index.html", con, FAILED, [], TOTALS)
    assert sorted(p.name for p in path.parent.iterdir()) == ["index.html"]  # no part file left
    return path.read_text(encoding="utf-8")


def test_the_page_is_whole_head_then_body(written):
    assert written.startswith('<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n')
    assert written.endswith("\n</body>\n</html>\n")
    assert written.index("</head>\n<body>\n<h1>") < written.index("<h2>error")


def test_each_severity_holds_its_reports_in_order(written):
    sections = {s: written[written.index(f'<section class="{s}"') :] for s in ("warning", "info")}
    warning = sections["warning"][: sections["warning"].index("</section>")]
    assert "<h2>warning: 3 failed checks in 2 reports</h2>" in warning
    assert warning.index("<h3>甲局 · 甲县 · 2021</h3>") < warning.index("<h3>乙局 · 乙县 · 2022</h3>")
    assert warning.index("<code>a.count</code>") < warning.index("<code>a.sum</code>")  # r_b's, by check
    info = sections["info"][: sections["info"].index("</section>")]
    assert "<h2>info: 1 failed checks in 1 reports</h2>" in info and "<h3>丙局 · 2022</h3>" in info
    assert '<h2>error: 0 failed checks in 0 reports</h2>\n<p class="meta">None.' in written


def test_the_counts_table(written):
    assert '<td><a href="#warning">warning</a></td><td class=num>3</td><td class=num>2</td>' in written
    assert '<td><a href="#info">info</a></td><td class=num>1</td><td class=num>1</td>' in written
    assert '<td><a href="#quarantine">quarantine</a></td><td class=num>0</td><td class=num>0</td>' in written
    assert '<p class="meta">4 reports, 40 checks; 1 could not be evaluated' in written


def test_the_font_is_cut_for_every_character_of_the_body(tmp_path, monkeypatch):
    """The head's font is cut for the characters of the whole body, though the body is written in parts."""
    seen = []
    monkeypatch.setattr(page, "FETCHED", 1)
    monkeypatch.setattr(page, "_font_face", lambda text: seen.append(text) or "")
    with duckdb.connect() as con:
        path = page.write_page(tmp_path / "index.html", con, FAILED, [], TOTALS)
    text = path.read_text(encoding="utf-8")
    body = text[text.index("<body>\n") + len("<body>\n") : text.rindex("\n</body>")]
    assert seen == ["".join(sorted(set(body)))]
    assert {"甲", "乙", "丙", "\n"} <= set(seen[0])
