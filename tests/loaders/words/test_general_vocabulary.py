"""General vocabularies of the genre (issue #12): technology names by their head morpheme,
lists typed by what their items are, counts stated before a list, the genre's tasks and
the shapes of areas. Texts are written for the test in the genre's usual phrasing."""

from __future__ import annotations

import pytest

from policykg.loaders import extract
from policykg.loaders.rules.subject import subjects
from policykg.loaders.words.shape import shape_problem
from policykg.loaders.words.terms import is_term

pytestmark = pytest.mark.usefixtures("rules_only")


def names(digest: dict, key: str) -> list[str]:
    return [x if isinstance(x, str) else x["name"] for x in digest[key]]


@pytest.mark.parametrize(("name", "term"), [
    ("甲乙陶瓷材料", True), ("丙丁机器人", True), ("6G", True), ("戊己芯片", True), ("通用航空", True),
    ("私人包机", False), ("制造", False), ("加强人才培养", False), ("推进技术", False)])
def test_a_technology_name_is_known_by_its_head(name, term):
    assert is_term(name) is term


def test_technologies_in_a_setting_that_the_sentence_goes_on_to_break_through_are_fields():
    d = extract("一是加强核心技术攻关,在甲乙芯片、丙丁机器人和戊己材料等领域突破关键共性技术。", doc_id="x")
    assert names(d, "fields") == ["甲乙芯片", "丙丁机器人", "戊己材料"]


def test_technologies_a_verb_of_making_governs_are_fields_without_a_head():
    d = extract("鼓励创新开发甲乙机器人、丙丁机器人和戊己机器人,推动家电智能化。", doc_id="x")
    assert names(d, "fields") == ["甲乙机器人", "丙丁机器人", "戊己机器人"]


def test_technologies_whose_chains_a_text_promotes_are_fields():
    d = extract("促进甲乙装备制造、丙丁半导体、戊己新材料等产业链发展。", doc_id="x")
    assert names(d, "fields") == ["甲乙装备制造", "丙丁半导体", "戊己新材料"]


def test_quotes_side_by_side_with_a_count_are_a_list():
    d = extract("《规划》确定优先发展“甲乙新材料”“丙丁材料”“戊己陶瓷材料”等三个领域。", doc_id="x")
    assert names(d, "fields") == ["甲乙新材料", "丙丁材料", "戊己陶瓷材料"]


def test_new_business_forms_that_are_uses_are_scenarios():
    d = extract("鼓励试点城市发展商务甲乙、空中丙丁、私人戊己等新业态。", doc_id="x")
    assert names(d, "fields") == []
    assert names(d, "scenarios") == ["商务甲乙", "空中丙丁", "私人戊己"]


def test_uses_a_technology_sees_in_a_setting_are_scenarios_but_sectors_are_not():
    d = extract("新型装备在城市空运、物流配送、应急救援等领域实现商业应用,并在医疗、交通等领域推广应用。", doc_id="x")
    assert names(d, "scenarios") == ["城市空运", "物流配送", "应急救援"]


def test_a_list_of_future_directions_is_a_list_of_clusters():
    d = extract("重点布局未来空天、未来海洋、未来能源六大未来产业方向。", doc_id="x")
    assert names(d, "clusters") == ["未来空天", "未来海洋", "未来能源"]
    assert names(d, "fields") == []


def test_a_count_and_head_stated_before_a_list_type_it_and_keep_its_last_item_whole():
    d = extract("《措施》提到「三大行动」，包括甲乙加速、丙丁攻坚（加强基础）及戊己共建。", doc_id="x")
    assert names(d, "programmes") == ["甲乙加速", "丙丁攻坚", "戊己共建"]


def test_counted_programmes_may_be_named_in_common_words():
    d = extract("实施技术攻关、中试孵化、人才集聚、开放合作四大行动。", doc_id="x")
    assert names(d, "programmes") == ["技术攻关", "中试孵化", "人才集聚", "开放合作"]


def test_aspects_and_parts_of_a_policy_are_its_measures():
    d = extract("某区从支持甲乙平台建设、支持丙丁孵化器建设、推进戊己应用等角度出发,支持产业发展。", doc_id="x")
    assert names(d, "measures") == ["支持甲乙平台建设", "支持丙丁孵化器建设", "推进戊己应用"]
    d = extract("《措施》涵盖基础设施、场景应用、科技攻关3大板块共16条政策。", doc_id="x")
    assert names(d, "measures") == ["基础设施", "场景应用", "科技攻关"]


def test_tasks_set_one_by_one_are_measures():
    d = extract("会议指出,要抓好三方面工作。一要建立健全工作机制。坚持规划引领。二要持续壮大甲乙产业规模。"
                "三要持续优化丙丁产业布局。", doc_id="x")
    assert names(d, "measures") == ["建立健全工作机制", "持续壮大甲乙产业规模", "持续优化丙丁产业布局"]


@pytest.mark.parametrize(("name", "problem"), [
    ("福州", "a place"), ("引培一批优质企业", "a plural inside"), ("开发", "a verb"),
    ("满足信息技术", "begins with 满足"), ("人机交互", None), ("量子计算", None)])
def test_an_area_is_never_a_place_a_plural_or_an_act(name, problem):
    assert shape_problem(name, "field") == problem


