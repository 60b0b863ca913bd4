"""Politeness as defaults: the settings every crawl starts from, and the checks on what may loosen them."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

MIN_DELAY = 2.0  # seconds between two requests to one host, unless the host is this machine
VERSION = "0.1"


def user_agent(contact: str | None) -> str:
    """Who is asking and how to reach them: webmasters should never have to guess."""
    reach = f"; contact: {contact}" if contact else ""
    return f"nianbao-acquire/{VERSION} (research crawler of 政府信息公开年报; obeys robots.txt{reach})"


def is_local(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def settings(
    *,
    delay: float = MIN_DELAY,
    contact: str | None = None,
    state_dir: str = "data/crawl",
    out_dir: str = "data/raw/crawl",
    daily_cap: int = 5000,
    concurrency: int = 1,
    autothrottle: bool = True,
    jobdir: str | None = None,
) -> dict:
    return {
        "BOT_NAME": "nianbao",
        "SPIDER_LOADER_WARN_ONLY": True,
        "USER_AGENT": user_agent(contact),
        "ROBOTSTXT_OBEY": True,
        "ROBOTSTXT_USER_AGENT": "nianbao-acquire",
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": delay,
        # Exactly the delay, never half of it (Scrapy's default spreads it over 0.5x-1.5x).
        "DOWNLOAD_DELAY_JITTER": 0,
        "AUTOTHROTTLE_ENABLED": autothrottle,
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, delay),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_TIMEOUT": 60,
        "DOWNLOAD_MAXSIZE": 200 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 50 * 1024 * 1024,
        "RETRY_TIMES": 2,
        # 429 and 503 are RetryAfter's: they wait what the server asks.
        "RETRY_HTTP_CODES": [500, 502, 504, 522, 524, 408],
        "COOKIES_ENABLED": True,
        "DEPTH_LIMIT": 12,
        "REDIRECT_MAX_TIMES": 10,
        "TELNETCONSOLE_ENABLED": False,
        # Scrapy's remote-control extension runs Python sent to a local HTTP port: never for a crawler.
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": 0,
        "DOWNLOADER_MIDDLEWARES": {
            "acquire.middlewares.Archive": 650,
            "acquire.middlewares.RetryAfter": 560,
        },
        "ITEM_PIPELINES": {"acquire.store.ReportStore": 300},
        "EXTENSIONS": {
            "acquire.progress.Progress": 500,
            "scrapy.extensions.logstats.LogStats": None,
            "scrapy.extensions.telnet.TelnetConsole": None,
            "scrapy.extensions.remote_control.RemoteControl": None,
        },
        "JOBDIR": jobdir,
        "NIANBAO_STATE_DIR": state_dir,
        "NIANBAO_OUT_DIR": out_dir,
        "NIANBAO_HOST_DAILY_CAP": daily_cap,
        "NIANBAO_RETRY_AFTER_MAX": 3600,
        "NIANBAO_RETRY_AFTER_DEFAULT": 60,
        "NIANBAO_RETRY_AFTER_TIMES": 3,
        "NIANBAO_PROGRESS_INTERVAL": 30,
    }


def check_politeness(seeds: list[str], delay: float, concurrency: int, contact: str | None) -> str | None:
    """Why these settings may not be used against these seeds, or None. Looser than the defaults is for
    this machine only (tests, benchmarks); a real portal also gets a contact address in the User-Agent."""
    remote = [s for s in seeds if not is_local(s)]
    if not remote:
        return None
    if delay < MIN_DELAY:
        return f"--delay {delay} is below {MIN_DELAY} s; only a server on this machine may be crawled faster"
    if concurrency > 1:
        return "--concurrency above 1 is for a server on this machine only"
    if not contact:
        return (
            "give a contact address (--contact you@example.org or NIANBAO_CRAWL_CONTACT) so that the "
            "portal's webmaster can reach you; it goes into the User-Agent"
        )
    return None
