"""The seed work plan's 71 tasks against values read by hand, and malformed plans made from its text."""

from __future__ import annotations

import datetime as dt

from conftest import CORPUS, query
from expected_workplan import DEADLINE_INHERITED, deadline_of, section_of, units_of

PLAN = CORPUS / "workplans" / "2022_laiwu_workplan.txt"
TASK_COLUMNS = (
    "task_no, section_zh, subsection_zh, category_zh, requirement_zh, deadline_text, deadline_date, "
    "deadline_kind, units_inherited, deadline_inherited, source_line"
)


def plan_text() -> str:
    return PLAN.read_text(encoding="utf-8")


def tasks(db, name: str = "%") -> dict[int, dict]:
    cols = [c.strip() for c in TASK_COLUMNS.split(",")]
    rows = query(
        db, f"select {TASK_COLUMNS} from raw.workplan_tasks where source_path like ? order by task_no", [name]
    )
    return {r[0]: dict(zip(cols, r, strict=True)) for r in rows}


def units(db, task_no: int, name: str = "%") -> list[tuple[str, str]]:
    return query(
        db,
        "select unit_zh, role from raw.workplan_task_units where task_no = ? and source_path like ? "
        "order by rowid",
        [task_no, name],
    )


def file_row(db, name: str) -> tuple[str, str, str]:
    (row,) = query(db, "select status, doc_kind, message from raw.files where source_path like ?", [name])
    return row


def _task_line(text: str, task_no: int) -> str:
    (line,) = [line for line in text.split("\n") if line.startswith(f"{task_no}\t")]
    return line


# --- the seed plan, read by hand -------------------------------------------------------------------


def test_plan_row(seed_warehouse):
    rows = query(
        seed_warehouse,
        "select plan_id, title, jurisdiction_zh, division_code, plan_year, issuer_zh, doc_number, issued_on, "
        "task_count, parse_status from raw.workplans",
    )
    assert len(rows) == 1
    plan_id, *rest = rows[0]
    assert plan_id.startswith("p_") and len(plan_id) == 18
    assert rest == [
        "2022年莱芜区政务公开工作要点", "莱芜区", "370116", 2022, "济南市莱芜区人民政府办公室",
        "莱芜政办发〔2022〕2号", dt.date(2022, 6, 15), 71, "ok",
    ]  # fmt: skip
    assert file_row(seed_warehouse, "%workplan%") == ("loaded", "workplan", "")
    assert query(seed_warehouse, "select distinct plan_id from raw.workplan_tasks") == [(plan_id,)]


def test_all_71_tasks_load_complete(seed_warehouse):
    loaded = tasks(seed_warehouse)
    assert sorted(loaded) == list(range(1, 72))
    for no, t in loaded.items():
        assert t["section_zh"] and t["subsection_zh"] and t["requirement_zh"], no
        assert t["deadline_date"] is not None and t["deadline_kind"] is not None, no
        assert units(seed_warehouse, no), no


def test_every_task_section_by_hand(seed_warehouse):
    loaded = tasks(seed_warehouse)
    wrong = {
        no: (t["section_zh"], t["subsection_zh"])
        for no, t in loaded.items()
        if (t["section_zh"], t["subsection_zh"]) != section_of(no)
    }
    assert wrong == {}


def test_every_task_deadline_by_hand(seed_warehouse):
    loaded = tasks(seed_warehouse)
    got = {no: (t["deadline_text"], t["deadline_date"], t["deadline_kind"]) for no, t in loaded.items()}
    assert got == {no: deadline_of(no) for no in range(1, 72)}
    assert {no for no, t in loaded.items() if t["deadline_inherited"]} == DEADLINE_INHERITED


def test_every_task_units_by_hand(seed_warehouse):
    loaded = tasks(seed_warehouse)
    for no in range(1, 72):
        want, inherited = units_of(no)
        assert units(seed_warehouse, no) == want, no
        assert loaded[no]["units_inherited"] is inherited, no
    assert query(seed_warehouse, "select count(*) from raw.workplan_task_units") == [(176,)]


