"""Work-plan deadlines and unit lists on their own: the wording of the seed plan and wording it lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.parsing.workplan.deadlines import looks_like_deadline, parse_deadline
from ingest.parsing.workplan.units import Unit, looks_like_units, split_units


@pytest.mark.parametrize(
    "text,date,kind",
    [
        ("2022年9月底前", dt.date(2022, 9, 30), "date"),
        ("全年", dt.date(2022, 12, 31), "year_round"),
        ("2022年年底前完成，长期坚持", dt.date(2022, 12, 31), "ongoing"),
        ("2022 年年底 前完成，长 期坚持", dt.date(2022, 12, 31), "ongoing"),
        ("本文件印发后30日内", dt.date(2022, 7, 15), "relative"),
        ("2022年2月底前", dt.date(2022, 2, 28), "date"),
        ("2022年11月20日前", dt.date(2022, 11, 20), "date"),
    ],
)
def test_deadline_wording(text, date, kind):
    deadline = parse_deadline(text, 2022, dt.date(2022, 6, 15))
    assert (deadline.date, deadline.kind, deadline.reason) == (date, kind, None)


@pytest.mark.parametrize(
    "text,kind,reason",
    [
        ("2022年9月前", None, "wording not understood"),  # before September or by its end: not guessed
        ("年内尽快", None, "wording not understood"),
        ("2022年2月30日前", None, "the printed day does not exist"),
        ("长期坚持", "ongoing", "ongoing with no end date"),
    ],
)
def test_other_deadline_wording_is_left_empty_with_a_reason(text, kind, reason):
    deadline = parse_deadline(text, 2022, dt.date(2022, 6, 15))
    assert (deadline.date, deadline.kind, deadline.reason) == (None, kind, reason)


def test_relative_deadline_without_issue_date_is_left_empty():
    deadline = parse_deadline("本文件印发后30日内", 2022, None)
    assert (deadline.date, deadline.kind) == (None, "relative")
    assert "issue date" in deadline.reason


def test_units_split_with_roles():
    got, notes = split_units("各镇（街道），区发展改革局、区工业和信息化局等区政府有关部门（单位）")
    assert got == [
        Unit("各镇（街道）", "responsible"), Unit("区发展改革局", "responsible"),
        Unit("区工业和信息化局", "responsible"), Unit("区政府有关部门（单位）", "responsible"),
    ] and notes == []  # fmt: skip
    got, notes = split_units("区市场监管局牵头，区商务局、区公安分局")
    assert got == [
        Unit("区市场监管局", "lead"), Unit("区商务局", "responsible"), Unit("区公安分局", "responsible")
    ]  # fmt: skip
    assert "区商务局、区公安分局 follow the last 牵头/配合 marker" in notes[0]


@pytest.mark.parametrize(
    "text,units",
    [
        ("各镇（街道）、区财政局、区税务局", True),
        ("相关镇（街道）、区政府有关部门（单位）", True),
        ("各镇（街道）、区市场监管局牵头、区政府有关部门（单位）配合", True),
        ("做好老旧小区、棚户区改造相关政策措施及项目清单公开。", False),
        ("各镇（街道）、区政府有关部门（单位）要结合年度重点工作", False),
        ("加强公开平台建设", False),
    ],
)
def test_unit_lists_are_told_from_requirements_and_labels(text, units):
    assert looks_like_units(text) is units


@pytest.mark.parametrize(
    "text,deadline",
    [
        ("全年", True),
        ("2022 年年底 前完成，长 期坚持", True),
        ("本文件印发后30日内", True),
        ("推进依申请公开工作", False),
    ],
)
def test_deadlines_are_told_from_other_cells(text, deadline):
    assert looks_like_deadline(text) is deadline
