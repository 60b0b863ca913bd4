"""dbt in the build's own process (dbt's programmatic runner), not as a `dbt` subprocess.

A `dbt` command started as a process paid ~10 s at 10,000 reports before its first model: Python's imports
of dbt and its adapter, and parsing the project. dbt imports jsonschema too: without the unused optional
import lean_imports.py names, its import takes 1.7 s instead of 3.5 (the time the dbt step of a build
with one report added waited for it). Here the imports are paid once per build process, and the
project's parse is kept between builds (dbt's partial parsing: `partial_parse.msgpack` in the target folder,
which lives in the build folder, beside the warehouse it describes, not in the source tree). A second
command in the same process (`docs generate` after a parse) reuses the parsed manifest.

dbt-duckdb keeps its DuckDB database open at class level after a command; `invoke` closes it, so that the
next step (the checks, another process) can open the staged warehouse for writing.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ingest import PROJECT_DIR
from ingest.pipeline.lean_imports import skip_unused
from ingest.pipeline.paths import BUILD_DIR

skip_unused()  # before dbt imports jsonschema (this module imports dbt only in its functions)

DBT_PROJECT = PROJECT_DIR / "dbt_project"


def target_path() -> Path:
    """dbt's target folder (manifest, run results, partial parse): $DBT_TARGET_PATH, else build/dbt_target."""
    return Path(os.environ.get("DBT_TARGET_PATH") or BUILD_DIR / "dbt_target")


@dataclass
class Result:
    success: bool
    manifest: Any = None  # dbt's Manifest after a parse or a build: reused by a later command


def _settings(db: Path) -> dict[str, str]:
    return {"NIANBAO_DB": str(db.resolve()), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}


def _set(values: dict[str, str | None]) -> dict[str, str | None]:
    """Set (None: unset) environment variables that differ; return what they were."""
    saved = {k: os.environ.get(k) for k, v in values.items() if os.environ.get(k) != v}
    for key in saved:
        if values[key] is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = values[key]  # type: ignore[assignment]
    return saved


@contextmanager
def _environment(db: Path, out: TextIO) -> Iterator[None]:
    """The profile's NIANBAO_DB is the staged warehouse; dbt's console log goes to `out`."""
    from dbt_common.events.functions import capture_stdout_logs, stop_capture_stdout_logs

    saved = _set(dict(_settings(db)))
    capture_stdout_logs(out)
    try:
        yield
    finally:
        stop_capture_stdout_logs()
        _close_duckdb()
        _set(saved)


def _close_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open between commands (it holds the file's write lock)."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    with DuckDBConnectionManager._LOCK:
        if DuckDBConnectionManager._ENV is not None:
            try:
                DuckDBConnectionManager._ENV.close()
            finally:
                DuckDBConnectionManager.close_all_connections()


def invoke(args: list[str], db: Path, out: TextIO, log_path: Path, manifest: Any = None) -> Result:
    """Run one dbt command (`args`, e.g. ["build", "--full-refresh"]) on the warehouse `db`, printing dbt's
    usual console lines to `out`. `manifest`: a manifest parsed before in this process, reused as is."""
    from dbt.cli.main import dbtRunner

    command = [
        *args,
        "--project-dir", str(DBT_PROJECT),
        "--profiles-dir", str(DBT_PROJECT),
        "--log-path", str(log_path),
        *([] if "--target-path" in args else ["--target-path", str(target_path())]),
        "--no-use-colors",
    ]  # fmt: skip
    with _environment(db, out):
        result = dbtRunner(manifest=manifest).invoke(command)
    if result.exception is not None:
        print(f"dbt: {type(result.exception).__name__}: {result.exception}", file=out, flush=True)
    found = result.result if type(result.result).__name__ == "Manifest" else None
    return Result(bool(result.success), found or manifest)


class Prepared:
    """dbt's imports and the project's parse, in a thread of the build process while the ingest step (a
    process of its own) runs: the dbt step then starts at its first model. The parse's lines are held
    and printed by `wait`, after the ingest step's."""

    def __init__(self, db: Path, log_path: Path) -> None:
        self._lines = io.StringIO()
        self._result = Result(False)
        # Set here, in the calling thread, so that the thread never changes os.environ while the caller
        # reads it (to start the ingest process); put back by wait().
        self._saved = _set(dict(_settings(db)))
        self._thread = threading.Thread(target=self._parse, args=(db, log_path), daemon=True)
        self._thread.start()

    def _parse(self, db: Path, log_path: Path) -> None:
        try:
            # --no-write-json: the manifest stays in memory for the build, which writes it (with
            # run_results.json) when it ends; writing it here too cost 0.4 s of the parse.
            self._result = invoke(["parse", "--no-write-json"], db, self._lines, log_path)
        except Exception as exc:  # reported by wait(), in the dbt step
            print(f"dbt: parsing the project failed: {type(exc).__name__}: {exc}", file=self._lines)

    def wait(self, out: TextIO | None = None) -> Result:
        """The parse's result, once it is done; its lines go to `out`."""
        self._thread.join()
        _set(self._saved)
        self._saved = {}
        if out is not None:
            out.write(self._lines.getvalue())
            out.flush()
        return self._result
