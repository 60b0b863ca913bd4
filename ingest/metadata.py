"""Report metadata: what kind of document this is, whose report, for which year, published when.

Read from the title block (the first short paragraphs) rather than from the whole text, because the
body names other bodies and years freely.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ingest.document import Document, Paragraph

REFERENCE = Path(__file__).resolve().parent / "reference" / "jurisdictions.csv"

_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治县|自治州|自治旗|市|区|县|旗|盟|州|省)")
_DATE = re.compile(r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$")


@dataclass(frozen=True)
class Jurisdiction:
    division_code: str
    name_zh: str
    name_pinyin: str
    level: str
    city_zh: str
    province_zh: str


@dataclass
class Metadata:
    doc_kind: str  # annual_report | workplan | unknown
    title: str
    jurisdiction_zh: str | None
    division_code: str | None
    report_year: int | None
    reporting_body_zh: str | None
    scope: str | None
    published_on: dt.date | None
    warnings: list[str]


@cache
def jurisdictions(path: Path = REFERENCE) -> tuple[Jurisdiction, ...]:
    with path.open(encoding="utf-8") as f:
        return tuple(Jurisdiction(**row) for row in csv.DictReader(f))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def title_of(doc: Document) -> str:
    """The title block: the leading short paragraphs, up to the first long one or the first heading."""
    parts: list[str] = []
    for block in doc.blocks[:8]:
        if not isinstance(block, Paragraph):
            break
        text = _squash(block.text)
        if not text:
            continue
        if len(text) > 60 or text.startswith(("一、", "本报告", "本年度报告", "根据")):
            break
        parts.append(text)
        if "报告" in text or "要点" in text:
            break
    return "".join(parts)


def classify(title: str, has_applications_table: bool) -> str:
    if "年度报告" in title and ("信息公开" in title or has_applications_table):
        return "annual_report"
    if "工作要点" in title:
        return "workplan"
    if has_applications_table:
        return "annual_report"
    return "unknown"


def find_jurisdiction(text: str) -> tuple[str | None, Jurisdiction | None]:
    """The most specific place named in `text`: a known one from the reference table if present."""
    known = [j for j in jurisdictions() if j.name_zh in text]
    if known:
        best = max(known, key=lambda j: text.rfind(j.name_zh))
        return best.name_zh, best
    places = [p for p in _PLACE.findall(text) if not p.endswith("省") or len(p) <= 4]
    return (places[-1] if places else None), None


def extract(doc: Document, has_applications_table: bool) -> Metadata:
    title = title_of(doc)
    warnings: list[str] = []
    kind = classify(title, has_applications_table)
    year_match = _YEAR.search(title)
    year = int(year_match.group(1)) if year_match else None
    prefix = title[: year_match.start()] if year_match else title
    name, known = find_jurisdiction(prefix or title)
    if name is None and doc.paragraphs:
        name, known = find_jurisdiction(_squash(doc.paragraphs[min(2, len(doc.paragraphs) - 1)].text)[:80])
    if kind == "annual_report":
        if year is None:
            warnings.append("no report year in the title; report_year left empty")
        if name is None:
            warnings.append("no jurisdiction named in the title; division_code left empty")
        elif known is None:
            warnings.append(
                f"jurisdiction {name} is not in ingest/reference/jurisdictions.csv; division_code left "
                "empty (add a row with its 6-digit 行政区划代码 to fix)"
            )
    office = any(word in prefix for word in ("办公室", "办公厅"))
    scope = "government_office" if office else "government"
    if not prefix:
        body = None
    elif re.search(r"(?:市|区|县|旗|州|盟)$", prefix):
        body = prefix + "人民政府"  # a title naming only the place is that place's government's report
    else:
        body = prefix  # already a body: 人民政府, its office, or a department (…教育和体育局)
    return Metadata(
        doc_kind=kind,
        title=title,
        jurisdiction_zh=name,
        division_code=known.division_code if known else None,
        report_year=year,
        reporting_body_zh=body,
        scope=scope if kind == "annual_report" else None,
        published_on=published_on(doc),
        warnings=warnings,
    )


def published_on(doc: Document) -> dt.date | None:
    """The signature date at the end of the report (e.g. 2022年1月26日), where one is printed."""
    for block in reversed(doc.paragraphs[-8:]):
        match = _DATE.match(_squash(block.text))
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None
