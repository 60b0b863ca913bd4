"""Chart labels in Chinese (default) and English, switched in one place: `set_language("en")`.

Template labels (outcomes, applicant types) come from the marts (dim_outcome), not from here.
"""

from __future__ import annotations

import os

_LANGUAGE = os.environ.get("NIANBAO_LANG", "zh")

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "source": "来源：{bodies}政府信息公开工作年度报告（{years}年），{section}；nianbao 整理",
        "office_note": "{names}为{body}本级报告，不代表全{area}；其余为各级人民政府全域报告。",
        "office_suffix": "（仅{body}）",
        "jurisdiction": "地区",
        "applications": "申请数（件）",
        "share": "占已办结申请的比例",
        "outcome": "办理结果",
        "reason": "原因",
        "cases": "案件数（件）",
        "proceeding": "程序",
        "outcome_of_case": "结果",
        "correction_rate": "纠错率（纠正 ÷ 已审结）",
        "decisions": "处理决定数（件，对称对数刻度，0 照常显示）",
        "measure": "事项",
        "year": "年份",
        "source_kind": "数据来源",
        "from_report": "年度报告表格",
        "from_narrative": "由报告文字推算（约数）",
        "findings": "未通过的检查（项）",
        "suite": "检查类别",
        "report": "报告",
        "tasks": "任务数（项）",
        "unit": "责任单位",
        "deadline_month": "完成时限（月份）",
        "role": "角色",
        "title_received": "依申请公开：各地收到的申请数量，与上一年对比",
        "title_outcome_mix": "依申请公开：各地办理结果构成",
        "title_reasons": "不予公开与无法提供：各地的原因分布",
        "title_review_counts": "行政复议与行政诉讼：各地案件数量与结果",
        "title_correction_rate": "行政复议与行政诉讼：各地纠错率",
        "title_licensing": "行政许可、行政处罚、行政强制：各地处理决定数量",
        "title_dq": "数据质量：各报告未通过的检查",
        "dq_most": "未通过检查最多的{shown}份报告（共{total}份）",
        "title_workplan_units": "{plan}：各责任单位承担的任务",
        "title_workplan_months": "{plan}：任务完成时限分布",
        "plans": "{n}份政务公开工作要点",
        "review": "行政复议",
        "litigation_direct": "行政诉讼（未经复议直接起诉）",
        "litigation_after_review": "行政诉讼（复议后起诉）",
        "litigation_all": "行政诉讼（合计）",
        "upheld": "结果维持",
        "corrected": "结果纠正",
        "other": "其他结果",
        "pending": "尚未审结",
        "licensing_decisions": "行政许可",
        "penalty_decisions": "行政处罚",
        "coercion_decisions": "行政强制",
        "structure": "结构",
        "completeness": "完整性",
        "identities": "勾稽关系",
        "plausibility": "合理性",
        "narrative": "文字与表格一致性",
        "across_reports": "跨报告",
        "deadline_kind": "时限类型",
        "kind_date": "具体日期",
        "kind_year_round": "全年",
        "kind_ongoing": "年底前完成、长期坚持",
        "kind_relative": "印发后限期",
        "no_concluded": "未列出：{names}（无已审结案件，纠错率无定义）。",
        "total_misprinted": "未列出：{names}（总计印为0，各项结果之和却不为0：纠错率无法计算，按原样保留）。",
        "disputed": "* {name}：报告文字与表格不一致（{claims}）。",
        "independent_scales": "各地纵轴刻度各自独立，柱高不可跨地区比较。",
        "claim": "{metric} 文字为{text}，表格为{table}",
        "parts_against_total": "{name} {proceeding}：各项结果之和为{parts}，表格所印总计却为{total}；"
        "图中按原样画出各项。",
        "lead": "牵头",
        "support": "配合",
        "responsible": "负责",
        "sections": {"2": "第二部分", "3": "第三部分", "4": "第四部分"},
    },
    "en": {
        "source": "Source: {bodies} government-information-disclosure annual reports ({years}), {section}; "
        "compiled by nianbao",
        "office_note": "{names}: the {area} government office's own report, not the whole {area}; the others "
        "cover their whole jurisdiction.",
        "office_suffix": " ({area} govt. office only)",
        "jurisdiction": "Jurisdiction",
        "applications": "Applications",
        "share": "Share of handled applications",
        "outcome": "Outcome",
        "reason": "Reason",
        "cases": "Cases",
        "proceeding": "Proceeding",
        "outcome_of_case": "Result",
        "correction_rate": "Correction rate (corrected ÷ concluded)",
        "decisions": "Decisions (symmetric log scale; 0 shown as 0)",
        "measure": "Measure",
        "year": "Year",
        "source_kind": "Source of the figure",
        "from_report": "annual report table",
        "from_narrative": "derived from the report's text (approximate)",
        "findings": "Failed checks",
        "suite": "Check suite",
        "report": "Report",
        "tasks": "Tasks",
        "unit": "Responsible unit",
        "deadline_month": "Deadline (month)",
        "role": "Role",
        "title_received": "Disclosure applications received by jurisdiction, year over year",
        "title_outcome_mix": "How disclosure applications were handled, by jurisdiction",
        "title_reasons": "Why information was withheld or could not be provided, by jurisdiction",
        "title_review_counts": "Administrative review and litigation cases and results, by jurisdiction",
        "title_correction_rate": "Correction rates in administrative review and litigation, by jurisdiction",
        "title_licensing": "Licensing, penalty and coercion decisions, by jurisdiction",
        "title_dq": "Data quality: failed checks per report",
        "dq_most": "The {shown} reports with the most failed checks (of {total})",
        "title_workplan_units": "{plan}: tasks per responsible unit",
        "title_workplan_months": "{plan}: tasks by deadline month",
        "plan": "{place} {year} disclosure work plan",
        "plans": "{n} disclosure work plans",
        "review": "Administrative review",
        "litigation_direct": "Litigation without prior review",
        "litigation_after_review": "Litigation after review",
        "litigation_all": "Litigation (all)",
        "upheld": "Upheld",
        "corrected": "Corrected",
        "other": "Other result",
        "pending": "Pending",
        "licensing_decisions": "Licensing",
        "penalty_decisions": "Penalties",
        "coercion_decisions": "Coercion",
        "structure": "Structure",
        "completeness": "Completeness",
        "identities": "Identities",
        "plausibility": "Plausibility",
        "narrative": "Text vs tables",
        "across_reports": "Across reports",
        "deadline_kind": "Kind of deadline",
        "kind_date": "Date",
        "kind_year_round": "Year-round",
        "kind_ongoing": "By year end, then ongoing",
        "kind_relative": "Days after issue",
        "no_concluded": "Not shown: {names} (no concluded case, so no rate).",
        "total_misprinted": "Not shown: {names} (the table prints a total of 0 over non-zero parts: no rate "
        "can be computed; kept as printed).",
        "disputed": "* {name}: the report's text disagrees with its table ({claims}).",
        "independent_scales": "Each panel has its own scale: bar heights do not compare across panels.",
        "claim": "{metric}: text {text}, table {table}",
        "parts_against_total": "{name} {proceeding}: the results sum to {parts}, but the table prints a "
        "total of {total}; the chart draws the results as printed.",
        "lead": "Lead",
        "support": "Support",
        "responsible": "Responsible",
        "sections": {"2": "section 2", "3": "section 3", "4": "section 4"},
    },
}


