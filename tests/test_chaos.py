"""The chaos corpus: one full build over every odd file beside the seed reports publishes, and says why.

tests/fixtures/chaos.py writes the odd files (reports with no place, title or year, years 2007 and 2099,
a signature dated 2099, empty and near-empty files, garbage, pictures, spreadsheets, OFD and legacy
Word files, a damaged PDF, a copy of a seed, names of GBK or Latin-1 bytes, a line break or 253 bytes)
beside the four seed reports. ONE build (ingest → dbt → checks, then the charts, as `make build` runs
them) must exit 0; the seeds' 200 values each must be those read by hand (tests/expected.py); and every
odd file must have its row (raw.files, raw.reports, the quarantine or a finding) and a message naming it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT, full_build, query
from expected import EXPECTED, expected_values
from fixtures.chaos import (
    DUPLICATE,
    FLAGGED,
    GBK_NAME,
    IN_RAW,
    LATIN1_NAME,
    LINE_BREAK_NAME,
    LOADED,
    LONG_NAME,
    QUARANTINED,
    REJECTED,
    SEEDS,
    Case,
    write_chaos,
)

from ingest.pipeline.names import display_name, name_bytes

# How the names no text encoding shows are stored and printed: each byte that is not UTF-8 (and a line
# break) as \xNN, read by hand from the bytes in tests/fixtures/chaos.py.
SHOWN = {
    LATIN1_NAME: "rapport_ann\\xe9e_2021.txt",
    LINE_BREAK_NAME: "chaos_line\\x0abreak.txt",
}


@pytest.fixture(scope="module")
def chaos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[Case], Path]:
    root = tmp_path_factory.mktemp("chaos")
    raw = root / "raw"
    cases = write_chaos(raw)
    db, printed = full_build(root, raw)
    charts = root / "build"
    env = {**os.environ, "NIANBAO_DB": str(db), "NIANBAO_BUILD_DIR": str(charts)}
    result = subprocess.run(
        [sys.executable, "-m", "briefing"], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (charts / "charts" / "index.html").exists()
    return db, printed, cases, root


def _shown(raw: Path, case: Case) -> str:
    """The name the build gives the file (relative to the project if it is under it; here it is not)."""
    return f"{raw.as_posix()}/{display_name(case.name)}"


def test_the_build_publishes_with_no_error(chaos):
    db, printed, _, root = chaos
    assert (root / "docs" / "index.html").exists()
    assert "validate: 0 errors" in printed
    failed = "select count(*) from marts.dq_findings where severity = 'error' and passed = false"
    assert query(db, failed) == [(0,)]


@pytest.mark.parametrize("name", SEEDS)
def test_the_seeds_values_stay_exact(chaos, name):
    db = chaos[0]
    rows = query(
        db,
        "select v.section, v.row_code, v.col_code, v.value from raw.report_values v "
        "join raw.reports r using (report_id) where r.source_path like ? and v.missing_reason is null",
        [f"%/raw/{name}"],
    )
    assert {(s, r, c): v for s, r, c, v in rows} == expected_values(name)
    meta = EXPECTED[name]["metadata"]
    ((year, code, place),) = query(
        db,
        "select report_year, division_code, jurisdiction_zh from marts.dim_report where source_path like ?",
        [f"%/raw/{name}"],
    )
    assert (year, code, place) == (meta["report_year"], meta["division_code"], meta["jurisdiction_zh"])


def test_every_odd_file_has_its_row_and_a_message_naming_it(chaos):
    db, printed, cases, root = chaos
    raw = root / "raw"
    problems = []
    for case in cases:
        shown = _shown(raw, case)
        files = query(db, "select status, message, report_id from raw.files where source_path = ?", [shown])
        if len(files) != 1:
            problems.append(f"{shown}: {len(files)} rows in raw.files")
            continue
        (status, message, report_id), message = files[0], files[0][1] or ""
        in_marts = query(db, "select count(*) from marts.dim_report where report_id = ?", [report_id])
        failed = query(
            db,
            'select "check", severity, observed from marts.dq_findings where report_id = ? and not passed',
            [report_id],
        )
        outcome = case.outcome
        if outcome == IN_RAW:  # what the parser makes of it may improve; it must end somewhere, said
            # (a report read whole, whatever its odd layout, may be a seed's report again: a duplicate)
            outcome = {"rejected": REJECTED, "duplicate": DUPLICATE}.get(status, LOADED)
            if outcome == LOADED and any(sev == "quarantine" for _, sev, _ in failed):
                outcome = QUARANTINED
        if outcome in (REJECTED, DUPLICATE):
            ok = status == {REJECTED: "rejected", DUPLICATE: "duplicate"}[outcome] and report_id is None
            words = message
        else:
            ok = status in ("loaded", "partial") and report_id is not None
            ok &= in_marts == [(0,) if outcome == QUARANTINED else (1,)]
            mine = [(c, obs) for c, sev, obs in failed if case.check is None or c == case.check]
            if outcome in (QUARANTINED, FLAGGED):
                severity = "quarantine" if outcome == QUARANTINED else "warning"
                ok &= any(case.check in (None, c) and sev == severity for c, sev, _ in failed)
            words = " ".join(str(obs) for _, obs in mine) + " " + message
        missing = [w for w in case.says if w.lower() not in words.lower()]
        if not ok or missing:
            problems.append(
                f"{shown}: {status}, in marts {in_marts}, failed {failed}, {message!r}: {missing}"
            )
        # Read cleanly (a stray line above the title, a title in the prose: the parser copes): nothing to say.
        clean = status == "loaded" and not message and not failed and case.outcome == IN_RAW
        if not clean and shown not in printed:
            problems.append(f"{shown}: not named in the build's output")
    assert not problems, "\n".join(problems)


def test_empty_files_are_empty_never_duplicates(chaos):
    db = chaos[0]
    rows = query(
        db,
        "select source_path, status, message from raw.files where source_path similar to "
        "'.*/chaos_(empty_.|blank_.|zero_bytes)\\.(txt|pdf)'",
    )
    assert len(rows) == 5
    assert all(status == "rejected" and "empty" in message for _, status, message in rows)


def test_names_no_encoding_shows_are_stored_losslessly_and_shown_escaped(chaos):
    db, printed, _, root = chaos
    raw = root / "raw"
    for name, shown in SHOWN.items():
        assert display_name(name) == shown
    for name in (GBK_NAME, LATIN1_NAME, LINE_BREAK_NAME, LONG_NAME):
        shown = display_name(name)
        assert name_bytes(shown) == name  # nothing lost: the bytes come back from the stored name
        ((report_id,),) = query(
            db, "select report_id from raw.reports where source_path = ?", [_shown(raw, Case(name, LOADED))]
        )
        assert query(db, "select count(*) from marts.dim_report where report_id = ?", [report_id]) == [(1,)]
        assert "\n" not in shown and shown in printed
    assert display_name(LONG_NAME) == LONG_NAME.decode()  # UTF-8 names are shown as they are
    page = (root / "docs" / "index.html").read_text(encoding="utf-8")
    assert display_name(GBK_NAME) in page  # its report differs from Luozhuang's: a finding names it
