"""One bad file never costs the others: a failure at any stage rejects that file alone, naming it.

Each case drops one bad file beside two good seed reports and checks that the bad one is rejected with a
message saying what is wrong and what to do, and that both good reports load with every value.
"""

from __future__ import annotations

import io
import os
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import REPORTS, loaded_values, query, seed_text
from expected import ROWS_PER_REPORT

from ingest.parsing import parse
from ingest.parsing.report import parser as report_parser
from ingest.pipeline import load

GOOD = ["2021_lanshan.txt", "2021_laiwu.txt"]


def _with_good(raw: Path) -> None:
    for name in GOOD:
        (raw / name).write_bytes((REPORTS / name).read_bytes())


def _files(db: Path) -> dict[str, tuple[str, str]]:
    rows = query(db, "select source_path, status, message from raw.files")
    return {Path(p).name: (s, m) for p, s, m in rows}


def _good_loaded(db: Path) -> None:
    files = _files(db)
    assert all(files[name][0] == "loaded" for name in GOOD), files
    assert query(db, "select count(*) from raw.report_values") == [(2 * ROWS_PER_REPORT,)]


@pytest.fixture
def raw(raw_dir: Path) -> Path:
    _with_good(raw_dir)
    return raw_dir


def _ingest(raw: Path, run_ingest) -> tuple[Path, str]:
    _, printed = run_ingest(raw)
    return raw.parent / "warehouse.duckdb", printed


@pytest.mark.parametrize(
    "stage,target",
    [
        ("read", (parse, "read_document")),
        ("classify", (parse.classify, "classify")),
        ("parse", (parse, "parse_report")),
        ("parse_section", (report_parser, "_parse_labelled")),
        ("narrative", (parse.narrative, "claim_records")),
        ("write", (load, "_entry")),
    ],
)
def test_a_failure_at_any_stage_rejects_that_file_only(raw, run_ingest, monkeypatch, stage, target):
    (raw / "bad.txt").write_text(seed_text("2021_luozhuang.txt"), encoding="utf-8")
    module, name = target
    original = getattr(module, name)

    def fail_for_bad_file(*args, **kwargs):
        # The bad file is told by its name (in a path, a document or a result) or, inside the report
        # parser, by Luozhuang's section 三 value 72 (the good files are Lanshan's and Laiwu's).
        seen = repr(args) + repr(kwargs)
        if "bad.txt" in seen or (stage == "parse_section" and "Cell(text='72'" in seen):
            raise RuntimeError(f"injected failure in {stage}")
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, fail_for_bad_file)
    if stage == "write":  # the batch holding bad.txt fails to convert as a whole: each file is tried alone
        convert_batch = load._entries

        def fail_for_a_batch_with_the_bad_file(results):
            if "bad.txt" in repr(results):
                raise RuntimeError("injected failure in write (the batch)")
            return convert_batch(results)

        monkeypatch.setattr(load, "_entries", fail_for_a_batch_with_the_bad_file)
    db, printed = _ingest(raw, run_ingest)
    status, message = _files(db)["bad.txt"]
    if stage == "narrative":  # the prose costs the report its claims only, never its tables
        assert status == "loaded" and "narrative claims not extracted" in message
        assert query(db, "select count(*) from raw.report_values") == [(3 * ROWS_PER_REPORT,)]
        return
    assert status == "rejected" and f"injected failure in {stage}" in message, message
    assert "bad.txt" in printed
    _good_loaded(db)


def _die_on_killer(name: str, *args) -> parse.FileResult:
    """parse_file, except that the process dies on killer.txt, as a crash in a C library would."""
    if name.endswith("killer.txt"):
        os._exit(1)
    return parse.parse_file(name, *args)


def test_a_parser_process_that_dies_costs_only_its_file(raw, monkeypatch):
    """A file that kills its worker process is rejected; every other file of the pool loads."""
    for i in range(25):  # enough files for the process pool
        (raw / f"copy_{i:02}.txt").write_text(
            seed_text("2021_lanshan.txt").replace("临沂市兰山区", f"临沂市兰山区{i:02}号", 1),
            encoding="utf-8",
        )
    (raw / "killer.txt").write_text(seed_text("2021_luozhuang.txt"), encoding="utf-8")
    monkeypatch.setattr(load, "parse_file", _die_on_killer)  # the workers are forked: they see it too
    out = io.StringIO()
    summary = load.ingest(raw, raw.parent / "warehouse.duckdb", jobs=2, out=out)
    files = _files(raw.parent / "warehouse.duckdb")
    assert files["killer.txt"][0] == "rejected" and "process died" in files["killer.txt"][1]
    assert "a parser process died" in out.getvalue()
    assert summary.counts["rejected"] == 1 and summary.counts["loaded"] + summary.counts["duplicate"] == 27
    assert all(files[f"copy_{i:02}.txt"][0] in {"loaded", "duplicate"} for i in range(25))


