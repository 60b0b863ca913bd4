"""Report files under data/raw/crawl/<host>/<path>, each with a hidden sidecar naming its source.

Ingest reads every file under data/raw and skips names starting with a dot, so the sidecar
`.<name>.source.json` travels with its file without being read as a document. A URL whose bytes changed
keeps every version: the first at the URL's own path, later ones beside it as `<stem>.v<N><ext>`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from scrapy.crawler import Crawler

from acquire.state import CrawlState
from ingest.pipeline.provenance import sidecar_of  # the sidecar's name: one definition, ingest's

# Formats kept in the archive that ingest cannot read yet, and what would read them.
UNREAD = {
    ".doc": "LibreOffice (Debian: apt-get install libreoffice-writer) converts it to .docx",
    ".wps": "LibreOffice (Debian: apt-get install libreoffice-writer) converts it to .docx",
    ".ofd": "an OFD reader (none packaged for Debian or PyPI is used here yet)",
    ".xls": "a spreadsheet reader (not part of ingest yet)",
    ".xlsx": "a spreadsheet reader (not part of ingest yet)",
    ".et": "a spreadsheet reader (not part of ingest yet)",
    ".zip": "unpacking (not done automatically)",
    ".rar": "unpacking (not done automatically)",
}
_UNSAFE = re.compile(r"[^\w.\-\u4e00-\u9fff]+")


def relative_path(url: str, content_type: str | None) -> PurePosixPath:
    """Where a URL's file goes: host, then the path's parts (a query hashed into the name)."""
    parts = urlsplit(url)
    host = (parts.hostname or "unknown") + (f"_{parts.port}" if parts.port else "")
    segments = [s for s in unquote(parts.path).split("/") if s not in ("", ".", "..")]
    name = segments.pop() if segments and not parts.path.endswith("/") else "index"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    query_name = _query_filename(parts.query)
    if query_name:  # download.jsp?filename=report.pdf: the file's own name
        stem, _, ext = query_name.rpartition(".")
    elif parts.query:
        stem += "_" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    if not ext:
        ext = "html" if "html" in (content_type or "") else "bin"
    safe = [_UNSAFE.sub("_", s)[:80] for s in [host, *segments]]
    return PurePosixPath(*safe, f"{_UNSAFE.sub('_', stem)[:80]}.{ext.lower()}")


def _query_filename(query: str) -> str | None:
    for key, value in (p.partition("=")[::2] for p in query.split("&")):
        if key.lower() in ("filename", "file", "name") and "." in value:
            return PurePosixPath(unquote(value)).name
    return None


class ReportStore:
    """Item pipeline: writes report pages and attachments; records them in the ledger's `files`."""

    def __init__(self, crawler: Crawler):
        self.state = CrawlState.of(crawler)
        self.convert = crawler.settings.getbool("NIANBAO_CONVERT_WITH_LIBREOFFICE", True)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReportStore:
        return cls(crawler)

    def process_item(self, item: dict) -> dict:
        ledger = self.state.ledger
        url, sha = item["url"], item["sha256"]
        existing = ledger.stored_file(url, sha)
        if existing and (self.state.out_dir / existing).exists():
            item["path"], item["new"] = existing, False
            return item
        # Placed by where the bytes came from (a redirect's target); the sidecar names the address found.
        rel = (
            PurePosixPath(existing)
            if existing
            else relative_path(item.get("final_url") or url, item.get("content_type"))
        )
        version = ledger.versions(url) + (0 if existing else 1)
        if version > 1 and not existing:
            rel = rel.with_name(f"{rel.stem}.v{version}{rel.suffix}")
        path = self.state.out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(item["body"])
        now = dt.datetime.now(dt.UTC)
        first_seen = item["first_seen_at"] or now
        content_seen = item["fetched_at"] or now
        sidecar = {
            "source_url": url,
            "final_url": item.get("final_url"),
            "first_seen_at": first_seen.isoformat(),
            "content_seen_at": content_seen.isoformat(),
            "version": version,
            "sha256": sha,
            "title": item.get("title"),
            "referer": item.get("referer"),
            "warc_file": item.get("warc_file"),
            "warc_offset": item.get("warc_offset"),
            "crawl_id": self.state.crawl_id,
        }
        sidecar_of(path).write_text(json.dumps(sidecar, ensure_ascii=False, indent=1), encoding="utf-8")
        if not existing:
            ledger.add_file(url, sha, rel.as_posix(), version, first_seen, content_seen)
        item["path"], item["new"] = rel.as_posix(), True
        suffix = path.suffix.lower()
        if suffix in UNREAD:
            converted = convert_with_libreoffice(path) if self.convert else None
            if converted is None:
                self.state.unread.append(f"{rel.as_posix()}: {UNREAD[suffix]}")
            else:
                sidecar_of(converted).write_text(
                    json.dumps({**sidecar, "converted_from": path.name}, ensure_ascii=False, indent=1),
                    encoding="utf-8",
                )
        return item


def convert_with_libreoffice(path: Path, timeout: float = 120) -> Path | None:
    """`.doc` / `.wps` to `.docx` beside it with LibreOffice, if installed; None when it is not (or fails).

    The original stays (ingest reads the .docx; the archive keeps what was published). Converting is
    local work on a file already fetched: it never touches the portal.
    """
    if path.suffix.lower() not in (".doc", ".wps"):
        return None
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run(
                [
                    office,
                    "--headless",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to",
                    "docx",
                    "--outdir",
                    tmp,
                    str(path),
                ],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        except (subprocess.SubprocessError, OSError):
            return None
        made = Path(tmp) / (path.stem + ".docx")
        if not made.exists():
            return None
        target = path.with_name(path.stem + path.suffix.lower().replace(".", "_") + ".docx")
        shutil.move(made, target)
        return target
