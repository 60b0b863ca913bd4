"""The ingest reads a raw file again only when its stat changed (ingest.pipeline.load: raw.file_stats).

A file whose size, modification and change times, inode and device are those recorded at its last read
keeps its recorded hash; any write changes the change time, so a file rewritten with the same size and
its old modification time is read again (make's mtime rule alone would miss it). A file changed moments
before the read is not recorded (load.RECENT_NS): the tests set that window to nothing or to everything,
so that no test depends on the clock.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import REPORTS, query

from ingest.pipeline import load

# 罗庄区 2021 prints 77877 行政许可 decisions (tests/expected.py); 77878 has as many characters.
PRINTED, REWRITTEN = "\t77877\n", "\t77878\n"


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("2021_lanshan.txt", "2021_luozhuang.txt"):
        shutil.copy(REPORTS / name, folder / name)
    return folder


def _reads(monkeypatch: pytest.MonkeyPatch, raw: Path) -> list[str]:
    """The names of the raw files read from now on."""
    read: list[str] = []
    original = Path.read_bytes

    def recording(path: Path) -> bytes:
        if path.parent == raw:
            read.append(path.name)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", recording)
    return read


def _luozhuang_decisions(db: Path) -> list[tuple]:
    sql = (
        "select v.value from raw.report_values v join raw.reports r using (report_id) "
        "where r.source_path like '%/2021_luozhuang.txt' and v.value in (77877, 77878)"
    )
    return [(int(value),) for (value,) in query(db, sql)]


def test_an_unchanged_file_is_not_read_again_and_a_rewritten_one_is(raw, run_ingest, tmp_path, monkeypatch):
    monkeypatch.setattr(load, "RECENT_NS", 0)
    run_ingest(raw)
    db = tmp_path / "warehouse.duckdb"
    assert query(db, "select count(*) from raw.file_stats") == [(2,)]
    assert _luozhuang_decisions(db) == [(77877,)]

    luozhuang = raw / "2021_luozhuang.txt"
    before = os.stat(luozhuang)
    text = luozhuang.read_text(encoding="utf-8")
    assert text.count(PRINTED) == 1
    luozhuang.write_text(text.replace(PRINTED, REWRITTEN), encoding="utf-8")
    os.utime(luozhuang, ns=(before.st_atime_ns, before.st_mtime_ns - 10**9))  # an older mtime, same size
    assert os.stat(luozhuang).st_size == before.st_size

    read = _reads(monkeypatch, raw)
    summary, _ = run_ingest(raw)
    assert set(read) == {"2021_luozhuang.txt"}  # hashed and parsed; 兰山区's file is as recorded: not read
    assert summary.counts["unchanged"] == 1
    assert _luozhuang_decisions(db) == [(77878,)]

    read.clear()
    summary, _ = run_ingest(raw)
    assert read == []
    assert summary.counts["unchanged"] == 2


def test_a_file_changed_moments_before_the_read_is_read_again(raw, run_ingest, tmp_path, monkeypatch):
    monkeypatch.setattr(load, "RECENT_NS", 10**19)  # every file counts as just changed
    run_ingest(raw)
    assert query(tmp_path / "warehouse.duckdb", "select count(*) from raw.file_stats") == [(0,)]
    read = _reads(monkeypatch, raw)
    summary, _ = run_ingest(raw)
    assert sorted(read) == ["2021_lanshan.txt", "2021_luozhuang.txt"]
    assert summary.counts["unchanged"] == 2


def test_the_records_follow_the_files_removed_and_recent(raw, run_ingest, tmp_path, monkeypatch):
    """Only the records that differ are written (load._record_files): a removed file's record goes, a
    kept file's stays as its stat is, and a file that counts as just changed loses its record."""
    monkeypatch.setattr(load, "RECENT_NS", 0)
    run_ingest(raw)
    db = tmp_path / "warehouse.duckdb"
    (raw / "2021_lanshan.txt").unlink()
    run_ingest(raw)
    info = os.stat(raw / "2021_luozhuang.txt")
    assert query(db, "select source_path, size_bytes, mtime_ns, inode from raw.file_stats") == [
        (load.display_path(raw / "2021_luozhuang.txt"), info.st_size, info.st_mtime_ns, info.st_ino)
    ]
    monkeypatch.setattr(load, "RECENT_NS", 10**19)
    run_ingest(raw)
    assert query(db, "select count(*) from raw.file_stats") == [(0,)]