def test_six_decimal_fee_and_twenty_digit_count_load_exactly_beside_good_files(raw, run_ingest):
    """The 平潭 pages print 行政事业性收费 with six decimals; a count may be absurdly long: both exact."""
    text = seed_text("2021_luozhuang.txt")
    fee = text.replace("\t12291.3\n", "\t24252.311082\n", 1)
    assert fee != text, "the seed's fee cell should be found"
    (raw / "fee.txt").write_text(fee, encoding="utf-8")
    count = seed_text("2021_changle_office.txt").replace("\t7\n", "\t12345678901234567890\n", 1)
    (raw / "count.txt").write_text(count, encoding="utf-8")
    huge = seed_text("2021_luozhuang.txt").replace("临沂市罗庄区", "临沂市罗庄区某局", 1)
    huge = huge.replace("\t12291.3\n", "\t" + "9" * 30 + "\n", 1)
    (raw / "huge.txt").write_text(huge, encoding="utf-8")
    db, _ = _ingest(raw, run_ingest)
    _files_now = _files(db)
    assert {n: s for n, (s, _) in _files_now.items()} == {
        "2021_lanshan.txt": "loaded", "2021_laiwu.txt": "loaded", "fee.txt": "loaded", "count.txt": "loaded",
        "huge.txt": "partial",
    }  # fmt: skip
    assert loaded_values(db, "fee.txt")[("2", "fees", "amount_10k_yuan")] == (Decimal("24252.311082"), None)
    counts = [v for (v, _) in loaded_values(db, "count.txt").values() if v is not None]
    assert Decimal("12345678901234567890") in counts
    assert loaded_values(db, "huge.txt")[("2", "fees", "amount_10k_yuan")] == (None, "too_many_digits")
    assert "more digits than can be stored exactly" in _files_now["huge.txt"][1]
    _ = query(db, "select value_text from raw.report_values where missing_reason = 'too_many_digits'")
    assert _ == [("9" * 30,)]


@pytest.mark.parametrize(
    "name,data,says",
    [
        ("bom.txt", b"\xef\xbb\xbf\xe4\xbd\xa0\xff\xfe", "cannot decode"),
        ("odd.txt", b"\xff\xfe" + "你好".encode("utf-16-le") + b"\x00", "cannot decode"),
        ("empty.txt", b"", "the file is empty"),
        ("blank.html", b"  \n\t  \n", "the file is empty"),
    ],
)
def test_undecodable_or_empty_text_is_rejected_with_what_to_do(raw, run_ingest, name, data, says):
    (raw / name).write_bytes(data)
    db, printed = _ingest(raw, run_ingest)
    status, message = _files(db)[name]
    assert status == "rejected" and says in message and name in printed
    _good_loaded(db)


def test_a_word_file_with_a_bad_checksum_is_rejected(raw, run_ingest, published):
    data = bytearray(published[("2021_luozhuang.txt", "docx")].read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 10] ^= 0xFF  # one byte of the compressed document part: its CRC no longer matches
    (raw / "crc.docx").write_bytes(bytes(data))
    db, _ = _ingest(raw, run_ingest)
    status, message = _files(db)["crc.docx"]
    assert status == "rejected" and "damaged" in message, message
    _good_loaded(db)


def test_an_unreadable_file_is_rejected_and_named(raw, run_ingest, monkeypatch):
    """Permission denied (simulated: the tests may run as root, who reads anything)."""
    (raw / "locked.txt").write_text(seed_text("2021_luozhuang.txt"), encoding="utf-8")
    original = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    db, printed = _ingest(raw, run_ingest)
    status, message = _files(db)["locked.txt"]
    assert status == "rejected" and "permission denied" in message and "chmod" in message
    _good_loaded(db)


def test_dangling_and_looping_links_are_reported_and_skipped(raw, run_ingest):
    os.symlink(raw / "gone.txt", raw / "dangling.txt")
    os.symlink(raw / "loop_b.txt", raw / "loop_a.txt")
    os.symlink(raw / "loop_a.txt", raw / "loop_b.txt")
    os.symlink(raw, raw / "myself")  # a folder linking to its parent: walked once
    os.symlink(REPORTS / "2021_luozhuang.txt", raw / "linked.txt")
    db, _ = _ingest(raw, run_ingest)
    files = _files(db)
    assert files["dangling.txt"][0] == "rejected" and "broken link" in files["dangling.txt"][1]
    assert files["loop_a.txt"][0] == "rejected" and "loop" in files["loop_a.txt"][1]
    assert files["linked.txt"][0] == "loaded"  # a link to a report is the report
    assert query(db, "select count(*) from raw.reports") == [(3,)]
    summary, _ = run_ingest(raw)  # nothing changed: the broken links are not new each run
    assert summary.counts["unchanged"] == len(files) and summary.counts["removed"] == 0


def test_a_page_without_any_template_table_is_rejected_not_loaded_empty(raw, run_ingest):
    page = (
        "<html><head><meta charset='utf-8'></head><body><h1>济南市莱芜区2021年政府信息公开工作年度报告</h1>"
        "<p>本报告由莱芜区人民政府办公室编制。</p></body></html>"
    )
    (raw / "no_tables.html").write_text(page, encoding="utf-8")
    db, _ = _ingest(raw, run_ingest)
    status, message = _files(db)["no_tables.html"]
    assert status == "rejected" and "no annual-report table found" in message
    assert "looks like an annual report" not in message
    _good_loaded(db)


def test_gbk_text_named_html_is_read_as_text(raw, run_ingest):
    (raw / "saved.html").write_bytes(seed_text("2021_luozhuang.txt").encode("gb18030"))
    db, _ = _ingest(raw, run_ingest)
    assert _files(db)["saved.html"][0] == "loaded"
    assert query(
        db, "select source_format, encoding from raw.reports where source_path like '%saved.html'"
    ) == [("text", "gb18030")]


def test_a_fractional_count_is_flagged_by_the_parser(raw, run_ingest):
    text = seed_text("2021_luozhuang.txt").replace("\t72\n", "\t230.5\n", 1)
    (raw / "fraction.txt").write_text(text, encoding="utf-8")
    db, _ = _ingest(raw, run_ingest)
    status, message = _files(db)["fraction.txt"]
    assert (
        status == "loaded"
        and "reads '230.5': a count with a fraction" in message
        and "quarantined" in message
    )
