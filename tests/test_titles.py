"""Titles wherever crawls leave them, no title at all, and bodies named by their short form (issue 24).

Each case rewrites a seed report's title lines as a crawl or portal delivers them; the metadata wanted is
the seed's, read by hand (tests/expected.py), or what the case's own text says (read by hand below).
"""

from __future__ import annotations

import pytest
from conftest import seed_text
from expected import EXPECTED

from ingest.parsing.parse import parse_file

LANSHAN_TITLE = "临沂市兰山区\n2021年政府信息公开工作年度报告\n"


def _metadata(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = parse_file(name, path)
    assert result.status == "loaded", result.message
    return result.report.metadata


def _seed_metadata(name):
    m = EXPECTED[name]["metadata"]
    return m["jurisdiction_zh"], m["division_code"], m["report_year"], m["reporting_body_zh"], m["scope"]


def _got(m):
    return m.jurisdiction_zh, m.division_code, m.report_year, m.reporting_body_zh, m.scope


def test_stray_lines_before_the_title(tmp_path):
    text = "首页 > 信息公开 > 政府信息公开年报\n发布时间：2022-01-20\n" + seed_text("2021_laiwu.txt")
    m = _metadata(tmp_path, "2021_laiwu.txt", text)
    assert _got(m) == _seed_metadata("2021_laiwu.txt")
    assert m.title == "济南市莱芜区2021年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    "title",
    [
        "临沂市兰山区\n2021年政府信息公开工作年度报...\n",  # cut by the crawler
        "临沂市兰山区\n2021年政府信息公开工作年度…\n",
        "临 沂 市 兰 山 区\n2 0 2 1 年 政府信息公开工作年度报告\n",  # spaced out
        "临沂市兰山区2021年政府信息公开工作\n年度报告\n",  # wrapped mid-phrase
        "政府信息公开年报\n临沂市兰山区2021年政府信息公开工作年度报告\n",  # a column name above it
    ],
)
def test_the_title_as_crawls_print_it(tmp_path, title):
    text = seed_text("2021_lanshan.txt")
    assert text.startswith(LANSHAN_TITLE)
    m = _metadata(tmp_path, "2021_lanshan.txt", title + text[len(LANSHAN_TITLE) :])
    assert _got(m) == _seed_metadata("2021_lanshan.txt")
    assert m.title == "临沂市兰山区2021年政府信息公开工作年度报告"
    assert m.title_source == "printed"
    assert any("cut" in w for w in m.warnings) == ("..." in title or "…" in title)


# No title printed: what the opening paragraph of each seed says, read by hand (the year from its
# statistics period or its first sentence; the body from the sentence that names who compiled it).
NO_TITLE = {
    "2021_laiwu.txt": ("莱芜区", "370116", 2021, "莱芜区人民政府", "government"),  # 2021年，莱芜区坚定不移…
    "2021_lanshan.txt": _seed_metadata("2021_lanshan.txt"),  # 本报告由临沂市兰山区人民政府根据…
    # 本年度报告是罗庄区人民政府办公室根据…: the compiler named, not the district the title names
    "2021_luozhuang.txt": ("罗庄区", "371311", 2021, "罗庄区人民政府办公室", "government_office"),
    # …编制并发布昌乐县人民政府办公室2021年政府信息公开工作年度报告: the title only in the prose
    "2021_changle_office.txt": _seed_metadata("2021_changle_office.txt"),
}


@pytest.mark.parametrize("name", NO_TITLE)
def test_no_title_printed_reads_the_opening_paragraph(tmp_path, name):
    lines = seed_text(name).split("\n")
    title_end = next(i for i, line in enumerate(lines) if "报告" in line)
    m = _metadata(tmp_path, name, "\n".join(lines[title_end + 1 :]))
    assert _got(m) == NO_TITLE[name]
    assert (m.title, m.title_source) == ("", "opening_paragraph")
    assert any(w.startswith("no title printed") and "opening paragraph" in w for w in m.warnings)


@pytest.mark.parametrize(
    "printed,want",
    [
        # Lanshan's opening names 临沂市 and 兰山区 (and no other 市 or 区 of three characters or more).
        ("区政府办", ("兰山区", "371302", 2021, "兰山区人民政府办公室", "government_office")),
        ("市科委", ("临沂市", "371300", 2021, "临沂市科学技术委员会", "department")),
        # No province named in Lanshan's opening text: kept as printed, flagged.
        ("省教育厅", (None, None, 2021, "省教育厅", "department")),
    ],
)
def test_short_forms_resolved_with_the_place_or_kept_and_flagged(tmp_path, printed, want):
    text = seed_text("2021_lanshan.txt")
    title = f"{printed}2021年政府信息公开工作年度报告\n"
    m = _metadata(tmp_path, "x.txt", text.replace(LANSHAN_TITLE, title))
    assert _got(m) == want
    assert m.reporting_body_printed == printed
    note = next(w for w in m.warnings if "short form" in w)
    assert ("kept as printed" in note) == (want[0] is None)
