"""Narrative claims: the figures of the reports' prose, against values read by hand from the documents."""

from __future__ import annotations

import pytest
from conftest import REPORTS, SEED_NAMES, query, seed_text
from narrative_expected import EXPECTED_CLAIMS

from ingest.parsing import narrative
from ingest.parsing.document import Document, Paragraph, Table
from ingest.parsing.narrative.metrics import load_vocabulary

COLUMNS = (
    "metric, claim_kind, value, base_metric, compared_year, number_text, source_line, claim_no, "
    "refers_to_claim_no, decimals, sentence, char_offset, implicit"
)


def _claims(db, name: str) -> list[dict]:
    rows = query(
        db,
        f"select {COLUMNS} from raw.narrative_claims c join raw.reports r using (report_id) "
        "where r.source_path like ? order by claim_no",
        [f"%/{name}"],
    )
    return [dict(zip([c.strip() for c in COLUMNS.split(",")], row, strict=True)) for row in rows]


def _find(claims: list[dict], metric: str, kind: str, **where) -> list[dict]:
    return [
        c
        for c in claims
        if c["metric"] == metric and c["claim_kind"] == kind and all(c[k] == v for k, v in where.items())
    ]


def _one(claims: list[dict], metric: str, kind: str, **where) -> dict:
    found = _find(claims, metric, kind, **where)
    assert len(found) == 1, f"expected one {metric} {kind} {where}, found {found}"
    return found[0]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_claim_of_the_seed_reports(seed_warehouse, name):
    """The full list, in reading order: nothing missing, nothing extra, nothing tied to another metric."""
    got = [
        (c["metric"], c["claim_kind"], c["value"], c["base_metric"], c["compared_year"], c["number_text"],
         c["source_line"])
        for c in _claims(seed_warehouse, name)
    ]  # fmt: skip
    want = [(m, k, pytest.approx(v), b, y, t, line) for m, k, v, b, y, t, line in EXPECTED_CLAIMS[name]]
    assert got == want


def test_laiwu_claims_named_in_the_issue(seed_warehouse):
    claims = _claims(seed_warehouse, "2021_laiwu.txt")
    received = _one(claims, "applications_received", "count")
    assert received["value"] == 234
    change = _one(claims, "applications_received", "change_pct")
    assert change["value"] == pytest.approx(-29.3) and change["compared_year"] == 2020
    assert change["refers_to_claim_no"] == received["claim_no"]

    granted = _one(claims, "granted", "count")
    share = _one(claims, "granted", "share")
    assert granted["value"] == 98
    assert (share["value"], share["decimals"], share["number_text"]) == (pytest.approx(41.70), 2, "41.70")
    assert (
        share["base_metric"] == "applications_handled" and share["refers_to_claim_no"] == granted["claim_no"]
    )
    assert _one(claims, "applications_handled", "count")["value"] == 235

    # The text says 2 lawsuits without prior review; the table says 1. The claim is kept as printed.
    lawsuits = _one(claims, "litigation_direct_total", "count")
    assert lawsuits["value"] == 2 and "未经复议直接提起行政诉讼2件" in lawsuits["sentence"]
    assert _one(claims, "litigation_direct_total", "change_pct")["value"] == 50

    assert _one(claims, "review_total", "count")["value"] == 2
    assert _one(claims, "review_total", "change_pct")["value"] == pytest.approx(-84.6)


def test_laiwu_table_says_one_lawsuit(seed_warehouse):
    """The disagreement the claim above must survive: section 四's 未经复议直接起诉 总计 is 1."""
    rows = query(
        seed_warehouse,
        "select v.value from raw.report_values v join raw.reports r using (report_id) "
        "where r.source_path like '%/2021_laiwu.txt' and v.row_code = 'litigation_direct' "
        "and v.col_code = 'total'",
    )
    assert rows == [(1,)]


