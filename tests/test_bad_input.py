"""Bad input: each case gets a clear message naming the file, and never loses what was loaded."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest
from conftest import REPORTS, loaded_values, query, replace_row, seed_text
from expected import NOT_IN_VARIANT, ROWS_PER_REPORT, expected_values

from ingest.pipeline import load

LANSHAN = "2021_lanshan.txt"


def _file(db, name):
    rows = query(db, "select status, message from raw.files where source_path like ?", [f"%/{name}"])
    assert len(rows) == 1
    return rows[0]


def test_not_an_annual_report_is_rejected_and_others_still_load(raw_dir, run_ingest):
    (raw_dir / "notes.txt").write_text("会议纪要\n今天讨论了网站改版。\n", encoding="utf-8")
    (raw_dir / LANSHAN).write_text(seed_text(LANSHAN), encoding="utf-8")
    summary, printed = run_ingest(raw_dir)
    assert summary.counts["rejected"] == 1 and summary.counts["loaded"] == 1
    status, message = _file(raw_dir.parent / "warehouse.duckdb", "notes.txt")
    assert status == "rejected" and "not an annual report" in message
    assert "notes.txt" in printed and "not an annual report" in printed


def test_section_three_cut_off_loads_what_is_there_and_flags_the_rest(raw_dir, run_ingest):
    text = seed_text(LANSHAN)
    cut = text.index("\t3.危及“三安全一稳定”")
    (raw_dir / "cut.txt").write_text(text[:cut], encoding="utf-8")
    summary, printed = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert summary.counts["partial"] == 1
    status, message = _file(db, "cut.txt")
    assert status == "partial"
    assert "section 3: 20 of 26 rows not found" in message and "handled_total" in message
    values = loaded_values(db, "cut.txt")
    assert values[("3", "denied_state_secret", "natural_person")] == (12, None)
    assert values[("3", "handled_total", "total")] == (None, "row_not_found")
    assert values[("4", "review", "total")] == (None, "row_not_found")
    assert "cut.txt" in printed


@pytest.mark.parametrize(
    "marker,reason", [("—", "dash"), ("-", "dash"), ("", "empty"), ("约5", "unreadable")]
)
def test_dash_empty_or_unreadable_cell_is_missing_not_zero(raw_dir, run_ingest, marker, reason):
    text = replace_row(seed_text(LANSHAN), "2.重复申请", [marker, "0", "0", "0", "0", "0", "1"])
    (raw_dir / "dash.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    values = loaded_values(db, "dash.txt")
    assert values[("3", "not_processed_duplicate", "natural_person")] == (None, reason)
    assert values[("3", "not_processed_duplicate", "total")] == (1, None)
    status, message = _file(db, "dash.txt")
    assert status == "partial" and "not_processed_duplicate/natural_person" in message


def test_full_width_digits_and_thousands_separators(raw_dir, run_ingest):
    text = seed_text(LANSHAN).replace("\t295613\n", "\t295,613\n")
    text = replace_row(
        text, "一、本年新收政府信息公开申请数量", ["２３０", "0", "0", "２", "0", "0", "２３２"]
    )
    (raw_dir / "wide.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    values = loaded_values(raw_dir.parent / "warehouse.duckdb", "wide.txt")
    assert values[("2", "licensing", "decisions")] == (295613, None)
    assert values[("3", "new_received", "natural_person")] == (230, None)
    assert values[("3", "new_received", "total")] == (232, None)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gbk_encoded_file(raw_dir, run_ingest, encoding):
    (raw_dir / "gbk.txt").write_bytes(seed_text(LANSHAN).encode(encoding))
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    loaded = {k: v for k, (v, why) in loaded_values(db, "gbk.txt").items() if why != "not_in_variant"}
    assert loaded == expected_values(LANSHAN)
    assert query(db, "select encoding, jurisdiction_zh from raw.reports") == [("gb18030", "兰山区")]


def test_crlf_and_bom(raw_dir, run_ingest):
    data = b"\xef\xbb\xbf" + seed_text(LANSHAN).replace("\n", "\r\n").encode("utf-8")
    (raw_dir / "crlf.txt").write_bytes(data)
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    loaded = {k: v for k, (v, why) in loaded_values(db, "crlf.txt").items() if why != "not_in_variant"}
    assert loaded == expected_values(LANSHAN)


def test_same_content_under_two_names_is_loaded_once(raw_dir, run_ingest):
    (raw_dir / "a.txt").write_text(seed_text(LANSHAN), encoding="utf-8")
    (raw_dir / "b.txt").write_text(seed_text(LANSHAN), encoding="utf-8")
    summary, printed = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert summary.counts["loaded"] == 1 and summary.counts["duplicate"] == 1
    assert query(db, "select count(*) from raw.reports") == [(1,)]
    assert query(db, "select count(*) from raw.report_values") == [(ROWS_PER_REPORT,)]
    status, message = _file(db, "b.txt")
    assert status == "duplicate" and "same content as" in message and "a.txt" in message


def test_deleted_row_is_missing_and_every_other_value_stays_right(raw_dir, run_ingest):
    text = replace_row(seed_text(LANSHAN), "4.保护第三方合法权益", None)
    (raw_dir / "gap.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    values = loaded_values(db, "gap.txt")
    expected = expected_values(LANSHAN)
    for key, want in expected.items():
        if key[1] == "denied_third_party_rights":
            assert values[key] == (None, "row_not_found")
        else:
            assert values[key] == (want, None), key
    assert {values[key] for key in NOT_IN_VARIANT} == {(None, "not_in_variant")}
    assert "denied_third_party_rights" in _file(db, "gap.txt")[1]


def test_deleted_cell_leaves_its_row_missing_instead_of_shifting(raw_dir, run_ingest):
    text = replace_row(seed_text(LANSHAN), "1.属于国家秘密", ["12", "0", "0", "0", "0", "12"])
    (raw_dir / "short.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    values = loaded_values(db, "short.txt")
    assert {values[("3", "denied_state_secret", c)] for c in ("natural_person", "total")} == {
        (None, "cell_count_mismatch")
    }
    assert values[("3", "denied_prohibited_by_law", "total")] == (0, None)
    assert "has 6 value cells where the template has 7" in _file(db, "short.txt")[1]


def test_unknown_jurisdiction_loads_with_null_code_and_a_warning(raw_dir, run_ingest):
    text = seed_text(LANSHAN).replace("临沂市兰山区", "临沂市沂河区", 1)  # 沂河新区 is a zone, no division
    (raw_dir / "yihe.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert query(db, "select jurisdiction_zh, division_code from raw.reports") == [("沂河区", None)]
    assert "沂河区 is not in the national division list" in _file(db, "yihe.txt")[1]


def test_an_ambiguous_district_loads_with_null_code_and_its_candidates(raw_dir, run_ingest):
    """河东区 is 天津市河东区 120102 and 临沂市河东区 371312: a title naming it alone, in a report naming
    neither city, leaves the code null and lists both."""
    text = seed_text(LANSHAN).replace("临沂市兰山区", "河东区").replace("临沂", "").replace("兰山", "河东")
    (raw_dir / "hedong.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert query(db, "select jurisdiction_zh, division_code from raw.reports") == [("河东区", None)]
    message = _file(db, "hedong.txt")[1]
    assert "河东区 is ambiguous" in message and "120102" in message and "371312" in message


def test_rerun_is_idempotent_and_skips_unchanged_files(raw_dir, run_ingest, monkeypatch):
    for name in ("2021_lanshan.txt", "2021_laiwu.txt"):
        (raw_dir / name).write_bytes((REPORTS / name).read_bytes())
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    before = query(db, "select * from raw.report_values order by all")

    parsed: list[str] = []
    original = load.parse_file
    monkeypatch.setattr(load, "parse_file", lambda name, *args: parsed.append(name) or original(name, *args))
    summary, _ = run_ingest(raw_dir)
    assert parsed == [] and summary.counts["unchanged"] == 2
    assert query(db, "select * from raw.report_values order by all") == before

    changed = seed_text("2021_laiwu.txt").replace("\t66374\n", "\t66375\n")
    (raw_dir / "2021_laiwu.txt").write_text(changed, encoding="utf-8")
    summary, _ = run_ingest(raw_dir)
    assert len(parsed) == 1 and parsed[0].endswith("2021_laiwu.txt")
    assert query(db, "select count(*) from raw.reports") == [(2,)]
    assert query(db, "select count(*) from raw.report_values") == [(2 * ROWS_PER_REPORT,)]
    assert loaded_values(db, "2021_laiwu.txt")[("2", "licensing", "decisions")] == (Decimal(66375), None)
    sha = hashlib.sha256(changed.encode()).hexdigest()
    assert query(db, "select source_sha256 from raw.reports where source_path like '%laiwu%'") == [(sha,)]

    (raw_dir / "2021_laiwu.txt").unlink()
    summary, _ = run_ingest(raw_dir)
    assert summary.counts["removed"] == 1
    assert query(db, "select count(*) from raw.report_values") == [(ROWS_PER_REPORT,)]


def test_failure_mid_run_leaves_the_previous_warehouse_intact(raw_dir, run_ingest, monkeypatch):
    (raw_dir / LANSHAN).write_text(seed_text(LANSHAN), encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    before = query(db, "select * from raw.report_values order by all")
    (raw_dir / "2021_laiwu.txt").write_text(seed_text("2021_laiwu.txt"), encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "_write", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        run_ingest(raw_dir)
    assert query(db, "select * from raw.report_values order by all") == before
    assert [p.name for p in db.parent.iterdir() if ".tmp-" in p.name] == []


def test_department_report_keeps_its_own_body(raw_dir, run_ingest):
    """A department's report (title 莱芜区教育和体育局2021年…) is not the district government's."""
    text = seed_text("2021_laiwu.txt").replace(
        "济南市莱芜区2021年政府信息公开工作", "莱芜区教育和体育局2021年政府信息公开工作", 1
    )
    (raw_dir / "dept.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert query(db, "select reporting_body_zh, jurisdiction_zh, division_code from raw.reports") == [
        ("莱芜区教育和体育局", "莱芜区", "370116")
    ]