def test_issue_examples(seed_warehouse):
    """The examples named in the issue, spelled out."""
    loaded = tasks(seed_warehouse)
    assert units(seed_warehouse, 25) == [
        (u, "responsible")
        for u in ("区发展改革局", "区教育和体育局", "区住房城乡建设局", "区交通运输局", "区卫生健康局",
                  "市生态环境局莱芜分局")
    ]  # fmt: skip
    assert loaded[25]["deadline_date"] == dt.date(2022, 9, 30)
    for no in (15, 16):
        assert units(seed_warehouse, no) == units(seed_warehouse, 14) == [
            ("各镇（街道）", "responsible"), ("区政府有关部门（单位）", "responsible")
        ]  # fmt: skip
        assert loaded[no]["deadline_text"] == "全年" and loaded[no]["deadline_kind"] == "year_round"
        assert loaded[no]["units_inherited"] and loaded[no]["deadline_inherited"]
    assert units(seed_warehouse, 49) == [("区政府办公室", "responsible")]
    assert (loaded[69]["deadline_date"], loaded[69]["deadline_kind"]) == (dt.date(2022, 7, 15), "relative")
    assert units(seed_warehouse, 10) == [
        ("各镇（街道）", "lead"), ("区司法局", "lead"), ("区行政审批服务局", "lead"), ("区大数据局", "lead"),
        ("区政府有关部门（单位）", "support"),
    ]  # fmt: skip


def test_requirements_categories_and_lines(seed_warehouse):
    loaded = tasks(seed_warehouse)
    assert loaded[51]["requirement_zh"] == "严格落实法定职责，依法依规做好答复工作。"
    assert loaded[64]["requirement_zh"] == "要配齐配强工作力量，强化经费保障，确保重点任务落实。"
    assert loaded[1]["source_line"] == 104 and loaded[71]["source_line"] == 192
    # The table's own 工作任务 label, as printed (its typo kept), shared through merged cells.
    assert loaded[1]["category_zh"] == loaded[3]["category_zh"] == "加强推高质量展信息公开"
    # Printed once, in the middle of its rows (task 21), it labels tasks 17-24.
    assert {loaded[n]["category_zh"] for n in range(17, 25)} == {"高质量公开民生保障信息"}
    # Spelled two ways on two pages.
    assert loaded[25]["category_zh"] == "规范化公开公共企事业单位信息"
    assert loaded[27]["category_zh"] == "规范化公开企事业单位信息"
    # 推进政策集中统一公开 has no label in the table.
    assert {loaded[n]["category_zh"] for n in (33, 34, 35)} == {None}


# --- malformed plans: a message naming the task, the other tasks still load --------------------------


def test_skipped_task_number_is_reported_and_the_others_load(raw_dir, run_ingest):
    text = plan_text().replace(_task_line(plan_text(), 12) + "\n", "")
    (raw_dir / "plan.txt").write_text(text, encoding="utf-8")
    summary, printed = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert summary.counts["partial"] == 1
    status, kind, message = file_row(db, "%plan.txt")
    assert (status, kind) == ("partial", "workplan")
    assert "task 12 is missing: the table skips its number after task 11 (line 116)" in message
    assert "task 12 is missing" in printed
    loaded = tasks(db)
    assert sorted(loaded) == [n for n in range(1, 72) if n != 12]
    assert loaded[13]["deadline_kind"] == "ongoing" and loaded[13]["units_inherited"] is False
    assert units(db, 10)[-1] == ("区政府有关部门（单位）", "support")
    assert query(db, "select task_count, parse_status from raw.workplans") == [(70, "partial")]


