"""`make setup` says what is wrong with a Python it cannot use, and leaves nothing to block the next try."""

from __future__ import annotations

import re
import subprocess

from conftest import PROJECT


def _makefile_version() -> str:
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    return re.search(r"^PYTHON_VERSION := (\S+)$", makefile, re.M)[1]


def test_the_makefile_asks_for_the_python_pyproject_requires():
    pyproject = (PROJECT / "pyproject.toml").read_text(encoding="utf-8")
    low, high = re.search(r'requires-python = ">=(\d+\.\d+),<(\d+\.\d+)"', pyproject).groups()
    major, minor = map(int, low.split("."))
    assert _makefile_version() == low and high == f"{major}.{minor + 1}"


def test_a_wrong_python_is_named_with_the_one_that_works(tmp_path):
    venv = tmp_path / "venv"
    result = subprocess.run(
        ["make", "--no-print-directory", "setup", "PYTHON=python2.7-that-is-not-here", f"VENV={venv}"],
        cwd=PROJECT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0
    said = result.stdout + result.stderr
    version = _makefile_version()
    assert f"needs Python {version}" in said and "python2.7-that-is-not-here is not found" in said
    assert f"make setup PYTHON=python{version}" in said
    assert not venv.exists()  # nothing left behind to block the next try
