"""`python -m ingest.pipeline.build`: one build at a time, on a staged copy, published only if every step
passed.

Run by `make build`. The steps (ingest → dbt → checks) run against a staged copy of the warehouse
(`ingest.pipeline.stage`) while this process holds an exclusive lock on `build/build.lock`: a second build
waits
for the first (saying so) instead of sharing its staged file, and a build only ever publishes the file
it built itself. A failed step discards the stage: the published warehouse and its findings page
(build/findings/index.html) stay as they were, and the exit status is non-zero.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from ingest import PROJECT_DIR
from ingest.pipeline import manifest, stage, stamp
from ingest.pipeline.paths import BUILD_DIR, DEFAULT_WAREHOUSE, RAW_DIR

LOCK = BUILD_DIR / "build.lock"
DOCS = BUILD_DIR / "findings"  # the checks' findings page, published with the warehouse
STEPS = ("ingest", "dbt", "checks")
DBT_DOCS = BUILD_DIR / "dbt_docs"


# Stages whose change may alter rows of reports that did not change: the marts are rebuilt in full.
FULL_REFRESH_STAGES = {"all", "parse", "rows", "raw", "dbt"}
# What an incremental dbt build runs: the models that hold rows (tables, incremental models) and every data
# test (each limited to the rows the run wrote where that cannot miss a failure: macros/tests_scope.sql). The
# views and the seeds are left as the last build made them: a change to their files (the dbt project, the
# seeds, the reference files) is a change to a stage above, so a full refresh, and a view reads its tables'
# current rows whenever it is queried. So are the tables tagged reference_only (dbt_project.yml), read from
# the template, the reference files and the seeds alone, and the data tests tagged so (a column's `tags` in
# the models' files): tests of the seeds and of views over the template alone, whose rows only a full refresh
# can change (issue 29m: 8 of 134 tests, about 1 s of dbt's node time at 10,000 reports). Cautious indirect
# selection keeps the tests that join a report's rows to a reference-only table (the 8 relationships tests of
# division, outcome and applicant-type codes): dbt's default (eager) left them out with that table.
INCREMENTAL_SELECTION = (
    "--select", "config.materialized:table", "config.materialized:incremental", "resource_type:test",
    "--exclude", "tag:reference_only", "--indirect-selection", "cautious",
)  # fmt: skip
_STEP_ORDER = [(step, manifest.STEP_STAGES[step]) for step in STEPS]


def steps_to_run(changed: set[str], data_behind: set[str]) -> tuple[str, ...]:
    """The build's steps, from the first one a changed stage needs, or that has not run on the raw data now
    present (`data_behind`: stamp.data_behind), to the last: a step's output feeds the next ones."""
    first = next(
        (i for i, (step, stages) in enumerate(_STEP_ORDER) if step in data_behind or set(stages) & changed),
        None,
    )
    return () if first is None else tuple(step for step, _ in _STEP_ORDER[first:])


def _stamped(steps: tuple[str, ...], before: dict[str, str], inputs: dict[str, str]) -> dict[str, str]:
    """The stamp's entries a run of `steps` (not a whole build) brings up to date: their stages' keys, and
    the data each ran on: the raw folder now if the ingest step ran, else the data ingested before. A step
    that did not run keeps its recorded data, so the next whole build runs it on the new rows."""
    entries = {stage: inputs[stage] for step in steps for stage in manifest.STEP_STAGES[step]}
    data = inputs[stamp.RAW_DATA] if "ingest" in steps else before.get(stamp.RAW_DATA)
    if data is not None:
        entries |= {stamp.DATA_KEYS[step]: data for step in steps}
    return entries


class StepFailed(Exception):
    """A build step failed; its own output said why."""


