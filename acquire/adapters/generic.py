"""Any other CMS: follow the link called 下一页 (or rel="next") one page at a time, up to MAX_LIST_PAGES."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

from acquire.adapters import ListPage

_NEXT = re.compile(r"^\s*(下一页|下页|后一页|next|›|»|>)\s*$", re.I)


def next_page(selector: Selector, url: str) -> ListPage | None:
    for anchor in selector.css("a[href]"):
        text = "".join(anchor.css("::text").getall())
        href = anchor.attrib["href"].strip()
        if href.startswith(("javascript:", "#")) or not href:
            continue
        if anchor.attrib.get("rel") == "next" or _NEXT.match(text):
            target = urljoin(url, href)
            if target != url:
                return ListPage(target, "list")
    return None
