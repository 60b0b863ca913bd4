"""Every narrative claim of the four seed reports, read by hand from the prose (not from the extractor).

One tuple per claim, in reading order: (metric, claim_kind, value, base_metric, compared_year, number_text,
source_line). `source_line` is the line of the file the sentence is on. Shares are of the applications
answered (Laiwu: 在答复的申请中; Lanshan: 占答复总量) or of the proceeding's total (占复议总量, 占诉讼总量,
分别占). Left out on purpose, and so absent here: rates (按时答复率100%, 办结率100%), approximate figures
(同比增长超过7.89 %, 400余篇, 462余件), changes of a share in points (较上年大幅增加38.1%), and counts of
things outside the vocabulary (稿件109篇, 代表建议47件, 网民留言790条).

Claims without a number are here too, with the words as number_text and value 0: 均已办结 said of the
applications received (none carried forward) or of review and litigation cases (none pending), and
未出现…行政复议、行政诉讼 (none of either). Lanshan's 处理结转上年申请3件，均已答复 is said of the
carried-over applications, whose outcomes the table does not give: no claim.
"""

H = "applications_handled"
R = "review_total"
L = "litigation_total"
D = "litigation_direct_total"
NO_PROCEEDINGS = "未出现因政府信息公开申请被行政复议、行政诉讼"

