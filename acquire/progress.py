"""Progress while crawling (fetched, queued, per host, rate, errors) and a summary at the end."""

from __future__ import annotations

import json
import sys
import time

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

from acquire.links import body_of
from acquire.state import CrawlState

_TROUBLE = ("blocked", "error", "timeout", "too-large", "gone")


class Progress:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.state = CrawlState.of(crawler)
        self.interval = crawler.settings.getfloat("NIANBAO_PROGRESS_INTERVAL", 30)
        self.loop: task.LoopingCall | None = None
        self.started = time.monotonic()
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        return cls(crawler)

    def opened(self, spider) -> None:
        self.started = time.monotonic()
        if self.interval > 0:
            self.loop = task.LoopingCall(self.line)
            self.loop.start(self.interval, now=False)

    def line(self) -> None:
        stats = self.crawler.stats
        fetched = sum(self.state.per_host.values())
        queued = (stats.get_value("scheduler/enqueued") or 0) - (stats.get_value("scheduler/dequeued") or 0)
        minutes = max(time.monotonic() - self.started, 1e-9) / 60
        hosts = ", ".join(f"{h} {n}" for h, n in self.state.per_host.most_common(5))
        trouble = sum(self.state.outcomes[o] for o in _TROUBLE)
        print(
            f"crawl: {fetched} fetched ({fetched / minutes:.1f}/min), {queued} queued, "
            f"{sum(self.state.reports.values())} files, of which {sum(self.state.attachments.values())} "
            "attachments, "
            f"{trouble} errors; per host: {hosts or '-'}",
            file=sys.stderr,
            flush=True,
        )

    def item_scraped(self, item: dict, spider) -> None:
        if not item.get("new"):
            return
        self.state.reports[body_of(item.get("title") or "") or "(body not named)"] += 1
        if item["kind"] == "attachment":
            self.state.attachments[item["path"].rpartition(".")[2]] += 1

    def closed(self, spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        spider.record_interrupted(reason)
        summary = {
            "crawl_id": self.state.crawl_id,
            "stopped": reason,
            "seconds": round(time.monotonic() - self.started, 1),
            "fetches": sum(self.state.per_host.values()),
            "outcomes": dict(self.state.outcomes.most_common()),
            "per_host": dict(self.state.per_host.most_common()),
            "reports_per_body": dict(sorted(self.state.reports.items())),
            "attachments": dict(self.state.attachments.most_common()),
            "not_read_yet": self.state.unread,
        }
        (self.state.state_dir / "last_summary.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        out = [
            f"crawl {self.state.crawl_id} stopped ({reason}) after {summary['seconds']} s, "
            f"{summary['fetches']} fetches"
        ]
        out.append("  outcomes: " + (", ".join(f"{k} {v}" for k, v in summary["outcomes"].items()) or "none"))
        out.append(
            f"  new files: {sum(self.state.reports.values())}, of which "
            f"{sum(self.state.attachments.values())} attachments"
        )
        for body, n in summary["reports_per_body"].items():
            out.append(f"    {body}: {n} file(s)")
        for line in self.state.unread:
            out.append(f"  kept, not read yet: {line}")
        if reason != "finished":
            out.append("  run the same command again to continue where it stopped")
        print("\n".join(out), flush=True)
