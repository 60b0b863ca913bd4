"""Work plans (政务公开工作要点): a `Document` in, the plan and its numbered tasks out.

The task table's merged cells are resolved here: a task printed without units or deadline shares the
merged cell of the task above it (a vertically merged cell's text sits in its first row), provided
that task is the one numbered just before; across a gap in the numbering nothing is inherited. Each
task gets its section and sub-section from the body heading whose text holds its requirement
(`ingest.parsing.workplan.body`). What cannot be read is left empty with a message naming the task.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.parsing.classify import Classification
from ingest.parsing.document import Document, Paragraph, Table
from ingest.parsing.text import squash
from ingest.parsing.workplan import metadata as workplan_meta
from ingest.parsing.workplan.body import Heading, label_heading, place, read_headings
from ingest.parsing.workplan.deadlines import Deadline, parse_deadline
from ingest.parsing.workplan.table import TaskRow, is_task_table, read_task_rows
from ingest.parsing.workplan.units import Unit, split_units


@dataclass
class Task:
    task_no: int
    section_zh: str | None
    subsection_zh: str | None
    category_zh: str | None
    requirement_zh: str | None
    deadline: Deadline | None
    units: list[Unit]
    units_inherited: bool
    deadline_inherited: bool
    source_line: int


@dataclass
class ParsedWorkplan:
    metadata: workplan_meta.PlanMetadata
    tasks: list[Task] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # something missing: the plan is partial
    notes: list[str] = field(default_factory=list)  # worth knowing, nothing missing

    @property
    def status(self) -> str:
        return "partial" if self.problems else "ok"

    @property
    def warnings(self) -> list[str]:
        hint = ["to fill the gaps, correct the task table in the source file and run the ingest again"]
        return self.metadata.warnings + self.problems + self.notes + (hint if self.problems else [])


def plan_id_for(sha256: str) -> str:
    """Stable across rebuilds: the same content always gets the same id (like `report_id_for`)."""
    return "p_" + sha256[:16]


def _body_paragraphs(doc: Document, start: int | None) -> list[Paragraph]:
    """Paragraphs from the plan's own title to the attachment note or the first table."""
    out: list[Paragraph] = []
    first = 0 if start is None else start + 1
    for block in doc.blocks[first:]:
        if isinstance(block, Table) or squash(block.text).startswith("附件"):
            break
        out.append(block)
    return out


def _numbered(rows: list[TaskRow], problems: list[str]) -> list[TaskRow]:
    """Drop repeated task numbers (the first is kept) and report every number the table skips."""
    kept: list[TaskRow] = []
    seen: dict[int, TaskRow] = {}
    for row in rows:
        if row.task_no in seen:
            problems.append(
                f"task {row.task_no} appears again at line {row.line}; the first (line "
                f"{seen[row.task_no].line}) is kept"
            )
            continue
        seen[row.task_no] = row
        kept.append(row)
    if seen:
        by_no = sorted(seen)
        for no in range(1, by_no[-1]):
            if no in seen:
                continue
            after = max((n for n in by_no if n < no), default=None)
            where = f"after task {after} (line {seen[after].line})" if after else "at the start of the table"
            problems.append(f"task {no} is missing: the table skips its number {where}; the other tasks load")
    return kept


def _inherited(rows: list[TaskRow], i: int, attr: str) -> tuple[str | None, TaskRow | None]:
    """The value of the merged cell row `i` belongs to: the nearest row above, numbered without a gap."""
    j = i
    if rows[i].unplaced:
        return None, None
    while j > 0 and rows[j - 1].task_no == rows[j].task_no - 1:
        j -= 1
        value = getattr(rows[j], attr)
        if value is not None:
            return value, rows[j]
    return None, None


def _no_merge_reason(rows: list[TaskRow], i: int) -> str:
    if rows[i].unplaced:
        return "its row has cells that fit no column, so it takes nothing from a merged cell above"
    if i == 0 and rows[i].task_no == 1:
        return "it is the first task, with no row above to share a merged cell with"
    if i == 0 or rows[i - 1].task_no != rows[i].task_no - 1:
        return f"task {rows[i].task_no - 1} above it is missing, so there is no merged cell to share"
    return "no task above it, back to a gap in the numbering, has one to share"


