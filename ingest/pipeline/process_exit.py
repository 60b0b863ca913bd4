"""A step's process ends without the interpreter's teardown.

Python frees every object and module one by one at exit: for the build's process (dbt's parsed project
and adapter, in process) and the checks' (Great Expectations, pandas) that took 0.7-0.8 s each, for the
ingest step's 0.26 s, paid by every build however little it changed (issue 29: a quarter of the time to
add one report at 10,000). By the time `main` returns, each has closed what it wrote (its DuckDB
connections in `with` blocks, the parser pool joined, cache parts and pages written whole, dbt's
connections closed at the end of its command, the build lock released); what is left is buffered output,
flushed here with logging's handlers before the process ends.

Skipped too are multiprocessing's finalizers, among them those that unlink the named semaphores dbt's
adapter makes in the build's process: the resource tracker then found them at exit and printed a warning
of "leaked semaphore objects" after every build that ran dbt. Those finalizers (exit priority 0 and up, as
at a normal exit) are run here, where multiprocessing was imported at all: they unlink and unregister
each semaphore, and cost nothing where there is none.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import NoReturn


def exit_now(code: int) -> NoReturn:
    """End the process with `code` once its output is flushed, skipping the objects' teardown."""
    logging.shutdown()
    mp_util = sys.modules.get("multiprocessing.util")
    if mp_util is not None:
        mp_util._run_finalizers(0)  # the semaphores' unlinking (module docstring), as at a normal exit
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a pipe whose reader left
            stream.flush()
    os._exit(code)
