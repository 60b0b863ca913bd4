"""PDF text-layer reading: this project's reader (PDFium) against pdfplumber, side by side, one core.

pdfplumber's figure is what a plain pdfplumber pipeline spends on the same file: `extract_tables()` and
`extract_text()` on every page. Ours is `ingest.parsing.readers.pdf.read`, the whole reading into a Document
(tables rebuilt, paragraphs joined). CPU time of this process (`time.process_time`), so that other work on
a shared machine does not count; each file is read `rounds` times and the fastest round is kept.
"""

from __future__ import annotations

import time
from pathlib import Path

import pdfplumber

from ingest import PROJECT_DIR
from ingest.parsing.readers import pdf


def sample_pdfs() -> list[Path]:
    """The real published PDFs of the test corpus (never the user's data/raw)."""
    return sorted((PROJECT_DIR / "tests" / "samples" / "corpus" / "reports").glob("*.pdf"))


def _fastest(action, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def _plumber(data: bytes) -> None:
    import io

    with pdfplumber.open(io.BytesIO(data)) as document:
        for page in document.pages:
            page.extract_tables()
            page.extract_text()


def compare(files: list[Path], rounds: int = 2) -> list[tuple[str, float, float]]:
    """(file, pdfplumber s, ours s) per file, CPU seconds of the fastest round."""
    rows = []
    for path in files:
        data = path.read_bytes()
        ours = _fastest(lambda data=data, path=path: pdf.read(path, data), rounds)
        theirs = _fastest(lambda data=data: _plumber(data), rounds)
        rows.append((path.name, theirs, ours))
    return rows


def report(rows: list[tuple[str, float, float]], title: str) -> None:
    theirs, ours = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"\nPDF text layer, {title}: reports/s on one core (CPU time, fastest of rounds)")
    print(f"  {'file':<34} {'pdfplumber s':>12} {'ours s':>8} {'×':>6}")
    for name, a, b in rows:
        print(f"  {name[:34]:<34} {a:>12.3f} {b:>8.3f} {a / b:>6.1f}")
    print(
        f"  {'all ' + str(len(rows)):<34} {len(rows) / theirs:>10.1f}/s {len(rows) / ours:>6.1f}/s "
        f"{theirs / ours:>6.1f}"
    )


if __name__ == "__main__":
    report(compare(sample_pdfs()), "the real sample PDFs")
