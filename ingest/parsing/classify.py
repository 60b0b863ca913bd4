"""What a document is, decided once, before any parser runs: its kind and the template it follows.

A kind is read from the title block (政府信息公开工作年度报告, 政务公开工作要点) and from the tables: a
document with the template's section 三 applications table is an annual report whatever its title says.
The template version is the one whose section anchors the document's tables carry; with several
templates defined, the one most of whose anchors are found wins. `parse_file` looks the parser up by
kind (`ingest.parsing.parse.PARSERS`), so no parser has to recognise documents it cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

from ingest.parsing.document import Document, Paragraph, Table
from ingest.parsing.template import Section, Template, templates
from ingest.parsing.text import YEAR, normalize_label, normalize_text, squash
from ingest.parsing.title import PRINTED, find_title

ANNUAL_REPORT = "annual_report"
WORKPLAN = "workplan"
UNKNOWN = "unknown"
APPLICATIONS_SECTION = "3"
# Anchors of the applications table in the text that make a document a report whatever its title (an OCR'd
# title 午度报告 found no title, and a 工作要点 the report cites was taken for one).
_TABLE_IN_TEXT = 3
_OLD, _NEW, _LAST_OLD_YEAR = "2019", "2021", 2020  # 国办公开办函〔2021〕30号 applies from the 2021 reports on


@dataclass
class Classification:
    kind: str  # annual_report | workplan | unknown
    title: str
    template: Template | None = None  # for annual reports: the template their tables follow
    # The document's tables by the template section they hold (see `section_tables`), for the parser.
    sections: dict[str, list[Table]] = field(default_factory=dict)
    # `tables`, or `run_together`: the section tables' words are in the text, their cells run together;
    # the report parser reads them back by the template's identities (ingest.parsing.report.flat).
    layout: str = "tables"
    notes: list[str] = field(default_factory=list)
    # Why a document of kind `unknown` is not loaded, and what to do if it should be; for a run-together
    # layout, why it is not loaded if no table can be read back from its text.
    rejection: str = ""


def title_of(doc: Document) -> str:
    """The title among the first lines (`ingest.parsing.title`: after stray lines, wrapped, cut), else
    the title block: the leading short paragraphs, up to the first long one or the first heading."""
    found = find_title(doc)
    if found.title:
        return found.title
    if found.source != PRINTED:
        return ""  # no title printed: the metadata reads the opening paragraph
    parts: list[str] = []
    for block in doc.blocks[:8]:
        if not isinstance(block, Paragraph):
            break
        text = squash(block.text)
        if not text:
            continue
        if len(text) > 60 or text.startswith(("一、", "本报告", "本年度报告", "根据")):
            break
        parts.append(text)
        if "报告" in text or "要点" in text:
            break
    return "".join(parts)


def _anchor_hits(table_text: str, section: Section) -> int:
    return sum(1 for a in section.anchors if normalize_label(a) in table_text)


_TEXT = attrgetter("text")


def table_texts(doc: Document) -> list[tuple[Table, str]]:
    """Each table of the document with its text as labels are compared (normalize_label), once. The
    cells' texts joined in C (map, chain): a generator over a report's ~300 cells cost twice as much."""
    return [
        (block, normalize_text("".join(map(_TEXT, chain.from_iterable(block.rows)))))
        for block in doc.blocks
        if isinstance(block, Table)
    ]


def section_tables(tables: list[tuple[Table, str]], template: Template) -> dict[str, list[Table]]:
    """Assign each table to the template section whose anchor labels it carries.

    A table with no anchors continues the section of the table just before it (a table split by a
    page break without a repeated header).
    """
    found: dict[str, list[Table]] = {code: [] for code in template.sections}
    previous: str | None = None
    for block, text in tables:
        hits = {code: _anchor_hits(text, s) for code, s in template.sections.items()}
        best = max(hits, key=lambda code: hits[code])
        if hits[best] > 0:
            found[best].append(block)
            previous = best
        elif previous is not None:
            found[previous].append(block)
    return found


def kind_of(title: str, has_applications_table: bool) -> str:
    if "年度报告" in title and ("信息公开" in title or has_applications_table):
        return ANNUAL_REPORT
    if "工作要点" in title:
        return WORKPLAN
    if has_applications_table:
        return ANNUAL_REPORT
    return UNKNOWN


def template_for(doc: Document, title: str, tables: list[tuple[Table, str]]) -> tuple[Template, list[str]]:
    """The template the document's tables follow, from the header words only one template prints.

    The header words are looked for in the tables (`tables`, as from `table_texts`), or in the whole text
    of a document without any (its cells ran together). The report year is a hint where no such word is
    found (2020 and before: the 2019 template). A layout contradicting the year is read as the layout it
    has, with a warning.
    """
    text = "".join(t for _, t in tables) if tables else normalize_text(doc.text())
    hits = {t.version: sum(1 for word in t.signatures if normalize_label(word) in text) for t in templates()}
    year_match = YEAR.search(title)
    year = int(year_match.group(1)) if year_match else None
    by_year = _OLD if year is not None and year <= _LAST_OLD_YEAR else _NEW
    ranked = sorted(templates(), key=lambda t: (hits[t.version], t.version == by_year), reverse=True)
    template, notes = ranked[0], []
    if year is not None and hits[template.version] and template.version != by_year:
        notes.append(
            f"the tables follow the {template.version} template ({template.source}) although the report is "
            f"for {year}: read with the layout it has; check the year in the title"
        )
    return template, notes


def _rejection(kind: str, title: str) -> str:
    """Why a document of `kind` without any template table is not loaded, and what to do if it should be."""
    if kind == ANNUAL_REPORT:  # loading it would make a report of 207 missing values that looks like data
        return (
            f"no annual-report table found: the title reads {title[:40]!r}, but none of the template's "
            "tables (sections 二, 三, 四) is in the document. If its tables are pictures (a scan), OCR "
            "the file first; if they are in an attachment, add the attachment instead"
        )
    return (
        f"not an annual report or a work plan: the title reads {title[:40]!r} and no section 三 "
        "applications table was found. If it is a report, check that its title names "
        "政府信息公开工作年度报告 (or 政务公开工作要点) and that its tables are text, not pictures"
    )


def classify(doc: Document) -> Classification:
    """What the document is; the parsers do the reading (a run-together layout is only recognised here)."""
    title = title_of(doc)
    tables = table_texts(doc)
    template, notes = template_for(doc, title, tables)
    sections = section_tables(tables, template)
    if not any(sections.values()):
        kind = kind_of(title, False)
        applications = template.sections[APPLICATIONS_SECTION]
        hits = _anchor_hits(normalize_text(doc.text()), applications) if doc.paragraphs else 0
        if kind != WORKPLAN and hits or hits >= _TABLE_IN_TEXT:
            # The applications table's words are in the text, not in a table: its cells ran together
            # (a crawl's page text). The report parser reads them back by the template's identities
            # (ingest.parsing.report.flat), and rejects the file with `rejection` if it cannot.
            return Classification(
                ANNUAL_REPORT, title, template, layout="run_together", notes=notes,
                rejection=_rejection(kind if kind == ANNUAL_REPORT else UNKNOWN, title),
            )  # fmt: skip
        if kind != WORKPLAN:
            return Classification(UNKNOWN, title, rejection=_rejection(kind, title))
        return Classification(kind, title)
    kind = kind_of(title, bool(sections[APPLICATIONS_SECTION]))
    if kind == UNKNOWN:
        return Classification(kind, title, rejection=_rejection(kind, title))
    if kind != ANNUAL_REPORT:
        return Classification(kind, title)
    return Classification(kind, title, template, sections, notes=notes)
