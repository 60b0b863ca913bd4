"""Report metadata: whose report, for which year and scope, published when.

Read from the title block (the first short paragraphs) rather than from the whole text, because the
body names other bodies and years freely.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.document import Document
from ingest.reference import resolve
from ingest.text import squash

_YEAR = re.compile(r"((?:19|20)\d{2})年")
_DATE = re.compile(r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$")


@dataclass
class Metadata:
    title: str
    jurisdiction_zh: str | None
    division_code: str | None
    report_year: int | None
    reporting_body_zh: str | None
    scope: str | None
    published_on: dt.date | None
    warnings: list[str]


def extract(doc: Document, title: str) -> Metadata:
    """The metadata of an annual report whose title block (`ingest.classify.title_of`) is `title`."""
    warnings: list[str] = []
    year_match = _YEAR.search(title)
    year = int(year_match.group(1)) if year_match else None
    prefix = title[: year_match.start()] if year_match else title
    fallback = squash(doc.paragraphs[min(2, len(doc.paragraphs) - 1)].text)[:80] if doc.paragraphs else None
    place = resolve(prefix or title, fallback)
    if year is None:
        warnings.append("no report year in the title; report_year left empty")
    if place.warning:
        warnings.append(place.warning)
    office = any(word in prefix for word in ("办公室", "办公厅"))
    scope = "government_office" if office else "government"
    if not prefix:
        body = None
    elif re.search(r"(?:市|区|县|旗|州|盟)$", prefix):
        body = prefix + "人民政府"  # a title naming only the place is that place's government's report
    else:
        body = prefix  # already a body: 人民政府, its office, or a department (…教育和体育局)
    return Metadata(
        title=title,
        jurisdiction_zh=place.name_zh,
        division_code=place.division_code,
        report_year=year,
        reporting_body_zh=body,
        scope=scope,
        published_on=published_on(doc),
        warnings=warnings,
    )


def published_on(doc: Document) -> dt.date | None:
    """The signature date at the end of the report (e.g. 2022年1月26日), where one is printed."""
    for block in reversed(doc.paragraphs[-8:]):
        match = _DATE.match(squash(block.text))
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None
