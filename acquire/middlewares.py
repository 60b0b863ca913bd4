"""Downloader middlewares: the archive (WARC + ledger + conditional GET + daily cap) and Retry-After.

The archive sits at 650, between the cookies (700) and the redirects (600): it sees each request with its
final headers and each response as the server sent it (3xx and compressed bodies included), before any
other middleware turns it into something else.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings

from acquire.ledger import Fetch
from acquire.state import CrawlState
from acquire.warc import read_response

ROBOTS_FORBIDDEN = "Forbidden by robots.txt"
CAPPED = "daily page cap reached"
THROTTLE_CODES = (429, 503)


def discovered_url(request: Request) -> str:
    """The URL as the crawler found it: a redirected request keeps its first address."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def _is_robots(request: Request) -> bool:
    return urlsplit(request.url).path == "/robots.txt"


def decoded(body: bytes, encoding: str) -> bytes:
    """The payload with Content-Encoding undone, so that a digest compares content, not compression."""
    try:
        if encoding in ("gzip", "x-gzip"):
            return gzip.decompress(body)
        if encoding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -zlib.MAX_WBITS)
        if encoding == "br":
            import brotli

            return brotli.decompress(body)
    except Exception:  # a damaged payload: its digest is of the bytes as sent
        return body
    return body


