"""Hanweb (大汉) jpage lists: the first records are inlined in a <datastore> script; the rest come from
/module/web/jpage/dataproxy.jsp, POSTed with startrecord/endrecord/perpage and the column's parameters
(the query of the datastore's <nextgroup> link). Each record is an HTML fragment holding one link."""

from __future__ import annotations

import math
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from acquire.adapters import MAX_LIST_PAGES, ListPage

_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>\s*</nextgroup>", re.S | re.I)
_HREF = re.compile(r"""href\s*=\s*['"]([^'"]+)['"]""", re.I)
_TOTAL = re.compile(r"totalRecord\s*[:=]\s*['\"]?(\d+)|<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_PERPAGE = re.compile(r"perPage\s*[:=]\s*['\"]?(\d+)", re.I)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)


def records(text: str) -> str:
    """The record fragments of a datastore (inline or a dataproxy answer), as one HTML string."""
    return "\n".join(_RECORD.findall(text))


def pages(text: str, url: str) -> list[ListPage] | None:
    """The dataproxy requests for every record after the inlined ones, or None when not a Hanweb list."""
    nextgroup = _NEXTGROUP.search(text)
    if "dataproxy.jsp" not in text or not nextgroup:
        return None
    href = _HREF.search(nextgroup[1])
    if not href:
        return None
    proxy = urljoin(url, href[1])
    parts = urlsplit(proxy)
    form = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"}
    total_found = _TOTAL.search(text)
    total = int(total_found[1] or total_found[2]) if total_found else 0
    per_found = _PERPAGE.search(text)
    per_page = int(per_found[1]) if per_found else 15
    inlined = len(_RECORD.findall(text))
    base = f"{parts.scheme}://{parts.netloc}{parts.path}"
    out = []
    # Three pages per request, as the portal's own script asks (jpage's groupSize).
    step = per_page * 3
    for start in range(inlined + 1, total + 1, step):
        end = min(start + step - 1, total)
        out.append(
            ListPage(f"{base}?startrecord={start}&endrecord={end}&perpage={per_page}", "hanweb", "POST", form)
        )
        if len(out) >= math.ceil(MAX_LIST_PAGES / 3):
            break
    return out
