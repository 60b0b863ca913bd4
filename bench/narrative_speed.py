"""The narrative's share of a parse: CPU time of `extract_claims`, on text seen before and on new text.

Issue 29 asks the narrative's cue matching to be one combined pass per sentence; this measures it as the
parse uses it (the documents are read once, outside the timing; the vocabulary is loaded once per process,
as in the parse). CPU time (time.process_time), since the machine is shared and wall time is skewed.

A figure taken by repeating the same reports rewards anything kept per text (issue 29 tried such caches:
they gained only on repeated text and were reverted), so three are printed:
  - the seed and sample reports, repeated: every text seen before (a cache's best case);
  - generated reports (bench.corpus: the seeds' wording, each report's own names, years and counts), each
    once, as a parser process meets a crawl's reports;
  - the survey's paragraphs (tests/narrative_survey/sentences_*.yaml: written after 1,900 real reports'
    phrasings), each once: prose almost all new (the worst case).

    .venv/bin/python -m bench.narrative_speed [--seconds 2] [--n 300]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import yaml

from ingest import PROJECT_DIR
from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import extract_claims
from ingest.parsing.narrative.metrics import load_vocabulary
from ingest.parsing.readers import read_document

CORPUS = PROJECT_DIR / "tests" / "samples" / "corpus" / "reports"
SURVEY = PROJECT_DIR / "tests" / "narrative_survey"
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


def survey_paragraphs() -> list[tuple[str, object, int | None]]:
    """(address, one-paragraph document, None) of every sentence entry of the survey, in file order."""
    out = []
    for path in sorted(SURVEY.glob("sentences*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            out.append((entry["url"], Document(entry["url"], "text", [Paragraph(entry["text"], 1)]), None))
    return out


def generated(n: int, folder: Path) -> list[tuple[str, object, int | None]]:
    """`n` generated text reports (bench.corpus), read."""
    from bench.corpus import generate

    corpus = generate(folder, n, 0.0, 0.0)
    return [(p.name, read_document(p), int(p.name.split("_")[1])) for p in corpus.files["text"]]


def once_each(docs: list[tuple[str, object, int | None]]) -> tuple[float, int]:
    """CPU seconds of one extraction of each document, in order, and the claims found."""
    claims = 0
    start = time.process_time()
    for _, doc, year in docs:
        claims += len(extract_claims(doc, year))
    return time.process_time() - start, claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.narrative_speed", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seconds", type=float, default=2.0, help="repeat until this much CPU time (≥ 2)")
    parser.add_argument("--n", type=int, default=300, help="generated reports, each read once (300)")
    args = parser.parse_args(argv)
    load_vocabulary()
    with tempfile.TemporaryDirectory(prefix="nianbao-narrative-speed-") as folder:
        new_reports = generated(args.n, Path(folder))  # read before any timing
    paragraphs = survey_paragraphs()
    # Each first: nothing of them seen yet (the warm-up below is of other text: patterns compiled).
    extract_claims(Document("warm-up", "text", [Paragraph("本年度共收到政府信息公开申请1件。", 1)]), None)
    for label, docs in (
        ("generated reports, each once", new_reports),
        ("survey paragraphs, each once", paragraphs),
    ):
        spent, claims = once_each(docs)
        print(
            f"narrative, {label}: {len(docs)} in {spent:.2f} s CPU: {len(docs) / spent:.1f}/s, "
            f"{1000 * spent / len(docs):.2f} ms each ({claims / len(docs):.1f} claims each)"
        )
    docs = documents()
    for _, doc, year in docs:  # warm up: their texts seen
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
        f"narrative, the same reports repeated (text seen before): {len(docs)} reports "
        f"({', '.join(n for n, _, _ in docs)}), {reports} extractions in {spent:.2f} s CPU: "
        f"{reports / spent:.1f} reports/s, {1000 * spent / reports:.2f} ms/report "
        f"({claims // reports if reports else 0} claims per report on average)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
