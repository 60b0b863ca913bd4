"""Politeness and resumption, each shown against the simulated portal (tests/portal.py) from the server's
own log: the per-host delay, a stopped crawl continued without fetching anything twice, a re-crawl made of
conditional GETs (304) that keeps both versions of a changed report, and the daily cap per host."""

from __future__ import annotations

import json
import signal
import time
from collections import Counter

import pytest
from portal import EXPECTED_REPORTS, Portal, ledger_rows, run_crawl

from acquire.settings import check_politeness, user_agent
from acquire.store import relative_path, sidecar_of


@pytest.fixture
def portal():
    site = Portal().start()
    yield site
    site.stop()


def test_per_host_delay_measured_by_the_server(portal: Portal, tmp_path) -> None:
    delay = 0.3
    seeds = [portal.base + "/bmnb/", portal.base + "/col/col123/index.html"]
    result = run_crawl(seeds, tmp_path / "state", tmp_path / "raw", delay=delay)
    assert result.returncode == 0, result.stderr[-3000:]
    log = sorted(portal.served(), key=lambda e: e.start)
    assert len(log) >= 10  # robots, 301, two list pages, a dataproxy POST, five reports
    gaps = [b.start - a.start for a, b in zip(log, log[1:], strict=False)]
    # The server notes a request when it starts reading it, a little after the crawler sent it: allow
    # the local connection's jitter, never less than 90% of the delay.
    assert min(gaps) >= delay * 0.9, gaps


def test_stopped_crawl_continues_and_fetches_nothing_twice(portal: Portal, tmp_path) -> None:
    state, raw = tmp_path / "state", tmp_path / "raw"
    first = run_crawl([portal.base + "/"], state, raw, delay=0.2, wait=False)
    deadline = time.monotonic() + 60
    while len(portal.served()) < 10 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    first.send_signal(signal.SIGTERM)  # as Ctrl-C: Scrapy stops cleanly and keeps its queue (JOBDIR)
    out, err = first.communicate(timeout=60)
    assert "run the same command again" in out, err[-3000:]
    assert (state / "job" / "nianbao-job.json").exists()
    served_first = len(portal.served())
    assert served_first < 30  # it did stop early (a full crawl asks about 33 times)

    second = run_crawl([], state, raw, delay=0.05)  # no seeds: the job says what it was
    assert second.returncode == 0, second.stderr[-3000:]
    assert "continuing crawl" in second.stdout
    assert not (state / "job").exists()  # finished: the queue is gone, the next run is a re-crawl
    for path in EXPECTED_REPORTS:
        assert (raw / relative_path(portal.base + path, "text/html").as_posix()).exists(), path
    answered = Counter(e.path for e in portal.served() if e.status in (200, 301, 302, 404))
    twice = {path: n for path, n in answered.items() if n > 1 and path != "/robots.txt"}
    assert twice == {}


def test_recrawl_asks_conditionally_and_keeps_both_versions(portal: Portal, tmp_path) -> None:
    state, raw = tmp_path / "state", tmp_path / "raw"
    assert run_crawl([portal.base + "/"], state, raw).returncode == 0
    changed = "/zwgk/xxgkndbg/202201/t20220120_1.html"
    old = portal.pages[changed][1]
    # The report is republished with one value changed: 本年新收 by natural persons, 230, becomes 231.
    text = old.decode("gbk")
    cell = text.index(">230<", text.index("本年新收政府信息公开申请数量"))
    new = (text[:cell] + ">231<" + text[cell + 5 :]).encode("gbk", errors="xmlcharrefreplace")
    assert new != old
    portal.put(changed, "text/html", new)
    first_run = len(portal.served())

    result = run_crawl([portal.base + "/"], state, raw)
    assert result.returncode == 0, result.stderr[-3000:]
    second = [e for e in portal.served()[first_run:]]
    by_path = {e.path: e.status for e in second}
    assert by_path[changed] == 200
    assert by_path["/zwgk/xxgkndbg/files/lanshan_2021.pdf"] == 304  # unchanged: nothing sent again
    assert by_path["/zwgk/xxgkndbg/index_1.html"] == 304  # a 304 list page is read from the archive
    assert all("If-None-Match" in e.headers for e in second if e.status == 304)
    unchanged = [p for p in EXPECTED_REPORTS if p not in (changed, "/zwgk/xxgkndbg/t429.html")]
    assert all(by_path[p] == 304 for p in unchanged if not p.startswith("/gate"))

    url = portal.base + changed
    rows = ledger_rows(state, "select version, path from files where url = ? order by version", [url])
    assert [v for v, _ in rows] == [1, 2]
    first, second_path = (raw / p for _, p in rows)
    assert first.read_bytes() == old and second_path.read_bytes() == new
    assert second_path.name == "t20220120_1.v2.html"
    side1 = json.loads(sidecar_of(first).read_text(encoding="utf-8"))
    side2 = json.loads(sidecar_of(second_path).read_text(encoding="utf-8"))
    assert side2["first_seen_at"] == side1["first_seen_at"]  # the URL's first sighting, for timeliness
    assert side2["content_seen_at"] > side1["content_seen_at"]
    outcomes = dict(ledger_rows(state, "select outcome, count(*) from fetches group by 1"))
    assert outcomes["not-modified"] >= 15


def test_daily_cap_defers_and_a_later_run_continues(portal: Portal, tmp_path) -> None:
    state, raw = tmp_path / "state", tmp_path / "raw"
    capped = run_crawl([portal.base + "/zwgk/xxgkndbg/index.html"], state, raw, "--daily-cap", "3")
    assert capped.returncode == 0, capped.stderr[-3000:]
    asked = [e for e in portal.served() if e.path != "/robots.txt"]
    assert len(asked) == 3
    deferred = ledger_rows(state, "select count(*) from fetches where outcome = 'deferred'")[0][0]
    assert deferred >= 1
    # The next day (here: no cap) the deferred requests are sent, each once.
    more = run_crawl([portal.base + "/zwgk/xxgkndbg/index.html"], state, raw, "--daily-cap", "0")
    assert more.returncode == 0
    answered = Counter(e.path for e in portal.served() if e.status == 200 and e.path != "/robots.txt")
    assert answered["/zwgk/xxgkndbg/202201/t20220120_1.html"] == 1
    assert (
        raw / relative_path(portal.base + "/zwgk/xxgkndbg/files/lanshan_2021.pdf", None).as_posix()
    ).exists()


def test_real_portals_get_the_defaults() -> None:
    """Faster than 2 s, or several at once, only for this machine; a real portal needs a contact."""
    real = ["http://www.example.gov.cn/zwgk/"]
    assert "below 2.0 s" in check_politeness(real, 0.5, 1, "me@example.org")
    assert "concurrency" in check_politeness(real, 2.0, 4, "me@example.org")
    assert "contact" in check_politeness(real, 2.0, 1, None)
    assert check_politeness(real, 2.0, 1, "me@example.org") is None
    assert check_politeness(["http://127.0.0.1:8000/"], 0.0, 8, None) is None
    assert "me@example.org" in user_agent("me@example.org")
