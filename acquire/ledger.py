"""The fetch ledger: one DuckDB row per HTTP exchange (or per request that was never sent, and why).

A researcher cites a report by its URL, the time it was fetched and the WARC record that holds the bytes; a
re-crawl asks the ledger what it already has (ETag, Last-Modified, digest) so that an unchanged page costs
the portal a 304 and nothing else. Rows are only ever added: the ledger is the crawl's history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

# What each outcome means is in the README ("What the ledger's outcomes mean").
OUTCOMES = (
    "ok",  # 2xx: the bytes are in the WARC file
    "not-modified",  # 304 to a conditional GET: the archived copy is still current
    "moved",  # 3xx: final_url says where to
    "gone",  # 404 / 410
    "blocked",  # 401 / 403 / 451, or 429 / 503 still refused after every Retry-After
    "retry-later",  # 429 / 503 with a Retry-After the crawler waits for, then asks again
    "robots-disallowed",  # robots.txt forbids it: never requested
    "deferred",  # the host's daily page cap was reached: requested on a later run
    "interrupted",  # queued when the crawl stopped: requested again on the next run
    "timeout",
    "too-large",  # larger than DOWNLOAD_MAXSIZE: cancelled
    "error",  # any other HTTP status or network failure
)

_SCHEMA = """
create sequence if not exists fetch_seq;
create table if not exists fetches (
    fetch_id bigint primary key default nextval('fetch_seq'),
    crawl_id varchar not null,
    url varchar not null,            -- the URL as discovered (before redirects)
    final_url varchar,               -- where this exchange landed (a 3xx: its Location)
    host varchar not null,
    method varchar not null,
    request_body varchar,            -- a POST's form, so that a deferred request can be sent again
    kind varchar,                    -- the spider's callback: entry, column, list, report, attachment, ...
    status integer,
    outcome varchar not null,
    sha256 varchar,                  -- of the payload after Content-Encoding is undone
    bytes bigint,
    content_type varchar,
    warc_file varchar,
    warc_offset bigint,
    warc_length bigint,
    etag varchar,
    last_modified varchar,
    first_seen_at timestamptz,       -- the first time this URL answered 2xx
    fetched_at timestamptz not null,
    title varchar,                   -- the link text it was found under
    note varchar
);
create index if not exists fetches_url on fetches (url);
create table if not exists files (
    url varchar not null,
    sha256 varchar not null,
    path varchar not null,           -- relative to the output folder (data/raw/crawl)
    version integer not null,        -- 1 for the first bytes seen at this URL, 2 for the next, ...
    first_seen_at timestamptz not null,
    content_seen_at timestamptz not null,
    primary key (url, sha256)
);
"""


@dataclass
class Fetch:
    crawl_id: str
    url: str
    host: str
    method: str
    outcome: str
    fetched_at: dt.datetime
    final_url: str | None = None
    request_body: str | None = None
    kind: str | None = None
    status: int | None = None
    sha256: str | None = None
    bytes: int | None = None
    content_type: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    first_seen_at: dt.datetime | None = None
    title: str | None = None
    note: str | None = None


@dataclass
class Previous:
    """The last 2xx at a URL: what a conditional GET sends and where its bytes are."""

    sha256: str
    warc_file: str
    warc_offset: int
    etag: str | None
    last_modified: str | None
    first_seen_at: dt.datetime


@dataclass
class Ledger:
    path: Path
    con: duckdb.DuckDBPyConnection = field(init=False)

    def __post_init__(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path))
        self.con.execute(_SCHEMA)

    def close(self) -> None:
        self.con.close()

    def record(self, fetch: Fetch) -> None:
        row = asdict(fetch)
        assert fetch.outcome in OUTCOMES, fetch.outcome
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.con.execute(f"insert into fetches ({names}) values ({marks})", list(row.values()))

    def previous(self, url: str) -> Previous | None:
        found = self.con.execute(
            """select sha256, warc_file, warc_offset, etag, last_modified, first_seen_at from fetches
               where url = ? and outcome = 'ok' and warc_file is not null
               order by fetched_at desc, fetch_id desc limit 1""",
            [url],
        ).fetchone()
        return Previous(*found) if found else None

    def first_seen(self, url: str) -> dt.datetime | None:
        found = self.con.execute(
            "select min(fetched_at) from fetches where url = ? and outcome = 'ok'", [url]
        ).fetchone()
        return found[0] if found else None

    def sent_today(self, host: str, today: dt.date) -> int:
        """Requests this host answered (or failed) today: what its daily cap counts."""
        return self.con.execute(
            """select count(*) from fetches where host = ? and cast(fetched_at as date) = ?
               and status is not null and url not like '%/robots.txt'""",
            [host, today],
        ).fetchone()[0]

    def unfinished(self) -> list[tuple[str, str, str | None, str | None, str | None]]:
        """URLs whose latest row says deferred or interrupted: (url, method, body, kind, title)."""
        return self.con.execute(
            """select url, method, request_body, kind, title from (
                 select *, row_number() over (partition by url, method, coalesce(request_body, '')
                                               order by fetched_at desc, fetch_id desc) as n
                 from fetches) where n = 1 and outcome in ('deferred', 'interrupted')
               order by fetch_id"""
        ).fetchall()

    def stored_file(self, url: str, sha256: str) -> str | None:
        found = self.con.execute(
            "select path from files where url = ? and sha256 = ?", [url, sha256]
        ).fetchone()
        return found[0] if found else None

    def versions(self, url: str) -> int:
        return self.con.execute("select count(*) from files where url = ?", [url]).fetchone()[0]

    def add_file(
        self,
        url: str,
        sha256: str,
        path: str,
        version: int,
        first_seen: dt.datetime,
        content_seen: dt.datetime,
    ) -> None:
        self.con.execute(
            "insert into files values (?, ?, ?, ?, ?, ?)",
            [url, sha256, path, version, first_seen, content_seen],
        )

    def outcomes(self, crawl_id: str) -> dict[str, int]:
        return dict(
            self.con.execute(
                "select outcome, count(*) from fetches where crawl_id = ? group by 1 order by 2 desc",
                [crawl_id],
            ).fetchall()
        )