def test_lanshan_claims_named_in_the_issue(seed_warehouse):
    claims = _claims(seed_warehouse, "2021_lanshan.txt")
    received = _find(claims, "applications_received", "count")
    # 受理…申请232件 (line 22) and 处理本年度政府信息公开申请232件 (line 23)
    assert [(c["value"], c["source_line"]) for c in received] == [(232, 22), (232, 23)]
    pct = _one(claims, "applications_received", "change_pct")
    assert (pct["value"], pct["compared_year"], pct["refers_to_claim_no"]) == (
        13,
        2020,
        received[0]["claim_no"],
    )
    assert "较2020年增加13%" in pct["sentence"]
    absolute = _one(claims, "applications_received", "change_abs")
    assert (absolute["value"], absolute["compared_year"]) == (27, 2020)

    assert _one(claims, "review_total", "change_abs")["value"] == -3
    assert _one(claims, "review_corrected", "change_abs")["value"] == -10
    upheld = _one(claims, "review_upheld", "prior_share")
    corrected = _one(claims, "review_corrected", "prior_share")
    assert (upheld["value"], upheld["base_metric"], upheld["compared_year"]) == (28.6, "review_total", 2020)
    assert (corrected["value"], corrected["base_metric"]) == (52.4, "review_total")
    # 较上年大幅增加38.1% is the share's change in points (66.7 − 28.6), not a change of the count.
    assert not [c for c in claims if c["number_text"] in {"38.1", "46.9", "7.9"}]


def test_luozhuang_change_is_of_received_plus_carried_over(seed_warehouse):
    """新收…124件，上年度结转办理1件，共125件，同比增长58.2%: the 58.2% is of the 125."""
    claims = _claims(seed_warehouse, "2021_luozhuang.txt")
    assert _one(claims, "applications_received", "count")["value"] == 124
    assert _one(claims, "applications_carried_over", "count")["value"] == 1
    total = _one(claims, "applications_total", "count")
    change = _one(claims, "applications_total", "change_pct")
    assert total["value"] == 125
    assert (change["value"], change["compared_year"]) == (pytest.approx(58.2), 2020)
    assert change["refers_to_claim_no"] == total["claim_no"]
    assert not _find(claims, "applications_received", "change_pct")


@pytest.mark.parametrize("name", SEED_NAMES)
def test_no_claim_is_invented(seed_warehouse, name):
    """Every claim's sentence is on its source line, holds its number at char_offset, and says its value."""
    lines = seed_text(name).splitlines()
    claims = _claims(seed_warehouse, name)
    assert claims, f"{name} should have narrative claims"
    for c in claims:
        sentence, offset, text = c["sentence"], c["char_offset"], c["number_text"]
        assert c["claim_kind"] in narrative.KINDS
        assert text in sentence
        assert sentence[offset : offset + len(text)] == text, c
        assert sentence in lines[c["source_line"] - 1], c
        if c["implicit"]:  # words, not a number: a claim of zero
            assert c["value"] == 0 and c["decimals"] == 0 and not any(ch.isdigit() for ch in text), c
            continue
        assert not sentence[offset + len(text) : offset + len(text) + 1].isdigit()
        assert offset == 0 or not (sentence[offset - 1].isdigit() or sentence[offset - 1] == ".")
        assert sentence in lines[c["source_line"] - 1], c
        assert abs(c["value"]) == pytest.approx(float(text.replace(",", "")))
        assert c["decimals"] == len(text.partition(".")[2])
    assert [c["claim_no"] for c in claims] == list(range(1, len(claims) + 1))


def test_metric_vocabulary_is_loaded_with_its_cells(seed_warehouse):
    rows = query(
        seed_warehouse,
        "select metric, label_zh, section, row_code, col_code from raw.narrative_metric_cells order by all",
    )
    cells: dict[str, set] = {}
    for metric, label_zh, section, row, col in rows:
        assert label_zh
        cells.setdefault(metric, set()).add((section, row, col))
    assert cells["applications_received"] == {("3", "new_received", "total")}
    assert cells["applications_total"] == {("3", "new_received", "total"), ("3", "carried_over", "total")}
    assert cells["applications_handled"] == {("3", "handled_total", "total")}
    assert len(cells["denied"]) == 8 and all(r.startswith("denied_") for _, r, _ in cells["denied"])
    assert cells["review_total"] == {("4", "review", "total")}
    assert cells["litigation_total"] == {
        ("4", "litigation_direct", "total"),
        ("4", "litigation_after_review", "total"),
    }
    assert cells["litigation_direct_total"] == {("4", "litigation_direct", "total")}
    assert cells["litigation_upheld"] == {
        ("4", "litigation_direct", "upheld"),
        ("4", "litigation_after_review", "upheld"),
    }
    assert cells["hotline_cases"] == {(None, None, None)}
    used = {m for (m,) in query(seed_warehouse, "select distinct metric from raw.narrative_claims")}
    assert used <= set(cells)
    assert set(cells) == set(load_vocabulary().metrics)


