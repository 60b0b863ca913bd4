"""From crawl to marts: the simulated portal (tests/portal.py) crawled twice into a raw folder, one report
changed between the crawls, then a whole build. The reports load with their source URLs and first-seen
times; fct_report_versions lists the changed report's two versions and the value that changed;
fct_publication_timeliness holds each report against its deadline by the date it could establish.

Hand-read: 昌乐县人民政府办公室's report prints 2022年1月26日 (a body's report: due 31 January 2022);
莱芜区's report prints no date (a district government's report: due 31 March 2022); 本年新收 from natural
persons in 莱芜区's table is 230, republished here as 231.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import full_build, query
from portal import Portal, report_html, run_crawl

from ingest.pipeline.provenance import sidecar_of

LAIWU = "/zwgk/xxgkndbg/202201/t20220120_1.html"
CHANGLE = "/zwgk/xxgkndbg/t429.html"
SHOUGUANG = "/gkmlpt/content/1/1/post_1.html"
HEDONG = "/zwgk/xxgkndbg/cookie_hedong.html"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("crawl_build")
    portal = Portal().start()
    try:
        # 寿光's office republishes 昌乐's report under its own name, signed 15 days after its deadline.
        late = report_html("2021_changle_office.txt", "utf-8", ("昌乐县", "寿光市"))
        portal.put(
            SHOUGUANG,
            "text/html; charset=utf-8",
            late.replace("2022年1月26日".encode(), "2022年2月15日".encode()),
        )
        raw, state = root / "raw", root / "state"
        assert run_crawl([portal.base + "/"], state, raw / "crawl").returncode == 0
        text = portal.pages[LAIWU][1].decode("gbk")
        cell = text.index(">230<", text.index("本年新收政府信息公开申请数量"))
        portal.put(
            LAIWU, "text/html", (text[:cell] + ">231<" + text[cell + 5 :]).encode("gbk", "xmlcharrefreplace")
        )
        assert run_crawl([portal.base + "/"], state, raw / "crawl").returncode == 0
        # As if the first crawl had run on 20 January 2022: the report was online before its deadline.
        for side in (raw / "crawl").rglob(".t20220120_1*.source.json"):
            data = json.loads(side.read_text(encoding="utf-8"))
            data["first_seen_at"] = "2022-01-20T02:00:00+00:00"
            side.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        db, _ = full_build(root, raw)
        yield portal.base, db, raw
    finally:
        portal.stop()


def test_reports_load_with_source_url_and_first_seen(built) -> None:
    base, db, _ = built
    rows = query(
        db, "select source_url, first_seen_at from raw.reports where source_url like ?", [base + "%"]
    )
    urls = {url for url, _ in rows}
    assert {base + LAIWU, base + CHANGLE, base + SHOUGUANG} <= urls
    # The redirected report keeps the address it was found under.
    assert base + "/gate?to=" + HEDONG in urls
    assert all(seen is not None for _, seen in rows)


def test_changed_report_has_two_versions_with_the_changed_value(built) -> None:
    base, db, raw = built
    rows = query(
        db,
        "select version_no, comparison, changed_value_count, changed_values, source_path "
        "from marts.fct_report_versions where source_url = ? order by version_no",
        [base + LAIWU],
    )
    assert [r[:3] for r in rows] == [(1, "first version", None), (2, "values compared", 1)]
    assert "230 → 231" in rows[1][3]
    assert rows[1][4].endswith("t20220120_1.v2.html")
    # An unchanged report has one version.
    [(count,)] = query(
        db, "select count(*) from marts.fct_report_versions where source_url = ?", [base + CHANGLE]
    )
    assert count == 1


def _timeliness(db, url: str) -> tuple:
    [row] = query(
        db,
        "select deadline, published_on, established_by, timeliness, printed_days_after_deadline "
        "from marts.fct_publication_timeliness where source_url = ? and coalesce(crawl_version, 1) = 1",
        [url],
    )
    return row


def test_timeliness_by_the_date_established(built) -> None:
    base, db, _ = built
    # Online by its deadline (first seen 20 January 2022, China time): on time, whatever it prints.
    assert _timeliness(db, base + LAIWU)[:4] == (dt.date(2022, 3, 31), None, "first_seen", "on_time")
    # First seen long after the deadline (by this crawl): the printed date decides.
    assert _timeliness(db, base + CHANGLE) == (
        dt.date(2022, 1, 31),
        dt.date(2022, 1, 26),
        "printed_date",
        "on_time",
        -5,
    )
    assert _timeliness(db, base + SHOUGUANG) == (
        dt.date(2022, 1, 31),
        dt.date(2022, 2, 15),
        "printed_date",
        "late",
        15,
    )


def test_sidecars_are_not_documents(built) -> None:
    """Ingest reads the sidecars as provenance, never as files of their own."""
    _, db, raw = built
    [(n,)] = query(db, "select count(*) from raw.files where source_path like '%.source.json'")
    assert n == 0
    assert sidecar_of(raw / "crawl" / "x.html").name == ".x.html.source.json"
