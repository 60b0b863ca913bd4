"""What a link is, by its text and address: a report, an attachment, a 年报 column, or the 政府信息公开 entry.

Portals differ in layout but not in wording: the report's title names a year and 政府信息公开…年度报告,
its column is called …年报 or 年度报告, and the way in is called 政府信息公开. The crawler follows only such
links, so that it never walks a whole portal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from parsel import Selector

ATTACHMENT_EXTENSIONS = (
    ".pdf",
    ".doc",
    ".docx",
    ".wps",
    ".xls",
    ".xlsx",
    ".et",
    ".ofd",
    ".jpg",
    ".jpeg",
    ".png",
    ".tif",
    ".tiff",
    ".zip",
    ".rar",
)
_ATTACHMENT = re.compile(r"\.(" + "|".join(e[1:] for e in ATTACHMENT_EXTENSIONS) + r")(?:$|[?&#;])", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_REPORT = re.compile(r"(?:政府)?(?:信息公开|政务公开).{0,12}?(?:年度报告|年报)|年度报告")
_COLUMN = re.compile(r"年报|年度报告")
_ENTRY = re.compile(r"政府信息公开|信息公开|政务公开")
# Template headings a report prints whichever template year it follows (2019 and 2021 formats).
REPORT_MARKERS = ("主动公开政府信息情况", "收到和处理政府信息公开申请情况")
_LEADING_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年度?")
# "…局2021年政府信息公开": the year and 政府 belong to the report's name; "…人民政府" is the body's own.
_TRAILING = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?)?\s*(?:(?<!人民)政府)?$")
_DISCLOSURE = re.compile(r"信息公开|政务公开")


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    role: str  # report | attachment | column | entry


def link_text(anchor: Selector) -> str:
    text = " ".join(t.strip() for t in anchor.css("::text").getall() if t.strip())
    title = (anchor.attrib.get("title") or "").strip()
    return title if len(title) > len(text) else text


def is_attachment(url: str) -> bool:
    parts = urlsplit(url)
    return bool(_ATTACHMENT.search(unquote(parts.path)) or _ATTACHMENT.search(unquote(parts.query)))


def role_of(text: str, url: str) -> str | None:
    """A link's role from its text (and, for attachments, its address); None: not followed."""
    if is_attachment(url):
        return "attachment" if _REPORT.search(text) or _COLUMN.search(text) else None
    if _YEAR.search(text) and _REPORT.search(text):
        return "report"
    if _COLUMN.search(text):
        return "column"
    if _ENTRY.search(text):
        return "entry"
    return None


def page_links(selector: Selector, base_url: str) -> list[Link]:
    """Every link on the page whose text gives it a role, in page order, each address once."""
    from urllib.parse import urljoin

    seen: set[str] = set()
    out = []
    for anchor in selector.css("a[href]"):
        href = anchor.attrib["href"].strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(base_url, href)
        if not url.startswith(("http://", "https://")) or url in seen:
            continue
        text = link_text(anchor)
        role = role_of(text, url)
        if role:
            seen.add(url)
            out.append(Link(url, text, role))
    return out


def attachment_links(selector: Selector, base_url: str) -> list[Link]:
    """A report page's attachments, whatever their link text ('附件1', the file name, …)."""
    from urllib.parse import urljoin

    seen: set[str] = set()
    out = []
    for anchor in selector.css("a[href]"):
        url = urljoin(base_url, anchor.attrib["href"].strip())
        if url.startswith(("http://", "https://")) and is_attachment(url) and url not in seen:
            seen.add(url)
            out.append(Link(url, link_text(anchor), "attachment"))
    return out


def is_column_page(selector: Selector) -> bool:
    """The page says it is a 年报 column (TRS and Hanweb pages carry ColumnName / ColumnType metadata)."""
    for name in ("ColumnName", "ColumnType", "columnname", "columntype"):
        content = selector.css(f'meta[name="{name}"]::attr(content)').get() or ""
        if _COLUMN.search(content):
            return True
    return False


def looks_like_report(text: str) -> bool:
    return any(marker in text for marker in REPORT_MARKERS)


def body_of(title: str) -> str | None:
    """The reporting body a report title names: 'XX局2021年政府信息公开工作年度报告' -> 'XX局'."""
    text = _LEADING_YEAR.sub("", title.strip())
    found = _DISCLOSURE.search(text)
    if not found:
        return None
    body = _TRAILING.sub("", text[: found.start()]).strip(" 　-_—:：")
    return body if body and body != "政府" else None
