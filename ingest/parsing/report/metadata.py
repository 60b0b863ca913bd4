"""Report metadata: whose report, for which year and scope, published when.

Read from the title block (the first short paragraphs) rather than from the whole text, because the
body names other bodies and years freely.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.parsing.document import Document
from ingest.parsing.reference import resolve
from ingest.parsing.reference.misread import read_back
from ingest.parsing.report import short_forms
from ingest.parsing.text import YEAR, squash
from ingest.parsing.title import OPENING_PARAGRAPH, PRINTED, find_title

_DATE = re.compile(r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$")
_SIGNED = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?!印发)")
_ISO_DATE = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})")
# Places named for a development zone, not an administrative division: run by a 管委会, not a 人民政府.
_ZONE = re.compile(r"(?:实验区|试验区|开发区|高新区|新区|示范区|合作区|园区|保税区|自贸区)$")
_ZONE_AUTHORITY = re.compile(r"(?:管委会|管理委员会)$")
_TOWNSHIP = re.compile(r"(?:街道办事处|街道|[乡镇]人民政府|[乡镇])$")
_DIVISION = re.compile(r"(?:市|区|县|旗|州|盟)$")
_CONTEXT_CHARS = 3000
SCOPES = ("government", "government_office", "department", "township", "zone_authority")


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
    source_url: str | None = None  # the page the report was taken from, where the source says
    parent_body_zh: str | None = None  # the government the body belongs to, where its name shows it
    # Where the year and body were read: `printed` (the title) or `opening_paragraph` (no title printed).
    title_source: str = PRINTED
    reporting_body_printed: str | None = None  # the body as printed, where that was a short form


def extract(doc: Document, title: str) -> Metadata:
    """The metadata of an annual report whose title block (`ingest.parsing.classify.title_of`) is `title`."""
    warnings: list[str] = []
    found = find_title(doc)
    warnings.extend(found.notes)
    context = _context(doc)
    year_match = YEAR.search(title)
    year = int(year_match.group(1)) if year_match else None
    prefix = title[: year_match.start()] if year_match else title
    source = PRINTED
    printed_body = None  # the body as printed, where it was read otherwise (a short form, a misread place)
    if year is None and found.source == OPENING_PARAGRAPH:
        year, prefix, source = found.year, found.body or "", OPENING_PARAGRAPH
    paragraphs = doc.paragraphs  # a list made afresh at each use of the property: made once here
    fallback = squash(paragraphs[min(2, len(paragraphs) - 1)].text)[:80] if paragraphs else None
    expanded = short_forms.expand(prefix, context, year) if prefix else None
    if expanded is not None:
        warnings.append(expanded.note)
        place = expanded.place or resolve(None)
        body = expanded.full_name or prefix
    else:
        place = resolve(prefix or title, fallback, year=year, context=context)
        body = body_of(prefix)
        misread = read_back(place.name_zh, year, title, context) if place.known is None else None
        if misread is not None:  # an OCR look-alike in the place's name, read back within the province
            warnings.append(misread.note)
            place, printed_body = misread.place, body
            body = body.replace(misread.printed, misread.place.name_zh) if body else body
    if year is None:
        warnings.append("no report year in the title; report_year left empty")
    if place.warning and (expanded is None or expanded.full_name):
        warnings.append(place.warning)
    return Metadata(
        title=title,
        jurisdiction_zh=place.name_zh,
        division_code=place.division_code,
        report_year=year,
        reporting_body_zh=body,
        scope=scope_of(body),
        published_on=published_on(doc),
        warnings=warnings,
        source_url=doc.properties.get("source_url"),
        parent_body_zh=parent_body_of(body, place.name_zh),
        title_source=source,
        reporting_body_printed=expanded.printed if expanded else printed_body,
    )


def _context(doc: Document) -> str:
    """The report's opening text: the places it names there decide a name several divisions share
    (鼓楼区 with 南京市 or 福州市 nearby). Capped, so a long report costs no more than a short one."""
    out, size = [], 0
    for block in doc.paragraphs[:40]:
        out.append(block.text)
        size += len(block.text)
        if size > _CONTEXT_CHARS:
            break
    return "\n".join(out)[:_CONTEXT_CHARS]


def body_of(prefix: str) -> str | None:
    """The reporting body as the title names it.

    A title naming only an administrative division (临沂市兰山区…) is that division's government's
    report; any other name (a 局, a 管委会, a zone, a 街道) is the body as printed, never extended.
    """
    if not prefix:
        return None
    if _DIVISION.search(prefix) and not _ZONE.search(prefix):
        return prefix + "人民政府"
    return prefix


def parent_body_of(body: str | None, place: str | None) -> str | None:
    """The government a body belongs to, where its name shows it: 莱芜区教育和体育局 → 莱芜区人民政府,
    昌乐县人民政府办公室 → 昌乐县人民政府, a zone's bureau → the zone's own authority (named as its own
    reports name it). None for a government or zone authority itself, or a name without its place."""
    if not body or not place or place not in body or scope_of(body) in ("government", "zone_authority"):
        return None
    parent = body_of(body[: body.index(place) + len(place)])
    return parent if parent != body else None


def scope_of(body: str | None) -> str:
    """What part of government a report covers (SCOPES), from the body's name."""
    if body is None:
        return "government"
    if "办公室" in body or "办公厅" in body:
        return "government_office"
    if _ZONE_AUTHORITY.search(body) or _ZONE.search(body):
        return "zone_authority"
    if _TOWNSHIP.search(body):
        return "township"
    if body.endswith("人民政府"):
        return "government"
    return "department"


def published_on(doc: Document) -> dt.date | None:
    """The signature date at the end of the report (e.g. 2022年1月26日), where one is printed.

    A page's text runs the signature into the last paragraph, so its last characters are read too; a
    crawl that recorded the page's publication time (`published`) gives the date where nothing is signed.
    """
    paragraphs = doc.paragraphs
    for block in reversed(paragraphs[-8:]):
        match = _DATE.match(squash(block.text))
        if match:
            return _date(*match.groups())
    if paragraphs and doc.source_format == "pagetext":
        tail = squash(paragraphs[-1].text)[-60:]
        signed = list(_SIGNED.finditer(tail))
        if signed:
            return _date(*signed[-1].groups())
    if match := _ISO_DATE.match(doc.properties.get("published", "")):
        return _date(*match.groups())
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
