"""The findings page keeps each report's part in the warehouse (expectations/page.py, checks.page_fragments)
and makes again only the parts whose findings or label changed (issue 29): a one-report change must not
make the parts of 10,000 reports. Kept or made again, the page must be the one made from nothing.

The failed findings below are written here. Before: r_a info 1, r_b warning 2, r_c warning 1. After: r_a's
finding is gone (it passes now), r_c's observed value is 7 instead of 5, r_d is new with one warning, r_b is
as before: two parts are made (r_c's, r_d's) and one is dropped (r_a's).
"""

from __future__ import annotations

import duckdb
import pytest

from expectations import page

COLUMNS = """as t(report_id, severity, family, "check", observed, expected, source, reporting_body_zh,
    jurisdiction_zh, report_year, source_path)"""
R_A = "('r_a', 'info', 'jump', 'b.jump', '9', '5', 'line 1', '丙局', '丙局', 2022, 'raw/a.txt')"
R_B = """('r_b', 'warning', 'sum', 'a.sum', '3', '4', 'line 3', '甲局', '甲县', 2021, 'raw/b.txt'),
    ('r_b', 'warning', 'count', 'a.count', '1', '2', null, '甲局', '甲县', 2021, 'raw/b.txt')"""
R_C = "('r_c', 'warning', 'sum', 'a.sum', '5', '6', 'line 9', '乙局', '乙县', 2022, 'raw/c.txt')"
R_C_CHANGED = "('r_c', 'warning', 'sum', 'a.sum', '7', '6', 'line 9', '乙局', '乙县', 2022, 'raw/c.txt')"
R_D = "('r_d', 'warning', 'count', 'a.count', '8', '2', 'line 4', '丁局', '丁县', 2023, 'raw/d.txt')"
R_B_RENAMED = R_B.replace("raw/b.txt", "raw/bz.txt")

BEFORE = f"select * from (values {R_A}, {R_B}, {R_C}) {COLUMNS}"
AFTER = f"select * from (values {R_B}, {R_C_CHANGED}, {R_D}) {COLUMNS}"
RENAMED = f"select * from (values {R_B_RENAMED}, {R_C_CHANGED}, {R_D}) {COLUMNS}"
TOTALS = {"reports": 4, "checks": 40, "not_evaluable": 1}


@pytest.fixture(autouse=True)
def _small(monkeypatch):
    monkeypatch.setattr(page, "FETCHED", 1)  # one part per chunk: every part crosses a chunk
    monkeypatch.setattr(page, "_font_face", lambda text: f"/* {''.join(sorted(set(text)))} */")


def _without_time(text: str) -> str:
    """The page without its 'Checked <date>' line, the only part that depends on when it was written."""
    return "\n".join(line for line in text.splitlines() if not line.startswith('<p class="meta">Checked '))


def _made(con, failed: str, incremental: bool) -> int:
    return page.update_fragments(con, failed, [], incremental)


def test_only_the_changed_parts_are_made_again():
    with duckdb.connect() as con:
        assert _made(con, BEFORE, incremental=False) == 3
        assert _made(con, AFTER, incremental=True) == 2  # r_c's and r_d's
        stored = con.execute("select report_id from checks.page_fragments order by report_id").fetchall()
        assert stored == [("r_b",), ("r_c",), ("r_d",)]
        assert _made(con, AFTER, incremental=True) == 0  # nothing changed
        assert _made(con, RENAMED, incremental=True) == 1  # r_b's file renamed: its heading changed
        assert _made(con, RENAMED, incremental=False) == 3  # a full run makes every part


def test_the_page_kept_in_parts_is_the_page_made_from_nothing(tmp_path):
    with duckdb.connect() as con:
        page.write_page(tmp_path / "a" / "index.html", con, BEFORE, [], TOTALS)
        kept = page.write_page(tmp_path / "a" / "index.html", con, AFTER, [], TOTALS, incremental=True)
        kept_text = kept.read_text(encoding="utf-8")
    with duckdb.connect() as con:
        fresh = page.write_page(tmp_path / "b" / "index.html", con, AFTER, [], TOTALS)
        fresh_text = fresh.read_text(encoding="utf-8")
    assert _without_time(kept_text) == _without_time(fresh_text)
    assert "<h2>warning: 4 failed checks in 3 reports</h2>" in kept_text
    assert "<h3>丁局 · 丁县 · 2023</h3>" in kept_text and "丙局" not in kept_text  # r_a gone, its font too
    assert "<td class=num>7</td>" in kept_text and "<td class=num>5</td>" not in kept_text
    assert '<h2>info: 0 failed checks in 0 reports</h2>\n<p class="meta">None.' in kept_text


def test_the_font_is_cut_again_only_for_new_characters(tmp_path, monkeypatch):
    """Cutting the font is seconds of a run: kept while the page's characters are the same. AFTER brings 丁
    (r_d's body) and RENAMED brings z (raw/bz.txt: no other text has one): the font is cut for the first
    page and after each of these two, not for AFTER again."""
    cut = []
    monkeypatch.setattr(page, "_font_face", lambda text: cut.append(text) or f"/* {len(cut)} */")
    with duckdb.connect() as con:
        for failed, incremental in ((BEFORE, False), (AFTER, True), (AFTER, True), (RENAMED, True)):
            page.write_page(tmp_path / "index.html", con, failed, [], TOTALS, incremental)
        assert len(cut) == 3
        assert "丁" not in cut[0] and "丁" in cut[1]
        page.write_page(tmp_path / "index.html", con, RENAMED, [], TOTALS)  # a full run cuts it anyway
        assert len(cut) == 4 and cut[3] == cut[2]
        assert "<style>/* 4 */" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_a_section_lists_its_first_reports_and_counts_every_one(tmp_path, monkeypatch):
    """A severity's section lists LISTED_REPORTS reports (by report id), says how many more there are and
    where they all are; the counts are of every report, and no part is made for a report not listed.
    AFTER's warnings: r_b (2 failed checks), r_c and r_d (1 each); with two listed, r_d is not."""
    monkeypatch.setattr(page, "LISTED_REPORTS", 2)
    with duckdb.connect() as con:
        text = page.write_page(tmp_path / "index.html", con, AFTER, [], TOTALS).read_text(encoding="utf-8")
        stored = con.execute("select report_id from checks.page_fragments order by report_id").fetchall()
        assert stored == [("r_b",), ("r_c",)]
        assert "<h2>warning: 4 failed checks in 3 reports</h2>" in text
        assert "<h3>甲局 · 甲县 · 2021</h3>" in text and "<h3>乙局 · 乙县 · 2022</h3>" in text
        assert "丁局" not in text
        assert "… and 1 more reports with warning findings" in text
        assert "marts.dq_findings where severity = &#x27;warning&#x27;" not in text  # SQL shown as written
        assert "where severity = 'warning' and not passed" in text
        assert "more reports with info findings" not in text

        # r_b's findings gone: r_d is listed now, and its part made (r_c's kept).
        without_b = f"select * from (values {R_C_CHANGED}, {R_D}) {COLUMNS}"
        assert page.update_fragments(con, without_b, [], incremental=True) == 1
        stored = con.execute("select report_id from checks.page_fragments order by report_id").fetchall()
        assert stored == [("r_c",), ("r_d",)]
