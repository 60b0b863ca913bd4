"""The narrative's share of a parse: CPU time of `extract_claims` over the seed and sample reports.

Issue 29 asks the narrative's cue matching to be one combined pass per sentence; this measures it as the
parse uses it (the documents are read once, outside the timing; the vocabulary is loaded once per process,
as in the parse). CPU time (time.process_time), since the machine is shared and wall time is skewed.

    .venv/bin/python -m bench.narrative_speed [--seconds 2]
"""

from __future__ import annotations

import argparse
import re
import time

from ingest import PROJECT_DIR
from ingest.parsing.narrative import extract_claims
from ingest.parsing.narrative.metrics import load_vocabulary
from ingest.parsing.readers import read_document

CORPUS = PROJECT_DIR / "tests" / "samples" / "corpus" / "reports"
_YEAR = re.compile(r"^(\d{4})_")


def documents() -> list[tuple[str, object, int | None]]:
    """(name, document, report year) of every seed and sample report of the test corpus."""
    out = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in {".txt", ".pdf"}:
            continue
        year = _YEAR.match(path.name)
        out.append((path.name, read_document(path), int(year.group(1)) if year else None))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.narrative_speed", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seconds", type=float, default=2.0, help="repeat until this much CPU time (≥ 2)")
    args = parser.parse_args(argv)
    docs = documents()
    load_vocabulary()
    for _, doc, year in docs:  # warm up: compiled patterns, caches
        extract_claims(doc, year)
    reports = 0
    claims = 0
    start = time.process_time()
    while time.process_time() - start < max(args.seconds, 2.0):
        for _, doc, year in docs:
            claims += len(extract_claims(doc, year))
            reports += 1
    spent = time.process_time() - start
    print(
        f"narrative: {len(docs)} reports ({', '.join(n for n, _, _ in docs)}), {reports} extractions in "
        f"{spent:.2f} s CPU: {reports / spent:.1f} reports/s, {1000 * spent / reports:.2f} ms/report "
        f"({claims // reports if reports else 0} claims per report on average)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
