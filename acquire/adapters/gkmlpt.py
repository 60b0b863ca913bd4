"""Guangdong's 政府信息公开目录 platform (gkmlpt): the page is a script app; its data is JSON from
/gkmlpt/api/all/{category}?page={n}&sid={site}, each answer holding `total` and a page of `articles`
(title, url). The site id is printed in the page (SID: '…'); the category is the address's #fragment
(0: the whole catalogue)."""

from __future__ import annotations

import json
import math
import re
from urllib.parse import urljoin, urlsplit

from acquire.adapters import MAX_LIST_PAGES, ListPage

_SID = re.compile(r"\bSID\s*[:=]\s*['\"]?(\d+)", re.I)


def is_gkmlpt(url: str) -> bool:
    return "/gkmlpt/" in urlsplit(url).path + "/"


def api_url(page_url: str, text: str, category: str | None, page: int = 1) -> str | None:
    found = _SID.search(text)
    if not found:
        return None
    root = urlsplit(page_url).path.split("/gkmlpt/")[0]
    return urljoin(page_url, f"{root}/gkmlpt/api/all/{category or 0}?page={page}&sid={found[1]}")


def articles(text: str) -> tuple[list[tuple[str, str]], int, int]:
    """(title, url) of each article, the total count and the page size."""
    data = json.loads(text)
    items = [
        (a.get("title") or "", a.get("url") or a.get("post_url") or "") for a in data.get("articles") or []
    ]
    return [i for i in items if i[1]], int(data.get("total") or 0), len(items)


def pages(api: str, total: int, per_page: int) -> list[ListPage]:
    if not per_page:
        return []
    count = min(math.ceil(total / per_page), MAX_LIST_PAGES)
    return [
        ListPage(re.sub(r"([?&])page=\d+", rf"\g<1>page={n}", api), "gkmlpt") for n in range(2, count + 1)
    ]
