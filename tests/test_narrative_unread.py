"""Sentences that state an application figure and yield no claim are listed (issue 30: narrative_unread).

The sentences are written here after phrasings of the survey (tests/narrative_survey/reports.yaml)."""

from __future__ import annotations

import narrative_survey
from conftest import query, run_dbt_models, seed_text

from ingest.parsing.document import Document, Paragraph
from ingest.parsing.narrative import extract_claims, unread
from ingest.parsing.narrative.unread import unread_sentences


def _unread(*texts: str, year: int = 2025) -> list[str]:
    doc = Document("constructed.txt", "text", [Paragraph(t, i) for i, t in enumerate(texts, start=1)])
    return [u.sentence for u in unread_sentences(doc, extract_claims(doc, year))]


def test_a_negated_receipt_the_grammar_does_not_know_is_listed():
    # 没有发生过一起…申请 (a measure word between the negated verb and the requests' noun, which the grammar
    # does not read): no claim is read, so the sentence is listed
    text = "2025年度，本街道办事处没有发生过一起政府信息公开申请。"
    assert _unread(text) == [text]
    # 没有发生 + the requests' noun alone is read since round 11's grammar (CONVENTIONS.md rule 26: received
    # none), so it is not listed
    assert _unread("2025年度，本街道办事处没有发生政府信息公开申请。") == []


def test_a_count_no_claim_read_is_listed_and_a_read_one_is_not():
    assert _unread("本年度共收到政府信息公开申请12件，办结12件。") == []
    # applications by channel (崇川区数据局 2025): a figure of applications no claim reads
    text = "申请渠道以信函为主（11件），网络申请6件。"
    assert _unread(text) == [text]


def test_a_count_in_a_clause_of_its_own_is_listed_beside_a_hotline():
    # 盐都区人社局 2020's phrasing: a long sentence of the year's work names a hotline and mailboxes, then the
    # requests in a clause of their own: neither the hotline's words nor its claim (a free metric,
    # hotline_cases 875) hide the requests' clause. (The requests here are counted by channel with no total,
    # which no claim reads, rule 10; 盐都's own 全年依申请公开3条 is read since issue-30g33.)
    text = "承办热线诉求875件、区长信箱37件；收到的申请以信函为主（2件），网络申请1件。"
    assert _unread(text) == [text]
    # where the requests are only named beside the hotline's count, nothing is listed
    assert _unread("全年办理12345热线诉求申请320件，办结率100%。") == []


def test_a_count_the_stored_text_cut_after_its_noun_is_listed():
    # 南川区水利局 2025 (收并办结…事项0 running into the next heading) and 黔城镇 2023 (…的申请2, the text
    # ends there)
    # (南川's 收并办结 is read since issue-30g33; here the verb is left out, which no claim reads)
    text = "严格落实登记、审核、答复、归档程序，依申请公开事项0（三）政府信息管理情况"
    assert _unread(text) == [text]
    assert _unread("2023年，本镇收到依申请公开的申请2") == ["2023年，本镇收到依申请公开的申请2"]
    # a number that goes on (a year, a unit) is not cut
    assert _unread("依申请公开事项2023年度已全部办结。") == []


def test_a_negated_request_with_no_receiving_verb_is_listed():
    # 年度内未申请公开件 (cnzh.gov.cn 2023), 无书面申请要求公开 (宝力根花苏木 2024), and 无依申请公开 where a
    # converter put the reading in brackets into the word, so the grammar's negation does not read it
    # (中南街道 2020: 申請(qǐng))
    negated = [
        "年度内未申请公开件。",
        "2024年，我苏木无书面申请要求公开政府信息。",
        "本年度无依申请(qǐng)公开的情况。",
    ]
    for text in negated:
        assert _unread(text) == [text], text
    # round 34's held-out misses, 未收取到 (正蓝旗统计局 2023) and 无涉及…申请 (武汉经开区医疗保障局
    # 2020): the grammar reads both since issue-30g34 (received null), so they are not listed; the unread
    # test knows them as negated receipts too, for wordings around them the grammar does not read
    for text in ["本年度未收取到依申请公开件。", "全年无涉及政府信息公开申请情况。"]:
        assert _unread(text) == [], text
        assert unread._NEGATED_RECEIPT.search(text), text
    # round 35's held-out misses: 没有群众依申请公开事项 (天津市静海区体育局 2020, after a clause on
    # messages), 处理17项依申请公开 (南昌市环境保护局 2018) and 依申请公开件27封 (深圳市文广旅体局 2025)
    text = "办理答复留言信息271件；通过平台发布信息5条，没有群众依申请公开事项。"
    assert _unread(text) == [text]
    assert unread._NEGATED_REQUEST.search("没有群众依申请公开事项")
    text = "全年主动公开信息千余条，处理17项依申请公开。"
    assert _unread(text) == [text]
    # services applied for on the e-portal (依申请事项1209项) are not requests for information
    assert _unread("对外展示依申请事项1209项，公共服务事项8216项。") == []
    # a fee not collected is no receipt (Laiwu 2021 line 490)
    assert not unread._NEGATED_RECEIPT.search("依申请公开政府信息未收取任何费用。")
    # none converted from requests to proactive disclosure is not a figure of requests
    assert _unread("本年度无依申请公开信息转主动公开信息及解密公开信息。") == []


