"""What one crawl shares between its parts: the ledger, the WARC archive, counters and the output folders."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.crawler import Crawler

from acquire.ledger import Ledger
from acquire.warc import WarcArchive


@dataclass
class CrawlState:
    crawl_id: str
    state_dir: Path  # ledger, WARC files, the job folder
    out_dir: Path  # report files: data/raw/crawl
    daily_cap: int
    ledger: Ledger = field(init=False)
    archive: WarcArchive = field(init=False)
    sent: Counter = field(default_factory=Counter)  # requests per host today (from the ledger, then counted)
    outcomes: Counter = field(default_factory=Counter)
    per_host: Counter = field(default_factory=Counter)
    reports: Counter = field(default_factory=Counter)  # report files written, per body
    attachments: Counter = field(default_factory=Counter)  # attachment files written, per extension
    unread: list[str] = field(default_factory=list)  # files kept that ingest cannot read yet
    in_downloader: dict[int, dict] = field(default_factory=dict)  # requests handed to the downloader
    close_reason: str | None = None
    today: dt.date = field(default_factory=lambda: dt.datetime.now(dt.UTC).date())

    def __post_init__(self) -> None:
        self.ledger = Ledger(self.state_dir / "ledger.duckdb")
        self.archive = WarcArchive(self.state_dir / "warc", f"nianbao-{self.crawl_id}", "nianbao acquire")

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlState:
        state = getattr(crawler, "_nianbao_state", None)
        if state is None:
            s = crawler.settings
            state = cls(
                crawl_id=s.get("NIANBAO_CRAWL_ID")
                or f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{os.getpid()}",
                state_dir=Path(s.get("NIANBAO_STATE_DIR", "data/crawl")),
                out_dir=Path(s.get("NIANBAO_OUT_DIR", "data/raw/crawl")),
                daily_cap=s.getint("NIANBAO_HOST_DAILY_CAP", 5000),
            )
            crawler._nianbao_state = state  # type: ignore[attr-defined]
        return state

    def take(self, host: str) -> bool:
        """Count one request to `host`; False when its daily cap is already reached."""
        if host not in self.sent:
            self.sent[host] = self.ledger.sent_today(host, self.today)
        if self.daily_cap and self.sent[host] >= self.daily_cap:
            return False
        self.sent[host] += 1
        return True

    def close(self) -> None:
        self.archive.close()
        self.ledger.close()
