"""Reports per second for each input format on this machine: reading and parsing, as `parse_file` does.

The four seed reports are written N times in each format (text as in data/raw; HTML, Word and PDF by the
test generators in tests/fixtures), plus N copies of the three published PDFs in data/raw/reports, into
a temporary folder; each file is then read and parsed from disk, and the time per format is reported.
Loading into DuckDB is not included (it is the same for every format).

    .venv/bin/python scripts/benchmark_readers.py [--copies 10] [--jobs 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _makers() -> dict[str, tuple[str, list[tuple[str, Callable[[], bytes]]]]]:
    """Format -> (file extension, [(source name, bytes maker)])."""
    sys.path[:0] = [str(PROJECT), str(PROJECT / "tests")]
    from fixtures.make_docx import make_docx
    from fixtures.make_html import make_html
    from fixtures.make_pdf import make_pdf

    seeds = ["2021_laiwu.txt", "2021_lanshan.txt", "2021_luozhuang.txt", "2021_changle_office.txt"]
    reports = PROJECT / "data" / "raw" / "reports"
    samples = sorted(reports.glob("*.pdf"))
    return {
        "text": ("txt", [(n, lambda n=n: (reports / n).read_bytes()) for n in seeds]),
        "html": ("html", [(n, lambda n=n: make_html(n)) for n in seeds]),
        "docx": ("docx", [(n, lambda n=n: make_docx(n)) for n in seeds]),
        "pdf (generated)": ("pdf", [(n, lambda n=n: make_pdf(n)) for n in seeds]),
        "pdf (published)": ("pdf", [(p.name, lambda p=p: p.read_bytes()) for p in samples]),
    }


def _parse(name: str, path: Path) -> bool:
    from ingest.parsing.parse import parse_file

    return parse_file(name, path).report is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of each source report (default 10)")
    parser.add_argument("--jobs", type=int, default=1, help="parser processes (default 1)")
    args = parser.parse_args(argv)
    makers = _makers()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, (ext, sources) in makers.items():
            folder = Path(tmp) / fmt.replace(" ", "_").strip("()")
            folder.mkdir()
            files = []
            for name, make in sources:
                data = make()
                for i in range(args.copies):
                    path = folder / f"{i:04d}_{Path(name).stem}.{ext}"
                    path.write_bytes(data)
                    files.append(path)
            size = sum(p.stat().st_size for p in files)
            started = time.perf_counter()
            if args.jobs > 1:
                with ProcessPoolExecutor(max_workers=args.jobs) as pool:
                    parsed = list(pool.map(_parse, [p.name for p in files], files, chunksize=4))
            else:
                parsed = [_parse(p.name, p) for p in files]
            seconds = time.perf_counter() - started
            if not all(parsed):
                print(f"{fmt}: {parsed.count(False)} files were not parsed as reports", file=sys.stderr)
                return 1
            rows.append((fmt, len(files), size / len(files) / 1024, seconds, len(files) / seconds))
    print(f"read + parse, {args.jobs} process(es), {args.copies} copies of each source report\n")
    print(f"{'format':<16} {'reports':>8} {'KiB each':>9} {'seconds':>8} {'reports/s':>10} {'ms/report':>10}")
    for fmt, count, kib, seconds, rate in rows:
        print(f"{fmt:<16} {count:>8} {kib:>9.0f} {seconds:>8.2f} {rate:>10.1f} {1000 / rate:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