def test_a_count_of_pieces_ending_its_clause_is_listed_and_service_points_are_not():
    # 收到依申请公开办件0个 (綦江区 2024), 收到2个自然人的…申请 (广元市市场监管局 2023); the old format's
    # 设立了1个…受理点 and 受理点1个 count desks
    assert _unread("我委2024年收到依申请公开办件0个。") == ["我委2024年收到依申请公开办件0个。"]
    text = "2023年，本局共收到2个自然人的政府信息公开申请，均按时答复。"
    assert _unread(text) == [text]
    assert _unread("本局配备了1名兼职工作人员，设立了1个专门的信息申请受理点。") == []
    assert _unread("现有工作人员1名，设立信息申请受理点1个，设立信息公开室1个。") == []
    # 北京市大兴区审计局 2020 (round 34): staff counted with 个
    assert _unread("设立依申请公开受理点1个，明确依申请公开工作人员1个，确保申请渠道畅通。") == []


def test_figures_about_something_else_are_not_listed():
    assert _unread("全年办理12345热线诉求申请320件，办结率100%。") == []
    assert _unread("全年主动公开政府信息120条，其中规范性文件3件。") == []


def test_in_the_requests_point_a_count_need_not_name_them():
    # 共受理1件，已办结 with the request noun left out (黄陂区文旅局 2024) and 一共七项 in Chinese numerals
    # (木兰县住建局 2023): the point's heading names the requests, so its counts are theirs (listed, as no
    # claim reads them)
    text = "（二）依申请公开 建立接收、登记、办理、答复的工作流程。2024年，我局共受理1件，已办结。"
    assert _unread(text) == ["2024年，我局共受理1件，已办结。"]
    assert _unread("（二）依申请公开方面。依申请公开方面。一共七项 都已办结。") == ["一共七项 都已办结。"]
    # the same as a heading of its own, then the point's paragraph
    doc = Document(
        "constructed.txt", "text", [Paragraph("（二）依申请公开情况", 1), Paragraph("一共七项都已办结。", 2)]
    )
    assert [u.sentence for u in unread_sentences(doc, extract_claims(doc, 2025))] == ["一共七项都已办结。"]
    # outside the point, or in a point naming the proactive disclosure too, such a count is not the requests'
    assert _unread("（一）主动公开情况。2024年，我局共受理1件，已办结。") == []
    assert _unread("（一）加强主动公开和依申请公开办理方面。2023年，我局共处理74件。") == []
    # nor is a hotline's count in the point (宜春市财政局 2024), nor a message count beside it
    # (锡林郭勒盟市场监督管理局 2021)
    assert _unread("（二）依申请公开情况。同时认真做好12345热线工单办理工作，全年共办理40件。") == []
    assert _unread("（二）依申请公开情况。对网民留言做到及时回应，全年收到留言数量14条，回应处理14条。") == []


def test_information_given_on_request_is_listed_in_the_requests_point_only():
    # 依申请公开信息3条 as the point's only count (龙游分局 2023, 宣威市落水镇 2024, 鼓楼生态环境局 2020:
    # CONVENTIONS.md rule 53 reads it received); the grammar reads it as items (not_about_applications), so
    # it is listed
    assert _unread("（二）依申请公开 严格按照规定办理。依申请公开信息3条。") == ["依申请公开信息3条。"]
    text = "2020年，我局收到依申请公开政府信息条数1条，按时完成反馈。"
    assert _unread("2.依申请公开方面。" + text) == [text]
    # documents counted by their disclosure type are not the requests (湖里区 2018, 漳平市政府办 2022)
    assert _unread("全年共制作政府信息55条，其中主动公开政府信息37条，依申请公开信息14条。") == []
    assert _unread("（一）主动公开情况。全年共制作政府信息55条，其中依申请公开信息数14条。") == []


