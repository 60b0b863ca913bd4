"""`make bench N=1000`: how the build scales, measured on this machine with N synthetic reports.

Generates N synthetic reports (bench.corpus: the seed layout with new numbers that keep every identity,
a share rendered as HTML pages and PDFs) into a scratch folder (default build/bench/), then:

1. parses a sample of each format in this process (one core, CPU time): reports/s, and parse time as a
   multiple of reading and hashing the same bytes; reads the real sample PDFs and a few generated ones with
   our reader and with pdfplumber's extract_tables + extract_text, side by side (bench.pdf_speed);
2. runs a full build there (`python -m ingest.pipeline.build` and the charts, as `make build` does), a no-op
   build (nothing changed), a build with one report added, one with a report changed (the same body and
   year, new numbers), one with a report removed, and a build with the warehouse deleted (its files come
   from the parse cache, build/parsed: nothing is parsed again), each in its own processes;
3. prints each build's seconds per stage and its peak memory (the largest resident set of any of its
   processes).

Nothing here is a pass/fail test: the figures go in the README and in the closing notes of the issues.

    .venv/bin/python -m bench --n 1000 [--html-share 0.05] [--pdf-share 0.005]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import pdf_speed
from bench.corpus import Corpus, generate, write_report
from ingest import PROJECT_DIR

STEP_LINE = re.compile(r"^build: (\w+) took ([\d.]+)s")


@dataclass
class Run:
    label: str
    seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds of the build's processes (user + system), all of them together
    steps: dict[str, float] = field(default_factory=dict)
    peak_mb: float = 0.0


def _measure(label: str, commands: list[tuple[str, list[str]]], env: dict[str, str], log: Path) -> Run:
    """Run `commands` one after the other; their wall time, the build's step times and peak RSS."""
    run = Run(label)
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"\n===== {label} =====\n")
        for stage, command in commands:
            started = time.perf_counter()
            process = subprocess.Popen(
                command, cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
            assert process.stdout is not None
            for line in process.stdout:
                handle.write(line)
                if match := STEP_LINE.match(line):
                    run.steps[match[1]] = float(match[2])
            # wait4: this process's own rusage, which includes the processes it waited for (workers).
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            seconds = time.perf_counter() - started
            if process.returncode != 0:
                raise SystemExit(f"bench: {label}: `{' '.join(command)}` failed; its output is in {log}")
            run.steps[stage] = seconds
            run.seconds += seconds
            run.peak_mb = max(run.peak_mb, usage.ru_maxrss / 1024)
            run.cpu += usage.ru_utime + usage.ru_stime
    # Each build's row as soon as it is measured: at 100,000 reports the six builds take about an hour, and a
    # bench stopped early still shows the builds it finished.
    steps = ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in run.steps.items())
    print(f"bench: {label}: {run.seconds:.1f} s ({steps}), CPU {run.cpu:.1f} s, peak {run.peak_mb:.0f} MB, "
          f"load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)  # fmt: skip
    return run


def _format_rates(corpus: Corpus, sample: dict[str, int]) -> list[tuple[str, int, float, float]]:
    """(format, files, reports/s on one core, parse time / read-and-hash time) for a sample per format.

    CPU time of this process (time.process_time), as bench.parse_speed: the wall clock counted whatever else
    the shared machine ran (issue 29j found the same code 61.2 million instructions a report at three commits
    whose wall-clock rates differed by a quarter)."""
    from ingest.parsing.parse import parse_file

    rows = []
    for fmt, files in corpus.files.items():
        chosen = files[: sample[fmt]]
        if not chosen:
            continue
        parse_file(chosen[0].name, chosen[0])  # imports and caches, as in a long-running worker
        started = time.process_time()
        for path in chosen:
            hashlib.sha256(path.read_bytes()).hexdigest()
        hashing = time.process_time() - started
        started = time.process_time()
        for path in chosen:
            result = parse_file(path.name, path)
            corpus.check_read_back(path, result)
        parsing = time.process_time() - started
        rows.append((fmt, len(chosen), len(chosen) / parsing, parsing / max(hashing, 1e-9)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="synthetic reports to generate")
    parser.add_argument("--html-share", type=float, default=0.05, help="share rendered as HTML (0.05)")
    parser.add_argument("--pdf-share", type=float, default=0.005, help="share rendered as PDF (0.005)")
    parser.add_argument("--out", type=Path, default=PROJECT_DIR / "build" / "bench", help="scratch folder")
    args = parser.parse_args(argv)

    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    raw, db, build_dir, log = out / "raw", out / "warehouse.duckdb", out / "build", out / "bench.log"
    build_dir.mkdir(parents=True)
    started = time.perf_counter()
    corpus = generate(raw / "reports", args.n, args.html_share, args.pdf_share)
    generated = time.perf_counter() - started
    counts = {fmt: len(files) for fmt, files in corpus.files.items()}
    print(f"bench: {args.n} reports generated in {generated:.0f}s ({args.n / generated:.0f}/s) under {raw}: "
          f"{counts}", file=sys.stderr)  # fmt: skip

    rates = _format_rates(corpus, {"text": 300, "html": 100, "pdf": 20})
    pdf_rows = pdf_speed.compare(pdf_speed.sample_pdfs() + corpus.files["pdf"][:5])
    env = {
        **os.environ,
        "NIANBAO_DB": str(db),
        "NIANBAO_BUILD_DIR": str(build_dir),
    }
    python = sys.executable
    build = [
        ("warehouse", [python, "-m", "ingest.pipeline.build", "--db", str(db), "--raw", str(raw)]),
        ("charts", [python, "-m", "briefing"]),
    ]
    runs = [_measure("full build", build, env, log)]
    runs.append(_measure("no-op build", build, env, log))
    generate(raw / "reports", 1, args.html_share, 0.0, start=args.n)
    runs.append(_measure("one added", build, env, log))
    # One report corrected (the same body and year, new numbers) and one removed: text reports of the
    # corpus, so that a body's other years may be among the reports compared with it.
    changed, removed = corpus.files["text"][:2]
    write_report(changed.parent, corpus.spec, corpus.index[changed], variant=1)
    runs.append(_measure("one changed", build, env, log))
    removed.unlink()
    runs.append(_measure("one removed", build, env, log))
    for leftover in (db, db.with_name(db.name + ".built")):  # the warehouse deleted, the parse cache kept
        leftover.unlink()
    runs.append(_measure("from cache", build, env, log))

    print(f"\nbench: N = {args.n} ({counts}), {os.cpu_count()} cores (one parser process per core)")
    print("\nparse on one core, CPU time (read + classify + parse + narrative), sample per format:")
    print(f"  {'format':<6} {'files':>6} {'reports/s':>10} {'× read+hash':>12}")
    for fmt, files, rate, ratio in rates:
        print(f"  {fmt:<6} {files:>6} {rate:>10.1f} {ratio:>12.0f}")
    pdf_speed.report(pdf_rows, "the real sample PDFs and 5 generated ones, against pdfplumber")
    stages = list(dict.fromkeys(s for r in runs for s in r.steps))  # in the order they ran
    print(f"\n  {'build':<12} {'total s':>8} {'CPU s':>7} " + " ".join(f"{s:>10}" for s in stages)
          + f" {'peak MB':>8}")  # fmt: skip
    for r in runs:
        cells = " ".join(f"{r.steps[s]:>10.1f}" if s in r.steps else f"{'-':>10}" for s in stages)
        print(f"  {r.label:<12} {r.seconds:>8.1f} {r.cpu:>7.1f} {cells} {r.peak_mb:>8.0f}")
    print(f"\nbench: the builds' output is in {log}; load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
