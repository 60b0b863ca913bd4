"""The national templates, loaded from their YAML definitions (the one place each is written down)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path

import yaml

from ingest.parsing.text import normalize_label

TEMPLATE_DIR = Path(__file__).resolve().parent
DEFAULT_TEMPLATE = TEMPLATE_DIR / "national_2021.yaml"


@dataclass(frozen=True)
class Axis:
    """One row or column of a template table."""

    code: str
    label_zh: str
    label_en: str
    position: int
    group: str | None = None
    variants: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    value_type: str = "integer"
    unit: str | None = None
    ambiguous: bool = False
    item: str | None = None
    alternative_to: tuple[str, ...] = ()  # rows this one replaces in the reports that print it

    @cached_property
    def match_labels(self) -> tuple[str, ...]:
        return tuple(normalize_label(x) for x in (self.label_zh, *self.variants))

    def matches(self, label: str) -> bool:
        normalized = normalize_label(label)
        return bool(normalized) and normalized in self.match_labels


@dataclass(frozen=True)
class Check:
    """One identity (observed = expected) or bound (observed <= expected) of a section's accounting.

    Operands are codes of rows (per column) or columns (per row) as written in the YAML, groups included:
    `Section.operands` resolves them, so a template that drops rows (same_as) drops them here too.
    """

    family: str
    comparison: str  # eq (identities) | le (bounds)
    per: str  # column | row
    observed: tuple[str, ...]
    expected: tuple[str, ...]
    only: tuple[str, ...] = ()
    when: str = "printed"  # printed | both_printed


@dataclass(frozen=True)
class Section:
    section: str
    title_zh: str
    title_en: str
    anchors: tuple[str, ...]
    rows: tuple[Axis, ...]
    columns: tuple[Axis, ...]
    groups: tuple[Axis, ...] = ()
    checks: tuple[Check, ...] = ()

    def operands(self, check: Check, side: str) -> list[Axis]:
        """The rows (per column) or columns (per row) a side of a check sums, groups expanded."""
        names = set(getattr(check, side))
        axes = self.rows if check.per == "column" else self.columns
        return [a for a in axes if a.code in names or (a.group is not None and a.group in names)]

    def checked(self, check: Check) -> list[Axis]:
        """The columns (per column) or rows (per row) a check is made for: one check each."""
        axes = self.columns if check.per == "column" else self.rows
        return [a for a in axes if not check.only or a.code in check.only]

    def cells(self) -> list[tuple[Axis, Axis]]:
        """Every (row, column) pair the section holds, in reading order."""
        out = []
        for row in self.rows:
            cols = [c for c in self.columns if not row.columns or c.code in row.columns]
            out.extend((row, col) for col in cols)
        return out


@dataclass(frozen=True)
class Template:
    version: str
    source: str
    sections: dict[str, Section] = field(default_factory=dict)
    signatures: tuple[str, ...] = ()  # header words only this template prints (ingest.parsing.classify)


def _side(spec: list[str] | dict) -> tuple[str, ...]:
    """A side as written: a list of codes, or {groups: [...]} (group codes, expanded by Section.operands)."""
    return tuple(spec["groups"] if isinstance(spec, dict) else spec)


def _checks(spec: dict) -> tuple[Check, ...]:
    return tuple(
        Check(
            family=item["family"],
            comparison=comparison,
            per=item["per"],
            observed=_side(item["observed"]),
            expected=_side(item["expected"]),
            only=tuple(item.get("only", ())),
            when=item.get("when", "printed"),
        )
        for key, comparison in (("identities", "eq"), ("bounds", "le"))
        for item in spec.get(key, ())
    )


def _axes(items: list[dict]) -> tuple[Axis, ...]:
    return tuple(
        Axis(
            code=item["code"],
            label_zh=item["label_zh"],
            label_en=item["label_en"],
            position=i,
            group=item.get("group"),
            variants=tuple(item.get("variants", ())),
            columns=tuple(item.get("columns", ())),
            value_type=item.get("value_type", "integer"),
            unit=item.get("unit"),
            ambiguous=bool(item.get("ambiguous", False)),
            item=item.get("item"),
            alternative_to=tuple(item.get("alternative_to", ())),
        )
        for i, item in enumerate(items, start=1)
    )


@cache
def templates() -> tuple[Template, ...]:
    """Every template version defined under ingest/parsing/template/ (national_*.yaml), newest first."""
    found = [load_template(path) for path in sorted(TEMPLATE_DIR.glob("national_*.yaml"))]
    return tuple(sorted(found, key=lambda t: t.version, reverse=True))


@cache
def load_template(path: Path = DEFAULT_TEMPLATE) -> Template:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    sections = {}
    for s in spec["sections"]:
        code = str(s["section"])
        if "same_as" in s:  # a section another template defines: taken from it, minus the rows it lacks
            base = load_template(TEMPLATE_DIR / f"national_{s['same_as']}.yaml").sections[code]
            dropped = set(s.get("drop_rows", ()))
            rows = tuple(
                replace(r, position=i, alternative_to=tuple(a for a in r.alternative_to if a not in dropped))
                for i, r in enumerate((r for r in base.rows if r.code not in dropped), start=1)
            )
            sections[code] = replace(base, rows=rows)
            continue
        sections[code] = Section(
            section=code,
            title_zh=s["title_zh"],
            title_en=s["title_en"],
            anchors=tuple(s.get("anchors", ())),
            rows=_axes(s["rows"]),
            columns=_axes(s["columns"]),
            groups=_axes(s.get("groups", [])),
            checks=_checks(s),
        )
    return Template(
        version=str(spec["template_version"]),
        source=spec["source"],
        sections=sections,
        signatures=tuple(spec.get("signatures", ())),
    )


def template_cells_records(template: Template) -> list[dict]:
    """The template flattened to one record per cell, as loaded into raw.template_cells for dbt."""
    records = []
    for section in template.sections.values():
        groups = {g.code: g for g in section.groups}
        for row, col in section.cells():
            group = groups.get(row.group or "")
            records.append(
                {
                    "template_version": template.version,
                    "section": section.section,
                    "row_code": row.code,
                    "row_label_zh": row.label_zh,
                    "row_label_en": row.label_en,
                    "row_group": row.group,
                    "row_group_label_zh": group.label_zh if group else None,
                    "row_position": row.position,
                    "row_alternative_to": ",".join(row.alternative_to) or None,
                    "col_code": col.code,
                    "col_label_zh": col.label_zh,
                    "col_label_en": col.label_en,
                    "col_group": col.group,
                    "col_position": col.position,
                    "value_type": col.value_type,
                    "unit": col.unit,
                }
            )
    return records


def template_identity_records(template: Template) -> list[dict]:
    """The identities and bounds flattened to one record per check × side × operand cell, as loaded into
    raw.template_identities for dbt (int_checks__identities).

    `unit` is what the operand counts towards: the row that stands in for it where that row is on the same
    side (（六）'s sub-rows and other_total count once, as one unit), else the operand itself; the stand-in
    row is marked `is_alternative`.
    """
    records = []
    for section in template.sections.values():
        for check in section.checks:
            sides = {side: section.operands(check, side) for side in ("observed", "expected")}
            if not all(sides.values()):  # a template without one side's rows (2019: （六）'s sub-rows)
                continue
            for axis in section.checked(check):
                for side, operands in sides.items():
                    codes = {a.code for a in operands}
                    stand_in = {
                        replaced: a.code
                        for a in operands
                        if check.per == "column"
                        for replaced in a.alternative_to
                        if replaced in codes
                    }
                    for operand in operands:
                        row, col = (operand, axis) if check.per == "column" else (axis, operand)
                        records.append(
                            {
                                "template_version": template.version,
                                "section": section.section,
                                "family": check.family,
                                "comparison": check.comparison,
                                "per_axis": check.per,
                                "checked_code": axis.code,
                                "emit_when": check.when,
                                "side": side,
                                "row_code": row.code,
                                "col_code": col.code,
                                "unit": stand_in.get(operand.code, operand.code),
                                "is_alternative": operand.code in stand_in.values(),
                            }
                        )
    return records