# --- narrative_unread as an info finding (raw.narrative_unread -> int_checks__narrative_unread) ---

# The test corpus's reports whose prose states application figures, read by hand: each yields a claim or a
# narrative_unread finding. 2021_laiwu.txt line 36, its third sentence, speaks of 依申请公开 and counts
# 暗访、测试2次: an application-work figure no claim is read from, listed (info, not a contradiction).
CORPUS_PROSE_WITH_FIGURES = [
    "2021_changle_office.txt",  # line 11: 全年共受理申请16件
    "2021_laiwu.txt",  # line 34: 共收到政府信息公开申请234件
    "2021_lanshan.txt",
    "2021_luozhuang.txt",
    "2023_hongze.pdf",
    "2024_hongze.pdf",  # its text says 17 applications (the table 95)
    "2024_huaian.pdf",
]


def test_every_corpus_report_with_figures_in_its_prose_yields_a_claim_or_an_unread_finding(warehouse):
    rows = dict(
        query(
            warehouse,
            "select regexp_extract(r.source_path, '[^/]+$'), "
            "(select count(*) from marts.fct_narrative_claims c where c.report_id = r.report_id) "
            "+ (select count(*) from marts.dq_findings f where f.report_id = r.report_id "
            "and f.\"check\" like 'narrative_unread@%') from raw.reports r",
        )
    )
    assert {name: rows.get(name, 0) > 0 for name in CORPUS_PROSE_WITH_FIGURES} == dict.fromkeys(
        CORPUS_PROSE_WITH_FIGURES, True
    )


def test_laiwu_2021_line_36_is_an_unread_info_finding(warehouse):
    found = query(
        warehouse,
        'select f."check", f.severity, f.passed, f.observed from marts.dq_findings f '
        "join raw.reports r using (report_id) where r.source_path like '%2021_laiwu.txt' "
        "and f.\"check\" like 'narrative_unread@%'",
    )
    assert [(c, s, p) for c, s, p, _ in found] == [("narrative_unread@36:3", "info", False)]
    assert "暗访、测试2次" in found[0][3]


