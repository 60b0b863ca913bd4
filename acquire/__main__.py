"""python -m acquire SEED... : crawl portals' 政府信息公开年报 columns politely into data/raw/crawl.

A crawl stopped before its end (Ctrl-C, SIGTERM, a page or time limit) keeps its queue in
<state>/job; the same command continues it. A crawl that finished removes its queue, so the next run is a
re-crawl: conditional GETs, where unchanged pages cost the portal a 304.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path


def _offline_public_suffixes() -> None:
    """Scrapy's cookie middleware asks tldextract, which would download the public-suffix list on first
    use: use the list the package ships instead (nothing is fetched at run time)."""
    import scrapy.downloadermiddlewares.cookies as cookies
    from tldextract import TLDExtract

    cookies._split_domain = TLDExtract(cache_dir=None, suffix_list_urls=(), include_psl_private_domains=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m acquire", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "seeds", nargs="*", help="portal entry, 年报 column or 年报汇总 page URLs (or files of them)"
    )
    p.add_argument("--state", default="data/crawl", help="ledger, WARC files and the job queue")
    p.add_argument("--out", default="data/raw/crawl", help="where report files go (ingest reads data/raw)")
    p.add_argument("--delay", type=float, default=2.0, help="seconds between requests to one host (>= 2)")
    p.add_argument(
        "--contact",
        default=os.environ.get("NIANBAO_CRAWL_CONTACT"),
        help="an e-mail or URL for the User-Agent (required for real portals)",
    )
    p.add_argument("--daily-cap", type=int, default=5000, help="pages per host per day (0: none)")
    p.add_argument(
        "--concurrency", type=int, default=1, help="requests at once per host (local servers only)"
    )
    p.add_argument("--no-autothrottle", action="store_true", help="fixed delay (benchmarks)")
    p.add_argument("--max-pages", type=int, default=0, help="stop after this many responses (0: no limit)")
    p.add_argument("--max-minutes", type=float, default=0, help="stop after this long (0: no limit)")
    p.add_argument(
        "--fresh", action="store_true", help="discard an unfinished crawl's queue instead of resuming"
    )
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    return p.parse_args(argv)


def read_seeds(items: list[str]) -> list[str]:
    seeds = []
    for item in items:
        if "://" not in item and Path(item).is_file():
            lines = Path(item).read_text(encoding="utf-8").splitlines()
            seeds += [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]
        else:
            seeds.append(item)
    return seeds


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from acquire.settings import check_politeness, settings

    state_dir = Path(args.state)
    job = state_dir / "job"
    saved = job / "nianbao-job.json"
    seeds = read_seeds(args.seeds)
    if args.fresh and job.exists():
        shutil.rmtree(job)
    if saved.exists():
        previous = json.loads(saved.read_text(encoding="utf-8"))
        print(
            f"acquire: continuing crawl {previous['crawl_id']} (stopped before its end; --fresh discards it)"
        )
        seeds, crawl_id = previous["seeds"], previous["crawl_id"]
    else:
        crawl_id = f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}"
    if not seeds:
        print("acquire: no seed URLs given (python -m acquire URL... or a file of URLs)", file=sys.stderr)
        return 2
    problem = check_politeness(seeds, args.delay, args.concurrency, args.contact)
    if problem:
        print(f"acquire: {problem}", file=sys.stderr)
        return 2
    job.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps({"crawl_id": crawl_id, "seeds": seeds}, ensure_ascii=False), encoding="utf-8")

    _offline_public_suffixes()
    from scrapy.crawler import CrawlerProcess

    from acquire.spider import ReportSpider

    values = settings(
        delay=args.delay,
        contact=args.contact,
        state_dir=str(state_dir),
        out_dir=args.out,
        daily_cap=args.daily_cap,
        concurrency=args.concurrency,
        autothrottle=not args.no_autothrottle,
        jobdir=str(job),
    )
    values["NIANBAO_CRAWL_ID"] = crawl_id
    if args.max_pages:
        values["CLOSESPIDER_PAGECOUNT"] = args.max_pages
    if args.max_minutes:
        values["CLOSESPIDER_TIMEOUT"] = args.max_minutes * 60
    for item in args.set:
        name, _, value = item.partition("=")
        values[name] = value
    process = CrawlerProcess(values)
    crawler = process.create_crawler(ReportSpider)
    process.crawl(crawler, seeds="\n".join(seeds))
    process.start()
    state = getattr(crawler, "_nianbao_state", None)
    if state is None:
        print("acquire: the crawl did not start (see the log above)", file=sys.stderr)
        return 1
    state.close()
    if state.close_reason == "finished":
        shutil.rmtree(job, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