def test_nothing_is_inherited_across_a_skipped_task(raw_dir, run_ingest):
    """Without task 14, tasks 15 and 16 have no merged cell to share: empty and flagged, not task 13's."""
    text = plan_text().replace(_task_line(plan_text(), 14) + "\n", "")
    (raw_dir / "plan.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    loaded = tasks(db)
    for no in (15, 16):
        assert (loaded[no]["deadline_text"], loaded[no]["deadline_date"]) == (None, None)
        assert units(db, no) == []
    message = file_row(db, "%plan.txt")[2]
    assert "task 14 is missing" in message
    assert "task 15 (line 119) has no units (责任单位) of its own and task 14 above it is missing" in message
    assert "task 16 (line 120) has no deadline (完成时限) of its own" in message
    assert loaded[17]["deadline_text"] == "全年" and units(db, 17)[1] == ("区住房城乡建设局", "responsible")


def test_row_without_requirement_is_reported_and_the_others_load(raw_dir, run_ingest):
    line = _task_line(plan_text(), 12)
    no, *cells = line.split("\t")
    emptied = "\t".join([no, *("" if c.endswith("。") else c for c in cells)])
    (raw_dir / "plan.txt").write_text(plan_text().replace(line, emptied), encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    status, _, message = file_row(db, "%plan.txt")
    assert status == "partial"
    assert "task 12 (line 117) has no requirement (具体要求)" in message
    loaded = tasks(db)
    assert sorted(loaded) == list(range(1, 72))
    assert (loaded[12]["requirement_zh"], loaded[12]["section_zh"]) == (None, None)
    assert units(db, 12)[0] == ("各镇（街道）", "lead")
    assert loaded[13]["subsection_zh"] == "加强优化营商环境信息公开"


def test_repeated_task_number_keeps_the_first(raw_dir, run_ingest):
    line = _task_line(plan_text(), 13)
    (raw_dir / "plan.txt").write_text(plan_text().replace(line, "12" + line[2:]), encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    message = file_row(db, "%plan.txt")[2]
    assert "task 12 appears again at line 118; the first (line 117) is kept" in message
    assert "task 13 is missing" in message
    assert tasks(db)[12]["deadline_text"] == "全年"


def test_unreadable_deadline_is_empty_with_a_message_never_inherited(raw_dir, run_ingest):
    line = _task_line(plan_text(), 9)
    text = plan_text().replace(line, line.replace("2022年年底前", "年内尽快"))
    (raw_dir / "plan.txt").write_text(text, encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    task = tasks(db)[9]
    assert (task["deadline_text"], task["deadline_date"], task["deadline_kind"]) == ("年内尽快", None, None)
    assert task["requirement_zh"].startswith("增强政策制定实施的透明度")
    assert "task 9 (line 114) deadline '年内尽快': wording not understood" in file_row(db, "%plan.txt")[2]


def test_work_plan_and_reports_load_side_by_side(raw_dir, run_ingest):
    (raw_dir / "plan.txt").write_text(plan_text(), encoding="utf-8")
    (raw_dir / "report.txt").write_text((CORPUS / "reports" / "2021_laiwu.txt").read_text("utf-8"), "utf-8")
    summary, _ = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert summary.counts["loaded"] == 2
    assert query(db, "select count(*) from raw.reports") == [(1,)]
    assert query(db, "select count(*) from raw.workplan_tasks") == [(71,)]
    (raw_dir / "plan.txt").unlink()
    run_ingest(raw_dir)
    assert query(db, "select count(*) from raw.workplans") == [(0,)]
    assert query(db, "select count(*) from raw.workplan_task_units") == [(0,)]


def test_row_without_a_task_number_is_reported(raw_dir, run_ingest):
    line = _task_line(plan_text(), 12)
    (raw_dir / "plan.txt").write_text(plan_text().replace(line, "十二" + line[2:]), encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    message = file_row(db, "%plan.txt")[2]
    assert "line 117: a table row with no task number (序号): '十二 | 加大重点民生领域部门联合" in message
    assert "task 12 is missing" in message
    assert len(tasks(db)) == 70
