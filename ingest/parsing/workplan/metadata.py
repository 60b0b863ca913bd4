"""Work-plan metadata: the plan's own title and year, whose plan it is, who issued it, when, under which 文号.

A plan is published inside a cover notice (关于印发…的通知): the notice carries the issuer, the document
number and the issue date; the plan's own title ("2022年莱芜区政务公开工作要点") follows it. Everything is
read from the notice block before the plan title, because the body cites other documents' numbers
(国办公开办函〔2021〕33号) and dates freely.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.parsing.document import Document, Paragraph
from ingest.parsing.reference import resolve
from ingest.parsing.text import YEAR, squash

_PLAN_TITLE = re.compile(r"^(?P<year>(?:19|20)\d{2})年(?P<rest>.{2,40}?工作要点)$")
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,20}[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]\d{1,4}号$")
_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(印发)?$")
_ISSUER_END = ("办公室", "办公厅", "人民政府", "政府", "委员会", "局", "领导小组")


@dataclass
class PlanMetadata:
    title: str
    jurisdiction_zh: str | None
    division_code: str | None
    plan_year: int | None
    issuer_zh: str | None
    doc_number: str | None
    issued_on: dt.date | None
    title_index: int | None  # index in doc.blocks of the plan's own title, where the body starts
    warnings: list[str] = field(default_factory=list)


def _date(text: str) -> dt.date | None:
    m = _DATE.match(squash(text))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def extract(doc: Document, cover_title: str) -> PlanMetadata:
    """`cover_title` is the document's title block (`ingest.parsing.classify.title_of`): the cover notice's
    title."""
    warnings: list[str] = []
    title_index = next(
        (
            i
            for i, b in enumerate(doc.blocks)
            if isinstance(b, Paragraph) and _PLAN_TITLE.match(squash(b.text))
        ),
        None,
    )
    head = [b for b in doc.blocks[: title_index or 0] if isinstance(b, Paragraph)]
    if title_index is None:
        title = cover_title
        warnings.append(
            "the plan's own title (YYYY年…工作要点) was not found as a paragraph; title taken from the "
            "cover notice, and tasks are matched against the whole text"
        )
    else:
        title = squash(doc.blocks[title_index].text)
    year_match = YEAR.search(title)
    plan_year = int(year_match.group(1)) if year_match else None
    if plan_year is None:
        warnings.append("no plan year in the title; plan_year left empty and 全年 deadlines undated")

    issued_on, issuer = None, None
    for i in range(len(head) - 1, -1, -1):
        issued_on = _date(head[i].text)
        if issued_on is not None:
            before = squash(head[i - 1].text) if i else ""
            issuer = before if before.endswith(_ISSUER_END) and len(before) <= 40 else None
            break
    if issued_on is None:
        printed = [_date(p.text) for p in doc.paragraphs[-4:] if squash(p.text).endswith("印发")]
        issued_on = next((d for d in printed if d), None)
        if issued_on is None:
            warnings.append("no issue date found; relative deadlines (印发后N日内) are left undated")
    if issuer is None:
        header = next((squash(p.text) for p in head[:3] if squash(p.text).endswith("文件")), None)
        issuer = header[: -len("文件")] if header else None
        if issuer is None:
            warnings.append("no issuing body found; issuer_zh left empty")
    doc_number = next((squash(p.text) for p in head if _DOC_NUMBER.match(squash(p.text))), None)
    if doc_number is None:
        warnings.append("no document number (文号) found in the cover notice; doc_number left empty")

    where = title[year_match.end() :] if year_match else title
    place = resolve(where, issuer, year=plan_year)
    if place.warning:
        warnings.append(place.warning)
    return PlanMetadata(
        title=title,
        jurisdiction_zh=place.name_zh,
        division_code=place.division_code,
        plan_year=plan_year,
        issuer_zh=issuer,
        doc_number=doc_number,
        issued_on=issued_on,
        title_index=title_index,
        warnings=warnings,
    )
