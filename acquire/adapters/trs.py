"""TRS WCM static lists: index.html, index_1.html, … index_{n-1}.html; the page count is printed in the
page's own script as createPageHTML(count, current, "index", "html")."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from acquire.adapters import MAX_LIST_PAGES, ListPage

_CALL = re.compile(
    r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]"
)


def pages(text: str, url: str) -> list[ListPage] | None:
    """The column's other list pages, or None when the page is not a TRS list."""
    found = _CALL.search(text)
    if not found:
        return None
    count, current, stem, ext = int(found[1]), int(found[2]), found[3], found[4]
    count = min(count, MAX_LIST_PAGES)
    return [
        ListPage(urljoin(url, stem + ("" if n == 0 else f"_{n}") + "." + ext), "list")
        for n in range(count)
        if n != current
    ]
