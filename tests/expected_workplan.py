"""The 71 tasks of the seed work plan (2022年莱芜区政务公开工作要点), read by hand from the document.

Sections: each task's requirement was looked up in the plan's body, under its 一、… heading and （一）…
sub-heading. Deadlines: the 完成时限 cell of the task's row; rows printed without one share the merged
cell of the row above (tasks 15, 16, 36, 44). Units: the 责任单位 cell, one unit per name; rows printed
without one share the merged cell above. `T` is 各镇（街道）, `D` is 区政府有关部门（单位）.
"""

import datetime as dt

T = "各镇（街道）"
D = "区政府有关部门（单位）"
PUBLIC_BODIES = [
    "区发展改革局", "区教育和体育局", "区住房城乡建设局", "区交通运输局", "区卫生健康局",
    "市生态环境局莱芜分局",
]  # fmt: skip

# (first task, last task, section, sub-section)
SECTIONS = [
    (1, 3, "紧扣经济发展深化公开", "加强推动高质量发展信息公开"),
    (4, 8, "紧扣经济发展深化公开", "加强重大战略实施信息公开"),
    (9, 13, "紧扣经济发展深化公开", "加强优化营商环境信息公开"),
    (14, 16, "紧扣社会稳定深化公开", "加强疫情防控信息公开"),
    (17, 24, "紧扣社会稳定深化公开", "高质量公开民生保障信息"),
    (25, 28, "紧扣社会稳定深化公开", "规范化公开公共企事业单位信息"),
    (29, 32, "紧扣政策解读深化公开", "推进政策精细化解读"),
    (33, 35, "紧扣政策解读深化公开", "推进政策集中统一公开"),
    (36, 38, "紧扣政策解读深化公开", "推进行政决策公开透明"),
    (39, 41, "紧扣政策解读深化公开", "推进政务舆情关注回应"),
    (42, 43, "紧扣政策解读深化公开", "推进政府开放常态建设"),
    (44, 46, "紧扣夯实基础深化公开", "规范开展政府信息公开"),
    (47, 50, "紧扣夯实基础深化公开", "加强公开平台建设"),
    (51, 55, "紧扣夯实基础深化公开", "推进依申请公开工作"),
    (56, 57, "紧扣基层建设深化公开", "深化基层政务公开标准化规范化建设"),
    (58, 60, "紧扣基层建设深化公开", "推动基层政务公开标准化规范化向纵深发展"),
    (61, 62, "紧扣基层建设深化公开", "推进政务公开“一镇（街道）一特色”建设"),
    (63, 64, "紧扣保障机制深化公开", "加强组织保障"),
    (65, 66, "紧扣保障机制深化公开", "强化培训考核"),
    (67, 68, "紧扣保障机制深化公开", "加强工作指导"),
    (69, 71, "紧扣保障机制深化公开", "狠抓工作落实"),
]  # fmt: skip

YEAR_END = dt.date(2022, 12, 31)
_ALL_YEAR = ("全年", YEAR_END, "year_round")
_ONGOING_YEAR_END = ("2022年年底前完成，长期坚持", YEAR_END, "ongoing")
# Tasks whose deadline is not 全年, as printed (spaces from wrapped cells dropped).
DEADLINES = {
    3: _ONGOING_YEAR_END,
    9: ("2022年年底前", YEAR_END, "date"),
    13: _ONGOING_YEAR_END,
    25: ("2022年9月底前", dt.date(2022, 9, 30), "date"),
    26: ("2022年9月底前", dt.date(2022, 9, 30), "date"),
    27: ("2022年9月底前完成，并长期坚持", dt.date(2022, 9, 30), "ongoing"),
    33: ("2022年年底前", YEAR_END, "date"),
    47: ("2022年年底", YEAR_END, "date"),
    48: ("2022年年底前完成，并长期坚持", YEAR_END, "ongoing"),
    56: ("2022年6月底前", dt.date(2022, 6, 30), "date"),
    59: ("2022年年底以前", YEAR_END, "date"),
    69: ("本文件印发后30日内", dt.date(2022, 7, 15), "relative"),
    70: ("2022年年底前", YEAR_END, "date"),
    71: ("2022年6月底前", dt.date(2022, 6, 30), "date"),
}
DEADLINE_INHERITED = {15, 16, 36, 44}

# Units of the rows that print their own; (unit, role) where a role is marked, else the unit alone.
OWN_UNITS: dict[int, list] = {
    1: [T, "区发展改革局", "区工业和信息化局", D],
    2: [T, "区文化和旅游局", "区商务综合服务中心", D],
    3: [T, "区财政局", "区税务局"],
    4: [T, D], 5: [T, D], 6: [T, "区科技局"], 7: [T, "区农业农村局", "区财政局"],
    8: ["相关镇（街道）", D],
    9: [T, "区政府办公室"],
    10: [(T, "lead"), ("区司法局", "lead"), ("区行政审批服务局", "lead"), ("区大数据局", "lead"),
         (D, "support")],
    11: [T, "区政府办公室"],
    12: [(T, "lead"), ("区市场监管局", "lead"), (D, "support")],
    13: [T, D], 14: [T, D],
    17: [T, "区住房城乡建设局"], 18: [T, "区城管局"], 19: [T, "区交通运输局", "市公安局莱芜区分局"],
    20: [T, "区人力资源社会保障局"], 21: [T, "区教育和体育局"],
    22: [T, "区人力资源社会保障局", "区医保局"], 23: [T, "区民政局"],
    24: [T, "区教育和体育局", "区民政局", "区人力资源社会保障局", "区住房城乡建设局", "区应急局", "区医保局"],
    25: PUBLIC_BODIES, 26: [T, *PUBLIC_BODIES], 27: [T, *PUBLIC_BODIES], 28: [T, *PUBLIC_BODIES],
    29: [T, D], 32: [T, D], 33: [T, D], 34: [T, D], 35: [T, D], 36: [T, D], 38: [T, D], 39: [T, D],
    42: [T, D], 44: [T, D], 45: [T, D], 47: [T, D],
    49: ["区政府办公室"], 50: [T, "区图书馆", "区档案馆"],
    51: [T, D], 52: [T, D], 56: [T, D], 58: [T, D], 60: [T, D], 61: [T], 63: [T, D], 65: [T, D],
    67: [T, D], 69: [T, D],
}  # fmt: skip


def section_of(task_no: int) -> tuple[str, str]:
    return next((s, sub) for first, last, s, sub in SECTIONS if first <= task_no <= last)


def deadline_of(task_no: int) -> tuple[str, dt.date, str]:
    return DEADLINES.get(task_no, _ALL_YEAR)


def units_of(task_no: int) -> tuple[list[tuple[str, str]], bool]:
    """(unit, role) pairs and whether they come from the merged cell of a row above."""
    own = task_no
    while own not in OWN_UNITS:
        own -= 1
    units = [u if isinstance(u, tuple) else (u, "responsible") for u in OWN_UNITS[own]]
    return units, own != task_no