def test_a_constructed_report_whose_only_figure_is_unread_gets_the_finding(raw_dir, run_ingest, tmp_path):
    """昌乐县政府办公室 2021 with its one application sentence (line 11) rephrased as applications by channel
    (after 崇川区数据局 2025), which no claim reads: the report yields no claim and one unread finding."""
    text = seed_text("2021_changle_office.txt").splitlines()
    assert "全年共受理申请16件" in text[10]
    text[10] = "申请渠道以书面申请为主（11件），网上申请5件。"
    (raw_dir / "2021_changle_office.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    run_ingest(raw_dir, db)
    run_dbt_models(db, tmp_path)
    assert query(db, "select count(*) from raw.narrative_claims") == [(0,)]
    assert query(
        db,
        'select family, "check", severity, observed from intermediate.int_check_results '
        "where family = 'narrative_unread'",
    ) == [("narrative_unread", "narrative_unread@11:1", "info", "no claim read from: " + text[10])]


# --- the survey: every report whose prose states a request figure yields a claim or an unread sentence ---

# The survey's reports with a figure (rounds 1-43: 2,556) that yield neither a claim of the template's
# metrics nor an unread sentence, each for a reason the unread test does not reach. Before the unread test
# read clauses, cut counts, negated requests and 个, and let a free metric's claim (a hotline's count) hide
# the request figure beside it (this module's tests above), thirteen did; before it read the requests'
# point (its counts with the noun left out, in Chinese numerals, or of information given on request), ten.
SILENT_BY_DESIGN = {
    # 依申请公开信息数 N 条 among the documents counted by their disclosure type (主动公开信息数…，
    # 依申请公开信息数1条，不予公开信息数…), not in the requests' point: information items by the
    # vocabulary, not requests
    "https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqshs/zfxxgknb/202001/t20200117_80573.htm",
    # no number: the requests received were handled (the figure is the all-handled reading, none printed)
    "http://sjt.gxzf.gov.cn/zwgk/zfxxgknb/t7713637.shtml",
    # round 34 (measured once held out, then tuned on): the negation (无涉及…申请) glued by the stored text
    # to the template's table cells before it, a 规范性文件 row among them (not_about_applications)
    "https://www.whkfq.gov.cn/xxgk/zfxxgkndbg/zfxxgkndbg2020/202101/t20210114_1597352.html",
    # round 34: a 县长信箱 case as the whole request part (the survey reads received 1; a mailbox's letter to
    # the vocabulary)
    "https://www.xifeng.gov.cn/zfxxgk/zfxxgknb/2020n/202101/t20210131_66626061.html",
}
# A round measured once and not yet tuned on keeps the silent reports its measurement found (its record names
# them); the tuning that follows must read them, and empties this set.
# (round 44's four, a request point that is its heading and a bare 无, 依申请公开信息4条 in an overview,
# （二）依申请公开。无 and 无已申请公开情况, are read since issue-30g44; round 46's one, a negation cut inside
# the request noun by the stored text's end, 2020年，未收到政府|, received null by rule 60, since
# issue-30g46; round 47's two, slogan zeros in quotes (“零受理”, 复议诉讼“零发生”) and requests counted in 只,
# since issue-30g47; round 48's one, both carries negated with their years named in a request point with no
# receiving clause (没有2021年结转的…申请事项，没有结转到2023年的…申请事项), since issue-30g48; round 49's
# one, 依申请公开信息5条 with no verb after the overview's list of pieces published (发布…篇、…篇，), granted
# by rules 27 and 65, since issue-30g49; round 51's two, 没有此类情况 as a request point's whole text,
# received null, and 全年依申请公开信息0条 alone in an overview with no request point, listed unread (rule
# 52 reads it as received, rules 27 and 65 as granted beside published pieces: left to the lead), since
# issue-30g51; round 54's one, 本年度共受理依申请公开0. with no unit and an ASCII full stop before the next
# point, received 0 by rule 54, since issue-30g54; round 55's two, …行政复议、行政诉讼情况等办理事项为0 then
# 受理依申请公开件数为0, the pair's 0 and the received 0, and 收到依申请公开申请 run into the next point's
# heading with its count missing in print, received null by rule 36, since issue-30g55; round 56 had none,
# round 57 none; round 58's one, 共计办理…申请数量74个（含结转办理2021年…数量2个），均已按时答复, a total
# counted in 个 with its carry-over in brackets, the total, the carry-over and the carry-forward's null since
# issue-30g58; round 59's five, each read since issue-30g59: 没有接到群众主动要| cut inside the public's
# asking, received null; 乡政府信息依申请公开的件数为0, received 0; 未接获…依申请公开诉求 (接获 a receiving
# verb), received null; 依申请公开信息共计0条 with no verb, received 0; and 共收到4位申请人的4政府信息公开申请
# with the units lost, received 4; round 60's one, 全共收到和处理依申请公开0 with no unit before a space and
# the next point's heading 政府信息管理, received 0 and handled 0 since issue-30g60; round 61's three, each
# read since issue-30g61: 没有群众提出…政府信息公开的请求 (a negated asking, the request called 请求),
# received null; a request heading whose whole text is 无, its lines run together with the next point's
# heading in one sentence, received null; and 不涉及依申请公开政府信息办理事项, received null; round 63
# measured none silent; round 64's one, the request and proceedings points as numbered list items whose
# whole text is 无 (2.依申请公开政府信息的情况：无。3.因政府信息公开申请行政复议、提起行政诉讼情况：无。),
# received null and the pair's null since issue-30g64; round 65's one, a receiving negation cut inside
# its request noun at the stored text's end (全年未收到公开|), received null (rule 75's precedent) since
# issue-30g65, round 64's cut right after 未收到 still no figure; rounds 66 to 70 measured none silent)
SILENT_UNTIL_TUNED: set[str] = set()


def test_every_survey_report_with_a_figure_yields_a_claim_or_an_unread_sentence():
    reports = 0
    silent = set()
    for round_no in narrative_survey.ROUNDS:
        for half in ("tuning", "test"):
            result = narrative_survey.measure(half, round_no)
            reports += result.with_figures
            silent.update(result.silent)
    assert reports >= 4328
    assert silent == SILENT_BY_DESIGN | SILENT_UNTIL_TUNED