def retry_after(response: Response, default: float) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); `default` without one."""
    value = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
    if not value:
        return default
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """When a 429 / 503 is asked again: within NIANBAO_RETRY_AFTER_TIMES tries, and only when the wait the
    server asks is at most NIANBAO_RETRY_AFTER_MAX seconds (longer is a block, recorded as such)."""

    max_wait: float
    default_wait: float
    max_times: int

    @classmethod
    def from_settings(cls, s: BaseSettings) -> RetryPolicy:
        return cls(
            s.getfloat("NIANBAO_RETRY_AFTER_MAX", 3600),
            s.getfloat("NIANBAO_RETRY_AFTER_DEFAULT", 60),
            s.getint("NIANBAO_RETRY_AFTER_TIMES", 3),
        )

    def wait(self, response: Response) -> float:
        return retry_after(response, self.default_wait)

    def will_retry(self, request: Request, response: Response) -> bool:
        return (
            response.status in THROTTLE_CODES
            and request.meta.get("retry_after_times", 0) < self.max_times
            and self.wait(response) <= self.max_wait
        )


class RetryAfter:
    """429 / 503: the whole host waits what the server asks (its download slot is paused), then the
    request is sent again (RetryPolicy)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.policy = RetryPolicy.from_settings(crawler.settings)
        # Paused when the response arrives, before the downloader picks the host's next request.
        crawler.signals.connect(self._pause_slot, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfter:
        return cls(crawler)

    def _pause_slot(self, response: Response, request: Request, spider=None) -> None:
        if not self.policy.will_retry(request, response):
            return
        slot = self.crawler.engine.downloader.slots.get(request.meta.get("download_slot"))
        if slot is not None:
            # The downloader waits until lastseen + delay: this moves the host's next request past the wait.
            slot.lastseen = max(slot.lastseen, time.monotonic() + self.policy.wait(response))

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if not self.policy.will_retry(request, response):
            return response
        meta = {**request.meta, "retry_after_times": request.meta.get("retry_after_times", 0) + 1}
        return request.replace(dont_filter=True, meta=meta, priority=request.priority + 1)


class Archive:
    """Writes every exchange to WARC and the ledger; sends conditional GETs; enforces the daily cap."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.state = CrawlState.of(crawler)
        self.retry = RetryPolicy.from_settings(crawler.settings)  # the same policy names the outcome
        self.conditional = crawler.settings.getbool("NIANBAO_CONDITIONAL_GET", True)
        crawler.signals.connect(self._reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(self._left, signal=signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Archive:
        return cls(crawler)

    # Requests held by the downloader when a crawl stops are recorded as interrupted (spider.py).
    def _reached(self, request: Request, spider=None) -> None:
        self.state.in_downloader[id(request)] = _pending(request)

    def _left(self, request: Request, spider=None) -> None:
        self.state.in_downloader.pop(id(request), None)

    def _fetch(
        self, request: Request, outcome: str, fetched_at: dt.datetime | None = None, **values
    ) -> Fetch:
        url = discovered_url(request)
        return Fetch(
            crawl_id=self.state.crawl_id,
            url=url,
            host=urlsplit(request.url).hostname or "",
            method=request.method,
            outcome=outcome,
            fetched_at=fetched_at or dt.datetime.now(dt.UTC),
            request_body=request.body.decode("utf-8", "replace") if request.method == "POST" else None,
            kind="robots" if _is_robots(request) else request.meta.get("kind"),
            title=request.meta.get("title"),
            **values,
        )

    def _record(self, fetch: Fetch) -> None:
        self.state.ledger.record(fetch)
        self.state.outcomes[fetch.outcome] += 1
        if fetch.status is not None:
            self.state.per_host[fetch.host] += 1

    def process_request(self, request: Request) -> None:
        if _is_robots(request):
            return None
        if not self.state.take(urlsplit(request.url).hostname or ""):
            self._record(self._fetch(request, "deferred", note=CAPPED))
            request.meta["nianbao_recorded"] = True
            raise IgnoreRequest(CAPPED)
        if self.conditional and request.method == "GET" and not request.meta.get("redirect_urls"):
            previous = self.state.ledger.previous(request.url)
            if previous is not None:
                if previous.etag:
                    request.headers[b"If-None-Match"] = previous.etag
                if previous.last_modified:
                    request.headers[b"If-Modified-Since"] = previous.last_modified
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        headers = [(k, v) for k, values in response.headers.items() for v in values]
        stored = self.state.archive.write(
            request.url,
            request.method,
            [(k, v) for k, vs in request.headers.items() for v in vs],
            request.body or b"",
            response.status,
            headers,
            response.body,
            str(response.ip_address) if response.ip_address else None,
        )
        status = response.status
        url = discovered_url(request)
        now = dt.datetime.now(dt.UTC)
        values = dict(
            status=status,
            final_url=response.url,
            warc_file=stored.file,
            warc_offset=stored.offset,
            warc_length=stored.length,
            bytes=len(response.body),
            content_type=_header(response, b"Content-Type"),
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
        )
        previous = None
        if 200 <= status < 300:
            outcome = "ok"
            payload = decoded(response.body, (_header(response, b"Content-Encoding") or "").lower())
            values["sha256"] = hashlib.sha256(payload).hexdigest()
            values["first_seen_at"] = self.state.ledger.first_seen(url) or now
        elif status == 304:
            outcome = "not-modified"
            previous = self.state.ledger.previous(url)
            if previous is not None:
                values["sha256"] = previous.sha256
                values["first_seen_at"] = previous.first_seen_at
        elif 300 <= status < 400:
            outcome = "moved"
            location = _header(response, b"Location")
            values["final_url"] = urljoin(response.url, location) if location else None
        elif status in (404, 410):
            outcome = "gone"
        elif status in THROTTLE_CODES:
            outcome = "retry-later" if self.retry.will_retry(request, response) else "blocked"
        elif status in (401, 403, 451):
            outcome = "blocked"
        else:
            outcome = "error"
        fetch = self._fetch(request, outcome, now, **values)
        self._record(fetch)
        request.meta["nianbao_fetch"] = {
            "outcome": outcome,
            "sha256": fetch.sha256,
            "first_seen_at": fetch.first_seen_at,
            "fetched_at": fetch.fetched_at,
            "warc_file": stored.file,
            "warc_offset": stored.offset,
        }
        if outcome == "not-modified" and previous is not None:
            return self._archived(request, response, previous.warc_file, previous.warc_offset)
        return response

    def _archived(self, request: Request, response: Response, warc_file: str, offset: int) -> Response:
        """A 304 answered with the archived 200, so that the spider reads its links as before."""
        _, headers, body = read_response(self.state.archive.folder / warc_file, offset)
        h = [(k, v) for k, v in headers]
        cls = responsetypes.from_args(headers=dict(h), url=response.url, body=body)
        return cls(
            url=response.url,
            status=200,
            headers=h,
            body=body,
            flags=[*response.flags, "not-modified"],
            request=request,
        )

    def process_exception(self, request: Request, exception: Exception) -> None:
        if request.meta.get("nianbao_recorded"):
            return None
        if isinstance(exception, IgnoreRequest):
            if str(exception) != ROBOTS_FORBIDDEN:
                return None
            outcome, note = "robots-disallowed", None
        elif isinstance(exception, DownloadTimeoutError):
            outcome, note = "timeout", str(exception)
        elif isinstance(exception, DownloadCancelledError):
            outcome, note = "too-large", str(exception)
        else:
            outcome, note = "error", f"{type(exception).__name__}: {exception}"
        self._record(self._fetch(request, outcome, note=note[:500] if note else None))
        return None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _pending(request: Request) -> dict:
    return {
        "url": discovered_url(request),
        "request_url": request.url,
        "method": request.method,
        "body": request.body.decode("utf-8", "replace") if request.method == "POST" else None,
        "kind": request.meta.get("kind"),
        "title": request.meta.get("title"),
    }