# --- constructed documents: what the extractor must and must not read -----------------------------------


def _doc(*texts: str) -> Document:
    blocks: list[Paragraph | Table] = [Paragraph(t, i) for i, t in enumerate(texts, start=1)]
    return Document("constructed.txt", "text", blocks)


def _read(*texts: str, year: int | None = 2021) -> list[tuple]:
    return [
        (c.metric, c.claim_kind, c.value, c.number_text) for c in narrative.extract_claims(_doc(*texts), year)
    ]


def test_full_width_digits_and_pdf_spacing_are_read_and_point_at_the_printed_number():
    text = "全区共收到政府信息公开申请 ２３４ 件，同比减少 29.3 ％。"
    (count, change) = narrative.extract_claims(_doc(text), 2021)
    assert (count.metric, count.value, count.number_text) == ("applications_received", 234, "２３４")
    assert text[count.char_offset : count.char_offset + 3] == "２３４"
    assert (change.value, change.number_text, change.decimals) == (-29.3, "29.3", 1)
    assert text[change.char_offset : change.char_offset + 4] == "29.3"


def test_change_without_a_stated_comparison_is_left_out():
    assert _read("共收到政府信息公开申请234件，减少12件。") == [
        ("applications_received", "count", 234, "234")
    ]


def test_rates_and_approximate_figures_are_not_claims():
    # 按时答复率 is about timeliness, which the tables do not give; 办结率 is handled per received (a share)
    assert _read("全年共受理申请16件，按时答复率100%，办结率达到100%。") == [
        ("applications_received", "count", 16, "16"),
        ("applications_handled", "share", 100, "100"),
    ]
    assert _read("承办的所有建议提案均已办结，办结率达到100%。") == []
    assert _read("共受理热线诉求148627件，同比增长超过7.89 %。", "网络媒体刊发400余篇。") == [
        ("hotline_cases", "count", 148627, "148627")
    ]


def test_a_share_is_of_the_count_just_before_it_unless_it_says_respectively():
    assert _read("答复政府信息公开申请100件，其中予以公开40件，部分公开10件，占10%。") == [
        ("applications_handled", "count", 100, "100"),
        ("granted", "count", 40, "40"),
        ("partially_granted", "count", 10, "10"),
        ("partially_granted", "share", 10, "10"),
    ]
    assert _read("答复政府信息公开申请100件，其中予以公开10件、部分公开10件，分别占10%。")[-2:] == [
        ("granted", "share", 10, "10"),
        ("partially_granted", "share", 10, "10"),
    ]


def test_figures_of_an_earlier_year_are_not_current_counts():
    assert _read("2020年，全区共收到政府信息公开申请331件。") == []
    assert _read("上年共收到政府信息公开申请331件。") == []
    # A title's year names no subject; a comparison's year neither.
    assert _read("根据《2020年政府信息公开工作年度报告》，全区共收到政府信息公开申请234件。") == [
        ("applications_received", "count", 234, "234")
    ]
    # An earlier year's share is a prior share of that year.
    (share,) = narrative.extract_claims(
        _doc("2020年答复政府信息公开申请100件，予以公开占答复总量的40%。"), 2021
    )
    assert (share.metric, share.claim_kind, share.value) == ("granted", "prior_share", 40)
    assert (share.base_metric, share.compared_year) == ("applications_handled", 2020)


def test_cases_counted_in_qi():
    claims = narrative.extract_claims(_doc("全区被申请行政复议3起，同比减少1起。"), 2021)
    assert [(c.metric, c.claim_kind, c.value, c.compared_year) for c in claims] == [
        ("review_total", "count", 3, None),
        ("review_total", "change_abs", -1, 2020),
    ]


def test_outcome_outside_an_applications_context_is_not_read():
    """予以公开 far from any application (a new heading, no 申请 in the sentence) is left out."""
    assert _read("（三）其他", "予以公开98件，占41.70%；") == []


def test_ocr_noise_after_a_picture_is_skipped():
    assert _read(
        "[image: chart.png]HiBSR,",
        "行政复议 2件",
        "1.1%",
        "（二）依申请公开",
        "共收到政府信息公开申请5件。",
    ) == [("applications_received", "count", 5, "5")]


