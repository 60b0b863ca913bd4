"""The build starts the checks' process while dbt runs (ingest/pipeline/build.py): `python -m expectations
--wait` sets Great Expectations up, then opens the warehouse only when told `go` on stdin.

A warehouse path that does not exist shows whether the process went on to open it: told to go, it says the
file does not exist (status 2); told nothing (its stdin closed, as when dbt failed), it stops first
(status 3)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(("said", "status"), [("go\n", 2), ("", 3)])
def test_the_checks_open_the_warehouse_only_when_told_to_go(tmp_path, said, status):
    missing = tmp_path / "not_built.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "expectations", "--wait", "--db", str(missing), "--no-page"],
        input=said, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == status, done.stderr[-2000:]
    assert ("does not exist" in done.stderr) == (status == 2)
    assert not missing.exists()
