"""A step's process ends without the interpreter's teardown.

Python frees every object and module one by one at exit: for the build's process (dbt's parsed project
and adapter, in process) and the checks' (Great Expectations, pandas) that took 0.7-0.8 s each, for the
ingest step's 0.26 s, paid by every build however little it changed (issue 29: a quarter of the time to
add one report at 10,000). By the time `main` returns, each has closed what it wrote (its DuckDB
connections in `with` blocks, the parser pool joined, cache parts and pages written whole, dbt's
connections closed at the end of its command, the build lock released); what is left is buffered output,
flushed here with logging's handlers before the process ends.
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
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a pipe whose reader left
            stream.flush()
    os._exit(code)