def test_unknown_report_year_keeps_the_change_with_an_unknown_compared_year():
    claims = narrative.extract_claims(_doc("共收到政府信息公开申请234件，同比减少29.3%。"), None)
    assert [(c.claim_kind, c.compared_year) for c in claims] == [("count", None), ("change_pct", None)]
    explicit = narrative.extract_claims(_doc("受理政府信息公开申请232件，数量较2020年增加13%。"), None)
    assert explicit[1].compared_year == 2020


# --- loading ---------------------------------------------------------------------------------------------


def test_changed_report_replaces_its_claims(raw_dir, run_ingest):
    name = "2021_changle_office.txt"
    (raw_dir / name).write_text(seed_text(name), encoding="utf-8")
    run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert [c["value"] for c in _claims(db, name)] == [16, 0]  # 0: 未出现…行政复议、行政诉讼
    (raw_dir / name).write_text(
        seed_text(name).replace("全年共受理申请16件", "全年共受理申请17件"), encoding="utf-8"
    )
    run_ingest(raw_dir)
    assert [c["value"] for c in _claims(db, name)] == [17, 0]
    assert query(db, "select count(*) from raw.narrative_claims") == [(2,)]


def test_a_failing_extractor_costs_the_report_only_its_claims(raw_dir, run_ingest, monkeypatch):
    def boom(*args, **kwargs):
        raise ValueError("cannot happen")

    monkeypatch.setattr(narrative.claims, "extract_claims", boom)  # where claim_records looks it up
    (raw_dir / "2021_lanshan.txt").write_bytes((REPORTS / "2021_lanshan.txt").read_bytes())
    summary, printed = run_ingest(raw_dir)
    db = raw_dir.parent / "warehouse.duckdb"
    assert summary.counts["loaded"] == 1
    assert query(db, "select count(*) from raw.report_values") == [(207,)]
    assert query(db, "select count(*) from raw.narrative_claims") == [(0,)]
    (message,) = query(db, "select message from raw.files")[0]
    assert "narrative claims not extracted (ValueError: cannot happen)" in message
    assert "2021_lanshan.txt" in printed


# --- numbers about something else: never an application, review or litigation claim ---------------------


def test_information_items_disclosed_on_request_are_not_applications():
    """依申请公开…条 counts information items; 受理依申请公开信息 is not 受理…申请."""
    assert _read("2021年共制发政府信息378条，其中依申请公开176条、不予公开77条。") == []
    assert _read("全年受理依申请公开信息数152条。") == []
    assert _read("本年度依申请公开政府信息数量为45条，主动公开政府信息125条。") == [
        ("proactive_items_published", "count", 125, "125")
    ]


def test_mailbox_counts_are_not_applications():
    assert _read("区长信箱受理群众来信及信息公开申请320件，均已办结。") == []
    assert _read("政府信箱共收到来信256件，答复256件。") == []


def test_hotline_12345_counts_are_not_applications():
    assert _read("12345政务服务便民热线受理政府信息公开申请类诉求58件。") == []
    assert _read("共受理12345热线诉求1024件，同比增长12%。") == [
        ("hotline_cases", "count", 1024, "1024"),
        ("hotline_cases", "change_pct", 12, "12"),
    ]


def test_website_visits_and_their_growth_are_not_a_change_of_applications():
    """The 8% is of the visits (the figure just before it), not of the 30 applications."""
    assert _read("全年受理政府信息公开申请30件，网站访问量12万次，同比增长8%。") == [
        ("applications_received", "count", 30, "30")
    ]
    assert _read("门户网站总访问量32568次，同比增长15%，收到政府信息公开申请9件。") == [
        ("applications_received", "count", 9, "9")
    ]


def test_normative_documents_are_not_applications():
    assert _read("受理政府信息公开申请12件，清理规范性文件36件，不予公开规范性文件3件。") == [
        ("applications_received", "count", 12, "12")
    ]


def test_document_numbers_are_no_figures_and_no_years():
    """〔2021〕1号 is no claim, and its year does not make the count one of an earlier year."""
    assert _read("依据岚综管办〔2021〕1号文件，本机关共收到政府信息公开申请12件。", year=2022) == [
        ("applications_received", "count", 12, "12")
    ]
    assert _read("按照国办函〔2020〕109号要求，未收取信息处理费。") == []


def test_dates_and_place_names_are_no_figures():
    """Years are no figures; the count before its carry-over (2件结转至2026年) is one (issue 30)."""
    assert _read("2025年共收到政府信息公开申请20件，2件结转至2026年继续办理。", year=2025) == [
        ("applications_received", "count", 20, "20"),
        ("applications_carried_forward", "count", 2, "2"),
    ]
    assert _read("海域面积68海里，收到政府信息公开申请5件。") == [("applications_received", "count", 5, "5")]


