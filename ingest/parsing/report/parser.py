"""The template parser: a `Document` in, the national template's values out.

Rows are found by their labels, never by counting rows or cells from the top, so a missing or extra
row cannot move a number into a neighbouring row. A row whose number of value cells differs from the
template is loaded as missing (flagged), because there is no honest way to tell which cell is absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ingest.parsing.classify import APPLICATIONS_SECTION, Classification
from ingest.parsing.document import Cell, Document, Table
from ingest.parsing.numbers import looks_like_value, parse_number
from ingest.parsing.report import flat, ocr_trust, units
from ingest.parsing.report import metadata as meta
from ingest.parsing.report.values import Value
from ingest.parsing.template import Axis, Section
from ingest.parsing.text import YEAR, normalize_label

# The reason for a row of the layout a report does not use: the single (六)其他处理 row (other_total) of a
# report that prints the three sub-rows. Its content is in the rows printed, so it leaves the report "ok".
NOT_IN_VARIANT = "not_in_variant"


@dataclass
class ParsedReport:
    metadata: meta.Metadata
    template_version: str
    values: list[Value] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[Value]:
        return [v for v in self.values if v.value is None]

    @property
    def status(self) -> str:
        """`partial` when a value the report's own layout has is missing (see `not_in_variant`)."""
        return "partial" if any(v.missing_reason != NOT_IN_VARIANT for v in self.missing) else "ok"


def _split_row(row: list[Cell], section: Section) -> tuple[list[Cell], list[Cell]]:
    """Split a table row into its label cells and the value cells after its row label.

    The row label is the rightmost cell that names a template row, so an unreadable value ("约5") is
    not mistaken for a label; without such a cell, the last non-numeric cell ends the labels.
    """
    for i in range(len(row) - 1, -1, -1):
        if not looks_like_value(row[i].text) and _rows_matching(section, row[i].text):
            return row[: i + 1], row[i + 1 :]
    last_label = -1
    for i, cell in enumerate(row):
        if not looks_like_value(cell.text):
            last_label = i
    return row[: last_label + 1], row[last_label + 1 :]


def _matches(axis: Axis, label: str) -> bool:
    if axis.matches(label):
        return True
    normalized = normalize_label(label)
    if len(normalized) < 4 or axis.ambiguous:
        return False
    return any(m.startswith(normalized) or normalized.startswith(m) for m in axis.match_labels)


# Section (by identity) -> label text -> the rows it names. The same few hundred label texts recur in
# every report, so each is compared with the template's rows once per process, not once per cell.
_ROWS_MATCHING: dict[int, tuple[Section, dict[str, tuple[Axis, ...]]]] = {}


def _rows_matching(section: Section, label: str) -> tuple[Axis, ...]:
    """The section's rows that `label` names (`_matches`), in template order."""
    entry = _ROWS_MATCHING.get(id(section))
    if entry is None or entry[0] is not section:
        entry = _ROWS_MATCHING[id(section)] = (section, {})
    memo = entry[1]
    rows = memo.get(label)
    if rows is None:
        if len(memo) > 1 << 14:  # bounded: a corpus of odd labels must not grow it without end
            memo.clear()
        rows = memo[label] = tuple(r for r in section.rows if _matches(r, label))
    return rows


# Section (by identity) -> row code -> the row's columns, in template order (the same for every report).
_ROW_COLUMNS: dict[int, tuple[Section, dict[str, tuple[Axis, ...]]]] = {}


def _columns_of(section: Section, row: Axis) -> tuple[Axis, ...]:
    entry = _ROW_COLUMNS.get(id(section))
    if entry is None or entry[0] is not section:
        entry = _ROW_COLUMNS[id(section)] = (section, {})
    columns = entry[1].get(row.code)
    if columns is None:
        columns = tuple(c for c in section.columns if not row.columns or c.code in row.columns)
        entry[1][row.code] = columns
    return columns


# Section (by identity) -> label text -> the code of the last of the section's groups it names, or None.
_GROUP_NAMED: dict[int, tuple[Section, dict[str, str | None]]] = {}


def _group_named(section: Section, label: str) -> str | None:
    entry = _GROUP_NAMED.get(id(section))
    if entry is None or entry[0] is not section:
        entry = _GROUP_NAMED[id(section)] = (section, {})
    memo = entry[1]
    if label not in memo:
        if len(memo) > 1 << 14:  # bounded, as _rows_matching's
            memo.clear()
        groups = {g.code: g for g in section.groups}.values()  # as _parse_labelled's dict orders them
        named = [g.code for g in groups if g.matches(label)]
        memo[label] = named[-1] if named else None
    return memo[label]


