"""`make bench-parse`: reports parsed per CPU second on one core, per format, with and without the narrative.

The same work as `make bench`'s parse figures (`parse_file` on generated reports, bench.corpus), alone and
measured in CPU time (`time.process_time`), because the machine is shared and wall time says more about
the neighbours than about the parser. Each format is measured twice: as built, and with the narrative's
claim extraction switched off (so its share is known apart from the tables'). Every parsed report is
checked against the numbers the generator wrote (else the figure would be the speed of a failure).

    .venv/bin/python -m bench.parse_speed --n 300 [--html 100] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

from bench.corpus import Corpus, generate


@contextlib.contextmanager
def narrative_off() -> Iterator[None]:
    """parse_file with no narrative: the claims and unread sentences are not extracted (empty tables)."""
    from ingest.parsing import narrative, parse

    stub = SimpleNamespace(
        claims=SimpleNamespace(extract_claims=lambda *args, **kwargs: []),
        claim_records=lambda *args, **kwargs: [],
        unread_records=lambda *args, **kwargs: [],
        CLAIMS_TABLE=narrative.CLAIMS_TABLE,
        UNREAD_TABLE=narrative.UNREAD_TABLE,
    )
    saved = parse.narrative
    parse.narrative = stub
    try:
        yield
    finally:
        parse.narrative = saved


def rate(files: list[Path], corpus: Corpus, profile: cProfile.Profile | None = None) -> float:
    """Reports per CPU second of parse_file over `files` (after one warm-up parse, as in a worker)."""
    from ingest.parsing.parse import parse_file

    parse_file(files[0].name, files[0])  # imports and first-use caches, as in a long-running worker
    started = time.process_time()
    if profile is not None:
        profile.enable()
    results = [parse_file(path.name, path) for path in files]
    if profile is not None:
        profile.disable()
    seconds = time.process_time() - started
    for path, result in zip(files, results, strict=True):
        corpus.check_read_back(path, result)
    return len(files) / max(seconds, 1e-9)


def _top(profile: cProfile.Profile, count: int) -> str:
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("cumulative").print_stats(count)
    cumulative = out.getvalue()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(count)
    return cumulative + out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parse_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="text reports to generate and parse (300)")
    parser.add_argument("--html", type=int, default=None, help="HTML reports (default: a third of --n)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="a cProfile top-20 per format, with and without the narrative (the figures are then slower)",
    )
    args = parser.parse_args(argv)
    n_html = args.n // 3 if args.html is None else args.html

    with tempfile.TemporaryDirectory(prefix="nianbao-parse-speed-") as folder:
        started = time.perf_counter()
        text = generate(Path(folder) / "text", args.n, 0.0, 0.0)
        html = generate(Path(folder) / "html", n_html, 1.0, 0.0, start=args.n)
        print(
            f"bench: {args.n} text and {n_html} HTML reports generated in "
            f"{time.perf_counter() - started:.0f}s",
            file=sys.stderr,
        )
        rows, profiles = [], []
        for fmt, corpus in (("text", text), ("html", html)):
            files = corpus.files[fmt]
            if not files:
                continue
            profile = cProfile.Profile() if args.profile else None
            bare_profile = cProfile.Profile() if args.profile else None
            full = rate(files, corpus, profile)
            with narrative_off():
                bare = rate(files, corpus, bare_profile)
            rows.append((fmt, len(files), full, bare))
            if profile is not None:
                profiles.append((f"{fmt} (with the narrative)", profile))
                profiles.append((f"{fmt} (no narrative)", bare_profile))

    print("\nparse_file on one core, CPU time (time.process_time), reports per CPU second:")
    print(f"  {'format':<6} {'files':>6} {'reports/s':>10} {'no narrative':>13} {'narrative share':>16}")
    for fmt, files, full, bare in rows:
        share = 1 - full / bare if bare else 0.0
        print(f"  {fmt:<6} {files:>6} {full:>10.1f} {bare:>13.1f} {share:>15.0%}")
    for label, profile in profiles:
        print(f"\n===== profile: {label} =====")
        print(_top(profile, 20))
    return 0


if __name__ == "__main__":
    sys.exit(main())
