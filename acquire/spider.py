"""The spider: from seeds to the 年报 columns, through every list page, to each report and attachment.

Callbacks are named by the kind of page they read (entry, column, list, hanweb, gkmlpt, report,
attachment); the kind travels in request.meta so that the ledger can say what each fetch was and a
deferred request can be sent again to the right callback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse

from acquire import links
from acquire.adapters import ListPage, generic, gkmlpt, hanweb, trs
from acquire.ledger import Fetch
from acquire.state import CrawlState

MAX_ENTRY_DEPTH = 2  # seed -> 政府信息公开 -> its sub-entry: no deeper (a portal is not walked whole)


class ReportSpider(scrapy.Spider):
    name = "nianbao"

    def __init__(self, seeds: str = "", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seeds = [s.strip() for s in seeds.replace(",", "\n").splitlines() if s.strip()]
        hosts = {urlsplit(s).hostname or "" for s in self.seeds}
        # A portal's files may sit on a sibling host (xxgk.example.gov.cn): allow the domain under www.
        self.allowed_domains = sorted({h.removeprefix("www.") for h in hosts if h})

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl = CrawlState.of(crawler)
        return spider

    # -- requests -------------------------------------------------------------------------------------
    def _request(
        self,
        url: str,
        kind: str,
        title: str | None = None,
        *,
        method: str = "GET",
        form: dict | None = None,
        body: str | None = None,
        dont_filter: bool = False,
        **meta,
    ) -> scrapy.Request:
        callback = getattr(self, f"parse_{kind}")
        meta = {"kind": kind, "title": title, **meta}
        if form is not None:
            return scrapy.FormRequest(
                url, formdata=form, callback=callback, meta=meta, dont_filter=dont_filter
            )
        return scrapy.Request(
            url, method=method, body=body, callback=callback, meta=meta, dont_filter=dont_filter
        )

    def _list_request(self, page: ListPage, title: str | None, **meta) -> scrapy.Request:
        return self._request(
            page.url,
            page.kind,
            title,
            method=page.method,
            form=page.form if page.method == "POST" else None,
            **meta,
        )

    async def start(self):
        # What a previous run left (the daily cap, or a stop): asked again first.
        for url, method, body, kind, title in self.crawl.ledger.unfinished():
            if kind and hasattr(self, f"parse_{kind}"):
                headers = {"Content-Type": "application/x-www-form-urlencoded"} if method == "POST" else None
                request = self._request(url, kind, title, method=method, body=body, dont_filter=True)
                if headers:
                    request.headers.update(headers)
                yield request
        for seed in self.seeds:
            fragment = urlsplit(seed).fragment
            yield self._request(seed, "entry", None, entry_depth=0, gkmlpt_category=fragment or None)

    # -- pages ----------------------------------------------------------------------------------------
    def parse_entry(self, response: Response) -> Iterator[scrapy.Request]:
        """A seed or a 政府信息公开 page: columns, reports and deeper entries by their link texts."""
        if not isinstance(response, TextResponse):
            yield from self.parse_attachment(response)
            return
        if gkmlpt.is_gkmlpt(response.url) or links.is_column_page(response.selector):
            yield from self.parse_column(response)
            return
        depth = response.meta.get("entry_depth", 0)
        yield from self._follow(response, entries=depth < MAX_ENTRY_DEPTH, entry_depth=depth + 1)

    def parse_column(self, response: Response) -> Iterator[scrapy.Request]:
        """A 年报 column's first page: its other pages by the CMS's own paging, then its links."""
        if not isinstance(response, TextResponse):
            yield from self.parse_attachment(response)
            return
        title = response.meta.get("title")
        text = response.text
        if gkmlpt.is_gkmlpt(response.url):
            api = gkmlpt.api_url(response.url, text, response.meta.get("gkmlpt_category"))
            if api:
                yield self._request(api, "gkmlpt", title)
                return
        pages = trs.pages(text, response.url)
        if pages is None:
            pages = hanweb.pages(text, response.url)
            if pages is not None:
                yield from self._follow_html(response, hanweb.records(text), entries=False)
        if pages is not None:
            for page in pages:
                yield self._list_request(page, title)
            if pages and pages[0].kind == "hanweb":
                return
        yield from self._follow(response, entries=False)
        if pages is None:
            yield from self._next(response, 1)

    def parse_list(self, response: Response) -> Iterator[scrapy.Request]:
        """A further page of a column: its links, and (generic paging only) the page after it."""
        if not isinstance(response, TextResponse):
            return
        yield from self._follow(response, entries=False)
        if "list_page" in response.meta:
            yield from self._next(response, response.meta["list_page"] + 1)

    def parse_hanweb(self, response: Response) -> Iterator[scrapy.Request]:
        if isinstance(response, TextResponse):
            yield from self._follow_html(response, hanweb.records(response.text), entries=False)

    def parse_gkmlpt(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        try:
            items, total, per_page = gkmlpt.articles(response.text)
        except ValueError:
            self.logger.warning("gkmlpt: %s is not the JSON the platform answers; skipped", response.url)
            return
        for title, url in items:
            if links.role_of(title, url) in ("report", "attachment"):
                kind = "attachment" if links.is_attachment(url) else "report"
                yield self._request(response.urljoin(url), kind, title)
        if "page=1&" in response.url or response.url.endswith("page=1"):
            for page in gkmlpt.pages(response.url, total, per_page):
                yield self._list_request(page, response.meta.get("title"))

    def parse_report(self, response: Response) -> Iterator[scrapy.Request | dict]:
        """A report's page: the page itself if it prints the report, and every attachment it links."""
        if not isinstance(response, TextResponse) or not _is_html(response):
            yield from self.parse_attachment(response)
            return
        # The headings are searched in the page's source: extracting its text cost more than the rest
        # of a page's handling together.
        if links.looks_like_report(response.text):
            yield self._item(response, "report")
        for link in links.attachment_links(response.selector, response.url):
            yield self._request(link.url, "attachment", response.meta.get("title") or link.text)

    def parse_attachment(self, response: Response) -> Iterator[dict]:
        yield self._item(response, "attachment")

    # -- helpers --------------------------------------------------------------------------------------
    def _follow(self, response: TextResponse, *, entries: bool, **meta) -> Iterator[scrapy.Request]:
        yield from self._links(links.page_links(response.selector, response.url), entries=entries, **meta)

    def _follow_html(self, response: Response, html: str, *, entries: bool) -> Iterator[scrapy.Request]:
        if html:
            yield from self._links(links.page_links(Selector(text=html), response.url), entries=entries)

    def _links(self, found: list[links.Link], *, entries: bool, **meta) -> Iterator[scrapy.Request]:
        for link in found:
            if link.role == "entry" and not entries:
                continue
            kind = {"report": "report", "attachment": "attachment", "column": "column", "entry": "entry"}[
                link.role
            ]
            extra = dict(meta) if kind == "entry" else {}
            if gkmlpt.is_gkmlpt(link.url):
                extra["gkmlpt_category"] = urlsplit(link.url).fragment or None
            yield self._request(link.url, kind, link.text, **extra)

    def _next(self, response: TextResponse, n: int) -> Iterator[scrapy.Request]:
        from acquire.adapters import MAX_LIST_PAGES

        page = generic.next_page(response.selector, response.url)
        if page is None:
            return
        if n >= MAX_LIST_PAGES:
            self.logger.warning("%s: more than %d list pages; the rest are not read", response.url, n)
            return
        yield self._list_request(page, response.meta.get("title"), list_page=n)

    def _item(self, response: Response, kind: str) -> dict:
        fetch = response.meta.get("nianbao_fetch") or {}
        return {
            "url": (response.meta.get("redirect_urls") or [response.url])[0],
            "final_url": response.url,
            "kind": kind,
            "title": response.meta.get("title"),
            "referer": (response.request.headers.get("Referer") or b"").decode("latin-1") or None
            if response.request is not None
            else None,
            "content_type": (response.headers.get(b"Content-Type") or b"").decode("latin-1"),
            "body": _decoded_body(response),
            "sha256": fetch.get("sha256"),
            "first_seen_at": fetch.get("first_seen_at"),
            "fetched_at": fetch.get("fetched_at"),
            "warc_file": fetch.get("warc_file"),
            "warc_offset": fetch.get("warc_offset"),
            "not_modified": "not-modified" in response.flags,
        }

    def record_interrupted(self, reason: str) -> None:
        """Requests the downloader held when the crawl stopped go to the ledger as interrupted."""
        if self.crawl.close_reason is not None:
            return
        self.crawl.close_reason = reason
        if reason != "finished":
            now = dt.datetime.now(dt.UTC)
            for pending in self.crawl.in_downloader.values():
                self.crawl.ledger.record(
                    Fetch(
                        crawl_id=self.crawl.crawl_id,
                        url=pending["url"],
                        host=urlsplit(pending["request_url"]).hostname or "",
                        method=pending["method"],
                        request_body=pending["body"],
                        outcome="interrupted",
                        fetched_at=now,
                        kind=pending["kind"],
                        title=pending["title"],
                        note=f"the crawl stopped ({reason}) before this was fetched",
                    )
                )
                self.crawl.outcomes["interrupted"] += 1


def _is_html(response: Response) -> bool:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    return "html" in content_type or response.body[:512].lstrip().lower().startswith((b"<!doctype", b"<html"))


def _decoded_body(response: Response) -> bytes:
    """The body as published: Scrapy has already undone Content-Encoding by now."""
    return response.body
