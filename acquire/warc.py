"""Every HTTP exchange as WARC request and response records (warcio, one gzip member per record).

A gzip member per record lets a reader seek straight to one record by the offset the ledger keeps, and
a crawl killed mid-write loses at most the record being written. Files rotate at `max_bytes`.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Scrapy hands over the body de-chunked: a Transfer-Encoding header would make readers de-chunk it again.
_DROPPED = {b"transfer-encoding"}


@dataclass
class Stored:
    file: str  # the name, relative to the WARC folder
    offset: int
    length: int


@dataclass
class WarcArchive:
    folder: Path
    prefix: str
    software: str
    max_bytes: int = 1_000_000_000
    _serial: int = field(default=0, init=False)
    _file: io.BufferedWriter | None = field(default=None, init=False)
    _name: str = field(default="", init=False)

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._name = f"{self.prefix}-{self._serial:05d}.warc.gz"
        self._serial += 1
        self._file = open(self.folder / self._name, "ab")  # noqa: SIM115 - kept open across records
        writer = WARCWriter(self._file, gzip=True)
        writer.write_record(
            writer.create_warcinfo_record(self._name, {"software": self.software, "format": "WARC/1.1"})
        )
        self._file.flush()

    def write(
        self,
        url: str,
        method: str,
        request_headers: list[tuple[bytes, bytes]],
        request_body: bytes,
        status: int,
        response_headers: list[tuple[bytes, bytes]],
        body: bytes,
        ip_address: str | None = None,
    ) -> Stored:
        """Write the request and the response; return where the response record is."""
        if self._file is None or self._file.tell() > self.max_bytes:
            if self._file is not None:
                self._file.close()
            self._open()
        assert self._file is not None
        writer = WARCWriter(self._file, gzip=True)
        date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = StatusAndHeaders(
            f"{method} {target} HTTP/1.1", _text(request_headers), protocol="", is_http_request=True
        )
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        resp_headers = StatusAndHeaders(f"{status} {reason}", _text(response_headers), protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": date}
        if ip_address:
            warc_headers["WARC-IP-Address"] = ip_address
        response = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=resp_headers,
            warc_headers_dict=dict(warc_headers),
        )
        request = writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(request_body),
            length=len(request_body),
            http_headers=req_headers,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        offset = self._file.tell()
        writer.write_record(response)
        length = self._file.tell() - offset
        writer.write_record(request)
        self._file.flush()  # a killed process loses nothing written (the OS has it)
        return Stored(self._name, offset, length)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _text(headers: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers if k.lower() not in _DROPPED]


def read_response(path: Path, offset: int) -> tuple[int, list[tuple[str, str]], bytes]:
    """The archived response at `offset`: status, headers and the payload as it was sent (still encoded)."""
    with open(path, "rb") as f:
        f.seek(offset)
        record = next(iter(ArchiveIterator(f)))
        status = int(record.http_headers.get_statuscode())
        headers = list(record.http_headers.headers)
        return status, headers, record.raw_stream.read()
