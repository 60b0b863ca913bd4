"""How much memory and time one file may take: documents from the web are untrusted.

A zip bomb in a `.docx`, a flate bomb in a PDF or a page that makes a reader loop must cost its own file,
never the machine and every other file of the run. The limits are checked before reading (declared sizes
of a zip's parts, decoded size of a PDF stream, size of a text file) and enforced while reading (a memory
cap on each parser process and a time limit on each file). Each is a setting (environment variable); the
defaults fit real reports with room to spare (the largest real sample is a 53 MB text file).

| setting | default | what |
|---|---|---|
| `NIANBAO_MAX_TEXT_MB` | 200 | a text, page-text, Markdown or HTML file larger than this is refused |
| `NIANBAO_MAX_UNZIPPED_MB` | 500 | a `.docx`'s parts, uncompressed, all together |
| `NIANBAO_MAX_ZIP_RATIO` | 100 | uncompressed ÷ compressed size of any part of more than 1 MB |
| `NIANBAO_MAX_PDF_STREAM_MB` | 200 | one PDF stream (a page's content, an image), decoded |
| `NIANBAO_PARSE_TIMEOUT_S` | 300 | reading and parsing one file |
| `NIANBAO_PARSE_MEMORY_MB` | 4096 | what a parser process may allocate beyond what it holds when it starts |
"""

from __future__ import annotations

import os
import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields

from ingest.parsing.document import ReadError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_text_mb: float = 200
    max_unzipped_mb: float = 500
    max_zip_ratio: float = 100
    max_pdf_stream_mb: float = 200
    parse_timeout_s: float = 300
    parse_memory_mb: float = 4096

    @staticmethod
    def setting(name: str) -> str:
        return "NIANBAO_" + name.upper()


def current() -> Limits:
    """The limits in effect: the defaults, overridden by the environment."""
    values = {}
    for f in fields(Limits):
        raw = os.environ.get(Limits.setting(f.name))
        if raw:
            try:
                values[f.name] = float(raw)
            except ValueError:
                raise ValueError(f"{Limits.setting(f.name)}={raw!r} is not a number") from None
    return Limits(**values)


class LimitExceeded(ReadError):
    """A file over one of the limits: the message names the limit and the setting that raises it."""

    def __init__(self, what: str, name: str, value: float, unit: str) -> None:
        super().__init__(
            f"{what}: over the limit of {value:g} {unit}; the file is not read. If it is a real report, "
            f"raise the limit ({Limits.setting(name)}={value * 4:g}) and run the ingest again"
        )


class ParseTimeout(Exception):
    """Raised inside a parse that ran past its time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop what runs in this thread after `seconds`, with ParseTimeout.

    A signal reaches only the main thread of a process; elsewhere (a worker thread) nothing is timed.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):  # noqa: ARG001
        raise ParseTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extend_time_limit(seconds: float) -> None:
    """Give the running `time_limit` `seconds` more (an OCR'd page: a scan's time grows with its pages)."""
    remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    if remaining > 0 and threading.current_thread() is threading.main_thread():
        signal.setitimer(signal.ITIMER_REAL, remaining + seconds)


def cap_memory(megabytes: float) -> None:
    """Cap this process's address space at what it uses now plus `megabytes` (for a parser process)."""
    with open("/proc/self/status", encoding="ascii") as status:
        used = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    limit = used + int(megabytes * MB)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_init() -> None:
    """Initializer of every parser process: the memory cap of the current limits."""
    cap_memory(current().parse_memory_mb)