@contextmanager
def build_lock(path: Path = LOCK, out: TextIO = sys.stderr) -> Iterator[None]:
    """Hold the build lock; wait, saying so, while another build holds it. Released when the process ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            print(f"build: another build is running ({holder}); waiting for it to finish", file=out)
            started = time.monotonic()
            fcntl.flock(handle, fcntl.LOCK_EX)
            waited = time.monotonic() - started
            print(f"build: the other build finished after {waited:.0f}s; building now", file=out)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _start(command: list[str], cwd: Path, staged: Path, waits: bool = False) -> subprocess.Popen:
    env = {**os.environ, "NIANBAO_DB": str(staged.resolve())}
    return subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
        stdin=subprocess.PIPE if waits else None,
    )  # fmt: skip


def _run(step: str, command: list[str], cwd: Path, staged: Path, out: TextIO, started=None) -> None:  # noqa: ANN001
    """Run a step's process (or let `started`, one waiting for `go` on stdin, go on), passing its output."""
    print(f"build: {step}: {' '.join(command)}", file=out, flush=True)
    began = time.perf_counter()
    with started or _start(command, cwd, staged) as process:
        if started is not None:
            try:
                process.stdin.write("go\n")
                process.stdin.close()
            except BrokenPipeError:  # it stopped before (its output says why; its status fails the step)
                pass
        # The step's output is passed on line by line, as it comes (progress stays visible).
        assert process.stdout is not None
        for line in process.stdout:
            out.write(line)
            out.flush()
    if process.returncode != 0:
        raise StepFailed(step)
    print(f"build: {step} took {time.perf_counter() - began:.1f}s", file=out, flush=True)


def _stop(process: subprocess.Popen | None) -> None:
    """A step started ahead that will not run: told so (no `go`), and waited for."""
    if process is not None and process.returncode is None:
        with process:  # closes its pipes and waits
            with suppress(BrokenPipeError):
                process.stdin.close()
            process.stdout.read()


def _run_dbt(step: str, args: list[str], staged: Path, out: TextIO, prepared=None) -> None:  # noqa: ANN001
    """One dbt command in this process (ingest.pipeline.dbt_run): no dbt process to start, and the
    project's parse kept between builds (and done while the ingest step ran: `prepared`). A failing model
    or error-severity test fails the step, after dbt's own message."""
    from ingest.pipeline import dbt_run

    print(f"build: {step}: dbt {' '.join(args)} (in process)", file=out, flush=True)
    started = time.perf_counter()
    log_path = BUILD_DIR / "dbt_logs"
    if prepared is None and args[:2] == ["docs", "generate"]:
        prepared = dbt_run.Prepared(staged, log_path)
    manifest = None
    if prepared is not None:
        parsed = prepared.wait(out)
        if not parsed.success:
            raise StepFailed(step)
        manifest = parsed.manifest
    if not dbt_run.invoke(args, staged, out, log_path, manifest).success:
        raise StepFailed(step)
    print(f"build: {step} took {time.perf_counter() - started:.1f}s", file=out, flush=True)


def run_steps(
    staged: Path,
    docs_stage: Path,
    steps: tuple[str, ...],
    raw: Path,
    out: TextIO,
    full_refresh: bool = True,
    revalidate: bool | None = None,
) -> None:
    """Run `steps`; dbt rebuilds every model with `full_refresh`, the checks validate every row with
    `revalidate` (default: as `full_refresh`), else only the rows not validated before."""
    revalidate = full_refresh if revalidate is None else revalidate
    prepared = None
    if "dbt" in steps and "ingest" in steps:  # dbt's imports and parse while the ingest process runs
        from ingest.pipeline import dbt_run

        prepared = dbt_run.Prepared(staged, BUILD_DIR / "dbt_logs")
    try:
        if "ingest" in steps:
            _run("ingest", [sys.executable, "-m", "ingest.pipeline", "--raw", str(raw), "--db", str(staged)],
                 PROJECT_DIR, staged, out)  # fmt: skip
    finally:
        if prepared is not None:
            prepared.wait()  # never two dbt commands at once, even when the ingest step failed
    checks = [sys.executable, "-m", "expectations", "--db", str(staged), "--findings", str(docs_stage)]
    checks += [] if revalidate else ["--incremental"]  # rows validated before keep their verdicts
    # The checks' process sets Great Expectations up while dbt runs (in this process, mostly on one core),
    # and opens the warehouse only once told to go, after dbt has closed it.
    ahead = None
    if {"dbt", "checks"} <= set(steps):
        ahead = _start([*checks, "--wait"], PROJECT_DIR, staged, waits=True)
    try:
        if "dbt" in steps:
            selection = ["--full-refresh"] if full_refresh else list(INCREMENTAL_SELECTION)
            _run_dbt("dbt", ["build", *selection], staged, out, prepared)
        if "docs" in steps:
            # The project's parse (partial, from the build folder's target) handed to docs generate as is.
            _run_dbt("docs", ["docs", "generate", "--static", "--target-path", str(DBT_DOCS)], staged, out)
        if "checks" in steps:
            _run("checks", checks, PROJECT_DIR, staged, out, ahead)
    finally:
        _stop(ahead)