def _category(rows: list[TaskRow], placed: list[Heading | None], own: list[str | None], i: int) -> str | None:
    """The table's own 工作任务 label for a task: its row's, else the one of its merged cell.

    A merged label spans the rows of one sub-section on one page, and its text can sit in any of them
    (often the middle one), so it is looked up among the rows of the same sub-section: first on the
    same page, then anywhere in the table.
    """
    if own[i] is not None or placed[i] is None:
        return own[i]
    same = [k for k in range(len(rows)) if placed[k] is placed[i] and own[k] is not None]
    on_page = [k for k in same if rows[k].segment == rows[i].segment]
    pick = on_page or same
    return own[pick[0]] if pick else None


def parse_workplan(doc: Document, classification: Classification) -> ParsedWorkplan:
    """Parse one work plan in the seed layout (a cover notice, the plan's body, the task table)."""
    md = workplan_meta.extract(doc, classification.title)
    plan = ParsedWorkplan(metadata=md)
    headings = read_headings(_body_paragraphs(doc, md.title_index))
    if not headings:
        plan.problems.append("no body headings (一、… （一）…) found; every task's section is left empty")

    def heading_of(label: str) -> Heading | None:
        return label_heading(label, headings)

    tables = [t for t in doc.tables if is_task_table(t)]
    rows, row_notes = read_task_rows(tables, lambda text: heading_of(text) is not None)
    plan.problems.extend(row_notes)
    if not rows:
        plan.problems.append("no task table (重点工作任务分解表) found; the plan is loaded without tasks")
        return plan
    rows = _numbered(rows, plan.problems)

    placed: list[Heading | None] = []
    own_category: list[str | None] = []
    for row in rows:
        if row.unplaced:
            cells = "、".join(repr(t[:20]) for t in row.unplaced)
            plan.problems.append(
                f"task {row.task_no} (line {row.line}): cells {cells} fit no column (工作任务, 具体要求, "
                "责任单位, 完成时限); not loaded, and the task takes nothing from merged cells above"
            )
        placement = place(row.requirement, headings) if row.requirement and headings else None
        placed.append(placement.heading if placement else None)
        if row.requirement is None:
            plan.problems.append(
                f"task {row.task_no} (line {row.line}) has no requirement (具体要求); requirement, section "
                "and sub-section left empty, its units and deadline still load"
            )
        elif placement is not None and placement.heading is None:
            plan.problems.append(
                f"task {row.task_no} (line {row.line}): {placement.reason}; section left empty"
            )
        specific = [
            squash(label) for label in row.labels if (h := heading_of(label)) is None or h.subsection_no
        ]
        own_category.append(specific[-1] if specific else None)
        _check_labels(row, placed[-1], heading_of, plan.notes)

    plan.tasks = [_task(rows, i, placed, own_category, md, plan) for i in range(len(rows))]
    return plan


def _check_labels(
    row: TaskRow, heading: Heading | None, heading_of: Callable[[str], Heading | None], notes: list[str]
) -> None:
    """Note where the table's own label names another heading than the one its requirement is under."""
    if heading is None:
        return
    for label in row.labels:
        named = heading_of(label)
        if named is None:
            notes.append(f"task {row.task_no}: the table's label {squash(label)!r} names no body heading")
        elif named.section_no != heading.section_no or (
            named.subsection_no and named.subsection_no != heading.subsection_no
        ):
            notes.append(
                f"task {row.task_no}: the table labels it {squash(label)!r} but its requirement is written "
                f"under {heading.subsection_zh or heading.section_zh!r}; section taken from the body"
            )


