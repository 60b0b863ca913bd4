"""Where the parses run: a local process pool (the default) or a Dask cluster (`--executor dask`).

Both run the same task on batches of files: parse each file and store the batch's entries as one part of
the parse cache (`ingest.pipeline.load.parse_batch`); only a small summary comes back. A batch whose worker
dies or hangs is retried file by file, so that only the culprit is lost, while the other batches go on;
the lost files are returned with the reason. Dask is imported only when it is used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures import TimeoutError as FuturesTimeout
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

from pebble import ProcessExpired, ProcessPool

from ingest.parsing import limits
from ingest.parsing.readers import ocr_switch

Item = tuple[str, Path, str]  # display name, path, sha256
Task = Callable[[list[Item]], Any]  # a batch of items -> its summary (ingest.pipeline.load.Batch)
Lost = tuple[Item, str]  # an item nothing came back for, and why

EXECUTORS = ("local", "dask")
DIED = (
    "the parser's process died while reading this file (over the memory limit {setting}, or a crash in a "
    "library); nothing of it is loaded and the other files are. Check the file (damaged or unusually large?)"
)


def batches(items: list[Item], jobs: int, largest: int = 64) -> list[list[Item]]:
    """`items` in batches: a few per worker (so the work stays balanced), at most `largest` files each."""
    size = max(1, min(largest, len(items) // (max(jobs, 1) * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def hard_timeout() -> float:
    """How long one file may keep its process before the process is taken for stuck and replaced.

    The time limit inside the process (`ingest.parsing.limits.time_limit`) stops a parse that runs Python
    code; this catches one stuck where no signal is handled (inside a C library). A batch of slow files
    taken for stuck loses nothing: its files are parsed again one at a time (`task_timeout`).
    """
    return limits.current().parse_timeout_s * 1.5 + 5


def task_timeout(files: int) -> float:
    """The per-task timeout of a batch: the stuck-process limit, plus a few seconds a file, plus, where OCR
    is switched on, the time limit's allowance for a dozen scanned pages a file (ingest.parsing.readers.ocr
    extends a file's own limit by that much a page)."""
    scans = 12 * ocr_switch.PAGE_SECONDS if ocr_switch.enabled() else 0
    return hard_timeout() + scans + (5 + scans) * (files - 1)


def _why_lost(exc: BaseException) -> str:
    """What to tell the user about a file whose parse never came back from its process."""
    if isinstance(exc, FuturesTimeout):
        return (
            f"the parser's process was stuck on this file for {task_timeout(1):.0f} s and was stopped; "
            "nothing of it is loaded. If it is a real report, raise "
            f"{limits.Limits.setting('parse_timeout_s')}"
        )
    if isinstance(exc, ProcessExpired):
        return DIED.format(setting=limits.Limits.setting("parse_memory_mb"))
    return (
        f"the parser's process failed on this file ({type(exc).__name__}: {exc}); nothing of it is loaded "
        "and the other files are. This is a bug in ingest/: please report it with this file"
    )


def run_local(
    items: list[Item], jobs: int, task: Task, done: Callable[[Any], None], out: TextIO
) -> list[Lost]:
    """Run `task` over `items` in `jobs` processes under the memory limit (in this process when 1).

    The pool (pebble's) outlives its workers: a worker that dies or runs past the per-task timeout costs
    only its batch, which is scheduled again file by file on the same pool while the other batches go on
    in parallel; a file that fails alone is lost, with the reason.
    """
    work = batches(items, jobs)
    if jobs <= 1:
        for batch in work:
            done(task(batch))
        return []
    lost: list[Lost] = []
    with ProcessPool(max_workers=jobs, initializer=limits.worker_init) as pool:
        pending = {pool.schedule(task, args=[b], timeout=task_timeout(len(b))): b for b in work}
        while pending:
            ready, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in ready:
                batch = pending.pop(future)
                try:
                    done(future.result())
                except Exception as exc:  # the process died (ProcessExpired), timed out or failed
                    what = "was stuck" if isinstance(exc, FuturesTimeout) else "died"
                    if len(batch) > 1:  # the culprit is one of them: each alone, so only it is lost
                        again = f"its {len(batch)} files are parsed again one at a time"
                        print(f"  a parser process {what}; {again}", file=out)
                        for item in batch:
                            pending[pool.schedule(task, args=[[item]], timeout=task_timeout(1))] = [item]
                    else:
                        print(f"  a parser process {what} on {batch[0][0]}: it is not loaded", file=out)
                        lost.append((batch[0], _why_lost(exc)))
    return lost


def run_dask(
    items: list[Item], jobs: int, scheduler: str | None, task: Task, done: Callable[[Any], None], out: TextIO
) -> list[Lost]:
    """Run `task` over `items` on the Dask cluster at `scheduler`, or on a local one of `jobs` workers.

    The workers must see the files at the same paths and the cache at the same URL (a shared folder or
    object storage). A batch that fails (its worker died) is retried file by file.
    """
    from distributed import Client, LocalCluster, as_completed

    local = None if scheduler else LocalCluster(
        n_workers=max(jobs, 1), threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
    )  # fmt: skip
    with local or nullcontext(), Client(scheduler or local) as client:
        print(f"  parsing on the Dask cluster at {client.scheduler.address}", file=out)
        work = batches(items, len(client.scheduler_info()["workers"]) or jobs)
        retry: list[Item] = []
        futures = client.map(task, work, pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures):
            try:
                done(future.result())
            except Exception as exc:
                print(
                    f"  a Dask batch failed ({type(exc).__name__}); its files are parsed one by one", file=out
                )
                retry += work[index[future.key]]
            future.release()
        lost: list[Lost] = []
        singles = client.map(task, [[item] for item in retry], pure=False)
        for item, future in zip(retry, singles, strict=True):
            try:
                done(future.result())
            except Exception as exc:
                lost.append((item, f"the Dask worker parsing it failed ({type(exc).__name__}: {exc}); "
                                   "nothing of it is loaded and the other files are"))  # fmt: skip
    return lost