# --- claims without a number ------------------------------------------------------------------------------


def _implicit(*texts: str, year: int | None = 2021) -> list[tuple]:
    return [
        (c.metric, c.value, c.number_text) for c in narrative.extract_claims(_doc(*texts), year) if c.implicit
    ]


def test_no_review_and_no_litigation_is_a_claim_of_zero():
    assert _implicit("本年度没有发生行政复议和行政诉讼。") == [
        ("review_and_litigation_total", 0, "没有发生行政复议和行政诉讼")
    ]
    assert _implicit("未发生行政复议。") == [("review_total", 0, "未发生行政复议")]
    # not a claim that there were no reviews: 无一起行政复议被纠正 says none was corrected (CONVENTIONS.md
    # rule 19: a negated outcome of a named proceeding is that outcome's zero)
    assert _implicit("无一起行政复议被纠正。") == [("review_corrected", 0, "无一起行政复议被纠正")]


def test_no_application_received_is_a_claim_of_zero():
    assert _implicit("2021年我局未收到政府信息公开申请。") == [
        ("applications_received", 0, "未收到政府信息公开申请")
    ]
    # of review and litigation, not of applications (the span is read once)
    assert _implicit("未收到因政府信息公开提出的行政复议、行政诉讼的申请。") == [
        ("review_and_litigation_total", 0, "未收到因政府信息公开提出的行政复议、行政诉讼")
    ]
    assert _implicit("对未收到答复的申请人及时回访。") == []


def test_everything_handled_means_nothing_carried_forward_or_pending():
    assert _implicit("全年受理政府信息公开申请16件，均已办结。") == [
        ("applications_carried_forward", 0, "均已办结")
    ]
    assert _implicit("收到政府信息公开申请8件，全部按期答复。") == [
        ("applications_carried_forward", 0, "全部按期答复")
    ]
    assert _implicit("收到行政复议6件、行政诉讼7件，均已办结。") == [
        ("review_pending", 0, "均已办结"),
        ("litigation_pending", 0, "均已办结"),
    ]


def test_everything_handled_of_something_else_is_no_claim():
    """Said of carried-over applications, or with no count before it, the tables cannot check it."""
    assert _implicit("处理结转上年申请3件，均已答复。") == []
    assert _implicit("承办的所有建议提案均已办结。") == []


# --- combined categories and readings ---------------------------------------------------------------------


def test_combined_categories_are_their_own_metric():
    claims = narrative.extract_claims(
        _doc("答复政府信息公开申请81件，其中予以公开及部分公开42件，占51.85%；不予公开及无法提供30件。"), 2021
    )
    assert [(c.metric, c.claim_kind, c.value, c.base_metric) for c in claims] == [
        ("applications_handled", "count", 81, None),
        ("granted_and_partially_granted", "count", 42, None),
        ("granted_and_partially_granted", "share", 51.85, "applications_handled"),
        ("denied_and_unable", "count", 30, None),
    ]
    # 占51.85% names no denominator: the answered count stated before it, or any other total
    assert [c.alt_base_metrics for c in claims if c.claim_kind == "share"] == [
        "applications_received,applications_total"
    ]
    cells = {m.code: m.cells for m in load_vocabulary().metrics.values()}
    assert set(cells["granted_and_partially_granted"]) == {
        ("3", "granted", "total"),
        ("3", "partially_granted", "total"),
    }


def test_received_may_mean_new_or_new_plus_carried_over_unless_it_says_new():
    (received,) = narrative.extract_claims(_doc("全区收到政府信息公开申请75件。"), 2021)
    assert (received.metric, received.alt_metrics) == ("applications_received", "applications_total")
    (new,) = narrative.extract_claims(_doc("全区新收政府信息公开申请74件。"), 2021)
    assert (new.metric, new.alt_metrics) == ("applications_received", None)


def test_a_share_without_a_named_denominator_keeps_every_total():
    claims = narrative.extract_claims(_doc("收到政府信息公开申请75件。", "予以公开42件，占56%。"), 2021)
    share = claims[-1]
    assert (share.metric, share.base_metric) == ("granted", "applications_received")
    assert share.alt_base_metrics == "applications_total,applications_handled"
