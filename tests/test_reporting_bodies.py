"""The reporting body is what the title names, and its scope follows from it (raw.scopes)."""

from __future__ import annotations

import pytest

from ingest.parsing.report.metadata import SCOPES, body_of, parent_body_of, scope_of


@pytest.mark.parametrize(
    "prefix,body,scope",
    [
        ("临沂市兰山区", "临沂市兰山区人民政府", "government"),  # a place alone: its government's report
        ("昌乐县人民政府办公室", "昌乐县人民政府办公室", "government_office"),
        ("平潭综合实验区经济发展局", "平潭综合实验区经济发展局", "department"),
        ("莱芜区教育和体育局", "莱芜区教育和体育局", "department"),
        ("济南市生态环境委员会", "济南市生态环境委员会", "department"),
        ("平潭综合实验区", "平潭综合实验区", "zone_authority"),  # run by a 管委会: never 人民政府
        ("平潭综合实验区管委会", "平潭综合实验区管委会", "zone_authority"),
        ("苏州工业园区管理委员会", "苏州工业园区管理委员会", "zone_authority"),
        ("兰山区兰山街道办事处", "兰山区兰山街道办事处", "township"),
        ("罗庄区褚墩镇人民政府", "罗庄区褚墩镇人民政府", "township"),
        ("平潭综合实验区管委会办公室", "平潭综合实验区管委会办公室", "government_office"),
    ],
)
def test_body_and_scope(prefix, body, scope):
    assert body_of(prefix) == body
    assert scope_of(body) == scope
    assert scope in SCOPES


@pytest.mark.parametrize(
    "body,place,parent",
    [
        ("莱芜区教育和体育局", "莱芜区", "莱芜区人民政府"),  # 区公安局 → 该区人民政府
        ("昌乐县人民政府办公室", "昌乐县", "昌乐县人民政府"),
        ("临沂市兰山区兰山街道办事处", "兰山区", "临沂市兰山区人民政府"),
        ("平潭综合实验区经济发展局", "平潭综合实验区", "平潭综合实验区"),  # the zone's own reports' name
        ("临沂市兰山区人民政府", "兰山区", None),  # a government itself
        ("平潭综合实验区", "平潭综合实验区", None),
        ("国家税务总局", "兰山区", None),  # the name does not show its place
    ],
)
def test_parent_body_where_the_name_shows_it(body, place, parent):
    assert parent_body_of(body, place) == parent