def _task(
    rows: list[TaskRow],
    i: int,
    placed: list[Heading | None],
    own_category: list[str | None],
    md: workplan_meta.PlanMetadata,
    plan: ParsedWorkplan,
) -> Task:
    row = rows[i]
    units_text, deadline_text = row.units_text, row.deadline_text
    units_from = deadline_from = None
    if units_text is None:
        units_text, units_from = _inherited(rows, i, "units_text")
    if deadline_text is None:
        deadline_text, deadline_from = _inherited(rows, i, "deadline_text")

    units: list[Unit] = []
    if units_text is None:
        plan.problems.append(
            f"task {row.task_no} (line {row.line}) has no units (责任单位) of its own and "
            f"{_no_merge_reason(rows, i)}; units left empty"
        )
    else:
        units, unit_notes = split_units(units_text)
        if units_from is None:
            plan.notes.extend(f"task {row.task_no}: {n}" for n in unit_notes)

    deadline: Deadline | None = None
    if deadline_text is None:
        plan.problems.append(
            f"task {row.task_no} (line {row.line}) has no deadline (完成时限) of its own and "
            f"{_no_merge_reason(rows, i)}; deadline left empty"
        )
    else:
        deadline = parse_deadline(deadline_text, md.plan_year, md.issued_on)
        # An ongoing task with no end date (长期坚持) lacks nothing; any other task without a date does.
        missing = deadline.kind is None or (deadline.date is None and deadline.kind != "ongoing")
        if deadline.reason and deadline_from is None:
            message = f"task {row.task_no} (line {row.line}) deadline {deadline.text!r}: {deadline.reason}"
            if missing:
                left = "deadline_date and deadline_kind" if deadline.kind is None else "deadline_date"
                plan.problems.append(f"{message}; {left} left empty")
            else:
                plan.notes.append(message)
        elif missing and deadline_from is not None:
            plan.problems.append(
                f"task {row.task_no} shares task {deadline_from.task_no}'s deadline {deadline.text!r}, which "
                "has no date"
            )

    heading = placed[i]
    return Task(
        task_no=row.task_no,
        section_zh=heading.section_zh if heading else None,
        subsection_zh=heading.subsection_zh if heading else None,
        category_zh=_category(rows, placed, own_category, i),
        requirement_zh=row.requirement,
        deadline=deadline,
        units=units,
        units_inherited=units_from is not None,
        deadline_inherited=deadline_from is not None,
        source_line=row.line,
    )


def workplan_records(
    plan: ParsedWorkplan, source_path: str, sha256: str, message: str
) -> dict[str, list[dict]]:
    """Rows for the raw tables of `ingest.pipeline.schema.EXTRA_TABLES`, keyed by table name."""
    plan_id = plan_id_for(sha256)
    md = plan.metadata
    tasks = [
        {
            "source_path": source_path,
            "plan_id": plan_id,
            "task_no": t.task_no,
            "section_zh": t.section_zh,
            "subsection_zh": t.subsection_zh,
            "category_zh": t.category_zh,
            "requirement_zh": t.requirement_zh,
            "deadline_text": t.deadline.text if t.deadline else None,
            "deadline_date": t.deadline.date if t.deadline else None,
            "deadline_kind": t.deadline.kind if t.deadline else None,
            "units_inherited": t.units_inherited,
            "deadline_inherited": t.deadline_inherited,
            "source_line": t.source_line,
        }
        for t in plan.tasks
    ]
    units = [
        {
            "source_path": source_path,
            "plan_id": plan_id,
            "task_no": t.task_no,
            "unit_zh": u.unit_zh,
            "role": u.role,
        }
        for t in plan.tasks
        for u in t.units
    ]
    workplans = [
        {
            "source_path": source_path,
            "plan_id": plan_id,
            "title": md.title,
            "jurisdiction_zh": md.jurisdiction_zh,
            "division_code": md.division_code,
            "plan_year": md.plan_year,
            "issuer_zh": md.issuer_zh,
            "doc_number": md.doc_number,
            "issued_on": md.issued_on,
            "task_count": len(plan.tasks),
            "parse_status": plan.status,
            "message": message,
        }
    ]
    return {"raw.workplans": workplans, "raw.workplan_tasks": tasks, "raw.workplan_task_units": units}
