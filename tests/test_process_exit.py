"""A step's process ends without the interpreter's teardown (ingest/pipeline/process_exit.py) and without
the optional import no step uses (ingest/pipeline/lean_imports.py): each in a fresh interpreter, since both
are about what a process does at its start and at its end."""

from __future__ import annotations

import subprocess
import sys

from ingest import PROJECT_DIR


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120
    )


def test_exit_now_keeps_the_code_and_flushes_what_was_written(tmp_path):
    """Output still in the buffers (stdout to a pipe is block-buffered, no newline at the end) and a log
    file's handler are flushed; the exit code is the one given; nothing after the call runs."""
    log = tmp_path / "step.log"
    code = f"""
import logging, sys
from ingest.pipeline.process_exit import exit_now
logging.basicConfig(filename={str(log)!r}, level=logging.INFO)
logging.getLogger("step").info("written before the end")
sys.stdout.write("the last line, unflushed")
sys.stderr.write("a warning")
exit_now(3)
print("never printed")
"""
    done = _python(code)
    assert done.returncode == 3
    assert done.stdout == "the last line, unflushed"
    assert done.stderr == "a warning"
    assert "written before the end" in log.read_text(encoding="utf-8")


def test_a_closed_stream_does_not_stop_the_exit():
    done = _python(
        "import sys\nfrom ingest.pipeline.process_exit import exit_now\nsys.stdout.close()\nexit_now(0)"
    )
    assert done.returncode == 0


def test_dbt_is_imported_without_the_unused_optional_import():
    """The build's dbt step imports dbt through ingest.pipeline.dbt_run: jsonschema then goes on without
    rfc3987_syntax (1.7 s of CPU at each build), and dbt's project schema still validates."""
    code = """
import sys
import ingest.pipeline.dbt_run
import dbt.cli.main
import jsonschema
from dbt.jsonschemas.jsonschemas import jsonschema_validate, project_schema
assert sys.modules["rfc3987_syntax"] is None, sys.modules.get("rfc3987_syntax")
jsonschema_validate(schema=project_schema(), json={"name": "nianbao", "version": "1.0"}, file_path="x")
print("ok")
"""
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_semaphore_made_in_the_process_is_unlinked_without_a_warning():
    """A named semaphore of the spawn context (as dbt's adapter makes in the build's process) is unlinked
    at exit_now, as at a normal exit: the resource tracker finds nothing left and prints no warning of
    leaked semaphores (it did after every build that ran dbt)."""
    code = """
import multiprocessing
from ingest.pipeline.process_exit import exit_now
lock = multiprocessing.get_context("spawn").RLock()
exit_now(0)
"""
    done = _python(code)
    assert done.returncode == 0
    assert "leaked semaphore" not in done.stderr, done.stderr
    assert done.stderr == ""