def _values_for(
    section: Section,
    row: Axis,
    cells: list[Cell] | None,
    label_line: int | None,
    warnings: list[str],
    absent_reason: str = "row_not_found",
) -> list[Value]:
    columns = _columns_of(section, row)
    if cells is None:
        return [Value(section.section, row.code, c.code, None, None, absent_reason, None) for c in columns]
    cells = list(cells)
    while len(cells) > len(columns) and not cells[-1].text.strip():
        cells.pop()
    if len(cells) != len(columns):
        warnings.append(
            f"section {section.section} row {row.code} ({row.label_zh}, line {label_line}) has "
            f"{len(cells)} value cells where the template has {len(columns)}; its values are left missing"
        )
        return [
            Value(section.section, row.code, c.code, None, None, "cell_count_mismatch", label_line)
            for c in columns
        ]
    # `_value`, inlined for the cells printed as numbers (nearly all): a call per cell was a tenth of this.
    out: list[Value] = []
    sec, code = section.section, row.code
    for col, cell in zip(columns, cells, strict=True):
        origin = cell.origin
        if origin != flat.AMBIGUOUS and origin != "ocr":
            value, reason = parse_number(cell.text, col.value_type == "signed_integer")
            if reason != "unreadable":
                out.append(
                    Value(
                        sec,
                        code,
                        col.code,
                        value,
                        cell.text,
                        reason,
                        cell.line,
                        origin,
                        cell.run,
                        cell.evidence,
                    )
                )
                continue
        out.append(_value(section, row, col, cell))
    return out


def _value(section: Section, row: Axis, col: Axis, cell: Cell) -> Value:
    if cell.origin == flat.AMBIGUOUS:
        return Value(
            section.section, row.code, col.code, None, None, flat.AMBIGUOUS, cell.line, cell.origin, cell.run,
            candidates=cell.candidates,
        )  # fmt: skip
    signed = col.value_type == "signed_integer"
    value, reason = parse_number(cell.text, signed)  # positional: the memo's key is cheaper to make
    if cell.origin == "ocr":
        return Value(
            section.section,
            row.code,
            col.code,
            value,
            cell.text,
            reason,
            cell.line,
            "ocr",
            cell.run,
            ocr_confidence=cell.confidence,
            ocr_confirmed_by="second_reading" if cell.read_twice and value is not None else None,
        )
    origin, evidence = cell.origin, cell.evidence
    if reason == "unreadable":
        with_unit = units.read_with_unit(cell.text, col.unit, col.value_type != "decimal", signed)
        if with_unit is not None:
            value, reason, evidence = with_unit
            origin = units.CONVERTED if evidence else origin
    return Value(
        section.section, row.code, col.code, value, cell.text, reason, cell.line, origin, cell.run, evidence
    )


def _parse_labelled(section: Section, tables: list[Table], warnings: list[str]) -> list[Value]:
    """Sections 二 and 三: every template row found by its label, in any order."""
    groups = {g.code: g for g in section.groups}
    found: dict[str, tuple[list[Cell], int]] = {}
    started = False
    last_position = 0
    current_group: str | None = None
    for table in tables:
        for row in table.rows:
            labels, values = _split_row(row, section)
            labels = [c for c in labels if c.text.strip()]
            if not labels:
                continue
            for cell in labels:
                named = _group_named(section, cell.text)
                if named is not None:
                    current_group = named
            label = labels[-1]
            candidates = list(_rows_matching(section, label.text))
            if not started:
                candidates = [r for r in candidates if not r.ambiguous]
            candidates = [
                r for r in candidates if not (r.ambiguous and r.group in groups and r.group != current_group)
            ]
            if not candidates:
                continue
            later = [r for r in candidates if r.position > last_position and r.code not in found]
            chosen = later[0] if later else candidates[0]
            if chosen.alternative_to and not values:
                continue  # a heading over the rows it stands for ("（六）其他处理" above its sub-rows)
            if chosen.code in found:
                warnings.append(
                    f"section {section.section} row {chosen.code} ({chosen.label_zh}) appears again at line "
                    f"{label.line}; the first occurrence (line {found[chosen.code][1]}) is kept"
                )
                continue
            started = True
            found[chosen.code] = (values, label.line)
            last_position = chosen.position
            if chosen.group in groups:
                current_group = chosen.group
    # Rows printed in one of two forms (the template's alternative_to): the form not printed is missing.
    not_in_variant = {
        r.code for r in section.rows if r.code not in found and any(a in found for a in r.alternative_to)
    }
    explained = set(not_in_variant)
    for row in section.rows:
        replaced = [code for code in row.alternative_to if code not in found]
        if row.code in found and replaced:
            warnings.append(
                f"section {section.section} prints {row.label_zh} as one row ({row.code}); its sub-rows "
                f"{', '.join(replaced)} are not printed and are left missing"
            )
            explained.update(replaced)
    missing_rows = [r for r in section.rows if r.code not in found and r.code not in explained]
    if missing_rows and len(missing_rows) < len(section.rows):
        names = ", ".join(f"{r.code} ({r.label_zh})" for r in missing_rows)
        warnings.append(
            f"section {section.section}: {len(missing_rows)} of {len(section.rows)} rows not found, left "
            f"missing: {names}. If the table is cut off, check the source file"
        )
    elif missing_rows:
        warnings.append(f"section {section.section}: table not found; all its values are left missing")
    out: list[Value] = []
    for row in section.rows:
        cells, line = found.get(row.code, (None, None))
        reason = NOT_IN_VARIANT if row.code in not_in_variant else "row_not_found"
        out.extend(_values_for(section, row, cells, line, warnings, reason))
    return out