EXPECTED_CLAIMS = {
    "2021_laiwu.txt": [
        # line 38: 共收到政府信息公开申请234件，同比减少29.3%。
        ("applications_received", "count", 234, None, None, "234", 38),
        ("applications_received", "change_pct", -29.3, None, 2020, "29.3", 38),
        # line 42: 答复政府信息公开申请235件。在答复的申请中：
        ("applications_handled", "count", 235, None, None, "235", 42),
        # lines 43-48: one outcome a line, each a share of the 235 answered
        ("granted", "count", 98, None, None, "98", 43),
        ("granted", "share", 41.70, H, None, "41.70", 43),
        ("partially_granted", "count", 39, None, None, "39", 44),
        ("partially_granted", "share", 16.60, H, None, "16.60", 44),
        ("denied", "count", 3, None, None, "3", 45),
        ("denied", "share", 1.28, H, None, "1.28", 45),
        ("unable_to_provide", "count", 83, None, None, "83", 46),
        ("unable_to_provide", "share", 35.32, H, None, "35.32", 46),
        ("not_processed", "count", 10, None, None, "10", 47),
        ("not_processed", "share", 4.26, H, None, "4.26", 47),
        ("other_handling", "count", 2, None, None, "2", 48),
        ("other_handling", "share", 0.85, H, None, "0.85", 48),
        # line 49: 在不予公开的3件中，属于行政执法案卷的1件，属于行政查询事项的2件；…
        ("denied", "count", 3, None, None, "3", 49),
        ("denied_enforcement_files", "count", 1, None, None, "1", 49),
        ("denied_administrative_query", "count", 2, None, None, "2", 49),
        ("unable_to_provide", "count", 83, None, None, "83", 49),
        ("unable_not_held", "count", 77, None, None, "77", 49),
        ("unable_needs_creation", "count", 6, None, None, "6", 49),
        ("not_processed", "count", 10, None, None, "10", 49),
        ("not_processed_petition", "count", 1, None, None, "1", 49),
        ("not_processed_duplicate", "count", 9, None, None, "9", 49),
        # line 51: 被申请行政复议2件，同比减少84.6%。其中，结果纠正1件、其他结果1件，分别占50%。
        ("review_total", "count", 2, None, None, "2", 51),
        ("review_total", "change_pct", -84.6, None, 2020, "84.6", 51),
        ("review_corrected", "count", 1, None, None, "1", 51),
        ("review_other", "count", 1, None, None, "1", 51),
        ("review_corrected", "share", 50, R, None, "50", 51),
        ("review_other", "share", 50, R, None, "50", 51),
        # line 52: 未经复议直接提起行政诉讼2件，同比增长50%。其中，结果纠正1件、其他结果1件，分别占50%。
        ("litigation_direct_total", "count", 2, None, None, "2", 52),
        ("litigation_direct_total", "change_pct", 50, None, 2020, "50", 52),
        ("litigation_direct_corrected", "count", 1, None, None, "1", 52),
        ("litigation_direct_other", "count", 1, None, None, "1", 52),
        ("litigation_direct_corrected", "share", 50, D, None, "50", 52),
        ("litigation_direct_other", "share", 50, D, None, "50", 52),
        # line 75: 编辑出版《济南市莱芜区人民政府公报》4期
        ("gazette_issues", "count", 4, None, None, "4", 75),
        # line 79: 共受理热线诉求148627件，同比增长超过7.89 % (the change is a lower bound: left out)
        ("hotline_cases", "count", 148627, None, None, "148627", 79),
    ],
    "2021_lanshan.txt": [
        # line 9: 主动公开各类政府信息28356条 … 制作政府公报4期
        ("proactive_items_published", "count", 28356, None, None, "28356", 9),
        ("gazette_issues", "count", 4, None, None, "4", 9),
        # line 22: 受理政府信息公开申请232件，数量较2020年增加13%，结转上年申请3件，共计235件
        ("applications_received", "count", 232, None, None, "232", 22),
        ("applications_received", "change_pct", 13, None, 2020, "13", 22),
        ("applications_carried_over", "count", 3, None, None, "3", 22),
        ("applications_total", "count", 235, None, None, "235", 22),
        # line 23: 处理结转上年申请3件，均已答复，处理本年度政府信息公开申请232件，共计235件，其中答复224件，
        # 转办下一年度办理 11件。
        ("applications_carried_over", "count", 3, None, None, "3", 23),
        ("applications_received", "count", 232, None, None, "232", 23),
        ("applications_total", "count", 235, None, None, "235", 23),
        ("applications_handled", "count", 224, None, None, "224", 23),
        ("applications_carried_forward", "count", 11, None, None, "11", 23),
        # line 23: 答复的224件，其中，同意公开90件，占答复总量的40.2％；…
        ("applications_handled", "count", 224, None, None, "224", 23),
        ("granted", "count", 90, None, None, "90", 23),
        ("granted", "share", 40.2, H, None, "40.2", 23),
        ("partially_granted", "count", 11, None, None, "11", 23),
        ("partially_granted", "share", 4.9, H, None, "4.9", 23),
        ("denied", "count", 26, None, None, "26", 23),
        ("denied", "share", 11.6, H, None, "11.6", 23),
        ("unable_to_provide", "count", 93, None, None, "93", 23),
        ("unable_to_provide", "share", 41.5, H, None, "41.5", 23),
        ("not_processed", "count", 1, None, None, "1", 23),
        ("not_processed", "share", 0.5, H, None, "0.5", 23),
        ("other_handling", "count", 3, None, None, "3", 23),
        ("other_handling", "share", 1.3, H, None, "1.3", 23),
        # line 24: 被提起行政复议案件18件，…被提起行政诉讼案件12件。
        ("review_total", "count", 18, None, None, "18", 24),
        ("litigation_total", "count", 12, None, None, "12", 24),
        # line 384: 与2020年数据对比，…申请数量增加27件，已答复的同意公开比例增加22件，同意部分公开减少3件，…
        ("applications_received", "change_abs", 27, None, 2020, "27", 384),
        ("granted", "change_abs", 22, None, 2020, "22", 384),
        ("partially_granted", "change_abs", -3, None, 2020, "3", 384),
        ("denied", "change_abs", 21, None, 2020, "21", 384),
        ("unable_to_provide", "change_abs", -18, None, 2020, "18", 384),
        ("not_processed", "change_abs", -1, None, 2020, "1", 384),
        ("other_handling", "change_abs", -3, None, 2020, "3", 384),
        # line 432: 行政复议案件18件，其中维持具体行政行为12件，占复议总量的66.7%，…
        ("review_total", "count", 18, None, None, "18", 432),
        ("review_upheld", "count", 12, None, None, "12", 432),
        ("review_upheld", "share", 66.7, R, None, "66.7", 432),
        ("review_corrected", "count", 1, None, None, "1", 432),
        ("review_corrected", "share", 5.5, R, None, "5.5", 432),
        ("review_other", "count", 2, None, None, "2", 432),
        ("review_other", "share", 11.1, R, None, "11.1", 432),
        ("review_pending", "count", 3, None, None, "3", 432),
        ("review_pending", "share", 16.7, R, None, "16.7", 432),
        # line 433: 行政复议总体数量与去年减少3件,其中结果维持比例为66.7%，上年结果维持比例为28.6%，…
        ("review_total", "change_abs", -3, None, 2020, "3", 433),
        ("review_upheld", "share", 66.7, R, None, "66.7", 433),
        ("review_upheld", "prior_share", 28.6, R, 2020, "28.6", 433),
        ("review_corrected", "change_abs", -10, None, 2020, "10", 433),
        ("review_corrected", "share", 5.5, R, None, "5.5", 433),
        ("review_corrected", "prior_share", 52.4, R, 2020, "52.4", 433),
        ("review_other", "share", 11.1, R, None, "11.1", 433),
        ("review_other", "prior_share", 19.0, R, 2020, "19.0", 433),
        ("review_pending", "share", 16.7, R, None, "16.7", 433),
        ("review_pending", "prior_share", 0, R, 2020, "0", 433),
        # line 434: 行政诉讼案件12件，其中维持具体行政行为8件，占诉讼总量的66.7 %，…尚未审结0件。
        ("litigation_total", "count", 12, None, None, "12", 434),
        ("litigation_upheld", "count", 8, None, None, "8", 434),
        ("litigation_upheld", "share", 66.7, L, None, "66.7", 434),
        ("litigation_corrected", "count", 3, None, None, "3", 434),
        ("litigation_corrected", "share", 25, L, None, "25", 434),
        ("litigation_other", "count", 1, None, None, "1", 434),
        ("litigation_other", "share", 8.3, L, None, "8.3", 434),
        ("litigation_pending", "count", 0, None, None, "0", 434),
        # line 435: 未经复议直接起诉和复议后起诉总体数量减少6件，其中结果维持比例为66.7%,上年…为55.6%，…
        ("litigation_total", "change_abs", -6, None, 2020, "6", 435),
        ("litigation_upheld", "share", 66.7, L, None, "66.7", 435),
        ("litigation_upheld", "prior_share", 55.6, L, 2020, "55.6", 435),
        ("litigation_corrected", "share", 25.0, L, None, "25.0", 435),
        ("litigation_corrected", "prior_share", 16.7, L, 2020, "16.7", 435),
        ("litigation_other", "share", 8.3, L, None, "8.3", 435),
        ("litigation_other", "prior_share", 11, L, 2020, "11", 435),
        ("litigation_pending", "share", 0, L, None, "0", 435),
        ("litigation_pending", "prior_share", 16.7, L, 2020, "16.7", 435),
        # line 462: 全年共开展在线访谈16期
        ("online_interviews", "count", 16, None, None, "16", 462),
    ],
    "2021_luozhuang.txt": [
        # line 10: 通过区政府网站主动公开政府信息共7751条
        ("proactive_items_published", "count", 7751, None, None, "7751", 10),
        # line 13: 新收政府信息公开申请124件，上年度结转办理1件，共125件，同比增长58.2%，…
        ("applications_received", "count", 124, None, None, "124", 13),
        ("applications_carried_over", "count", 1, None, None, "1", 13),
        ("applications_total", "count", 125, None, None, "125", 13),
        ("applications_total", "change_pct", 58.2, None, 2020, "58.2", 13),
        # line 13: …共125件，同比增长58.2%，均已在规定时限内办结: none carried forward
        ("applications_carried_forward", "count", 0, None, None, "均已在规定时限内办结", 13),
        # line 13: 共收到因政府信息公开提起的行政复议6件、行政诉讼7件，均已办结: none pending
        ("review_total", "count", 6, None, None, "6", 13),
        ("litigation_total", "count", 7, None, None, "7", 13),
        ("review_pending", "count", 0, None, None, "均已办结", 13),
        ("litigation_pending", "count", 0, None, None, "均已办结", 13),
        # line 122: 出版《罗庄区人民政府公报》4期
        ("gazette_issues", "count", 4, None, None, "4", 122),
        # line 647: 全年共开展在线访谈16期
        ("online_interviews", "count", 16, None, None, "16", 647),
    ],
    "2021_changle_office.txt": [
        # line 11: 全年共受理申请16件，其中书面申请11件、网上申请5件，按时答复率100%。
        ("applications_received", "count", 16, None, None, "16", 11),
        # line 11: 未出现因政府信息公开申请被行政复议、行政诉讼情况。
        ("review_and_litigation_total", "count", 0, None, None, NO_PROCEEDINGS, 11),
    ],
}