def build(
    db: Path = DEFAULT_WAREHOUSE,
    steps: tuple[str, ...] = STEPS,
    raw: Path = RAW_DIR,
    staged: Path = stage.DEFAULT_STAGE,
    docs: Path = DOCS,
    lock: Path = LOCK,
    out: TextIO = sys.stderr,
    force: bool = False,
) -> int:
    docs_stage = docs.with_name(docs.name + ".next")
    with build_lock(lock, out):
        inputs, before = stamp.current(raw), stamp.read(db)
        changed = manifest.changed_stages(before, inputs)
        whole = steps == STEPS  # a whole build: every stage is up to date after it
        if whole and not force:
            behind = stamp.data_behind(before, inputs)
            steps = steps_to_run(changed, behind)
            if not steps:
                print(
                    f"build: nothing changed since {db} was built (raw files, parser, dbt project, checks, "
                    "dependencies); nothing to do. `python -m ingest.pipeline.build --force` builds anyway",
                    file=out,
                )
                if changed:  # the charts' stage alone: drawn by `make charts`, after the build
                    stamp.write(db, inputs)
                return 0
            data = "changed" if "ingest" in behind else f"not yet built by {', '.join(sorted(behind))}"
            print(f"build: stages changed: {', '.join(sorted(changed)) or 'none'} (raw data "
                  f"{data if behind else 'unchanged'}); running {', '.join(steps)}", file=out)  # fmt: skip
        # Incremental models take only the reports that came and went, unless rows of the others may have
        # changed too (a stage their rows come from changed): then every model is rebuilt.
        full_refresh = force or bool(changed & FULL_REFRESH_STAGES)
        revalidate = full_refresh or "checks" in changed  # new checks: every row validated again
        stage.begin(db, staged, docs_stage, out)
        try:
            run_steps(staged, docs_stage, steps, raw, out, full_refresh, revalidate)
        except (StepFailed, KeyboardInterrupt) as exc:
            stage.discard(staged, docs_stage)
            what = f"the {exc} step failed" if isinstance(exc, StepFailed) else "interrupted"
            print(f"build: {what}; nothing published: {db} is as it was (see the messages above)", file=out)
            return 1
        if steps == ("docs",):  # the dbt docs site only reads the copy: nothing to publish
            stage.discard(staged, docs_stage)
            return 0
        stamp.remove(db)  # a build stopped between the two lines leaves no stamp: the next one does all
        stage.publish(db, staged, docs, docs_stage, out)
        if whole:
            stamp.write(db, inputs)
        elif before:  # the steps that ran are up to date; the others keep their recorded keys
            stamp.write(db, before | _stamped(steps, before, inputs))
    print(f"build: {db} is up to date; its checks' findings page is {docs / 'index.html'}", file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest.pipeline.build", description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_WAREHOUSE, help="the published warehouse")
    parser.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of source files")
    parser.add_argument(
        "--steps",
        default=",".join(STEPS),
        help=f"comma-separated, of {', '.join(STEPS)} (default: all), or docs alone (the dbt docs site)",
    )
    parser.add_argument(
        "--force", action="store_true", help="build even if nothing changed, every mart in full"
    )
    args = parser.parse_args(argv)
    steps = tuple(s for s in args.steps.split(",") if s)
    unknown = [s for s in steps if s not in (*STEPS, "docs")]
    if unknown or ("docs" in steps and len(steps) > 1):
        parser.error(f"unknown steps {unknown or steps}; choose from {', '.join(STEPS)}, or docs alone")
    return build(args.db, steps, args.raw, force=args.force)


if __name__ == "__main__":
    from ingest.pipeline.process_exit import exit_now

    exit_now(main())  # dbt's objects not freed one by one at exit (process_exit.py)