def test_a_subject_is_the_technology_after_the_verbs_and_before_the_aim():
    assert subjects("天津港保税区推进低空经济高质量发展行动方案") == ["低空经济"]
    assert subjects("深圳市新型储能制造业高质量发展行动方案") == ["新型储能"]
    assert subjects("信息通信业能力提升行动方案") == []


def test_an_information_disclosure_table_gives_title_issuer_and_date():
    d = extract("信息名称:某市关于支持甲乙产业高质量发展的若干措施\n索 引 号:0141/2023-00155\n"
                "文件编号: 发布机构:市科技局\n生成日期:2023-10-31 公开日期:2023-11-08\n"
                "某市关于支持甲乙产业高质量发展的若干措施\n一、主要目标\n", doc_id="x")["document"]
    assert (d["title"], d["doc_type"], d["issuer"], d["date"]) == (
        "某市关于支持甲乙产业高质量发展的若干措施", "若干措施", "市科技局", "2023-10-31")


def test_an_issuing_body_printed_over_its_title_is_the_issuer():
    d = extract("四川省人民政府办公厅\n关于促进甲乙经济发展的指导意见\n川办发〔2024〕24号\n各市(州)人民政府:\n"
                "为加快推动发展,现提出如下意见。\n", doc_id="x")["document"]
    assert (d["title"], d["issuer"]) == ("关于促进甲乙经济发展的指导意见", "四川省人民政府办公厅")


def test_a_cover_notice_of_a_committee_prints_the_measures_it_carries():
    d = extract("某某示范区管委会关于印发某某示范区促进产业高质量发展的若干措施的通知\n某综改规发〔2025〕1号\n各工作机构:\n"
                "现将《某某示范区促进产业高质量发展的若干措施》予以印发,请遵照执行。\n某某示范区管委会\n2025年4月8日\n",
                doc_id="x")["document"]
    assert (d["title"], d["doc_type"], d["issuer"], d["date"]) == (
        "某某示范区促进产业高质量发展的若干措施", "若干措施", "某某示范区管委会", "2025-04-08")


def test_the_issuer_in_full_and_the_signature_date_before_the_site_date():
    d = extract("发布部门:市人民政府办公室\n发布时间:2024年01月10日\n市政府办公室关于印发徐州市甲乙行动方案的通知\n"
                "各县(市、区)人民政府:\n《徐州市甲乙行动方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
                "徐州市人民政府办公室\n2024年1月8日\n", doc_id="x")["document"]
    assert (d["issuer"], d["date"]) == ("徐州市人民政府办公室", "2024-01-08")


def test_an_outlet_and_a_time_on_the_first_line_are_no_headline():
    d = extract("人民网2022-03-24 09:35\n记者从某市获悉,某市将重点发展甲乙芯片产业。\n", doc_id="x")["document"]
    assert d["title"] is None
    assert d["issuer"] == "人民网"


def test_directions_counted_with_zhe_and_their_fields_in_the_paragraphs_below():
    d = extract("某高新区计划布局未来信息、未来智造以及未来材料这三个领域。\n"
                "针对未来信息领域,将以甲乙科学园、丙丁软件城以及戊己通讯产业园作为主要载体,重点发展光子、类脑智能以及下一代移动通信(如6G)等关键领域。\n"
                "对于未来智造领域,将重点推进智能制造、人形机器人以及元宇宙等领域的发展。", doc_id="x")
    assert names(d, "clusters") == ["未来信息", "未来智造", "未来材料"]
    assert {"光子", "类脑智能", "下一代移动通信", "智能制造", "人形机器人", "元宇宙"} <= set(names(d, "fields"))
    assert {"甲乙科学园", "丙丁软件城", "戊己通讯产业园"} <= set(names(d, "zones"))


def test_a_known_field_joined_to_a_technology_gives_two_fields():
    d = extract("前瞻布局量子科技、生物制造、氢能和核聚变能等未来产业。", doc_id="x")
    assert names(d, "fields") == ["量子科技", "生物制造", "氢能", "核聚变能"]


def test_levels_of_a_plan_are_its_measures_and_a_list_of_outlets_are_organizations():
    d = extract("第二部分主要从改造提升传统产业、巩固延伸优势产业、培育壮大新兴产业4个层面明确了主攻方向。"
                "湖南日报、湖南卫视、红网、湘声报参加媒体通报会。", doc_id="x")
    assert names(d, "measures") == ["改造提升传统产业", "巩固延伸优势产业", "培育壮大新兴产业"]
    assert {"湖南日报", "湖南卫视", "红网", "湘声报"} <= set(names(d, "organizations"))


def test_a_text_that_names_no_place_but_speaks_of_the_nation_is_national():
    d = extract("甲乙产业规模持续扩大\n记者获悉,我国甲乙产业加快发展,全国已建成一批示范项目。\n", doc_id="x")["document"]
    assert d["region"] == "全国"


def test_quoted_items_side_by_side_with_commas_between_are_no_crash():
    d = extract("围绕黄浦区“四个标杆”、“四个前列”、“四个进一步”的总体要求,主动对标国际最高标准、最好水平,提高站位。", doc_id="x")
    assert d["document"] is not None
