"""The text reader's second table layout: one row per line, cells separated by tabs (the work plans)."""

from __future__ import annotations

from ingest.parsing.document import Paragraph, Table
from ingest.parsing.readers.text import parse_lines


def test_text_reader_reads_one_row_per_line_tables():
    lines = [
        "附件",
        "序号\t工作任务\t具体要求\t责任单位\t完成时限\t",
        "1\t紧扣…\t做好甲。\t区甲局\t全年",
        "2\t\t\t做好乙。\t\t",
        "",
        "序号\t工作任务\t\t具体要求\t责任单位\t完成时限",
        "3\t做好丙。\t全年\t\t",
        "只有一个制表符的段落\t",
    ]
    blocks = parse_lines(lines)
    assert [type(b) for b in blocks] == [Paragraph, Table, Table, Paragraph]
    first, second = blocks[1], blocks[2]
    assert [[c.text for c in row] for row in first.rows][1:] == [
        ["1", "紧扣…", "做好甲。", "区甲局", "全年"],
        ["2", "", "", "做好乙。", "", ""],
    ]
    assert [c.line for c in first.rows[2]] == [4] * 6
    assert [c.text for c in second.rows[1]] == ["3", "做好丙。", "全年", "", ""]
    assert blocks[3].text == "只有一个制表符的段落"


def test_switching_between_the_two_layouts_starts_a_new_table():
    blocks = parse_lines(["1\t做好甲。\t全年", "\t单元", "\t格", "", "2\t做好乙。\t全年"])
    assert [type(b) for b in blocks] == [Table, Table, Table]
    assert [[c.text for c in row] for row in blocks[1].rows] == [["单元", "格"]]
    assert [c.line for c in blocks[2].rows[0]] == [5, 5, 5]
