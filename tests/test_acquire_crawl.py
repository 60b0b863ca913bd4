"""The crawler against the simulated portal on 127.0.0.1 (tests/portal.py): a full crawl, read from the
files it wrote, its ledger, its WARC archive and the server's own log. Nothing leaves this machine."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from portal import EXPECTED_REPORTS, Portal, ledger_rows, run_crawl

from acquire.store import relative_path, sidecar_of
from acquire.warc import read_response


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    portal = Portal().start()
    folder = tmp_path_factory.mktemp("crawl")
    result = run_crawl([portal.base + "/"], folder / "state", folder / "raw")
    yield portal, folder / "state", folder / "raw", result
    portal.stop()


def _stored(portal: Portal, raw: Path, path: str) -> Path:
    return raw / relative_path(portal.base + path, "text/html").as_posix()


def test_every_report_is_stored_with_its_source(crawled) -> None:
    portal, state, raw, result = crawled
    assert result.returncode == 0, result.stderr[-3000:]
    for path in EXPECTED_REPORTS:
        file = _stored(portal, raw, path)
        assert file.read_bytes() == portal.pages[path][1], path  # byte for byte as served (GBK stays GBK)
        sidecar = json.loads(sidecar_of(file).read_text(encoding="utf-8"))
        assert sidecar["first_seen_at"]
        assert sidecar["version"] == 1
        if path.endswith("cookie_hedong.html"):  # found behind /gate, which redirected here
            assert sidecar["source_url"] == portal.base + "/gate?to=/zwgk/xxgkndbg/cookie_hedong.html"
            assert sidecar["final_url"] == portal.base + path
        else:
            assert sidecar["source_url"] == portal.base + path
    # Nothing else: the wrapper page of the PDF, list pages and the notice are not reports.
    stored = {p for p in raw.rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert len(stored) == len(EXPECTED_REPORTS) + 1  # and the .doc attachment beside the PDF
    doc = _stored(portal, raw, "/zwgk/xxgkndbg/files/lanshan_2021_tables.doc")
    assert doc.read_bytes() == portal.pages["/zwgk/xxgkndbg/files/lanshan_2021_tables.doc"][1]


def test_summary_names_each_body(crawled) -> None:
    _, state, _, result = crawled
    summary = json.loads((state / "last_summary.json").read_text(encoding="utf-8"))
    assert summary["stopped"] == "finished"
    assert set(summary["reports_per_body"]) == set(EXPECTED_REPORTS.values())
    assert summary["attachments"] == {"pdf": 1, "docx": 1, "doc": 1}
    # The .doc is kept and listed with what would read it (the fake one fails LibreOffice too, if installed).
    [unread] = summary["not_read_yet"]
    assert unread.endswith(
        "lanshan_2021_tables.doc: LibreOffice (Debian: apt-get install libreoffice-writer) "
        "converts it to .docx"
    )
    assert "济南市钢城区人民政府: 1 file(s)" in result.stdout


def test_robots_disallowed_is_recorded_never_fetched(crawled) -> None:
    portal, state, _, _ = crawled
    assert not portal.served("/private/")
    rows = ledger_rows(
        state, "select url, status from fetches where outcome = 'robots-disallowed' order by url"
    )
    assert rows == [
        (portal.base + "/private/nb/index.html", None),
        (portal.base + "/private/nb/t1.html", None),
    ]


def test_outcomes_of_the_troublesome_pages(crawled) -> None:
    portal, state, _, _ = crawled
    rows = dict(
        ((url.removeprefix(portal.base), status), (outcome, final))
        for url, status, outcome, final in ledger_rows(
            state, "select url, status, outcome, final_url from fetches"
        )
    )
    assert rows[("/zwgk/xxgkndbg/t404.html", 404)][0] == "gone"
    assert rows[("/bmnb/", 301)] == ("moved", portal.base + "/bmnb2/index.html")
    assert rows[("/zwgk/xxgkndbg/slow.html", None)][0] == "timeout"
    assert rows[("/zwgk/xxgkndbg/huge.html", None)][0] == "too-large"
    assert rows[("/zwgk/xxgkndbg/t429.html", 429)][0] == "retry-later"
    assert rows[("/zwgk/xxgkndbg/t429.html", 200)][0] == "ok"
    # The gkmlpt notice is not a report: never requested.
    assert not portal.served("/gkmlpt/content/1/2/")


def test_cookie_set_by_a_redirect_is_sent(crawled) -> None:
    portal, _, _, _ = crawled
    [hit] = portal.served("/zwgk/xxgkndbg/cookie_hedong.html")
    assert hit.status == 200 and "gate=passed" in hit.headers.get("Cookie", "")


def test_retry_after_pauses_the_host(crawled) -> None:
    """After the 429 (Retry-After: 1) the server hears nothing from the crawler for a second."""
    portal, _, _, _ = crawled
    [refused] = portal.served("/zwgk/xxgkndbg/t429.html", 429)
    [again] = portal.served("/zwgk/xxgkndbg/t429.html", 200)
    assert again.start - refused.end >= 1.0
    during = [e for e in portal.served() if refused.end < e.start < refused.end + 1.0]
    assert during == []


def test_warc_record_matches_the_ledger(crawled) -> None:
    portal, state, _, _ = crawled
    url = portal.base + "/zwgk/xxgkndbg/202201/t20220120_1.html"
    [(file, offset, sha, etag)] = ledger_rows(
        state,
        "select warc_file, warc_offset, sha256, etag from fetches where url = ? and outcome = 'ok'",
        [url],
    )
    status, headers, body = read_response(state / "warc" / file, offset)
    assert status == 200
    assert body == portal.pages["/zwgk/xxgkndbg/202201/t20220120_1.html"][1]
    assert hashlib.sha256(body).hexdigest() == sha
    assert {k.lower(): v for k, v in headers}["etag"] == etag


def test_user_agent_and_one_request_at_a_time(crawled) -> None:
    portal, _, _, _ = crawled
    log = sorted(portal.served(), key=lambda e: e.start)
    assert all("nianbao-acquire" in e.headers.get("User-Agent", "") for e in log)
    # One request at a time: each starts after the previous one ended (the slow page aside, which the
    # crawler abandoned at its timeout while the server went on sleeping).
    log = [e for e in log if e.path != "/zwgk/xxgkndbg/slow.html"]
    assert all(b.start >= a.end for a, b in zip(log, log[1:], strict=False))