def set_language(language: str) -> None:
    """Switch every chart's labels: "zh" (default) or "en"."""
    global _LANGUAGE
    if language not in TEXT:
        raise ValueError(f"language must be one of {sorted(TEXT)}, not {language!r}")
    _LANGUAGE = language


def get_language() -> str:
    return _LANGUAGE


def t(key: str) -> str:
    return TEXT[_LANGUAGE][key]


# The English name of a level of jurisdiction (dim_jurisdiction.level), as an office's scope names it.
_LEVEL_EN = {"district": "district", "county": "county", "prefecture_city": "city", "province": "province"}


def place_name(name_zh: str | None, name_pinyin: str | None) -> str:
    """A jurisdiction's name in the chart language."""
    return (name_pinyin or name_zh or "?") if _LANGUAGE == "en" else (name_zh or name_pinyin or "?")


def office_area(name_zh: str | None, level: str | None) -> str:
    """What an office's report leaves out, in the chart language: 县 / county for 昌乐县 (level county)."""
    if _LANGUAGE == "en":
        return _LEVEL_EN.get(level or "", "jurisdiction")
    return name_zh[-1] if name_zh else "辖区"


def office_body(name_zh: str | None, body_zh: str | None, level: str | None) -> str:
    """The office a report is of, short and in the chart language: 昌乐县人民政府办公室 -> 县政府办公室."""
    if _LANGUAGE == "en":
        return office_area(name_zh, level)
    if body_zh and name_zh and body_zh.startswith(name_zh):
        return office_area(name_zh, level) + body_zh[len(name_zh) :].replace("人民政府", "政府")
    return body_zh or "政府办公室"


def jurisdiction_label(
    name_zh: str | None,
    name_pinyin: str | None,
    scope: str | None,
    body_zh: str | None = None,
    level: str | None = None,
) -> str:
    """A jurisdiction as charts show it; an office-only report says whose office in the label itself."""
    if scope != "government_office":
        return place_name(name_zh, name_pinyin)
    suffix = t("office_suffix").format(
        body=office_body(name_zh, body_zh, level), area=office_area(name_zh, level)
    )
    return place_name(name_zh, name_pinyin) + suffix
