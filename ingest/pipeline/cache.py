"""The parse cache: Parquet parts holding parsed files (`ingest.pipeline.entries`), under any fsspec URL.

Layout: `<root>/<parser fingerprint>/<checksum>.parquet`. A part holds the entries of a batch of files
(one row each, keyed by the file's sha256), since Parquet's cost is per file and per column: a part per
source file would cost more to write than a fast parse. The part's name is the sha256 of its bytes
(32 hex digits), so a damaged part is found by hashing it; a cache of another fingerprint is another
folder and never read. The cache is only added to: a part is written once and never changed.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
from dataclasses import dataclass, field

import duckdb
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from ingest.pipeline import duckdb_limits
from ingest.pipeline.paths import BUILD_DIR

DEFAULT_ROOT = str(BUILD_DIR / "parsed")
PART = re.compile(r"(?:^|/)([0-9a-f]{32})\.parquet$")


@dataclass
class Index:
    """Which part holds each file's entry, and the parts that could not be read."""

    parts: dict[str, str] = field(default_factory=dict)  # source sha256 -> part path
    unreadable: dict[str, str] = field(default_factory=dict)  # part path -> why


class ParseCache:
    def __init__(self, root: str, fingerprint: str) -> None:
        self.fs, base = fsspec.core.url_to_fs(root)
        self.local = isinstance(self.fs, LocalFileSystem)
        self.root = base if self.local else root  # a local folder as an absolute path, as workers need it
        self.folder = f"{base.rstrip('/')}/{fingerprint}"

    def url(self, path: str) -> str:
        """How DuckDB names a part: a local path, or the URL of a file system registered with it."""
        return path if self.local else self.fs.unstrip_protocol(path)

    def attach(self, con: duckdb.DuckDBPyConnection) -> None:
        """Let DuckDB read this cache's parts (an fsspec file system other than the local one)."""
        if not self.local:
            con.register_filesystem(self.fs)

    def list_parts(self) -> list[str]:
        if not self.fs.exists(self.folder):
            return []
        return sorted(p for p in self.fs.find(self.folder) if PART.search(p))

    def store(self, table: pa.Table) -> str:
        """Write `table` (entries) as a new part; return its path."""
        buffer = io.BytesIO()
        pq.write_table(table, buffer, use_dictionary=False, write_statistics=False, store_schema=False)
        data = buffer.getvalue()
        path = f"{self.folder}/{hashlib.sha256(data).hexdigest()[:32]}.parquet"
        self.fs.makedirs(self.folder, exist_ok=True)
        if self.local:  # written whole under a temporary name, then renamed: a reader never sees half a part
            temporary = f"{self.folder}/.{uuid.uuid4().hex}.tmp"
            self.fs.pipe_file(temporary, data)
            self.fs.mv(temporary, path)
        else:  # an object store's put is whole or nothing
            self.fs.pipe_file(path, data)
        return path

    def _reader(self) -> duckdb.DuckDBPyConnection:
        """A connection of its own: a broken part's error must not abort the warehouse's transaction."""
        con = duckdb_limits.connect()
        self.attach(con)
        return con

    def index(self) -> Index:
        """Every part's files, read from their sha256 column (one query; part by part if one is broken)."""
        with self._reader() as con:
            return self._index(con)

    def _index(self, con: duckdb.DuckDBPyConnection) -> Index:
        index = Index()
        parts = self.list_parts()
        if not parts:
            return index
        by_url = {self.url(p): p for p in parts}
        try:
            rows = con.execute(
                "select sha256, filename from read_parquet(?, filename = true)", [list(by_url)]
            ).fetchall()
        except duckdb.Error:
            rows = []
            for url, part in by_url.items():
                try:
                    rows += con.execute(
                        "select sha256, filename from read_parquet(?, filename = true)", [url]
                    ).fetchall()
                except duckdb.Error as exc:
                    index.unreadable[part] = str(exc).splitlines()[0]
        for sha, url in rows:
            index.parts.setdefault(sha, by_url[url])
        return index

    def damaged(self, parts: list[str]) -> list[str]:
        """The parts among `parts` whose bytes no longer match the checksum in their name."""
        if not parts:
            return []
        by_url = {self.url(p): p for p in parts}
        with self._reader() as con:
            rows = con.execute(
                "select filename, sha256(content) from read_blob(?)", [list(by_url)]
            ).fetchall()
        return sorted(by_url[url] for url, digest in rows if digest[:32] != PART.search(url).group(1))

    def remove(self, part: str) -> None:
        self.fs.rm_file(part)
