"""The task table (重点工作任务分解表): one `TaskRow` per numbered row, its cells told apart by content.

Extracted text flattens the table's merged cells: a row leaves out the cells it shares with the rows
above, and the empty cells that remain sit in no fixed position (the same page has rows of five and six
cells). So cells are recognised by what they hold, not by where they stand: a deadline reads like a
deadline (全年, 2022年9月底前), a unit list like a list of government bodies, a requirement like a
sentence; short texts left of the requirement are the row's 工作任务 labels. Only the order of the
columns (labels, requirement, units, deadline) is relied on, to place a cell whose wording is not
recognised. The header row that repeats at each page break is dropped and starts a new page segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.parsing.document import Cell, Table
from ingest.parsing.text import squash
from ingest.parsing.workplan.deadlines import looks_like_deadline
from ingest.parsing.workplan.units import looks_like_units

_TASK_NO = re.compile(r"^(\d{1,4})[.、．]?$")
_HEADER_WORDS = ("序号", "工作任务", "具体要求", "责任单位", "完成时限")
_SENTENCE_END = ("。", "；", ";", "！", "？")
_MAX_LABEL = 30


@dataclass
class TaskRow:
    """One numbered row as printed: any of its cells may be missing (merged with the rows above)."""

    task_no: int
    line: int
    segment: int  # page segment: rows between two repeated header rows
    labels: list[str] = field(default_factory=list)
    requirement: str | None = None
    units_text: str | None = None
    deadline_text: str | None = None
    unplaced: list[str] = field(default_factory=list)  # cells that fit no column: reported, not loaded


def is_header(cells: list[Cell]) -> bool:
    words = {squash(c.text) for c in cells}
    return "序号" in words and sum(1 for w in _HEADER_WORDS if w in words) >= 3


def is_task_table(table: Table) -> bool:
    """A table with the task table's header, or whose rows start with task numbers."""
    numbered = 0
    for row in table.rows:
        if is_header(row):
            return True
        first = next((c for c in row if c.text.strip()), None)
        numbered += bool(first and _TASK_NO.match(squash(first.text)))
    return numbered >= max(1, len(table.rows) // 2)


def _looks_like_label(text: str) -> bool:
    text = squash(text)
    return len(text) <= _MAX_LABEL and not text.endswith(_SENTENCE_END)


def _task_row(
    task_no: int, line: int, cells: list[Cell], segment: int, is_heading: Callable[[str], bool]
) -> TaskRow:
    """Tell a row's cells apart by content, keeping the table's column order as the tie-breaker.

    The columns run labels, requirement, units, deadline. A cell right of the unit list that is not a
    deadline we can read is still the deadline cell (its wording is flagged later); any other cell that
    fits nowhere is reported in `unplaced`, and such a row inherits nothing from the rows above.
    """
    row = TaskRow(task_no, line, segment)
    items = [c.text.strip() for c in cells if c.text.strip()]
    deadline_at = next((i for i in range(len(items) - 1, -1, -1) if looks_like_deadline(items[i])), None)
    units_at = next((i for i, t in enumerate(items) if i != deadline_at and looks_like_units(t)), None)
    texts = [i for i in range(len(items)) if i not in (deadline_at, units_at)]
    if units_at is not None:
        trailing = [i for i in texts if i > units_at]
        if deadline_at is None and len(trailing) == 1:
            deadline_at = trailing[0]
        else:
            row.unplaced.extend(items[i] for i in trailing)
        texts = [i for i in texts if i < units_at]
    if deadline_at is not None:
        row.unplaced.extend(items[i] for i in texts if i > deadline_at)
        texts = [i for i in texts if i < deadline_at]
    # The requirement is the last sentence; failing that, the last text that is not a heading label (a
    # short requirement without a full stop). Texts right of it fit no column.
    sentences = [i for i in texts if not _looks_like_label(items[i])]
    if sentences:
        req_at: int | None = sentences[-1]
    elif texts and not is_heading(items[texts[-1]]):
        req_at = texts[-1]
    else:
        req_at = None
    if req_at is not None:
        row.requirement = items[req_at]
        row.unplaced.extend(items[i] for i in texts if i > req_at)
        texts = [i for i in texts if i < req_at]
    row.labels = [items[i] for i in texts if _looks_like_label(items[i])]
    row.unplaced.extend(items[i] for i in texts if not _looks_like_label(items[i]))
    row.units_text = items[units_at] if units_at is not None else None
    row.deadline_text = items[deadline_at] if deadline_at is not None else None
    return row


def read_task_rows(tables: list[Table], is_heading: Callable[[str], bool]) -> tuple[list[TaskRow], list[str]]:
    """Every numbered row of the task tables in order, and a note for each row that is not one."""
    rows: list[TaskRow] = []
    notes: list[str] = []
    segment = 0
    for table in tables:
        for cells in table.rows:
            if is_header(cells):
                segment += 1
                continue
            filled = [c for c in cells if c.text.strip()]
            if not filled:
                continue
            first = filled[0]
            m = _TASK_NO.match(squash(first.text))
            if m is None:
                text = " | ".join(c.text.strip() for c in filled)[:60]
                notes.append(
                    f"line {first.line}: a table row with no task number (序号): {text!r}; not loaded"
                )
                continue
            rest = cells[cells.index(first) + 1 :]
            rows.append(_task_row(int(m.group(1)), first.line, rest, segment, is_heading))
    return rows, notes
