"""The fetch ledger: one DuckDB row per HTTP exchange (or per request that was never sent, and why).

A researcher cites a report by its URL, the time it was fetched and the WARC record that holds the bytes; a
re-crawl asks the ledger what it already has (ETag, Last-Modified, digest) so that an unchanged page costs
the portal a 304 and nothing else. Rows are only ever added: the ledger is the crawl's history.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import duckdb
import pyarrow as pa

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


_INTS = {"status", "bytes", "warc_offset", "warc_length"}


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


# The fetches table's columns as Arrow types, for writing buffered rows in one statement.
_TIME = pa.timestamp("us", tz="UTC")
_ARROW = pa.schema(
    [
        (f.name, _TIME if f.name.endswith("_at") else pa.int64() if f.name in _INTS else pa.string())
        for f in fields(Fetch)
    ]
)


@dataclass
class Ledger:
    """The ledger on disk, with what a crawl asks of it per request kept in memory (loaded once at
    start): a point query per request cost DuckDB ~10 ms and grows with the ledger.

    Rows are written in batches (every FLUSH_ROWS rows or FLUSH_SECONDS, and on close): a crawl killed
    hard loses at most that much of the ledger, never of the WARC archive (flushed per record); it then
    asks again unconditionally for the few pages whose rows were lost, and rewrites their files with the
    same bytes (a later first-seen time in their sidecars).
    """

    path: Path
    con: duckdb.DuckDBPyConnection = field(init=False)
    _previous: dict[str, Previous] = field(init=False, default_factory=dict)
    _first_seen: dict[str, dt.datetime] = field(init=False, default_factory=dict)
    _files: dict[tuple[str, str], str] = field(init=False, default_factory=dict)
    _versions: dict[str, int] = field(init=False, default_factory=dict)
    _rows: list[dict] = field(init=False, default_factory=list)
    _file_rows: list[list] = field(init=False, default_factory=list)
    _flushed: float = field(init=False, default=0.0)

    FLUSH_ROWS = 200
    FLUSH_SECONDS = 2.0

    def __post_init__(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path))
        self.con.execute(_SCHEMA)
        latest = self.con.execute(
            """select url, sha256, warc_file, warc_offset, etag, last_modified, first_seen_at from (
                 select *, row_number() over (partition by url order by fetched_at desc, fetch_id desc) as n
                 from fetches where outcome = 'ok' and warc_file is not null) where n = 1"""
        ).fetchall()
        self._previous = {url: Previous(*rest) for url, *rest in latest}
        self._first_seen = dict(
            self.con.execute(
                "select url, min(fetched_at) from fetches where outcome = 'ok' group by url"
            ).fetchall()
        )
        for url, sha, path in self.con.execute("select url, sha256, path from files").fetchall():
            self._files[(url, sha)] = path
            self._versions[url] = self._versions.get(url, 0) + 1
        self._flushed = time.monotonic()

    def flush(self) -> None:
        if self._rows:
            batch = pa.Table.from_pylist(self._rows, schema=_ARROW)
            self.con.register("ledger_batch", batch)
            try:
                self.con.execute("insert into fetches by name select * from ledger_batch")
            finally:
                self.con.unregister("ledger_batch")
            self._rows = []
        if self._file_rows:
            self.con.executemany("insert into files values (?, ?, ?, ?, ?, ?)", self._file_rows)
            self._file_rows = []
        self._flushed = time.monotonic()

    def close(self) -> None:
        self.flush()
        self.con.close()

    def record(self, fetch: Fetch) -> None:
        assert fetch.outcome in OUTCOMES, fetch.outcome
        self._rows.append(asdict(fetch))
        if fetch.outcome == "ok":
            self._first_seen.setdefault(fetch.url, fetch.fetched_at)
            if fetch.warc_file is not None and fetch.sha256 is not None:
                self._previous[fetch.url] = Previous(
                    fetch.sha256, fetch.warc_file, fetch.warc_offset or 0, fetch.etag, fetch.last_modified,
                    fetch.first_seen_at or fetch.fetched_at,
                )  # fmt: skip
        if len(self._rows) >= self.FLUSH_ROWS or time.monotonic() - self._flushed > self.FLUSH_SECONDS:
            self.flush()

    def previous(self, url: str) -> Previous | None:
        return self._previous.get(url)

    def first_seen(self, url: str) -> dt.datetime | None:
        return self._first_seen.get(url)

    def sent_today(self, host: str, today: dt.date) -> int:
        """Requests this host answered (or failed) today: what its daily cap counts."""
        self.flush()
        return self.con.execute(
            """select count(*) from fetches where host = ? and cast(fetched_at as date) = ?
               and status is not null and url not like '%/robots.txt'""",
            [host, today],
        ).fetchall()[0][0]

    def unfinished(self) -> list[tuple[str, str, str | None, str | None, str | None]]:
        """URLs whose latest row says deferred or interrupted: (url, method, body, kind, title)."""
        self.flush()
        return self.con.execute(
            """select url, method, request_body, kind, title from (
                 select *, row_number() over (partition by url, method, coalesce(request_body, '')
                                               order by fetched_at desc, fetch_id desc) as n
                 from fetches) where n = 1 and outcome in ('deferred', 'interrupted')
               order by fetch_id"""
        ).fetchall()

    def stored_file(self, url: str, sha256: str) -> str | None:
        return self._files.get((url, sha256))

    def versions(self, url: str) -> int:
        return self._versions.get(url, 0)

    def add_file(self, url: str, sha256: str, path: str, version: int, first_seen: dt.datetime,
                 content_seen: dt.datetime) -> None:  # fmt: skip
        self._file_rows.append([url, sha256, path, version, first_seen, content_seen])
        self._files[(url, sha256)] = path
        self._versions[url] = self._versions.get(url, 0) + 1
