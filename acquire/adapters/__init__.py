"""One small adapter per CMS family: how a 年报 column's list continues past its first page.

Each adapter looks at a column's first page and, if the page is its family's, says which further list
pages (or record sets) to request. The spider reads links from whatever comes back the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_LIST_PAGES = 500  # a column longer than this is cut (and the spider logs it): no loop runs unbounded


@dataclass(frozen=True)
class ListPage:
    url: str
    kind: str  # the spider callback that reads it: list, hanweb, gkmlpt
    method: str = "GET"
    form: dict[str, str] = field(default_factory=dict)
