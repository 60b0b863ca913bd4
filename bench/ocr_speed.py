"""`make bench-ocr`: the scan set read by OCR: exact / left out / wrong, and seconds per page.

Scans are made from the real sample PDFs and the fixture PDFs (tests/scans/make_scans.py: 150-200 dpi,
tilted up to 1°, noise, JPEG) and saved as image-only PDFs; each is parsed with OCR switched on. The
expected values are the originals' (their text layers' values, which tests/test_pdf_samples.py and
tests/test_formats.py check against values read by hand). A value counts as:

- exact: loaded (it would reach the marts) and equal to the original's;
- left out: missing (unconfirmed, or unread), and so named in the report's warnings;
- wrong: loaded and different from the original's: must be 0.

    .venv/bin/python -m bench.ocr_speed [--only huaian] [--pages 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.pdf_speed import sample_pdfs
from ingest import PROJECT_DIR


def _scan_set(only: str | None) -> list[tuple[str, bytes, float, int]]:
    """(name, original PDF, tilt, dpi) of every scan to make."""
    from fixtures.make_pdf import SEEDS, make_pdf

    originals = [(p.name, p.read_bytes()) for p in sample_pdfs()]
    originals += [(s.replace(".txt", ".pdf"), make_pdf(s)) for s in SEEDS]
    tilts, dpis = (0.7, -1.0, 0.4, -0.3), (150, 200, 175, 150)
    out = []
    for k, (name, data) in enumerate(originals):
        if only is None or only in name:
            out.append((name, data, tilts[k % len(tilts)], dpis[k % len(dpis)]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only scans whose name contains this")
    args = parser.parse_args(argv)
    os.environ["NIANBAO_OCR"] = "1"
    sys.path.insert(0, str(PROJECT_DIR / "tests"))  # the scans are made as the tests make them
    import pypdfium2 as pdfium
    from scans.make_scans import image_pdf, scan

    from ingest.parsing.parse import parse_file

    totals = {"exact": 0, "left out": 0, "wrong": 0, "pages": 0, "seconds": 0.0}
    print(
        f"  {'scan':<30} {'pages':>5} {'values':>6} {'exact':>6} {'left out':>8} {'wrong':>6} {'s/page':>7}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, data, tilt, dpi in _scan_set(args.only):
            original_path = Path(folder) / name
            original_path.write_bytes(data)
            expected = parse_file(name, original_path).report
            assert expected is not None, name
            pages = len(pdfium.PdfDocument(data))
            scanned = Path(folder) / f"scan_{name}"
            scanned.write_bytes(image_pdf([scan(data, i, dpi, tilt, seed=i) for i in range(pages)], dpi))
            started = time.process_time()
            got = parse_file(scanned.name, scanned).report
            seconds = time.process_time() - started
            read = {v.cell: v.value for v in got.values} if got is not None else {}
            counts = {"exact": 0, "left out": 0, "wrong": 0}
            wrong = []
            for v in expected.values:
                if v.value is None:
                    continue
                value = read.get(v.cell)
                kind = "left out" if value is None else "exact" if value == v.value else "wrong"
                counts[kind] += 1
                if kind == "wrong":
                    wrong.append(f"{v.cell}: {value} for {v.value}")
            for key in counts:
                totals[key] += counts[key]
            totals["pages"] += pages
            totals["seconds"] += seconds
            n = sum(counts.values())
            print(
                f"  {name:<30} {pages:>5} {n:>6} {counts['exact']:>6} {counts['left out']:>8} "
                f"{counts['wrong']:>6} {seconds / pages:>7.1f}"
            )
            for line in wrong:
                print(f"    WRONG {line}")
    n = totals["exact"] + totals["left out"] + totals["wrong"]
    print(
        f"  {'all':<30} {totals['pages']:>5} {n:>6} {totals['exact']:>6} {totals['left out']:>8} "
        f"{totals['wrong']:>6} {totals['seconds'] / max(1, totals['pages']):>7.1f}"
    )
    print(f"\nexact {totals['exact'] / max(1, n):.1%}, CPU seconds per page on one core")
    return 1 if totals["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
