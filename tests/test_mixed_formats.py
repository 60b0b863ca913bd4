"""Reports in every format in one folder; the same report in two formats is loaded once."""

from __future__ import annotations

import shutil

from conftest import REPORTS, query, seed_text
from expected import expected_values

LANSHAN = "2021_lanshan.txt"


def _printed_values(db, path_suffix: str) -> dict:
    rows = query(
        db,
        "select v.section, v.row_code, v.col_code, v.value from raw.report_values v "
        "join raw.reports r using (report_id) where r.source_path like ? and v.missing_reason is null",
        [f"%{path_suffix}"],
    )
    return {(s, r, c): v for s, r, c, v in rows}


def _fill(raw_dir, published) -> None:
    (raw_dir / LANSHAN).write_text(seed_text(LANSHAN), encoding="utf-8")
    (raw_dir / "web").mkdir()
    shutil.copy(published[(LANSHAN, "html")], raw_dir / "web" / "lanshan_2021.html")
    shutil.copy(published[("2021_laiwu.txt", "docx")], raw_dir / "laiwu.docx")
    shutil.copy(published[("2021_luozhuang.txt", "pdf")], raw_dir / "luozhuang.pdf")
    shutil.copy(published[("2021_changle_office.txt", "html")], raw_dir / "changle.htm")
    shutil.copy(REPORTS / "2023_hongze.pdf", raw_dir / "2023_hongze.pdf")


def test_all_formats_load_and_the_other_format_is_a_duplicate(raw_dir, run_ingest, published):
    _fill(raw_dir, published)
    summary, printed = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert (summary.counts["loaded"], summary.counts["partial"], summary.counts["duplicate"]) == (4, 1, 1)
    assert summary.counts["rejected"] == 0
    formats = query(db, "select source_format, count(*) from raw.reports group by 1 order by 1")
    assert formats == [("docx", 1), ("html", 1), ("pdf", 2), ("text", 1)]
    (duplicate,) = query(db, "select source_path, status, message from raw.files where status = 'duplicate'")
    assert duplicate[0].endswith("web/lanshan_2021.html")
    assert "the same report as" in duplicate[2] and duplicate[2].count(LANSHAN) == 1
    assert "lanshan_2021.html" in printed and "duplicate" in printed
    assert query(db, "select count(*) from raw.reports where jurisdiction_zh = '兰山区'") == [(1,)]
    assert _printed_values(db, LANSHAN) == expected_values(LANSHAN)
    assert _printed_values(db, "laiwu.docx") == expected_values("2021_laiwu.txt")
    assert _printed_values(db, "luozhuang.pdf") == expected_values("2021_luozhuang.txt")
    assert _printed_values(db, "changle.htm") == expected_values("2021_changle_office.txt")


def test_duplicate_is_loaded_once_its_twin_is_removed(raw_dir, run_ingest, published):
    _fill(raw_dir, published)
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    summary, _ = run_ingest(raw_dir)  # nothing changed: still one copy, still reported
    assert (summary.counts["unchanged"], summary.counts["duplicate"]) == (5, 1)
    (raw_dir / LANSHAN).unlink()
    summary, _ = run_ingest(raw_dir)
    assert (summary.counts["removed"], summary.counts["loaded"], summary.counts["duplicate"]) == (1, 1, 0)
    assert query(db, "select source_format from raw.reports where jurisdiction_zh = '兰山区'") == [("html",)]
    assert _printed_values(db, "lanshan_2021.html") == expected_values(LANSHAN)
    assert query(db, "select count(*) from raw.reports") == [(5,)]


def test_a_changed_value_is_another_report_not_a_duplicate(raw_dir, run_ingest, published):
    """The key is the report's content: a text version that differs in one value is loaded too."""
    shutil.copy(published[(LANSHAN, "html")], raw_dir / "lanshan.html")
    changed = seed_text(LANSHAN).replace("\t295613\n", "\t295614\n")
    (raw_dir / "lanshan_corrected.txt").write_text(changed, encoding="utf-8")
    summary, _ = run_ingest(raw_dir)
    assert (summary.counts["loaded"], summary.counts["duplicate"]) == (2, 0)


def test_same_bytes_twin_is_loaded_once_the_first_is_removed(raw_dir, run_ingest):
    (raw_dir / "a.txt").write_text(seed_text(LANSHAN), encoding="utf-8")
    (raw_dir / "b.txt").write_text(seed_text(LANSHAN), encoding="utf-8")
    run_ingest(raw_dir)
    (raw_dir / "a.txt").unlink()
    summary, _ = run_ingest(raw_dir)
    assert (summary.counts["loaded"], summary.counts["removed"]) == (1, 1)
    db = raw_dir.parent / "warehouse.duckdb"
    assert [p.rsplit("/", 1)[1] for (p,) in query(db, "select source_path from raw.reports")] == ["b.txt"]
