"""Shared fixtures: warehouses built from copies of the test corpus (tests/samples/corpus) in temporary
folders. No test reads or writes data/raw, data/warehouse.duckdb or the project's build/: build outputs
(locks, staged copies, dbt's logs and target, charts) go to a temporary folder set here, before any of
the project's modules is imported."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if "NIANBAO_TEST_BUILD_DIR" not in os.environ:  # one folder per test session, inherited by subprocesses
    os.environ["NIANBAO_TEST_BUILD_DIR"] = tempfile.mkdtemp(prefix="nianbao-test-build-")
os.environ["NIANBAO_BUILD_DIR"] = os.environ["NIANBAO_TEST_BUILD_DIR"]
os.environ["DBT_TARGET_PATH"] = os.path.join(os.environ["NIANBAO_BUILD_DIR"], "dbt_target")
os.environ["NIANBAO_DB"] = os.path.join(os.environ["NIANBAO_BUILD_DIR"], "no-warehouse-chosen.duckdb")
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from fixtures.make_docx import make_docx
from fixtures.make_html import make_html
from fixtures.make_pdf import make_pdf
from hypothesis import settings

from ingest.pipeline.load import Summary, ingest

# Property tests (tests/test_fuzz.py): a short, repeatable profile for `make test`; `make fuzz` selects the
# long one with --hypothesis-profile=fuzz. No deadline: a slow machine must not fail a property.
settings.register_profile("ci", max_examples=100, derandomize=True, deadline=None, database=None)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile("ci")

PROJECT = Path(PROJECT_ROOT)
SAMPLES = PROJECT / "tests" / "samples"
CORPUS = SAMPLES / "corpus"  # the test corpus: the seed reports, the sample PDFs and the work plan
REPORTS = CORPUS / "reports"
TEST_BUILD_DIR = Path(os.environ["NIANBAO_BUILD_DIR"])
SEED_NAMES = ["2021_laiwu.txt", "2021_lanshan.txt", "2021_luozhuang.txt", "2021_changle_office.txt"]
FORMATS = ("html", "docx", "pdf")


def seed_text(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def parse_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own parse cache (ingest.pipeline.cache), so that a test that changes the parser (a
    monkeypatch
    the fingerprint cannot see) never meets another test's parses; builds in subprocesses inherit it."""
    folder = tmp_path / "parsed"
    monkeypatch.setenv("NIANBAO_CACHE", str(folder))
    return folder


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


@pytest.fixture
def run_ingest(tmp_path: Path) -> Callable[..., tuple[Summary, str]]:
    """Ingest a folder into tmp_path/warehouse.duckdb; return the summary and what it printed."""

    def run(raw: Path, db: Path | None = None) -> tuple[Summary, str]:
        out = io.StringIO()
        summary = ingest(raw, db or tmp_path / "warehouse.duckdb", jobs=1, out=out)
        return summary, out.getvalue()

    return run


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Schema raw of the test corpus (ingest only), once per test session."""
    folder = tmp_path_factory.mktemp("seed")
    raw = folder / "raw"
    shutil.copytree(CORPUS, raw)
    ingest(raw, folder / "warehouse.duckdb", jobs=1, out=io.StringIO())
    return folder / "warehouse.duckdb"


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@dataclass(frozen=True)
class Built:
    """A whole build of the test corpus: the warehouse, its findings page's folder, what the build printed."""

    db: Path
    findings: Path
    output: str


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One whole build (ingest, dbt, checks) of a copy of the test corpus per test session, shared
    read-only by the tests that only read it; a test that changes data builds its own."""
    folder = tmp_path_factory.mktemp("built")
    shutil.copytree(CORPUS, folder / "raw")
    db, output = full_build(folder, folder / "raw")
    return Built(db, folder / "docs", output)


def copy_of_built(built: Built, folder: Path) -> Path:
    """A copy of the shared build in `folder` (raw, warehouse, stamp, findings; times kept, so its stamp
    still matches): for a test that builds on top of it, at the cost of a copy instead of a build."""
    shutil.copytree(built.db.parent, folder, dirs_exist_ok=True)
    return folder / built.db.name


@pytest.fixture(scope="session")
def warehouse(built: Built) -> Path:
    """The test corpus's warehouse (read it only)."""
    return built.db


