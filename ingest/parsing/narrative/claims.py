"""Narrative claims: the figures a report's prose states, each tied to the metric it is about.

Reports restate their tables in prose and add what the tables lack: the change against the prior year
(同比减少29.3%, 较2020年增加13%, 增加27件) and last year's shares (上年结果维持比例为28.6%). This module
reads those figures as data, as printed (a claim that contradicts the table is kept, not fixed).

Precision comes before recall: a figure is a claim only when its own clause names its metric (a cue of
`ingest/parsing/narrative/narrative_metrics.yaml` ending nearest to the number), or when it is a share or
change
stated right after a count in the same sentence ("共125件，同比增长58.2%": the change is of those 125).
Anything else is left out: rates other than the vocabulary's `rates` (按时答复率; 办结率 is a share of
handled per received), approximate figures (超过7.89%, 400余篇), changes without a
stated comparison year, changes of a share in points (比例…较上年增加38.1%), and counts of an earlier year
(2020年共收到申请331件): the table has no cell for them. A clause about something else (政府信箱, 12345热线,
网站访问量, 规范性文件, 依申请公开信息…条: the vocabulary's `not_about_applications`) never yields an
application, review or litigation claim.

Where the words allow more than one reading, the claim keeps them all (`alt_metrics`, `alt_base_metrics`):
收到/受理 N 件 may count new applications or new + carried over; a share whose denominator is not named
may be of any applications total. dbt compares every reading and says which one agrees.

Claims without a number (`implicit`): 未收到政府信息公开申请 and 没有发生行政复议和行政诉讼 claim zero;
均已办结 after counts of the same sentence claims that none of them is carried forward or pending.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import NamedTuple

from ingest.parsing.document import Document
from ingest.parsing.narrative.metrics import Metric, Vocabulary, load_vocabulary, verb_classes
from ingest.parsing.narrative.prose import Sentence, flat_text, passages, sentences
from ingest.parsing.narrative.scan import (
    METRIC,
    OUTCOME,
    PROCEEDING,
    CueScanner,
    Hit,
    alternation,
    leading_pair,
)
from ingest.parsing.text import NUMBERED, NUMBERING, YEAR

CLAIMS_TABLE = "raw.narrative_claims"
_VERBS = verb_classes()  # the vocabulary's verb classes (narrative_metrics.yaml `verbs:`), as alternations
_RECEIVING_VERB = _VERBS["receiving"]
_HANDLING_VERB = _VERBS["handling"]
# (each receiving verb as its own lookbehind, a lookbehind having one width; looked at after the words it
# qualifies, so that the search skips to those words instead of trying the lookbehinds at every position)
_NOT_AFTER_RECEIVING = "".join(f"(?<!{verb}依申请公开)" for verb in _RECEIVING_VERB[3:-1].split("|"))
KINDS = ("count", "share", "change_pct", "change_abs", "prior_share")

# "共125件" after a carried-over count is the total of received and carried over.
TOTAL_METRIC = "applications_total"
RECEIVED_METRIC = "applications_received"
# Words carrying applications into next year (结转下年度, 转下一年, 顺延到下年度).
_CLOSED_PARENTHESIS = re.compile(r"[（(][^（）()]*[）)]")
# (Led by its first characters: the four lookbehinds were tried at every position of every sentence.)
_TO_NEXT_YEAR = re.compile(
    r"(?=[结转顺延])"
    r"(?<![无未])(?<!没有)(?<![无未]结)(?<!没有结)(?<!没有需要)(?<!无需)(?<!不需要)(?:结转|(?<!年)转|转(?!入)|顺延|延)[^，,；;。]{0,4}?(?:下一?年|(?:到|至)?\d{4}年)"
)
# (not 2024年转入2025年, a year's requests moved into the next named: round 57's test half, rule 73)
# the same with a count that is not 0 (转下一年办理0件 sends none: round 18's test half, rule 2's both verbs)
_SENDS_SOME = re.compile(
    _TO_NEXT_YEAR.pattern + r"(?![^，,；;。\d]{0,6}?(?<!\d)0(?:件|条|宗|个|项)?(?:[，,；;。]|$))"
)
# a clause after a count saying all of it went to the next year (，已结转至2026年; ，均转入下一年度)
# ; or the carrying verb alone as the clause's whole words (全年收到政府依申请公开1件，结转下年办理: round
# 46's test half, CONVENTIONS.md rule 62); not the phrase with no verb where the text stops right after it
# (收到政府信息公开申请1件，结转至下年度| : round 56's tuning half, CONVENTIONS.md rule 72, rule 15's caution
# at a cut: what was carried is cut off)
_ALL_TO_NEXT_YEAR = re.compile(
    r"[，,](?:(?:已|均|全部|均已|已全部)(?:结转|转结|转入|转)(?:至|到)?(?:下一?年度?|次年|((?:19|20)\d{2})年度?)"
    r"|(?:结转|转结|转入)(?:至|到)?(?:下一?年度?|次年|((?:19|20)\d{2})年度?)"
    r"(?:(?:继续)?(?:办理|处理|答复)(?=[，,；;。]|$)|(?:继续)?(?=[，,；;。])))"
)
# what follows a count of items 依申请公开…N条 that makes them requests: the outcomes after 其中, perhaps
# past one clause (，涉及自然人42人，其中：…), or 均为…申请 (，均为企业群众申请…), or all of them
# concluded in the time limit (全年依申请公开3条，均在规定时限内办结: round 33's test half,
# CONVENTIONS.md rule 49: handled as requests)
_HEADS_REQUESTS = re.compile(
    r"[，,](?:[^，,；;。]{0,12}[，,])?其中[：:，,]?[^，,；;。\d]{0,8}?(?:予以公开|公开|不予公开)|[，,]均(?:为|是|系)[^，,；;。\d]{0,12}?申请"
    r"|[，,](?:均|全部)已?(?:在|于)[^，,；;。\d]{0,8}?(?:时限|期限|时间)内(?:办结|答复|办理完毕)(?=[，,；;。]|$)"
)
CARRIED_OVER_METRIC = "applications_carried_over"
TOTAL_PARTS = {CARRIED_OVER_METRIC}
FORWARD_METRIC = "applications_carried_forward"
DUPLICATE_METRIC = "not_processed_duplicate"
DIRECT_LAWSUITS = "litigation_direct"  # lawsuits brought with no review first

# (零 after 为 or 是 at a clause's end is the number zero in words: 申请数为零, round 8)
# (its first digit first, then the look behind it: the search skips to digits instead of trying each position;
# the same matches as (?<![\d.])(?:\d{1,3}(?=(?:19|20)\d{2}年)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)),
# tests/test_narrative_engine.py)
# A count glued to the next clause's year (新收到政府信息公开申请02024年结转至…: round 62's tuning half,
# CONVENTIONS.md rule 78): the digits before a four-digit year and 年 their own number, the year the next
# clause's (a year alone, 2024年, stays one number)
_NUMBER = re.compile(
    r"\d(?<![\d.]\d)(?:\d{0,2}(?=(?:19|20)\d{2}年)|(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?(?!\d))"
)
# 零 after 为 or 是 at a clause's end is the number zero in words (申请数为零: round 8), looked for only in
# text that has it (a pattern of its own: digits stay the fast path).
# (in quotation marks too: 数量均为“零”, round 60's test half, CONVENTIONS.md rule 76)
# A count of one to ten in words right after the noun of the requests, ending its clause (收到…申请一次，:
# CONVENTIONS.md rule 24, recorded as printed): not 一次性 nor 一件事 (the unit must end the clause); or right
# after a receiving verb, the noun of the requests after its unit (共收到一件政府信息公开申请); or right after
# a proceeding's noun, ending its clause (因信息公开申请被行政复议两件，: round 64's test half, CONVENTIONS.md
# rule 80, as rule 24 reads the requests' count in words): the proceeding's count as printed.
_ZERO = re.compile(
    r"(?<=[为是])零(?=[，,；;。]|$)|(?<=[为是][“\"])零(?=[”\"](?:[，,；;。]|$))|(?<=申请)[一二两三四五六七八九十](?=[件次宗份][，,；;。]|[件次宗份]$)"
    r"|(?<=收到|受理|接到|接收)[一二两三四五六七八九十](?=[件宗份](?:政府信息公开|依申请公开|信息公开|公开)?申请)"
    r"|(?<=复议|诉讼)[一二两三四五六七八九十](?=[件次宗起][，,；;。]|[件次宗起]$)"
)
_ZERO_IN_WORDS = "零"
# where a count in words may stand (both looked for only in text that has them; led by the numeral's
# characters, a set the search skips to)
_COUNT_IN_WORDS = re.compile(
    r"[一二两三四五六七八九十](?:(?<=申请.)|(?<=收到.|受理.|接到.|接收.)[件宗份]|(?<=复议.|诉讼.)[件次宗起])"
)
_WORD_DIGITS = str.maketrans("零一二两三四五六七八九", "01223456789")
# The same receipt said again right after its negation as a zero count (未收到…申请，依申请公开受理数量为0件:
# round 38's tuning half, CONVENTIONS.md rule 54): one figure, the 0; not a zero of the handling
# (依申请公开办理0件)
_SAME_RECEIPT_ZERO_AFTER = re.compile(
    r"[^，,；;。]{0,6}[，,](?:依申请公开|政府信息公开申请|信息公开申请)?(?:受理|收到|接收|接到)(?:的)?(?:数量|数|总数)?"
    r"(?:为|是)?0[件条个份]?(?=[，,；;。]|$)"
)
# ... or fused with it, the zero printed right after the noun (街道本级未收到政府信息公开申请0件: round 59's
# test half, CONVENTIONS.md rule 75): the printed 0 is the figure, no null beside it
_ZERO_RIGHT_AFTER = re.compile(r"0[件条个份起项](?=[，,；;。]|$)")
# An outcome negated only where the body's own fault caused it, the proceeding named after the fault
# (没有因我街道自身原因引起的行政复议被纠错和行政败诉案件: round 59's test half, CONVENTIONS.md rule 75, as
# rule 60); not the outcomes alone after it (没有因自身原因引起的败诉或被纠错情况: rule 57, each one's null)
_OWN_FAULT = re.compile(r"自身原因[^，,；;。]{0,8}?复议")
# A later count of the sentence, opening its clause, whose unit a member of an enumeration may follow
_COUNT_BEFORE_MEMBER = re.compile(r"(?<=[，,、；;])\d+[件条个项宗份]")
# A member of an enumeration of parts named right after a count's unit with 涉 (125件涉自然人案件，2件涉企业:
# round 63's tuning half, CONVENTIONS.md rule 79, rules 10 and 11), and the next count of the sentence so
# qualified (the member itself checked against the vocabulary's parts)
_MEMBER_AFTER_UNIT = re.compile(r"涉及?")
_MEMBER_AFTER_COUNT = re.compile(_COUNT_BEFORE_MEMBER.pattern + _MEMBER_AFTER_UNIT.pattern)
# The member named right after a count's unit as the requests' noun it qualifies, with no 涉 (共受理依申请公开
# 0份网络申请，0份书面申请: round 70's tuning half, CONVENTIONS.md rule 86, rules 10 and 11), and the next
# counts of the sentence so qualified (_COUNT_BEFORE_MEMBER): each channel's part, no total
_MEMBER_NOUN = re.compile(r"[^，,；;。\d]{0,6}?申请")
_CORRECTED_METRICS = frozenset({"review_corrected", "litigation_corrected"})
# 全部 said of the answered ones with the answers' manner only (共计答复…53件，全部规范答复: round 38's tuning
# half, CONVENTIONS.md rule 54): of the answered, no "all handled"
_ALL_ANSWERED_PROPERLY = re.compile(r"全部(?:依法)?规范(?:作出|做出|予以)?(?:答复|回复)")
# 均 with the requirements followed and the handling verb closing the clause, after a concluded count
# (新受理10件，办结10件，均按照依申请公开答复要求严格办理: round 60's test half, rule 76, part B's case, as
# rule 54's manner): how the concluded ones were handled, no "all handled" (not a bare 均按时办理, nor said
# after a received count alone)
_ALL_BY_REQUIREMENTS = re.compile(
    r"均(?:严格)?按照?[^，,；;。\d]{0,16}?要求(?:严格|认真|依法){0,2}(?:办理|处理)(?=[，,；;。]|$)"
)
_CONCLUDED_COUNT = re.compile(r"办结(?:了)?$")
# The requests' noun listed first before the proceedings, one number after 均为 said of them all, with the
# receiving verb or none (全年共接收依申请公开事项、政府信息行政复议和行政诉讼数量均为零: round 67's tuning
# half, CONVENTIONS.md rule 83, as rule 76 reads one 均为 zero over two rows): the received's zero beside the
# proceedings' (not where the noun is not first in the list, nor with no 均为 over them)
_REQUESTS_THEN_PROCEEDINGS_ALL = re.compile(
    r"(?:^|[到理收年])(?:政府信息)?(?:依申请公开(?:政府信息)?(?:事项|申请|件)?|(?:政府信息公开|信息公开)申请)、"
    r"(?:[^，,；;。\d、和及与]{0,8}?(?:行政)?(?:复议|诉讼)(?:案件)?(?:、|和|及|与|以及)?){1,2}"
    r"(?:的)?(?:数量|案件数?|件数)?均为[“\x22]?$"
)
# The review's corrected and the lawsuit's lost named together, their number said once after 均为, a
# zero perhaps in quotation marks (行政复议被纠正和行政诉讼败诉数量均为“零”: round 60's test half, rule 76,
# part C's case, as rule 8 reads both proceedings' count): each one's zero (not one outcome alone, nor a
# number not 0)
_BOTH_CORRECTED_ZERO = re.compile(
    r"(?:行政)?复议被?(?:纠正|纠错)(?:和|及|与|、)(?:行政)?诉讼败诉(?:的)?(?:数量|案件数?|件数)?均为[“\"]?$"
)  # the concluding verb right before the count (办结10件)
# A word saying "all" or "already" of the requests (均, 全部, 都, 皆, 所有, 已): without one, the handling's
# manner said after a handled count below the received (依照《条例》规定进行办理和答复 after 收到…32件，
# 办结30件: round 46's test half, CONVENTIONS.md rule 62) is said of the handled ones, no "all answered"
_ALL_OR_ALREADY = re.compile(r"[均都皆已]|全部|所有")
# A reason before a proceeding's passive outcome after its count (1件因超出举证期限被要求重新作出答复: round
# 38's tuning half, CONVENTIONS.md rule 54): the outcome is read past it, from 被 or after it
_OUTCOME_REASON = re.compile(r"(?:因|由于)[^，,；;。\d被]{1,12}?(?=被)")
# A completion rate as its clause's whole words (当年办结257件，完成率100%: round 38's test half,
# CONVENTIONS.md rule 54): the handled share where the count right before it is the handled
_COMPLETION_RATE = re.compile(r"完成率(?:为|是|达到了?|达)?")
# the concluding verb as a clause's whole words, perhaps on time (按时办结: round 56's tuning half)
_CONCLUDED_ALONE = re.compile(r"(?:均|全部|已|均已)?(?:按时|按期|及时|依法)?(?:办结|办理完结)")
# A clause of the time an outcome is said at, between a proceeding's count and its outcome (…1件，截至目前，
# 尚未审结: round 38's test half, CONVENTIONS.md rule 54)
# (or the proceeding said concluded before its result: 因政府信息公开引起的行政复议申请1件，已经审结，
# 结果维持, round 48's tuning half, CONVENTIONS.md rule 64: the upheld; not 尚未审结, the pending's own
# clause)
# (or the lost suit negated before the result: 行政诉讼1件，未败诉，结果维持, round 54's test half,
# CONVENTIONS.md rule 70, as rule 19: the upheld, and the corrected null read from 未败诉)
_AS_OF_CLAUSE = re.compile(
    r"截[至止](?:目前|当前|报告(?:发布|编制)时)[，,]|(?:已经?|均已)审结[，,](?=结果)|(?:未|没有)败诉[，,](?=结果)"
)
# A point's heading (三、, （一）): a negation after it opens a new point (rule 53's same absence is within
# one point).
_POINT_HEADING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]")
# A clause ends at a Chinese or ASCII comma, semicolon or colon (not a digit grouping). An enumeration
# comma does not end one: between figures the clause starts after the figure before anyway
# (结果纠正1件、其他结果1件), and between words it lists who (收到公民、法人和其他组织政府信息公开申请7件).
_SEPARATOR = re.compile(r"[，；;：:]|,(?!\d{3})")
_SEPARATOR_CHAR = re.compile(r"[，；;：:,]")  # every character _SEPARATOR can match (one each)
# 同比增长超30%, 同比上升约430% (round 42's tuning half, CONVENTIONS.md rule 58): 超 or 约 between the
# change's verb and its number, the change as printed (not 超过, 近…: 同比增长超过7.89% no claim, as before)
# (数量比2021年多6件: round 48's tuning half, CONVENTIONS.md rule 64, as rule 58's 较上年增加: 多 or 少 right
# after the year compared with, the change told as a count; not 多 elsewhere, 200多条 an approximate count)
_CHANGE = re.compile(
    r"(增加|增长|上升|提高|减少|下降|降低|回落|增幅|降幅|涨幅)了?(?:为|达)?(?:超|约)?$"
    r"|(?:(?:比|较)(?:上一?年度?|去年)|^年度?)(?:同期)?(多|少)了?$"
)
# the year compared with, printed as a number right before the words 年多 (the number ends the clause before)
_COMPARED_YEAR_BEFORE = re.compile(r"(?:比|较)(?:19|20)\d{2}$")
# The year compared with's count inside the frame 与…N件相比 (与2020年政府信息公开申请5件相比增长80%;
# 与去年0件相比增长4件: round 59's tuning half, CONVENTIONS.md rule 75): the words before that count, and the
# frame before a change
_COMPARED_WITH = r"与(?:(?:19|20)\d{2}年度?|去年|上年度?|上一年度?)(?:同期)?[^，,；;。\d]{0,16}"
_COMPARED_FRAME_BEFORE = re.compile(_COMPARED_WITH + "$")
_COMPARED_FRAME_CHANGE = re.compile(
    "^" + _COMPARED_WITH + r"\d+[件条个项起](?:相比|相较)(?:增长|增加|下降|减少|上升|提高|降低)了?$"
)
# A count right before the words, their subject (2个已办结: round 59's tuning half, CONVENTIONS.md rule 75)
_COUNT_AS_SUBJECT = re.compile(r"(?:^|[，,；;])\d+[个件起次宗]$")
# A receiving verb (the applicants maybe counted after it) right before a count whose unit is lost before the
# requests' whole noun (共收到4位申请人的4政府信息公开申请: round 59's tuning half, CONVENTIONS.md rule 75)
_RECEIVED_BEFORE_UNIT_LOST = re.compile(r"(?:收到|受理|接收|接到)(?:\d+(?:位|名|个)(?:申请人|群众)的)?$")
_REQUEST_NOUNS_WHOLE = ("政府信息公开申请", "信息公开申请", "依申请公开申请")
# Changes in percent listed after 分别 (同比分别下降60%和12.5%: round 59's tuning half, CONVENTIONS.md
# rule 75): the words up to the number read, and the whole list
_RESPECTIVE_CHANGES_BEFORE = re.compile(
    r"分别(?P<verb>增加|增长|上升|提高|减少|下降|降低|回落)了?(?P<before>(?:\d+(?:\.\d+)?%(?:和|、|及|与))*)$"
)
_PERCENT_LIST = re.compile(r"\d+(?:\.\d+)?%(?:(?:和|、|及|与)\d+(?:\.\d+)?%)+")
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")
_DECREASE = {"减少", "下降", "降低", "回落", "降幅", "少"}
_RATIO = re.compile(r"(比例|占比|比重)(?:为|是|达到|达)?$")
# A share's words right before the comparison (占比较2023年增加6%, 比例同比上升): the change is of the share
_SHARE_COMPARED = re.compile(r"(?:比例|占比|比重)(?:较|比|同比|与)")
_QUALIFIER_BEFORE = re.compile(r"(?:超过|超出|将近|接近|近|约|大约|逾|不足|不到|多达)$")
_QUALIFIER_AFTER = ("以上", "左右", "以下")
_PRIOR = re.compile(r"上年|去年|上一年|前一年")
# 结转上年后新收到…47件 (round 29's tuning half, CONVENTIONS.md rule 45): the year's new requests, last year's
# carry-over set apart, not last year's count
_AFTER_CARRY_OVER = re.compile(r"(?:结转|转结)上一?年度?(?:的?申请)?后")
# (相比于2024年增长46.7%: round 42's tuning half, CONVENTIONS.md rule 58, 于 after 比)
_EXPLICIT_YEAR = re.compile(
    r"(?:较|比于?|与|同)((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:同期)?(?:数据)?(?:相比|对比|比较)"
)
# 依申请公开 is the kind of disclosure unless a count follows it (依申请公开3次), or a receiving verb or a
# count precedes it (收到依申请公开政府信息19件, 共受理2件依申请公开: survey round 2).
_DISCLOSURE_KIND = re.compile(
    r"依申请公开"
    + _NOT_AFTER_RECEIVING
    + r"(?<!件依申请公开)(?!(?:政府信息|政务信息|财政信息|信息|文件(?=数)|情况(?=\d))?"
    + r"(?:件|事项|办件)?(?:数量|总数|数)?"
    + r"(?:共|共计|合计)?(?:为|是)?\d+(?:件|宗|次|份))"
    + r"(?!事项\d+项)"  # 依申请公开事项7项 (round 13's tuning half): the requests counted in a request unit
    # the noun's count stated with 数为, perhaps in quotation marks, with no unit or in 条
    # (“依申请公开政府信息”数为1; 依申请公开政府信息数为0条: round 30's test half, CONVENTIONS.md rule 46):
    # the requests, as rule 18
    + r"(?!(?:政府信息|政务信息)[”\x22’]?数(?:为|是)\d+(?:条|(?=[，,。；;]|$)))"
    + r"(?!(?:系统|平台|政府信息|事项)?(?:共|共计)?"
    + f"(?:{_RECEIVING_VERB}|答复|办理|办结))"
)  # 依申请公开受理数为10件: a verb of handling after it makes it the applications (依申请公开系统共收到1宗:
# its system as the subject, round 11's tuning half; 依申请公开事项办结1件 in the overview's counts:
# round 33's test half, CONVENTIONS.md rule 49)
# A level of the reporting area opening the clause (区级收到依申请36件: round 30, rule 46)
_LEVEL_PART = re.compile(r"(?:区|县|市|镇|乡|街道|园区)级")
# An applicant type with its verb, all the clause before its count (自然人提交申请4件: round 30, rule 4)
_APPLICANT_TYPE_PART = re.compile(
    r"(?:自然人|公民|法人|其他组织|企业|个人|群众)(?:提交|提出|递交)?(?:的)?申请"
)
# 上述 or 以上 opening the clause of a count the sentence after the requests were counted (…受理答复…22件…。
# 上述22条申请均…及时妥善答复: round 51's tuning half, CONVENTIONS.md rule 67, rule 25): the count restated,
# read as the bare restated count (22件申请均…答复): the handled and all answered (not where no request was
# counted before)
_RESTATED = ("上述", "以上")
# 均 (都, 全部) right after a count, the words for all of the requests counted (8起均予以公开: round 66's
# tuning half, CONVENTIONS.md rule 82)
_ALL_AFTER_COUNT = re.compile(r"(?:申请)?(?:均|都|全部|全都)")
# The words for all the requests right before a count (全部252件均按期办理完毕: round 30, rule 46)
_ALL_THE_REQUESTS = {"全部", "共", "共计", "合计", "总计", "以上", "上述"}
# 全部 before the requests' count restated from the sentence before (全部2件申请均按期答复: round 67's tuning
# half, CONVENTIONS.md rule 83)
_ALL_BEFORE_RESTATED = ("全部", "全都")
# The requests' noun and 数为 right before a count in items (依申请公开政府信息数为0条: round 30's test half,
# CONVENTIONS.md rule 46): the received, as rule 18 reads the noun with no verb
# 接龙乡依申请公开信息共计0条 (round 59's tuning half, CONVENTIONS.md rule 75): 共计 as 数为, after
# 依申请公开信息
_REQUESTS_NOUN_COUNT_IS = re.compile(
    r"依申请公开(?:的)?(?:政府信息|政务信息)[”\x22’]?数(?:为|是)$|依申请公开(?:政府)?信息(?:共计|合计|总计)(?:为)?$"
)
# ... unless a proactive count stands anywhere in the sentence before (2024年主动公开政府信息37条，…)
_PROACTIVE_ITEMS = re.compile(r"主动公开[^，,；;。]{0,12}?\d+(?:条|篇)")
# The withheld information counted as items in 条 in a point headed by the proactive disclosure, the
# proactive count before it in the sentence (（一）主动公开政府信息情况 …主动公开政府信息12条，依申请公开
# 信息0条，不予公开信息0条: round 68's tuning half, CONVENTIONS.md rule 84, as rule 29 reads such items by
# attribute): no figure (not in a request point, 其中：按规定予以公开信息9条，不予公开信息5条, rule 29's
# denied; nor with no proactive count before it)
_WITHHELD_ITEMS = re.compile(r"(?:^|[，,；;、])不予(?:以)?公开(?:的)?(?:政府)?信息(?:数)?(?:共|共计|为)?$")
# A count before its noun (共受理2件依申请公开): a receiving verb ends the prefix, the noun follows the unit.
# The verbs of receiving an application, as one alternation (used in several patterns below).
# (收到和办理10件依申请公开信息: two verbs joined by 和 or 及 over the count, below; not 收到并办理3件依申请
# 公开, round 28's near miss, which keeps its reading)
# 共到0条依申请公开事项 (round 36's tuning half, CONVENTIONS.md rule 52): 收 dropped after 共, the receiving
# verb
_VERB_BEFORE_COUNT = re.compile(  # 本年受理的179件申请 (round 2)
    r"(?:" + _RECEIVING_VERB + r"|(?<=共)到)(?:(?:和|及)" + _HANDLING_VERB + r")?了?的?$"
)
_TWO_VERBS_BEFORE_COUNT = re.compile(_RECEIVING_VERB + r"(?:和|及)" + _HANDLING_VERB + r"了?的?$")
# 分别 ("respectively") with its verb right before one count over the two proceedings joined after it
# (分别发生1起有关信息公开事务的行政复议、行政诉讼案件: round 51's test half, CONVENTIONS.md rule 67): each of
# them that count, as 各 after them (not 发生1起…行政复议、行政诉讼案件 with no 分别: the pair's total)
_RESPECTIVELY = re.compile(r"分别(?:发生|出现|收到|受理|有)?了?$")
# 每 before the verb (每收到1件政府信息公开申请，…: round 23's test half, CONVENTIONS.md rule 39): a rule of
# handling ("each time a request comes"), no count
_EACH_TIME = re.compile(r"每" + _RECEIVING_VERB + r"了?$")
# 接到8件信函形式的信息公开申请 (round 12's tuning half): the channel as the noun's modifier (group 1): the
# year's count as the sentence's first, a part after a count of the applications or 其中 (rules 10 and 11)
# 共收到2起涉及药械化方面的政府信息依申请公开 (round 31's test half, CONVENTIONS.md rule 47): what the
# requests are about (涉及 / 关于 / 有关 …的) before the noun.
_NOUN_AFTER_COUNT = re.compile(  # 收到1条要求信息公开的申请 (round 7); 收到1件自然人提起的…申请 (round 9);
    # 收到2件由自然人发起的…申请 (round 15's test half)
    r"((?:以|通过)?(?:信函|网络|网上|在线|当面|邮寄|电子邮件|传真|书面)(?:形式|方式|渠道)(?:提交|提出)?的)?(?:由?(?:自然人|公民|法人|其他组织|企业|个人|群众)[^，,；;。\d]{0,10}?(?:提起|提出|提交|递交|发起)的)?(?:(?:涉及|关于|有关)[^，,；;。\d]{1,12}?的)?(?:相关)?(?:自然人|公民|法人|街道)?(?:提出|要求)?(?:公开)?(?:政府)?(?:环境)?(?:信息)?(?:公开)?(?:相关)?(?:的)?(?:[“\x22]依申请公开[”\x22]申请|依申请公开|依申请|依公开申请|公开申请|申请)"
)  # 收到2份政府环境信息公开申请 (round 29's tuning half, CONVENTIONS.md rule 45): environmental information's
# 共收到3件以信函形式提交的政府信息公开申请 (round 65's test half, CONVENTIONS.md rule 81, rule 54's round-38
# case): the channel named with 以 (or 通过) between the count and the noun, the year's count: the received
# (one channel's part only after 其中 or the requests counted, as before)
# 收到1条自然人公开信息申请; 收到1件街道信息依申请公开 (round 59's tuning and test halves, CONVENTIONS.md rule
# 75, rules 60 and 73): the applicant type or the body's level first inside the noun
# 共收到1条依公开申请事项 (round 51's test half, CONVENTIONS.md rule 67, rule 24): 依公开申请, the
# noun's words transposed (a slip for 依申请公开), after a receiving verb and the count: the received (not
# with no receiving verb before the count)
# The nouns of the requests after their count, which the stored text may cut (共收到3次政府信息公|: the count
# and its unit are whole, so the figure stands, CONVENTIONS.md rule 24; rule 15 is for cut digits).
# 收到2条政府信息公开相关申请 (round 34's tuning half, CONVENTIONS.md rule 50): 相关 before 申请 likewise.
# 收到1条相关政府信息公开申请 and 收到9件“依申请公开”申请 (round 44's test half, CONVENTIONS.md rule 60): 相关
# before the noun, the requests' noun quoted before 申请 (_NOUN_AFTER_COUNT).
_NOUNS_AFTER_COUNT = ("政府信息公开申请", "信息公开申请", "依申请公开", "公开政府信息的申请", "申请")


def _noun_cut_after(norm: str, at: int) -> bool:
    """Whether the text from `at` to its end is the start of a noun of the requests, cut where it stops."""
    rest = norm[at:]
    if not rest:
        # 共计收到1件| (round 44's test half, CONVENTIONS.md rule 60): the text stops right after the count's
        # unit, before the noun: the number is whole, the received (rule 15 not applying)
        return True
    return (len(rest) >= 2 or rest == "申") and any(noun.startswith(rest) for noun in _NOUNS_AFTER_COUNT)


# A carry-forward clause cut where the stored text stops, before its number (…均在法定时限内完成办理，
# 结转下|: round 16's tuning half, CONVENTIONS.md rule 32): the all-handled before it says nothing of the
# carry-forward
# The late ones after the ones on time, both counted and no whole of them (按时办结数517件，延期办结8件:
# round 23's tuning half, CONVENTIONS.md rule 39): each a count of the handled, not a manner's part of a
# count before
_ON_TIME_BEFORE = re.compile(r"(?:按时|按期)(?:办结|答复)(?:数|数量)?(?:为|是)?\d+件[，,、；;]$")
_LATE_AFTER_ON_TIME = re.compile(r"(?:延期|逾期)(?:办结|答复)$")
_LATE_ALONE = re.compile(r"(?:延期|逾期)")  # 按期答复41件，延期2件: the verb left out (rule 54)
# A zero count of the answers given late (结转下年办理4件，超期答复件 0 件: round 44's tuning half,
# CONVENTIONS.md rule 60): says none was late, no figure (as 无超期); a late count above zero stays the
# handled (rule 39)
_OVERDUE_ZERO = re.compile(
    r"(?:超期|逾期|超时)(?:答复|办结|回复|办理)(?:件|的申请|申请)?(?:数|数量)?(?:为|是)?$"
)
# The stored text cut inside the second of two proceedings joined (未收到行政复议和行政诉|: round 33's
# test half, CONVENTIONS.md rule 49): both are named, the pair's zero stands
# ; or inside the cases' noun after both (无相关行政复议及行政诉讼案|: round 41's tuning half, CONVENTIONS.md
# rule 57)
_CUT_INSIDE_SECOND_PROCEEDING = re.compile(r"复议(?:和|以及|及|与|、)(?:行政诉|(?:行政)?诉讼案)$")
# A relative clause's 的 right before the first of the proceedings (…引起的行政复议和行政诉|: round 64's
# tuning half, CONVENTIONS.md rule 80): the pair qualified, the cut noun maybe naming more of it
_QUALIFIED_BEFORE_PROCEEDING = re.compile(r"的(?:行政)?复议(?:和|以及|及|与|、)")
_REQUESTS_SYSTEM = re.compile(r"依申请公开(?:管理)?系统")
_FORWARD_CUT = re.compile(r"[，,；;](?:结转|转结|顺延)(?:到|至)?(?:下一?|次)?(?:年度?)?$")

# A list of items published proactively (全年主动发布信息382条，其中，主动公开部门文件53件、
# 依申请公开57件: round 17's tuning half): 依申请公开 N 件 as a member after a proactive member counts items
# by attribute (rule 29), no figure
_PROACTIVE_MEMBER_WORDS = r"主动(?:发布|公开)[^，,；;。\d]{0,10}?\d+(?:条|件|项)、"
_PROACTIVE_MEMBER = re.compile(_PROACTIVE_MEMBER_WORDS + "$")

# ... and 不予公开 N 件 closing such a list after the proactive member and perhaps 依申请公开 M 件
# (市城市管理局主动公开36件、依申请公开436件、不予公开43件: round 51's tuning half, CONVENTIONS.md rule 67,
# rules 22 and 63): documents by attribute, no denied figure (not 不予公开 N 件 after the requests'
# count: 收到申请5件、不予公开1件 stays the denied)
_ATTRIBUTE_LIST_BEFORE = re.compile(_PROACTIVE_MEMBER_WORDS + r"(?:依申请公开\d+(?:条|件|项)、)?$")

# A bureau's enforcement acts counted (办理行政许可415件、行政处罚7件、行政复议1件，无投诉举报、
# 行政诉讼: round 17's tuning half, CONVENTIONS.md rule 33): the reviews and lawsuits of such a sentence are
# of enforcement, not of the requests, counted or negated (no figure); not where the sentence names the
# requests too (…行政处罚499件，接收政府信息公开申请13件，产生行政复议及行政诉讼0件: round 6's test half)
_CAUSED_BY_DISCLOSURE = re.compile(
    r"因(?:政府)?(?:信息公开|依申请公开|政务公开)(?:申请)?(?:工作)?(?:而)?(?:引发|引起|产生|导致)"
)
_ENFORCEMENT_COUNT = re.compile(r"行政(?:许可|处罚|强制|检查)(?:案件)?\d+(?:件|项|宗|起|次)")
# A proceeding's name (or the template's lawsuit rows) right before a count, the requests counted in 项
# and a lawsuit row of the template named in the same sentence (…行政复议5项，复议后起诉0项，收到和处理
# 政府信息公开申请47项: round 51's tuning half, CONVENTIONS.md rule 67): the proceedings' counts in 项 are
# read as in 件
_TEMPLATE_LAWSUIT_ROW = re.compile(r"复议后起诉|直接起诉")
_PROCEEDING_BEFORE = re.compile(r"(?:行政复议|行政诉讼|" + _TEMPLATE_LAWSUIT_ROW.pattern + r")$")
_REQUESTS_IN_ITEMS = re.compile(r"(?:政府信息公开|信息公开|依申请公开)申请\d+项")

_RECEIVING_BEFORE = re.compile(_RECEIVING_VERB + r"[^，,；;。\d]{0,12}$")
# A count of applications with no verb (我苏木依申请公开政府信息共4件: CONVENTIONS.md rule 18;
# 依申请公开政务信息10件: round 7's test half, spent; 信息公开申请, 依申请公开申请: round 11's probe
# matrix; 依申请公开请求9件, 依申请公开政府信息申请 4件: round 14's tuning half): the received.
# A department's own information named (依申请公开财政信息43 件，均在规定期限内给予答复: round 24's test
# half, rule 40 and 37): the same.
# 依申请公开文件数0件 (round 36's test half, CONVENTIONS.md rule 52): the requests' files counted, in 件: the
# same (not files made for them: 共制作依申请公开文件数40件, round 17's test half, no figure).
_NO_VERB_COUNT = re.compile(
    r"(?:依申请公开|(?:政府)?信息公开申请)(?:(?<=依申请公开)情况(?=$)|政府信息|政务信息|财政信息|信息|(?<=依申请公开)(?<!制作依申请公开)(?<!制发依申请公开)文件(?=数))?(?:申请|请求)?(?:事项|办件|件)?[”\x22’]?(?:的)?(?:数量|总数|总量|件数|数)?"
    r"(?:共|共计|合计|总计)?(?:为|是)?$"
)  # (乡政府信息依申请公开的件数为0: round 59's test half, CONVENTIONS.md rule 75, 的件数 as 的数量)
# (我镇依申请公开情况2件，办结1件，…: round 65's test half, CONVENTIONS.md rule 81, rule 18: the point's noun
# 依申请公开情况 right before the count, no verb: the received; 情况 only right before the count, here and in
# _DISCLOSURE_KIND)
# 承办 before the requests' count with no verb of receiving (我局共承办依申请公开政府信息事项14件: round 36's
# test half, CONVENTIONS.md rule 52): the body undertook them, the handled
_UNDERTAKEN_COUNT = re.compile(r"(?<![和及并与、])承办了?" + _NO_VERB_COUNT.pattern)
# A zero after a list of the request work's items, no verb (依申请公开总体情况、疑难申请的处理及依申请公开
# 其他工作共计0条: round 11's test half, spent, CONVENTIONS.md rule 27, as rule 18): the received, where the
# list starts its clause (the body perhaps first) and every item names the requests (not 依申请公开、主动公开
# 共计0条).
_REQUEST_WORK_ITEMS = re.compile(
    r"[^，,；;。\d、]{0,6}?(?:依申请公开|政府信息公开申请)[^，,；;。\d]{0,40}?(?:共计|合计|总计|共)(?:为|是)?"
)
# The answer within the time limit with no quantifier (all_handled's last alternative): of one request only.
_ANSWERED_IN_TIME = re.compile(
    r"(?:在|于)[^，,；;。\d均都皆全已]{0,8}?(?:时限|期限|时间)内[^，,；;。\d均都皆全已]{0,10}?申请人"
)
_ITEM_JOINER = re.compile(r"、|及|和|与|以及")
# 依申请公开数量为1条 (round 10): the number of requests itself, no information noun: counted in 条 too
_COUNT_OF_REQUESTS_NOUN = re.compile(r"依申请公开(?:的)?(?:数量|总数|件数)(?:为|是)?")
_ANY_VERB = re.compile(_RECEIVING_VERB + "|" + _HANDLING_VERB + r"|结转|转")
# The requests counted as the object of 对 and handled after (并及时对这1件申请事项进行了依法办理: round 9).
_OBJECT_OF_HANDLING = re.compile(r"对(?:这|该|上述|此|以上)?$")
_HANDLING_AFTER_OBJECT = re.compile(
    r"(?:政府信息公开|依申请公开)?申请(?:事项|件)?(?:均|都|已)?(?:进行了?|予以|作出了?)(?:依法|及时)?(?:办理|答复|处理|回复)"
)
# A handling verb before a count whose noun follows (本年度完成451件依申请件答复: round 3).
_HANDLED_BEFORE_COUNT = re.compile(r"(?:完成|办结)了?$")
# 按时办理3件依申请公开: the handling verb alone before the count (not the second of two joined: 收到并办理)
_HANDLING_BEFORE_COUNT = re.compile(r"(?<![和及并与、])" + _HANDLING_VERB + r"了?的?$")
_RECEIVING_IN = re.compile(_RECEIVING_VERB)
_HANDLED_AFTER_COUNT = re.compile(r"(?:依申请件?|(?:政府信息)?公开申请)(?:的)?(?:答复|办理)")
HANDLED_METRIC = "applications_handled"
# Negation scope (one rule of the clause): a negator before a predicate negates that predicate,
# whatever its verb class (未答复1件, 没有受理…2件, 尚未办结3件, 不予受理1件: round 9's spent test
# half; rule 25 of CONVENTIONS.md), with at most one adverb between (未及时答复, 未能办结, 不予受理).
# A negated predicate counts nothing of its own; a refusal reason right after it is that row
# (未答复1件，属于三类内部事务信息: rule 25). A negator inside a cue (尚未审结, 不予公开, 不掌握,
# 上年度未办结) is that cue's own word.
_NEGATOR_BEFORE = re.compile(
    r"(?:未有|未|没有|没|尚未|并未|从未|无|不)(?:能|曾|再|予|予以|及时|按时|按期|依法|全部|完全|进行|作出)?$"
)
# (the longest a match of _NEGATOR_BEFORE can be, 尚未予以; not 不存在: 信息不存在无法提供3件 is a reason
# before its outcome, round 3)
_NEGATOR_SPAN = 4
_VERB_SPAN = 6  # the longest a match of _PREDICATE_BEFORE_COUNT can be (its verbs, 了 and 的)
OTHER_HANDLING_METRIC = "other_handling"
GRANTED_METRIC = "granted"
# The year's only request counted, the clause right after it saying the body does not hold what was asked for
# (收到政府信息公开申请1起，本机关不掌握申请人申请公开的相关政府信息，已…答复: round 29's tuning half,
# CONVENTIONS.md rule 45): that request's outcome, unable_not_held 1
NOT_HELD_METRIC = "unable_not_held"
_NOT_HELD_NEXT = re.compile(
    r"[，,](?:经[^，,；;。\d]{1,6}?[，,]?)?(?:本机关|本单位|本部门|我局|本局|我单位)不掌握[^，,；;。\d]*(?=[，,；;。]|$)"
)
# The old template's answer categories (信息不存在的8件, 不属于本机关公开8件: CONVENTIONS.md rules 23 and 63,
# no figure): outcomes still, among the outcomes listed; and rule 12's already-public category closing
# the list (…不属于本单位法定职责的16件，已对外公开1件，均按时限办理: round 65's test half, CONVENTIONS.md
# rule 81, rule 4: 均 said of all the requests, the carry-forward null)
_OLD_CATEGORY = re.compile(r"(?:信息不存在|不属于本机关公开|已对外公开)(?:的)?")
# The rest counted opening the clause of an answer with no 均 (其余2件已按时完成答复; 其余7件均已按时答复 is
# all answered: rule 58)
_REST_COUNTED = re.compile(r"其余\d+(?:件|条|项|宗)(?!均|都|全部)")
# A withdrawal by the applicant counted in its own clause (申请人撤件1件; 撤回申请2件; 1件申请人主动撤销), the
# withdrawal called 撤件 too (round 64's test half, CONVENTIONS.md rule 80, rules 58 and 63); not a body's
# decision revoked (被撤销)
_WITHDRAWAL_COUNTED = re.compile(
    r"(?:^|[，,；;])(?:其中[，,]?)?(?:申请人)?(?:主动)?(?<!被)(?:撤回|撤销|撤件)(?:申请)?\d+(?:件|条|项|宗|个|份)"
    r"(?=$|[，,；;])"
    r"|(?:^|[，,；;])(?:其中[，,]?)?\d+(?:件|条|项|宗|个|份)(?:申请)?(?:由)?(?:申请人)?(?:主动)?(?:撤回|撤销|撤件)"
    r"(?:申请)?(?=$|[，,；;])"
)
# A reason's opening word ending the words between a count and its subject (17件申请因…)
_REASON_END = re.compile(r"(?:因|由于)$")
# A year then the negation right after it (2021年没有…): the year a proceedings' negation is dated by
_YEAR_THEN_NEGATION = re.compile(r"((?:19|20)\d{2})年度?[，,]?(?=没有|未|无)")
# A negated receipt whose stored text stops right after 政府 (2020年，未收到政府|: round 46's tuning half,
# CONVENTIONS.md rule 62, rule 15): the request noun cut, tried as 申| is; or right after 公开, inside
# the noun 公开申请 (全年未收到公开|: round 65's tuning half, CONVENTIONS.md rule 81, rule 75's cut inside
# the noun)
_CUT_AFTER_GOVERNMENT = re.compile(r"(?:未|没有)(?:收到|受理|接收|接到)(?:政府(?:信息)?|公开)$")
_BARE_DISCLOSURE = "依申请公开"  # the bare words starting a clause after the requests' count: granted
# A count's own words naming the body the requests were addressed to (向各街镇提出的信息公开申请共36件, after
# 共收到…130件，其中向区政府及各部门提出的…94件: round 46's test half, CONVENTIONS.md rule 62): a split of the
# count before by the bodies addressed, no figure, as rule 10's channels
_ADDRESSED_TO = re.compile(r"(?:其中)?向[^，,；;。\d]{1,16}?(?:提出|提交|递交)的?")
# the parenthesis opened right after a granted count, its parts listed inside (予以公开3件（主动公开1件，:
# round 23's test half, rule 39), up to the bare words 依申请公开 of one more part
_GRANTED_PARTS_OPEN = re.compile(r"(?:予以|同意|准予)公开\d+件[（(][^（）()。；;]{0,16}?[，,、]?$")
# 其中2件公开 (round 10): the clause's predicate; 其中1条依申请公开，3条…，不予公开 (round 29's test half,
# CONVENTIONS.md rule 45: disclosed on request, granted)
_BARE_GRANTED = re.compile(r"(?:予以|全部|均|已|同意|依申请)?公开")
_CLAUSE_STOP = re.compile(r"[；;。！？!?]")
# The answers' heading with its colon opening a list of counts in the sentence (具体答复情况：2件…，
# 无法提供；1件…: round 40's tuning half, CONVENTIONS.md rule 56): the counts after it are the answers'
# outcomes, as after a count of the applications
_ANSWERS_HEADING = re.compile(r"(?:具体)?(?:答复|办理|处理)(?:结果|情况)(?:如下)?[：:]")
# The verb of handling in all (办理, 处理; 答复 and 办结 with the carry-over among its parts: 答复…64件（含
# 上年度结转申请4件）, CONVENTIONS.md rule 23; 当年办结168件（含上年结转14件）, round 8).
# (the handling class: 回复 too, round 11's probe matrix)
_HANDLED_IN_ALL = re.compile(_HANDLING_VERB)
# the verbs of answering or concluding: with some carried forward, not all the applications
_ANSWERED_OR_CONCLUDED = frozenset(
    word for name in ("answering", "concluding") for word in _VERBS[name][3:-1].split("|")
)
_PARTS_FOLLOW = re.compile(r"其中|含|包括")
# A duplicates' part in parentheses after a count (（其中重复申请3条）: round 35's tuning half, rule 51)
_DUPLICATE_PART = re.compile(r"[（(]其中重复申请")
# A part opening a parenthesis right before its count (…答复办结（其中1件…: round 35's tuning half, rule 51)
_PART_OPENS_PARENTHESIS = re.compile(r"[（(](?:其中|含)$")
_JOINERS = ("、", "及", "和", "与", "或", "以及")  # between categories named together
# The carry-over named inside a parenthesis right after the count, with no number of its own (答复…1641件（含
# 上年度转结）: CONVENTIONS.md rule 24, 转结 reversed): the count is the total all the same.
# The bracket cut by the stored text's end right after the year, or inside the carry's verb
# (答复37件（其中包含2024年度结|: round 41's test half, CONVENTIONS.md rule 57): the total likewise, with no
# carry-over count.
# The carried-over part counted inside the bracket as its subject, with no 含 (办理142件（3件为2023年
# 结转至本年度办理）: round 42's test half, CONVENTIONS.md rule 58): the total likewise, the part the
# carry-over.
_CARRY_OVER_INSIDE = re.compile(
    r"[\d,.]+[件宗条份]?[（(](?:(?:其中)?(?:含|包括|包含)|\d+[件宗条份]为)(?:上一?年度?|(?:19|20)\d{2}年度?)(?:的)?"
    r"(?:(?:结转|转结|转来|转办)(?:的)?(?:申请|件)?[）)]|(?:结|转)?$|(?:结转|转结)(?:至|到)本年度?)"
)
# 新收 opening the requests' noun after a count (办理13件新收政府信息公开申请: round 57's test half,
# rule 73)
_NEW_REQUESTS_AFTER_COUNT = re.compile(
    r"新(?:收到?|受理|接收)的?(?:政府信息公开申请|信息公开申请|依申请公开|申请)"
)
# A new receipt's count and a carry-over in one sentence (2023年新受理39件，2022年结转0件: round 57's
# test half)
_NEW_AND_CARRIED_ROWS = re.compile(r"新(?:收到?|受理|接收)\d+件(?=[^。]*结转)")
# 的共 between the last of several rows named together and their one count (…不予处理和其他处理的共158件:
# round 57's test half, CONVENTIONS.md rule 73, as round 9's 及…合计)
_SUM_OF_ROWS_LINK = re.compile(r"的?(?:共|共计|合计|总计)(?:为|是|有)?")
# A total word or a link between a clause's verb and its count (…信息合计23件; 办理有69件: round 6).
_LINK_BEFORE_COUNT = re.compile(r"(?:合计|共计|总计)(?:为|是)?$|(?<=[理到收])有$")
# One count governed by two verbs joined by 并 (收到并办理, 受理并答复: CONVENTIONS.md rule 2), perhaps
# with an adverb before the second (收到并妥善处理: round 7's test half, spent). Joined by 和, only inside
# the words that name the count (收到和处理政府信息公开申请 N 件): 收到和办理依申请公开9件 is received
# alone in round 3's survey, both in round 7's (the surveys differ; handled stays a reading, _FUSED_VERBS).
# 新收并答复 and 收并办结 (round 33's test half, CONVENTIONS.md rule 49: two verbs fused, both): 收
# alone before 并.
_TWO_VERBS = re.compile(
    "(?:"
    + _RECEIVING_VERB
    + r"|收(?=并))(?:并(?:已|均|全部|及时|依法|按时|按期|妥善|认真|规范){0,2}|和)"
    + _HANDLING_VERB
)
# A receiving verb first in a list of verbs over one count (受理、办理、答复依申请公开2件: round 8): rule 2's
# two verbs, received and handled.
# a verb of any class right before a count (未回复1件 with no cue of its own)
_PREDICATE_BEFORE_COUNT = re.compile("(?:" + _RECEIVING_VERB + "|" + _HANDLING_VERB + "|完成)了?的?$")
# "the rest" before "all answered", after a count of no row (申请人撤销申请5件，其余均依法按期答复: round 10):
# said of the applications counted before, not of that count
# A proceeding's count with its case said concluded in a bracket right after it (行政复议1件（已办结）: round
# 55's tuning half, CONVENTIONS.md rule 71): no outcome and no pending figure (not 均已办结 after the counts)
_CONCLUDED_IN_BRACKET = re.compile(r"(?<=\d)[件起宗][（(]已经?(?:办结|审结|结案)[）)]")
# Requests the body helped another body handle (协助办理市政府、区政府依申请信息公开7件: round 55's test half,
# CONVENTIONS.md rule 71; no figure, rule 13)
_ASSISTED_REQUESTS = re.compile(r"^协助(?:办理|处理|答复)[^，,；;。\d]{0,16}?依申请")
_THE_REST = ("其余", "其它", "其他", "剩余", "余下")
# The requests left unfinished in a year named before the verb, their handling going on
# (接续办理2021年未办结政府信息公开申请0件: round 50's test half, CONVENTIONS.md rule 66, rules 24
# and 25): the carry-over, the year printed even where it is the report's own (a slip; the clause's
# words start after the year's digits, so the cues cannot see 接续); not 2021年未办结…申请 with no
# 接续办理 (this year's unfinished: the negation scope rule)
_UNFINISHED_GOING_ON = re.compile(
    r"接续(?:办理|处理)(?:19|20)\d{2}年度?未办结(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项|件)?$"
)
# "So far" opening the clause of a count the sentence after the applications were counted (…收到…21件，
# …。目前20件申请已办结: round 50's test half, CONVENTIONS.md rule 66): the report's own time, the count a
# part of those before, as after 其中 (not where no request was counted before: 目前20件申请已办结 alone)
_SO_FAR = re.compile(r"(?:目前|截至目前|截止目前|至今)[，,]?")
# a part of the applications that was not answered: withdrawn, still being handled, sent on to next year
_NOT_ANSWERED = re.compile(r"撤回|撤销|处理中|办理中|正在|尚未|结转|转结|顺延|下一?年")
_NEGATED_IN_SPAN = re.compile(r"未|没有|无法")  # a negator inside the words of "all handled" (均未答复)
# ... but not the outcome negated over all the requests (均未予以公开: round 49's tuning half, CONVENTIONS.md
# rule 65): each answered, none disclosed (granted null, narrative_metrics.yaml), all answered (rule 25)
_ALL_NOT_DISCLOSED = re.compile(r"(?:均|全部|都)未予以公开")
# The first clause of a sentence that counts with a receiving verb (…收到“问政江西”平台投诉咨询件55件): whose
# subject, where it is something else, is the subject of the bare counts after it (round 54's tuning half)
_RECEIVED_ELSEWHERE = re.compile(r"(?<![^，,；;。])[^，,；;。]*?(?:收到|受理|接收|接到)[^，,；;。\d]*?\d")
# ... nor 均因…无法提供 said of all the requests (收到…申请2件，均因本机关不掌握相关政府信息无法提供:
# round 54's tuning half, CONVENTIONS.md rule 70, rules 25 and 50): each answered that it cannot be
# provided, all answered
_ALL_UNABLE = re.compile(r"(?:均|全部|都)(?:因|由于)[^，,；;。\d]{1,20}?无法提供")
# Two verbs under one negation (rule 20): 未收到和处理 (和 / 并); 未发生依申请和处理政府信息 (round 30's test
# half, CONVENTIONS.md rule 46: the requests and a handling verb joined)
# (joined by 、 too: 未发生受理、答复依申请公开政府信息情况, round 46's test half, CONVENTIONS.md rule 62)
_NEGATED_PAIR = re.compile(
    _RECEIVING_VERB + r"(?:和|并|、)" + _HANDLING_VERB + r"|依申请(?:和|及|与|并)(?:处理|办理)"
)
# 接处网上依申请公开2件 (接处, receive and deal with: one word of a receiving and a handling verb, a channel
# perhaps after it; round 48's both halves, CONVENTIONS.md rule 64, rule 2): received and handled, as 受理办理
_RECEIVE_AND_DEAL = re.compile(r"接处(?:网上|网络|线上|在线|当面|书面)?$")
# 收办 opening the received cue (全年共收办申请42件: round 60's test half, CONVENTIONS.md rule 76, part A's
# case, as round 34's 收并办结): received and handled
_RECEIVE_AND_HANDLE_FUSED = re.compile(r"收办")
# The receiving verb and the requests' noun, then 并 and a handling verb right before the count (收到信息
# 公开申请并答复件0件: round 60's tuning half, CONVENTIONS.md rule 76, part B's case, rule 2's one count
# after two verbs joined by 并): received and handled
_RECEIVED_NOUN_AND_HANDLED = re.compile(
    "(?:"
    + _RECEIVING_VERB
    + r")(?:政府信息公开|信息公开|依申请公开)?申请并(?:"
    + _HANDLING_VERB
    + r")(?:件)?$"
)
# 收到和处理政府依申请公开8条 (round 48's test half, CONVENTIONS.md rule 64, rule 2): 政府 leading the words
# that name the count, right after the two verbs joined by 和, as if they stood right before those words
_NOUN_LEADS = ("", "政府")
_CARRY_VERB = re.compile(r"结转|转结|转入")
_HANDLING_FIRST = re.compile(_HANDLING_VERB)  # the handling cue starts with its verb (not 依申请…办理)
# Two verbs fused with no conjunction (受理办理, 收到处理, 受理答复, 接受办理: CONVENTIONS.md rule 25;
# the spent entries of rounds 2 and 3 that read 受理答复 and 接受办理 as received alone were aligned):
# rule 2's two figures.
_FUSED_PAIR = re.compile(_RECEIVING_VERB + _HANDLING_VERB)
# 受理|办理… (the handling cue right after); 收并|办结 (全年共计收并办结依申请公开事项0: round 33's test half,
# CONVENTIONS.md rule 49, 收 for 收到 joined by 并)
_RECEIVING_RIGHT_BEFORE = re.compile("(?:" + _RECEIVING_VERB + "|收并)$")
_VERB_LIST = re.compile(_RECEIVING_VERB + r"(?:、" + _HANDLING_VERB + ")+")
# A receiving verb and its object, then a handling verb right before the count (接收依申请信息公开办理52件:
# round 6): the received, handled kept as a reading (the verbs run together, as _FUSED_VERBS).
_RECEIVED_THEN_HANDLED = re.compile(
    _RECEIVING_VERB + r"[^，,；;。\d]{0,20}?(?:申请|依申请)[^，,；;。\d]{0,12}?(?:办理|处理)$"
)
# Two verbs fused or joined by 和 (收到和办理, 接收处理, 受理答复): the surveys read them as received
# (rounds 2 and 3) or as both (round 6): handled is kept as a reading of the one claim.
_FUSED_VERBS = re.compile(_RECEIVING_VERB + r"(?:和|及)?" + _HANDLING_VERB)
# A carry-forward's verb and the preposition of its target year (除1项结转至2022年办理)
# A carry from one named year into another (2023年结转2024年): both years; …ending at the count
# (2023年结转2024年政府信息公开申请)
_CARRIED_FROM_INTO_ANY = re.compile(r"((?:19|20)\d{2})年度?(?:结转|转结)(?:至|到|入)?((?:19|20)\d{2})年度?")
_CARRIED_FROM_INTO = re.compile(_CARRIED_FROM_INTO_ANY.pattern + r"[^，,；;。\d]{0,16}$")
# The carrying verb with the requests' year right after it (含结转办理2021年…数量2个 in a 2022 report:
# round 58's test half, CONVENTIONS.md rules 70 and 74): from the year before, it sends nothing to next year
_CARRIED_FROM_YEAR_NAMED = re.compile(r"(?<![\d年])(?:结转|转结)(?:办理)?((?:19|20)\d{2})年度?")
# …after the count as its subject (其中1件为2022年度结转至2023年度 in a 2023 report: round 34's tuning half,
# CONVENTIONS.md rule 50): the carry-over likewise
# ; 本年度 for the year after, inside the bracket of a handled count, its verb after it (3件为2023年结转至
# 本年度办理）: round 42's test half, CONVENTIONS.md rule 58)
_CARRIED_FROM_INTO_AFTER = re.compile(
    r"((?:19|20)\d{2})年度?(?:结转|转结)"
    r"(?:(?:至|到|入)((?:19|20)\d{2}|本)年度?(?:的?(?:申请|件))?(?=[，,；;。]|$)"
    r"|(?:至|到)(本)年度?(?:继续)?(?:办理|处理|答复)?(?=[）)]))"
)
# …the year before alone, after 为 (4件为2023年度结转继续办理 in a 2024 report: round 45's test half,
# CONVENTIONS.md rule 61, as rule 50 reads 1件为2022年度结转至2023年度): the carry-over
_CARRIED_FROM_AFTER = re.compile(
    r"为((?:19|20)\d{2})年度?(?:结转|转结)(?:继续)?(?:办理|处理|答复)?(?=[，,；;。]|$)"
)
# The carrying verb after a count, then a year and a concluding verb closing the clause (0件转结2024年办结
# in a 2024 report: round 61's test half, CONVENTIONS.md rule 77, as round 59's 上年转结…0件): carried into
# the year named and concluded in it; the report's own year makes it the carry-over (the next year's stays
# the carry-forward, and 转结2024年办理 with no concluding verb is left as it was read)
_CARRIED_INTO_CONCLUDED = re.compile(
    r"(?:结转|转结)(?:至|到|入)?((?:19|20)\d{2})年度?(?:办结|办理完毕|处理完毕|答复完毕|完结)(?=[，,；;。]|$)"
)
# A count, then the year before the report's receiving the requests' noun (另外有4件2020年收到的申请
# 也已结转办结 in a 2021 report: round 62's tuning half, CONVENTIONS.md rule 78, as rule 50 reads a
# named earlier year): requests received last year and handled in this one, the carry-over (the
# report's own year, or another noun, stays unread)
_RECEIVED_LAST_YEAR_AFTER = re.compile(
    r"((?:19|20)\d{2})年度?(?:收到|受理|接收|接到)(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请(?:件)?(?![\d件])"
)
# The carrying verb, then the year before the report's right before the count (结转2021年1件 in a 2022 report,
# between the received and the handled: round 52's test half, CONVENTIONS.md rule 68, as rule 50 reads a named
# earlier year): the year the requests come from, the carry-over (结转2023年1件 in a 2022 report, the year
# after, stays the carry-forward)
# The request noun may stand between the year and the count (结转2019年依申请公开1条 in a 2020 report: round
# 54's test half, CONVENTIONS.md rule 70, rule 68's named earlier year): the carry-over too (结转2021年依申请
# 公开1件 in a 2021 report, the report's own year, stays the carry-forward)
_CARRIED_FROM_YEAR_BEFORE = re.compile(
    _CARRIED_FROM_YEAR_NAMED.pattern
    + r"(?:的)?(?:依申请公开|(?:政府)?信息公开(?:申请)?|申请)?(?:事项|件)?(?:的)?(?:数量|数)?$"
)
# (结转办理2021年政府信息公开数量2个 in a 2022 report: round 58's test half, CONVENTIONS.md rules 70 and
# 74: 办理 after the carrying verb, the noun without 申请 or the template's 数量: the carry-over likewise)
# A channel's count whose verb publishes (通过政务网站发布更新工作动态61条): information published there,
# not a member of the requests' channels (round 45's tuning half, CONVENTIONS.md rule 61)
_PUBLISHED_THERE = re.compile(r"发布|推送|主动公开")
# Two years joined by 转入 right before a handling verb and the count (2024年转入2025年办结2件: round 57's
# test half)
_TRANSFERRED_INTO = re.compile(
    r"((?:19|20)\d{2})年度?转入((?:19|20)\d{2})年度?(?:继续)?(?:办理|办结|答复|处理)?(?:的)?(?:申请)?$"
)
# The next year named before the carrying verb (2026年结转依申请公开事项1件，正在办理中 in a 2025 report:
# round 44's tuning half, CONVENTIONS.md rule 60): the year the requests are carried into, the carry-forward
_INTO_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年度?(?:结转|转结)(?:的)?[^，,；;。\d]{0,12}$")
# The government's own level as the subject of a negation (区政府本级无…): a part of the reporting area
_OWN_LEVEL_SUBJECT = re.compile(r"本级$")
# 无 right before the next point's heading, no stop between (无（三）政府信息管理。), the text of the point
# before
_NONE_BEFORE_POINT = re.compile(r"(?P<none>无|暂无|没有)(?=[(（][一二三四五六七八九十]+[)）])")
# A point headed by the handling of the requests (（二）依申请公开政府办理情况, 信息 dropped: round 44's test
# half)
_HANDLING_POINT = re.compile(
    rf"(?:{NUMBERING})?(?:依申请公开|政府信息公开申请)(?:政府)?(?:信息)?的?(?:办理|处理|答复)情况[。：:]?"
)
_HANDLING_POINT_NONE = re.compile(_HANDLING_POINT.pattern + r"(?P<none>无|暂无|没有)[。；;]?")
# What every match of it holds at its end: searched first (led by 情况, which the engine skips to)
_HANDLING_POINT_NONE_TAIL = re.compile(r"情况[。：:]?(?:无|暂无|没有)")
_CARRIED_AFTER = re.compile(r"(?:结转|转结)(?:至|到)")
# The handling verb after the requests' noun, then a count of persons ending the clause before a total word
# and the requests' count (依申请公开办理信息10人，共计13件: round 40's tuning half, CONVENTIONS.md rule 56)
_PERSONS_HANDLED_BEFORE = re.compile(r"依申请(?:公开)?(?:办理|处理)[^，,；;。\d]{0,6}?(?<!\d)\d+人[，,]$")
_TOTAL_ALONE = re.compile(r"(?:共|共计|合计)")
# A request unit (个, 项: narrative_metrics.yaml request_units) counts requests where the clause ends after
# it or the noun of the applications follows (申请公开数3个，; 接到2项政府信息公开申请), and then only right
# after the words naming an applications count, a link between (数, 共, 为) or the noun after it.
# (or the granting right after it, 1项依规予以公开, where the requests were counted in 项 before: below)
_GRANTED_AFTER = re.compile(r"(?:依规|依法|按规定)?予以公开")
_REQUEST_AFTER = re.compile(
    r"[，,。；;]|(?:政府信息公开|公开)?(?:的)?申请|依申请公开|"
    + _CARRIED_AFTER.pattern
    + "|(?:全部|均|都)?(?:已)?"  # 收到…申请3项全部予以公开 (round 29's test half, CONVENTIONS.md rule 45)
    + _GRANTED_AFTER.pattern
    # a bracket right after it that holds the carry-over (共计办理…申请数量74个（含结转办理2021年…: round 58's
    # test half, CONVENTIONS.md rules 3 and 74): the total's count in 个
    + r"|[（(](?:其中)?(?:含|包括|包含)(?:结转|转结|上一?年度?|(?:19|20)\d{2}年度?)"
)  # not 975项依申请政务服务事项; 除1项结转至2022年办理 (round 13's test half): the carry-forward after it
# The carry-over's count in a request unit closing the bracket that holds it, right after a count in that unit
# (…申请数量74个（含结转办理2021年政府信息公开数量2个）: round 58's test half, CONVENTIONS.md rules 3 and 74)
_CARRY_PART_IN_UNIT = re.compile(
    r"\d个[（(](?:其中)?(?:含|包括|包含)(?:上一?年度?|(?:19|20)\d{2}年度?)?(?:结转|转结)[^（）()，,；;。]{0,24}?\d+个$"
)
# (收到申请政府信息公开事项4项: round 40's test half, CONVENTIONS.md rule 56: the noun's words after the
# receiving cue, then 事项, before the count in 项)
# (其中“不予公开”1项，“非本机关掌握”1项: round 67's tuning half, CONVENTIONS.md rule 83, rule 49's outcomes
# quoted as categories: the quote closing the words of the count before it, as with no quotes)
_REQUEST_LINK = re.compile(
    r"[”\x22’]?(?:(?:政府)?信息公开|公开)?(?:的)?(?:事项)?(?:数量|总数|件数|数)?(?:共|共计|合计)?(?:为|是|有)?"
)
# A clause of a verb of handling alone before its count (办结1200件): what it handled is the count before.
# (the year first: …热线工单办理工作，全年共办理40件, round 13's test half, spent; a year's digits end the
# clause before, so 2024年共办理 leaves 年共办理)
_BARE_VERB = re.compile(
    r"(?:(?:全年|本年度?|今年|(?:(?:19|20)\d{2})?年度?)[，,]?)?(?:已|共|累计|全部)?(?:办结|答复|办理|处理|完成)(?:了)?"
)
_BARE_RECEIVING = re.compile(r"(?:共|累计)?(?:受理|收到)(?:了)?")  # 受理28件: a receiving verb alone
# A bare 其他 as a member of a list of outcomes (…无法提供3件，其他0件); not 其他情况
# (…本机关不掌握相关政府信息0件，其他情况0件: round 34's test half, CONVENTIONS.md rule 50, no figure)
_BARE_OTHER = re.compile(r"(?:其他|其它)类?")
# 其他情况 closing two outcomes or more (rule 57), not after one (rule 50); 其他类型 likewise (…不予受理1件，
# 其他类型2件: round 44's tuning half, CONVENTIONS.md rule 60); 其他情形 likewise (…属于四类过程性信息2件，
# 其他情形1件: round 46's test half, CONVENTIONS.md rule 62)
_OTHER_CASES = re.compile(r"(?:其他|其它)(?:情况|类型|情形)")
# A receiving or handling verb before 依申请公开 in its clause makes it the applications
# (受理政府信息依申请公开事项; 累计办理…通过…途径提出的依申请公开信息: round 4); a handling verb of the class
# right before it (处理依申请公开15条: round 11's test half, spent) too.
_VERB_BEFORE_DISCLOSURE = re.compile(
    r"(?:" + _RECEIVING_VERB + r"|办理)[^，,；;。]{0,30}?依申请"
    r"|(?:" + _HANDLING_VERB + r")(?:了)?依申请公开(?!(?:的)?(?:政府|政务)?信息)"
)  # (not 处理依申请公开信息176条: information items, as `not_about_applications` reads them)
_ITEM_UNITS = {"条"}
# A count without a unit ends its clause (申请3，; 数量为0。) and follows its cue (perhaps 数量为 between).
_BARE_END = {"，", ",", "。", "；", ";"}
_ASCII_STOP = re.compile(r"\.(?=[（(]|[一二三四五六七八九十]{1,3}、|$)")
_BARE_LINK = re.compile(r"(?:的)?(?:数量|总数|数)?(?:为|是)?")
# the rest of 依申请公开 after a receiving cue ending at 依申请, then the count's noun (受理依申请公开件数为0)
_RECEIVED_NOUN_REST = re.compile(r"(?<=依申请)公开(?:件|事项)?(?:件数|数量|总数|数)(?:为|是)?")
# the requests' noun as the object of the verbs before a count with no unit (收并办结依申请公开事项0)
_REQUESTS_NOUN_LINK = re.compile(
    r"(?:政府信息)?(?:依申请公开|信息公开申请|公开申请|申请)(?:事项|件)?" + _BARE_LINK.pattern
)
_PROCEEDING_WORD = re.compile(r"复议|诉讼|案件|起诉")
_PROCEEDING_WORD_PRINTED = re.compile(r"复议|诉讼|復議|訴訟")  # in a heading as printed (simplified or not)
_REVIEW_OR_LAWSUIT = re.compile(r"复议|诉讼")
_NOT_YET = "尚未"  # 尚未办理 N 件 (rule 44's old template), before the handled count only
_LOST_SUIT = "败诉"  # an outcome only a lawsuit has (rule 44)
_NOT_SUED = ("review", "review_and_litigation")  # the proceedings in context a lost suit is not of
# What a proceeding's total includes, said in a bracket opened by 含 (包含, 包括) between the proceeding
# and its count (受理行政诉讼（含尚未审结案件）0件: round 70's tuning half, CONVENTIONS.md rule 86): the
# outcome named there is a part of the total, not the count's row; the count is the proceeding's total (a
# bracket with no 含, 行政诉讼（尚未审结）0件, or the outcome outside a bracket, still the outcome's)
_TOTAL_INCLUDES = re.compile(r"[（(](?:其中)?(?:含|包含|包括)[^（）()\d，,；;。]{1,12}[）)]$")
# Cases lost, counted right before 案件败诉 closing the clause, no proceeding named, perhaps the requests'
# kind before 案件 (其中5件依申请公开行政复议后被撤销答复，3件依申请公开案件败诉: round 68's test half,
# CONVENTIONS.md rule 84, as rules 19 and 44 read 败诉, an outcome only a lawsuit has): the lawsuit's
# corrected (not 行政复议案件败诉, a proceeding named; nor with more words after 败诉 in the clause)
_CASES_LOST_AFTER = re.compile(
    r"(?:(?:政府信息)?依申请公开|政府信息公开)?(?:的)?(?:行政)?案件(?:被判决?)?败诉(?=[，,；;。]|$)"
)
# 败诉 opening its clause right after the review's count, no lawsuit named before it in the sentence
# (因依申请公开引发的行政复议案件1件，败诉0件，未引发行政诉讼: round 68's tuning half, CONVENTIONS.md rule
# 84, as rule 19 reads the review's outcome): the review's corrected, not a lawsuit's (rule 44's lawsuit
# counted before it still the lawsuit's, as are 行政败诉 and 败诉 after a review named only in a sentence
# before)
_REVIEW_NAMED = re.compile(r"复议")
_LAWSUIT_NAMED = re.compile(r"诉讼|起诉|应诉")
# A numbered item naming the proceedings the requests brought, its whole text 无 after a colon
# (3.因政府信息公开申请行政复议、提起行政诉讼情况：无。: round 64's tuning half, CONVENTIONS.md rule 80, as
# rule 22 reads 本年度无此类情况 under such a heading and rule 26 a request point whose whole text is 无): the
# proceedings named there null (both: the pair's)
_PROCEEDINGS_POINT_NONE = re.compile(
    rf"(?:{NUMBERING})因政府信息公开申请(?P<review>(?:申请)?(?:行政)?复议)?(?:、|和|及|或)?"
    r"(?P<lawsuit>(?:提起)?(?:行政)?诉讼)?的?(?:情况|情形)[：:](?P<none>无|暂无|没有)[。；;]?"
)
# The proceedings' cases named as a label before a colon (…被提起行政诉讼的情况：0件, rule 53): the count
# after the colon is theirs (the label's clause, from the separator before it).
_PROCEEDING_CASES_LABEL = re.compile(r"[^，,；;。：:]*(?:复议|诉讼)的?(?:情况|情形)[：:]$")
# 结果 then 均 before the outcome row (…行政复议2件，结果均为维持: rules 8 and 54): one proceeding's outcome
# named; 办理结果均为其他结果 (round 45's test half, CONVENTIONS.md rule 61): 办理结果 or 处理结果 as 结果
_RESULT_THEN_ALL = re.compile(r"(?:审理|复议|办理|处理)?结果均")
# The plain upheld with 均 as a clause's whole words after one proceeding's count (…行政复议案件5件，
# 均予以维持: round 42's test half, CONVENTIONS.md rule 58)
# (均为结果维持 after one lawsuit's count: round 55's tuning half, CONVENTIONS.md rule 71, 均 restating
# the count)
# (均被市政府维持 after one review's count in words: round 64's test half, CONVENTIONS.md rule 80, the
# reviewing body named in the passive before the plain upheld)
_ALL_UPHELD = re.compile(
    r"均(?:被[^，,；;。\d]{1,8}?(?=维持))?(?:为结果维持|(?:予以)?(?:结果)?维持(?:结果)?)"
)
# The body's answer (or decision) "supported" by the review body or the court, after a clause of its
# check perhaps (经复议机关审查，我局行政复议的答复请求全部得到支持: round 51's test half, CONVENTIONS.md
# rule 67, rule 17's outcome in other words): upheld; the body the subject (申请人的复议请求得到支持, the
# applicant's claim supported, is the body's loss: no figure)
_ANSWER_SUPPORTED = re.compile(
    r"(?:经(?:复议机关|法院|人民法院)?(?:审查|审理)[，,])?(?:我|本)[^，,；;。\d]{0,14}?(?:答复|决定|行为)"
    r"[^，,；;。\d]{0,4}?(?:全部|均|都)?(?:得到|获得)了?支持(?=[，,；;。]|$)"
)
# What may stand between a proceeding and its count (行政复议案件10件, 被申请行政复议有3件, 行政复议程序0件).
# The cases' noun before 均为 or 为 (…被申请行政复议及提起行政诉讼情况均为零: round 38's test half,
# CONVENTIONS.md rules 24 and 54, recorded as printed). The old template's cases named for what they
# are about (被提起复议政府信息公开案件0件: round 53's tuning half, CONVENTIONS.md rule 69): 政府信息公开
# right before 案件 (not before any other noun: 行政复议政府信息公开申请 stays no total). 等办理事项 after
# 情况 before 为 (收到依申请公开行政复议、行政诉讼情况等办理事项为0: round 55's tuning half, CONVENTIONS.md
# rule 71, the pair's 0).
_PROCEEDING_LINK = re.compile(
    r"(?:的?(?:情况|情形)(?:等(?:办理)?事项)?(?:[：:]|(?=均?为)))?(?:的)?(?:(?:政府)?信息公开(?=案件))?(?:案件|案|件|程序|申请|事项)?(?:和申诉案件|和申诉)?(?:的)?(?:数量|总数|数)?(?:均|各)?"
    r"(?:共|共计|合计|总计)?(?:有|为|是|达)?"
)
# 情况 between a proceeding occurred and its count (发生…行政复议情况1件: rule 71)
_CASES_RIGHT_BEFORE = re.compile(r"的?情况")
# The template's heading words for the proceedings, 政府信息公开 right before both joined, then 情况 right
# before the count (政府信息公开行政复议、行政诉讼情况0条: round 70's test half, CONVENTIONS.md rules 8 and
# 86): the heading used as the count's label, the pair's count (not both with no 政府信息公开 before them,
# 行政复议、行政诉讼情况0件, nor one proceeding alone, 行政复议情况1件: round 38's near miss)
_DISCLOSURE_HEADING_BEFORE = re.compile(r"(?:政府信息公开|信息公开)$")
_OCCURRED = re.compile(r"(?<![未没无])(?:发生|出现)")
# A clause that receives a proceeding and ends with its count (受理行政复议案件7件, 受理行政诉讼案件8件): a
# bare handling verb's count in the clause right after it (办结5件) is that proceeding's concluded, no figure
# (round 43's test half, CONVENTIONS.md rule 59), not the applications' handled. (A proceeding counted with
# no verb of its own, among the applications' counts, keeps the handled after it.)
_PROCEEDING_COUNT_ENDS = re.compile(
    r"(?:受理|收到|接到|办理|处理)[^，,；;。\d]{0,6}?(?:复议|诉讼)"
    + _PROCEEDING_LINK.pattern
    + r"\d+(?:件|起|宗|例|次)$"
)
_WHITESPACE = re.compile(r"\s+")
# the longest a point's heading with its text 无 is read (（十二）政府信息公开申请工作情况：暂无。)
_MAX_POINT = 24
# a year before the point's words run into 无 (本年度依申请公开情况为无)
_POINT_YEAR = r"(?:(?:19|20)\d{2}年度?|本年度?|全年|今年)[，,]?"
_CARRY_OVER_YEAR = re.compile(
    r"(?:19|20)\d{2}年度?[^，,；;。\d]{0,8}?(?:结转|转结)|(?:结转|转结|顺延)(?:至|到)?(?:19|20)\d{2}年"
    # 共办理…69件，含2023年转至今年办理的3件，办结68件 (round 4): the year of what is included
    r"|含(?:19|20)\d{2}年"
)
# The channels a request came by (网上, 快递: round 56's tuning half, CONVENTIONS.md rule 72)
_CHANNEL_WORD = re.compile(r"网上|网络|线上|线下|在线|信函|来信|当面|现场|邮寄|快递|传真|电子邮件|书面|挂号")
# A total printed after counts (受理公民申请3件、法人申请1件，共4件; 局属单位收到…3件，局机关收到…5件，
# 共计8件): counts that add up to it are its parts (applicant types, bodies), no figure (rules 10, 11, 14).
_TOTAL_AFTER = re.compile(r"(?:共|共计|合计|总计)(?:为|是)?(\d+)(?:件|宗|条|份)")
_CARRIED_BEFORE = re.compile(r"(?:上一?年度?|往年)?(?:结转|转结)(?:的)?$")  # before a proceeding's cue
_CARRIES = re.compile(r"结转|转结|转办|转入|上一?年|下一?年|次年")  # carried over or forward
_COUNT_VALUE = re.compile(r"(?<![\d.])(\d+)(?:件|宗|条|份)")
_APPLICATIONS_NOUN = re.compile(r"申请(?!人)")  # 申请 itself, not 申请人 (the applicant)
# (the requests named 事项 and counted in 项, 共受理4人次信函申请依申请公开事项4项，均…办理完毕: round 44's
# test half, CONVENTIONS.md rule 60)
_COUNTED = re.compile(r"\d+(?:件|次|条|宗|份|例|起|人次)|(?<=事项)\d+项")
# Applications split by who received them, with no total (政府新收…2件…；部门新收…4件: round 3): a part of the
# report's body is no figure of the tables.
# 区政府办共收到…50件，区政府各部门共收到…120件 (a total word between the subject and its verb) likewise.
# A body named first in a clause after 其中 (其中，县级政府受理并完成申请答复6件: round 7): a part of the
# applications counted before, no figure.
_BODY_AFTER_其中 = re.compile(
    r"(?:[县市区乡镇]级|本级|(?:县|市|区|镇|乡)?政府(?:办公室)?|各?部门|乡镇|街道|各单位)"
)
_PART_SUBJECT = re.compile(r"(政府办|政府|部门|本级|乡镇|街道|各单位)(?:共|共计)?(?:新收|收到|受理)")
# Receiving verbs qualified by two channels or more (受理线上…申请28件；受理线下…申请6件: round 3's
# 进贤县): the counts of the sentence are the parts', not the year's, unless it prints a total (共/合计/总计).
# One channel alone (接收网络方式提交…5件, round 2) is the only one, hence the year's.
# The channel may come first with 通过 and the verb repeated after it (通过网页渠道收到申请13件，
# 通过来信渠道收到申请2件: round 33's tuning half, CONVENTIONS.md rule 49): likewise.
_CHANNEL_PART = re.compile(
    _RECEIVING_VERB
    + r"(?:通过)?(线上|线下|网上|网络|信函|当面|现场|邮寄)"
    + r"|通过(线上|线下|网上|网络|网页|网站|信函|来信|当面|现场|邮寄)(?:渠道|方式|形式|途径)?"
    + _RECEIVING_VERB
)
# One place or channel named with 通过 before the receiving verb, no other means listed with it
# (通过政务公开专区接收政府信息公开申请12件: round 41's tuning half, CONVENTIONS.md rule 57): a channel's
# count, no figure where the report counts the year's received elsewhere (收到…278件, rule 10); the only
# count, received (several means listed, 通过信函、网络等渠道收到…23件, are the year's whatever follows)
_ONE_PLACE_RECEIVING = re.compile(
    r"通过[^，,；;。\d、等及和]{2,12}?(?:接收|收到|受理)(?:到|了)?[^，,；;。\d]{0,16}$"
)
# A bare answering verb ending the stored text, no punctuation after it and no 均, 全部 or 都 in its clause
# (…均为自然人提交，已答复|: round 41's tuning half, CONVENTIONS.md rule 57)
_CUT_BARE_ANSWER = re.compile(r"(?:^|[，,])(?:已经?|并)?(?:予以)?(?:答复|回复|办理|办结|处理)$")
# Counts of documents by their disclosure type (经审核的公文共82件，其中主动公开率34.1%，
# 依申请公开率29.3%（依申请公开24件）: round 33's tuning half, CONVENTIONS.md rule 49, the
# information-management point): no applications' figure in the sentence.
_DISCLOSURE_TYPE_RATE = re.compile(r"依申请公开率")
# Lawsuits or reviews over the body's other administrative acts (因具体行政行为被提起行政诉讼2起:
# round 33's tuning half, CONVENTIONS.md rule 49): no figure.
_OVER_OTHER_ACTS = re.compile(r"因(?:(?!信息公开|公开申请|依申请)[^，,；;。]){0,8}?行政行为")
# Messages answered publicly (接收留言89条、处理留言89条、公开答复8; 局长信箱收到留言办理77条，
# 其中公开答复数量7条: round 34's test half, CONVENTIONS.md rule 50): no handled figure, 公开答复 the
# clause's whole words in a sentence about messages (not 依申请公开答复 nor 政府信息公开答复)
_ANSWERED_PUBLICLY = re.compile(r"(?:^|[、，,])(?:其中)?公开答复(?:数量|数)?(?:为|是)?$")
_MESSAGES = re.compile(r"留言|信箱|来信")
# A receiving verb right before 政府信息公开 and its count (我局共受理政府信息公开1件，办结1件: round 34's
# tuning half, CONVENTIONS.md rule 50's odd nouns): the requests, 申请 left out
_RECEIVED_DISCLOSURE = re.compile("(?:" + _RECEIVING_VERB + r"|新收)(?:的)?政府信息公开\d")
# A negated request noun followed by what it would have caused or carried (本年度无政府信息公开申请
# 引起的行政复议和行政诉讼; 全年无政府信息公开申请结转办理情况: round 34's tuning half, CONVENTIONS.md
# rule 50): the proceedings or the carry are negated, not the requests; so with the requests' handling
# named before what it caused (无政府信息公开申请办理导致行政复议、提起行政诉讼的案件: round 35's tuning half,
# CONVENTIONS.md rule 51)
_CAUSED_OR_CARRIED_AFTER = re.compile(r"(?:办理|处理|答复)?(?:而)?(?:引起|引发|导致|产生)|(?:结转|转结)")
# A negated receipt limited to one applicant type (未收到公民提出的申请…；未收到法人或其他组织申请…:
# round 34's tuning half, CONVENTIONS.md rule 50): no received figure from either
_PERSONS = re.compile(r"公民|自然人")
_ORGANISATIONS = re.compile(r"法人|其他组织|其它组织")
# Quoted category words inside a negated receipt (未收到“依申请公开”“不予公开”政府信息公开申请: round
# 34's tuning half, CONVENTIONS.md rule 50): no outcome's zero
_QUOTED_IN_RECEIPT = re.compile(r"收到[^，,；;。申]*?[“\x22]")
# Counts of something other than the requests right before an all-handled clause (处理政府服务热线
# 工单1单，系咨询会计证书相关事宜，已按时答复: round 34's test half, CONVENTIONS.md rule 50): said of
# them, no figure
_TICKETS = re.compile(r"工单|热线")
# This year's part of a handled count, the carry-over's after it (共办理依申请公开11件，本年度10件，
# 结转上年度1件: round 34's tuning half, CONVENTIONS.md rules 3 and 14): the received, the count the total
_THIS_YEAR_ONLY = re.compile(r"(?:其中)?(?:本年度?|今年|当年)(?:新收)?")
_CARRIED_OVER_NEXT = re.compile(r"[，,](?:结转上一?年度?|上一?年度?(?:结转|转结)|上年转)")
_THIS_YEAR_PART = re.compile(
    r"\d+[件条宗][，,](?:其中)?(?:本年度?|今年|当年)(?:新收)?\d+[件条宗]" + _CARRIED_OVER_NEXT.pattern
)
_ALL_AFTER = re.compile(r"[，,](?:均|都|全部)")
_ONE_CHANNEL_WORD = re.compile(r"网上|网络|在线|信函|当面|现场|邮寄|传真|电子邮件")
# The stored text ending in the clause after a count (…申请190件，已答|)
_CUT_AFTER_COUNT = re.compile(r"[，,][^，,；;。\d]{0,6}")
_PART_RECEIVED_AND_HANDLED = re.compile(
    r"其中[，,：:]?(?:我|本)[^，,；;。\d]{0,3}?受理并(?:处理|办理)(?:政府信息公开|依申请公开)?申请"
)
_WITHDRAWN = re.compile(r"(?:申请人)?(?:主动)?(?:撤回|撤销)(?:申请)?")
# A withdrawal's word (not a body's decision revoked, 被撤销) in the clause of "all handled" words
_WITHDRAWAL_WORD = re.compile(r"(?<!被)(?:撤回|撤销|撤件)")
# Another part's count opening the clause right after an all-handled clause (其中，…，2件属于内部事务
# 信息，已办理完结，1件属于部分公开: round 34's test half, CONVENTIONS.md rule 50): the clause was said
# of the part before it
_NEXT_PART = re.compile(r"[，,；;](?:另有?)?\d+(?:件|条|项|份|宗)")
# An outcome's part said to be handled in the clause after its own (2件属于内部事务信息，已办理完结，
# 1件…: round 34's test half, CONVENTIONS.md rule 50): the report names no row of the tables for it,
# no figure
_PART_HANDLED_AFTER = re.compile(r"[，,]已(?:办理完结|办理完毕|处理完毕|办结)(?=[，,；;。]|$)")
# Help with another office's requests (协助区政府办理政府信息公开申请1宗: round 34's tuning half,
# CONVENTIONS.md rule 50): no figure
_HELPING_OTHERS = re.compile(r"协助[^，,；;。\d]{0,12}?(?:办理|处理|答复)")
# Documents counted by disclosure attribute (制发文件总数130件，其中94件主动公开，3件依申请公开;
# 政策文件方面，…主动公开文件1件，依申请公开0件，不予公开0件: round 34's halves, CONVENTIONS.md rule 50):
# no applications' figure
_DOCUMENTS_BY_ATTRIBUTE = re.compile(
    r"(?:文件|发文|公文)[^。；;]{0,24}?(?:主动公开(?:文件)?\d+件|\d+件主动公开)[^。；;]{0,12}?依申请公开"
    # ... and a count of documents followed by its members, two or more attributes each with its count, in any
    # order (共收到需审核公开属性的公文117件，其中不予公开18件，依申请公开16件，主动公开83件: round 69's
    # test half, CONVENTIONS.md rules 22 and 85): documents by attribute, no denied nor received figure
    r"|(?:文件|发文|公文)(?:共|共计|合计)?(?:为)?\d+(?:份|件)[，,](?:其中)?[：:]?"
    r"(?:不予公开|依申请公开|主动公开|部分公开)\d+(?:份|件)[，,、；;](?:不予公开|依申请公开|主动公开|部分公开)\d"
)
# ... and inside the bracket right after a count of documents, the attributes as its members (发布文件15份
# （不予公开7份，依申请公开5份）: round 58's tuning half, CONVENTIONS.md rules 63 and 74): documents by
# attribute, no denied and no received figure
_ATTRIBUTE_IN_DOCUMENTS_BRACKET = re.compile(
    r"(?:文件|发文|公文)(?:共|共计|合计)?(?:为)?\d+(?:份|件)[（(](?:其中)?[：:]?"
    r"(?:[^（）()\d，,、；;。]{1,8}\d+(?:份|件)[，,、；;])*(?:不予公开|依申请公开|主动公开|部分公开)(?:的)?$"
)
# A count of the requests run straight into an outcome's row words, no separator between (上年结转政府信息公开
# 申请数量11件部分公开，1本机关不掌握相关政府信息: round 69's tuning half, CONVENTIONS.md rule 85, a separator
# lost in print): the digits may be two counts run together, no figure for the count before the outcome
_OUTCOME_GLUED_AFTER_UNIT = re.compile(r"(?:予以公开|部分公开|不予公开|不予处理|无法提供|本机关不掌握)")
# Documents issued, then those of them published in the next clause (公文类信息共发文37个，已公开37个，
# 公开率达100%: round 59's test half, CONVENTIONS.md rule 75): documents, no granted figure
_PUBLISHED_AFTER_DOCUMENTS = re.compile(
    r"(?:发文|印发|制发|下发|文件|公文)(?:数量)?(?:共|共计|合计)?(?:为)?\d+[个份件篇][，,](?:其中)?(?:已|均已)?(?:公开|发布)$"
)
# Words that say a case is concluded (办结, 审结): "all handled" says no case is pending only with them.
_CONCLUDED = re.compile(r"办结|审结|结案|办理完结|完结")
_TO_YEAR = ("至", "到", "转")
_CARRYING_TO_HANDLE = ("结转办理", "转结办理")  # (before a year: round 58's test half, rule 74)
# The receiving verb and the requests' noun right before a count in 人次 (收到依申请公开政府信息4人次:
# round 55's test half, CONVENTIONS.md rule 71), nothing but the noun's words between
_RECEIPT_IN_PERSON_TIMES = re.compile(
    r"(?:收到|受理|接收|接到)(?:依申请公开(?:政府信息)?|(?:政府信息公开|信息公开)?申请(?:公开政府信息)?)$"
)
_PERSONS_BEFORE_TIMES = re.compile(r"人\d+次")  # 1人2次: one applicant, two requests
# The applicants counted between the receiving verb and the count of their requests (共收到4名自然人申请
# 政府信息公开5件: round 59's tuning half, CONVENTIONS.md rule 75, rule 11): part of the clause of the count
# after it
_APPLICANTS_BEFORE_REQUESTS = re.compile(
    r"[名位](?:自然人|申请人|公民|群众)(?:申请|提出|提交)(?:政府信息公开|公开政府信息|信息公开)(?:申请)?\d+件"
)
_TOTAL_WORD = re.compile(r"共|合计|总计")
_RELATIVE_YEAR = re.compile(r"同比|上年|去年|上一年|前一年")
# All the requests as a sentence's subject (所有申请均…: round 42's tuning half, CONVENTIONS.md rule 58)
_ALL_REQUESTS_SUBJECT = re.compile(
    r"(?:所有|全部)(?:政府信息公开|依申请公开|信息公开)?申请(?:件)?(?:均|都|全部)"
)
# A sentence opening with a frame that restates a count said before (本年度提出申请的27件中，: round 42's
# tuning half, CONVENTIONS.md rule 58, no figure of its own)
# 属于 opening the clause right after an outcome's count (“无法提供”的3件，属于本机关不掌握相关政府信息: round
# 59's tuning half, CONVENTIONS.md rule 75)
_REASON_CLAUSE_AFTER = re.compile(r"[，,]属于")
# A frame of the outcomes right after a handled count (本年度办理的24件信息公开申请中，予以公开9件: round 59's
# test half, CONVENTIONS.md rule 75)
_FRAME_AFTER_COUNT = re.compile(r"[^，,；;。\d]{0,10}?申请中[，,]")
# A frame closing right after "all handled" words (已办结案件中，涉及行政复议1件: round 64's tuning half,
# CONVENTIONS.md rule 80): the concluded ones named as the frame of counts after it
_FRAME_AFTER_SPAN = re.compile(r"(?:的)?(?:政府信息公开|依申请公开)?(?:申请|案件|事项|件)?中[，,：:]")
_FRAME_OF_COUNTED = re.compile(r"[^，,；;。\d]{0,16}?\d+[件宗条]中[，,]")
# The requests' volume with no verb before a comparison (申请数量较去年, 全区政府信息公开申请数量同比:
# round 42's tuning half, CONVENTIONS.md rule 58)
_REQUESTS_VOLUME_COMPARED = re.compile(
    r"[^，,；;。\d]{0,12}?申请(?:的)?(?:数量|件数|总量|总数)(?:同比|(?:较|比|相比|与)[^，,；;。\d]{0,6}?)"
)
_TITLE = re.compile(r"《[^》]*》")
_A_YEAR = re.compile(r"(?:19|20)\d{2}")
_NO_SUBJECT = re.compile(r"(?:除|另有|另|其中|尚有|还有)?")  # words before a count that name no subject
# A request unit's count with no verb names the requests themselves (依申请公开事项7项), not information items
_REQUESTS_NOUN = re.compile(r"事项|申请|件")
_TOTAL_LINK_END = re.compile(r"(?:共|共计|合计|总计)$")
# The existence verb before a count (2025年度有1件依申请公开信息。): the clause's whole predicate, the year
# (or nothing) before it, the requests' noun after the count closing the clause; 发生 as 有, the noun then
# perhaps named a case (2018年，发生1起依申请公开政府信息情况，后撤销申请。: round 24's test half, rule 40)
_EXISTS_BEFORE_COUNT = re.compile(r"(?:^|年度?|全年|今年|本年度?)[，,]?(?:共|共计)?(?:有|发生)$")
_EXISTING_REQUESTS = re.compile(
    r"(?:依申请公开|政府信息公开申请|信息公开申请)(?:的)?(?:政府)?(?:信息|事项|申请)?件?(?:的)?(?:情况|情形)?"
    r"(?=[，,；;。]|$)"
)
# A count right after the period with no verb, before the bare request noun, then 都/均 and a completing verb
# closing the clause (2021年42条依申请都及时完成: round 39's tuning half, CONVENTIONS.md rule 55): the handled
_PERIOD_BEFORE_COUNT = re.compile(r"(?:^|年度?|全年|今年|本年度?)[，,]?(?:共|共计)?$")
_BARE_REQUESTS_DONE = re.compile(
    r"依申请(?:公开)?(?:申请|事项)?(?:均|都|全部)(?:已经?)?(?:及时|按时|按期|依法)?(?:完成|办结|办理完毕)"
    r"(?=[，,；;。]|$)"
)
# What a proceeding counted before its name was about (2起关于政府信息公开的行政诉讼案件)
# (or the cause: 有1起因政府信息公开申请行政复议, round 21's test half)
# (the cause with its verb after the requests: 收到1件因政府信息公开申请提起的行政复议, round 44's tuning
# half, CONVENTIONS.md rule 60)
# (or the requests' kind alone right before it, 其中5件依申请公开行政复议后被撤销答复: round 68's test half,
# CONVENTIONS.md rule 84, as 因政府信息公开申请: the proceeding's count with its outcome, not the handled)
_ABOUT_BEFORE_PROCEEDING = re.compile(
    r"(?:关于|有关|涉及|针对)[^，,；;。\d]{1,16}?的|因(?:政府信息公开|信息公开)(?:工作)?(?:而)?(?:申请|提起|提出|被申请)"
    r"(?:(?<=申请)(?:而)?(?:提起|提出|引起|引发)的?)?|(?:政府信息)?依申请公开(?:政府信息)?(?:的)?"
)
# The answer to the applicant with no 均 / 全部 (对当事人进行了网上回复和电话回复: round 33's tuning half,
# CONVENTIONS.md rule 49): said of the one request only (rule 22)
_ANSWERED_TO_PARTY = re.compile(r"对(?:当事人|申请人)")
# the body's answer to the applicant opening its sentence (我局依法按时向申请人进行答复: round 53's test half,
# CONVENTIONS.md rule 69, rule 22): said of the only request, as 对申请人
_BODY_ANSWERED_APPLICANT = re.compile(r"(?:我|本)(?:局|委|办|单位|机关)[^，,；;。\d]{0,6}?[向与]申请人")
# Handled with 已 and no 均 / 全部 (已按程序审批后办理): said of one request only (rule 22)
_HANDLED_ALREADY = re.compile(r"已[^，,；;。]{0,12}?办理")
# …but 已按程序办理 / 已按规定办理 said of the requests just counted, whatever their number: all handled
# (rule 4; CONVENTIONS.md rule 45, as round 25's 已按规定办理 and rule 44's 綦江 report), and
# 已严格按程序和时限办理 (round 31's test half, CONVENTIONS.md rule 47: 严格 before, the time limit joined to
# the procedure)
# 已按要求在规定时间内办理 (round 33's test half, CONVENTIONS.md rule 49: 要求 as 规定, the time
# limit after 在) likewise
_HANDLED_BY_PROCEDURE = re.compile(
    r"已(?:严格)?(?:按|依)照?(?:法定)?(?:程序|规定|要求)"
    r"(?:和(?:法定)?(?:时限|期限)|在(?:法定|规定)(?:时限|期限|时间)内)?办理"
)
# The year of the requests a proceeding arose from (因2023年度…申请引发行政复议1件: rule 44), not the
# proceeding's
_CAUSE_YEAR = re.compile(
    r"因(?:19|20)\d{2}年度?(?=[^，,；;。\d]{0,16}?申请[^，,；;。\d]{0,4}?(?:引发|引起|导致|产生))"
)
# A proceeding counted as the requests' consequence (引发行政复议1件), and a proceeding's own conclusion
_CAUSED_BY = re.compile(r"(?:共|另|并)?(?:引发|引起|导致|产生)(?:了)?")
_PROCEEDING_CONCLUDED = re.compile(r"审结|结案")
# A review counted with 收到 or 受理 (or named with 政府信息公开 before it) right after the requests' count,
# then 均 over both (收到政府信息公开申请2件，收到行政复议1件，均按时处理办结: round 53's test half,
# CONVENTIONS.md rule 69, as rule 66 reads a 均 over two counts and rule 63 a review inside the request
# sentence): the requests' words said of the requests too, none carried forward (the review's total read
# as before); not a bare 行政复议1件 beside them, nor words without 均
_REVIEW_BESIDE_REQUESTS = re.compile(r"(?:收到|受理|政府信息公开)(?:政府信息公开)?行政复议(?:申请|案件)?")
# A parenthesis right after an outcome's count giving one reason for all of it (（均属于行政查询事项）; with
# no 均, （属行政查询）: round 15's test half, rule 29), no number
_ALL_OF_ONE_REASON = re.compile(r"[（(](?:均|全部|都)?(?:属于|属|为|系|是)?[^（）()\d，,；;。]{1,30}[）)]")
# a proactive disclosure's count ending the clause right before, its verb 公开 apart from 主动 so that
# 依申请 modifies the same verb (主动向社会公开信息11489条，依申请公开8件: granted); not the fused noun
# 主动公开 (主动公开政府信息21条，依申请公开0件: round 9's test half, the received)
# The bare words that start one more item of a list of counts (依申请公开0件; 答复行政复议、行政诉讼0件)
# and the count of an item right before them (…的情况221条，; 公开部门文件0件，), with no request's words
# in that clause (nor 主动: 主动公开政府信息21条，依申请公开0件 is rule 28's)
_LISTED_ITEMS = {
    RECEIVED_METRIC: ("依申请公开",),
    "review_and_litigation_total": ("答复行政复议、行政诉讼", "答复行政复议和行政诉讼"),
}
_ITEM_COUNT_BEFORE = re.compile(r"(?:^|[，,；;。：:])[^，,；;。：:]{1,30}?\d+(?:条|件|份|篇)[，,；;]$")
_REQUEST_WORDS = re.compile(r"申请|复议|诉讼|受理|收到|答复|办结|主动")
# The words disclosed on request as items (全年依申请公开政府信息0条; 依申请公开18篇) and the proactive
# count of items right before them (主动公开政府信息37条，; 政府信息主动公开170篇，)
_THE_BODY = r"(?:我局|本局|我委|我办|本机关|本单位|本部门)?"  # the reporting body naming itself, if it does
_DISCLOSED_BESIDE_PROACTIVE = re.compile(
    _THE_BODY + r"(?:全年|本年度?|今年)?依申请公开(?:政府信息|信息)?(?:数)?(?:共|共计)?"
)
# ... or (round 21) opening its sentence, or a clause after a semicolon, with only the year and the body
# before it (2011年度，我局依申请公开政府信息21条。; …部门预算决算栏6条；依申请公开政府信息5条，), the
# whole request point of the old template (rule 35)
# ... or published on request with a publishing verb right before (发布依申请公开信息0条: rule 71)
# (not made and published, 制作、发布, the documents' words: their count is no figure, rule 71)
_PUBLISHED_ON_REQUEST = re.compile(r"(?<!制作、)(?<!制作和)发布依申请公开(?:政府)?信息(?:数)?(?:共|共计)?$")
_DISCLOSED_OPENING = re.compile(
    r"(?:[^。]*[；;])?(?:(?:(?:19|20)\d{2}年度?|(?:19|20)\d{2}年全年|全年|本年度?|经统计)[，,]?)?" + _THE_BODY
)
# (not inside a point headed by the proactive disclosure, （二）加大主动公开力度。: rule 29's items by
# attribute)
_POINT_NUMBER = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]")
# (the point's heading naming the proactive disclosure may open the sentence itself, the stored text's line
# break lost: (一)主动公开政府信息情况2022年,…: round 68's tuning half, _WITHHELD_ITEMS above)
_PROACTIVE_HEADING_OPENING = re.compile(rf"(?:{_POINT_NUMBER.pattern})[^，,；;。\d]{{0,16}}?主动公开")
_MAX_POINT_HEADING = 24
# (not a split by attribute, the proactive count after it: …依申请公开政府信息0条，主动公开政府信息74条,
# rule 29)
_PROACTIVE_AFTER = re.compile(r"[，,；;、][^，,；;。\d]{0,12}?主动公开")
# ... said to be requests in the clause right after it (，提交申请的方式为网站申请; ，其中当面申请4条、…): the
# requests received (rule 37), not the granted
_REQUESTS_NAMED_AFTER = re.compile(r"[，,](?:其中)?[^，,；;。\d]{0,8}?申请")
# (not a part of the items made, 制作…3624条，其中主动公开信息3410条，依申请公开信息25条: rule 29's
# attributes)
# (主动公开政府信息200余条，依申请公开信息4条: round 44's test half, CONVENTIONS.md rule 60: an approximate
# proactive count beside it)
# (稿件866篇、…发布稿件856篇，依申请公开信息5条 in the overview: round 49's test half, CONVENTIONS.md rule
# 65, rule 27: a list of pieces published, joined by 、, each in 条 or 篇, its first named with 发布,
# closing the clause right before: granted, as beside 主动公开; not the bare words as a member after 、,
# rule 29's attribute)
_PROACTIVE_COUNT_BEFORE = re.compile(
    r"(?:^|[，,；;。：:])(?!其中)[^，,；;。：:\d]{0,30}?(?:主动公开|发布)[^，,；;。\d]{0,12}?\d+(?:余|多)?(?:条|篇)"
    r"(?:、[^，,；;。：:\d、]{0,16}?\d+(?:余|多)?(?:条|篇))*[，,]$"
)
# A count over all the years, not the year's (历年累计受理依申请公开数7条; 历年累计因…申请行政复议1起:
# round 21, rule 31): no figure
_ALL_YEARS = re.compile(
    r"历年(?:累计|来|以来)?(?:共|共计)?(?:受理|收到|办理|答复|因|申请|依申请|[^，,；;。\d]{0,4}?申请)"
)
# A zero over all the years after the year's negated receipt in the sentence (…未收到任何信息公开申请，
# 历年累计受理依申请公开信息0条; 未接到…申请，历年累计收到依申请公开数为0: round 48's test half,
# CONVENTIONS.md rule 64, rule 48): the received 0 beside the null (a count over all the years that is not 0,
# or with no negated receipt before it, stays no figure)
_ALL_YEARS_ZERO = re.compile(r"历年(?:累计|来|以来)")
# A cumulative count up to a date closing the clause before (截至2023年12月31日，我街道累计受理依申请公开2件:
# round 60's test half, rule 76, part C's case, rule 31), after the year's own received count in the sentence
# or the one before (本年度我街道共收到…申请1件): the count up to then over all the years, no figure (not
# where it is the only received count, the year's: 截至2024年12月31日，我局累计共受理…申请5件, round 14's
# tuning half; nor 累计 with no date before it: 全年累计收到…)
_AS_OF_DATE_BEFORE = re.compile(
    r"(?:截至|截止)(?:到)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日|年底|年末)[，,]$"
)
_CUMULATIVE = re.compile(r"^[^，,；;。\d]{0,8}?累计")
_NEGATED_RECEIPT = re.compile("(?:未|没有)(?:" + _RECEIVING_VERB + ")")
_STATED_AS = re.compile(r"(?:为|是)$")
# The fused 主动公开 made a verb by the means it is done through named before it (通过区政府网站主动公开政务
# 信息共计61条，依申请公开4件: round 24's tuning half, rule 40's bare 依申请公开 in the overview): the same
# (依托 as 通过, the channels named before a comma: 我局依托“中国通州”门户网站和为农服务热线等渠道，
# 主动公开信息量625条，依申请公开6件: round 47's test half, CONVENTIONS.md rule 63, granted)
_PROACTIVE_BEFORE = re.compile(
    r"(?:主动[^，,；;。\d]{1,8}?公开|通过[^，,；;。\d]{1,12}?主动公开|依托[^，,；;。\d]{1,24}?[，,]主动公开)"
    r"[^，,；;。\d]{0,12}?\d+(?:条|件|项)[，,、]$"
)
# ... or the fused 主动公开 count right before, when the clause after the bare words counts another kind of
# published item with no verb (主动公开政府信息0条，依申请公开0件，规章0条，规范性文件0条 in a point headed
# 主动公开、依申请公开方面: round 52's tuning half, CONVENTIONS.md rule 68, as rules 35, 43 and 63 read
# 依申请公开 N 件 beside the proactive count): the items by attribute, granted (not a verb's clause after it,
# 依申请公开0件，网上公开了21件: round 9, received)
_PROACTIVE_RIGHT_BEFORE = re.compile(r"主动公开[^，,；;。\d]{0,12}?\d+条[，,]$")
_ITEM_KINDS_AFTER = re.compile(r"[，,、](?:规章|规范性文件)\d+(?:条|件)")
# ... or the fused 主动公开 count with no channel, its list of items after 其中 if it has one, and the
# bare words as their own clause, opened by 全年 or after a semicolon (…主动公开政府信息总计57条，其中
# 行政处罚21条、…、政府信息公开年报1条；全年依申请公开3件: round 27's test half, CONVENTIONS.md rule 43);
# not the bare words right after the count with a comma and no 全年 (累计主动公开政府信息21条，依申请公开
# 0件: round 9, received)
_PROACTIVE_COUNTS_BEFORE = re.compile(
    r"主动公开[^，,；;。\d]{0,12}?\d+(?:条|件|项)(?:[，,]其中[^，,；;。]{1,60}?\d+(?:条|件|项))?[，,；;]$"
)
# The documents published proactively, counted in 份, right before (主动公开文件30份，依申请公开4件: round
# 59's test half, CONVENTIONS.md rule 75)
_PROACTIVE_DOCUMENTS_BEFORE = re.compile(r"主动公开(?:各类|各项)?(?:文件|公文)(?:共|共计)?\d+份[，,]$")
# the two proceedings' counts listed together, nothing between (行政复议2宗、行政诉讼1宗)
_BOTH_LISTED = re.compile(
    r"\d+(?:件|宗|起|次|个)[、，,和及与](?:被)?(?:提起)?(?:行政)?(?:复议|诉讼)(?:案件)?"
)
# the next point of a list right after a number (…依申请公开事项0三是…; …事项0（三）…: round 14, rule 15's
# count with no unit, the text run on with no full stop): the number ends its clause
_NEXT_POINT = re.compile(r"[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十]{1,2}[）)]")
# 其中 and a colon right after a count printed with its unit lost (…共收到政府信息公开申请4其中：当面申请1件…:
# round 52's test half, CONVENTIONS.md rule 68, rule 48): the count ends its clause, the parts follow
_PARTS_RUN_ON = re.compile(r"其中[：:]")
# A year and 年 glued right after a count printed with no unit (…申请02024年结转至…: round 62's tuning half,
# CONVENTIONS.md rule 78, _NUMBER cutting the digits before the year): the count ends its clause
_GLUED_YEAR = re.compile(r"(?:19|20)\d{2}年")
# The next point's heading, its bracket and numeral lost, after a space right after a zero printed with no
# unit (…全共收到和处理依申请公开0 政府信息管理 截至2023年底，…: round 60's tuning half, rule 76, part A's
# case, as rule 49 reads a zero ending the text): the zero ends its clause
_NEXT_HEADING = re.compile(r"(?:政府信息管理|(?:政府信息公开)?平台建设|监督保障)")
_CONSEQUENCE = re.compile(r"(?:故|因此|所以|因而)$")  # the clause a consequence of the one before (rule 26)
# all of the counts before (全部维持, 都…), besides 均
_ALL_OF_THEM = re.compile(r"全部|都")
# a proceeding's count (行政复议5件; 行政诉讼案件1宗)
_PROCEEDING_COUNT = re.compile(r"(?:复议|诉讼|起诉)[^，,；;。\d]{0,6}?\d+(?:件|宗|起|次|个)")
# A document number (国办函〔2020〕109号) names no year of a figure.
_DOCUMENT_NUMBER = re.compile(r"[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")


def _joined_reasons(reasons: list[tuple[int, int, str, str]], text: str) -> bool:
    """Whether two different reasons found before an outcome are joined by a joiner alone (内部事务信息和
    行政查询事项: round 42's test half, CONVENTIONS.md rule 58); each reason as (end, -start, kind, code)
    in `text`."""
    spans = sorted((-f[1], f[0], f[3]) for f in reasons)
    return any(a[2] != b[2] and text[a[1] : b[0]] in _JOINERS for a, b in zip(spans, spans[1:], strict=False))


def _words(sentence: Sentence, start: int, end: int) -> _Number:
    """The words at sentence.norm[start:end] (无, 未…) standing as an implicit claim's number: zero, with the
    text printed there."""
    offset, printed = sentence.printed(start, end)
    return _Number(start, end, Decimal(0), 0, offset, printed)


def _after_last(norm: str, at: int, stops: str) -> int:
    """Where the words before `at` start: right after the last of `stops` before it (0 if none), so a
    clause's start with "，,；;。" and a sentence part's with "；;。"."""
    return max(norm.rfind(c, 0, at) for c in stops) + 1


def _in_parenthesis(norm: str, at: int) -> bool:
    """Whether position `at` of `norm` is inside a parenthesis opened before it and not yet closed."""
    opened = max(norm.rfind("（", 0, at), norm.rfind("(", 0, at))
    if opened < 0:  # none opened (most): no closing one can stand after it (-1 > -1 is False as well)
        return False
    return opened > max(norm.rfind("）", 0, at), norm.rfind(")", 0, at))


@dataclass
class Claim:
    claim_no: int
    metric: str
    claim_kind: str
    value: float
    decimals: int
    number_text: str
    base_metric: str | None
    compared_year: int | None
    sentence: str
    char_offset: int
    source_line: int
    # For a share or change stated right after a count: the claim_no of that count (the figure it is of).
    refers_to_claim_no: int | None
    # Other readings of the words, comma-separated (收到 N 件: applications_total as well as
    # applications_received; an unnamed denominator: every applications total); None: one reading.
    alt_metrics: str | None = None
    alt_base_metrics: str | None = None
    # A claim without a printed number (均已办结, 未收到申请): number_text holds the words, value is 0.
    implicit: bool = False

    @property
    def other_readings(self) -> tuple[str, ...]:
        """`alt_metrics` as the tuple `_Extractor._emit` joined it from (empty for one reading)."""
        return tuple(filter(None, (self.alt_metrics or "").split(",")))


# The outcome of every request of the count just stated, told in the clause right after it with no
# count of its own (round 53's test half, CONVENTIONS.md rule 69, as rule 65 reads N 件申请均属于 a
# row and rule 63 reads one request told as its type): 共收到…26件，均为不同意公开 (the old wording
# of the 不予公开 row): denied 26; 已答复1件，均属于本机关不掌握的相关政府信息: unable_not_held 1;
# 收到…共1件，属于无法提供的类型: unable_to_provide 1. Only these rows' own words closing the clause,
# after a received or handled count; not 均为不属于本机关负责公开 (rule 40's no figure), nor
# 均为网络申请 (a channel), nor an outcome with words after it in its clause.
_ALL_OF_ONE_OUTCOME = re.compile(
    r"(?:\d+|[一二三四五六七八九十])[件条宗份例][，,](?:(?:均|全部|都)(?:为|属于)|属于)"
    r"(?:(不同意公开|不予公开)|(本机关不掌握)(?:的)?(?:相关)?(?:政府)?信息|(无法提供)(?:的)?(?:类型|情形))"
    r"(?=[，,；;。]|$)"
)
_ONE_OUTCOME_METRICS = ("denied", NOT_HELD_METRIC, "unable_to_provide")


# The granted outcome and a concluding or answering verb joined by 并 right before the count
# (予以公开并办结1件, 予以公开并答复0件: round 53's tuning half, CONVENTIONS.md rule 69, rule 2); not 并
# after another outcome, nor with words between the verb and the count
_GRANTED_AND_HANDLED = re.compile(r"予以公开并(?:" + "|".join(sorted(_ANSWERED_OR_CONCLUDED)) + r")$")


class _Number(NamedTuple):  # (not a frozen dataclass: one is made per number read, in one C call)
    start: int  # in the sentence's normalized text
    end: int
    value: Decimal
    decimals: int
    offset: int  # in the sentence as printed
    text: str  # as printed


class _Extractor:
    """Walks a report's prose in order, keeping the context a figure is read in.

    The applications context (claims about applications in the current heading's block) lets "予以公开98件，
    占41.70%" be read as applications granted and its share as one of the applications answered just
    before; the proceeding context (within a paragraph) lets "结果纠正1件" be read as a review's outcome.
    """

    def __init__(self, vocabulary: Vocabulary, report_year: int | None) -> None:
        self.vocabulary = vocabulary
        self.report_year = report_year
        self.claims: list[Claim] = []
        self.block_applications: list[Claim] = []
        self.proceeding: str | None = None
        self._inherited = False  # the proceeding in context named in a sentence before the current one
        self.to_next_year = False
        self._next_year_of: dict[str, bool] = {}  # _sends_to_next_year's answers, for this report only
        self._sends_some = False
        self.before: list[Claim] = []
        self._before_outcomes: list[Claim] = []
        self.count_units = vocabulary.count_units
        self.scanner = _scanner(vocabulary)
        units = vocabulary.count_units_pattern
        # a count in a unit, a percentage, a zero, a count without its unit at a clause's end (申请3，)
        # (Every figure starts at a digit, matched first: the search skips to digits. Used as a test only: a
        # figure where (?=\d)(?:\d(?:%|units|[，,。；;])|(?<![\d.])0(?![\d.])) finds one, and only there:
        # tests/test_narrative_engine.py)
        # (an ASCII full stop before the next point or the text's end too, _ASCII_STOP: round 54's tuning
        # half)
        self._figure = re.compile(
            rf"\d(?:%|{units}|人次|[，,。；;]|(?<=0)(?<![\d.]0)(?![\d.])|{_ASCII_STOP.pattern})"
        )
        # A count in a request unit (个, 项) where it may count requests: at the clause's end or before 申请,
        # in text that names 申请 at all (most 个 and 项 count something else: 25个，).
        requests = "|".join(re.escape(u) for u in vocabulary.request_units) or "(?!)"
        self._request_units = frozenset(vocabulary.request_units)
        self._request_unit = False  # whether the number being read is counted in a request unit
        self._total_with_its_result: Metric | None = None  # _proceeding_after: a result right after it
        self._request_figure = re.compile(rf"\d(?:{requests})(?={_REQUEST_AFTER.pattern})")
        # Whether a sentence holds any words of an implicit claim (a zero, everything handled) at all.
        implicit = [z.cue.pattern for z in vocabulary.zero_cues]
        if vocabulary.all_handled is not None:
            implicit.append(vocabulary.all_handled.cue.pattern)
        self._any_implicit = alternation(tuple(implicit)) if implicit else None
        self._implicit_words = vocabulary.implicit_words
        self._next_clause = vocabulary.all_handled.next_clause if vocabulary.all_handled else None
        # (searched first: a text without the two characters every match of it starts with, 1件, holds none)
        self._next_clause_pair = leading_pair(self._next_clause) if self._next_clause is not None else None
        self.proceeding_scanner = _scanner(vocabulary, proceedings_only=True)
        # The current sentence's text and every cue found in it (one pass per sentence).
        self._norm = ""
        self._hits: list[Hit] = []
        self._proceeding_hits: list[Hit] = []
        self._at: dict[int, int] = {}
        # the claims of information disclosed on request as items (rule 28's granted), kept only where the
        # report counts no requests received (finish)
        self._disclosed: set[int] = set()
        self._one_place: set[int] = set()  # received counts of one place or channel (通过…专区接收…12件)
        # changes whose metric is their count's, no cue of their own (…89件（含…），较2023年上升28.99%)
        self._change_of_count: set[int] = set()
        # inside a point headed by the proactive disclosure (（二）加大主动公开力度)
        self._proactive_point = False
        self._parts_here = False  # claim_no -> where its number starts in its sentence's text
        # The proceedings named by the heading or sentence just read, when it stated no figure (（三）因政府
        # 信息公开申请行政复议、提起行政诉讼情况。): what a "no such case" right after it is said of.
        # (kept as the hits; their codes are looked up only where such a sentence follows)
        self._named: list[Hit] = []
        # Each enumeration of parts (channels, applicant types): one member, and another member counted later
        # in the sentence (after a separator, a few words, the member, a few words, the count).
        # (or the sentence's start, for a member before: 依申请公开系统收到信息公开申请4件、收到书面申请5件,
        # round 48's tuning half, CONVENTIONS.md rule 64, rule 10: the last member's own)
        every_unit = sorted(self.count_units | set(vocabulary.request_units))
        units = "|".join(re.escape(u) for u in every_unit)
        self._unit_chars = "".join(every_unit)
        self._enumerations = tuple(
            (
                re.compile(kind),
                re.compile(
                    rf"(?:^|[，,、；;])(?:[^，,；;。\d]{{0,12}}?)(?:{kind})[^，,；;。\d]{{0,20}}?\d+(?:{units})"
                ),
            )
            for kind in vocabulary.part_enumerations
        )
        # A point headed by the requests' noun alone (（二）依申请公开情况), just read as a heading or a
        # sentence: a text of 无 right after it says none was received (rule 26).
        self._after_point = False
        # the heading just read names the handling of the requests (（二）依申请公开政府办理情况): its 无 is
        # the handled's (rule 60)
        self._after_handling_point = False
        self._in_request_point = False  # this sentence right after such a heading (rule 44)
        # the sentences after such a heading, until the next heading or numbered point (rule 73)
        self._request_point_open = False
        point = vocabulary.requests_point
        self._point_heading = self._point_none = self._point_inline = self._point_none_run_on = None
        if point is not None:
            heading, none, _ = point
            self._point_heading = re.compile(rf"(?:{NUMBERING})?(?:{heading})[。：:]?")
            self._point_none = re.compile(rf"(?P<none>{none})[。；;]?")
            # The numbered heading, its 无 and the next point's numbered heading run together in one
            # sentence (a point's lines with no full stop, （二）依申请公开情况 / 无 / （三）… / 一是…:
            # round 61's test half, CONVENTIONS.md rule 77, rule 26 where the lines were not cut into
            # sentences): the point's whole text all the same; both numberings needed (the heading alone
            # before 无 and other words is no point)
            self._point_none_run_on = re.compile(
                rf"(?:{NUMBERING})(?:{heading})[。：:]?(?P<none>{none})[。；;]?(?={NUMBERING})"
            )
            # (run into its text: 依申请公开情况：无; 本年度依申请公开情况为无)
            self._point_inline = re.compile(
                rf"(?:{NUMBERING})?(?:{_POINT_YEAR})?(?:{heading})(?:[：:]|为)?(?P<none>{none})[。；;]?"
            )

    # --- context -------------------------------------------------------------------------------------

    def heading(self, text: str = "") -> None:
        self.block_applications = []
        self.proceeding = None
        self._named = []
        self._proactive_point = "主动公开" in text
        heading = self._point_heading
        flat = flat_text(text, self.vocabulary.characters)
        self._after_point = heading is not None and bool(heading.fullmatch(flat))
        self._request_point_open = self._after_point  # (rule 73: until the next numbered point)
        self._after_handling_point = bool(_HANDLING_POINT.fullmatch(flat))
        if _PROCEEDING_WORD_PRINTED.search(text):  # most headings name no proceeding
            hits = self.proceeding_scanner.hits(flat)
            self._named = [h for h in hits if self.scanner.cues[h.cue].kind == PROCEEDING]

    def skip(self) -> None:
        """A paragraph with nothing to read: it ends the context before it."""
        self.paragraph()
        self._named = []
        self._after_point = self._after_handling_point = False

    def _proceedings_named(self, hits: list[Hit]) -> frozenset[str]:
        # (the proceedings' cues come first in both scanners: a hit's index names the same cue in either)
        cues = self.scanner.cues
        return frozenset(cues[h.cue].code for h in hits if cues[h.cue].kind == PROCEEDING)

    def may_state(self, text: str) -> bool:
        """Whether a paragraph may hold a claim or name a proceeding (most do not: one look at all of it
        instead of splitting and mapping each sentence). A superset of what its sentences can match."""
        flat = flat_text(text, self.vocabulary.characters)
        if self._figure.search(flat) or _PROCEEDING_WORD.search(flat) or self._counts_requests(flat):
            return True
        words = _ZERO_IN_WORDS in flat or ("申" in flat and _COUNT_IN_WORDS.search(flat) is not None)
        if words and _ZERO.search(flat):
            return True
        such = self.vocabulary.such_cases
        if self._named and such is not None and such.search(flat):
            return True  # 本年度无此类情况, after a heading naming the proceedings
        point = self._point_inline is not None and "公开" in flat and len(flat) <= _MAX_POINT
        if point and (self._point_inline.fullmatch(flat) or self._point_heading.match(flat)):
            return True  # （二）依申请公开情况：无。 (rule 26), or 无 after such a heading
        if _HANDLING_POINT_NONE_TAIL.search(flat) and _HANDLING_POINT_NONE.search(flat):
            return True  # （二）依申请公开政府办理情况 and 无。 run together (rule 60), no figure
        after = self._after_point or self._after_handling_point
        if after and self._point_none is not None and self._point_none.fullmatch(flat):
            return True  # the point's whole text: 无
        if self._point_none_run_on_in(flat) is not None:
            return True  # （二）依申请公开情况无（三）… in one sentence (rule 77)
        return self._may_imply(flat)

    def _counts_requests(self, text: str) -> bool:
        """Whether `text` may count requests in a request unit (申请公开数3个，; 收到依申请公开件8只，: round
        47's tuning half, CONVENTIONS.md rule 63, a sentence with no other figure)."""
        return (
            "申" in text
            and any(unit in text for unit in self._request_units)
            and self._request_figure.search(text) is not None
        )

    def _may_imply(self, text: str) -> bool:
        """Whether `text` may hold words of an implicit claim: one of the words every such cue holds, then
        the cues themselves."""
        if self._any_implicit is None:
            return False
        words = self._implicit_words
        # (or 申 where the stored text stops: 没有收到政府信息公开申|, rule 15)
        if (
            words is not None
            and words.search(text) is None
            and not text.endswith(("申", "群众要", "群众主动要"))  # (…没有接到群众主动要|: round 59, rule 75)
            # (its match ends the text, or the newline ending it: only such a text is searched)
            and not (text.endswith(("政府", "政府信息", "公开", "\n")) and _CUT_AFTER_GOVERNMENT.search(text))
        ):
            return False
        if self._any_implicit.search(text) is not None:
            return True
        clause = self._next_clause  # …1件，并…办结 (all_handled.next_clause)
        if clause is None or (self._next_clause_pair is not None and not self._next_clause_pair.search(text)):
            return False
        return clause.search(text) is not None

    def paragraph(self, said: Sequence[Sentence] = ()) -> None:
        """A new paragraph of sentences `said`: the context of the one before ends."""
        self.proceeding = None
        # Whether the paragraph sends applications to next year anywhere (…均依法按时答复。另有23件申请结转
        # 到下年度: the "all answered" before it is not "none carried forward"), and a count that is not 0
        # (转下一年办理0件 sends none)
        self.to_next_year = any(self._sends_to_next_year(s.norm) for s in said)
        self._sends_some = self.to_next_year and any(_SENDS_SOME.search(s.norm) for s in said)
        self.before: list[Claim] = []  # the claims of the sentence before, in this paragraph
        # the claims of the sentence before that, where the one before lists only outcomes (…申请8件，
        # 申请人均为自然人。予以公开3件，…。均按规定程序依法办理: round 34's tuning half, rule 4)
        self._before_outcomes: list[Claim] = []

    def _sends_to_next_year(self, norm: str) -> bool:
        """Whether a sentence's `norm` sends applications to next year (its own year's carries blanked out):
        asked of each sentence by `paragraph` and again by `sentence`, so kept (for this report only)."""
        known = self._next_year_of.get(norm)
        if known is None:
            known = _TO_NEXT_YEAR.search(self._own_year_carry_out(norm)) is not None
            self._next_year_of[norm] = known
        return known

    def _own_year_carry_out(self, norm: str) -> str:
        """`norm` with the carries from the year before into the report's own year blanked out
        (其中1件为2022年度结转至2023年度 in a 2023 report: round 34's tuning half, CONVENTIONS.md rule 50,
        the carry-over): they send nothing to next year."""
        if self.report_year is None or ("结" not in norm and "转" not in norm):
            return norm
        if _CARRIED_FROM_INTO_ANY.search(norm):
            own = (self.report_year - 1, self.report_year)
            norm = _CARRIED_FROM_INTO_ANY.sub(
                lambda m: "·" * len(m.group()) if (int(m.group(1)), int(m.group(2))) == own else m.group(),
                norm,
            )
        # (结转办理2021年 in a 2022 report, the year before named after the carrying verb: round 58's test
        # half, CONVENTIONS.md rules 70 and 74)
        before = str(self.report_year - 1)
        if before in norm:
            norm = _CARRIED_FROM_YEAR_NAMED.sub(
                lambda m: "·" * len(m.group()) if m.group(1) == before else m.group(), norm
            )
        return norm

    def _note_proceedings(self, lo: int, hi: int) -> None:
        if not self._proceeding_hits:
            return  # most sentences name no proceeding
        for hit in self.scanner.window(self._norm, self._proceeding_hits, lo, hi, (PROCEEDING,)):
            self.proceeding = self.scanner.cues[hit.cue].code
            self._inherited = False

    # --- metric lookup -------------------------------------------------------------------------------

    def _metric_from_cues(self, lo: int, hi: int, sentence: Sentence) -> Metric | None:
        found = self._cue(lo, hi, sentence)
        return found[0] if found else None

    def _cue(self, lo: int, hi: int, sentence: Sentence) -> tuple[Metric, int, int] | None:
        """The metric whose cue ends nearest the end of norm[lo:hi] (the longer cue on a tie), if allowed
        here, with the cue's span relative to `lo`."""
        found: list[tuple[int, int, str, str]] = []  # (end, -start, kind of cue, code)
        for hit in self.scanner.window(self._norm, self._hits, lo, hi, (METRIC, OUTCOME, PROCEEDING)):
            cue = self.scanner.cues[hit.cue]
            found.append((hit.end - lo, lo - hit.start, cue.kind, cue.code))
        if not found:
            return None
        text = self._norm[lo:hi]
        includes = _TOTAL_INCLUDES.search(text) if "含" in text or "包括" in text else None
        if includes is not None:
            # (rule 86) the outcome inside the bracket of what the total includes, right after a proceeding
            opened = includes.start()
            inside = [f for f in found if -f[1] >= opened]
            before = [f for f in found if f[0] <= opened]
            if inside and all(f[2] == OUTCOME for f in inside) and before:
                last = max(before, key=lambda f: (f[0], f[1]))
                if last[2] == PROCEEDING and last[0] == opened:
                    found = [(len(text), *last[1:])]  # (the bracket read as the proceeding's words)
        end, neg_start, what, code = max(found, key=lambda f: (f[0], f[1]))
        # A cue starting inside the words of a carry-over's cue is that phrase's own verb (结转下年度继续办理
        # 的申请2条: the carry-forward, not 办理…申请).
        carries = TOTAL_PARTS | {FORWARD_METRIC}
        for f in found if code not in carries else ():
            if f[2] == "metric" and f[3] in carries and -f[1] < -neg_start < f[0] < end:
                end, neg_start, what, code = f
                break
            # the carry-over's words right before the count inside a verb's (完成办理上年度申请2件: round 8):
            # what is counted is last year's applications
            if f[2] == "metric" and f[3] in carries and f[0] == end and -f[1] > -neg_start:
                end, neg_start, what, code = f
                break
            # the requests' noun alone right after the carry-over's words (办结上年度结转依申请公开事项4件:
            # round 46's test half, CONVENTIONS.md rule 62): the carry-over's object, not a count of its own
            if (
                f[2] == "metric"
                and f[3] in carries
                and code == RECEIVED_METRIC
                and f[0] == -neg_start
                and _REQUESTS_NOUN_LINK.fullmatch(text, -neg_start, end)
            ):
                end, neg_start, what, code = f
                break
        if what == "metric":
            metric = self.vocabulary.metrics[code]
            # A reason named before its outcome (因申请事项属于行政查询依法不予公开2件): the reason's row.
            # A reason given as an example (因“属于国家秘密”等原因不予公开21件: rule 22) names the parent row.
            reasons = [
                f
                for f in found
                if f[2] == "metric"
                and self._is_reason_of(f[3], metric)
                and "等" not in text[f[0] : -neg_start]
            ]
            if _joined_reasons(reasons, text):
                # 属于三类内部事务信息和行政查询事项不予公开7件 (round 42's test half, CONVENTIONS.md rule
                # 58): two reasons joined under one count name the parent row, the count not split between
                # them
                reasons = []
            if metric.anchor and not reasons:
                # An outcome named before the verb of answering (经检索未掌握相关信息依规答复8件).
                reasons = [f for f in found if f[2] == "metric" and self.vocabulary.metrics[f[3]].is_outcome]
            if reasons:
                end, neg_start, what, code = max(reasons, key=lambda f: (f[0], f[1]))
                metric = self.vocabulary.metrics[code]
        elif what == "outcome":
            if self.proceeding is None:
                return None
            proceeding = self.proceeding
            if (
                proceeding in _NOT_SUED
                and text[-neg_start:end] == _LOST_SUIT
                and not (
                    proceeding == "review"
                    and text[:-neg_start] in ("", "其中")
                    and _REVIEW_NAMED.search(self._norm, 0, lo) is not None
                    and _LAWSUIT_NAMED.search(self._norm, 0, lo + end) is None
                )
            ):
                # 涉行政复议2件，行政诉讼3件，败诉0件 (round 28's test half, CONVENTIONS.md rule 44): a lost
                # suit is the lawsuit's corrected only, whichever proceeding was named last; not where the
                # sentence counted the review and named no lawsuit before (…行政复议案件1件，败诉0件: round
                # 68's tuning half, CONVENTIONS.md rule 84), the review's
                proceeding = "litigation"
            metric = self.vocabulary.by_proceeding(proceeding, code)
        else:
            # An outcome named right before its proceeding (尚未审结行政复议0件: round 7's test half, spent)
            # is that proceeding's outcome, not its total.
            outcome = next(
                (f[3] for f in found if f[2] == OUTCOME and text[f[0] : -neg_start] in ("", "的")), "total"
            )
            metric = self.vocabulary.by_proceeding(code, outcome)
        if metric.family == "applications" and not self._in_applications(sentence):
            return None
        if metric.anchor and _REVIEW_OR_LAWSUIT.search(text, -neg_start, end):
            # 收到行政复议申请书2份: a proceeding's applications, not the disclosure applications; the
            # proceeding named there is the count's (收到…的行政复议申请12件: round 7)
            procs = [f for f in found if f[2] == PROCEEDING]
            if not procs:
                return None
            end, neg_start, what, code = max(procs, key=lambda f: (f[0], f[1]))
            return self.vocabulary.by_proceeding(code, "total"), -neg_start, end
        if metric.family != "free" and self._about_something_else(text):
            return None
        if metric.family == "proceedings" and self._enforcement:
            return None  # 办理行政许可415件、行政处罚7件、行政复议1件: enforcement's reviews (rule 33)
        return metric, -neg_start, end

    def _is_reason_of(self, code: str, group: Metric) -> bool:
        """Whether metric `code` is one reason of outcome `group` (its cells a part of the group's)."""
        reason = self.vocabulary.metrics[code]
        return (
            group.is_outcome and reason.is_outcome and not group.combined and bool(reason.cells)
            and len(reason.cells) < len(group.cells) and set(reason.cells) < set(group.cells)
        )  # fmt: skip

    def _about_something_else(self, clause: str) -> bool:
        pattern = self.vocabulary.not_about_applications
        return pattern is not None and pattern.search(clause) is not None

    def _in_applications(self, sentence: Sentence) -> bool:
        # 依申请公开 is the kind of disclosure, not an application, unless a count follows it (依申请公开3次)
        norm = _DISCLOSURE_KIND.sub("", sentence.norm)
        if "申请" in norm or "依申公开" in norm:
            return True
        received = _RECEIVED_ELSEWHERE.search(sentence.norm)
        if received is not None and self._about_something_else(received.group()):
            # 收到“问政江西”平台投诉咨询件55件，回复55件，回复率100% (round 54's tuning half, CONVENTIONS.md
            # rule 70, rule 13): the sentence's receipt, its first clause counting with a receiving verb,
            # is of something else (complaints, consultations, letters) and no request is named: the bare
            # answered count and rate after it are that thing's, not the requests' of the block
            return False
        if self.block_applications:
            return True
        if self._in_request_point:
            # （二）依申请公开情况。2025年新收63件，上一年度结转1件，共计64件。 (round 28's tuning half,
            # CONVENTIONS.md rule 44): the sentence right after the requests' point heading counts them
            return True
        if self._request_point_open and _NEW_AND_CARRIED_ROWS.search(sentence.norm):
            # （二）依申请公开。我局…。2023年新受理39件，2022年结转0件，共办结39件，0件结转至2024年继续办理。
            # (round 57's test half, CONVENTIONS.md rule 73, rule 44 gone on with): further into the
            # paragraph the requests' point heading opens, the template's rows with the noun left out of each
            # clause, a new receipt's count and a carry-over, count them
            return True
        if "信息公开案件" in norm:
            return True  # requests called 案件 (办理政府信息公开案件43件（含…结转1件）: rule 33)
        if _RECEIVED_DISCLOSURE.search(sentence.norm):
            return True  # 共受理政府信息公开1件 (round 34's tuning half, rule 50): 申请 left out
        return _VERB_BEFORE_DISCLOSURE.search(sentence.norm) is not None

    def _share_base(self, metric: Metric, base_text: str) -> tuple[str | None, tuple[str, ...]]:
        """The denominator of a share of `metric`, and the other denominators the words allow.

        Section 四: the proceeding's total. Applications: the total named in "占X的" (and that total's other
        readings: 受理 may be new or new + carried over), else, for an outcome, the applications total
        (anchor) stated last before it in the same part of the report, or any other anchor.
        """
        if metric.family == "proceedings":
            if metric.outcome == "total":
                return None, ()
            return self.vocabulary.by_proceeding(metric.proceeding or "", "total").code, ()
        if metric.family != "applications":
            return None, ()
        anchors = [m for m in self.vocabulary.metrics.values() if m.anchor]
        for anchor in anchors:
            if any(cue in base_text for cue in anchor.base_cues):
                return anchor.code, anchor.readings
        if not metric.is_outcome:
            return None, ()  # a share of a total needs its denominator named
        for claim in reversed(self.block_applications):
            if self.vocabulary.metrics[claim.metric].anchor:
                return claim.metric, tuple(a.code for a in anchors if a.code != claim.metric)
        return None, ()

    def _earlier_year(self, sentence: Sentence, at: int, own_text: str) -> tuple[bool, int | None]:
        """(whether the figure at `at` is about an earlier year than the report's, which year).

        Earlier when its own words say so (上年, 去年) or when the last year named before it in the
        sentence is earlier than the report year; years of a comparison (较2020年, 与2020年…对比) and of
        titles (《2020年…》) name no subject.
        """
        if _PRIOR.search(_AFTER_CARRY_OVER.sub("", own_text)):
            return True, self.report_year - 1 if self.report_year else None
        if self.report_year is None:
            return False, None
        text = sentence.norm[:at]
        if YEAR.search(text) is None:
            # no year before the figure (most): the blanking below only removes years (a year is four digits
            # and 年, each 年 with the four characters before it; a blank is no digit), so none is found
            return False, None
        text = _TITLE.sub(lambda m: "·" * len(m.group()), text)
        text = _DOCUMENT_NUMBER.sub(lambda m: "·" * len(m.group()), text)
        text = _EXPLICIT_YEAR.sub(lambda m: "·" * len(m.group()), text)
        # A year inside a closed parenthesis (含2022年结转的3件) names no subject of what follows it.
        text = _CLOSED_PARENTHESIS.sub(lambda m: "·" * len(m.group()), text)
        # The year of a carry-over (2023年结转132件；全年办理1503件) names last year's applications only.
        text = _CARRY_OVER_YEAR.sub(lambda m: "·" * len(m.group()), text)
        # The year of the requests that caused a proceeding (办理因2023年度政府信息公开申请引发行政复议1件:
        # round 28's test half, CONVENTIONS.md rule 44) names the cause: the proceedings are this year's.
        text = _CAUSE_YEAR.sub(lambda m: "·" * len(m.group()), text)
        years = [int(y) for y in YEAR.findall(text)]
        if years and years[-1] < self.report_year:
            return True, years[-1]
        return False, None

    def _compared_year(self, sentence: Sentence, clause_start: int, at: int) -> tuple[bool, int | None]:
        """(whether a comparison is stated, its year): in the clause first, then anywhere in the sentence."""
        for text in (sentence.norm[clause_start:at], sentence.norm):
            for m in _EXPLICIT_YEAR.finditer(text):
                year = int(m.group(1) or m.group(2))
                if self.report_year is None or year < self.report_year:
                    return True, year
            if _RELATIVE_YEAR.search(text):
                return True, self.report_year - 1 if self.report_year else None
        return False, None

    # --- claims --------------------------------------------------------------------------------------

    def _disclosed_on_request(self, sentence: Sentence, number: _Number) -> list[Claim]:
        """Rule 28's granted: information disclosed on request, remembered as such, because a received count
        elsewhere in the report shows it was not the requests' own count (then it is dropped)."""
        granted = self._count_claim(sentence, number, GRANTED_METRIC)
        self._disclosed.add(granted.claim_no)
        return [granted]

    def _reported_received_plus_carried_over(self, here: list[Claim]) -> Decimal | None:
        """The received and the carried-over counts printed anywhere in the report so far (earlier sentences
        included, other counts allowed), summed; None unless both are printed. Not
        `_sentence_sums_received_and_carried`, which looks at one sentence and asks for no other count."""
        counts = {
            c.metric: c.value
            for c in (*self.before, *here)
            if c.claim_kind == "count"
            and not c.implicit
            and c.metric in (RECEIVED_METRIC, CARRIED_OVER_METRIC)
        }
        if len(counts) != 2:
            return None
        return Decimal(str(counts[RECEIVED_METRIC] + counts[CARRIED_OVER_METRIC]))

    def _emit(
        self,
        sentence: Sentence,
        number: _Number,
        metric: Metric,
        kind: str,
        *,
        value: Decimal | None = None,
        base: str | None = None,
        compared_year: int | None = None,
        refers_to: Claim | None = None,
        alt_metrics: tuple[str, ...] = (),
        alt_bases: tuple[str, ...] = (),
        implicit: bool = False,
    ) -> Claim:
        claim = Claim(
            claim_no=len(self.claims) + 1,
            metric=metric.code,
            claim_kind=kind,
            value=float(number.value if value is None else value),
            decimals=number.decimals,
            number_text=number.text,
            base_metric=base,
            compared_year=compared_year,
            sentence=sentence.text,
            char_offset=number.offset,
            source_line=sentence.line,
            refers_to_claim_no=refers_to.claim_no if refers_to else None,
            alt_metrics=",".join(alt_metrics) or None,
            alt_base_metrics=",".join(alt_bases) or None,
            implicit=implicit,
        )
        self.claims.append(claim)
        self._at[claim.claim_no] = number.start
        if (
            metric.code == RECEIVED_METRIC
            and kind == "count"
            and not implicit
            and _ONE_PLACE_RECEIVING.search(_SEPARATOR.split(self._norm[: number.start])[-1])
        ):
            self._one_place.add(claim.claim_no)
        if metric.family == "applications" and kind == "count" and not implicit:
            self.block_applications.append(claim)
        return claim

    def _count_claim(self, sentence: Sentence, number: _Number, code: str) -> Claim:
        """The count claim of the metric named by its code: the reading most rules end in, said once."""
        return self._emit(sentence, number, self.vocabulary.metrics[code], "count")

    def sentence(self, sentence: Sentence) -> None:
        norm = sentence.norm
        self._norm = norm
        self._parts_here = False  # whether a count of this sentence was read as a part (a channel)
        self._members_here: set[int] = set()  # where the counts of one member of an enumeration start
        self._enforcement = (
            "申请" not in norm and "行政" in norm and _ENFORCEMENT_COUNT.search(norm) is not None
        )
        # Without a figure (a count in a unit, a percentage, a zero), the cues matter only for the proceeding
        # named (the context of later sentences): most sentences, whose numbers are dates.
        zeros = _ZERO_IN_WORDS in norm or (
            ("申" in norm or "复议" in norm or "诉讼" in norm) and _COUNT_IN_WORDS.search(norm) is not None
        )
        zeros = zeros and _ZERO.search(norm) is not None
        figures = self._figure.search(norm) is not None or zeros or self._counts_requests(norm)
        self._hits = (self.scanner if figures else self.proceeding_scanner).hits(norm)
        # whether the proceeding in context was named in a sentence before this one (not yet in this one)
        self._inherited = self.proceeding is not None
        self._proceeding_hits = self.scanner.of_kind(self._hits, PROCEEDING)
        next_year = self._sends_to_next_year(norm)
        if len(norm) <= _MAX_POINT_HEADING and _POINT_NUMBER.match(norm):
            self._proactive_point = "主动公开" in norm  # （二）加大主动公开力度。 (a point's heading)
        here: list[Claim] = self._such_cases(sentence) + self._point_says_none(sentence)
        previous: list[Claim] = []  # the claims of the figure just before (none: it was no claim)
        implicit = self._implicit_spans(norm)
        scanned = 0
        previous_end = 0
        outer: list[Claim] = []  # the claims of the last figure outside a parenthesis
        previous_in_paren = False
        numbers = list(_NUMBER.finditer(norm))
        if zeros:  # 申请数为零
            numbers = sorted(numbers + list(_ZERO.finditer(norm)), key=lambda m: m.start())
        # Where a separator may be (once per sentence, not again per number); whether it is one for a
        # number is decided as a scan of norm[:start] decides it (a comma is a separator unless three
        # digits follow it before `start`). (Read only by the loop over the numbers: none without one.)
        candidates = [c.start() for c in _SEPARATOR_CHAR.finditer(norm)] if numbers else []
        for m in numbers:
            start, end = m.span()
            while implicit and implicit[0][0] < start:
                previous = self._implicit(sentence, *implicit.pop(0), here)
                here.extend(previous)
            before = bisect_left(candidates, start) - 1
            while before >= 0 and _SEPARATOR.match(norm, candidates[before], start) is None:
                before -= 1
            clause_start = max(candidates[before] + 1 if before >= 0 else 0, previous_end)
            if (
                start == clause_start
                and norm[clause_start - 1 : clause_start] in ("：", ":")
                and (label := _PROCEEDING_CASES_LABEL.search(norm, previous_end, clause_start)) is not None
            ):
                # 被申请行政复议或被提起行政诉讼的情况：0件 (round 37's tuning half, CONVENTIONS.md rule
                # 53): the proceedings' cases named before a colon, the count right after it is theirs
                clause_start = label.start()
            unit = norm[end : end + 1]
            if (
                unit == "人"
                and norm.startswith("次", end + 1)
                and _RECEIPT_IN_PERSON_TIMES.search(norm, clause_start, start)
            ):
                # 收到依申请公开政府信息4人次 (round 55's test half, CONVENTIONS.md rule 71, as rules 23
                # and 45 read counts of applicants and of 次): 人次 after a receiving verb and the requests'
                # noun, the requests' count (not 咨询…人次, 访问人次: no receiving verb over the requests)
                unit = "次"
            # A year named as the carry-over's target (顺延到2022年度申请2件) is part of the clause of the
            # count after it; any other figure ends the clause of the next one.
            # So is a count of applicants right before the count of times they applied (收到…信息1人2次: round
            # 29's test half, CONVENTIONS.md rule 45: received 2, the 次 count; 1人 no figure).
            year = unit == "年" and _A_YEAR.fullmatch(m.group()) is not None
            # (and the year after 结转办理, the requests' year: 含结转办理2021年…数量2个, round 58's test
            # half, CONVENTIONS.md rules 70 and 74)
            if not (
                year
                and (norm[start - 1 : start] in _TO_YEAR or norm.endswith(_CARRYING_TO_HANDLE, 0, start))
                or _PERSONS_BEFORE_TIMES.match(norm, end)
                or _APPLICANTS_BEFORE_REQUESTS.match(norm, end)
            ):
                previous_end = end
            prefix = norm[clause_start:start]
            zhan = prefix.rfind("占") if not _RATIO.search(prefix) else -1
            context_end = clause_start + zhan if zhan >= 0 else start
            if context_end > scanned:
                self._note_proceedings(scanned, context_end)
            scanned = end
            if unit == "年" and _A_YEAR.fullmatch(m.group()):
                continue  # a year (较2020年增加13%) names no figure: the change is still of the count before
            if (_QUALIFIER_BEFORE.search(prefix) and not _CHANGE.search(prefix)) or norm[
                end + 1 : end + 3
            ].startswith(_QUALIFIER_AFTER):
                previous = []
                continue
            self._request_unit = unit in self._request_units
            if (
                unit == "项"
                and _PROCEEDING_BEFORE.search(prefix)
                and _REQUESTS_IN_ITEMS.search(norm)
                and _TEMPLATE_LAWSUIT_ROW.search(norm)
            ):
                # …行政强制0项，行政复议5项，复议后起诉0项，收到和处理政府信息公开申请47项 (round 51's tuning
                # half, CONVENTIONS.md rule 67): a run of the template's tables' counts in 项 (its lawsuit
                # row 复议后起诉 named) that counts the requests in 项 too: a proceeding's count right after
                # its name read as in 件 (not where no request is counted in 项: 行政处罚22项，行政复议5项，
                # 复议后起诉0项 stays no figure)
                unit, self._request_unit = "件", False
            elif self._request_unit:  # read as 件 where it counts requests (申请公开数3个，)
                closes = norm.startswith(("）", ")"), end + 1)  # (the carry-over's part in 个: rule 74)
                carry_part = closes and _CARRY_PART_IN_UNIT.search(norm, 0, end + 1) is not None
                unit = "件" if _REQUEST_AFTER.match(norm, end + 1) or carry_part else ""
                # (the bracket's part counts what the count before it counts: read as in 件 from here on)
                self._request_unit = not carry_part
            raw = m.group().replace(",", "")
            if not raw[0].isdigit():  # 零, 一 … 十 (rule 24)
                raw = raw.translate(_WORD_DIGITS).replace("十", "10")
            offset, printed = sentence.printed(start, end)
            number = _Number(start, end, Decimal(raw), len(raw.partition(".")[2]), offset, printed)
            # A count inside a parenthesis (2076件（含2022年结转67件）) qualifies the count before it: a
            # change or share printed after the parenthesis closes is of that count (上升46.61%: round 4).
            in_paren = _in_parenthesis(norm, start)
            if previous_in_paren and not in_paren:
                previous = outer
            previous = self._read(sentence, number, unit, prefix, clause_start, here, previous)
            if (
                number.value == 0
                and _REQUESTS_THEN_PROCEEDINGS_ALL.search(prefix)
                and any(self.vocabulary.metrics[c.metric].family == "proceedings" for c in previous)
                and not any(c.metric == RECEIVED_METRIC for c in previous)
            ):
                # 全年共接收依申请公开事项、政府信息行政复议和行政诉讼数量均为零 (round 67's tuning half,
                # CONVENTIONS.md rule 83, as rule 76 reads one 均为 zero over two rows): the requests' noun
                # listed first before the proceedings under one zero: the received too
                received = self._count_claim(sentence, number, RECEIVED_METRIC)
                previous = [received, *previous]
            here.extend(previous)
            previous_in_paren = in_paren
            if not in_paren:
                outer = previous
        for span in implicit:
            here.extend(self._implicit(sentence, *span, here))
        self._totals_with_parts(here)
        here.extend(self._one_outcome_of_all(sentence, here))
        if self._change_of_count:  # (most documents have none: no map of the sentence's claims)
            by_no = {c.claim_no: c for c in here}
            for change in here:
                count = by_no.get(change.refers_to_claim_no or 0)
                if change.claim_no in self._change_of_count and count is not None:
                    # 共办理…89件（含上年度结转1件），较2023年上升28.99% (round 49's test half, CONVENTIONS.md
                    # rule 65, rule 3): a change with no words of its own is its count's, read after the count
                    # became the total (the handled a reading) as the count is
                    change.metric, change.alt_metrics = count.metric, count.alt_metrics
        if scanned < len(norm):
            self._note_proceedings(scanned, len(norm))
        self.to_next_year = self.to_next_year or next_year
        if any(c.claim_kind == "count" and not c.implicit for c in here):
            outcomes_only = all(
                self.vocabulary.metrics[c.metric].is_outcome for c in here if c.claim_kind == "count"
            )
            self._before_outcomes = self.before if outcomes_only else []
            self.before = here
        self._named = [] if here else self._proceeding_hits

    def _into_own_year(self, years: re.Pattern[str], norm: str, end: int) -> bool:
        """Whether `years` finds before `end` the year before the report's and the report's own, in that order
        (2023年结转2024年, 2024年转入2025年 in a 2024 or 2025 report): requests carried into this year."""
        if self.report_year is None:
            return False
        found = years.search(norm, 0, end)
        return found is not None and (int(found.group(1)), int(found.group(2))) == (
            self.report_year - 1,
            self.report_year,
        )

    def _one_outcome_of_all(self, sentence: Sentence, here: list[Claim]) -> list[Claim]:
        """The outcome of all the requests of a received or handled count, told right after it (rule 69)."""
        out: list[Claim] = []
        for claim in list(here):
            if (
                claim.metric not in (RECEIVED_METRIC, HANDLED_METRIC)
                or claim.claim_kind != "count"
                or claim.implicit
            ):
                continue
            at = self._at[claim.claim_no]
            m = _ALL_OF_ONE_OUTCOME.match(sentence.norm, at)
            if m is None:
                continue
            code = _ONE_OUTCOME_METRICS[next(g for g in (1, 2, 3) if m.start(g) >= 0) - 1]
            if any(c.metric == code for c in here):
                continue
            end = at + len(claim.number_text)
            value = Decimal(str(claim.value))
            number = _Number(at, end, value, claim.decimals, claim.char_offset, claim.number_text)
            out.append(self._count_claim(sentence, number, code))
        return out

    def _such_cases(self, sentence: Sentence) -> list[Claim]:
        """本年度无此类情况 right after a heading or sentence naming the proceedings and no figure, or 无 as
        the whole text of a numbered item naming them (rule 80): their zero (both named:
        review_and_litigation_total; one: its total)."""
        point = _PROCEEDINGS_POINT_NONE.fullmatch(sentence.norm) if "因政府" in sentence.norm else None
        if point is not None and (point.group("review") or point.group("lawsuit")):
            review, lawsuit = bool(point.group("review")), bool(point.group("lawsuit"))
            start, end = point.span("none")
        else:
            such = self.vocabulary.such_cases
            if not self._named or such is None:
                return []
            found = such.match(sentence.norm)
            if found is None:
                return []
            named = self._proceedings_named(self._named)
            both = "review_and_litigation" in named
            review = both or "review" in named
            lawsuit = both or any(code.startswith("litigation") for code in named)
            if not (review or named == {"litigation"}):
                return []  # no review named, and the lawsuits not named alone
            start, end = found.span()
        code = (
            "review_and_litigation_total"
            if review and lawsuit
            else "review_total"
            if review
            else "litigation_total"
        )
        words = _words(sentence, start, end)
        return [self._emit(sentence, words, self.vocabulary.metrics[code], "count", implicit=True)]

    def _point_none_run_on_in(self, text: str) -> re.Match[str] | None:
        """The requests' numbered heading, its 无 and the next numbered heading run together in `text`
        (rule 77), for the implied-figure test and the claim alike. The words first: the heading's every
        form has 公开 and the point's none 无 or 没有 (requests_point in narrative_metrics.yaml), so most
        sentences skip the search."""
        run_on = self._point_none_run_on
        if run_on is None or "公开" not in text or ("无" not in text and "没有" not in text):
            return None
        return run_on.search(text)

    def _point_says_none(self, sentence: Sentence) -> list[Claim]:
        """无 as the whole text of a point headed by the requests' noun alone ((二)依申请公开情况 / 无。, or
        依申请公开情况：无。: CONVENTIONS.md rule 26): none received. Notes whether this sentence is such a
        heading itself (a text of 无 in the next sentence is then its text)."""
        norm = sentence.norm
        after, self._after_point = self._after_point, False
        handling, self._after_handling_point = self._after_handling_point, False
        # (the sentence right after the requests' point heading speaks of the requests: 2025年新收63件，…)
        self._in_request_point = after
        if self._point_heading is not None and self._point_heading.fullmatch(norm):
            self._request_point_open = True  # (（二）依申请公开。 opening its paragraph's text: rule 73)
        elif NUMBERED.match(norm):  # (a sentence opening with a point's numbering)
            self._request_point_open = False  # (the next point: （三）政府信息管理。)
        run_on = self._point_none_run_on_in(norm)
        if run_on is not None and not self._earlier_year(sentence, run_on.start("none"), "")[0]:
            # （二）依申请公开情况 / 无 / （三）… in one sentence (round 61's test half, rule 77)
            words = _words(sentence, *run_on.span("none"))
            metric = self.vocabulary.metrics[self.vocabulary.requests_point[2]]
            return [self._emit(sentence, words, metric, "count", implicit=True)]
        if self._point_inline is None or len(norm) > _MAX_POINT:
            return []
        none = self._point_none.fullmatch(norm) if handling and self._point_none is not None else None
        none = none or _HANDLING_POINT_NONE.fullmatch(norm)
        if none is not None:
            # （二）依申请公开政府办理情况 / 无。 (round 44's test half, CONVENTIONS.md rule 60, as rule 24's
            # 无…办理情况): the heading names the handling, the handled null
            words = _words(sentence, *none.span("none"))
            return [
                self._emit(sentence, words, self.vocabulary.metrics[HANDLED_METRIC], "count", implicit=True)
            ]
        found = self._point_none.fullmatch(norm) if after else None
        # 无 run into the next point's heading (（二）依申请公开。无（三）政府信息管理。: round 44's tuning
        # half, CONVENTIONS.md rule 60): the point's whole text all the same
        found = found or (_NONE_BEFORE_POINT.match(norm) if after else None)
        found = found or self._point_inline.fullmatch(norm)
        if found is None:
            self._after_point = self._point_heading.fullmatch(norm) is not None
            self._after_handling_point = _HANDLING_POINT.fullmatch(norm) is not None
            return []
        lo, hi = found.span("none")
        if self._earlier_year(sentence, lo, "")[0]:
            return []  # 2023年依申请公开情况：无 in a 2024 report
        words = _words(sentence, lo, hi)
        metric = self.vocabulary.metrics[self.vocabulary.requests_point[2]]
        return [self._emit(sentence, words, metric, "count", implicit=True)]

    def _totals_with_parts(self, here: list[Claim]) -> None:
        """共办理8件…申请，其中本机关新收5件，上年度未办结3件; 新收18件，上年结转2件，共需办理20件
        (CONVENTIONS.md rules 3, 14 and 23): a count of handling (办理, 处理, 答复) whose parts, named right
        after it (其中, 含, 包括) or counted before it in the sentence, include last year's carry-over is the
        total of received and carried over; handled stays a reading."""
        norm = self._norm
        for i, claim in enumerate(here):
            if claim.metric != HANDLED_METRIC or claim.claim_kind != "count" or claim.implicit:
                continue
            at = self._at[claim.claim_no]
            clause = _SEPARATOR.split(norm[:at])[-1]
            verb = _HANDLED_IN_ALL.search(clause)
            if verb is None:
                continue
            if _CARRY_OVER_INSIDE.match(norm, at):
                if _TO_NEXT_YEAR.search(
                    norm
                ):  # some carried forward: answered, the total a reading (as below)
                    claim.alt_metrics = TOTAL_METRIC
                else:
                    claim.metric, claim.alt_metrics = TOTAL_METRIC, HANDLED_METRIC
                continue
            if verb.group() in _ANSWERED_OR_CONCLUDED and _TO_NEXT_YEAR.search(norm):
                # 答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）: with some carried forward,
                # the answered are not all the applications (淮安市 2024: 3119 + 34 = 3050 + 103): the
                # answered, the total (as the survey reads it, rule 23; round 8) one more reading
                if any(_PARTS_FOLLOW.search(norm, at, self._at[p.claim_no]) for p in self._carried(here, i)):
                    claim.alt_metrics = TOTAL_METRIC
                continue
            before = [c.metric for c in here[:i] if c.claim_kind == "count" and not c.implicit]
            # after its parts, a total word says so (共需办理20件; 全年办理110件 after them is the handled)
            if TOTAL_PARTS & set(before) and RECEIVED_METRIC in before and _TOTAL_WORD.search(clause):
                claim.metric, claim.alt_metrics = TOTAL_METRIC, HANDLED_METRIC
                continue
            for part in here[i + 1 :]:
                if part.implicit and part.metric == FORWARD_METRIC and not part.number_text[:1].isdigit():
                    # 共处理…申请2件，均已办结，其中1件为2022年度结转至2023年度 (round 34's tuning half,
                    # CONVENTIONS.md rule 50): "all concluded" between the count and its parts
                    continue
                if part.claim_kind != "count" or part.implicit:
                    break
                if part.metric not in TOTAL_PARTS | {RECEIVED_METRIC}:
                    break
                if part.metric in TOTAL_PARTS:
                    if _PARTS_FOLLOW.search(norm, at, self._at[part.claim_no]) or _THIS_YEAR_PART.match(
                        norm, at
                    ):
                        claim.metric, claim.alt_metrics = TOTAL_METRIC, HANDLED_METRIC
                    break

    def _carried(self, here: list[Claim], i: int) -> list[Claim]:
        """The carry-over counted right after the count here[i] (among the counts that follow it)."""
        out = []
        for part in here[i + 1 :]:
            if (
                part.claim_kind != "count"
                or part.implicit
                or part.metric not in TOTAL_PARTS | {RECEIVED_METRIC}
            ):
                break
            if part.metric in TOTAL_PARTS:
                out.append(part)
                break
        return out

    # --- claims without a number ---------------------------------------------------------------------

    def _implicit_spans(self, norm: str) -> list[tuple[int, int, str | None]]:
        """(start, end, metric) of the words claiming zero (metric) or everything handled (None), in order.

        Zero cues are tried in the vocabulary's order; a span read once is not read again.
        """
        spans: list[tuple[int, int, str | None]] = []
        if not self._may_imply(norm):
            return spans  # most sentences: one search instead of one per cue
        taken = norm
        for zero in self.vocabulary.zero_cues:
            if zero.needs is not None and zero.needs.search(norm) is None:
                continue  # 被纠错, 败诉: a word of the cue the sentence lacks
            for m in zero.cue.finditer(norm if zero.alongside else taken):
                spans.append((m.start(), m.end(), zero.metric))
                if zero.metric == GRANTED_METRIC and _ALL_NOT_DISCLOSED.fullmatch(m.group()):
                    # …申请4件，均未予以公开 (round 49's tuning half, CONVENTIONS.md rule 65): every request
                    # answered with no disclosure, rule 25's all answered beside the granted null
                    spans.append((m.start(), m.end(), None))
                taken = taken[: m.start()] + "·" * (m.end() - m.start()) + taken[m.end() :]
        if self.vocabulary.all_handled is not None:
            for m in self.vocabulary.all_handled.cue.finditer(taken):
                spans.append((m.start(), m.end(), None))
            clause = self.vocabulary.all_handled.next_clause
            for m in clause.finditer(taken) if clause is not None else ():
                # (2: the refusal of the only request, rule 37; 3: its handling's outcome, rule 41)
                g = next(g for g in (1, 2, 3) if m.start(g) >= 0)
                if not any(lo < m.end(g) and m.start(g) < hi for lo, hi, _ in spans):
                    spans.append((m.start(g), m.end(g), None))
        return sorted(spans, key=lambda span: (span[0], span[1], span[2] is None, span[2] or ""))

    def _implicit(
        self, sentence: Sentence, start: int, end: int, metric_code: str | None, here: list[Claim]
    ) -> list[Claim]:
        """The claims of the words at norm[start:end]: a zero, or none carried forward / pending."""
        words = _words(sentence, start, end)
        if metric_code is not None:
            metric = self.vocabulary.metrics[metric_code]
            earlier, year = self._earlier_year(sentence, start, "")
            if earlier and not (metric.family == "proceedings" and self._year_slip(sentence, start, year)):
                return []
            if metric.code in (CARRIED_OVER_METRIC, FORWARD_METRIC) and self.report_year:
                # 没有2021年结转的…申请事项, 没有结转到2023年的…申请事项 in a report of 2022 (round 48's
                # test half, CONVENTIONS.md rule 64, rule 5): where the words name one carry, a year printed
                # before its verb (carried over) must be before the report's, one after it (carried forward)
                # after the report's; otherwise no figure (both carries in one negation are left as read)
                verbs = list(_CARRY_VERB.finditer(sentence.norm, start, end))
                if len(verbs) == 1:
                    over = metric.code == CARRIED_OVER_METRIC
                    lo, hi = (start, verbs[0].start()) if over else (verbs[0].end(), end)
                    named = [int(y) for y in YEAR.findall(sentence.norm, lo, hi)]
                    ry = self.report_year
                    if any(y >= ry if over else y <= ry for y in named):
                        return []
            if (
                metric.family == "proceedings"
                and end == len(sentence.norm)
                and (
                    not _CUT_INSIDE_SECOND_PROCEEDING.search(sentence.norm, start, end)
                    or _QUALIFIED_BEFORE_PROCEEDING.search(sentence.norm, start, end)
                )
            ):
                # …而引起的行政复议| : the stored text stops at the proceeding's name (rule 15); not where it
                # stops inside the second of two joined (未收到行政复议和行政诉|: rule 49, both named), but
                # still where a relative clause qualifies the pair (未发生因…引起的行政复议和行政诉|, 无涉及…
                # 申请的行政复议、行政诉|: round 64's tuning half, CONVENTIONS.md rule 80, rule 15)
                return []
            if metric.code in _CORRECTED_METRICS and _OWN_FAULT.search(sentence.norm, start, end):
                # 没有因我街道自身原因引起的行政复议被纠错和行政败诉案件 (round 59's test half, CONVENTIONS.md
                # rule 75, as rule 60 reads …自身原因引起的行政复议和行政败诉案件): the outcomes negated only
                # where the body's own fault caused them, no figure
                return []
            if (
                metric.family == "proceedings"
                and self._enforcement
                and not _CAUSED_BY_DISCLOSURE.search(sentence.norm, start, end)
            ):
                # 办理行政许可415件…，无投诉举报、行政诉讼: enforcement's proceedings (rule 33); not those the
                # negation says the disclosure caused (全年公示行政许可1097件…，未发生因政府信息公开引发的行政
                # 复议或行政诉讼案件: round 41's test half, CONVENTIONS.md rule 57)
                return []
            clause = _SEPARATOR.split(sentence.norm[:start])[-1]
            if (
                metric.family == "proceedings"
                and _OWN_LEVEL_SUBJECT.search(clause)
                and any(
                    c.claim_kind == "count"
                    and not c.implicit
                    and self.vocabulary.metrics[c.metric].family == "proceedings"
                    for c in (*self.before, *here)
                )
            ):
                # 全区…行政复议70件、行政诉讼21件。区政府本级无…行政复议结果纠正和行政诉讼败诉案件 (round 44's
                # tuning half, CONVENTIONS.md rule 60): the government's own level, a part of the area whose
                # proceedings were counted just before: no figure
                return []
            if metric.family != "proceedings":
                clause += sentence.norm[start:end]
            # A proceeding's zero is of something else when its subject is (行政执法工作均无被申请行政复议);
            # things negated beside it (未发生…引起的投诉举报、行政复议、行政诉讼等情况) are not its subject.
            if self._about_something_else(clause):
                return []  # 行政执法工作均无被申请行政复议…: a zero of something else
            if metric.code == RECEIVED_METRIC and _CONSEQUENCE.search(clause, 0, len(clause) - (end - start)):
                return []  # …申请0件，故无依申请公开相关信息 (round 14's test half): a consequence, no figure
            if metric.code == RECEIVED_METRIC and _CAUSED_OR_CARRIED_AFTER.match(sentence.norm, end):
                return []  # 无政府信息公开申请引起的行政复议…: the proceedings negated (rule 50)
            if (
                metric.code == RECEIVED_METRIC
                and not _POINT_HEADING.search(sentence.norm, 0, start)
                and any(
                    c.metric == RECEIVED_METRIC and c.claim_kind == "count" and not c.implicit and not c.value
                    for c in (*self.before, *here)
                )
            ):
                # 受理…函件0件，已办结0件。尽管目前我们没有收到任何…请求 (round 37's tuning half,
                # CONVENTIONS.md rule 53): a later negation, in the same point, of a received count printed
                # as 0 is the same absence, no second figure (not under a new point's heading:
                # （一）受理申请的数量 目前未收到…)
                return []
            if metric.code == RECEIVED_METRIC and (
                _SAME_RECEIPT_ZERO_AFTER.match(sentence.norm, end)
                or _ZERO_RIGHT_AFTER.match(sentence.norm, end)
            ):
                # 未收到…申请，依申请公开受理数量为0件 (round 38's tuning half, CONVENTIONS.md rule 54): the
                # negated receipt said again as a zero in the next clause, one figure, the 0
                return []
            persons = _PERSONS.search(sentence.norm, start, end) is not None
            organisations = _ORGANISATIONS.search(sentence.norm, start, end) is not None
            if (
                metric.code == RECEIVED_METRIC
                and persons != organisations
                and (_ORGANISATIONS if persons else _PERSONS).search(
                    sentence.norm[:start] + sentence.norm[end:]
                )
            ):
                # 未收到公民提出的申请…；未收到法人或其他组织申请…: each negation limited to one applicant
                # type, the other negated apart: no received figure (rule 50); one type alone stays null
                return []
            if metric.code != RECEIVED_METRIC and _QUOTED_IN_RECEIPT.search(sentence.norm, start, end):
                return []  # 未收到“依申请公开”“不予公开”…申请: quoted words of the noun (rule 50)
            zero = self._emit(sentence, words, metric, "count", implicit=True)
            if metric.code == RECEIVED_METRIC and _NEGATED_PAIR.search(sentence.norm, start, end):
                # 没有收到和处理…申请 (one negation over two verbs joined: CONVENTIONS.md rule 20, the
                # negation scope rule): the handling negated too
                handled = self.vocabulary.metrics[HANDLED_METRIC]
                return [zero, self._emit(sentence, words, handled, "count", implicit=True)]
            return [zero]
        norm = sentence.norm
        if (
            _NEGATOR_BEFORE.search(norm, max(0, start - _NEGATOR_SPAN), start)
            or _NEGATED_IN_SPAN.search(norm, start, end)
            and not _ALL_NOT_DISCLOSED.fullmatch(norm, start, end)
            and not _ALL_UNABLE.fullmatch(norm, start, end)
        ):
            return []  # 尚未全部办结, 均未答复: the negation scope rule, not "all handled"
        if "%" in norm[start:end]:
            return []  # 均实现100%按期受理、100%按期办理: rates qualified by time (rule 50), no figure
        if _FRAME_AFTER_SPAN.match(norm, end):
            # the words as a frame opening a list of counts (已办结案件中，涉及行政复议1件，行政诉讼0件: round
            # 64's tuning half, CONVENTIONS.md rule 80): among the concluded ones, not all of them concluded:
            # no figure
            return []
        clause_start = _after_last(norm, start, "，,；;。")
        clause_end = next(_SEPARATOR.finditer(norm, end), None)
        if norm.startswith(_THE_REST, clause_start) and _WITHDRAWAL_WORD.search(
            norm, clause_start, len(norm) if clause_end is None else clause_end.start()
        ):
            # the rest's handling words, a withdrawal, in their own clause (按时办理完结29件，剩余1件按申请人
            # 要求已做撤销处理: round 64's tuning half, CONVENTIONS.md rule 80, rule 12): the rest withdrawn,
            # not answered: no figure (not the only request's, 收到…1条，…目前已撤销办结: round 4, concluded)
            return []
        if (
            _COUNT_AS_SUBJECT.search(norm, max(0, start - 6), start)
            and here
            and self.vocabulary.metrics[here[-1].metric].family == "proceedings"
        ):
            # 全年度行政复议2次，2个已办结 (round 59's tuning half, CONVENTIONS.md rule 75, rule 24): the
            # proceedings' count said again as the subject of 已办结, concluded with no outcome: no figure
            return []
        last_number = max(_NUMBER.finditer(norm, 0, start), key=lambda m: m.start(), default=None)
        if last_number is not None and _TICKETS.search(
            _SEPARATOR.split(norm[: last_number.start()])[-1] + norm[last_number.start() : start]
        ):
            return []  # 处理政府服务热线工单1单，…，已按时答复: said of a hotline ticket (rule 50)
        if "其中" in norm[:start] and _NEXT_PART.match(norm, end) is not None:
            # 其中，6件…，2件属于内部事务信息，已办理完结，1件属于部分公开 (round 34's test half,
            # CONVENTIONS.md rule 50): said of the part before it, another part after it
            return []
        rule = self.vocabulary.all_handled
        if (
            rule is not None
            and rule.passed_on is not None
            and rule.passed_on.search(sentence.norm, start, end)
        ):
            return []  # 全部及时分发到责任科室予以办理: passed on to be handled, not handled (rule 22)
        if _COUNTED.match(norm, end) and _COUNTED.search(norm, 0, start):
            # …全年实际处理申请共计7件，均按时规范办结7件 (round 26's test half, CONVENTIONS.md rule 42): the
            # words end at a count of their own after the applications were counted: the handled N, no
            # "all handled" said
            return []
        if _FORWARD_CUT.search(norm, max(end, len(norm) - 9)):
            return []  # …完成办理，结转下| : a carry-forward clause cut before its number (rules 15, 32)
        # …按时办结2件，出具依申请答复书2件，均已…予以回复 (round 7): said of the count right before it, which
        # is of something else (no claim); channel parts before it (其中网站受理78件…) are the applications'.
        last = max(_COUNTED.finditer(sentence.norm, 0, start), key=lambda m: m.start(), default=None)
        if (
            rule is not None
            and last is not None
            and self._last_member(last.start())
            and not (self.to_next_year or _TO_NEXT_YEAR.search(norm[:start]))
        ):
            # …邮寄受理…15件；其他渠道受理…13件，均按照…及时办理 (round 14's test half; rule 10 with
            # rule 4): the channels' counts with no total are no figure, but "all handled" said of them all
            # is still the applications' (none carried forward)
            target = self.vocabulary.metrics[rule.applications]
            return [self._emit(sentence, words, target, "count", implicit=True)]
        # Not where the span names the applications (本年度申请均全部办结), nor after parts listed after 其中
        # (其中8份是网络…，1份是纸质…，皆已全部按时答复).
        claimed = [self._at[c.claim_no] for c in here if c.claim_no in self._at]
        # "the rest" right before it, or as the subject of the count right before it (申请人撤销2件，
        # 剩余14件为同一申请人，已全部办结: round 10's test half, spent): said of the applications counted
        rest = sentence.norm[max(0, start - 2) : start] in _THE_REST or (
            last is not None and _SEPARATOR.split(sentence.norm[: last.start()])[-1] in _THE_REST
        )
        if (
            rest
            and last is not None
            and _SEPARATOR.search(norm, last.end(), start) is None
            and self._rest_after_parts(sentence, last.start(), _SEPARATOR.split(norm[: last.start()])[-1])
        ):
            # 其中…8件，…1件，其余5件均…予以答复 (round 15's tuning half): said in the rest's own clause, of a
            # part; not an answer in a clause of its own after it (…其余3件为本机关不掌握…，已…答复完毕:
            # round 8)
            return []
        if (
            last is not None
            and not rest
            and not self._parts_here
            and last.start() not in claimed
            and not self._repeats_the_received(sentence.norm, last, here)
            and _NUMBER.match(sentence.norm, last.start()) is not None
            # (not an old template's answer category, no figure, among the outcomes: …部分公开的3件，
            # 信息不存在的8件，均严格按照…进行办理和答复, round 47's test half, CONVENTIONS.md rule 63)
            and not _OLD_CATEGORY.fullmatch(_SEPARATOR.split(sentence.norm[: last.start()])[-1])
            # (nor the requests the body helped others answer, counted after its own: 办理…依申请信息
            # 公开19件，协助办理市政府、区政府依申请信息公开7件，均按照规定予以答复, round 55's test half,
            # CONVENTIONS.md rule 71, rule 4: said of the requests, its own among them)
            and not _ASSISTED_REQUESTS.search(_SEPARATOR.split(sentence.norm[: last.start()])[-1])
            and _APPLICATIONS_NOUN.search(
                _SEPARATOR.split(sentence.norm[:start])[-1] + sentence.norm[start:end]
            )
            is None
            and "其中" not in sentence.norm[max(claimed, default=0) : last.start()]
            # (not a withdrawal's count among the outcomes, …不予公开1件，撤回2件，均按规定程序依法办理:
            # round 34's test half, CONVENTIONS.md rule 4; the withdrawn are requests too)
            and not (
                claimed
                and "其中" not in sentence.norm[: last.start()]
                and _WITHDRAWN.fullmatch(_SEPARATOR.split(sentence.norm[: last.start()])[-1])
            )
            # (not 全部 / 均 closing a run of work counts joined by commas with the requests' count among
            # them: …政府信息依申请公开件53件，政务服务12345平台受理47276件，全部按期答复, round 48's tuning
            # half, CONVENTIONS.md rule 64, rule 4: said of the requests among them too)
            and not self._closes_a_run_with_requests(sentence, start, end, here)
        ):
            return []
        own = _SEPARATOR.split(sentence.norm[:start])[-1]
        if "其中" in own and _COUNTED.search(own):
            return []  # 其中1件经协调后全部办结: said of that part only, not of every application counted
        # The run of counts said just before (行政复议6件、行政诉讼7件，均已办结), past the changes and shares
        # stated of them (共125件，同比增长58.2%，均已办结).
        counts: list[Claim] = []
        clause = _SEPARATOR.split(sentence.norm[:start])[-1] + sentence.norm[start:end]
        # Said of the applications (所有政府信息公开申请均已按时给予答复), the proceedings' counts between
        # do not count; said in a sentence of its own (…网上申请8件。截至12月31日，均已依法依规作出答复),
        # of the sentence before.
        of_applications = "申请" in clause and _PROCEEDING_WORD.search(clause) is None
        # Counts of the sentence that are parts of the applications (其中网站受理78件，…，均依法依规按时
        # 办结) say it of the applications counted before; counts of something else keep it from them.
        counted_here = _COUNTED.search(sentence.norm, 0, start) is not None and not self._parts_here
        said = here if counted_here or any(c.claim_kind == "count" for c in here) else self.before
        for claim in reversed(said):
            if of_applications and self.vocabulary.metrics[claim.metric].family != "applications":
                continue
            if claim.implicit:
                if claim.metric == GRANTED_METRIC and _ALL_NOT_DISCLOSED.fullmatch(claim.number_text):
                    continue  # the granted null read from the same words (均未予以公开)
                if not counts and claim.metric in TOTAL_PARTS:
                    # …申请35件，无上年结转申请。所有申请均已按期办结 (round 28's tuning half, CONVENTIONS.md
                    # rule 44): past the carry-over's zero said after the count, to the count
                    continue
                break
            if claim.claim_kind != "count":
                if counts:
                    break
                continue
            family = self.vocabulary.metrics[claim.metric].family
            if counts and family != self.vocabulary.metrics[counts[0].metric].family:
                break
            counts.append(claim)
        if not counts or rule is None:
            return []
        if self.vocabulary.metrics[counts[0].metric].family == "proceedings":
            if _CONCLUDED_IN_BRACKET.match(sentence.norm, max(0, start - 2)):
                # 行政复议1件（已办结） (round 55's tuning half, CONVENTIONS.md rule 71): the count's case
                # said concluded in a bracket right after it, with no 均 or 全部 and no outcome: no pending
                # figure
                return []
            counts = self._caused_by_the_requests(sentence, counts, said, start, end) or counts
        last = self.vocabulary.metrics[counts[0].metric]
        if last.family == "applications":
            # "All answered" where the sentence or its paragraph says some go to next year claims nothing
            # about the carry-forward: 答复3050件（…另有103件顺延到下年度答复），均在法定期限内予以答复
            # (淮安市 2024); …顺延到2022年度申请2件。答复…42件，均在法定期限内予以答复 (平顶山市 2021,
            # found by the held-out measurement).
            if self.to_next_year or _TO_NEXT_YEAR.search(self._own_year_carry_out(sentence.norm[:start])):
                return []
            if any(c.metric == FORWARD_METRIC and not c.implicit for c in here):
                # …1件正在处理中，其余6件均已…答复 (round 14's tuning half): the rest answered, with the
                # carry-forward counted in the sentence: none carried forward is not said
                return []
            # Past the outcomes and the carry-over stated with them (收到…5宗，上年结转…1宗，
            # …不予公开6宗，已全部办结), to the count of applications; carried-over ones alone
            # (处理结转上年申请3件，均已答复) the tables cannot check.
            of = None
            # …予以公开4件，无法提供19件，所有申请均…答复: past the outcomes, to the sentence before.
            earlier = [c for c in reversed(self.before) if c.claim_kind == "count" and not c.implicit]
            # …数量为4件，与上年相比减少66.6%，上年结转…1件，全部按时办结: past the change stated of a count
            rest = [
                c
                for c in reversed(said[: said.index(counts[-1])])
                if c.claim_kind == "count" and not c.implicit
            ]
            # …or past the outcomes of a sentence opening with 其中 (其中予以公开申请1件，…，不予处理0件，均在
            # 法定期限内予以答复: parts of the applications counted in the sentence before, round 6)
            # ; or opening with a frame restating the count before (本年度提出申请的27件中，同意公开的16件，
            # …，均严格按照有关规定进行办理和答复: round 42's tuning half, CONVENTIONS.md rule 58)
            continues = (
                of_applications
                or sentence.norm.startswith("其中")
                or _FRAME_OF_COUNTED.match(sentence.norm) is not None
            )
            # …past a sentence of outcomes only, to the count of the sentence before it (rule 4: round 34's
            # tuning half, …申请8件，…。予以公开3件，部分公开2件，无法提供3件。均按规定程序依法办理、按期答复)
            two_back = [
                c for c in reversed(self._before_outcomes) if c.claim_kind == "count" and not c.implicit
            ]
            for claim in (
                counts
                + rest
                + (earlier if said is here and continues else two_back if said is not here else [])
            ):
                if claim.metric in rule.of_applications:
                    of = claim
                    break
                if not (self.vocabulary.metrics[claim.metric].is_outcome or claim.metric in TOTAL_PARTS):
                    break
            if of is None:
                return []
            if (
                of.metric == HANDLED_METRIC
                and of in here
                and of.claim_no in self._at
                and _WITHDRAWAL_COUNTED.search(norm, 0, self._at[of.claim_no])
                and not _SEPARATOR.split(norm[: self._at[of.claim_no]])[-1].startswith(_THE_REST)
            ):
                # a withdrawal counted before the handled count, then all answered (收到…39件，申请人
                # 撤件1件，办结38件，均在规定期限内办理、答复: round 64's test half, CONVENTIONS.md rule 80,
                # rules 58 and 63): said of the handled ones, the withdrawn not answered: no "all answered"
                # figure (not the rest counted, 其中申请人撤回申请1件，其余7件均已按时答复, all answered:
                # rule 58)
                return []
            if (
                of.metric == HANDLED_METRIC
                and not of.alt_metrics
                and (
                    _ALL_ANSWERED_PROPERLY.fullmatch(norm, start, end)
                    or _ALL_BY_REQUIREMENTS.match(norm, start)
                    and of in here
                    and of.claim_no in self._at
                    and _CONCLUDED_COUNT.search(_SEPARATOR.split(norm[: self._at[of.claim_no]])[-1])
                )
            ):
                # 共计答复依申请公开53件，全部规范答复 (round 38's tuning half, CONVENTIONS.md rule 54): the
                # answers' manner said of the answered ones only, no "all handled" of the requests (not the
                # time they were answered in: 回复…38件，…全部在法定日期内做出回复, round 25's tuning half)
                return []
            if of.value != 1 and (
                _ANSWERED_IN_TIME.fullmatch(norm, start, end)
                or _ANSWERED_TO_PARTY.match(norm, start, end)
                or _BODY_ANSWERED_APPLICANT.match(norm, start, end)
                or _HANDLED_ALREADY.fullmatch(norm, start, end)
                and not _HANDLED_BY_PROCEDURE.fullmatch(norm, start, end)
            ):
                # (已按程序审批后办理 likewise: of the one request, round 13's tuning half; but
                # 已按程序办理 of two, …申请2件，已按程序办理 (round 2's spent test half), all handled:
                # CONVENTIONS.md rule 45)
                # 在法定时限内书面回复申请人 with no 均 / 全部 / 已: said of the only request (rule 22: round
                # 12's tuning half), not of several (…145件。…在法律规定时限内将相关内容回复申请人: round 6)
                return []
            if not _ALL_OR_ALREADY.search(norm, start, end) and self._some_unhandled(here):
                return []  # 收到…32件，办结30件，依照《条例》规定进行办理和答复 (rule 62): of the 30 only
            if _REST_COUNTED.match(norm, _after_last(norm, start, "，,；;。")):
                # 其中申请人撤销申请1件，其余2件已按时完成答复 (round 47's test half, CONVENTIONS.md rule 63,
                # rule 58): said of the rest only, a part withdrawn, no "all answered"
                return []
            target = self.vocabulary.metrics[rule.applications]
            return [self._emit(sentence, words, target, "count", refers_to=of, implicit=True)]
        if not _CONCLUDED.search(sentence.norm, start, end):
            return []  # 所有案件均按照法定程序进行了办理: handled, not concluded (round 3)
        out = []
        for claim in reversed(counts):
            metric = self.vocabulary.metrics[claim.metric]
            if metric.family == "proceedings" and metric.outcome == "total":
                target = self.vocabulary.by_proceeding(metric.proceeding or "", rule.proceedings)
                out.append(self._emit(sentence, words, target, "count", refers_to=claim, implicit=True))
        return out

    def _closes_a_run_with_requests(
        self, sentence: Sentence, start: int, end: int, here: list[Claim]
    ) -> bool:
        """Whether "all handled" words with 全部 or 均 close a run of counts joined by commas (no semicolon or
        full stop between) in which the requests' received count stands, printed (…依申请公开件53件，…平台受理
        47276件，全部按期答复): said of every count of the run, the requests' among them."""
        norm = sentence.norm
        if not (_ALL_OF_THEM.search(norm, start, end) or "均" in norm[start:end]):
            return False
        run_start = _after_last(norm, start, "；;。")
        if "其中" in norm[run_start:start]:
            return False  # parts listed after 其中: said of those listed (round 2), as before
        run = [c for c in here if c.claim_kind == "count" and self._at.get(c.claim_no, -1) >= run_start]
        # (not where the run counts the handled too: …申请21件，办结21件，受理…投诉件1件，全部已按规定办理,
        # round 3; the words then said of the count right before, as before)
        return any(c.metric == RECEIVED_METRIC and not c.implicit for c in run) and not any(
            c.metric == HANDLED_METRIC for c in run
        )

    def _sum_of_outcomes_received(self, number: _Number, here: list[Claim]) -> bool:
        """Whether a handled count after a list of outcomes is their sum and the received count before them
        (受理…5件，予以公开4件，部分公开0件，不予公开1件…，在规定时限内办结5件: round 46's tuning half,
        CONVENTIONS.md rule 62): the handled, not one more outcome."""
        received = max(
            (i for i, c in enumerate(here) if c.metric == RECEIVED_METRIC and c.claim_kind == "count"),
            default=None,
        )
        if received is None or here[received].implicit or here[received].value != number.value:
            return False
        outcomes = here[received + 1 :]
        if not outcomes or any(
            c.implicit or c.claim_kind != "count" or not self.vocabulary.metrics[c.metric].is_outcome
            for c in outcomes
        ):
            return False
        return sum(c.value for c in outcomes) == number.value

    def _year_slip(self, sentence: Sentence, start: int, year: int | None) -> bool:
        """Whether a proceedings' negation dated the year before the report's is a slip for the report's own
        (（三）…2022年未收到申请公开的情况。（四）…2021年没有…行政复议申请、申诉和行政诉讼案件 in a 2022
        report: round 46's tuning half, CONVENTIONS.md rule 62): the year right before the negation, nothing
        else named between, and the last claim read before the sentence in a sentence naming the report's own
        year."""
        if year is None or self.report_year is None or year != self.report_year - 1:
            return False
        named = _YEAR_THEN_NEGATION.search(sentence.norm, 0, start + 2)
        if named is None or named.end() != start or int(named.group(1)) != year:
            return False
        last = next((c for c in reversed(self.claims) if c.sentence != sentence.text), None)
        return last is not None and f"{self.report_year}年" in last.sentence

    def _some_unhandled(self, here: list[Claim]) -> bool:
        """Whether the sentence counts fewer handled than received (收到…32件，办结30件)."""
        counted = [c for c in here if c.claim_kind == "count" and not c.implicit and c.value is not None]
        received = [c.value for c in counted if c.metric == RECEIVED_METRIC]
        handled = [c.value for c in counted if c.metric == HANDLED_METRIC]
        return bool(received and handled) and max(handled) < max(received)

    def _caused_by_the_requests(
        self, sentence: Sentence, counts: list[Claim], said: list[Claim], start: int, end: int
    ) -> list[Claim]:
        """The applications' counts that "all concluded" is said of, past proceedings the requests caused.

        收到…申请36件，其中：…，引发行政复议1件，全部在规定时效内办结 (round 13's tuning half, spent): the
        proceedings counted right before it are the requests' consequence (引发, 引起), and the words are
        the requests' (办结, 答复; not a proceeding's 审结 or 结案): said of the applications counted before
        them."""
        norm = sentence.norm
        if _PROCEEDING_CONCLUDED.search(norm, start, end):
            return []
        both = len(counts) == 1 and "均" in norm[start:end]
        for claim in counts:
            at = self._at.get(claim.claim_no)
            if at is None:
                return []
            own = _SEPARATOR.split(norm[:at])[-1]
            if not (_CAUSED_BY.match(own) or both and _REVIEW_BESIDE_REQUESTS.fullmatch(own)):
                return []
        first = said.index(counts[-1])
        out = []
        for claim in reversed(said[:first]):
            metric = self.vocabulary.metrics[claim.metric]
            if claim.implicit or claim.claim_kind != "count" or metric.family != "applications":
                break
            out.append(claim)
        return out

    def _read(
        self,
        sentence: Sentence,
        number: _Number,
        unit: str,
        prefix: str,
        clause_start: int,
        here: list[Claim],
        previous: list[Claim],
    ) -> list[Claim]:
        if number.value == 0 and _BOTH_CORRECTED_ZERO.search(prefix):
            # 行政复议被纠正和行政诉讼败诉数量均为“零” (round 60's test half, rule 76): each one's zero
            return [
                self._count_claim(sentence, number, "review_corrected"),
                self._count_claim(sentence, number, "litigation_corrected"),
            ]
        if (
            number.value == 0
            and "历年" in prefix
            and (unit in self.count_units or _STATED_AS.search(prefix))
            and "主动" not in prefix
            and _ALL_YEARS_ZERO.search(prefix)
            and _NEGATED_RECEIPT.search(sentence.norm, 0, clause_start)
        ):
            return [self._count_claim(sentence, number, RECEIVED_METRIC)]
        if (
            unit not in self.count_units
            and sentence.norm.startswith(_REQUEST_NOUNS_WHOLE, number.end)
            and _RECEIVED_BEFORE_UNIT_LOST.search(_SEPARATOR.split(sentence.norm[: number.start])[-1])
        ):
            # 本年度共收到4位申请人的4政府信息公开申请 (round 59's tuning half, CONVENTIONS.md rule 75, rule
            # 48's counts as printed): a receiving verb, the applicants maybe counted, then the count with its
            # unit lost right before the requests' whole noun: the received
            return [self._count_claim(sentence, number, RECEIVED_METRIC)]
        if unit == "%" and "分别" in sentence.norm:
            respective = self._respective_change(sentence, number, here)
            if respective is not None:
                return respective
        change = _CHANGE.search(prefix)
        if (
            change
            and change.group(2)
            and prefix.startswith("年")
            and not _COMPARED_YEAR_BEFORE.search(sentence.norm, 0, clause_start)
        ):
            change = None  # 年多 with no year compared with right before
        if change and (unit == "%" or unit in self.count_units):
            return self._change(sentence, number, unit, prefix, change, clause_start, here, previous)
        if unit == "%" or (number.value == 0 and unit not in self.count_units and _RATIO.search(prefix)):
            return self._share(sentence, number, prefix, here, previous)
        if "历年" in prefix and _ALL_YEARS.search(prefix) and unit in self.count_units:
            return []  # 历年累计受理依申请公开数7条 (round 21's tuning half, rule 31): all years', no figure
        if (
            unit in self.count_units
            and _CUMULATIVE.search(prefix)
            and _AS_OF_DATE_BEFORE.search(sentence.norm, max(0, clause_start - 20), clause_start)
            and any(c.metric == RECEIVED_METRIC and not c.implicit for c in (*self.before, *here))
        ):
            return []  # 截至2023年12月31日，我街道累计受理…2件 (round 60's test half, rule 76): all years'
        if (
            unit in self.count_units
            and sentence.norm.startswith(("相比", "相较"), number.end + len(unit))
            and _COMPARED_FRAME_BEFORE.search(sentence.norm, max(0, number.start - 30), number.start)
        ):
            # 与2020年政府信息公开申请5件相比增长80% (round 59's tuning half, CONVENTIONS.md rule 75): the
            # year compared with's count inside the frame 与…相比, no figure; the change after it is the
            # count's before the frame (_change)
            return []
        if (
            unit in _ITEM_UNITS
            and _REQUESTS_NOUN_COUNT_IS.search(prefix)
            and _PROACTIVE_ITEMS.search(sentence.norm, 0, number.start - len(prefix)) is None
        ):
            # 依申请公开政府信息数为0条 (round 30's test half, CONVENTIONS.md rule 46): the requests' count
            # with no verb (rule 18), the noun's count stated with 为: the received, in items as in 件
            # (beside a proactive count, rule 35 as before)
            return self._count(sentence, number, "件", prefix, here)
        if (
            unit in _ITEM_UNITS
            and prefix == "依申请公开"
            and number.start == len(prefix)
            and self._in_request_point
            and not self._proactive_point
        ):
            # （二）依申请公开。依申请公开0条。 (round 42's tuning half, CONVENTIONS.md rule 58): the
            # requests' noun alone opening a sentence of the request point, no verb: the received (rule
            # 18), in items as in 件 (beside a proactive count in its sentence, rule 28's granted as before)
            return self._count(sentence, number, "件", prefix, here)
        if (
            unit in _ITEM_UNITS
            and (self._proactive_point or _PROACTIVE_HEADING_OPENING.match(sentence.norm))
            and _WITHHELD_ITEMS.search(sentence.norm, 0, number.start)
            and _PROACTIVE_ITEMS.search(sentence.norm, 0, number.start - len(prefix))
        ):
            # （一）主动公开政府信息情况 …主动公开政府信息12条，依申请公开信息0条，不予公开信息0条 (round 68's
            # tuning half, CONVENTIONS.md rule 84): items withheld, counted beside the proactive ones in the
            # proactive point: no figure
            return []
        if (unit in _ITEM_UNITS or unit == "篇") and _DISCLOSED_BESIDE_PROACTIVE.fullmatch(prefix):
            before = number.start - len(prefix)
            proactive = _PROACTIVE_COUNT_BEFORE.search(sentence.norm, 0, before)
            if proactive is None and not self._counted_applications(self.before):
                subject = None
                if "政府信息" in prefix and not _PROACTIVE_AFTER.match(sentence.norm, number.end + len(unit)):
                    subject = _DISCLOSED_OPENING.fullmatch(sentence.norm, 0, before)
                if subject is not None and _REQUESTS_NAMED_AFTER.match(sentence.norm, number.end + len(unit)):
                    # 依申请公开政府信息5条，提交申请的方式为网站申请 (round 21's test half, rule 37): the
                    # items said to be requests: received
                    return [self._count_claim(sentence, number, RECEIVED_METRIC)]
                proactive = subject
            if proactive is not None and not self._proactive_point and not self._counted_applications(here):
                # 主动公开政府信息37条，全年依申请公开政府信息0条; 政府信息主动公开170篇，依申请公开18篇
                # (round 19, rule 35): the information disclosed on request beside the proactive count,
                # items as the proactive ones are (条, 篇): rule 28's granted
                return self._disclosed_on_request(sentence, number)
        if (
            unit in _ITEM_UNITS
            and _PUBLISHED_ON_REQUEST.search(prefix)
            and _RECEIVING_IN.search(sentence.norm, number.end) is None
            and not self._proactive_point
            and not self._counted_applications(self.before)
            and not self._counted_applications(here)
        ):
            # 利用政府信息公开网发布依申请公开信息0条 (round 55's tuning half, CONVENTIONS.md rule 71,
            # rules 28 and 49): items published on request, with a publishing verb: rule 28's granted
            # (dropped where the report counts the requests received; none where they are counted after it
            # in the sentence: 本年度共制作、发布依申请公开信息0条，收到…申请0件)
            return self._disclosed_on_request(sentence, number)
        if (
            unit in self.count_units
            and prefix == "依申请公开"
            and _PROACTIVE_DOCUMENTS_BEFORE.search(sentence.norm, 0, number.start - len(prefix))
            and not self._counted_applications(self.before)
            and not self._counted_applications(here)
        ):
            # 2021年我街主动公开文件30份，依申请公开4件 (round 59's test half, CONVENTIONS.md rule 75, as
            # rule 38's note reads 主动公开 M …，依申请公开 N 件): the bare words as their own clause right
            # after the documents published proactively, in 份: documents disclosed on request, rule 28's
            # granted
            return self._disclosed_on_request(sentence, number)
        if unit in self.count_units:
            claims = self._count(sentence, number, unit, prefix, here)
            if (
                number.value == 1
                and [c.metric for c in claims] == [RECEIVED_METRIC]
                and _NOT_HELD_NEXT.match(sentence.norm, number.end + len(unit)) is not None
            ):
                # …申请1起，本机关不掌握…: the only request's outcome (CONVENTIONS.md rule 45)
                outcome = self._count_claim(sentence, number, NOT_HELD_METRIC)
                claims = [*claims, outcome]
            if [c.metric for c in claims] == [GRANTED_METRIC] and _GRANTED_AND_HANDLED.search(prefix):
                # 予以公开并办结1件 (round 53's tuning half, CONVENTIONS.md rule 69, rule 2 as rule 39
                # reads 予以公开并答复0件): one count under the outcome and a handling verb joined by 并:
                # granted and handled
                handled = self._count_claim(sentence, number, HANDLED_METRIC)
                claims = [*claims, handled]
            if (
                len(claims) == 1
                and self.vocabulary.metrics[claims[0].metric].is_outcome
                and _REASON_CLAUSE_AFTER.match(self._norm, number.end + len(unit))
                and (finer := self._subject_after(sentence, number.end + len(unit) + 1)) is not None
                and self._is_reason_of(finer.code, self.vocabulary.metrics[claims[0].metric])
            ):
                # “不予公开”的1件，属于保护第三方合法权益，占总数的20% (round 59's tuning half, CONVENTIONS.md
                # rule 75, rule 7's finest row): an outcome's count, then 属于 its reason in the next clause:
                # that finer row (and the share after it its)
                claims[0].metric = finer.code
            if (
                [c.metric for c in claims] == [HANDLED_METRIC]
                and _FRAME_AFTER_COUNT.match(self._norm, number.end + len(unit))
                and self._reported_received_plus_carried_over(here) == number.value
            ):
                # 共计收到…申请22件，上年度结转…申请2件。本年度办理的24件信息公开申请中，予以公开9件…
                # (round 59's test half, CONVENTIONS.md rule 75): a frame of the outcomes whose count is the
                # received and the carried-over summed just before: the total, the handled beside it
                claims[0].metric, claims[0].alt_metrics = TOTAL_METRIC, HANDLED_METRIC
            return claims
        bare = number.text.strip()
        if unit in ("，", ",") and self.report_year is not None and bare == str(self.report_year):
            # 2021，我局共收到… in a 2021 report (round 52's test half, CONVENTIONS.md rule 68): the report's
            # year printed with 年 dropped, at the head of its clause: a year, no count (依申请公开2，… stays)
            return []
        if (
            (
                unit in _BARE_END
                # an ASCII full stop closing the clause (本年度共受理依申请公开0. （三）…: round 54's tuning
                # half, CONVENTIONS.md rule 70, as rule 54 reads a count with no unit ending its clause),
                # the next point's number or the text's end after it (not a decimal point, nor a point's
                # own number, 依申请公开 1. 依申请公开情况：…), right after the count's cue (_bare_count)
                or prefix != ""
                and _ASCII_STOP.match(sentence.norm, number.end) is not None
                or _NEXT_POINT.match(sentence.norm, number.end) is not None
                or _PARTS_RUN_ON.match(sentence.norm, number.end) is not None
                or _GLUED_YEAR.match(sentence.norm, number.end) is not None
                or bare == "0"
                and number.start > 0
                and _NEXT_HEADING.match(sentence.norm, number.end) is not None
                and sentence.text[sentence.origin[number.end] - 1].isspace()
                # a zero ending the paragraph's text (…依申请公开事项0: round 33's test half,
                # CONVENTIONS.md rule 49): no digit can have been cut after a leading 0 (rule 15)
                # (not a table's cell, printed after a space: …（一）予以公开 0)
                or bare == "0"
                and number.end == len(sentence.norm)
                and number.start > 0
                and not sentence.text[sentence.origin[number.start] - 1].isspace()
            )
            and number.decimals == 0
            and (bare in ("0", _ZERO_IN_WORDS) or bare.isdigit() and bare[0] != "0")
        ):
            # not a run of table cells flattened into text (结转下年度继续办理0000000)
            return self._bare_count(sentence, number, prefix, here)
        return []

    def _count(
        self, sentence: Sentence, number: _Number, unit: str, prefix: str, here: list[Claim]
    ) -> list[Claim]:
        after_unit = number.end + len(unit)
        lo = number.start - len(prefix)  # where the words before the count start
        if self._norm.startswith("申请人", after_unit) and not (
            unit in ("件", "起") and self._subject_after(sentence, after_unit) is not None
        ):
            # 收到187个申请人提出的政府信息公开申请583件 (round 42's test half, CONVENTIONS.md rule 58): a
            # count of the applicants, not of the requests: no figure (the requests' count follows); not a
            # count of requests whose outcome is named after the applicant as its subject (其中2件申请人逾期
            # 未补正: round 59's test half, CONVENTIONS.md rule 75)
            return []
        if number.value == 0 and _OVERDUE_ZERO.search(prefix):
            return []  # 超期答复件 0 件: none answered late, no figure (rule 60)
        if unit in ("件", "起", "宗") and _CASES_LOST_AFTER.match(self._norm, after_unit):
            # …，3件依申请公开案件败诉 (round 68's test half, CONVENTIONS.md rule 84): cases lost, the
            # lawsuit's corrected (rules 19 and 44)
            return [self._count_claim(sentence, number, "litigation_corrected")]
        proceeding = self._proceeding_after(after_unit)
        if proceeding is not None:  # 140件行政复议、49件行政诉讼获维持 (round 3)
            members = (self.vocabulary.each or {}).get(proceeding.code)
            if members and _RESPECTIVELY.search(prefix) is not None:
                # 分别发生1起…行政复议、行政诉讼案件 (round 51's test half, CONVENTIONS.md rule 67): each
                # proceeding that count, as 各 (not the pair's total)
                return [self._count_claim(sentence, number, m) for m in members]
            claims = [self._emit(sentence, number, proceeding, "count")]
            total = self._total_with_its_result
            if total is not None and not any(c.metric == total.code for c in (*self.before, *here)):
                # 1宗复议后诉讼结果维持 (round 8's test half, spent): one proceeding, its count and its
                # result, as 行政诉讼1件，结果维持 (rule 8): the proceeding's total with that count too; not a
                # part of its total counted before (行政复议192件，…，8件行政复议结果纠正: round 3)
                claims.insert(0, self._emit(sentence, number, total, "count"))
            elif proceeding.outcome == "total":
                # 1件次经…行政复议后产生行政诉讼，目前尚未审结 (round 44's tuning half, CONVENTIONS.md rule
                # 60): lawsuits told by kind, each with its outcome alone in the next clause, as
                # 行政诉讼1件，尚未审结
                outcome = self._outcome_after(sentence, self._clause_end(after_unit), proceeding)
                if outcome is not None:
                    claims.append(self._emit(sentence, number, outcome, "count", refers_to=claims[0]))
            return claims
        part = self._is_part(prefix, here) and not (
            _LATE_AFTER_ON_TIME.match(prefix) and _ON_TIME_BEFORE.search(self._norm, max(0, lo - 24), lo)
        )
        self._parts_here = self._parts_here or part
        if (
            _THIS_YEAR_ONLY.fullmatch(prefix)
            and here
            and here[-1].metric == HANDLED_METRIC
            and here[-1].claim_kind == "count"
            and not here[-1].implicit
            and _CARRIED_OVER_NEXT.match(self._norm, after_unit)
        ):
            # 共办理依申请公开11件，本年度10件，结转上年度1件 (round 34's tuning half, CONVENTIONS.md rules 3
            # and 14): this year's part of the handled, the carry-over the other: the received
            return [self._count_claim(sentence, number, RECEIVED_METRIC)]
        if (
            _LATE_ALONE.fullmatch(prefix)
            and here
            and here[-1].metric == HANDLED_METRIC
            and here[-1].claim_kind == "count"
            and _ON_TIME_BEFORE.search(self._norm, max(0, lo - 24), lo)
            and unit in self.vocabulary.metrics[HANDLED_METRIC].units
        ):
            # 答复43件，按期答复41件，延期2件 (round 38's tuning half, CONVENTIONS.md rule 54): the late ones
            # after the answered on time, the verb left out, as 延期答复2件: handled
            return [self._count_claim(sentence, number, HANDLED_METRIC)]
        if (
            _PART_RECEIVED_AND_HANDLED.fullmatch(prefix)
            and self._counted_applications(here)
            and unit in self.vocabulary.metrics[HANDLED_METRIC].units
        ):
            # 全年共接到…申请25件，其中我局受理并处理申请8件 (round 34's tuning half, CONVENTIONS.md rule 50):
            # a part taken in and handled, of the applications counted before: handled only
            return [self._count_claim(sentence, number, HANDLED_METRIC)]
        if (
            _TOTAL_ALONE.fullmatch(prefix)
            and unit in self.vocabulary.metrics[HANDLED_METRIC].units
            and _PERSONS_HANDLED_BEFORE.search(self._norm, max(0, lo - 24), lo)
        ):
            # 依申请公开办理信息10人，共计13件 (round 40's tuning half, CONVENTIONS.md rule 56): a count of
            # persons under the handling verb, then the requests' count in 件 with only a total word: handled
            # (the persons no figure)
            return [self._count_claim(sentence, number, HANDLED_METRIC)]
        found = self._cue(lo, number.start, sentence)
        total_word = _LINK_BEFORE_COUNT.search(prefix)
        if found is None and total_word:
            # 累计办理…依申请公开信息合计23件: a total word between the clause's verb and its count
            found = self._cue(lo, number.start - len(total_word.group()), sentence)
        if _UNFINISHED_GOING_ON.search(self._norm, max(0, lo - 16), number.start) is not None:
            found = (self.vocabulary.metrics[CARRIED_OVER_METRIC], 0, len(prefix))  # (rule 66's 接续办理)
        if (
            found is not None
            and found[0].is_outcome
            and prefix[: found[1]].endswith(_JOINERS)
            and (total_word or _SUM_OF_ROWS_LINK.fullmatch(prefix, found[2]))
        ):
            # 无法提供、不予处理及其他处理合计46件 (round 9's tuning half): a sum of rows named together that
            # no metric combines, not the last one's count: no figure
            # (or 的共 after the last row: 不予公开、无法提供、不予处理和其他处理的共158件，占16.70%,
            # round 57's test half, CONVENTIONS.md rules 25 and 73; the share after it none either)
            return []
        extra: tuple[str, ...] = ()  # readings the clause adds to the metric's own
        listed = False  # a list of verbs, the receiving one first (受理、办理、答复…2件)
        if self._request_unit and not _NOUN_AFTER_COUNT.match(self._norm, after_unit):
            # 申请公开数3个，: only right after the words naming an applications count (涉及部门5个 is not),
            # or the requests' noun with no verb (我局依申请公开事项7项，: rule 18 in 项, round 13's tuning
            # half)
            # The total word before it in a sentence about the requests (（二）收到和处理政府信息公开申请情况
            # 本年度依申请公开政府信息共2项。: round 24's test half, rule 40's 共 N 项 with no verb; the
            # heading's verbs run into it, none in the clause's last words before the noun): the same
            noun = _NO_VERB_COUNT.search(prefix)
            if noun is not None and (
                (_REQUESTS_NOUN.search(noun.group()) and not _ANY_VERB.search(prefix))
                or (
                    _TOTAL_LINK_END.search(noun.group())
                    and not _ANY_VERB.search(prefix, max(0, noun.start() - 6))
                    and self._in_applications(sentence)
                )
            ):
                pass
            elif _NO_SUBJECT.fullmatch(prefix) and _CARRIED_AFTER.match(self._norm, after_unit):
                pass  # 除1项结转至2022年办理: the subject after the count (below), none before it
            elif (
                _NO_SUBJECT.fullmatch(prefix)
                and _GRANTED_AFTER.match(self._norm, after_unit)
                and (self._counted_applications(here) or self._counted_applications(self.before))
            ):
                # 本年度依申请公开政府信息共2项。…其中…，1项依规予以公开 (round 24's test half): granted
                pass
            elif (
                found is None
                or found[0].family != "applications"
                or not _REQUEST_LINK.fullmatch(prefix, found[2])
            ):
                return []
        if (
            found is not None
            and found[0].code in TOTAL_PARTS
            and _in_parenthesis(self._norm, number.start)
            and self._after_proceeding_count(sentence)
        ):
            # 被申请行政复议9件(含上一年度结转1件) (round 16's test half, rule 32): the proceeding's own
            # carry-over, inside the parenthesis of its count, no figure
            return []
        if (
            (found is None or found[0].code == RECEIVED_METRIC)
            and _ADDRESSED_TO.match(prefix)
            and self._counted_applications(here)
        ):
            return []  # …130件，其中向区政府…提出的…94件，向各街镇提出的…36件: split by the bodies addressed
        if (
            found is not None
            and found[0].code == RECEIVED_METRIC
            and prefix.endswith("、" + _BARE_DISCLOSURE)
            and _PROACTIVE_MEMBER.search(self._norm, 0, number.start - len(_BARE_DISCLOSURE)) is not None
        ):
            return []  # …主动公开部门文件53件、依申请公开57件: published items by attribute (rule 29)
        if (
            found is not None
            and found[0].code == "denied"
            and prefix.endswith("、不予公开")
            and _ATTRIBUTE_LIST_BEFORE.search(self._norm, 0, number.start - len("不予公开")) is not None
        ):
            return []  # 主动公开36件、依申请公开436件、不予公开43件: documents by attribute (rule 67)
        if (
            found is not None
            and self._norm[number.start - 1 : number.start] in ("开", "的")
            and _ATTRIBUTE_IN_DOCUMENTS_BRACKET.search(self._norm, max(0, number.start - 64), number.start)
        ):
            return []  # 发布文件15份（不予公开7份，依申请公开5份）: documents by attribute (rules 63 and 74)
        if (
            found is not None
            and prefix.removeprefix("其中") in _LISTED_ITEMS.get(found[0].code, ())
            and (before := _ITEM_COUNT_BEFORE.search(self._norm, 0, lo)) is not None
            and not _REQUEST_WORDS.search(before.group())
            and not self._counted_applications(here)
        ):
            # …公开政府信息的情况221条，依申请公开0件，向…移送文件29份; 镇街公告8条，公开部门文件0件，
            # 答复行政复议、行政诉讼0件 (rounds 18 and 19, rules 34 and 35): one more item of a list of
            # published or handled items right after another one's count (not after the proactive count,
            # rule 28's, nor after the requests were counted: 收到…11件，其中：主动公开1件，依申请公开4件),
            # no figure
            return []
        if (
            found is not None
            and found[0].code == RECEIVED_METRIC
            and prefix.removeprefix("其中") == _BARE_DISCLOSURE
            and _GRANTED_PARTS_OPEN.search(self._norm, max(0, lo - 40), lo) is not None
        ):
            # 予以公开3件（主动公开1件，依申请公开2件） (round 23's test half, CONVENTIONS.md rule 39): the
            # parts inside a granted count's parenthesis, no figure (granted 3 alone)
            return []
        if (
            found is not None
            and found[0].code == FORWARD_METRIC
            and prefix.startswith(_NOT_YET, found[1])
            and any(c.metric == HANDLED_METRIC for c in here)
        ):
            # 办理4件，尚未办理2件: after the handled count, the negation scope rule (no figure); the old
            # template's zero list names it first (尚未办理0件，已经办理了0件: round 28's test half,
            # CONVENTIONS.md rule 44), the carry-forward
            return []
        negated = self._negated_predicate(prefix, found)
        if (
            negated is not None
            and not number.value
            and found is not None
            and found[0].code == RECEIVED_METRIC
            and negated in ("未", "没有")
            and found[2] == len(prefix)
        ):
            # 街道本级未收到政府信息公开申请0件 (round 59's test half, CONVENTIONS.md rule 75, rule 54): a
            # negated receipt fused with a printed zero right after its noun, one figure, the 0 (a count that
            # is not 0 stays the negation scope rule's no figure)
            negated = None
        if negated is not None:
            if negated.startswith("不"):
                return []  # 不予受理4件 (an outcome row no template has: rule 25), never the reason after it
            return self._reason_after_negation(sentence, number, unit, after_unit)
        # The point's heading run into its text (（二）收到和处理政府信息公开申请情况 本年度依申请公开政府
        # 信息共2项: round 24's test half): the heading's verbs name the point, the count's own words after
        # it name the requests with no verb: received alone, not rule 2's two verbs over one count
        heading = (
            found is not None
            and found[0].code == RECEIVED_METRIC
            and prefix.startswith("情况", found[2])
            and (own := _NO_VERB_COUNT.search(prefix, found[2])) is not None
            and not _ANY_VERB.search(prefix, found[2], own.start())
        )
        if (
            found
            and found[0].code == HANDLED_METRIC
            and _PART_OPENS_PARENTHESIS.search(prefix)
            and (forward := self._subject_after(sentence, number.end + len(unit))) is not None
            and forward.code == FORWARD_METRIC
        ):
            # …进行答复办结（其中1件结转下年度继续办理） (round 35's tuning half, CONVENTIONS.md rule
            # 51): a part in parentheses right after the handling verb, named by the words after its count:
            # carried forward
            found = (forward, len(prefix), len(prefix))
        if found:
            metric, cue_start, cue_end = found
            own_text = prefix[:cue_start] + prefix[cue_end:]  # 上年 in 上年结转 is the metric, not a year
            if (
                metric.code == HANDLED_METRIC
                and _HANDLING_FIRST.match(prefix, cue_start)
                and _RECEIVING_RIGHT_BEFORE.search(prefix, 0, cue_start)
            ):
                # 受理办理依申请公开2件 (two verbs fused, no conjunction: CONVENTIONS.md rule 25): rule 2's
                # one count, two verbs, received and handled
                metric, listed = self.vocabulary.metrics[RECEIVED_METRIC], True
            elif metric.code == HANDLED_METRIC and _RECEIVED_NOUN_AND_HANDLED.search(prefix):
                # 收到信息公开申请并答复件0件 (round 60's tuning half, CONVENTIONS.md rule 76, rule 2): the
                # requests' noun between the receiving verb and 并 with the handling verb: both
                metric, listed = self.vocabulary.metrics[RECEIVED_METRIC], True
            elif metric.code == HANDLED_METRIC and (
                _RECEIVED_THEN_HANDLED.search(prefix)
                or _HANDLING_FIRST.match(prefix, cue_start)
                and (governs := _RECEIVING_BEFORE.search(prefix, 0, cue_start)) is not None
                and "、" not in governs.group()
            ):
                # 接收依申请信息公开办理52件; 收到依法处理依申请公开29件 (round 3: a receiving verb earlier in
                # the clause governs the count): the received, handled a reading (a list of verbs,
                # 受理、办理、答复…2件, is rule 2's, below)
                metric, extra = self.vocabulary.metrics[RECEIVED_METRIC], (HANDLED_METRIC,)
            elif metric.code == HANDLED_METRIC and _NEW_REQUESTS_AFTER_COUNT.match(sentence.norm, after_unit):
                # 全年共办理13件新收政府信息公开申请 (round 57's test half, CONVENTIONS.md rules 2 and 73):
                # the handling verb before the count, the new receipt's row word 新收 inside the requests'
                # noun after it: one count with both senses, received and handled
                metric, listed = self.vocabulary.metrics[RECEIVED_METRIC], True
            elif (
                metric.code == RECEIVED_METRIC
                and prefix.removeprefix("其中").removeprefix("全年") == _BARE_DISCLOSURE
                and (
                    prefix.removeprefix("其中") == _BARE_DISCLOSURE
                    and (
                        self._counted_applications(here)
                        or self._counted_applications(self.before)
                        or _PROACTIVE_BEFORE.search(sentence.norm, 0, lo) is not None
                        # (…主动公开政府信息0条，依申请公开0件，规章0条: round 52's tuning half, rule 68)
                        or _PROACTIVE_RIGHT_BEFORE.search(sentence.norm, 0, lo) is not None
                        and _ITEM_KINDS_AFTER.match(sentence.norm, after_unit) is not None
                    )
                    or (prefix.startswith("全年") or sentence.norm[lo - 1 : lo] in ("；", ";"))
                    and _PROACTIVE_COUNTS_BEFORE.search(sentence.norm, 0, lo) is not None
                )
            ):
                # (…主动向社会公开信息11489条，依申请公开8件: right after the proactive count under the
                # same verb 公开, with no requests' count, round 14's test half: rule 28's information
                # disclosed on request)
                # 收到和处理…申请19件。依申请公开16件 (round 11's tuning half): after the requests were
                # counted, the bare words "disclosed on request" starting the clause count an outcome: granted
                metric = self.vocabulary.metrics[GRANTED_METRIC]
            elif metric.code in (HANDLED_METRIC, RECEIVED_METRIC) and "、" in prefix:
                verbs = _VERB_LIST.search(prefix, 0, cue_end)
                if verbs is not None and verbs.end() >= cue_start:
                    metric, listed = self.vocabulary.metrics[RECEIVED_METRIC], True
        elif number.value == 0 and "、" in prefix and self._request_work_items(prefix):
            metric, own_text = self.vocabulary.metrics[RECEIVED_METRIC], prefix  # …其他工作共计0条
        elif _UNDERTAKEN_COUNT.search(prefix) and not _ANY_VERB.search(prefix):
            metric, own_text = self.vocabulary.metrics[HANDLED_METRIC], prefix  # 共承办依申请公开…事项14件
        elif (
            (no_verb := _NO_VERB_COUNT.search(prefix))
            and not _ANY_VERB.search(prefix)
            and (
                unit not in _ITEM_UNITS
                or _COUNT_OF_REQUESTS_NOUN.fullmatch(no_verb.group())
                or _HEADS_REQUESTS.match(sentence.norm, after_unit)
            )
        ):
            metric, own_text = self.vocabulary.metrics[RECEIVED_METRIC], prefix  # 依申请公开政府信息共4件
            # (依申请公开信息43条 in 条 where what follows makes the items requests: their outcomes after
            # 其中, 均为…申请: rules 18 and 29, round 15)
            # (依申请公开数量为1条 names the requests' number itself: applications, whatever the unit)
            if (
                not self._in_applications(sentence)
                and not _COUNT_OF_REQUESTS_NOUN.fullmatch(no_verb.group())
                and not no_verb.group().startswith("依申请公开请求")  # (the requests named: round 14)
                and not _HEADS_REQUESTS.match(sentence.norm, after_unit)  # (what follows names them requests)
            ):
                return []
        elif _VERB_BEFORE_COUNT.search(prefix) and (
            (noun := _NOUN_AFTER_COUNT.match(sentence.norm, after_unit))
            or _noun_cut_after(sentence.norm, after_unit)
        ):
            metric, own_text = self.vocabulary.metrics[RECEIVED_METRIC], prefix  # 共受理2件依申请公开
            # 全年收到和办理10件依申请公开信息 (round 33's tuning half, CONVENTIONS.md rule 49): two
            # verbs over the one count before the requests' noun, received and handled (rule 2), unless the
            # paragraph sends some to next year (round 3's received alone, as _TWO_VERBS with 和)
            listed = _TWO_VERBS_BEFORE_COUNT.search(prefix) is not None and not self._sends_some
            if _EACH_TIME.search(prefix):
                return []  # 每收到1件…申请 (round 23's test half, rule 39): a rule of handling, no count
            if noun and noun.group(1) and ("其中" in prefix or self._counted_applications(here)):
                return []  # 其中接到2件信函形式的申请: one channel's part
            # (a noun cut where the text stops names the requests itself: 共收到3次政府信息公|)
            if not self._in_applications(sentence) and not _noun_cut_after(sentence.norm, after_unit):
                return []
            if self._handled_after(after_unit):
                extra = (HANDLED_METRIC,)  # 本年受理的37件申请件已…予以答复: received, or the answered
        elif _EXISTS_BEFORE_COUNT.search(prefix) and _EXISTING_REQUESTS.match(sentence.norm, after_unit):
            # 2025年度有1件依申请公开信息。 (round 13's test half, spent): the existence verb 有, the
            # requests' noun closing the clause: rule 18's count without a receiving verb, the received
            metric, own_text = self.vocabulary.metrics[RECEIVED_METRIC], prefix
        elif (
            _PERIOD_BEFORE_COUNT.search(prefix)
            and _BARE_REQUESTS_DONE.match(sentence.norm, after_unit)
            and self._in_applications(sentence)
        ):
            # 2021年42条依申请都及时完成 (round 39's tuning half, CONVENTIONS.md rule 55): no receiving verb,
            # the bare noun after the count, all of them completed: the handled
            metric, own_text = self.vocabulary.metrics[HANDLED_METRIC], prefix
        elif _HANDLED_BEFORE_COUNT.search(prefix) and _HANDLED_AFTER_COUNT.match(sentence.norm, after_unit):
            metric, own_text = self.vocabulary.metrics[HANDLED_METRIC], prefix
        elif (
            _HANDLING_BEFORE_COUNT.search(prefix)
            and not _RECEIVING_IN.search(prefix)
            and _NOUN_AFTER_COUNT.match(sentence.norm, after_unit)
            and self._in_applications(sentence)
        ):
            # 按时办理3件依申请公开 (round 28's tuning half, CONVENTIONS.md rule 44): a handling verb before
            # the count and the requests' noun after it, as 共受理2件依申请公开 is the received
            metric, own_text = self.vocabulary.metrics[HANDLED_METRIC], prefix
        elif _OBJECT_OF_HANDLING.search(prefix) and _HANDLING_AFTER_OBJECT.match(sentence.norm, after_unit):
            # 对这1件申请事项进行了依法办理 (round 9)
            metric, own_text = self.vocabulary.metrics[HANDLED_METRIC], prefix
        elif (after := self._subject_after(sentence, number.end + len(unit))) is not None:
            metric, own_text = after, prefix  # 另有2件结转下年度; 6件为“本机关不掌握相关政府信息”
            if (
                metric.is_outcome
                and not prefix
                and _ALL_AFTER_COUNT.match(sentence.norm, after_unit)
                and self._restates_the_requests(number, here)
            ):
                # 接到…申请8起，8起均予以公开 (round 66's tuning half, CONVENTIONS.md rule 82, rule 25): the
                # requests' count restated to open its clause, an outcome said of all of them with 均: the
                # all-answered claim, no outcome figure (其中8件均予以公开, or another count, still the
                # outcome's; the restated count before 均按时答复 still the handled, rule 75)
                return []
            if metric.family == "applications" and not self._in_applications(sentence):
                return []
        elif prefix in ("", "其中") and self._part_before_all(after_unit, here):
            # …申请2件，1件为申请公开消防相关信息，1件为…，均不属于我局职责范围，我局不掌握相关政府信息 (round
            # 34's tuning half, CONVENTIONS.md rule 50): a reason said of all the requests, no outcome figure;
            # the parts are the applications' ("all answered" said of them, rule 4)
            self._members_here.add(number.start)
            return []
        elif prefix in ("", "其中") and (outcome := self._outcome_of_the_clause(after_unit, here)):
            metric, own_text = outcome, prefix  # 其中2件公开，1件经…同意对答复内容不予公开 (round 10)
        elif (
            (
                self.proceeding is None
                or self._inherited
                and (
                    self._counted_applications(here)
                    or self._part_of_those_before(prefix)
                    or number.value == 0
                    and self._requests_noun_after_count(prefix, after_unit)
                )
                or self._rest_after_a_proceeding_part(number.start, prefix, here)
            )
            and (
                self._counted_applications(here)
                or self._part_of_those_before(prefix)
                or (not prefix or prefix in _RESTATED)
                and self._counted_applications(self.before)
                # …收到政府信息公开申请2件，…。全部2件申请均按期答复 (round 67's tuning half,
                # CONVENTIONS.md rule 83, rule 75's restated count with 全部 before it): the words for all the
                # requests before the count the sentence before gave, restated as printed, opening the
                # sentence: the handled (another count after 全部 is no restatement, no figure)
                or prefix in _ALL_BEFORE_RESTATED
                and self._restates_the_requests(number, self.before)
            )
            and self._handled_after(after_unit)
            and not self._rest_after_parts(sentence, number.start, prefix)
            and not self._sibling_part_after(sentence, after_unit)
            and not self._is_part(self._norm[after_unit : self._clause_end(after_unit)], here)
        ):
            # 受理的226件申请件其中224件申请已按规定…予以答复: of the applications counted, those handled;
            # a proceeding named only in a sentence before (the report's contents, 行政复议和诉讼情况) is no
            # context once this sentence counted the applications (…共收到依申请公开20件，…，19件已按照…进行了
            # 答复: round 25's tuning half, CONVENTIONS.md rule 41);
            # counted in the sentence before, the count starting its clause (…申请5件。经核查办理，5件申请均在
            # 法定期限内办结: round 14's tuning half), or after 其中, a proceeding in the contents before
            # then no context either (…申请315件，…。其中298件按时办结，17件结转下年度办理: round 28's
            # tuning half, CONVENTIONS.md rule 44);
            # not one member of a list of parts (其中2件按规定程序办结，6件为“本机关不掌握…”: one outcome of
            # several), nor the rest after parts listed after 其中 (其中…8件，…1件，其余5件均…予以答复: round
            # 15's tuning half, rule 27: an answer said of a part)
            metric, own_text = self.vocabulary.metrics[HANDLED_METRIC], prefix
            if prefix in _ALL_THE_REQUESTS and self._sentence_sums_received_and_carried(number, here):
                # …新收到…申请251件，…上年结转…申请1件，全部252件均按期办理完毕 (round 30's test half,
                # CONVENTIONS.md rule 46): the sum of the received and the carry-over counted before, all of
                # them handled: the total (rule 42), "all handled" said of it
                metric = self.vocabulary.metrics[TOTAL_METRIC]
        elif (
            _BARE_OTHER.fullmatch(prefix)
            and bool(here)
            and self.vocabulary.metrics[here[-1].metric].is_outcome
            and here[-1].claim_no not in self._disclosed  # (…依申请公开信息数0条，…其他类54条: no list)
            and not here[-1].implicit
        ):
            # 予以公开0件，部分公开1件，无法提供3件，其他0件: a bare 其他 closing a list of outcomes is the
            # row 其他处理
            metric, own_text = self.vocabulary.metrics[OTHER_HANDLING_METRIC], prefix
        elif (
            _OTHER_CASES.fullmatch(prefix)
            and bool(here)
            and self.vocabulary.metrics[here[-1].metric].is_outcome
            and not here[-1].implicit
            and sum(1 for c in here if self.vocabulary.metrics[c.metric].is_outcome and not c.implicit) >= 2
        ):
            # 其中予以公开的申请4件，部分予以公开4件，无法提供的信息4件（…），其他情况1件 (round 41's
            # tuning half, CONVENTIONS.md rule 57): 其他情况 closing a list of two outcomes or more is the
            # row 其他处理 (after one outcome only, …不掌握相关政府信息0件，其他情况0件: no figure, rule 50)
            metric, own_text = self.vocabulary.metrics[OTHER_HANDLING_METRIC], prefix
        elif prefix in {"共", "共计", "合计", "总计"} and self._channels_add_up(number):
            # 共收到群众网上申请105件，快递17件，合计122件 (round 56's tuning half, CONVENTIONS.md rule 72, as
            # rule 61's 网上申请及书面申请共31件): one receiving verb over channels' counts (no figure, rule
            # 10), then their total: the received
            metric, own_text = self.vocabulary.metrics[RECEIVED_METRIC], prefix
        else:
            bare = prefix.removeprefix("其中").removeprefix("全年")
            if not (
                bare in {"共", "共计", "合计", "总计"}
                and any(c.metric in TOTAL_PARTS for c in here)
                or _BARE_RECEIVING.fullmatch(bare)
                and self._sentence_sums_received_and_carried(number, here)
            ):
                # (收到…19件，上年结转…9件，受理28件 (round 25's test half, CONVENTIONS.md rule 41): the bare
                # receiving verb over the sum of the received and the carry-over counted before: the total)
                if _APPLICANT_TYPE_PART.fullmatch(bare) and self._all_received(number, here):
                    # …收到政府信息公开申请4件，…。当年新收申请中，自然人提交申请4件，均按期答复 (round 30's
                    # tuning half, CONVENTIONS.md rule 4): one applicant type that is every request received,
                    # no figure itself; "all answered" said of it is the applications'
                    self._members_here.add(number.start)
                return []
            metric, own_text = self.vocabulary.metrics[TOTAL_METRIC], prefix
        if (
            found
            and metric.is_outcome
            and (reason := self._one_reason_of_all(after_unit, metric)) is not None
        ):
            # 不予公开7件（均属于行政查询事项）: the finest row (CONVENTIONS.md rule 7, round 13), the
            # parent row a reading (its count is the same: round 3 read 无法提供8件（均属于本机关不掌握的
            # 信息） as the parent)
            metric, extra = reason, (*extra, metric.code)
        if unit not in metric.units:
            return []
        if (
            metric.code == HANDLED_METRIC
            and _BARE_VERB.fullmatch(prefix)
            and self._after_something_else(number)
        ):
            return []  # 受理行政许可申请1200件，办结1200件: the handled of that something else
        total_of_proceeding = found and metric.family == "proceedings" and metric.outcome == "total"
        if (
            total_of_proceeding
            and not _PROCEEDING_LINK.fullmatch(prefix, cue_end)
            # 发生因政府环境信息公开申请行政复议情况1件 (round 55's tuning half, CONVENTIONS.md rule 71, as
            # rule 39's 发生行政复议 N 件): 情况 right before the count, 发生 or 出现 before the proceeding
            # (not 行政复议情况1件 with no such verb: round 38's near miss, no figure)
            and not (
                _CASES_RIGHT_BEFORE.fullmatch(prefix, cue_end) and _OCCURRED.search(prefix, 0, cue_start)
            )
            and not (
                metric.proceeding == "review_and_litigation"
                and prefix.endswith("情况")
                and _CASES_RIGHT_BEFORE.fullmatch(prefix, cue_end)
                and _DISCLOSURE_HEADING_BEFORE.search(prefix, 0, cue_start)
            )
        ):
            return []  # 诉讼驳回起诉1件: a predicate after the proceeding, the count is not its total
        if metric.family != "free" and "被" not in prefix and self._no_row(prefix):
            # “属于已主动公开答复数”5件; 2件由申请人撤回; 申请人撤销复议申请1件: no row of the tables (a
            # body's decision revoked, 被…撤销, is a proceeding's outcome)
            return []
        if metric.family == "applications" and _DISCLOSURE_TYPE_RATE.search(sentence.norm):
            return []  # 依申请公开率29.3%（依申请公开24件）: documents by disclosure type (rule 49)
        if metric.family == "proceedings" and _OVER_OTHER_ACTS.search(prefix):
            return []  # 因具体行政行为被提起行政诉讼2起: lawsuits over other acts (rule 49)
        if metric.is_outcome and _PART_HANDLED_AFTER.match(self._norm, self._clause_end(after_unit)):
            return []  # 2件属于内部事务信息，已办理完结: an outcome with no row named (rule 50)
        if (
            metric.anchor
            and _ONE_CHANNEL_WORD.search(prefix)
            and _CUT_AFTER_COUNT.fullmatch(self._norm, after_unit) is not None
        ):
            # 全年共受理网上政府信息公开申请190件，已答| (round 34's tuning half, CONVENTIONS.md rules 47
            # and 50): a channel's count with the stored text cut right after it, the other channels or the
            # total maybe cut off: no figure
            return []
        if (
            metric.code == HANDLED_METRIC
            and _ANSWERED_PUBLICLY.search(prefix)
            and _MESSAGES.search(sentence.norm, 0, lo)
        ):
            return []  # 接收留言89条、处理留言89条、公开答复8: messages answered publicly (rule 50)
        if (
            metric.family == "applications"
            and not metric.is_outcome
            and _OUTCOME_GLUED_AFTER_UNIT.match(self._norm, after_unit)
        ):
            return []  # 上年结转…申请数量11件部分公开: a count glued to an outcome, no figure (rule 85)
        if metric.family == "applications" and _HELPING_OTHERS.search(prefix):
            return []  # 协助区政府办理政府信息公开申请1宗: another office's requests (rule 50)
        if metric.code == GRANTED_METRIC and _PUBLISHED_AFTER_DOCUMENTS.search(
            sentence.norm, max(0, number.start - 24), number.start
        ):
            return []  # 公文类信息共发文37个，已公开37个: documents issued and published (rule 75)
        if (
            metric.family == "applications"
            and _DOCUMENTS_BY_ATTRIBUTE.search(sentence.norm)
            and not re.search(_RECEIVING_VERB, prefix)
        ):
            return []  # 制发文件总数130件，其中94件主动公开，3件依申请公开: documents (rule 50)
        if metric.anchor and part:
            return []  # 其中：受理当面申请1件; 自然人申请10件: a channel or applicant type, no metric
        if metric.anchor and _LEVEL_PART.match(prefix) and self._counted_applications(here):
            # …高新区受理政府信息公开申请38件，…；区级收到依申请36件 (round 30's tuning half,
            # CONVENTIONS.md rule 46): one level of the reporting area after its total, a part, no figure
            return []
        if metric.anchor and self._one_member_of_several(prefix, number.start, after_unit):
            self._members_here.add(number.start)
            return []  # 收到自然人申请3件，法人或其他组织申请2件: one applicant type's part, no total
        if metric.anchor and self._one_member_named_after(after_unit):
            # 共新收125件涉自然人案件，2件涉企业，7件涉及集体 (round 63's tuning half, CONVENTIONS.md rule 79,
            # rules 10 and 11): one applicant type's part, named after the count, no total
            self._members_here.add(number.start)
            return []
        if metric.anchor and number.value == 0 and self._one_channel(prefix):
            # 收到网上提交依申请公开信息0件 (round 11's tuning half): none by one channel says nothing of the
            # others, as a negated receiving of one channel (rule 24)
            return []
        if metric.anchor and self._adds_up_to_a_total(number):
            return []  # 受理公民申请3件、法人申请1件，共4件: a part of the total printed after it
        if metric.anchor and self._body_part(lo, prefix, here):
            return []  # 其中，县级政府受理…6件: one body's part of the applications counted before
        if metric.family == "applications" and len(set(_PART_SUBJECT.findall(sentence.norm))) > 1:
            # 政府新收…；部门新收…: parts, not the report's figures; a count before the first of them
            # (全年共收到申请5件，其中，区政府收到3件，部门收到2件: round 8's probes) is the year's
            first = _PART_SUBJECT.search(sentence.norm)
            if first is None or first.start() < number.start:
                return []
        if (
            metric.family == "applications"
            and metric.code != "applications_carried_forward"
            and len(set(_CHANNEL_PART.findall(sentence.norm))) > 1
            and not _TOTAL_WORD.search(sentence.norm)
        ):
            # 受理线上…申请28件，依法办结25件: one channel's counts, no total printed; "all handled" said of
            # them all after (…通过来信渠道收到申请2件，上述申请均…予以处理: round 33's tuning half) still the
            # applications' (rule 4)
            self._members_here.add(number.start)
            return []
        if metric.code == FORWARD_METRIC and self._into_own_year(
            _CARRIED_FROM_INTO, sentence.norm, number.start
        ):
            # 包括2023年结转2024年政府信息公开申请4件 in a 2024 report (round 32's test half,
            # CONVENTIONS.md rule 48): carried from the year before into the report's own year, both
            # named: the carry-over (a target year alone, 结转到2024年办理0件 in a 2024 report, stays the
            # carry-forward: rounds 6 and 10)
            metric = self.vocabulary.metrics[CARRIED_OVER_METRIC]
        if (
            metric.code == FORWARD_METRIC
            and self.report_year is not None
            and (source := _CARRIED_FROM_YEAR_BEFORE.search(sentence.norm, 0, number.start)) is not None
            and int(source.group(1)) == self.report_year - 1
        ):
            # 结转2021年1件 in a 2022 report (round 52's test half, CONVENTIONS.md rule 68): the carry-over
            metric = self.vocabulary.metrics[CARRIED_OVER_METRIC]
        if metric.code == HANDLED_METRIC and self._into_own_year(
            _TRANSFERRED_INTO, sentence.norm, number.start
        ):
            # 办结10件（含2024年转入2025年办结2件） in a 2025 report (round 57's test half, CONVENTIONS.md
            # rules 3 and 73): 转入, moved from the year before into the report's own year, both named, the
            # carry-over (as 2023年结转2024年 above; 转入 a year that is not the report's stays what its verb
            # says)
            metric = self.vocabulary.metrics[CARRIED_OVER_METRIC]
        if (
            metric.family == "applications"
            and metric.code != FORWARD_METRIC
            and self.report_year is not None
            and (into := _INTO_YEAR_BEFORE.search(self._norm, max(0, lo - 6), number.start)) is not None
            and int(into.group(1)) == self.report_year + 1
        ):
            # 2026年结转依申请公开事项1件 in a 2025 report (rule 60): carried into the next year
            metric, own_text = self.vocabulary.metrics[FORWARD_METRIC], prefix
        # A carry-over is of an earlier year by definition (含2022年结转的3件 in a 2023 report).
        if metric.code not in TOTAL_PARTS and self._earlier_year(sentence, number.start, own_text)[0]:
            return []
        if (
            metric.code == DUPLICATE_METRIC
            and _in_parenthesis(self._norm, number.start)
            and _DUPLICATE_PART.search(self._norm, number.end) is not None
        ):
            # 共收到7条…申请（其中重复申请1条），…已办结7条（其中重复申请1条），…共办结10条（其中重复申请3条）
            # (round 35's tuning half, CONVENTIONS.md rule 51): duplicates in parentheses inside every count,
            # recorded once, from the last (the year's total)
            return []
        # the last claim outside a parenthesis, for a count outside one (an outcome inside a parenthesis is a
        # part of the count before it: …申请（其中重复申请1条），已办结7条, round 35's tuning half, rule 51)
        last = here[-1] if here else None
        if here and not _in_parenthesis(self._norm, number.start):
            outside = (c for c in reversed(here) if not _in_parenthesis(self._norm, self._at[c.claim_no]))
            last = next(outside, None)
        after_outcome = last is not None and self.vocabulary.metrics[last.metric].is_outcome
        if (
            metric.anchor
            and after_outcome
            and not _TOTAL_WORD.search(prefix)
            and not (metric.code == HANDLED_METRIC and self._sum_of_outcomes_received(number, here))
        ):
            return []  # 予以公开2件、…依规答复8件: one more outcome of the list, not the total answered
        if (
            found
            and unit in _ITEM_UNITS
            and prefix[cue_start:cue_end].startswith("依申请公开")
            and not _RECEIVING_BEFORE.search(prefix, 0, cue_start)
        ):
            # 依申请公开176条: information items disclosed on request, not applications; after a receiving
            # verb (平台受理群众依申请公开0条: rule 22) the applications
            return []
        members = (self.vocabulary.each or {}).get(metric.code)
        if members and prefix.endswith("各"):
            # 行政复议、行政诉讼各1件: each of them one, not both together
            return [self._count_claim(sentence, number, m) for m in members]
        if metric.anchor and self._part_in_parenthesis(number.start, here):
            return []  # 共收到…1521宗（含区规划资源分局收到申请1187宗）: a part of the count before, no row
        if metric.family == "proceedings" and metric.outcome not in (None, "total"):
            named_here = _REVIEW_OR_LAWSUIT.search(prefix) is not None
            metric = self._proceeding_with_cases(metric, number, here, named_here)
            if metric is None:
                return []  # outcomes counted where no proceeding named had any case
            if metric.proceeding == DIRECT_LAWSUITS and self._kind_as_part(here):
                # 行政诉讼2件，其中未经复议直接起诉1件，结果维持1件，复议后起诉1件，… (round 15's test half):
                # the survey records no outcome of the direct lawsuits counted as a part of the lawsuits (a
                # case its surveyors left to the lead); counted as the proceeding itself (未经复议直接提起行政
                # 诉讼2件… 其中，结果纠正1件: 2021_laiwu) they are read
                return []
        if metric.family == "proceedings" and metric.outcome == "total":
            metric = self._kind_after(number.end + len(unit), metric)
            outcome = self._outcome_after(sentence, number.end + len(unit), metric)
            if found and _CARRIED_BEFORE.search(prefix, 0, found[1]):
                # 结转起诉案件2件，结果维持 (round 25's tuning half, CONVENTIONS.md rule 41): cases carried
                # from an earlier year, no total of the year's; the outcome said of them all is read
                return [] if outcome is None else [self._emit(sentence, number, outcome, "count")]
            if outcome is not None:  # 行政复议1件，结果维持: the total, and the outcome of all of them
                total = self._emit(sentence, number, metric, "count")
                return [total, self._emit(sentence, number, outcome, "count", refers_to=total)]
        readings = metric.readings
        if found and metric.exact_cues is not None and metric.exact_cues.search(prefix[cue_start:cue_end]):
            readings = ()  # 新收: new applications only
        elif metric.code == RECEIVED_METRIC and self._subset_of_received(lo, prefix, here):
            return []  # 共收到申请50件，其中县本级收到申请10件: a part of the received, not the year's
        if (
            found
            and metric.code == RECEIVED_METRIC
            and _FUSED_VERBS.search(prefix)
            and not extra
            and not heading
        ):
            extra = (
                *extra,
                HANDLED_METRIC,
            )  # 收到和办理, 接收处理, 受理答复…N件: handled is one more reading
        claim = self._emit(sentence, number, metric, "count", alt_metrics=readings + extra)
        if metric.code == RECEIVED_METRIC and self._all_carried_forward(number.end + len(unit)):
            # 共收到政府信息公开申请1件，已结转至2026年…办结 (round 15's test half): all of them sent to next
            # year, the count just stated the carry-forward too (rule 26's 结转到 with a year)
            forward = self.vocabulary.metrics[FORWARD_METRIC]
            return [claim, self._emit(sentence, number, forward, "count", refers_to=claim)]
        two = (
            _TWO_VERBS.search(prefix, 0, cue_end)
            if found and metric.code == RECEIVED_METRIC and not heading
            else None
        )
        fused = _FUSED_PAIR.search(prefix, cue_start, cue_end) if found and not two and not heading else None
        if not fused and found and metric.code == RECEIVED_METRIC and not two and not heading:
            fused = _RECEIVE_AND_DEAL.search(prefix, 0, cue_start) or _RECEIVE_AND_HANDLE_FUSED.match(
                prefix, cue_start
            )
        if (
            listed
            or fused
            or two
            and (
                two.start() >= cue_start
                or "并" in two.group()
                or prefix[two.end() : cue_start] in _NOUN_LEADS
                and not self._sends_some
            )
        ):
            # 收到并办理…24件: one count, two verbs (CONVENTIONS.md rule 2): received and handled; joined by
            # 并, the verbs may stand before the cue that names the count (收到并妥善处理依申请公开信息13件).
            # Joined by 和 right before the words naming the count (收到和处理依申请公开28件: round 12's test
            # half, spent), both, unless the paragraph sends some to next year: then not every one received
            # was handled (收到和办理依申请公开9件…结转至下一年度办理2件: received alone, round 3);
            # 转下一年办理0件 sends none (round 18's test half).
            handled = self.vocabulary.metrics[HANDLED_METRIC]
            return [claim, self._emit(sentence, number, handled, "count", refers_to=claim)]
        return [claim]

    def _negated_predicate(self, prefix: str, found: tuple[Metric, int, int] | None) -> str | None:
        """The negator of the predicate naming the count, if it is negated (the negation scope rule above):
        before the cue found, or with no cue, before a verb of any class right before the count (未受理2件
        依申请公开, 未回复1件)."""
        # (each looked for in the few characters it can span, not scanned from the clause's start)
        if found is not None:
            if found[0].family != "applications":
                return None
            at = found[1]
        else:
            verb = _PREDICATE_BEFORE_COUNT.search(prefix, max(0, len(prefix) - _VERB_SPAN))
            if verb is None:
                return None
            at = verb.start()
        negator = _NEGATOR_BEFORE.search(prefix, max(0, at - _NEGATOR_SPAN), at)
        return negator.group() if negator is not None else None

    def _reason_after_negation(
        self, sentence: Sentence, number: _Number, unit: str, after_unit: int
    ) -> list[Claim]:
        """A negated predicate's count: no figure, unless an outcome row is named right after it as its
        reason (未答复1件，属于三类内部事务信息: CONVENTIONS.md rule 25, that finest row)."""
        if not _SEPARATOR.match(self._norm, after_unit):
            return []
        after = self._subject_after(sentence, after_unit + 1)
        if after is None or not after.is_outcome or unit not in after.units:
            return []
        if not self._in_applications(sentence):
            return []
        return [self._emit(sentence, number, after, "count")]

    def _part_in_parenthesis(self, at: int, here: list[Claim]) -> bool:
        """Whether the count at `at` is inside a parenthesis opened by 含/包括/其中 right after a count of the
        applications (its parts: another body's, a channel's); a carry-over there is read (rule 3)."""
        norm = self._norm
        if not _in_parenthesis(norm, at) or not self._counted_applications(here):
            return False
        opened = max(norm.rfind("（", 0, at), norm.rfind("(", 0, at))
        return norm.startswith(("含", "包括", "包含", "其中"), opened + 1)

    def _proceeding_with_cases(
        self, metric: Metric, number: _Number, here: list[Claim], named_here: bool
    ) -> Metric | None:
        """The proceeding an outcome count belongs to, decided among the proceedings counted with cases: the
        one named in context, unless its own count is 0 (行政复议案件10件，行政诉讼案件0件，结果维持2件: the
        reviews'), then the last other one named with cases; None when there is none. An outcome naming no
        proceeding of its own after 其中, where the sentence counted a review and a lawsuit side by side, both
        with cases (被行政复议2宗、行政诉讼1宗，其中2宗维持原答复: round 14's tuning half), is both's; with
        one of them 0 (行政复议5宗、行政诉讼0宗，其中2宗维持原答复: round 15's tuning half) the other's."""
        counted_here = self._proceeding_totals(here)
        totals = self._proceeding_totals(self.before) + counted_here
        if not named_here:
            with_cases: dict[str, int] = {}
            for c in counted_here:
                if c.value > 0 and c.claim_no in self._at:
                    with_cases[self.vocabulary.metrics[c.metric].proceeding or ""] = self._at[c.claim_no]
            if "review" in with_cases and "litigation" in with_cases:
                first, last = sorted((with_cases["review"], with_cases["litigation"]))
                if (
                    _BOTH_LISTED.fullmatch(self._norm, first, last)
                    and "其中" in self._norm[last : number.start]
                ):
                    # 其中行政复议结果维持5件，尚未审结1件，行政诉讼结果维持3件 (round 47's tuning half,
                    # CONVENTIONS.md rule 63): the outcomes after 其中 named by their proceeding, an unnamed
                    # one is the last named one's
                    parts = self._norm[self._norm.rfind("其中", last, number.start) : number.start]
                    review_at, lawsuit_at = parts.rfind("复议"), parts.rfind("诉讼")
                    if review_at >= 0 or lawsuit_at >= 0:
                        named = "review" if review_at > lawsuit_at else "litigation"
                        return self.vocabulary.by_proceeding(named, metric.outcome or "")
                    return self.vocabulary.by_proceeding("review_and_litigation", metric.outcome or "")
                # (行政复议4件，其中3件维持…；发生行政诉讼4件，其中…: each its own outcomes)
        if number.value == 0:
            return metric
        own = next((c for c in reversed(totals) if c.metric.startswith(metric.proceeding or "")), None)
        if own is None or own.value != 0:
            return metric
        for claim in reversed(totals):
            other = self.vocabulary.metrics[claim.metric]
            if claim.value > 0 and other.proceeding != metric.proceeding:
                return self.vocabulary.by_proceeding(other.proceeding or "", metric.outcome or "")
        return None

    def _after_proceeding_count(self, sentence: Sentence) -> bool:
        """Whether the last claim read is a proceeding's count of this sentence (被申请行政复议9件(含…);
        收到行政复议3条，其中…): what follows it in the sentence may be that proceeding's own."""
        last = self.claims[-1] if self.claims else None
        return (
            last is not None
            and last.sentence == sentence.text
            and not last.implicit
            and self.vocabulary.metrics[last.metric].family == "proceedings"
        )

    def _proceeding_totals(self, claims: list[Claim]) -> list[Claim]:
        """The proceedings' totals counted with a number among `claims`."""
        return [
            c
            for c in claims
            if c.claim_kind == "count"
            and not c.implicit
            and self.vocabulary.metrics[c.metric].outcome == "total"
        ]

    def _all_carried_forward(self, at: int) -> bool:
        """Whether the clause after a count at `at` says, with no number, that it was all sent to the next
        year (，已结转至2026年…; ，均转至下一年度办理)."""
        found = _ALL_TO_NEXT_YEAR.match(self._norm, at)
        if found is None or _NUMBER.search(self._norm, found.end(), self._clause_end(at + 1)):
            return False
        year = found.group(1) or found.group(2)
        return year is None or self.report_year is not None and int(year) == self.report_year + 1

    def _kind_as_part(self, here: list[Claim]) -> bool:
        """Whether the sentence counted the direct lawsuits after 其中 of a count of all the lawsuits (行政诉
        讼2件，其中未经复议直接起诉1件)."""
        at = {self.vocabulary.metrics[c.metric].proceeding: self._at.get(c.claim_no) for c in here}
        whole, part = at.get("litigation"), at.get(DIRECT_LAWSUITS)
        return whole is not None and part is not None and "其中" in self._norm[whole:part]

    def _kind_after(self, at: int, total: Metric) -> Metric:
        """A lawsuit's kind named alone in the next clause (行政诉讼案1件，未经复议直接起诉): its total."""
        norm = self._norm
        if total.proceeding != "litigation" or at >= len(norm) or not _SEPARATOR.match(norm, at):
            return total
        end = self._clause_end(at + 1)
        if _NUMBER.search(norm, at + 1, end):
            return total
        for hit in self.scanner.window(norm, self._hits, at + 1, end, (PROCEEDING,)):
            code = self.scanner.cues[hit.cue].code
            if hit.start == at + 1 and code in ("litigation_direct", "litigation_after_review"):
                return self.vocabulary.by_proceeding(code, "total")
        return total

    def _one_reason_of_all(self, at: int, group: Metric) -> Metric | None:
        """The one reason a parenthesis right after an outcome's count gives for all of it (不予公开7件
        （均属于行政查询事项）: round 13's tuning half, spent): that reason's row, the finest the text names
        (rule 7)."""
        if self._norm[at : at + 1] not in ("（", "("):
            return None
        words = _ALL_OF_ONE_REASON.match(self._norm, at)
        if words is None:
            return None
        hits = self.scanner.window(self._norm, self._hits, at, words.end(), (METRIC,))
        codes = {self.scanner.cues[h.cue].code for h in hits}
        reasons = [code for code in codes if self._is_reason_of(code, group)]
        if len(reasons) != 1 or len(codes) != 1:
            return None
        return self.vocabulary.metrics[reasons[0]]

    def _after_something_else(self, number: _Number) -> bool:
        """Whether the clause before the count's own one counts or handles something else (受理行政许可申请
        1200件，)."""
        norm = self._norm
        lo = number.start - 1
        while lo >= 0 and norm[lo] not in "，,；;。":
            lo -= 1
        if lo <= 0:
            return False
        before = norm[_after_last(norm, lo, "，,；;。") : lo]
        if _PROCEEDING_COUNT_ENDS.search(before):
            # 受理行政复议案件7件，办结5件 (round 43's test half, CONVENTIONS.md rule 59): the
            # proceeding's own concluded count, no figure
            return True
        # The clause before counts that something else, or names its handling (12345…热线工单办理工作，全年共
        # 办理40件: round 13's test half, spent; hotline tickets are no figure, CONVENTIONS.md rule 13)
        return (
            _COUNTED.search(before) is not None or _HANDLED_IN_ALL.search(before) is not None
        ) and self._about_something_else(before)

    def _rest_after_parts(self, sentence: Sentence, at: int, prefix: str) -> bool:
        """Whether the count at `at` is "the rest" (其余, 剩余…: its clause's words `prefix`) after parts of
        the applications counted after 其中 of which one at least was answered (其中“不属于本机关信息”8件，“信
        息不存在”1件，其余5件均…予以答复: round 15's tuning half): one more part of those answered, so the
        answer said of it is said of a part only (rule 27). Not after parts none of which was answered (其中申
        请人撤回申请1件，1件正在处理中，其余6件均已…答复: round 14's tuning half, the rest is the handled)."""
        if prefix not in _THE_REST:
            return False
        opened = sentence.norm.rfind("其中", 0, at)
        if opened < 0:
            return False
        # A part's words run on to the next count (其中1件因于年底提交，按规定结转至下一年度接续办理，另外
        # 2件申请人主动撤销，其余15件均…完成核查答复: round 32's test half, CONVENTIONS.md rule 48: the
        # carry-over said in a clause after the part's own, the rest the handled)
        parts: list[str] = []
        for clause in _SEPARATOR.split(sentence.norm[opened + 2 : at]):
            if _COUNTED.search(clause):
                parts.append(clause)
            elif parts:
                parts[-1] += "，" + clause
        return any(_NOT_ANSWERED.search(p) is None for p in parts)

    def _rest_after_a_proceeding_part(self, at: int, prefix: str, here: list[Claim]) -> bool:
        """Whether the count at `at` is the rest of the requests (剩余, 其余…: its clause's words `prefix`)
        after a proceeding counted among their parts after 其中, the requests counted in the clause right
        before 其中 (共接收群众申请公开4件，其中提起诉讼的1件，目前正在审理中，剩余3件已按时限进行
        答复: round 65's test half, CONVENTIONS.md rule 81, as rule 80 reads 11件已按时限进行答复): the
        proceeding named there is no context for the rest, which are requests. Not where the clause before
        其中 names a proceeding (行政复议2件，其中1件维持，其余1件…: the proceeding's own parts)."""
        if prefix not in _THE_REST or not self._counted_applications(here):
            return False
        opened = self._norm.rfind("其中", 0, at)
        if opened < 0:
            return False
        counted = _SEPARATOR.split(self._norm[:opened].rstrip("，,；;"))[-1]
        return (
            _NUMBER.search(counted) is not None
            and _PROCEEDING_WORD.search(counted) is None
            and _PROCEEDING_WORD.search(self._norm, opened, at) is not None
        )

    def _handled_after(self, at: int) -> bool:
        """Whether the clause after a count at `at` says only that it was handled (…件已按规定予以答复)."""
        pattern = self.vocabulary.handled_after_count
        if pattern is None:
            return False
        return pattern.fullmatch(self._norm, at, self._clause_end(at)) is not None

    def _part_before_all(self, at: int, here: list[Claim]) -> bool:
        """Whether a count starting its clause after the applications were counted is a part with no
        outcome in its clause nor any number, followed by a clause said of all (…，1件为申请公开人防工程
        相关信息，均…)."""
        if not self._counted_applications(here):
            return False
        end = self._clause_end(at)
        rest = self._norm[at:end]
        return (
            bool(rest)
            and not _NUMBER.search(rest)
            and not self._outcomes_in(at, end)
            and _ALL_AFTER.match(self._norm, end) is not None
        )

    def _outcome_of_the_clause(self, at: int, here: list[Claim]) -> Metric | None:
        """The outcome a count starting its clause has as its predicate anywhere in that clause, after the
        applications were counted (其中2件公开; 1件经与申请人沟通后同意对答复内容不予公开: round 10): the one
        outcome named there, with no other number, not negated; a bare 公开 ending the clause is granted."""
        if not (
            self._counted_applications(here)
            or self._counted_applications(self.before)
            or _ANSWERS_HEADING.search(self._norm, 0, at)
        ):
            return None
        end = self._clause_end(at)
        rest = self._norm[at:end]
        if not rest or _NUMBER.search(rest) or self._about_something_else(rest):
            return None
        if _BARE_GRANTED.fullmatch(rest):
            return self.vocabulary.metrics[GRANTED_METRIC]
        hits = self._outcomes_in(at, end)
        if not hits:
            # 3条所涉细节可能涉及经济安全，不予公开，1条系本机关未制作，也未保存，无法提供 (round 29's both
            # halves, CONVENTIONS.md rule 45: an outcome told in the report's own words): the count's clause
            # gives the reason, the outcome follows in the clauses after it, up to the next count's clause
            stop = _CLAUSE_STOP.search(self._norm, end)
            limit = stop.start() if stop else len(self._norm)
            digit = _NUMBER.search(self._norm, end, limit)
            if digit is not None:
                separators = _SEPARATOR.finditer(self._norm, end, digit.start())
                limit = max((m.start() for m in separators), default=end)
            hits = self._outcomes_in(end, limit)
        return hits[0] if len({m.code for m in hits}) == 1 else None

    def _outcomes_in(self, lo: int, hi: int) -> list[Metric]:
        """The outcomes named between lo and hi, not negated."""
        return [
            self.vocabulary.metrics[self.scanner.cues[h.cue].code]
            for h in self.scanner.window(self._norm, self._hits, lo, hi, (METRIC,))
            if self.vocabulary.metrics[self.scanner.cues[h.cue].code].is_outcome
            and _NEGATOR_BEFORE.search(self._norm, lo, h.start) is None
        ]

    def finish(self, last: Sentence | None = None) -> list[Claim]:
        """The report's claims, without the items disclosed on request read as granted where the report also
        says how many requests it received (…依申请公开信息数1条, then 未收到过信息公开申请: round 21, rule 28
        reads granted only where the prose counts no requests received), and without one place's received
        count where the report counts the received otherwise too (rule 57)."""
        claims = self.claims
        # a place's count is dropped only beside another count of the received; else it is the year's (a
        # change of the received, 申请数量较2022年同比增长57%, is no other count: round 51's tuning half,
        # CONVENTIONS.md rule 67, 通过网站渠道受理答复…22件 the only count, the one channel of them all)
        received_otherwise = any(
            c.metric == RECEIVED_METRIC
            and c.claim_kind == "count"
            and not c.implicit
            and c.claim_no not in self._one_place
            for c in claims
        )
        dropped = set(self._one_place) if received_otherwise else set()
        if last is not None and _CUT_BARE_ANSWER.search(last.text):
            # …共收到依申请公开42件，均为自然人提交，已答复| (round 41's tuning half, CONVENTIONS.md rule
            # 57): the stored text stopping right after a bare answering verb, no 均 or 全部 in its clause:
            # nothing recorded at the cut (rule 15), no all-answered null
            dropped |= {
                c.claim_no
                for c in claims
                if c.implicit
                and c.metric == FORWARD_METRIC
                and c.sentence == last.text
                and last.text.endswith(c.number_text)
            }
        if last is not None and last.text[-1:].isdigit():
            # …因政府信息公开被申请行政复议4件，…；提起行政诉讼0| (round 59's tuning half, CONVENTIONS.md rule
            # 75, rule 15): the stored text stopping right after a bare number of a proceeding, the cut maybe
            # inside it: nothing recorded at the cut (not a zero of the requests, …收并办结依申请公开事项0|,
            # kept by rule 49)
            dropped |= {
                c.claim_no
                for c in claims
                if not c.implicit
                and c.sentence == last.text
                and c.char_offset + len(c.number_text) == len(last.text)
                and self.vocabulary.metrics[c.metric].family == "proceedings"
            }
        if self._disclosed and any(c.metric == RECEIVED_METRIC for c in claims):
            dropped |= self._disclosed
        if not dropped:
            return claims
        kept = [c for c in claims if c.claim_no not in dropped]
        number = {c.claim_no: i for i, c in enumerate(kept, 1)}
        return [
            replace(c, claim_no=number[c.claim_no], refers_to_claim_no=number.get(c.refers_to_claim_no or 0))
            for c in kept
        ]

    def _repeats_the_received(self, norm: str, count: re.Match[str], here: list[Claim]) -> bool:
        """Whether `count` (no claim) is a bare receiving verb's (共受理1件) repeating the received count of
        the sentence (共收到…申请1件（网上申请），共受理1件，已按规定办理: round 25's test half,
        CONVENTIONS.md rule 41): what is said after it is said of the applications counted."""
        value = _NUMBER.match(norm, count.start())
        if value is None or not _BARE_RECEIVING.fullmatch(_SEPARATOR.split(norm[: count.start()])[-1]):
            return False
        return any(
            c.metric == RECEIVED_METRIC and not c.implicit and c.number_text == value.group() for c in here
        )

    def _sentence_sums_received_and_carried(self, number: _Number, here: list[Claim]) -> bool:
        """Whether the sentence counted the received and the carry-over (no other applications' count) and
        `number` is their sum."""
        counts = [c for c in here if c.claim_kind == "count" and not c.implicit]
        received = [c.value for c in counts if c.metric == RECEIVED_METRIC]
        carried = [c.value for c in counts if c.metric in TOTAL_PARTS]
        others = [c for c in counts if c.metric not in TOTAL_PARTS and c.metric != RECEIVED_METRIC]
        return (
            len(received) == 1
            and len(carried) == 1
            and not others
            and received[0] + carried[0] == float(number.value)
        )

    def _channels_add_up(self, number: _Number) -> bool:
        """Whether the clauses right before the total at `number` (合计122件) are two counts or more of
        channels adding up to it, the first channel after a receiving verb and no carry named (共收到网上
        申请105件，快递17件，合计122件)."""
        norm = self._norm
        lo = _after_last(norm, number.start, "，,、；;。")
        if lo == 0:
            return False
        segments = re.split(r"[，,、；;：:]", norm[_after_last(norm, lo - 1, "；;。") : lo - 1])
        run, total = 0, int(number.value)
        for k in range(len(segments) - 1, -1, -1):
            counts = _COUNT_VALUE.findall(segments[k])
            channel = _CHANNEL_WORD.search(segments[k])
            if len(counts) != 1 or channel is None or _CARRIES.search(segments[k]):
                return False
            run += int(counts[0])
            if run == total:
                verb = _RECEIVING_IN.search(segments[k], 0, channel.start())
                return k < len(segments) - 1 and verb is not None
            if run > total:
                return False
        return False

    def _after_concluded_alone(self, comma: int, here: list[Claim]) -> bool:
        """Whether position `comma` of the sentence is a comma closing a clause of the concluding verb alone
        (按时办结，), said of the requests counted in the sentence (a received or total count in `here`)."""
        norm = self._norm
        return (
            norm[comma : comma + 1] in ("，", ",")
            and _CONCLUDED_ALONE.fullmatch(norm, _after_last(norm, comma, "，,；;。"), comma) is not None
            and any(
                c.claim_kind == "count" and not c.implicit and c.metric in (RECEIVED_METRIC, TOTAL_METRIC)
                for c in here
            )
        )

    def _all_received(self, number: _Number, here: list[Claim]) -> bool:
        """Whether `number` is the one received count of this sentence or the one before."""
        received = [c.value for c in (*self.before, *here) if c.metric == RECEIVED_METRIC and not c.implicit]
        return received == [float(number.value)]

    def _part_of_those_before(self, prefix: str) -> bool:
        """其中 opening the clause of a count, the applications counted in the sentence before (rule 44)."""
        # …申请0件…。申请人撤销申请0件，其余0件按时办结 (round 32's tuning half, CONVENTIONS.md rule 48): "the
        # rest" too, its handling said in its own clause
        return (prefix == "其中" or prefix in _THE_REST or _SO_FAR.fullmatch(prefix) is not None) and (
            self._counted_applications(self.before)
        )

    def _restates_the_requests(self, number: _Number, here: list[Claim]) -> bool:
        """Whether `number` repeats, as printed, the requests' count the sentence gave last (received or their
        total: 接到…申请8起，8起均…)."""
        counts = [c for c in here if c.claim_kind == "count" and not c.implicit]
        return (
            bool(counts)
            and counts[-1].metric in (RECEIVED_METRIC, TOTAL_METRIC)
            and counts[-1].number_text == number.text
        )

    def _counted_applications(self, here: list[Claim]) -> bool:
        """Whether the sentence counted the applications already (received, handled or their total: its later
        counts may be their parts)."""
        return any(
            c.claim_kind == "count" and not c.implicit and self.vocabulary.metrics[c.metric].anchor
            for c in here
        )

    def _sibling_part_after(self, sentence: Sentence, at: int) -> bool:
        """Whether the clause after the one at `at` starts with a count of an outcome (the next member of a
        list of outcomes: 其中2件按规定程序办结，6件为“本机关不掌握…”); a carry-forward after it (1950件已…
        予以答复，75件结转下年答复) or a withdrawal is no outcome."""
        end = self._clause_end(at)
        number = _NUMBER.match(self._norm, end + 1) if end < len(self._norm) else None
        if number is None:
            return False
        unit = next((u for u in self.count_units if self._norm.startswith(u, number.end())), None)
        if unit is None:
            return False
        after = self._subject_after(sentence, number.end() + len(unit))
        if after is not None:
            return after.is_outcome  # a carry-forward after it (75件结转下年答复) is no part of the answered
        # …1件延期答复: another part of the answered, so neither is the answered count
        return self._handled_after(number.end() + len(unit))

    def _subset_of_received(self, clause_start: int, words: str, here: list[Claim]) -> bool:
        """Whether a received count after 其中 (其中县本级…, 其中：…, 其中，…) follows a received count of the
        same sentence (a part of it: a body's, a platform's); 其中新收 N 件 after a total is the year's
        received (rule 14) and is read."""
        if not (
            words.startswith("其中") or self._norm[max(0, clause_start - 3) : clause_start - 1] == "其中"
        ):
            return False
        return any(c.metric == RECEIVED_METRIC and c.claim_kind == "count" and not c.implicit for c in here)

    def _adds_up_to_a_total(self, number: _Number) -> bool:
        """Whether the count at `number` is one of a run of counts adding up to a total printed after them
        (共4件), with no carry-over named in their clauses (收到18件，上年结转2件，共计20件;
        处理结转上年申请3件…处理本年度…232件，共计235件: the total of received and carried over, rule 3)."""
        norm = self._norm
        total = _TOTAL_AFTER.search(norm, number.end)
        if total is None:
            return False
        counts = list(_COUNT_VALUE.finditer(norm, 0, total.start()))
        run = 0
        for k in range(len(counts) - 1, -1, -1):  # the run of counts right before the total, from its end
            run += int(counts[k].group(1))
            if run == int(total.group(1)) and k < len(counts) - 1 and counts[k].start() <= number.start:
                first = _after_last(norm, counts[k].start(), "，,；;。")
                return _CARRIES.search(norm, first, total.start()) is None
        return False

    def _body_part(self, clause_start: int, words: str, here: list[Claim]) -> bool:
        """Whether a clause after 其中 names a body first (其中，县级政府受理…6件; 其中县本级…) after the
        applications were counted (in this sentence or the one before): that body's part."""
        after = words.removeprefix("其中")
        if after == words and self._norm[max(0, clause_start - 3) : clause_start - 1] != "其中":
            return False
        after = after.lstrip("，,：:")
        if _BODY_AFTER_其中.match(after) is None:
            return False
        return self._counted_applications(here) or self._counted_applications(self.before)

    def _no_row(self, words: str) -> bool:
        pattern = self.vocabulary.no_row_words
        return pattern is not None and pattern.search(words) is not None

    def _is_part(self, words: str, here: list[Claim]) -> bool:
        """Whether a count's own words name a channel or an applicant type of the applications counted before
        it in the sentence (or after 其中): a part of them, not the year's figure."""
        pattern = self.vocabulary.part_words
        if pattern is None or pattern.search(words) is None or _TOTAL_WORD.search(words):
            return False  # 线上、线下共收到…809件: the total over the channels
        return words.startswith("其中") or self._counted_applications(here)

    def _one_member_of_several(self, words: str, number_start: int, after_unit: int) -> bool:
        """Whether a count's own words name one member of an enumeration of parts (an applicant type, a
        channel) and the sentence counts another member after it, with no 其中 between (收到自然人申请3件，
        法人或其他组织申请2件: rules 10 and 11, each a part and no total). Members listed together over the
        one count (公民、法人和其他组织; three or more, or joined by 、) name who applied: not a part."""
        for member, later in self._enumerations:
            named = [m.end() for m in member.finditer(words)]
            if not named:
                continue
            if len(named) > 2 or "、" in words[named[0] : named[-1]]:
                continue
            found = later.search(self._norm, after_unit)
            if found is not None and "其中" not in self._norm[after_unit : found.start()]:
                return True
            # the last member (…；邮寄受理…15件；其他渠道受理…13件: round 14's test half): another member
            # counted before it in the sentence, with no 其中 and no count of the applications between
            # (not a publishing channel's count: 通过政务网站发布更新工作动态61条 before 全年共接收网上
            # 依申请公开11件, round 45's tuning half, CONVENTIONS.md rule 61: published, no request)
            clause_start = number_start - len(words)
            # (the words may open with the unit of the count before: 依申请公开系统收到信息公开申请4件、
            # 收到书面申请5件, round 48's tuning half, CONVENTIONS.md rule 64, rule 10: that unit closes the
            # member before)
            clause_start += len(words) - len(words.lstrip(self._unit_chars))
            earlier = later.finditer(self._norm, 0, clause_start) if clause_start > 0 else ()
            found = next((m for m in earlier if not _PUBLISHED_THERE.search(m.group())), None)
            if found is not None and "其中" not in self._norm[found.start() : clause_start]:
                return True
        return False

    def _requests_noun_after_count(self, prefix: str, after_unit: int) -> bool:
        """Whether a count opening its sentence names the requests as its own noun right after the sentence
        before counted the applications (0件申请均在法定期限内予以答复: round 63's tuning half, CONVENTIONS.md
        rule 79, as rule 75 reads it, handled 0): of those requests, though a proceeding named earlier (the
        lead's list of the report's parts, …行政复议和行政诉讼情况…) is still in context. Asked of a zero
        only: rule 60 reads the received count repeated (64件申请均…予以答复) as no handled figure. Not a
        count with words before it, nor with no applications counted in the sentence before."""
        return (
            not prefix
            and self._norm.startswith("申请", after_unit)
            and not self._norm.startswith("申请人", after_unit)
            and self._counted_applications(self.before)
        )

    def _one_member_named_after(self, after_unit: int) -> bool:
        """Whether the count's member (an applicant type, a channel) is named right after its unit with 涉
        and the next clause counts another member the same way, with no 其中 between: an enumeration of
        parts with the member after each count (共新收125件涉自然人案件，2件涉企业，7件涉及集体: round 63's
        tuning half, CONVENTIONS.md rule 79, rules 10 and 11), each a part and no total. Not a count whose
        涉 names the requests' topic (收到申请5件涉及征地拆迁), nor one with no such member after it."""
        found = _MEMBER_AFTER_UNIT.match(self._norm, after_unit)
        if found is None:
            return self._member_nouns_after_counts(after_unit)  # (most counts: no 涉 after the unit)
        for member, _ in self._enumerations:
            if not member.match(self._norm, found.end()):
                continue
            for later in _MEMBER_AFTER_COUNT.finditer(self._norm, after_unit):
                if "其中" in self._norm[after_unit : later.start()]:
                    break
                if member.match(self._norm, later.end()):
                    return True
        return False

    def _member_nouns_after_counts(self, after_unit: int) -> bool:
        """Whether the count's member (a channel, an applicant type) is named right after its unit as the
        requests' noun it qualifies, and a later clause counts another member of the same kind the same way,
        with no 其中 between: an enumeration of parts with no total (共受理依申请公开0份网络申请，0份书面申请:
        round 70's tuning half, CONVENTIONS.md rule 86, rules 10 and 11), each a part. Not a count whose noun
        names one member alone (共受理依申请公开3份网络申请), nor members after 其中 (rule 11's parts)."""
        norm = self._norm
        for member, _ in self._enumerations:
            first = member.match(norm, after_unit)
            if first is None or _MEMBER_NOUN.match(norm, first.end()) is None:
                continue
            for later in _COUNT_BEFORE_MEMBER.finditer(norm, after_unit):
                if "其中" in norm[after_unit : later.start()]:
                    break
                other = member.match(norm, later.end())
                if (
                    other is not None
                    and other.group() != first.group()
                    and _MEMBER_NOUN.match(norm, other.end())
                ):
                    return True
        return False

    def _last_member(self, at: int) -> bool:
        """Whether the count at `at` is a member of an enumeration of parts: read as one, or the last of the
        members after one read as one, its own words naming a member of the same kind with no count of its
        own read (收到自然人递交…申请书1件，法人递交…申请书1件，全部予以回复: round 38's tuning half,
        CONVENTIONS.md rule 54, rule 10 with rule 4)."""
        if at in self._members_here:
            return True
        earlier = [m for m in self._members_here if m < at]
        if not earlier:
            return False
        words = _SEPARATOR.split(self._norm[:at])[-1]
        first = self._norm[: max(earlier)]
        first_words = _SEPARATOR.split(first)[-1]
        return "其中" not in self._norm[max(earlier) : at] and any(
            member.search(words) and member.search(first_words) for member, _ in self._enumerations
        )

    def _one_channel(self, words: str) -> bool:
        """Whether a count's own words name one channel alone (the first enumeration of parts: 网上, 信函…),
        with no total word: several listed (收到当面申请、电子邮件、传真、信函…0条: round 2) or a total over
        them (共受理群众网上申请…0件: round 3) are the year's."""
        if not self._enumerations or _TOTAL_WORD.search(words):
            return False
        found = self._enumerations[0][0].findall(words)
        if len(found) == 1 and _REQUESTS_SYSTEM.fullmatch(found[0]):
            # 在…政府信息依申请公开系统收到…申请0条 (round 49's tuning half, CONVENTIONS.md rule 65): the
            # requests' own system alone is where every request is registered, its zero the year's (beside
            # another member it stays one channel's: 依申请公开系统收到…4件、收到书面申请5件, rule 64)
            return False
        return len(found) == 1

    def _proceeding_after(self, at: int) -> Metric | None:
        """A count whose proceeding is named right after it (140件行政复议、49件行政诉讼获维持; 发生的3件
        行政复议案件): that proceeding, with the outcome named later in its clause."""
        end = self._clause_end(at)
        hits = self.scanner.window(self._norm, self._hits, at, end, (PROCEEDING,))
        if not hits:
            return None
        if (
            hits[0].start != at
            and not (hits[0].start == at + 1 and self._norm[at] == "被")
            and not (hits[0].start == at + 1 and self._norm[at - 1 : at + 1] == "件次")
            and not _ABOUT_BEFORE_PROCEEDING.fullmatch(self._norm, at, hits[0].start)
        ):
            # (发生2起关于政府信息公开的行政诉讼案件: what it was about between, round 13; the passive
            # 被 alone, 4宗被行政复议结果维持: round 17's test half, rule 33, the proceeding's; 次 of the unit
            # 件次, 1件次经…行政复议后产生行政诉讼: round 44's tuning half, CONVENTIONS.md rule 60)
            return None
        code = self.scanner.cues[hits[0].cue].code
        self._total_with_its_result = None
        for hit in self.scanner.window(self._norm, self._hits, hits[0].end, end, (OUTCOME,)):
            if self._norm.startswith("结果", hits[0].end) and hit.start == hits[0].end + 2:
                self._total_with_its_result = self.vocabulary.by_proceeding(code, "total")
            return self.vocabulary.by_proceeding(code, self.scanner.cues[hit.cue].code)
        return self.vocabulary.by_proceeding(code, "total")

    def _bare_count(self, sentence: Sentence, number: _Number, prefix: str, here: list[Claim]) -> list[Claim]:
        """A count printed without its unit at the end of its clause, right after its cue (收到政府信息公开
        申请3，…; 受理政府信息公开申请数量为0。: round 3): read as if in 件, for applications; for a
        proceeding's total right after its name (行政复议案件为0，; 行政复议、行政诉讼案件均为零。), that
        total."""
        lo = number.start - len(prefix)
        found = self._cue(lo, number.start, sentence)
        if found is None:
            # the requests' count with no verb (rule 18) and no unit (政府信息公开申请数为0，): read in 件
            if _NO_VERB_COUNT.search(prefix) and not _ANY_VERB.search(prefix):
                return self._count(sentence, number, "件", prefix, here)
            return []
        metric, cue_start, cue_end = found
        if metric.family == "proceedings" and metric.outcome == "total":
            if (
                not _PROCEEDING_LINK.fullmatch(prefix, cue_end)
                or self._earlier_year(sentence, number.start, prefix[:cue_start] + prefix[cue_end:])[0]
            ):
                return []
            return [self._emit(sentence, number, metric, "count")]
        if (
            metric.family == "proceedings"
            and metric.outcome not in (None, "total")
            and not prefix[cue_end:]
            and any(
                self.vocabulary.metrics[c.metric].family == "proceedings" and not c.implicit for c in here
            )
        ):
            # 因信息公开引起的行政复议3件，其中维持结果2件，其他结果1 (round 41's test half, CONVENTIONS.md
            # rules 15 and 57): a proceeding's outcome right before a count with no unit ending the
            # paragraph, after that proceeding's counts in the sentence: read in 件
            return self._count(sentence, number, "件", prefix, here)
        if (
            metric.family != "applications"
            or not (
                _BARE_LINK.fullmatch(prefix[cue_end:])
                or metric.code == HANDLED_METRIC
                and _RECEIVING_RIGHT_BEFORE.search(prefix, 0, cue_start)
                and _REQUESTS_NOUN_LINK.fullmatch(prefix[cue_end:])
                # 上年结转申请数量为0， (round 42's tuning half, CONVENTIONS.md rule 58): the carry-over's
                # requests' noun and its volume's noun between the cue and the zero
                or metric.code in TOTAL_PARTS
                and _REQUESTS_NOUN_LINK.fullmatch(prefix[cue_end:])
                # 受理依申请公开件数为0 (round 55's tuning half, CONVENTIONS.md rule 71): the rest of the
                # requests' noun after the receiving cue, then its count's noun and 为
                or metric.code == RECEIVED_METRIC
                and _RECEIVED_NOUN_REST.fullmatch(prefix, cue_end)
            )
        ):
            # (收并办结依申请公开事项0 with no unit: round 33's test half, rule 49, the fused verbs' object
            # between the cue and the zero)
            return []
        return self._count(sentence, number, metric.units[0], prefix, here)

    @staticmethod
    def _request_work_items(prefix: str) -> bool:
        """Whether the clause is a list of the request work's items closed by a total word, each item naming
        the requests (依申请公开总体情况、疑难申请的处理及依申请公开其他工作共计: rule 27)."""
        whole = _REQUEST_WORK_ITEMS.fullmatch(prefix)
        if whole is None:
            return False
        items = _ITEM_JOINER.split(_TOTAL_WORD.split(prefix)[0])
        return len(items) > 1 and all("申请" in item for item in items)

    def _clause_end(self, at: int) -> int:
        """Where the clause from `at` ends: at a separator, or before the sentence's closing stop."""
        found = _SEPARATOR.search(self._norm, at)
        if found:
            return found.start()
        end = len(self._norm)
        while end > at and self._norm[end - 1] in "。！？!?":
            end -= 1
        return end

    def _subject_after(self, sentence: Sentence, at: int) -> Metric | None:
        """The carry-over or outcome named right after a count, in its clause (另有2件结转下年度办理)."""
        link = self.vocabulary.after_count_link
        if link is None:
            return None
        end = self._clause_end(at)
        start = link.match(self._norm, at, end)
        begin = start.end() if start else at
        years = _CARRIED_FROM_INTO_AFTER.match(self._norm, begin, end)
        if years is not None and self.report_year is not None:
            into = years.group(2) or years.group(3)  # the year named, or 本 (this report's)
            into_year = self.report_year if into == "本" else int(into)
            if (int(years.group(1)), into_year) == (self.report_year - 1, self.report_year):
                return self.vocabulary.metrics[CARRIED_OVER_METRIC]  # 1件为2022年度结转至2023年度 (rule 50)
        if self.report_year is not None:
            # one year named right after the count, the carry-over where it is the year the pattern
            # names: 4件为2023年度结转继续办理 in a 2024 report (rule 61), 0件转结2024年办结 in a 2024
            # report (rule 77), 4件2020年收到的申请 in a 2021 report (rule 78)
            for pattern, searched_from, years_back in (
                (_CARRIED_FROM_AFTER, at, 1),
                (_CARRIED_INTO_CONCLUDED, begin, 0),
                (_RECEIVED_LAST_YEAR_AFTER, begin, 1),
            ):
                years = pattern.match(self._norm, searched_from, end)
                if years is not None and int(years.group(1)) == self.report_year - years_back:
                    return self.vocabulary.metrics[CARRIED_OVER_METRIC]
        hits = list(self.scanner.window(self._norm, self._hits, at, end, (METRIC,)))
        for hit in hits:
            cue = self.scanner.cues[hit.cue]
            if hit.start == begin and cue.code in self.vocabulary.after_count_metrics:
                if self._about_something_else(self._norm[at:end]):
                    return None
                # 79件因不掌握相关政府信息等原因无法提供 (round 46's tuning half, CONVENTIONS.md rule 62, as
                # rule 7 reads 等 and round 44 the reason before its count): a reason given as an example,
                # then its parent outcome named, is the parent row
                parent = next(
                    (
                        later
                        for later in hits
                        if later.start >= hit.end
                        and "等" in self._norm[hit.end : later.start]
                        and self._is_reason_of(
                            cue.code, self.vocabulary.metrics[self.scanner.cues[later.cue].code]
                        )
                    ),
                    None,
                )
                if parent is not None:
                    return self.vocabulary.metrics[self.scanner.cues[parent.cue].code]
                if (
                    cue.code == FORWARD_METRIC
                    and self.proceeding is not None
                    and self._after_proceeding_count(sentence)
                ):
                    # 收到行政复议3条，其中…，1条正在办理中 (round 17's test half, rule 33): after a
                    # proceeding's count, a part still in hand is that proceeding's pending, not a request
                    # carried forward
                    return self.vocabulary.by_proceeding(self.proceeding, "pending")
                return self.vocabulary.metrics[cue.code]
        # 17件申请因尚在法定答复期限内顺延到下年度答复 (round 47's test half, CONVENTIONS.md rule 63): a
        # reason, then the carrying into the next year closing the clause: carried forward
        if (
            start is not None
            and self.proceeding is None
            and _REASON_END.search(start.group())
            and not _NUMBER.search(self._norm, begin, end)
            and any(self.scanner.cues[hit.cue].code == FORWARD_METRIC and hit.end == end for hit in hits)
        ):
            return self.vocabulary.metrics[FORWARD_METRIC]
        if self.proceeding is not None:  # 行政复议3件，1件结果维持，2件结果纠正
            # 1件因超出举证期限被要求重新作出答复 (round 38's tuning half, CONVENTIONS.md rule 54): the
            # reason before the passive outcome
            reason = _OUTCOME_REASON.match(self._norm, at, end)
            begins = (begin, reason.end(), reason.end() + 1) if reason else (begin,)
            if self._norm.startswith("被", begin):
                # 行政复议30件，有10件被纠正 (round 69's tuning half, CONVENTIONS.md rules 33 and 85): the
                # passive 被 alone between the count and its outcome, as rule 33's 4宗被行政复议结果维持
                begins += (begin + 1,)
            for hit in self.scanner.window(self._norm, self._hits, at, end, (OUTCOME,)):
                if hit.start in begins:
                    return self.vocabulary.by_proceeding(self.proceeding, self.scanner.cues[hit.cue].code)
        return None

    def _several_proceedings(self, at: int) -> bool:
        """Whether the count of a proceeding ending at `at` is one of several proceedings' counts listed in
        its sentence (行政复议5件、行政诉讼1件)."""
        lo = _after_last(self._norm, at, "。；;")
        return len(_PROCEEDING_COUNT.findall(self._norm, lo, at)) > 1

    def _outcome_after(self, sentence: Sentence, at: int, total: Metric) -> Metric | None:
        """The outcome a proceeding's count has, named alone in the next clause (…1件，结果维持)."""
        link = self.vocabulary.proceeding_outcome_link
        norm = self._norm
        if link is None or at >= len(norm):
            return None
        lo = at + 1
        if norm[at] in "（(":  # 行政复议1件（结果维持）: the outcome in a parenthesis of its own
            end = next((i for i in range(lo, min(len(norm), lo + 12)) if norm[i] in "）)"), -1)
            if end < 0:
                return None
        elif _SEPARATOR.match(norm, at):
            as_of = _AS_OF_CLAUSE.match(norm, lo)
            if as_of is not None:
                # 引起行政复议1件，截至目前，尚未审结 (round 38's test half, CONVENTIONS.md rule 54): a clause
                # of the time it is said at before the outcome's
                lo = as_of.end()
            end = self._clause_end(lo)
        else:
            return None
        supported = _ANSWER_SUPPORTED.match(norm, lo)
        if (
            supported is not None
            and total.proceeding
            and not _NUMBER.search(norm, lo, supported.end())
            and not self._several_proceedings(at)
        ):
            # 行政复议共1宗，经复议机关审查，我局…的答复请求全部得到支持 (round 51's test half, CONVENTIONS.md
            # rule 67, rules 8 and 17): the body's answer upheld told in other words, said of one
            # proceeding's count: its upheld
            return self.vocabulary.by_proceeding(total.proceeding, "upheld")
        if _NUMBER.search(norm, lo, end):
            return None
        words = link.match(norm, lo, end)
        if _ALL_UPHELD.fullmatch(norm, lo, end) and total.proceeding and not self._several_proceedings(at):
            # 因政府信息公开引起的行政复议案件5件，均予以维持 (round 42's test half; 均结果维持,
            # 均维持结果: rounds 14 and 23; CONVENTIONS.md rule 58): the plain upheld said of one
            # proceeding's count is its upheld (均维持原办理结果, 均胜诉: no figure, rule 8)
            return self.vocabulary.by_proceeding(total.proceeding, "upheld")
        if words and (
            "均" in words.group()
            and not (_RESULT_THEN_ALL.match(words.group()) and not self._several_proceedings(at))
            or _ALL_OF_THEM.search(words.group())
            and self._several_proceedings(at)
        ):
            # 行政复议5件、行政诉讼1件，均为结果维持 / 行政复议3起，均胜诉: "all upheld" is said of every
            # proceeding before it, with no number of its own; the survey's convention (round 3,
            # CONVENTIONS.md rule 8) records no figure for it, and reading it for the last count alone would
            # be wrong. A single outcome (…1件，结果维持) is read, and so is 全部 said of one proceeding's
            # count (被行政复议9件，全部维持: round 15's test half, the upheld with that count), not of
            # several. 结果均为 with the row named after one proceeding's count (收到…行政复议2件，结果均为
            # 维持: round 38's tuning half, CONVENTIONS.md rules 8 and 54) is that proceeding's outcome.
            return None
        begin = words.end() if words else lo
        for hit in self.scanner.window(self._norm, self._hits, lo, end, (OUTCOME,)):
            if hit.start == begin:
                code = self.scanner.cues[hit.cue].code
                return self.vocabulary.by_proceeding(total.proceeding or "", code)
        return None

    def _change(
        self,
        sentence: Sentence,
        number: _Number,
        unit: str,
        prefix: str,
        change: re.Match[str],
        clause_start: int,
        here: list[Claim],
        previous: list[Claim],
    ) -> list[Claim]:
        own_text = prefix[: change.start()]
        if unit == "%" and (
            re.search(r"比例|占比|比重", own_text)
            or _SHARE_COMPARED.search(_SEPARATOR.split(sentence.norm[: number.start])[-1])
        ):
            # a change of a share, in points; or the share's words before a compared year, which ends
            # the number's own clause (予以公开和部分公开答复占比较2023年增加6%: round 31's test half,
            # CONVENTIONS.md rule 47: the vocabulary has no kind for it)
            return []
        lo = number.start - len(prefix)
        metric = self._metric_from_cues(lo, lo + len(own_text), sentence)
        if (
            metric is None
            and _REQUESTS_VOLUME_COMPARED.fullmatch(own_text)
            and not _ANY_VERB.search(own_text)
        ):
            # 申请数量较去年增加78件; 全区政府信息公开申请数量同比增长超30% (round 42's tuning half,
            # CONVENTIONS.md rule 58): the requests' volume with no verb, as rule 18's count: the
            # received's change
            metric = self.vocabulary.metrics[RECEIVED_METRIC]
        refers_to = None
        readings: tuple[str, ...] = ()
        inherited = False
        if metric is None and not previous:
            clause = _SEPARATOR.split(self._norm[: number.start])[-1]
            if _COMPARED_FRAME_CHANGE.search(clause):
                # …申请9件，与2020年…申请5件相比增长80%; 行政复议4件，与去年0件相比增长4件 (round 59's
                # tuning half, CONVENTIONS.md rule 75): the change after the frame 与…N件相比 is of the count
                # before it
                previous = [c for c in here if c.claim_kind == "count" and not c.implicit][-1:]
        if metric is None:
            if previous and previous[-1].claim_kind == "change_abs" and unit == "%":
                # 同比增加4件，增幅22.2%: the rise in percent of the count the rise in units is of
                previous = [c for c in here if c.claim_no == previous[-1].refers_to_claim_no]
            if not previous or previous[-1].claim_kind != "count":
                return []  # not right after a count, or after a share (then it is a change in points)
            refers_to = previous[-1]
            fused = [c for c in previous if c.metric == RECEIVED_METRIC and c.claim_kind == "count"]
            if refers_to.metric == HANDLED_METRIC and fused:
                # 共受理答复政府信息公开申请件0件，同比减少100% (round 35's tuning half, CONVENTIONS.md
                # rule 51): received and handled read from one count, the change recorded once, on the
                # received
                refers_to = fused[-1]
            if refers_to.metric == FORWARD_METRIC:
                # …共收到…申请195件，上年结转3件，公开答复191件，转下年度办理7件，同比增长53.5%
                # (round 35's test half, CONVENTIONS.md rule 51): a change said after the carry-forward is
                # of the year's requests, counted in the same run of clauses (not past a semicolon:
                # …；结转2025年度继续办理…申请16件，较上年增长36.3%, round 6's tuning half, the
                # carry-forward's own)
                received = [c for c in here if c.metric == RECEIVED_METRIC and c.claim_kind == "count"]
                if (
                    received
                    and not received[-1].implicit
                    and not re.search(r"[；;]", self._norm[self._at[received[-1].claim_no] : number.start])
                ):
                    refers_to = received[-1]
            metric = self.vocabulary.metrics[refers_to.metric]
            # the count's other readings are the change's too (收到…2076件（含…）…上升46.61%: the total)
            readings = refers_to.other_readings
            inherited = True
        else:
            refers_to = next(
                (c for c in reversed(here) if c.metric == metric.code and c.claim_kind == "count"), None
            )
        if unit != "%" and unit not in metric.units:
            return []
        if self._earlier_year(sentence, number.start, "")[0]:
            return []  # a change of an earlier year (2020年比2019年增长…)
        stated, year = self._compared_year(sentence, clause_start, number.start)
        if not stated:
            return []
        sign = -1 if (change.group(1) or change.group(2)) in _DECREASE else 1
        kind = "change_pct" if unit == "%" else "change_abs"
        claim = self._emit(
            sentence,
            number,
            metric,
            kind,
            value=sign * number.value,
            compared_year=year,
            refers_to=refers_to,
            alt_metrics=readings,
        )
        if inherited:
            self._change_of_count.add(claim.claim_no)
        return [claim]

    def _respective_change(
        self, sentence: Sentence, number: _Number, here: list[Claim]
    ) -> list[Claim] | None:
        """One of several changes in percent listed after 分别, each of the count in the same place among the
        counts just before (None where the number is not in such a list)."""
        norm = self._norm
        clause_start = _after_last(norm, number.start, "，,；;。")  # (past the list's numbers)
        head = _RESPECTIVE_CHANGES_BEFORE.search(norm, clause_start, number.start)
        if head is None:
            return None
        listed = _PERCENT_LIST.match(norm, head.start("before"))
        if listed is None:
            return None
        shares = _PERCENT.findall(listed.group())
        place = len(_PERCENT.findall(head.group("before")))
        counts = [c for c in here if c.claim_kind == "count" and not c.implicit]
        if len(shares) < 2 or len(counts) < len(shares):
            return None
        counts = counts[-len(shares) :]
        if len({c.metric for c in counts}) != len(counts):
            return None
        stated, year = self._compared_year(sentence, clause_start, number.start)
        if not stated:
            return []
        sign = -1 if head.group("verb") in _DECREASE else 1
        refers_to = counts[place]
        # 行政复议案件2件和行政诉讼案件7件，同比分别下降60%和12.5% (round 59's tuning half, CONVENTIONS.md
        # rule 75, as rule 67 reads 分别 over counts): the first change the first count's, the second the
        # second's
        return [
            self._emit(
                sentence,
                number,
                self.vocabulary.metrics[refers_to.metric],
                "change_pct",
                value=sign * number.value,
                compared_year=year,
                refers_to=refers_to,
                alt_metrics=refers_to.other_readings,
            )
        ]

    def _share(
        self, sentence: Sentence, number: _Number, prefix: str, here: list[Claim], previous: list[Claim]
    ) -> list[Claim]:
        ratio = _RATIO.search(prefix)
        if ratio:
            own_text, base_text = prefix[: ratio.start()], ""
        elif "占" in prefix:
            i = prefix.rfind("占")
            own_text, base_text = prefix[:i], prefix[i + 1 :]
        elif _COMPLETION_RATE.fullmatch(prefix) and (
            previous
            and previous[-1].claim_kind == "count"
            and previous[-1].metric == HANDLED_METRIC
            and not previous[-1].implicit
            # …共受理2件，…，按时办结，完成率100% (round 56's tuning half, CONVENTIONS.md rule 72)
            or self._after_concluded_alone(number.start - len(prefix) - 1, here)
        ):
            # 当年办结257件，完成率100% (round 38's test half, CONVENTIONS.md rule 54): a bare completion rate
            # in the clause right after the handled count is its share, as 办结率 (rule 21)
            rate = next((r for r in self.vocabulary.rates if r.metric == HANDLED_METRIC), None)
            if rate is None:
                return []
            base = self.vocabulary.metrics[rate.base]
            metric = self.vocabulary.metrics[HANDLED_METRIC]
            return [self._emit(sentence, number, metric, "share", base=base.code, alt_bases=base.readings)]
        else:
            return self._rate(sentence, number, prefix, here)  # 办结率100%; 答复率: unknown meaning
        prior, year = self._earlier_year(sentence, number.start, own_text)
        kind = "prior_share" if prior else "share"
        compared_year = year if prior else None
        lo = number.start - len(prefix)
        metric = self._metric_from_cues(lo, lo + len(own_text), sentence)
        if metric is not None:
            targets: list[tuple[Metric, Claim | None]] = [(metric, None)]
        elif not previous:
            return []  # the figure just before is no claim: "访问量12万次，占…" is not of an earlier count
        else:
            counts: list[Claim] = []
            for claim in reversed(here):
                if claim.claim_kind != "count":
                    break
                counts.append(claim)
                if "分别" not in own_text:
                    break
            targets = [(self.vocabulary.metrics[c.metric], c) for c in reversed(counts)]
        out = []
        for target, refers_to in targets:
            base, alt_bases = self._share_base(target, base_text)
            if base is None or base == target.code:
                continue
            out.append(
                self._emit(
                    sentence,
                    number,
                    target,
                    kind,
                    base=base,
                    compared_year=compared_year,
                    refers_to=refers_to,
                    alt_bases=tuple(b for b in alt_bases if b != target.code),
                )
            )
        return out

    def _rate(self, sentence: Sentence, number: _Number, prefix: str, here: list[Claim]) -> list[Claim]:
        """A rate of the vocabulary (办结率100%), as a share of its metric in its base, in a sentence or
        part of the report that states an applications count, and in a clause about nothing else."""
        for rate in self.vocabulary.rates:
            if not rate.cue.search(prefix):
                continue
            stated = here + self.block_applications
            said = sentence.norm[: number.start]
            counted = [
                c
                for c in here
                if self.vocabulary.metrics[c.metric].family == "applications"
                and c.claim_kind == "count"
                and not c.implicit
                and c.claim_no in self._at
            ]
            if counted:
                # 门户网站、政务热线和新媒体协同发声，全年累计收到2起政府信息申请，…，答复率达100% (round 42's
                # tuning half, CONVENTIONS.md rule 58): the words from the sentence's last applications count
                # on; a hotline named before it is not what the rate is of
                said = sentence.norm[self._at[counted[-1].claim_no] : number.start]
            if self._about_something_else(said) or not (
                any(self.vocabulary.metrics[c.metric].family == "applications" for c in stated)
                # 所有申请均按规定程序及时办结，办结率100% after channels' counts with no total (round 42's
                # tuning half, CONVENTIONS.md rule 58): the rate's sentence names all the requests as its
                # subject
                or _ALL_REQUESTS_SUBJECT.match(sentence.norm) is not None
            ):
                return []
            base = self.vocabulary.metrics[rate.base]
            metric = self.vocabulary.metrics[rate.metric]
            return [self._emit(sentence, number, metric, "share", base=base.code, alt_bases=base.readings)]
        return []


_SCANNERS: dict[tuple[int, bool], tuple[Vocabulary, CueScanner]] = {}


def _scanner(vocabulary: Vocabulary, proceedings_only: bool = False) -> CueScanner:
    """Every cue of `vocabulary` (or its proceedings' only) as one pattern, compiled once per process."""
    known = _SCANNERS.get((id(vocabulary), proceedings_only))
    if known is not None and known[0] is vocabulary:
        return known[1]
    cues = [(PROCEEDING, code, i, cue) for i, (code, cue) in enumerate(vocabulary.proceedings)]
    if not proceedings_only:
        cues += [(METRIC, m.code, 0, c.pattern) for m in vocabulary.metrics.values() for c in m.cues]
        cues += [(OUTCOME, code, i, cue) for i, (code, cue) in enumerate(vocabulary.outcomes)]
    scanner = CueScanner(cues)
    # the vocabulary is kept with its scanner, so its id is not reused while the entry lives
    _SCANNERS[(id(vocabulary), proceedings_only)] = (vocabulary, scanner)
    return scanner


def extract_claims(
    doc: Document, report_year: int | None, vocabulary: Vocabulary | None = None
) -> list[Claim]:
    """Every numeric claim of the report's prose (tables excluded), in reading order."""
    vocabulary = vocabulary or load_vocabulary()
    extractor = _Extractor(vocabulary, report_year)
    last: Sentence | None = None  # the text's last sentence (where the stored opening may stop)
    for passage in passages(doc):
        last = None
        if passage.heading:
            extractor.heading(passage.text)
            continue
        if not extractor.may_state(passage.text):
            extractor.skip()  # nothing to read; the paragraph still ends the context before it
            continue
        said = sentences(passage, vocabulary.characters)
        extractor.paragraph(said)
        for sentence in said:
            extractor.sentence(sentence)
        last = said[-1] if said else None
    return extractor.finish(last)


def claim_records(
    doc: Document,
    report_year: int | None,
    source_path: str,
    report_id: str,
    claims: list[Claim] | None = None,
) -> list[dict]:
    """Rows for raw.narrative_claims (of `claims` where they were extracted already)."""
    names = [f.name for f in fields(Claim)]  # a claim's fields hold immutable values: no deep copy
    return [
        {"source_path": source_path, "report_id": report_id, **{n: getattr(claim, n) for n in names}}
        for claim in (extract_claims(doc, report_year) if claims is None else claims)
    ]
