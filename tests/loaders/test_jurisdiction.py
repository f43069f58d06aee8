"""The district or zone a text is of (``document.jurisdiction``): general shapes, no evaluation text."""

from __future__ import annotations

import pytest

from policykg.loaders import extract


def _jurisdiction(text: str) -> tuple[str | None, str | None]:
    meta = extract(text, "t")["document"]
    return meta["region"], meta["jurisdiction"]


@pytest.mark.parametrize("text, expected", [
    # the issuer or the title opens on the district, after its city
    ("深圳市龙华区人民政府办公室关于印发深圳市龙华区推动机器人产业发展若干措施的通知\n各街道办事处：\n"
     "为推动我区机器人产业发展，制定本措施。\n一、支持企业研发。对企业给予最高100万元奖励。",
     ("深圳市", "龙华区")),
    # a zone's policy: the zone it opens on
    ("合肥高新区促进量子产业发展若干政策\n为加快量子产业发展，结合高新区实际，制定本政策。\n"
     "一、支持量子企业落户合肥高新区。", ("合肥市", "合肥高新区")),
    # a district speaks as itself (区委, 我区) and names itself
    ("近日，钱塘区召开生物医药产业发展大会。区委书记表示，我区将加快建设生物医药产业高地，"
     "钱塘区已集聚相关企业200余家。", ("杭州市", "钱塘区")),
])
def test_the_district_or_zone_whose_text_it_is(text, expected):
    assert _jurisdiction(text) == expected


@pytest.mark.parametrize("text", [
    # a city's text naming its districts
    "杭州市促进人工智能产业发展若干措施\n为加快我市人工智能产业发展，市政府决定：支持余杭区、西湖区建设人工智能小镇，"
    "余杭区重点发展智能计算。",
    # a city's leader visits a district: the district is visited, not the text's own
    "市长赴余杭区调研人工智能产业\n近日，市长一行来到余杭区，走访人工智能企业。余杭区负责人介绍了有关情况。",
    # an autonomous region speaks of itself as 我区
    "广西壮族自治区人民政府关于加快数字经济发展的意见\n为加快我区数字经济发展，现提出如下意见。南宁市、柳州市要发挥引领作用。",
])
def test_no_jurisdiction_for_a_city_or_province_text(text):
    assert _jurisdiction(text)[1] is None


def test_a_county_s_own_text_naming_itself_once_is_of_its_city():
    """我县…绥宁县…: a county speaks as itself and names itself once: region the county's city, jurisdiction the county."""
    text = ("12月29日上午,我县举行储能项目开工仪式。县委常委、县委办主任出席。\n"
            "绥宁县电网侧共享储能电站项目是我县投资开建的第一座电网侧共享储能电站。")
    assert _jurisdiction(text) == ("邵阳市", "绥宁县")