@pytest.fixture
def use_warehouse(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """NIANBAO_DB is the test corpus's warehouse: for code that reads "the" warehouse (charts, notebooks);
    a module of such tests says `pytestmark = pytest.mark.usefixtures("use_warehouse")`."""
    monkeypatch.setenv("NIANBAO_DB", str(warehouse))
    return warehouse


@pytest.fixture(scope="session")
def chart_dir(warehouse: Path) -> Path:
    """The briefing charts of the test corpus's warehouse, exported once per test session."""
    result = subprocess.run(
        [sys.executable, "-m", "briefing"], env={**os.environ, "NIANBAO_DB": str(warehouse)},
        cwd=PROJECT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return TEST_BUILD_DIR / "charts"


def loaded_values(db: Path, name: str) -> dict[tuple[str, str, str], tuple]:
    """One loaded report's values by (section, row_code, col_code): (value, missing_reason)."""
    rows = query(
        db,
        "select v.section, v.row_code, v.col_code, v.value, v.missing_reason from raw.report_values v "
        "join raw.reports r using (report_id) where r.source_path like ?",
        [f"%/{name}"],
    )
    return {(s, r, c): (v, why) for s, r, c, v, why in rows}


def report_id_of(db: Path, file_name: str) -> str:
    rows = query(db, "select report_id from marts.dim_report where source_path like ?", [f"%/{file_name}"])
    assert len(rows) == 1, f"{file_name} should be in marts.dim_report once"
    return rows[0][0]


def replace_row(text: str, label: str, new_cells: list[str] | None) -> str:
    """Rewrite (or delete, with None) the table row whose label cell is exactly `label`."""
    rows = text.split("\n\n")
    hits = [i for i, row in enumerate(rows) if f"\t{label}\n" in row + "\n"]
    assert len(hits) == 1, f"label {label!r} should mark one row"
    if new_cells is None:
        del rows[hits[0]]
    else:
        lines = rows[hits[0]].split("\n")
        cut = next(i for i, line in enumerate(lines) if line == f"\t{label}") + 1
        rows[hits[0]] = "\n".join(lines[:cut] + [f"\t{c}" for c in new_cells])
    return "\n\n".join(rows)


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Each seed report as published: a GBK portal page, a Word file and a PDF (tests/fixtures), by
    (seed name, format); generated once per session."""
    folder = tmp_path_factory.mktemp("published")
    makers = {"html": make_html, "docx": make_docx, "pdf": make_pdf}
    out = {}
    for name in SEED_NAMES:
        for fmt, make in makers.items():
            out[(name, fmt)] = folder / name.replace(".txt", f".{fmt}")
            out[(name, fmt)].write_bytes(make(name))
    return out


def raw_folder(root: Path, names: tuple[str, ...] = ("2021_lanshan.txt", "2021_luozhuang.txt")) -> Path:
    """root/raw holding copies of the named seed reports (tests/fixtures' reports): the raw folder a build
    test starts from."""
    raw = root / "raw"
    raw.mkdir()
    for name in names:
        shutil.copy(REPORTS / name, raw / name)
    return raw


def full_build(root: Path, raw: Path) -> tuple[Path, str]:
    """A whole build (ingest, dbt, checks) of `raw` into root/warehouse.duckdb, as `make build` runs it;
    the warehouse and what the build printed. Fails the test if the build does not publish."""
    from ingest.pipeline import build

    out = io.StringIO()
    status = build.build(
        root / "warehouse.duckdb",
        build.STEPS,
        raw,
        root / "next.duckdb",
        root / "docs",
        root / "build.lock",
        out=out,
    )
    assert status == 0, out.getvalue()[-3000:]
    return root / "warehouse.duckdb", out.getvalue()


def run_dbt_models(db: Path, tmp_path: Path, select: str = "+dq_findings") -> None:
    """dbt's models (no tests) up to `select` on the warehouse `db`: the check rows the checks step reads
    and the findings view over its verdicts."""
    env = {**os.environ, "NIANBAO_DB": str(db), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    result = subprocess.run(
        [str(PROJECT / ".venv" / "bin" / "dbt"), "build", "--select", select,
         "--exclude-resource-type", "test", "--profiles-dir", ".", "--target-path", str(tmp_path / "t"),
         "--log-path", str(tmp_path / "logs")],
        cwd=PROJECT / "dbt_project", env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:]


def offline_chromium(profile: Path, *args: str) -> None:
    """Run Debian's headless chromium with every network connection refused, so that a page which needs
    the network (a CDN script, a web font) shows it. `profile`: a scratch folder for its user data."""
    chromium = shutil.which("chromium")
    assert chromium, "the page tests need Debian's chromium: `apt-get install chromium` (make test does)"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
         "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
         "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", *args],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


# The user's data and the project's build folder, as the session found them: a test that wrote any of
# them fails the session (tests build in temporary folders only).
USER_FILES = {
    "data/raw": PROJECT / "data" / "raw",
    "data (the warehouse and its stamp)": PROJECT / "data",
    "build/": PROJECT / "build",
}


def _state(path: Path) -> str:
    from ingest.pipeline.inputs import fingerprint

    if not path.exists():
        return "absent"
    if path == PROJECT / "data":  # only its own files: data/raw has its own entry
        return " ".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(path.iterdir())
                        if p.is_file())  # fmt: skip
    return fingerprint(path)


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[USER_STATE] = {name: _state(path) for name, path in USER_FILES.items()}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(USER_STATE, None)
    if before is None:
        return
    changed = [name for name, path in USER_FILES.items() if _state(path) != before[name]]
    if changed:
        print(f"\ntests wrote the user's files or the project's build folder: {', '.join(changed)}; "
              "a test must build in a temporary folder (tests/conftest.py)", file=sys.stderr)  # fmt: skip
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


USER_STATE = pytest.StashKey[dict]()