def _parse_review_litigation(section: Section, tables: list[Table], warnings: list[str]) -> list[Value]:
    """Section 四: one data row of 15 numbers, three proceedings times five outcome columns."""
    width = len(section.rows) * len(section.columns)
    data_row: list[Cell] | None = None
    for table in tables:
        for row in table.rows:
            if any(parse_number(c.text)[0] is not None for c in row) and all(
                looks_like_value(c.text) for c in row
            ):
                data_row = row
                break
        if data_row is not None:
            break
    if data_row is None:
        if tables:
            warnings.append("section 4: no data row of numbers found; all its values are left missing")
        else:
            warnings.append("section 4: table not found; all its values are left missing")
        return [
            Value(section.section, r.code, c.code, None, None, "row_not_found", None)
            for r, c in section.cells()
        ]
    cells = list(data_row)
    while len(cells) > width and not cells[-1].text.strip():
        cells.pop()
    if len(cells) != width:
        warnings.append(
            f"section 4: the data row (line {data_row[0].line}) has {len(cells)} cells where the template "
            f"has {width}; its values are left missing"
        )
        return [
            Value(section.section, r.code, c.code, None, None, "cell_count_mismatch", data_row[0].line)
            for r, c in section.cells()
        ]
    return [_value(section, row, col, cell) for (row, col), cell in zip(section.cells(), cells, strict=True)]


class NoTables(Exception):
    """A run-together text from which no applications table could be read back: the file is rejected
    with the message (the classification's `rejection`)."""


def _where(v: Value) -> str:
    return f"section {v.section} {v.row_code}/{v.col_code} (line {v.source_line}) reads {v.value_text!r}"


def parse_report(doc: Document, classification: Classification) -> ParsedReport:
    """Parse one annual report with the template and section tables its classification found."""
    template = classification.template
    assert template is not None, "parse_report needs a document classified as an annual report"
    notes = list(classification.notes)
    tables, ambiguous = classification.sections, set()
    if classification.layout == "run_together":
        year = YEAR.search(classification.title or "")
        tables, ambiguous = flat.tables(doc, template, notes, int(year.group(1)) if year else None)
        if not tables[APPLICATIONS_SECTION]:
            raise NoTables(classification.rejection)
    metadata = meta.extract(doc, classification.title)
    report = ParsedReport(metadata=metadata, template_version=template.version)
    report.warnings.extend(metadata.warnings)
    report.warnings.extend(notes)
    for code, section in template.sections.items():
        if code == "4":
            report.values.extend(_parse_review_litigation(section, tables[code], report.warnings))
        else:
            report.values.extend(_parse_labelled(section, tables[code], report.warnings))
    # A section whose run-together digits split more than one way is missing as ambiguous_split.
    if ambiguous:
        report.values = [
            replace(v, missing_reason=flat.AMBIGUOUS)
            if v.value is None and (v.section, v.row_code) in ambiguous
            else v
            for v in report.values
        ]
    report.values = ocr_trust.confirm(report.values, template, report.warnings)
    integer: set[tuple[str, str, str]] | None = None  # the template's count cells, when a fraction needs them
    for v in report.values:
        if v.evidence and v.value_source == units.CONVERTED:
            report.warnings.append(f"{_where(v)}: {v.evidence} = {v.value:f}")
        if v.missing_reason == units.MISMATCH:
            report.warnings.append(
                f"{_where(v)}: its unit is not the column's and cannot be converted; left missing, not 0"
            )
        if v.missing_reason in {"empty", "dash", "unreadable"}:
            report.warnings.append(f"{_where(v)}: left missing ({v.missing_reason}), not 0")
        elif v.missing_reason == "too_many_digits":
            report.warnings.append(
                f"{_where(v)}: more digits than can be stored exactly (28 before the point, 10 after); left "
                "missing, not rounded. Check the number in the source file"
            )
        elif v.value is not None and v.value != v.value.to_integral_value():
            if integer is None:
                cells = [(s.section, row, col) for s in template.sections.values() for row, col in s.cells()]
                integer = {
                    (sec, row.code, col.code) for sec, row, col in cells if col.value_type == "integer"
                }
            if v.cell in integer:
                report.warnings.append(
                    f"{_where(v)}: a count with a fraction; loaded as printed, and the report is quarantined "
                    "(left out of the marts) until the source file is corrected"
                )
    return report
