"""The extractor's design, one rule of the genre at a time (issue #12).

Texts here are written for the test in the genre's usual phrasing; none is
taken from an evaluation set. The rules are tested alone: the learned screen that
judges their proposals last (:mod:`policykg.loaders.review.screen`) is measured on whole
annotated sets instead (tests/test_eval_sets.py, tests/test_screen.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.loaders import extract
from policykg.loaders.reading.document import Doc
from policykg.loaders.rules.enumerations import enumerations
from policykg.loaders.rules.news import outlets
from policykg.loaders.rules.places import plausible_zone
from policykg.loaders.rules.subject import subjects
from policykg.loaders.words.shape import repair, shape_problem
from policykg.resolve.divisions import lookup_region

pytestmark = pytest.mark.usefixtures("rules_only")

DATA = Path(__file__).resolve().parents[1] / "data"


def names(digest: dict, key: str) -> list[str]:
    return [x if isinstance(x, str) else x["name"] for x in digest[key]]


def test_the_head_of_a_list_types_its_items():
    d = extract("某市将重点发展甲乙智能、丙丁材料、戊己能源等三大未来产业。实施创新策源行动、场景牵引行动等两大行动。"
                "《措施》从加大研发投入、强化人才支撑等方面提出8条措施。推动产品在戊戌、己亥等场景示范应用。", doc_id="x")
    assert names(d, "fields") == ["甲乙智能", "丙丁材料", "戊己能源"]
    assert {"创新策源行动", "场景牵引行动"} <= set(names(d, "programmes"))
    assert names(d, "measures") == ["加大研发投入", "强化人才支撑"]
    assert names(d, "scenarios") == ["戊戌", "己亥"]


def test_the_count_of_a_list_keeps_a_joined_item_whole():
    d = extract("包括柔性电子、数字诊疗装备和新型药物、新兴海洋科技等3个未来产业。", doc_id="x")
    assert names(d, "fields") == ["柔性电子", "数字诊疗装备和新型药物", "新兴海洋科技"]


def test_industries_listed_as_strategic_emerging_or_as_sectors_are_not_fields():
    d = extract("做优做强优势主导产业(新一代信息技术产业、新材料产业)，推动人工智能与制造业、文化等重点方向深度融合。",
                doc_id="x")
    assert names(d, "fields") == []


def test_a_national_list_quoted_in_a_regional_plan_is_not_the_region_s():
    text = ("湖北省未来产业发展实施方案\n国家将前瞻谋划类脑智能、量子信息等未来产业。"
            "我省将前瞻布局生命健康、前沿新材料等未来产业。")
    assert names(extract(text, doc_id="x"), "fields") == ["生命健康", "前沿新材料"]


def test_a_single_technology_plan_has_its_technology_as_field():
    d = extract("湖北省人形机器人产业创新发展实施方案(2025-2027年)\n一、总体要求\n到2027年，培育10家企业。", doc_id="x")
    (field,) = [f for f in d["fields"] if f["evidence"]["rule"] == "field.subject"]
    assert field["name"] == "人形机器人" and "人形机器人" in field["evidence"]["quote"]


def test_news_headline_outlet_about_and_people():
    text = ("武汉发布脑机接口新政,聚焦三类场景\n"
            "中新社武汉6月13日电 武汉市政府新闻办13日召开新闻发布会,公布《武汉市脑机接口产业发展行动计划》。"
            "武汉市科技局局长王小明介绍,将加快发展。")
    d = extract(text, doc_id="x")
    meta = d["document"]
    assert meta["title"] == "武汉发布脑机接口新政,聚焦三类场景" and meta["doc_type"] == "新闻报道"
    assert meta["issuer"] == "中新社" and meta["about"] == "武汉市脑机接口产业发展行动计划"
    assert "中新社" in names(d, "organizations") and "脑机接口" in names(d, "fields")
    assert [(p["name"], p["role"]) for p in d["people"]] == [("王小明", "武汉市科技局局长")]


def test_no_title_when_the_text_starts_with_its_first_section():
    d = extract("一、起草背景\n为贯彻落实有关部署，特起草《某市关于加快航空产业发展的若干措施》。\n二、主要内容\n本措施共十条。",
                doc_id="x")
    assert d["document"]["title"] is None and d["document"]["doc_type"] == "政策解读"


def test_names_begin_on_word_boundaries():
    d = extract("某市东湖高新区将建成光谷未来产业先导区。副局长王大明在发布会上介绍。利用政策性银行贷款。", doc_id="x")
    zones, orgs = names(d, "zones"), names(d, "organizations")
    assert "光谷未来产业先导区" in zones and not any("将" in z or "建成" in z for z in zones)
    assert not any("在" in o or "利用" in o or "政策性银行" == o for o in orgs)


def test_named_bodies_of_an_addressee_line_are_organizations():
    text = ("各县(市、区)人民政府,市发展改革委、教育局、科技局:\n《某市行动方案》已经市政府同意，现印发给你们。\n"
            "某市人民政府办公室\n2025年1月25日")
    orgs = names(extract(text, doc_id="x"), "organizations")
    assert {"市发展改革委", "教育局", "科技局"} <= set(orgs)
    assert not any(o.startswith("各") or o == "县人民政府" for o in orgs)


def test_a_modifier_between_a_list_and_its_head_keeps_the_head():
    d = extract("巩固提升甲乙材料、丙丁材料和戊己材料3大重点赛道,大力发展庚辛塑料、壬癸薄膜等战略关键材料。", doc_id="x")
    assert names(d, "fields") == ["甲乙材料", "丙丁材料", "戊己材料", "庚辛塑料", "壬癸薄膜"]


def test_a_list_after_locative_zai_is_a_setting_unless_a_commitment_follows():
    d = extract("新材料在电子信息、生物医药等前沿领域具有广阔应用前景。推动氢能在交通、冶金、化工等领域应用。",
                doc_id="x")
    assert names(d, "fields") == []  # where something is used, and sectors: settings
    d = extract("首批先导区主要分布在量子科技、空天信息等领域。", doc_id="x")
    assert names(d, "fields") == ["量子科技", "空天信息"]


def test_a_list_of_known_fields_needs_no_verb_of_commitment():
    d = extract("将推进人工智能、未来网络、元宇宙、合成生物等领域先导区的培育创建。", doc_id="x")
    assert names(d, "fields") == ["人工智能", "未来网络", "元宇宙", "合成生物"]


def test_words_of_quality_are_no_part_of_a_cluster_name():
    d = extract("打造世界级创新型生物医药产业集群。", doc_id="x")
    assert names(d, "clusters") == ["生物医药产业集群"]


def test_a_copying_sites_labelled_metadata_gives_title_issuer_and_dates():
    text = ("发文标题: 某省人民政府办公厅关于印发某省加快甲乙智能产业发展实施方案的通知\n发文部门: 某省人民政府办公厅\n"
            "发文时间: 2024-8-17\n实施时间: 2024-8-20\n各市人民政府:\n"
            "经省人民政府同意,现将《某省加快甲乙智能产业发展实施方案》印发给你们,请照此执行。\n")
    doc = extract(text, doc_id="x")["document"]
    assert (doc["title"], doc["doc_type"], doc["issuer"]) == ("某省加快甲乙智能产业发展实施方案", "实施方案", "某省人民政府办公厅")
    assert (doc["date"], doc["valid_from"]) == ("2024-08-17", "2024-08-20")


def test_bodies_signing_a_release_and_sources_closing_a_report_are_its_issuers():
    text = ("第一批先导区名单公布,某区+2!\n原创 区经信局、区融媒体中心\n作者:某某\n近日,市经信局公布名单。\n")
    d = extract(text, doc_id="x")
    assert d["document"]["title"] == "第一批先导区名单公布,某区+2!"
    assert d["document"]["issuer"] == "区经信局 区融媒体中心"
    assert {"区经信局", "区融媒体中心"} <= set(names(d, "organizations"))
    text = "2月8日从省发改委获悉,《某省北斗产业行动方案》已印发实施。\n来源 某省发布 某市发布\n"
    assert extract(text, doc_id="x")["document"]["issuer"] == "某省发布 某市发布"


def test_a_headline_dated_at_its_end_gives_the_date_not_the_title():
    text = "2022年7月8日市政府新闻发布会新闻素材稿 2022-07-08\n市政府新闻办今天举行新闻发布会,记者从会上获悉。\n"
    doc = extract(text, doc_id="x")["document"]
    assert (doc["title"], doc["date"]) == ("2022年7月8日市政府新闻发布会新闻素材稿", "2022-07-08")


def test_labels_spaced_to_width_and_letterheads_in_front_of_a_title():
    text = ("索  引 号: 1122/2025-02019\n发文机关: 某省人民政府\n标      题: 某省人民政府关于加快推进甲乙智能创新发展的实施意见 | |\n"
            "各市人民政府:\n现就加快推进甲乙智能创新发展提出如下意见。\n")
    doc = extract(text, doc_id="x")["document"]
    assert (doc["title"], doc["doc_type"]) == ("某省人民政府关于加快推进甲乙智能创新发展的实施意见", "实施意见")
    text = "国家能源局综合司文件国能综通科技〔2025〕91 号国家能源局综合司关于组织开展能源领域氢能试点工作的通知\n各省能源局:\n为落实部署,现通知如下。\n"
    doc = extract(text, doc_id="x")["document"]
    assert (doc["title"], doc["issuer"]) == ("国家能源局综合司关于组织开展能源领域氢能试点工作的通知", "国家能源局综合司")


def test_a_reporters_byline_names_the_outlet_and_is_no_headline():
    text = "科技日报记者 刘园园\n日前,国家发展改革委印发《新型储能规模化建设专项行动方案(2025-2027年)》。\n"
    doc = extract(text, doc_id="x")["document"]
    assert doc["title"] is None and doc["issuer"] == "科技日报"


def test_an_outlets_home_is_not_the_region_of_the_report():
    text = ("2月23日,宁夏回族自治区发改委官网消息,宁夏回族自治区发改委发布《宁夏新型储能发展实施方案》。\n"
            "(文章来源:上海证券报·中国证券网)\n")
    d = extract(text, doc_id="x")
    assert d["document"]["issuer"] == "上海证券报·中国证券网"
    assert d["document"]["region"] == "宁夏回族自治区"
    assert {"宁夏回族自治区发改委", "上海证券报·中国证券网"} <= set(names(d, "organizations"))


def test_a_surname_that_is_also_a_preposition_stays_in_the_name():
    d = extract("省人大常委会副主任于国安出席会议。", doc_id="x")
    assert names(d, "people") == ["于国安"]


def test_a_rank_to_reach_is_no_zone_and_no_part_of_a_subject():
    d = extract("大同市国家级数据标注基地建设实施方案\n到2026年,建成国家级数据标注基地。\n", doc_id="x")
    assert names(d, "zones") == []
    assert names(d, "fields") == ["数据标注"]


def test_a_text_that_opens_on_a_policy_and_explains_it_is_an_interpretation():
    text = ("《某市促进甲乙产业发展若干规定》(以下简称《若干规定》)经市人民代表大会常务委员会审议通过。\n"
            "一、立法的必要性\n制定《若干规定》是培育新质生产力的需要。\n")
    assert extract(text, doc_id="x")["document"]["doc_type"] == "政策解读"


def test_events_named_by_a_quoted_theme_and_counted_editions():
    d = extract("南京“以科技创新引领产业创新,打造新质生产力的重要阵地”专场新闻发布会今天举行。"
                "第三十四届哈尔滨国际经济贸易洽谈会开幕。市政府新闻办今天举行发布会。“数智赋能”产业论坛举行。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert {"“数智赋能”产业论坛", "哈尔滨国际经济贸易洽谈会", "市政府新闻办"} <= orgs
    assert not any("发布会" in o or o.startswith("重要阵地") for o in orgs)  # a press conference is the text's occasion
    fair = next(o for o in d["organizations"] if o["name"] == "哈尔滨国际经济贸易洽谈会")
    assert "第三十四届哈尔滨国际经济贸易洽谈会" in fair["aliases"]  # the edition, as written


def test_a_recurring_event_is_one_organization_whatever_the_edition():
    d = extract("2023世界机器人大会主论坛上，首届世界机器人大会以来的成果发布。2025世界机器人大会将于8月举行。", doc_id="x")
    events = [o for o in d["organizations"] if o["kind"] == "event"]
    assert [o["name"] for o in events] == ["世界机器人大会"]
    assert {"2023世界机器人大会主论坛", "首届世界机器人大会", "2025世界机器人大会"} <= set(events[0]["aliases"])


def test_counted_bodies_lists_of_programmes_and_magnitude_units():
    d = extract("会议邀请了纳睿雷达、海鸥飞行汽车、北理珠航空学院等13家联盟单位的代表。"
                "“7”是实施“七项工程”,分别是算力基础提升工程、信息网络联通工程、数据流通融合工程和绿色能源保障工程。"
                "到2025年底,标准机架总数达72万架,带动就业人员5.3万余人。", doc_id="x")
    orgs = {o["name"]: o["kind"] for o in d["organizations"]}
    assert orgs.get("纳睿雷达") == "enterprise" and orgs.get("北理珠航空学院") == "university"
    assert {"算力基础提升工程", "信息网络联通工程", "数据流通融合工程", "绿色能源保障工程"} <= set(names(d, "programmes"))
    assert "“七项工程”" not in names(d, "programmes")
    targets = {(t["value"], t["unit"], t["qualifier"]) for t in d["targets"]}
    assert {(72, "万架", None), (5.3, "万人", "余")} <= targets


def test_time_rank_and_count_words_in_front_of_an_organization_are_dropped():
    d = extract("随着去年全市首个区级合成生物产业联盟的成立,本次大会进一步加速了要素集聚。", doc_id="x")
    assert names(d, "organizations") == ["合成生物产业联盟"]


def test_a_paragraph_that_opens_with_a_programme_names_it():
    d = extract("某省北斗产业行动方案\n《方案》提出实施六大工程。\n规模化场景应用工程,以北斗在交通、水利等行业的规模化应用为突破口。\n"
                "市场主体培育壮大工程,包括打造领军企业。\n", doc_id="x")
    assert {"规模化场景应用工程", "市场主体培育壮大工程"} <= set(names(d, "programmes"))


def test_a_series_of_yearly_values_and_a_period_end():
    d = extract("某省北斗产业行动方案\n《方案》提出,实现北斗产业规模“一年强基、两年加速”,力争2023年达到650亿元、2024年达到800亿元、"
                "2025年达到1000亿元,“十四五”末产业规模占全国比重达10%以上。新能源装机规模将超过5000万千瓦,力争达到5500万千瓦。",
                doc_id="x")
    got = {(t["year"], t["metric"], t["value"]) for t in d["targets"]}
    assert {(2023, "北斗产业规模", 650), (2024, "北斗产业规模", 800), (2025, "北斗产业规模", 1000),
            (2025, "产业规模占全国比重", 10)} <= got
    assert any(t["value"] == 5500 and t["metric"] == "新能源装机规模" for t in d["targets"])


def test_numbered_items_that_grant_money_are_measures_without_a_title():
    text = ("为抢抓人工智能发展机遇,制定以下措施。\n一、丰富算力供给\n1.发放“算力券”。对租用算力的企业给予补贴,最高200万元。\n"
            "2.发放“模型券”。对采购模型服务的企业给予补贴,最高100万元。\n二、促进标注产业发展\n"
            "3.发放“标注券”。对采购标注服务的企业给予补贴,最高50万元。\n4.住房保障支持。对引进人才给予租房补贴,最高10万元。\n")
    d = extract(text, doc_id="x")
    assert d["document"]["doc_type"] == "若干措施"
    assert names(d, "measures") == ["发放“算力券”", "发放“模型券”", "发放“标注券”", "住房保障支持"]


def test_a_count_that_asks_for_more_items_splits_a_joined_last_item():
    d = extract("此次政策从实施甲乙孵化、平台建设、成果转化、产业壮大培育和融合发展等6大方面出台一系列支持政策。", doc_id="x")
    assert names(d, "measures") == ["甲乙孵化", "平台建设", "成果转化", "产业壮大培育", "融合发展"]


def test_a_cover_letter_signed_over_two_lines_and_a_period_on_its_own_line():
    text = ("各市经信局,省级有关单位:\n现将方案印发给你们,请结合实际抓好落实。\n某省制造业高质量发展(数字经济发展)\n"
            "领导小组办公室(代章)\n2024年9月2日\n某省甲乙机器人产业创新发展实施方案\n(2024—2027年)\n为加快发展,制定本方案。\n")
    doc = extract(text, doc_id="x")["document"]
    assert doc["title"] == "某省甲乙机器人产业创新发展实施方案(2024—2027年)"
    assert doc["issuer"] == "某省制造业高质量发展(数字经济发展)领导小组办公室"
    assert doc["date"] == "2024-09-02"


def test_a_report_on_a_plan_named_without_book_marks():
    text = ("我国力争2027年基本实现商业航天高质量发展\n新华社北京11月25日电 11月25日公布的国家航天局推进商业航天高质量安全发展行动计划"
            "(2025—2027年)提出,将商业航天纳入国家航天发展总体布局。\n")
    doc = extract(text, doc_id="x")["document"]
    assert doc["about"] == "国家航天局推进商业航天高质量安全发展行动计划(2025—2027年)"
    assert doc["region"] == "全国"


def test_technologies_under_a_key_technology_head_are_fields():
    d = extract("突破人工智能芯片、多模态大模型、具身智能等关键核心技术和前沿技术。", doc_id="x")
    assert names(d, "fields") == ["人工智能芯片", "多模态大模型", "具身智能"]


def test_subjects_of_counted_measures_and_of_technologies_that_empower_a_sector():
    from policykg.loaders.rules.subject import subjects
    assert subjects("廊坊市促进人工智能产业发展十三条措施") == ["人工智能"]
    assert subjects("广东省推动生物制造赋能制造业的若干措施") == ["生物制造"]


def test_the_bodies_that_issue_a_text_are_its_organizations():
    text = "某省工业和信息化厅关于印发《某省甲乙智能产业发展实施方案》的通知\n各市工业和信息化局:\n现将方案印发给你们。\n"
    assert "某省工业和信息化厅" in names(extract(text, doc_id="x"), "organizations")


def test_counted_zones_are_no_names_and_a_zone_named_after_yi_is_its_own():
    d = extract("此次钱塘两大先导区成功入围。建设两个低空经济总部集聚区。此次入围的合成生物未来产业先导区以杭州医药港为核心。", doc_id="x")
    assert "杭州医药港" in names(d, "zones")
    assert not any(re.search(r"两|此次|以", z) for z in names(d, "zones"))


def test_plans_listed_by_their_aims_are_documents_not_programmes():
    d = extract("介绍了促进绿色低碳产业发展、培育“元宇宙”新赛道、促进智能终端产业高质量发展三个行动方案相关情况。", doc_id="x")
    assert names(d, "programmes") == []


def test_a_quoted_slogan_is_no_programme():
    d = extract("围绕“加快构建现代产业体系”部署任务。着力实施补链强链延链、应用开发推广等五大行动。", doc_id="x")
    assert "“加快构建现代产业体系”" not in names(d, "programmes")
    assert not any(p.startswith("着力") for p in names(d, "programmes"))


def test_a_headless_list_of_industries_after_a_verb_of_development():
    d = extract("铜川高新区重点发展火箭发动机总装总测、航天装备试验检测、航天新材料及装备开发等,打造特色园区。", doc_id="x")
    assert names(d, "fields") == ["火箭发动机总装总测", "航天装备试验检测", "航天新材料及装备开发"]


def test_people_with_inspector_titles_rare_surnames_and_honorifics():
    d = extract("海南省农业农村厅水产养殖处处长宾海说,今年新增项目。省工业和信息化厅二级巡视员孙于萍说,已初步形成集群。"
                "省发展和改革委员会副主任、新闻发言人郭金华女士:\n云南发展低空经济。", doc_id="x")
    assert {"宾海", "孙于萍", "郭金华"} <= set(names(d, "people"))


def test_quoted_names_keep_their_numerals():
    d = extract("为深入实施“氢进万家”科技示范工程,推进全市氢能产业发展。", doc_id="x")
    assert "“氢进万家”科技示范工程" in names(d, "programmes")


def test_a_text_co_signed_by_many_bodies_and_a_cover_that_opens_on_its_purpose():
    text = ("市直有关部门:\n为推进全市甲乙产业发展,我们制定了《关于支持甲乙产业发展的若干政策》,已经市政府同意,现印发给你们。\n"
            "某市科学技术局\n某市财政局\n某市工业和信息化局\n某市科学技术协会\n2025年4月10日\n(此件公开发布)\n"
            "关于支持甲乙产业发展的若干政策\n一、支持甲乙示范。对示范项目给予最高100万元奖励。\n")
    doc = extract(text, doc_id="x")["document"]
    assert doc["title"] == "关于支持甲乙产业发展的若干政策"
    assert doc["doc_type"] == "若干措施"
    assert doc["issuer"] == "某市科学技术局 某市财政局 某市工业和信息化局 某市科学技术协会"
    assert doc["date"] == "2025-04-10"


def test_a_title_line_keeps_its_numerals_and_a_dateline_without_a_date_names_the_outlet():
    d = extract("某市发布甲乙产业三年行动计划 目标千亿规模\n某某新闻讯 近日,某市印发行动计划,到二〇三〇年培育十五家企业。\n",
                doc_id="x")
    assert d["document"]["title"] == "某市发布甲乙产业三年行动计划 目标千亿规模"
    assert d["document"]["issuer"] == "某某新闻"
    assert d["document"]["doc_type"] == "新闻报道"
    d = extract("某市出台甲乙计划\nABCnews.com 9 月 24 日消息,某市经信委近日印发计划。\n", doc_id="y")
    assert d["document"]["issuer"] == "ABCnews.com"


def test_the_subject_of_a_notice_a_request_and_a_report_on_a_dated_plan():
    from policykg.loaders.rules.subject import subjects

    assert subjects("某局关于开展新型储能试点示范项目申报和评选的公告") == ["新型储能"]
    assert subjects("某区经委关于提请印发《某区支持氢能产业发展实施办法》的请示") == ["氢能"]
    assert subjects("河南省氢能产业链2025年行动方案") == ["氢能"]
    assert subjects("关于加快推动洛阳市氢能产业高质量发展的实施意见") == ["氢能"]
    assert subjects("江门市未来产业集群培育行动计划") == []


def test_the_aspects_of_a_policys_measures_in_a_report():
    d = extract("某报讯 近日,某省印发《某若干政策措施》。“某十条”从支持氢能产业示范区发展、企业培育壮大、扩大氢燃料电池车辆应用"
                "3个方面给予专项支持。会议主要聚焦强化行业规范管理、加快技术创新、推动应用拓展三个方面。\n", doc_id="x")
    assert names(d, "measures") == ["支持氢能产业示范区发展", "企业培育壮大", "扩大氢燃料电池车辆应用", "强化行业规范管理", "加快技术创新",
                                    "推动应用拓展"]


def test_energy_units_no_modal_in_a_metric_and_no_target_inside_a_quoted_name():
    d = extract("到2025年,全市储能电池总产能力争达到110GWh。决定将“某市300MW/1800MWh压缩空气储能示范项目”等56个项目列为试点。",
                doc_id="x")
    assert [(t["year"], t["metric"], t["value"], t["unit"]) for t in d["targets"]] == [
        (2025, "全市储能电池总产能", 110, "GWh")]


def test_outlets_credited_together_or_at_a_paragraphs_end_and_an_official_before_a_date():
    d = extract("某地新闻\n石榴云/某某日报讯(记者 某某报道)为促进氢能产业发展,自治区发展改革委日前印发《某政策措施》。\n", doc_id="x")
    assert d["document"]["issuer"] == "石榴云/某某日报"
    assert {"石榴云", "某某日报", "自治区发展改革委"} <= set(names(d, "organizations"))
    d = extract("某部:将深入实施规范条件\n某部电子信息司二级巡视员周海燕4月10日在第十三届储能国际峰会暨展览会上表示,"
                "山西发改委将加快技术进步。(上证报)\n", doc_id="y")
    assert d["document"]["issuer"] == "上证报"
    assert {"储能国际峰会暨展览会", "山西发改委", "上证报"} <= set(names(d, "organizations"))  # the edition is an alias
    assert [(p["name"], p["role"]) for p in d["people"]] == [("周海燕", "某部电子信息司二级巡视员")]


def test_a_verb_the_tagger_knows_does_not_open_a_body_or_a_place():
    from policykg.loaders.words.shape import repair

    assert repair("建好用好青岛合成生物技术创新联盟", "organization") == (4, "青岛合成生物技术创新联盟")
    assert repair("现报送区政府", "organization") == (3, "区政府")
    assert repair("临空经济区(廊坊)管委会", "organization") == (0, "临空经济区(廊坊)管委会")


def test_goals_listed_after_a_goal_clause_need_no_year_of_their_own():
    d = extract("其中提出,湖南省力争建成高能级创新平台15个以上;形成年研制60发运载火箭、500颗商业卫星的能力;重点建设9个特色园区。",
                doc_id="x")
    assert {(t["metric"], t["value"], t["unit"]) for t in d["targets"]} >= {
        ("高能级创新平台", 15, "个"), ("运载火箭", 60, "发"), ("商业卫星", 500, "颗")}


def test_a_county_s_reply_to_a_proposal_and_a_forwarded_opinion():
    text = ("元谋县发展和改革局对县政协十届四次会议第1号提案的答复\n李某某委员:\n您提出的关于加快低空经济发展的提案收悉。"
            "云南省高度重视低空经济。\n")
    doc = extract(text, doc_id="x")["document"]
    assert (doc["doc_type"], doc["issuer"], doc["region"]) == ("答复", "元谋县发展和改革局", "楚雄彝族自治州")
    text = ("金山区人民政府办公室关于转发区经委制订的《金山区加快推进甲乙产业高质量发展的实施意见》的通知\n各镇政府:\n"
            "区经委制订的《金山区加快推进甲乙产业高质量发展的实施意见》已经区政府常务会议讨论通过,现转发给你们。上海市。\n")
    doc = extract(text, doc_id="y")["document"]
    assert (doc["title"], doc["doc_type"], doc["region"]) == ("金山区加快推进甲乙产业高质量发展的实施意见", "实施意见", "上海市")


def test_a_horizontal_bar_in_a_period_is_a_dash():
    doc = extract("珠海市推动商业航天高质量发展实施方案(2025―2028年)\n为推动发展,制定本方案。\n", doc_id="x")["document"]
    assert doc["title"] == "珠海市推动商业航天高质量发展实施方案(2025—2028年)"
    assert doc["doc_type"] == "实施方案"


def test_a_report_that_reprints_a_policy_under_its_own_headline_or_source():
    text = ("【重磅政策】某省打造“某某谷”!16部门联合印发《湖南省甲乙产业发展行动计划(2023—2025年)》\n为全面贯彻落实,加快发展。\n"
            "关于印发《湖南省甲乙产业发展行动计划(2023—2025年)》的通知\n湘经信〔2023〕1号\n")
    doc = extract(text, doc_id="x")["document"]
    assert doc["doc_type"] == "新闻报道"
    assert doc["title"].startswith("【重磅政策】") and doc["about"] == "湖南省甲乙产业发展行动计划(2023—2025年)"
    doc = extract("据长沙市人民政府网站,长沙市人民政府办公厅印发《关于支持甲乙产业发展的若干措施》。措施提出,支持集聚发展。\n"
                  "支持企业布局甲乙业务。\n关于支持甲乙产业发展的若干措施\n", doc_id="y")["document"]
    assert (doc["title"], doc["doc_type"]) == (None, "新闻报道")


def test_events_keep_their_year_as_an_alias_and_officials_their_chain_titles():
    d = extract("标题\n3月10日,2022年某省虚拟现实产业博览会在南昌召开,省委常委、南昌市委书记、省虚拟现实产业链链长李某某主持会议。"
                "在2025年6G发展大会上,各方表示。落实2023年中央经济工作会议部署。\n", doc_id="x")
    orgs = {o["name"]: o for o in d["organizations"]}
    assert {"某省虚拟现实产业博览会", "6G发展大会", "中央经济工作会议"} <= set(orgs)
    assert "2022年某省虚拟现实产业博览会" in orgs["某省虚拟现实产业博览会"]["aliases"]
    assert "2025年6G发展大会" in orgs["6G发展大会"]["aliases"]
    assert [p["name"] for p in d["people"]] == ["李某某"]


def test_measures_numbered_on_across_their_groups_with_a_lead_clause_as_heading():
    text = ("为贯彻落实《某规划》,制定如下措施。\n一、推进甲乙产业集聚区建设\n(一)打造高品质产业空间,统筹全域空间资源,围绕创新孵化区、"
            "转化加速区、高端制造区等功能组团布局产业载体,推动产业集聚发展。\n(二)强化用地支撑保障,用好全区统筹的用地规划指标和年度供地计划"
            "指标,匹配各功能组团建设需求。\n二、促进甲乙产业集群发展\n(三)支持总部企业落地发展,对世界和中国500强企业、境内外上市企业等"
            "头部企业给予支持。\n")
    d = extract(text, doc_id="x")
    assert d["document"]["doc_type"] == "若干措施"
    assert names(d, "measures") == ["打造高品质产业空间", "强化用地支撑保障", "支持总部企业落地发展"]


def test_technology_routes_are_fields_and_the_links_they_have_are_not():
    d = extract("本措施重点支持电化学储能、物理储能、氢能等先进技术路线的原材料、元器件、工艺装备、电芯模组、系统集成等重点领域。", doc_id="x")
    assert names(d, "fields") == ["电化学储能", "物理储能", "氢能"]


def test_support_items_a_report_reprints_without_numbers():
    text = ("具体来看,《实施方案》提出发展目标。\n另一项文件则明确,支持甲乙项目落地。对整建制迁入的头部企业给予最高1000万元奖励。\n"
            "支持甲乙领域研发创新。组织实施重大科技专项,单个项目财政支持资金不低于1000万元。\n"
            "在人才支持方面,高层次人才来区内创办项目,给予最高 1000 万元启动资金。\n")
    assert names(extract(text, doc_id="x"), "measures") == ["支持甲乙项目落地", "支持甲乙领域研发创新", "人才支持"]


def test_a_draft_for_comment_keeps_its_subject_and_a_slogan_is_no_part_of_it():
    from policykg.loaders.rules.subject import subjects

    assert subjects("某区关于加快元宇宙产业高质量发展的若干意见(意见征求稿)") == ["元宇宙"]
    assert subjects("杭州市具身智能机器人“强链补链”三年行动方案(2025-2027年)(征求意见稿)") == ["具身智能机器人"]


def test_bodies_in_apposition_and_names_that_hold_deng_or_open_on_a_verb_like_word():
    t = ("标题\n聚变金融机构联盟由科大硅谷公司发起。中国科学院合肥物质科学研究院等离子体物理研究所参与。"
         "战略投资链主企业——聚变新能公司,旗下合肥科创集团。中国—东盟博览会开幕。\n")
    assert {"聚变金融机构联盟", "科大硅谷公司", "中国科学院合肥物质科学研究院等离子体物理研究所", "聚变新能公司", "合肥科创集团",
            "中国—东盟博览会"} <= set(names(extract(t, doc_id="x"), "organizations"))


def test_a_paragraph_that_opens_on_a_direction_gives_its_fields_to_that_cluster():
    text = ("某高新区将培育未来信息、未来能源等未来产业。\n"
            "对于未来信息领域,某高新区将以某科技园为主要载体,重点推进甲乙通信、丙丁计算等领域的发展。\n"
            "在未来能源领域,某高新区将重点推进戊己储能、庚辛核能等领域的发展。")
    clusters = {c["name"]: c["fields"] for c in extract(text, doc_id="x")["clusters"]}
    assert clusters["未来信息"] == ["甲乙通信", "丙丁计算"] and clusters["未来能源"] == ["戊己储能", "庚辛核能"]


def test_people_named_before_a_second_person_or_a_date():
    text = ("记者对话了某市科学技术局党组书记、局长王甲和某市智能制造局党组书记、局长李乙。\n"
            "某省交通运输局综合规划处副处长张丙1日下午说,低空经济发展势头迅猛。")
    people = {p["name"]: p["role"] for p in extract(text, doc_id="x")["people"]}
    assert set(people) == {"王甲", "李乙", "张丙"}
    assert people["王甲"] == "某市科学技术局党组书记、局长" and people["李乙"] == "某市智能制造局党组书记、局长"


def test_contact_lines_are_no_title_and_a_draft_keeps_its_type():
    text = ("为落实某省党代会精神,某新区起草了《某新区发展规划(2022-2027年)》(征求意见稿),现公开征求意见。\n"
            "联系电话:028-12345678\n电子邮箱:someone@example.com\n"
            "附件:《某新区发展规划(2022-2027年)》(征求意见稿)\n")
    meta = extract(text, doc_id="x")["document"]
    assert not meta["title"].startswith("联系电话") and meta["doc_type"] == "规划"


def test_a_regions_party_congress_is_an_event_and_staff_credits_name_the_outlet():
    text = "某市会见来访客人\n为深入贯彻落实四川省第十二次党代会精神,双方签约。\n(包头市融媒体中心记者:王甲;编辑:李乙)"
    orgs = {o["name"]: o["kind"] for o in extract(text, doc_id="x")["organizations"]}
    assert orgs["四川省第十二次党代会"] == "event"
    assert [o.name for o in outlets(Doc.from_text(text, "x"))] == ["包头市融媒体中心"]
    assert [o.name for o in outlets(Doc.from_text("洛报融媒记者从25日举行的发布会上获悉,某市将培育未来产业。", "x"))] == ["洛报融媒"]


def test_a_zone_named_with_and_without_its_place_is_one_zone():
    text = "现将《哈尔滨市建设国家新一代人工智能创新发展试验区若干政策》印发。支持哈尔滨国家新一代人工智能创新发展试验区建设。"
    zones = extract(text, doc_id="x")["zones"]
    assert [(z["name"], z["aliases"]) for z in zones] == [
        ("哈尔滨国家新一代人工智能创新发展试验区", ["国家新一代人工智能创新发展试验区"])]


@pytest.mark.parametrize(("text", "region"), [
    ("安徽蚌埠：打造新材料产业高地\n蚌埠市加快发展新材料。", "蚌埠市"),
    ("“共建甘肃省氢能产业研究院”合作签约仪式在兰州新区举行\n1日,签约仪式举行。", "兰州市"),
    ("安徽省未来产业发展行动方案\n各市人民政府:", "安徽省"),
    # a national policy a local text cites as its basis, or as background, is not the text's region
    ("根据《国务院关于推动甲乙产业发展的意见》,为加快建设甲乙产业高地,决定组织上海市甲乙创新项目申报,"
     "现将有关事项通知如下:\n一、主要目标\n正文。\n二、申报条件\n正文。", "上海市"),
    ("对区政协提案的答复\n我委收悉提案后认真研究。2017年,国务院印发了《新一代人工智能发展规划》,上海市也发布了《实施意见》。"
     "当前,上海要着力打造人工智能高地,我区积极承接上海相关工作任务。", "上海市"),
    # a county's short name read across two words (创新|平台) names no county
    ("为推动甲乙科技创新,现制定如下措施。\n1.加强创新平台建设。支持创新平台发展。\n2.建设创新平台。支持省内企业。", None),
    # 我区 is a district's own word unless an autonomous region or a province-level city is named
    ("第十二讨论组:\n贵组提出的关于我区智能制造业集群发展的建议的提案收悉,现答复如下:\n"
     "天桥区工信局推动我区产业发展,落实济南市委、济南市人民政府部署和山东省要求。\n", "济南市"),
    # a province's own text that names other provinces is of the province whose cities it names
    ("调研情况:\n我省既是新材料生产制造大省也是应用大省,南京、苏州集聚了一批龙头企业,"
     "与浙江、上海相比,我省前沿新材料布局仍需加强。\n", "江苏省")])
def test_a_title_that_names_a_province_and_a_place_in_it_is_of_the_place(text, region):
    assert extract(text, doc_id="x")["document"]["region"] == region


@pytest.mark.parametrize(("text", "programme"), [
    ("以人工智能与重点产业融合为主线,以“AI泉城”赋能行动为抓手,构建体系。", ("“AI泉城”赋能行动", "行动")),
    ("兰州新区获批全国“科创中国”试点城市,推进建设。", ("“科创中国”试点", "试点")),
    ("在全省率先开展低空空域管理改革试点,打造集群。", ("低空空域管理改革试点", "试点"))])
def test_quoted_and_verb_named_pilots_and_actions(text, programme):
    assert programme in [(p["name"], p["kind"]) for p in extract(text, doc_id="x")["programmes"]]


def test_a_page_naming_itself_or_a_dateline_of_a_place_only_names_no_outlet():
    assert outlets(Doc.from_text("标题\n来源:本网 发布时间:2025-01-01\n正文。", "x")) == []
    assert outlets(Doc.from_text("某市打造基地\n长春7月4日电(李丹)某市已实现。", "x")) == []
    assert [o.name for o in outlets(Doc.from_text("新华社北京7月4日电 正文。", "x"))] == ["新华社"]


def test_a_county_level_city_its_province_administers_is_the_region_of_its_own_texts():
    text = ("各镇人民政府,各街道办事处:\n《仙桃市人工智能产业发展三年行动方案(2025—2027年)》已经市人民政府同意,现印发给你们。\n"
            "仙桃市人民政府\n2025年8月9日\n仙桃市人工智能产业发展三年行动方案")
    d = extract(text, doc_id="x")
    assert d["document"]["region"] == "仙桃市" and names(d, "districts") == [] and names(d, "fields") == ["人工智能"]
    d = extract("新疆生产建设兵团将在石河子市、五家渠市布局低空经济。", doc_id="x")
    assert "石河子市" in names(d, "districts")


def test_an_issuer_label_ends_before_the_next_label():
    text = ("发文机关: 某市某某开发区管理委员会 统一登记号:\n标题: 某市关于印发《某规划》的通知\n"
            "某市某某开发区管理委员会关于印发《某规划》的通知")
    assert extract(text, doc_id="x")["document"]["issuer"] == "某市某某开发区管理委员会"


def test_items_in_ascii_quotes_and_fields_of_a_new_track_a_plan_opens():
    d = extract('首批锁定"低空+物流运输""低空+文化旅游""低空+应急救援"三大应用场景。', doc_id="x")
    assert names(d, "scenarios") == ["低空+物流运输", "低空+文化旅游", "低空+应急救援"]
    d = extract("着力开辟甲乙复合气瓶、丙丁轻量化等下游制品领域新赛道,提升本地转化率。", doc_id="x")
    assert names(d, "fields") == ["甲乙复合气瓶", "丙丁轻量化"]


def test_counts_a_plan_sets_out_to_build_are_targets_without_a_year():
    text = "某市规划建设1个市级低空飞行管理服务平台,新建甲、乙、丙3个通用机场,同步布局10个数字化起降平台。规划面积157.6平方公里。"
    targets = [(t["year"], t["metric"], t["value"], t["unit"]) for t in extract(text, doc_id="x")["targets"]]
    assert targets == [(None, "市级低空飞行管理服务平台", 1, "个"), (None, "通用机场", 3, "个"), (None, "数字化起降平台", 10, "个")]


def test_people_named_before_what_they_do():
    text = ("省科协正厅长级干部陈甲出席会谈。\n迈胜医疗集团董事长、元明资本创始合伙人田乙对某市的发展潜力给予认可。\n"
            "市长徐丙作政府工作报告。主任李作明介绍。")
    assert {p["name"] for p in extract(text, doc_id="x")["people"]} == {"陈甲", "田乙", "徐丙", "李作明"}


def test_a_note_on_a_title_stays_with_the_role():
    d = extract("某市召开发布会\n发布会上,某市发展和改革委员会党组副书记(主持全面工作)王甲介绍了有关情况。", doc_id="x")
    assert [(p["name"], p["role"]) for p in d["people"]] == [("王甲", "某市发展和改革委员会党组副书记(主持全面工作)")]


@pytest.mark.parametrize(("text", "date"), [
    ("某部门:积极稳妥推动低空经济发展\n2024年04月17日16:15 | 来源:人民网\n人民网北京4月17日电 正文。", "2024-04-17"),
    ("某市发布低空经济发展三年行动方案\nQi Lu Wan Bao Wang·2025-05-16 15:57\n正文。", "2025-05-16")])
def test_a_news_page_dated_under_its_headline(text, date):
    assert extract(text, doc_id="x")["document"]["date"] == date


def test_the_subject_of_a_plan_for_a_zone_is_the_zones_technology():
    assert subjects("哈尔滨市建设国家新一代人工智能创新发展试验区若干政策") == ["新一代人工智能"]
    assert subjects("关于支持氢能产业示范区建设的若干政策措施") == ["氢能"]


@pytest.mark.parametrize(("text", "title", "doc_type"), [
    ("《某市建设制造强市三年行动计划(2023—2025年)》的通知\n各县(市)、区人民政府:\n正文。", "某市建设制造强市三年行动计划(2023—2025年)", "行动计划"),
    ("天津市东丽区“十五五”时期\n数字经济发展规划(征求意见稿)\n一、发展现状和形势\n正文。", "天津市东丽区“十五五”时期数字经济发展规划(征求意见稿)", "规划"),
    ("名称 《某市临港产业发展规划(2024-2035年)》政策解读\n发布机构 市工业和信息化局 发文日期 2024-03-06\n一、出台背景\n正文。",
     "《某市临港产业发展规划(2024-2035年)》政策解读", "政策解读"),
    # a place and the start of the title over the rest; a set of 实施细则 is 细则, a 管理办法 is 办法 (CONVENTIONS.md)
    ("苏州工业园区促进甲乙产业\n高质量发展的若干措施实施细则\n(征求意见稿)\n第一章 总则\n第一条 正文。",
     "苏州工业园区促进甲乙产业高质量发展的若干措施实施细则", "细则"),
    ("某市公共数据授权运营管理办法(试行)\n第一条 为了规范管理,制定本办法。", "某市公共数据授权运营管理办法(试行)", "办法"),
    # an untitled cover: the body made X and prints it
    ("各设区市数据主管部门,某新区相关部门:\n为落实《甲乙三年行动计划》有关要求,省发展改革委会同有关部门制定了《某省甲乙三年行动实施方案(2024-2026年)》,"
     "现印发你们,请认真组织实施。\n某省发展改革委\n某省教育厅", "某省甲乙三年行动实施方案(2024-2026年)", "实施方案"),
    # an untitled notice: what it does, or says of itself
    ("各县(区)人民政府,市人民政府各工作部门:\n为加强统筹协调,市政府决定成立某市甲乙产业发展工作专班。现将有关事项通知如下:\n一、组成人员\n正文。",
     None, "通知"),
    ("为落实《甲乙发展行动计划》工作部署,现组织开展2025年甲乙创新发展试点工作。有关事项通知如下:\n一、试点方向\n正文。\n二、申报条件\n正文。", None, "通知"),
    # a cover that forwards a body's X names X; a drafter's explanation is an interpretation; a reply to a party's proposal
    ("名称: 市政府办公室关于转发市经信委等部门《某市甲乙产业发展行动计划(2018~2025年)》的通知\n各县(市)区人民政府:\n正文。",
     "某市甲乙产业发展行动计划(2018~2025年)", "行动计划"),
    ("关于“某市甲乙示范应用清单”编制情况的说明\n为贯彻落实《某条例》,现将编制情况说明如下。", "关于“某市甲乙示范应用清单”编制情况的说明", "政策解读"),
    ("民盟市委:\n贵委提出的关于构建新经济体系的提案收悉,现答复如下:\n一、现状\n正文。", None, "答复"),
    # an untitled text that opens on a policy's issue explains it
    ("为贯彻落实有关工作要求,经省政府同意,省发展改革委印发了《某省推动甲乙产业高质量发展行动方案》。\n一、总体要求\n正文。\n二、主要任务\n正文。",
     None, "政策解读")])
def test_titles_printed_over_two_lines_under_a_label_or_in_a_cut_cover(text, title, doc_type):
    meta = extract(text, doc_id="x")["document"]
    assert (meta["title"], meta["doc_type"]) == (title, doc_type)


def test_an_outlet_and_a_time_under_a_headline_are_no_title_and_name_the_issuer():
    text = "一图看懂!工信部明确中试标准建设指南\n第一财经·2025-12-30 13:48\n工业和信息化部印发《某指南》。"
    meta = extract(text, doc_id="x")["document"]
    assert meta["date"] == "2025-12-30" and not (meta["title"] or "").startswith("第一财经")
    assert [o.name for o in outlets(Doc.from_text(text, "x"))] == ["第一财经"]


def test_a_programme_begins_on_a_word():
    d = extract("全面落实高质量发展“十项行动”,要做好提振消费专项行动。", doc_id="x")
    assert {"高质量发展“十项行动”", "提振消费专项行动"} <= set(names(d, "programmes"))


def test_an_outcome_after_a_list_of_settings_commits_to_nothing_and_a_target_drops_its_assurance():
    d = extract("在经济发展、产业创新、改革开放、城乡融合、民生福祉五大领域实现突破性进展。到2025年,要确保年度产业投资1300亿元。",
                doc_id="x")
    assert names(d, "fields") == [] and [t["metric"] for t in d["targets"]] == ["年度产业投资"]


def test_a_verb_of_help_and_a_verb_with_its_complement_stand_outside_names():
    d = extract("实施好提振消费专项行动,助力荆门产业转型升级示范区建设。", doc_id="x")
    assert "提振消费专项行动" in names(d, "programmes") and names(d, "zones") == ["荆门产业转型升级示范区"]


def test_a_persons_role_is_no_part_of_a_bodys_name():
    assert repair("嘉宾代表迈胜医疗集团", "organization") == (4, "迈胜医疗集团")
    assert repair("市长徐志作政府", "organization") is None and repair("孙兵代表市委", "organization") is None
    assert repair("全国人民代表大会", "organization") == (0, "全国人民代表大会")


def test_people_named_before_they_speak_in_turn_or_from_experience():
    text = "某大学教授、博导李甲分别就《指导意见》作专业解读。某公司董事长向乙以切身感受称赞某市。"
    assert {p["name"] for p in extract(text, doc_id="x")["people"]} == {"李甲", "向乙"}


def test_a_source_line_dated_without_its_year_names_the_outlet_whole():
    assert [o.name for o in outlets(Doc.from_text("标题\n来源:商丘日报10-10 03:01:21\n正文。", "x"))] == ["商丘日报"]


def test_bodies_over_a_title_on_two_lines_and_a_bracketed_date_under_the_number():
    text = ("重磅!某市委一号文件,全文发布——\n中共包头市委员会 包头市人民政府\n关于深入实施创新驱动发展战略高水平推进\n"
            "战略性新兴产业发展的实施意见\n包党发〔2025〕1号\n(2025年1月1日)\n正文。")
    meta = extract(text, doc_id="x")["document"]
    assert (meta["title"], meta["doc_type"], meta["date"]) == (
        "关于深入实施创新驱动发展战略高水平推进战略性新兴产业发展的实施意见", "实施意见", "2025-01-01")


def test_people_before_an_adverb_and_a_verb_of_speech_and_no_body_led_by_a_person():
    d = extract("标题\n两会期间,辽宁省人大代表、沈阳市法库县委书记孔德树提出建议:打造航空小镇。孔德树建议延续飞行大会。"
                "彼时,上海交通大学教授卢策吾曾表示,开发周期较长。\n", doc_id="x")
    assert {p["name"] for p in d["people"]} == {"孔德树", "卢策吾"}
    assert not any(o["name"].startswith("孔德树") for o in d["organizations"])


def test_a_ministry_s_website_credited_as_the_source_is_the_ministry():
    d = extract("标题\n据工业和信息化部官网消息,6月4日,展览会在北京开幕。\n", doc_id="x")
    assert "工业和信息化部" in names(d, "organizations")
    assert "工业和信息化部官网" not in names(d, "organizations")


def test_a_city_s_own_opinions_citing_a_national_plan_and_a_coordinated_head():
    text = ("关于进一步促进人工智能产业发展的意见\n为进一步促进我市人工智能产业发展,根据《国务院关于印发新一代人工智能发展规划的通知》"
            "精神,结合我市实际,现提出如下意见。\n一、适用范围\n本政策适用于在长沙市注册经营的企业。本政策重点支持:智能芯片、"
            "智能传感器、计算机视觉、自然语言处理等核心基础和关键技术领域。\n二、支持政策\n(一)支持企业做大做强。对首次入选的企业给予"
            "最高500万元奖励。\n(二)支持平台建设。对新认定的平台给予最高300万元支持。\n")
    d = extract(text, doc_id="x")
    assert d["document"]["region"] == "长沙市" and d["document"]["doc_type"] == "意见"
    assert {"智能芯片", "智能传感器", "计算机视觉", "自然语言处理"} <= set(names(d, "fields"))


def test_outlets_on_one_line_with_a_time_and_an_outlet_in_square_brackets():
    d = extract("文昌市市长:加快建设国际航天城 | 文昌两会\n南海网、新海南客户端2026-02-05 22:42:54\n南海网消息,文昌将加快发展。\n",
                doc_id="x")
    assert d["document"]["issuer"] == "南海网 新海南客户端" and d["document"]["date"] == "2026-02-05"
    assert d["document"]["title"] == "文昌市市长:加快建设国际航天城"
    d = extract("某部长:聚焦人形机器人等领域\n【天极网IT新闻频道】7月5日,国务院新闻办公室举行新闻发布会,上海的代表出席。\n",
                doc_id="x")
    assert d["document"]["issuer"] == "天极网" and d["document"]["region"] == "全国"


def test_a_report_s_safeguards_are_measures_and_the_aspects_of_its_goals_are_not():
    text = ("《某市人形机器人产业工作方案》政策解读\n一、主要内容\n在重点任务上,针对产业在构建创新体系、规划发展布局、推动技术攻关、"
            "共建服务平台4个方面分别提出了具体目标。\n在保障措施上,为确保《工作方案》的顺利推进,加强组织领导,建立领导机制;"
            "加大政策支持,研究制定产业专项政策;实施动态评估,开展运行形势分析。\n")
    d = extract(text, doc_id="x")
    assert d["document"]["doc_type"] == "政策解读"
    assert set(names(d, "measures")) == {"加强组织领导", "加大政策支持", "实施动态评估"}


def test_the_body_an_official_heads_and_an_exhibition_counted_by_edition():
    d = extract("标题\n会上,成都市人民政府代市长陈书平作政府工作报告。由工业和信息化部主办的第31届中国国际信息通信展览会开幕。\n",
                doc_id="x")
    orgs = {o["name"]: o for o in d["organizations"]}
    assert "成都市人民政府" in orgs and not any("陈书平" in n for n in orgs)
    assert "第31届中国国际信息通信展览会" in orgs["中国国际信息通信展览会"]["aliases"]


def test_officials_before_a_verb_of_leading_or_a_second_title_and_deputies_named_first():
    d = extract("标题\n广州市番禺区政协党组成员、副主席金丹华带领考察团调研。浦东新区副区长吴强共同出席。"
                "课题组负责人李瑞海教授参加调研。为此,高东杰等10名市人大代表联合提出建议。\n", doc_id="x")
    assert {"金丹华", "吴强", "李瑞海", "高东杰"} <= {p["name"] for p in d["people"]}


def test_bodies_named_in_roles_and_committees_by_level():
    d = extract("某市召开推进会。5月22日,省委副书记、省长某甲主持会议,省交通运输厅运输处处长曾敏,"
                "某县委常委、副县长王霖等陪同。区政协主席黄云松出席。会议强调,要抓好落实。", doc_id="x")
    orgs = {o["name"]: o for o in d["organizations"]}
    assert {"省委", "省交通运输厅", "区政协"} <= set(orgs)
    body = orgs["省交通运输厅"]
    assert body["kind"] == "government" and "省交通运输厅" in body["evidence"]["quote"]
    assert {"曾敏", "王霖"} <= set(names(d, "people")) and "王霖等" not in names(d, "people")


def test_a_cover_notice_flattened_to_one_line_and_a_headline_over_two():
    flat = extract("鲁政办字〔2025〕49号 各市人民政府: 《关于支持甲乙产业创新发展的若干政策措施》已经省委、省政府同意,"
                   "现印发给你们,请认真贯彻执行。 山东省人民政府办公厅 2025年5月7日 一、支持创新。给予最高500万元奖励。", doc_id="x")
    assert flat["document"]["title"] == "关于支持甲乙产业创新发展的若干政策措施"
    assert flat["document"]["doc_type"] == "若干措施"
    news = extract("《某市低空经济高质量发展实施方案\n(2024-2027年)》发布\n近日,某市印发实施《某市低空经济高质量发展实施方案"
                   "(2024-2027年)》。", doc_id="x")
    assert news["document"]["doc_type"] == "新闻报道"
    assert news["document"]["about"] == "某市低空经济高质量发展实施方案(2024-2027年)"


def test_events_counted_by_editions_and_issued_headlines():
    d = extract("某省工业和信息化厅关于某提案的答复\n我省已举办六届航空航天航海产业发展论坛、两届北斗国际峰会。", doc_id="x")
    assert {"航空航天航海产业发展论坛", "北斗国际峰会"} <= set(names(d, "organizations"))
    m = extract("某市出台支持人形机器人产业发展若干措施\n近日,某市印发《某市支持人形机器人产业发展若干措施》。《措施》从强化技术创新、"
                "支持产品应用等方面提出12条具体措施。\n在技术创新方面,对承担国家重大科技项目的企业给予最高1000万元配套支持。", doc_id="x")
    assert m["document"]["doc_type"] == "新闻报道"
    funded = {x["name"]: x["max_funding_wan_yuan"] for x in m["measures"]}
    assert funded.get("强化技术创新") == 1000


def test_tasks_an_interpretation_numbers_after_their_count():
    d = extract("《某市支持甲乙产业高质量发展的实施意见》政策解读\n一、主要内容\n第一方面,从集聚产业要素优势角度提出2项任务,"
                "一是发挥蒸汽量价优势,建立蒸汽供应网络;二是发挥绿电供应优势,降低用能成本。", doc_id="x")
    assert d["document"]["doc_type"] == "政策解读"
    assert {"发挥蒸汽量价优势", "发挥绿电供应优势"} <= set(names(d, "measures"))


def test_people_listed_before_their_kind_and_bodies_joined_by_he():
    d = extract("某省长与院士专家座谈\n6月11日上午,省委副书记、省长王甲乙与出席论坛的某大学校长张丙丁院士,以及叶戊己、徐庚辛、柳壬癸等院士专家"
                "座谈交流。按照党中央、国务院和省委、省政府决策部署,加快发展。", doc_id="x")
    assert {"王甲乙", "张丙丁", "叶戊己", "徐庚辛", "柳壬癸"} <= set(names(d, "people"))
    assert {"国务院", "省委"} <= set(names(d, "organizations")) and "国务院和省委" not in names(d, "organizations")


def test_a_scene_list_after_its_verb_and_a_name_repaired_twice_is_one_item():
    d = extract("某市低空经济实施方案\n鼓励企业开放智能工厂、智慧矿山、智慧港口等应用场景。拓展低空物流、城市空中交通、应急救援等应用场景。",
                doc_id="x")
    assert names(d, "scenarios") == ["智能工厂", "智慧矿山", "智慧港口", "低空物流", "城市空中交通", "应急救援"]


def test_letters_bulleted_metadata_and_announcements_are_typed_by_their_genre():
    reply = extract("某自治区发展和改革委员会\n某某某委员:\n您提出的《关于积极发展甲乙产业的提案》收悉。现将研究办理情况答复如下:\n"
                    "一、关于推动甲乙产业发展方面\n我委高度重视。", doc_id="x")["document"]
    assert reply["title"] is None and reply["doc_type"] == "答复"
    letter = extract("某工信提案函〔2025〕198号\n省发展改革委:\n某某等5名委员提出的《关于发展甲乙产业的提案》收悉。", doc_id="x")
    assert letter["document"]["doc_type"] == "函"
    listed = extract("- 索引号: 20240913-211507-617\n- 发布机构: 某州科学技术局\n- 发布日期: 2022-09-15\n"
                     "某州科技局对某州政协第40号提案的答复\n某某委员:\n你们提出的提案已收悉。", doc_id="x")["document"]
    assert listed["title"] == "某州科技局对某州政协第40号提案的答复" and listed["doc_type"] == "答复"
    explained = extract("一、政策背景\n《甲乙产业发展中长期规划》明确提出发展甲乙产业。\n二、重要意义\n有利于发展。\n三、政策依据\n依据规划。",
                        doc_id="x")["document"]
    assert explained["doc_type"] == "政策解读"
    notice = extract("关于印发《某省大数据产业发展指导意见》《某省数字化转型行动方案》的通知\n各市人民政府:\n现印发给你们。",
                     doc_id="x")["document"]
    assert notice["title"] == "某省大数据产业发展指导意见" and notice["doc_type"] == "指导意见"
    law = extract("某市人民代表大会常务委员会公告(第一九七号)\n《某经济特区促进甲乙产业创新发展若干规定》经某市人民代表大会常务委员会"
                  "第四十次会议于2025年8月29日通过,现予公布,自2025年10月1日起施行。", doc_id="x")["document"]
    assert law["title"] == "某经济特区促进甲乙产业创新发展若干规定" and law["doc_type"] == "若干规定"


def test_zones_a_region_means_to_become_and_layout_slogans_are_no_places():
    d = extract("甘肃省数字经济创新发展规划\n着力打造东西部算力资源调度先导区、全域经济数字化转型样板区、社会治理创新应用示范区。"
                "加快建设元宇宙试验区的“一心两翼一片区”。建设中关村科学城。", doc_id="x")
    assert names(d, "zones") == ["中关村科学城"]
    assert "数字经济" in names(d, "fields")  # a digital-economy plan's subject


def test_word_boundaries_for_short_district_names_people_counted_and_bodies_before_their_officials():
    d = extract("江西省人工智能行动方案\n力争到2030年,打造5个以上高质量数据集。在上高县建设基地。", doc_id="x")
    assert names(d, "districts") == ["上高县"]  # 以上|高质量 holds no 上高
    n = extract("某省召开座谈会\n会上,某集团董事长李甲乙等9位企业家发言。近日,甘肃省发展改革委有关负责同志接受采访。\n来源:聚焦“一号工程”",
                doc_id="x")
    assert "李甲乙" in names(n, "people") and "甘肃省发展改革委" in names(n, "organizations")
    assert "聚焦" not in names(n, "organizations")
    assert shape_problem("聚焦", "organization") == "a verb" and shape_problem("联通", "organization") is None


def test_programmes_of_one_quoted_family_told_apart_by_the_words_after_the_quote():
    d = extract("某省行动方案\n二、重点任务\n(一)“人工智能+”工业生产行动。聚焦重点产业链,积极推进。\n"
                "(二)“人工智能+”农业生产行动。积极推进。\n", doc_id="x")
    assert names(d, "programmes") == ["“人工智能+”工业生产行动", "“人工智能+”农业生产行动"]


def test_people_under_the_titles_of_premiers_bankers_institutes_and_companies():
    d = extract("某市召开会议\n国务院总理李甲出席会议并讲话。中国人民银行行长潘乙丙介绍,将加大支持。中科院自动化所所长徐丁指出,发展迅速。"
                "某公司首席执行官张戊己表示,将加大投入。某大学教授李庚(人工智能研究院院长)认为,应加强研究。", doc_id="x")
    assert {"李甲", "潘乙丙", "徐丁", "张戊己", "李庚"} <= set(names(d, "people"))


def test_a_wire_report_on_a_national_bodys_policy_is_national():
    d = extract("新华社北京3月5日电(记者张甲)国家发展改革委5日发布《关于推动未来产业创新发展的实施意见》,提出到2027年未来产业综合实力显著提升。",
                doc_id="x")["document"]
    assert (d["doc_type"], d["issuer"], d["region"]) == ("新闻报道", "新华社", "全国") and d["date"] is None


def test_joint_offices_a_placed_party_and_government_pair_and_a_visit_before_a_zone():
    n = extract("工业和信息化部办公厅教育部办公厅关于组织开展2025年元宇宙典型案例推荐工作的通知\n各省、自治区工业和信息化主管部门:\n"
                "为贯彻落实党中央决策部署,现组织开展推荐工作。", doc_id="x")
    assert {"工业和信息化部办公厅", "教育部办公厅"} <= set(names(n, "organizations"))
    g = extract("广东省人工智能行动方案解读\n广东省委省政府领导多次作出指示,要求加快发展。", doc_id="x")
    assert "广东省委" in names(g, "organizations") and "广东省委省政府" not in names(g, "organizations")
    v = extract("福州市鼓楼区委书记带队调研福州市元宇宙产业创新基地\n14日,区委书记带队前往调研。", doc_id="x")
    assert all("调研" not in z for z in names(v, "zones"))


def test_a_compound_head_ends_on_its_last_industry_word():
    d = extract("某市数字经济行动计划\n聚力培育甲乙机器人、丙丁服务4个数字技术应用产业,加快发展算力、数据2个数字支撑产业。", doc_id="x")
    assert {"甲乙机器人", "丙丁服务", "算力", "数据"} <= set(names(d, "fields"))


def test_a_standing_department_after_its_place_whatever_follows():
    d = extract("某市低空经济实施方案\n各区人民政府、经济功能区管委会,市交通运输局配合。由市国资委出资成立运营公司。"
                "近年来,省工信厅高度重视产业发展。请径向区科技创新局反映。", doc_id="x")
    assert {"市交通运输局", "市国资委", "省工信厅", "区科技创新局"} <= set(names(d, "organizations"))
    assert "市长" not in " ".join(names(extract("某市工信局局长介绍。", doc_id="y"), "organizations"))


def test_the_forms_of_one_body_are_one_organization():
    d = extract("广东省支持生物制造的若干措施\n由广东省发展和改革委员会牵头。遇到问题,请径向省发展改革委反映。"
                "省发改委会同有关部门推进。", doc_id="x")
    bodies = [o for o in d["organizations"] if "发展" in o["name"] or "发改" in o["name"]]
    assert [o["name"] for o in bodies] == ["广东省发展和改革委员会"]
    assert {"省发展改革委", "省发改委"} <= set(bodies[0]["aliases"])
    other = extract("深圳市某行动计划\n会同广州市发展改革委、市发展改革委推进。", doc_id="y")  # 市 is Shenzhen: not Guangzhou's
    assert {"广州市发展改革委", "市发展改革委"} <= set(names(other, "organizations"))


_INTERVIEW = ("时间:2025-06-25 09:44:16\n嘉宾:某省经济和信息化厅新闻发言人、副厅长某某\n文字实录: 问:现在有多少家企业?"
              " 有10多家整机企业。 问:有没有好做法? 揭榜挂帅。")


@pytest.mark.parametrize(("text", "body"), [
    # a congress or a consultative conference is a body before its session
    ("某市数据管理局关于市政协十四届四次会议第1151号重点提案办理情况的函", "市政协"),
    # a leading group is named from its place with its remit
    ("成立宁波市推进数据开放和智慧城市建设领导小组,由市政府主要领导任组长。", "宁波市推进数据开放和智慧城市建设领导小组"),
])
def test_a_body_named_by_its_place(text, body):
    assert body in names(extract(text, doc_id="x"), "organizations")


@pytest.mark.parametrize(("text", "key", "value"), [
    # an interview's transcript is news without a title
    (_INTERVIEW, "title", None),
    (_INTERVIEW, "doc_type", "新闻报道"),
    # a reply to a district's proposal is of the district's city
    ("对浦东新区政协七届四次会议第195号提案的答复\n某某委员:\n您提出的提案收悉,现答复如下:", "region", "上海市"),
])
def test_what_a_text_says_of_itself(text, key, value):
    assert extract(text, doc_id="x")["document"][key] == value


def test_names_the_segmenter_splits_and_quoted_slogans_keep_their_shape():
    assert shape_problem("达梦数据库", "organization") is None  # 达|梦|数据库: an unknown name, not the verb 达
    assert shape_problem("达到国际先进水平", "organization") is not None
    assert shape_problem("公共数据“应汇尽汇”攻坚行动", "programme") is None  # the slogan's 应 is quoted
    assert shape_problem("市里有产业基金", "organization") is not None  # 市里: a place word, then a clause


def test_the_members_a_reply_addresses_and_the_member_who_proposed_with_them():
    d = extract("关于某某提案的答复\n尊敬的王某委员:\n您和李某委员提出的《关于加快发展的建议》提案收悉,现答复如下:", doc_id="x")
    assert {(p["name"], p["role"]) for p in d["people"]} >= {("王某", "委员"), ("李某", "委员")}


def test_a_party_department_and_a_body_after_its_class_or_a_conjunction():
    d = extract("主办单位高度重视,会同会办单位市委宣传部、市文旅局推进。将重点任务、项目与市政府日常督办挂钩。", doc_id="x")
    orgs = names(d, "organizations")
    assert "市委宣传部" in orgs
    assert not any(o.startswith(("单位", "项目")) for o in orgs)


def test_a_field_ends_before_what_the_sentence_says_of_it():
    assert repair("空天信息产业高质量发展", "field") == (0, "空天信息")
    assert shape_problem("生物医药", "field") is None


def test_a_list_of_named_plans_without_a_head_and_a_word_the_segmenter_splits():
    d = extract("围绕资金支持、服务保障,推出了全球引才计划、明珠计划、国际人才驿站、支持院士创新发展等。"
                "涉及海洋工程、水利工程、港口建设等领域。", doc_id="x")
    assert {"全球引才计划", "明珠计划"} <= set(names(d, "programmes"))
    assert not {"海洋工程", "水利工程", "国际人才驿站"} & set(names(d, "programmes"))


def test_a_countys_news_is_of_the_city_above_it_and_a_common_word_is_no_city():
    d = extract("海阳商业航天再传捷报\n作为首个海上发射母港,海阳东方航天港持续发力。海阳将继续推进产业集聚。"
                "烟台市有关负责同志出席。海阳已集聚一批企业,东方航天港迎来新的发射任务。", doc_id="x")
    assert d["document"]["region"] == "烟台市"


def test_an_officials_role_starts_after_the_clause_that_introduces_them_and_a_size_is_no_field():
    d = extract("我们请某市委副书记、市长王某某为大家介绍情况。一起出席发布会的还有某市人民政府副市长李某某。", doc_id="x")
    roles = {p["name"]: p["role"] for p in d["people"]}
    assert roles.get("王某某", "").startswith("某市委") and not roles.get("李某某", "x").startswith(("起", "还有"))
    assert repair("百亿级氢能", "field") == (3, "氢能")


def test_an_untitled_policy_states_its_subject_in_its_first_purpose():
    d = extract("(修改稿)\n第一章 总则\n第一条为了促进甲乙机器人产业高质量发展,推动科技创新和产业创新深度融合,制定本条例。", doc_id="x")
    assert "甲乙机器人" in names(d, "fields")


def test_an_untitled_regulation_names_its_genre_and_an_article_number_is_no_part_of_a_name():
    d = extract("(修改稿)\n第一章 总则\n第二条本市行政区域内的相关活动,适用本条例。\n第五条市人民政府应当加强领导。", doc_id="x")
    assert d["document"]["doc_type"] == "条例"
    assert "市人民政府" in names(d, "organizations") and not any(o.startswith("第") for o in names(d, "organizations"))


def test_bodies_before_a_plan_are_whose_plan_and_quoted_classes_of_firms_are_no_companies():
    d = extract("该条例已列入省人大常委会、省政府立法工作计划。对符合条件的“小升规”“规转强”企业给予奖励。", doc_id="x")
    assert not {"省人大常委会", "省政府"} & set(names(d, "programmes"))
    assert not {"小升规", "规转强"} & set(names(d, "organizations"))


def test_a_body_after_the_verb_that_sends_to_it_and_an_official_who_comes():
    d = extract("意见可以书面形式寄送海南省人大常委会法制工作委员会。区委书记王某某来到联组参加讨论。区政协常委会召开会议。", doc_id="x")
    orgs = names(d, "organizations")
    assert "海南省人大常委会法制工作委员会" in orgs and not any(o.startswith("书面") for o in orgs)
    assert "区政协常委会" in orgs
    assert "王某某" in names(d, "people")
    assert subjects("四川省进一步推动氢能全产业链发展及推广应用行动方案(2024—2027年)") == ["氢能"]


def test_technologies_the_vocabulary_knows_under_a_technology_head_are_fields():
    d = extract("未来电子信息产业是以甲乙网络通信、量子信息、虚拟现实等新一代信息技术与工业技术交叉融合为驱动的产业。", doc_id="x")
    assert {"甲乙网络通信", "量子信息", "虚拟现实"} <= set(names(d, "fields"))


def test_clusters_named_for_an_industry_the_vocabulary_does_not_know_and_their_qualities():
    def clusters(text):
        return names(extract(text, doc_id="x"), "clusters")
    assert clusters("加快建设人工智能世界级产业集群。") == ["人工智能世界级产业集群"]
    assert clusters("率先启动提质升级行动,打造万亿级软件产业集群。") == ["万亿级软件产业集群"]
    assert clusters("《某省培育发展未来电子信息产业集群行动计划》政策解读") == ["未来电子信息产业集群"]
    assert clusters("打造一个100亿产业集群。") == [] and clusters("培育一批产业集群。") == []


def test_short_company_names_divisions_and_selected_cases_keep_their_shape():
    assert shape_problem("均普", "organization") is None  # 均|普: a company the segmenter does not know
    assert shape_problem("发展处", "organization") is None  # 省国资委办公室、发展处: a division
    assert shape_problem("在京", "organization") is not None
    assert shape_problem("面向甲乙服务的智慧出行识别系统应用", "scenario") is None
    assert shape_problem("面向企业应用", "scenario") is not None
    assert shape_problem("某市开展“甲标”活动、推进“十大战略”行动工作领导小组", "organization") is None  # its remit, listed
    assert shape_problem("市科技局、市工信局", "organization") is not None
    assert shape_problem("全国一体化算力网络粤港澳大湾区国家枢纽节点某某数据中心集群建设领导小组办公室", "organization") is None
    assert shape_problem("经科农委", "organization") is None and shape_problem("经市委", "organization") is not None
    assert shape_problem("“1221X”多层次、高质量的产业集群发展体系", "programme") is None  # a 体系 may list its qualities


def test_officials_with_compound_surnames_and_bracketed_titles_and_bodies_before_their_part():
    d = extract("省人大常委会委员、财经委主任委员李大剑牵头督办,财经委副主任委员欧阳恩山参加。甲乙重科党委书记、董事长(CEO)詹纯新出席。"
                "主办单位省工信厅主办,省财政厅会办。", doc_id="x")
    assert {"李大剑", "欧阳恩山", "詹纯新"} <= set(names(d, "people"))
    assert not any(o.endswith(("主办", "会办")) for o in names(d, "organizations"))
    m = extract("湖南省人民政府国有资产监督管理委员会印发方案。省国资委负责实施。", doc_id="y")
    bodies = [o for o in m["organizations"] if "国" in o["name"]]
    assert [o["name"] for o in bodies] == ["湖南省人民政府国有资产监督管理委员会"] and "省国资委" in bodies[0]["aliases"]


def test_a_copying_sites_table_gives_title_and_date_across_its_cells():
    d = extract("索 引 号 | XM00206-0800-2025-016 | 文 号 | |\n发布机构 | 发文日期 | 2025-03-13 10:33 | |\n"
                "标 题: | 某市数据管理局关于某某提案办理情况答复的函 | ||\n厦数据函〔2025〕22号\n市金砖办:\n现将协办情况答复如下:", doc_id="x")
    assert d["document"]["title"] == "某市数据管理局关于某某提案办理情况答复的函" and d["document"]["date"] == "2025-03-13"


def test_a_name_opening_on_china_and_a_partner_is_no_clause():
    assert shape_problem("中以生物产业孵化基地", "zone") is None  # 中以: China and Israel
    assert shape_problem("记者从市政府发布会", "organization") is not None


def test_an_untitled_texts_preamble_names_its_genre():
    d = extract("为贯彻落实国家部署,抢抓甲乙经济发展机遇,特制定本行动计划。\n一、总体要求\n(一)指导思想\n坚持创新驱动。", doc_id="x")
    assert d["document"]["doc_type"] == "行动计划"
    d = extract("为推动甲乙产业高质量发展,现提出如下意见:\n一、总体要求\n坚持创新驱动。", doc_id="y")
    assert d["document"]["doc_type"] == "意见"


def test_the_government_beside_its_party_committee_or_at_its_meeting_is_a_body():
    d = extract("某某方案已经市政府第70次常务会议审议通过。全面落实省委省政府决策部署,认真落实市委、市政府工作要求。", doc_id="x")
    assert {"市政府", "省政府", "省委", "市委"} <= set(names(d, "organizations"))


def test_the_forms_of_the_general_office_are_one_body():
    d = extract("绵阳市人民政府办公室关于印发某方案的通知。市政府办公室负责解释。", doc_id="x")
    offices = [o for o in d["organizations"] if o["name"].endswith("办公室")]
    assert [o["name"] for o in offices] == ["绵阳市人民政府办公室"] and "市政府办公室" in offices[0]["aliases"]


def test_a_titles_technology_before_its_market_reform_or_zone():
    assert subjects("湖南省国家数据要素综合试验区建设方案(2025—2027年)") == ["数据要素"]
    assert subjects("湖南省数据要素市场化改革2022年工作要点") == ["数据要素"]
    assert subjects("湖南省大数据发展应用促进条例") == ["大数据"]
    assert subjects("湖南省培育智能机器人战略性新兴产业集群行动计划") == ["智能机器人"]
    assert subjects("某某关于构建数据基础制度更好发挥数据要素作用的实施意见") == ["数据要素"]


def test_what_is_fused_is_no_list_of_fields():
    d = extract("落实推动互联网、大数据、人工智能和实体经济深度融合的发展战略。", doc_id="x")
    assert names(d, "fields") == []


def test_the_aspect_tasks_are_given_for_is_the_measure():
    d = extract("《规划》围绕2个方面提出了5项任务:\n一是在稳步推进甲乙多元应用方面,提出提速交通领域规模化应用、积极开展供能领域场景打造、合理布局储能领域多元应用等3项任务。\n"
                "二是在统筹推进甲乙供应网络建设方面,提出科学布局制备设施、稳步构建储运体系、统筹规划加注网络等3项任务。", doc_id="x")
    assert names(d, "measures") == ["稳步推进甲乙多元应用", "统筹推进甲乙供应网络建设"]


def test_frontier_lists_pilots_and_zone_names_on_word_boundaries():
    d = extract("聚焦深度学习、跨媒体感知计算、混合增强智能等前沿,超前布局基础研究。", doc_id="x")
    assert names(d, "fields") == ["深度学习", "跨媒体感知计算", "混合增强智能"]
    d = extract("现组织开展2025年甲乙数据空间创新发展试点工作。", doc_id="y")
    assert names(d, "programmes") == ["甲乙数据空间创新发展试点"]
    d = extract("支持在某市(含深汕特别合作区)开展示范。推进呼和浩特和林格尔新区建设,政务数据办与乌镇高新区牵头。", doc_id="z")
    assert {"深汕特别合作区", "乌镇高新区"} <= set(names(d, "zones"))
    assert not any(z.startswith(("汕", "林格尔", "政务")) for z in names(d, "zones"))
    assert repair("地听取市国资委", "organization") == (3, "市国资委")
    assert repair("赴京能集团", "organization") == (1, "京能集团")


@pytest.mark.parametrize(("text", "key", "expected"), [
    # a list headed by 企业 names companies
    ("还有甲乙巴巴、丙丁威视、戊己三等企业支撑住数字经济的发展。", "organizations", ["甲乙巴巴", "丙丁威视", "戊己三"]),
    # counted clusters after what they are
    ("建成有重要影响力的大数据、集成电路、软件和信息服务、光子等4个千亿级产业集群。", "clusters",
     ["大数据", "集成电路", "软件和信息服务", "光子"]),
    # a run of clauses committing to one industry each; kinds of industry are no fields
    ("协同推进数字产业化,壮大数字产品制造业,做强数字技术应用业,培育数据要素驱动业,营造数字生态。", "fields",
     ["数字产品制造业", "数字技术应用业", "数据要素驱动业"]),
    ("壮大战略性新兴产业,做强先进制造业,培育现代服务业,推动高质量发展。", "fields", []),
    # the domains where a technology is put to use; bare sectors are none
    ("在智能制造、智慧交通、智慧医疗、智慧教育等领域加强应用示范,打造应用场景不少于20个。", "scenarios",
     ["智能制造", "智慧交通", "智慧医疗", "智慧教育"]),
    ("打造人形机器人引领,智能制造、文旅教娱、医疗康养三大应用领域的创新体系。", "scenarios", ["智能制造", "文旅教娱", "医疗康养"]),
    ("在交通、医疗、金融等领域探索更多应用场景。", "scenarios", []),
])
def test_lists_by_what_frames_them(text, key, expected):
    assert names(extract(text, doc_id="x"), key) == expected


def test_periods_with_years_adopted_laws_teasers_and_national_addressees():
    d = extract("某市数据产业发展三年行动计划(2024年-2026年)\n一、总体要求\n坚持创新驱动。", doc_id="x")
    assert d["document"]["doc_type"] == "行动计划"
    assert subjects("大同市数据产业发展三年行动计划(2024年-2026年)") == ["数据产业"]
    d = extract("某某自治区数字经济促进条例\n\n(2024年5月30日某某自治区第十四届人民代表大会常务委员会第十次会议通过)\n\n第一章 总 则\n"
                "第一条 为了促进数字经济健康发展,制定本条例。", doc_id="y")
    assert d["document"]["date"] == "2024-05-30"
    d = extract("七条措施!某省推动数字经济高质量发展→\n关于推动数字经济高质量发展的政策措施\n为全面落实决策部署,提出如下措施。", doc_id="z")
    assert d["document"]["title"] == "关于推动数字经济高质量发展的政策措施" and d["document"]["doc_type"] == "若干措施"
    d = extract("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门:\n研制矿山、民爆等领域机器人产品。", doc_id="w")
    assert d["document"]["region"] == "全国"


def test_a_facility_serving_others_is_a_body_under_a_proper_name():
    d = extract("建成南昌人工智能计算中心、鄱阳湖智算中心等算力基础设施。推动国家算力总调度中心加快落地。", doc_id="x")
    assert {"南昌人工智能计算中心", "鄱阳湖智算中心", "国家算力总调度中心"} <= set(names(d, "organizations"))
    d = extract("推动大型异构算力中心互联互通,改建智算中心。", doc_id="y")
    assert not any(o.endswith("中心") for o in names(d, "organizations"))


def test_a_source_label_names_no_date_or_label_and_a_task_is_no_field():
    d = extract("某市政协工作组赴某县调研课题\n\n发布时间:2024-07-01 信息来源:\n\n6月18日,某市政协工作组赴某县调研。", doc_id="x")
    assert "6月18日" not in names(d, "organizations") and d["document"]["date"] == "2024-07-01"
    d = extract("某某新闻\n发布:2025-08-26 来源:  作者:  编审:商务局\n8月20日,某区举行推介会。", doc_id="y")
    assert "作者" not in names(d, "organizations") and d["document"]["date"] == "2025-08-26"
    assert shape_problem("新型语义网络构建", "field") and shape_problem("行业知识图谱发现", "field")
    assert shape_problem("数据标注", "field") is None and shape_problem("人工智能辅助研发", "field") is None
    assert shape_problem("以大数据智能化为引领的创新驱动发展战略行动计划", "programme") is None
    assert shape_problem("不等不靠快速推进,扎实做好工作", "measure") is None


def test_a_units_definition_and_a_lists_first_items_are_no_targets():
    d = extract("到2027年,算力总规模达到40EFLOPS(每秒10的18次方次浮点运算)。共十项举措,前5项聚焦资金支持,后5项聚焦服务保障。", doc_id="x")
    assert [(t["metric"], t["value"], t["unit"]) for t in d["targets"] if t["year"] == 2027] == [("算力总规模", 40, "EFLOPS")]
    assert not any(t["value"] == 5 or t["value"] == 18 for t in d["targets"])


def test_a_department_written_after_a_central_body_is_a_body():
    from policykg.loaders.rules.actors import _national_bodies
    assert [n for _s, n, _a in _national_bodies("国家数据局政策和规划司司长某某介绍。")] == ["国家数据局", "国家数据局政策和规划司"]
    assert [n for _s, n, _a in _national_bodies("工信部下属公司参与。")] == ["工信部"]


@pytest.mark.parametrize(("text", "person"), [
    ("11月19日,市委书记陈金虎专题调研创新区建设。", "陈金虎"),
    ("市政协副主席范建勋召开推进人工智能产业链高质量发展座谈会。", "范建勋"),
    ("师市党委常委、四师副师长王忠明出席并致辞。", "王忠明"),
    ("某某科技有限公司行政总监厉质彬说。", "厉质彬"),
])
def test_a_person_after_a_title_before_what_they_do(text, person):
    assert person in names(extract(text, doc_id="x"), "people")


def test_page_labels_and_this_times_and_leading_acts_are_no_names():
    assert repair("网原创稿发布时间", "organization") is None
    assert repair("本次AI算力高峰论坛", "organization") == (2, "AI算力高峰论坛")
    assert repair("整合接入智慧交通", "field") == (4, "智慧交通")


def test_a_cluster_named_for_two_industries_and_after_a_verb_of_joining():
    d = extract("打造AI及服务机器人产业集群,培育沈阳市机器人及智能制造产业集群。", doc_id="x")
    assert names(d, "clusters") == ["AI及服务机器人产业集群", "沈阳市机器人及智能制造产业集群"]
    assert repair("融入广州深圳低空产业集群", "cluster") == (2, "广州深圳低空产业集群")
    assert repair("初步呈现人工智能产业集群", "cluster") == (4, "人工智能产业集群")


def test_a_network_or_a_technology_as_carrier_is_no_zone():
    d = extract("数字经济是以数据资源为关键要素,以现代信息网络为主要载体的新经济形态。", doc_id="x")
    assert names(d, "zones") == []


def test_a_body_named_only_inside_another_documents_title_is_no_organization():
    d = extract("为贯彻落实《国务院关于印发新一代人工智能发展规划的通知》精神,结合我市实际,制定本方案。市科技局负责组织实施。", doc_id="x")
    assert "国务院" not in names(d, "organizations") and "市科技局" in names(d, "organizations")
    d = extract("国务院印发《关于深入实施“人工智能+”行动的意见》。", doc_id="y")
    assert "国务院" in names(d, "organizations")


@pytest.mark.parametrize(("text", "people"), [
    ("某研究院综合经济研究室主任游大为等专家提出意见。", ["游大为"]),  # 等 and the kind of people
    ("市经信局局长王根大,副局长姚中甲及相关处室负责人参加。", ["王根大", "姚中甲"]),
    ("上半场,某社常务副总裁胡大刚和区委常委、副区长赵大某致辞。", ["胡大刚", "赵大某"]),
    ("某公司董事长、总经理张大丽作《拥抱新时代》主题演讲。", ["张大丽"]),
    ("某科技有限公司董事长秦大静等60余名专家和企业家参加。", ["秦大静"]),
    ("市领导樊大华、卢大健及李大杰、刘大瑛出席活动。", ["樊大华", "卢大健", "李大杰", "刘大瑛"]),
    ("大会盛邀中国科学院院士、物理化学家李大灿作报告。", ["李大灿"]),
    ("市经济信息化委主任陈大波、副主任吴大城等赴某区调研。", ["陈大波", "吴大城"]),
    ("区委副书记、产业集群“链长”高大夫专题调研甲乙产业。", ["高大夫"]),
    ("市委高度重视甲乙发展。张大雷书记在某集团调研时指出。", ["张大雷"]),  # the name before the title
    ("会议召开。王大曦副部长在总结讲话中指出。党委书记在会上强调。", ["王大曦"]),
])
def test_people_named_with_their_titles_in_prose(text, people):
    assert sorted(names(extract(text, doc_id="x"), "people")) == sorted(people)


@pytest.mark.parametrize(("title", "found"), [
    ("成都市智慧城市建设“十四五”规划", ["智慧城市"]),  # the plan's period is no subject, wherever it stands
    ("成都国家新一代人工智能创新发展试验区建设实施方案", ["新一代人工智能"]),  # the zone is built for its technology
    ("西安市以场景驱动人工智能产业高质量发展工作方案", ["人工智能"]),  # what is driven, not what drives it
    ("关于促进大数据云计算人工智能融合发展的意见", ["大数据", "云计算", "人工智能"]),  # known technologies end to end
    ("无锡市具身智能机器人产业发展行动方案", ["具身智能机器人"]),  # two may be one name
    ("台州市促进数据要素价值化行动方案", ["数据要素"]),
    ("河南省新一轮“两减两增”三年行动方案", []),
    ("武汉市加快场景开放推动新场景大规模应用工作方案", []),
    ("合肥滨湖科学城总体发展规划", []),
])
def test_the_subject_of_a_title_is_a_technology(title, found):
    assert subjects(title) == found


@pytest.mark.parametrize("name", ["数字中国", "数字福建", "智慧上海", "人工智能上海高地"])
def test_a_places_brand_is_no_field(name):
    assert shape_problem(name, "field") == "a place's brand"
    assert shape_problem("人工智能", "field") is None


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("由某区人民政府联合财联社共同举办推介会。", ["财联社"], ["合财联社"]),  # past the whole word that joins them
    ("供稿:常州市科技局农社处、常州市生产力发展中心", [], ["常州市科技局农社"]),
    ("某县坐拥福州大学城、东南汽车城等优势。", [], ["某县坐拥福州大学", "福州大学"]),  # 大学城 is a place
    ("某公司副总经理孙某,北京零重空间政府事务兼融资总监黄某出席。", [], ["北京零重空间政府"]),
    ("县委书记梁某某,县委常委、常务副县长张华某出席座谈会。", [], ["常务副县长张华某出席座谈会"]),
    ("省大数据局党组书记、局长兼省政府副秘书长朱某某出席并讲话。", [], ["局长兼省政府"]),
    ("2021年中国新成立副部级单位中国卫星网络集团,在央企中位列前列。", ["中国卫星网络集团"], ["副部级单位中国卫星网络集团"]),
    ("省数字福建建设领导小组各成员单位:\n正文。", ["省数字福建建设领导小组"], ["福建建设领导小组"]),
    ("3月17日,由省直机关工委、省工信厅联合主办的专题讲座举行。", ["省工信厅"], ["省工信厅联合主办"]),
    ("认真贯彻落实党中央的重大战略部署和省市委作出的工作要求。", [], ["省市委"]),
    ("各区市人民政府,国家级开发区管委,综保区管委,市政府各部门:\n正文。", [], ["国家级开发区管委", "综保区管委"]),
    ("目前,某市已培育、引入基础数据服务企业52家。", [], ["培育", "引入基础数据服务企业"]),
    ("合肥、滁州等11个市经信局,滁州经开区管委会和合肥中创新航、华晟新能源、海螺融华等企业参加。",
     ["滁州经开区管委会", "合肥中创新航"], ["滁州经开区管委会和合肥中创新航"]),
    ("来源:龙华区政务服务和数据管理局日期:2025年12月31日\n正文。", ["龙华区政务服务和数据管理局"], ["龙华区政务服务和数据管理局日期"]),
])
def test_a_bodys_name_ends_and_begins_on_the_body(text, present, absent):
    found = names(extract(text, doc_id="x"), "organizations")
    assert set(present) <= set(found) and not set(absent) & set(found), found


@pytest.mark.parametrize(("text", "company"), [
    ("某公司副总经理孙某,赢衍热能科技(上海)有限公司总经理刘某出席。", "赢衍热能科技(上海)有限公司"),
    ("考察了嘉善县德燃(浙江)动力科技有限公司、某加氢站等地。", "德燃(浙江)动力科技有限公司"),  # not the county it is in
])
def test_a_company_named_with_its_seat_in_brackets_is_one_name(text, company):
    found = names(extract(text, doc_id="x"), "organizations")
    assert company in found and not any(n != company and n in company for n in found), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("厦门大学航空航天学院与安庆经开区签署战略合作框架协议。", ["安庆经开区"], ["厦门大学航空航天学院与安庆经开区"]),
    ("调研组走进江北新区智能制造产业园,了解企业发展情况。", ["江北新区智能制造产业园"], ["走进江北新区智能制造产业园"]),
    ("园区单位汇报了某某智能制造产业园建设情况。", [], ["单位汇报了某某智能制造产业园"]),
    ("图为专家在大数据产业园D区位于神女湖片区的展厅交流。", ["神女湖片区"], ["大数据产业园D区位于神女湖片区"]),
    ("市委书记专题调研“两湖”创新区建设,强调加快推进。", ["“两湖”创新区"], []),  # a quoted nickname
    ("构建“一心两翼”片区格局。", [], ["“一心两翼”片区"]),  # a layout's slogan
])
def test_a_zones_name_runs_across_no_verb_and_no_second_name(text, present, absent):
    found = names(extract(text, doc_id="x"), "zones")
    assert set(present) <= set(found) and not set(absent) & set(found), found


@pytest.mark.parametrize(("text", "programmes"), [
    ("积极争取国家重点研发计划、国家科技重大专项支持,省重点研发计划给予倾斜。", ["国家重点研发计划", "国家科技重大专项", "省重点研发计划"]),
    ("国家重点研发计划“燃料电池发动机及商用车产业化技术应用”项目成功实现商业化。",
     ["国家重点研发计划“燃料电池发动机及商用车产业化技术应用”项目"]),  # one of its projects, named
])
def test_standing_research_programmes_are_programmes_wherever_named(text, programmes):
    assert sorted(names(extract(text, doc_id="x"), "programmes")) == sorted(programmes)


@pytest.mark.parametrize(("text", "targets"), [
    # the goal year written after the quantities of its sentence
    ("一、总体要求\n建设10个人工智能产业园,培育1000家左右人工智能企业,到2023年,全市人工智能综合实力位居全国前列。",
     [(2023, "人工智能产业园", 10), (2023, "人工智能企业", 1000)]),
    # a marker that governs the quantities after it is not the year of those before it
    ("安排财政资金15亿元,构建创新孵化体系,力争到2027年,集聚高能级创新平台不少于30家。", [(2027, "高能级创新平台", 30)]),
    ("2021-2023年,全省建成100万千瓦新型储能示范项目,“十四五”力争实现200万千瓦左右新型储能示范项目。",
     [(2023, "新型储能示范项目", 100), (2025, "新型储能示范项目", 200)]),  # “十四五”力争: the period's last year
    ("2023年,全区企业实现税收近310亿元,同比增长约18%,占全区税收比重超55%。", []),  # a year's result
    ("到2027年,重点支持集中式较大规模(容量不低于5万千瓦)储能项目建设。", []),  # a kind of project qualified
    ("《行动计划》将著力实施八大行动、26项工作举措。", []),  # the plan's own parts
])
def test_targets_take_their_goal_year_and_leave_results_and_parts_out(text, targets):
    found = [(t["year"], t["metric"], t["value"]) for t in extract(text, doc_id="x")["targets"]]
    assert found == targets


@pytest.mark.parametrize(("text", "companies"), [
    ("我们多次与御风未来、沃兰特、商飞时代、美团、顺丰、京东等20余家产业链企业对接。",  # the clause before the first
     ["御风未来", "沃兰特", "商飞时代", "美团", "顺丰", "京东"]),  # counted with 余
    ("规模以上企业164家,集聚零重力、中电科芜湖钻石飞机、九州云箭等一批头部企业。", ["零重力", "中电科芜湖钻石飞机", "九州云箭"]),
    ("本区代表性企业有百度、上海峰飞等。从调研情况看,企业发展良好。", ["百度", "上海峰飞"]),  # announced before
])
def test_lists_of_companies_name_companies(text, companies):
    assert set(companies) <= set(names(extract(text, doc_id="x"), "organizations"))


def test_the_bodies_that_sign_a_text_a_line_each_are_organizations():
    text = ("各市人民政府:\n现将《甲乙行动计划》印发给你们。\n山东省科学技术厅\n中共山东省委网络安全和信息化委员会办公室\n"
            "山东省市场监督管理局\n国家金融监督管理总局山东监管局\n2024年12月19日")
    found = names(extract(text, doc_id="x"), "organizations")
    assert {"中共山东省委网络安全和信息化委员会办公室", "山东省市场监督管理局", "国家金融监督管理总局山东监管局"} <= set(found)


def test_a_ministrys_department_named_in_an_officials_role_is_a_body():
    d = extract("国家能源局举行新闻发布会。新能源和可再生能源司副司长潘某某出席。", doc_id="x")
    assert "新能源和可再生能源司" in names(d, "organizations")


def test_a_modifier_the_listed_scenes_share_is_no_part_of_the_last():
    d = extract("加快城市运营维护一体管控,构建供水、用电、燃气智能应用场景。", doc_id="x")
    assert names(d, "scenarios") == ["供水", "用电", "燃气"]


@pytest.mark.parametrize(("text", "scenes"), [
    ("拓展低空飞行器旅游观光场景、拓展无人机海洋管理场景、拓展无人机热带特色农业应用场景。",  # each with its verb
     ["低空飞行器旅游观光", "无人机海洋管理", "无人机热带特色农业应用"]),
    ("构建完善“基础级智能工厂(数字化车间)—先进级智能工厂—未来工厂”场景体系。",  # a chain of scenes
     ["基础级智能工厂", "先进级智能工厂", "未来工厂"]),
])
def test_series_and_chains_of_scenes_give_each_scene(text, scenes):
    assert names(extract(text, doc_id="x"), "scenarios") == scenes


@pytest.mark.parametrize(("text", "programmes"), [
    ("鼓励牵头承担“脑科学与类脑研究”国家科技重大专项。", ["“脑科学与类脑研究”国家科技重大专项"]),  # a standing one, named
    ("建成国家“东数西算”工程战略支点,算力总规模显著提升。", ["“东数西算”工程"]),  # the kind right after the quote
    ("服务三大主体,扎实推进数字中国建设综合试点,以数字化助力发展。", ["数字中国建设综合试点"]),
    ("大力推进规模化低成本电解水制氢工程建设,打造绿氢供应基地。", []),  # works being built
])
def test_programmes_named_by_quote_kind_or_pilot(text, programmes):
    assert names(extract(text, doc_id="x"), "programmes") == programmes


def test_a_counted_list_of_programmes_keeps_its_quoted_items():
    d = extract("实施空天信息创新领航、“低空+”应用、“卫星+”应用、“深空+”资源利用4大工程。", doc_id="x")
    # (the learned tagger, retrained in the thirty-fourth round, may add the last item with the count, after these)
    assert names(d, "programmes")[:4] == ["空天信息创新领航", "“低空+”应用", "“卫星+”应用", "“深空+”资源利用"]


@pytest.mark.parametrize("key, text, value", [
    ("date", "某区召开机器人产业调研座谈会\n2023年6月9日上午,区政协主席王某率队赴某园区调研机器人产业发展情况。", "2023-06-09"),
    ("date", "某县赴外地考察氢能产业\n2024年3月1日—3日,县领导带队考察氢能产业项目。", "2024-03-01"),
    ("date", "某市政协调研量子产业\n某市政协 2022-07-15\n近日,市政协调研组赴企业开展量子产业调研。", "2022-07-15"),
    ("date", "某区储能产业调研\nhttp://www.example.gov.cn/ (2025-05-06 10:15:00) 来源:某市统战\n5月3日,调研组赴园区调研。", "2025-05-06"),
    ("date", "关于某产业发展提案的答复\n发布机构: | 某市科学技术局 | 生成日期: | 2021-09-10 |\n某某委员:您提出的提案收悉。", "2021-09-10"),
    ("region", "全市算力产业发展专题会召开\n发布时间:2025-11-15 08:22来源:大同日报\n11月14日,市委书记张某主持召开全市算力产业发展专题会。",
     "大同市"),
    ("region", "某区与某集团座谈会召开\n5月30日下午,大兴区与某集团座谈会召开。双方围绕大兴区氢能产业发展深入交流。", "北京市"),
])
def test_a_reports_date_by_its_lead_outlet_or_label_and_its_region_by_a_local_paper_or_district(key, text, value):
    assert extract(text, doc_id="x")["document"][key] == value


def test_a_headline_over_prose_with_no_genre_word_is_a_report():
    d = extract("某市政协赴园区调研储能产业发展\n近日,某市政协组织委员赴园区调研储能产业发展情况,走访了三家企业。", doc_id="x")
    assert d["document"]["doc_type"] == "新闻报道"


def test_a_table_of_contents_gives_its_headings_without_page_numbers():
    from policykg.loaders.reading.outline import Outline
    o = Outline.parse("目 录\n一、发展基础 1\n二、发展重点 5\n(一)甲乙材料产业 6\n(二)丙丁装备产业18\n三、保障措施 30\n")
    assert [s.title for s in o.sections] == ["发展基础", "发展重点", "甲乙材料产业", "丙丁装备产业", "保障措施"]
    assert Outline.parse("一、到2025年建成100\n").sections[0].title == "到2025年建成100"


def test_democratic_parties_and_peoples_organizations_are_bodies():
    d = extract("民盟某某市委会针对未来产业发展提出建议。民革中央提交提案。九三学社某某区委开展调研。"
                "市科协主席王某出席。团市委、市妇联参加。全市科协系统开展活动。", doc_id="x")
    orgs = names(d, "organizations")
    assert {"民革中央", "九三学社某某区委", "市科协", "团市委", "市妇联"} <= set(orgs)
    assert "市委" not in orgs and "全市科协" not in orgs


def test_areas_a_plan_concentrates_on_or_that_open_on_a_known_field():
    d = extract("设立某研究院,以量子器件、光电信息、生物医学工程等技术领域为重点,建立一批研究平台。", doc_id="x")
    assert names(d, "fields") == ["量子器件", "光电信息", "生物医学工程"]
    d = extract("某市立足资源优势,聚焦氢能船舶、氢能发电、氢能储能等,招引项目。", doc_id="x")
    assert names(d, "fields")[-3:] == ["氢能船舶", "氢能发电", "氢能储能"]
    d = extract("低空经济主要包括低空飞行器制造、低空运营服务、低空飞行保障等环节。", doc_id="x")
    assert "低空运营服务" not in names(d, "fields")


@pytest.mark.parametrize("text, people", [
    ("市长朱某到某区调研氢能产业。", [("朱某", "市长")]),
    ("区政府副区长吴某某应邀参会。", [("吴某某", "区政府副区长")]),
    ("市工信局副局长董某汇报了成绩。", [("董某", "市工信局副局长")]),
    ("市县领导楼某、林某、潘某等分时段陪同。", [("楼某", "市县领导"), ("林某", "市县领导"), ("潘某", "市县领导")]),
    ("邀请某某大学王某某教授团队作报告。", [("王某某", "某某大学教授")]),
    ("某研究院常务副院长、某大学教授李某某解释。", [("李某某", "某研究院常务副院长、某大学教授")]),
    ("联系人:张某、李某某;联系电话:0571", [("张某", "联系人"), ("李某某", "联系人")]),
    ("请注明联系人和联系方式。", []),
    ("签发人:孙 某\n", [("孙 某", "签发人")]),
    ("经研究,现对王某代表提出的关于产业发展的建议答复如下。", [("王某", "代表")]),
])
def test_people_named_by_title_label_or_proposal(text, people):
    d = extract(text, doc_id="x")
    assert [(p["name"], p["role"]) for p in d["people"]] == people


def test_a_departments_division_and_a_task_force_with_its_remit_are_bodies():
    d = extract("请将意见邮寄至省工信厅人工智能与数字产业处,电子版发送至邮箱。", doc_id="x")
    assert {"省工信厅", "省工信厅人工智能与数字产业处"} <= set(names(d, "organizations"))
    d = extract("市经济信息化委办公室、重大装备产业处、产业园区和结构调整处相关负责同志参加调研。(高技术处供稿)", doc_id="x")
    assert {"重大装备产业处", "产业园区和结构调整处", "高技术处"} <= set(names(d, "organizations"))
    d = extract("成立由分管市长任组长的某某市算力产业链推进专班。我市成立工作专班,推进项目。", doc_id="x")
    assert names(d, "organizations") == ["某某市算力产业链推进专班"]


@pytest.mark.parametrize("span, name", [
    ("全力构建“123协同推进体系”", "“123协同推进体系”"),
    ("我市大数据战略行动", "大数据战略行动"),
    ("持续开展数据攻坚行动", "数据攻坚行动"),
    ("创新驱动引领工程", "创新驱动引领工程"),
])
def test_a_programmes_name_starts_after_the_clause_that_names_it(span, name):
    fixed = repair(span, "programme")
    assert fixed is not None and fixed[1] == name


@pytest.mark.parametrize("span, name", [
    ("某党派某市委会赴高新区", "高新区"),
    ("贯彻落实攀枝花试验区", "攀枝花试验区"),
    ("市政府通知高新区管委会", "高新区管委会"),
])
def test_a_visit_or_a_duty_before_a_place_or_body_is_no_part_of_its_name(span, name):
    kind = "organization" if name.endswith("管委会") else "zone"
    fixed = repair(span, kind)
    assert fixed is not None and fixed[1] == name


def test_a_call_for_comments_on_a_draft_is_typed_by_the_draft():
    d = extract("关于公开征求《某市低空经济发展资金管理办法(征求意见稿)》意见的公告\n为规范资金管理,我委起草了《办法》,现公开征求意见。", doc_id="x")
    assert d["document"]["title"].startswith("某市低空经济发展资金管理办法") and d["document"]["doc_type"] == "办法"


def test_a_name_that_starts_inside_a_place_starts_with_the_place():
    d = extract("近日,河南省大数据管理局召开会议。", doc_id="x")
    assert names(d, "organizations") == ["河南省大数据管理局"]
    d = extract("呼和浩特和林格尔新区管委会主任出席。", doc_id="x")
    assert names(d, "zones") == ["呼和浩特和林格尔新区"]


def test_headings_of_a_focus_section_are_fields_and_members_of_a_named_cluster_no_clusters():
    d = extract("某省战略性新兴产业规划\n一、发展重点\n(一)光电材料产业\n加快发展。\n(二)轨道交通装备产业\n加快发展。", doc_id="x")
    assert names(d, "clusters") == [] and {"光电材料", "轨道交通装备"} <= set(names(d, "fields"))  # named without 产业
    d = extract("我市拥有以长江存储、武汉新芯、光迅科技等为代表的人工智能芯片集群。", doc_id="x")
    assert not {"长江存储", "武汉新芯"} & set(names(d, "clusters"))


def test_a_heading_that_counts_clusters_gives_each_sub_heading_as_a_cluster():
    d = extract("某省制造业发展规划\n一、重点任务\n(一)壮大20个千亿级特色产业集群\n1.新能源\n加快发展。\n2.北斗及应用\n加快发展。", doc_id="x")
    assert names(d, "clusters") == ["新能源", "北斗及应用"]


def test_a_data_centre_cluster_is_a_zone_not_a_body():
    d = extract("推动和林格尔数据中心集群建设,打造算力高地。", doc_id="x")
    assert names(d, "zones") == ["和林格尔数据中心集群"] and names(d, "organizations") == []


def test_an_annual_plans_year_governs_its_yearless_goals():
    d = extract("关于印发《某市大数据战略行动2019年工作要点》的通知\n二、主要目标\n——引进大数据优强企业15家,培育大数据优强企业20家。", doc_id="x")
    assert [(t["year"], t["value"]) for t in d["targets"]] == [(2019, 15), (2019, 20)]


def test_a_field_written_by_another_label_of_its_concept_is_one_item_with_the_concepts_label():
    from policykg.loaders.extract import _concept_labels
    d = {"fields": [{"name": "人工智能", "aliases": []}, {"name": "AI", "aliases": []}], "clusters": []}
    _concept_labels(d)
    assert [(f["name"], f["aliases"]) for f in d["fields"]] == [("人工智能", ["AI"])]
    d = {"fields": [{"name": "AI", "aliases": []}], "clusters": []}
    _concept_labels(d)
    assert d["fields"][0]["aliases"] == ["人工智能"]


@pytest.mark.parametrize("span, fixed", [
    ("数据基础制度", None), ("大数据战略", None), ("产业集群提能升级", None),
    ("清洁能源产业高地", "清洁能源"), ("环境加速氢能", "氢能"), ("人工智能上海高地", None), ("数字孪生", "数字孪生"),
])
def test_an_institution_a_strategy_or_an_aim_is_no_field(span, fixed):
    out = repair(span, "field")
    assert (out[1] if out else None) == fixed


def test_untitled_running_prose_with_no_genre_word_is_a_report():
    d = extract("5月20日-22日,某局司长一行6人在某省调研储能试点示范项目。调研组一行先后深入园区和电站。", doc_id="x")
    assert d["document"]["doc_type"] == "新闻报道"


def test_a_members_suggestion_is_typed_建议_a_report_on_one_is_not():
    d = extract("关于支持商业航天发展的建议\n建议人:杨某\n一、加强顶层设计。", doc_id="x")
    assert d["document"]["doc_type"] == "建议"
    d = extract("省人大常委会督办人工智能产业发展建议\n近日,省人大常委会督办代表建议。", doc_id="x")
    assert d["document"]["doc_type"] != "建议"


def test_a_firms_short_name_may_open_on_a_verb():
    assert shape_problem("联合科技", "organization") is None
    assert shape_problem("联合企业", "organization") is not None


@pytest.mark.parametrize("text, people", [
    ("某司新兴产业二处李某副调研员率某研究院姜某副研究员、程某助理研究员到某市开展调研。", ["李某", "姜某", "程某"]),
    ("会议传达了李某某副省长有关批示。", ["李某某"]),
    ("李某总理在今年的政府工作报告中提出,要推进人工智能+行动。", []),
])
def test_names_before_their_titles_after_a_body_a_list_or_a_verb_of_passing_on(text, people):
    assert names(extract(text, doc_id="x"), "people") == people


def test_the_units_a_visit_took_in_and_firms_named_in_a_list_are_bodies():
    d = extract("某局长一行先后来到某某绿色工厂项目、平高电气、某某产业园等处,详细了解产业布局。", doc_id="x")
    assert "平高电气" in names(d, "organizations")
    d = extract("奇安信、科大讯飞等一大批国内外知名科创企业落户。", doc_id="x")
    assert {"奇安信", "科大讯飞"} <= set(names(d, "organizations"))
    d = extract("调研组走访了生物农业类企业、研究机构等单位。", doc_id="x")
    assert names(d, "organizations") == []


def test_measures_counted_then_quoted_and_aspects_tasks_are_deployed_under():
    d = extract("推出了支持人才发展10项措施。包括“给予某计划专项支持”“支持院士创新发展”“强化人才安居服务保障”。", doc_id="x")
    assert names(d, "measures") == ["给予某计划专项支持", "支持院士创新发展", "强化人才安居服务保障"]
    d = extract("《行动方案》在技术突破、平台打造、企业培育等3个方面部署了15项重点任务,加强组织领导、提升服务能力、推动开放合作等3项保障措施。", doc_id="x")
    assert {"技术突破", "平台打造", "企业培育", "提升服务能力", "推动开放合作"} <= set(names(d, "measures"))


def test_the_focus_headings_of_a_plan_for_clusters_are_its_clusters():
    d = extract("某市未来产业集群培育行动计划\n一、发展重点\n(一)生物制造\n重点研发合成生物技术。\n(二)前沿新材料\n重点研发超材料。", doc_id="x")
    assert {"生物制造", "前沿新材料"} <= set(names(d, "clusters"))


@pytest.mark.parametrize("text, bodies", [
    ("根据数字沈阳建设工作领导小组部署,推进建设。", ["数字沈阳建设工作领导小组"]),
    ("要更好发挥政府作用。市十届人民政府第101次常务会议研究同意。", []),
    ("近日,某市召开氢能产业发展座谈会和工作推进会。", []),
])
def test_a_brands_group_whole_and_no_act_term_or_meeting_named_as_a_body(text, bodies):
    assert [b for b in names(extract(text, doc_id="x"), "organizations") if not b.startswith("某市")] == bodies


@pytest.mark.parametrize("name, kind", [("云从科技", "organization"), ("佳都科技", "organization"), ("飞行设施", "field"),
                                        ("共享储能", "field")])
def test_short_firm_names_and_flight_facilities_have_the_shape_of_a_name(name, kind):
    assert shape_problem(name, kind) is None


@pytest.mark.parametrize("text, title, doc_type", [
    # a page's metadata table over the title: its rows are no title, a cell's label no issuer
    ("索引号: | 001/2025-00001 | 发布机构: | 某省科技厅 |\n发文日期: | 2025-09-18 | 公开方式: | 主动公开 |\n"
     "某省科学技术厅关于省政协十三届三次会议第8号提案的答复\n某党派省委会:\n贵单位提出的第8号提案收悉。现答复如下。",
     "某省科学技术厅关于省政协十三届三次会议第8号提案的答复", "答复"),
    # a document number and a colon before the cover notice: the title is the plan it prints
    ("某政办发〔2022〕24号:某市人民政府办公室关于印发《数字某市发展规划(2022—2025年)》的通知\n各县(市)区人民政府:\n"
     "现予印发,请认真贯彻执行。", "数字某市发展规划(2022—2025年)", "规划"),
    # the number run on after the title, in mismatched brackets
    ("某省人民政府办公厅关于加快公共数据资源开发利用的实施意见某政办发〔2025】25号\n各市州人民政府:\n为深入贯彻落实有关要求,提出如下意见。",
     "某省人民政府办公厅关于加快公共数据资源开发利用的实施意见", "实施意见"),
    # an attachment's file name under a site's tag
    ("【政策】某市支持先进光伏产业集群高质量发展若干政策.docx\n一、支持企业做大做强。对首次升规的企业给予奖励。\n二、支持技术创新。",
     "某市支持先进光伏产业集群高质量发展若干政策", "若干措施"),
    # the page lost the period's closing bracket
    ("某新片区国际数据产业专项规划(2023-2025年\n一、总则\n(一)规划背景\n数据是重要的生产要素。", "某新片区国际数据产业专项规划(2023-2025年)", "规划"),
])
def test_titles_behind_a_pages_furniture(text, title, doc_type):
    doc = extract(text, doc_id="x")["document"]
    assert (doc["title"], doc["doc_type"]) == (title, doc_type)


def test_a_reply_that_lost_its_addressee_is_a_reply():
    d = extract("某科建议高〔2020〕6号\n您提出的《关于加快推动燃料电池商用车发展的建议》收悉。经认真研究,现答复如下:\n一、关于加强技术创新方面\n"
                "我部高度重视燃料电池汽车技术研发。", doc_id="x")
    assert d["document"]["doc_type"] == "答复"


@pytest.mark.parametrize("text, bodies", [
    ("某高新区与齐鲁工业大学签署合作协议。", ["齐鲁工业大学"]),
    ("某市与省交投集团签订战略合作协议。", ["省交投集团"]),
    ("期间与上海清申科技发展有限公司洽谈。", ["上海清申科技发展有限公司"]),
    ("感谢省交投集团的支持,热切期待美锦集团加大投资。", ["省交投集团", "美锦集团"]),
    ("代表团参观明阳北方智能(内蒙古)有限公司。", ["明阳北方智能(内蒙古)有限公司"]),
    ("国家数字化设计与制造创新中心揭牌。", ["国家数字化设计与制造创新中心"]),
])
def test_two_bodies_joined_and_a_visits_or_thanks_verb_stand_outside_a_bodys_name(text, bodies):
    assert names(extract(text, doc_id="x"), "organizations") == bodies


def test_a_list_after_包括但不限于_starts_after_it_and_photovoltaics_is_an_industry():
    d = extract("开放应用场景,包括但不限于智慧医疗、智慧交通等场景。", doc_id="x")
    assert sorted(names(d, "scenarios")) == ["智慧交通", "智慧医疗"]
    d = extract("坚持先进光伏和新型储能产业集群高质量发展。", doc_id="x")
    assert names(d, "clusters") == ["先进光伏和新型储能产业集群"]


@pytest.mark.parametrize("text, bodies", [
    ("常德市招商事务中心负责同志陪同。", ["常德市招商事务中心"]),
    ("某县融媒体中心发布消息。", []),  # no place's name: a class of unit
])
def test_a_governments_service_unit_is_a_body_under_its_places_name(text, bodies):
    assert names(extract(text, doc_id="x"), "organizations") == bodies
    assert shape_problem("山南市乃东区建成县级融媒体中心", "organization") == "clause word 建成 inside"


@pytest.mark.parametrize("text, bodies", [
    ("分别到2025第九届某地无人机大会暨2025国际低空经济与无人系统博览会参观考察。", ["某地无人机大会", "国际低空经济与无人系统博览会"]),
    ("某国际机器人高峰论坛暨第八届恰佩克大会开幕。", ["某国际机器人高峰论坛", "恰佩克大会"]),
    ("某地经贸洽谈会暨两岸智能装备制造对接活动在郑州举行。", ["某地经贸洽谈会"]),
])
def test_events_held_together_are_each_a_body(text, bodies):
    assert names(extract(text, doc_id="x"), "organizations") == bodies


@pytest.mark.parametrize("text, people", [
    ("会上,赵甲、钱乙、孙丙等省政协委员、特邀列席人士先后发言。", ["赵甲", "钱乙", "孙丙"]),
    ("某区领导周丁、吴戊一同调研。", ["周丁", "吴戊"]),
    ("联系人及电话:\n\n某省经济和信息化厅某某处 郑己 027-87230000\n\n某省人工智能产业创新联盟 王庚 13400000000\n", ["郑己", "王庚"]),
])
def test_members_listed_before_their_level_leaders_together_and_a_contact_lists_rows(text, people):
    assert names(extract(text, doc_id="x"), "people") == people


def test_a_bare_industry_cluster_is_no_field():
    d = extract("围绕企业引进培育、产业集群发展、人才服务保障等领域制定出台20余项政策。", doc_id="x")
    assert "产业集群" not in names(d, "fields")


def test_technologies_a_park_concentrates_on_with_no_head_are_fields():
    d = extract("未来,某机器人谷将以特色工业机器人、智能服务机器人为重点,不断完善产业链。", doc_id="x")
    assert names(d, "fields") == ["特色工业机器人", "智能服务机器人"]
    assert names(extract("以企业、高校为主体,开展攻关。", doc_id="y"), "fields") == []


def test_a_body_named_after_a_full_date_starts_after_it():
    d = extract("经2025年12月31日某省第十四届人民代表大会常务委员会第二十一次会议批准,现予公布。", doc_id="x")
    assert names(d, "organizations") == ["某省第十四届人民代表大会常务委员会"]


@pytest.mark.parametrize("name, kind, fixed", [
    ("深化拓展“某升模式”", "programme", "“某升模式”"),
    ("某某氢雄落户武汉经开区", "zone", "武汉经开区"),
])
def test_a_quoted_models_verbs_and_a_settling_firm_stand_outside_the_name(name, kind, fixed):
    assert shape_problem(name, kind) is not None and repair(name, kind)[1] == fixed


def test_a_citys_own_body_reporting_keeps_the_citys_region_however_often_it_speaks_of_the_nation():
    text = ("当前,苏州正集聚多方力量,争创全国低空经济示范区。今天,市政协举办专题讲座。全国低空经济发展迅速,"
            "国家出台多项政策,全国多地加快布局,国家层面持续推进,全国市场空间广阔。上海、南京也在布局。苏州将抢抓机遇。")
    assert extract(text, doc_id="x")["document"]["region"] == "苏州市"


def test_a_signed_date_comes_before_a_sites_date_and_a_bulleted_issuer_loses_its_mark():
    text = ("  • 发布机构: 某省人民政府办公厅\n日期:2025-07-01 来源:省政府办公厅\n某省人民政府办公厅关于印发某省支持航空航天产业发展若干政策措施的通知\n"
            "各市人民政府:\n现将《某省支持航空航天产业发展若干政策措施》印发给你们,请认真贯彻执行。\n某省人民政府办公厅\n2025年6月30日\n")
    doc = extract(text, doc_id="x")["document"]
    assert doc["date"] == "2025-06-30"
    assert doc["issuer"] is None or not doc["issuer"].startswith("•")


@pytest.mark.parametrize("text, date", [
    ("全市首个!某区完成公共数据资源登记\n\n2025-06-13 09:30大成某区\n\n近日,某区完成登记。", "2025-06-13"),
    ("某某座谈会\n\n作者:某某新闻网 发表于:2025-06-14 10:05:22\n\n某某讯 6月13日,召开座谈会。", "2025-06-14"),
    ("某市经济信息委\n[ 成文日期 ]\n[ 发布日期 ]\n2023-04-04\n某市经济和信息化委员会关于某某的通知\n各区县:\n现将有关事项通知如下。", "2023-04-04"),
    ("某省人民政府办公厅关于印发某某措施的通知\n各市人民政府:\n现将《某某措施》印发给你们,请认真贯彻执行。 某省人民政府办公厅2025年5月7日 (此件公开发布)\n一、总体要求",
     "2025-05-07"),
])
def test_dates_a_page_prints_its_time_a_bracketed_label_or_a_flattened_signature(text, date):
    assert extract(text, doc_id="x")["document"]["date"] == date


@pytest.mark.parametrize("title, doc_type", [
    ("某市未来产业先导区建设方案", "建设方案"), ("某省数字经济创新发展试验区建设总体方案", "总体方案"),
])
def test_a_plans_genre_is_the_one_its_title_names(title, doc_type):
    assert extract(f"{title}\n一、总体要求\n(一)指导思想\n推动产业发展。", doc_id="x")["document"]["doc_type"] == doc_type


def test_a_district_named_like_a_city_is_no_city():
    text = "朝阳区促进通用人工智能创新应用发展三年行动计划(2024-2026年)\n为贯彻落实国家部署,依据《北京市加快建设人工智能创新策源地实施方案》,制定本计划。\n一、总体要求\n推动发展。"
    assert extract(text, doc_id="x")["document"]["region"] == "北京市"


def test_a_text_that_speaks_of_全市_is_the_citys_it_names():
    text = ("市政府关于加快培育发展未来产业的指导意见\n各县(市、区)人民政府:\n为抢抓机遇,推动扬州高质量发展,落实江苏部署,"
            "全市加快培育未来产业。到2027年,全市未来产业规模显著提升。\n")
    assert extract(text, doc_id="x")["document"]["region"] == "扬州市"


@pytest.mark.parametrize("text, title, doc_type", [
    ("国务院关于印发某某人工智能发展规划的通知\n国发〔2017〕35号\n各省、自治区、直辖市人民政府:\n现将《某某人工智能发展规划》印发给你们,请认真贯彻执行。",
     "某某人工智能发展规划", "规划"),
    ("关于印发《某市建设人工智能创新发展实验区实施方案》的通知(某发办〔2020〕97号)\n为全面贯彻落实有关部署,制定本实施方案。\n一、指导思想",
     "某市建设人工智能创新发展实验区实施方案", "实施方案"),
    ("印发某市综合能源站专项规划(2025-2030年)的通知\n各县(市、区)人民政府:\n现予印发,请认真贯彻执行。", "某市综合能源站专项规划(2025-2030年)", "规划"),
    ("关于《某经济特区人工智能产业促进条例(草案)》公开征求意见的公告\n为促进人工智能产业发展,市人大常委会组织起草了条例草案。",
     "某经济特区人工智能产业促进条例(草案)", "条例"),
    ("某市人民代表大会常务委员会公告\n〔2026〕第一号\n《某市促进智能传感产业发展条例》已经2025年12月10日某市人民代表大会常务委员会第三十六次会议通过,"
     "并经2025年12月31日某省人民代表大会常务委员会第二十一次会议批准,现予公布,自2026年3月1日起施行。", "某市促进智能传感产业发展条例", "条例"),
    ("各地级以上市人民政府:\n《某省培育智能机器人产业集群行动计划(2023-2025年)》已经省人民政府同意。现印发给你们,请认真组织实施。",
     "某省培育智能机器人产业集群行动计划(2023-2025年)", "行动计划"),
    ("• 发文机关:某市人民政府办公室\n• 所属单位:某市人民政府办公室\n关于深化新型智慧城市建设的实施意见\n各区市人民政府:\n现提出如下意见。",
     "关于深化新型智慧城市建设的实施意见", "实施意见"),
])
def test_cover_notices_announcements_and_bulleted_metadata_give_the_policys_title(text, title, doc_type):
    doc = extract(text, doc_id="x")["document"]
    assert (doc["title"], doc["doc_type"]) == (title, doc_type)


@pytest.mark.parametrize("text, doc_type", [
    ("为推动我市战略性新兴产业跨越发展,依据有关规划,制定本行动计划(2018-2020年)。\n一、总体要求\n推动发展。", "行动计划"),
    ("为推动全省数字经济健康发展,现结合省情实际,制定如下工作要点。\n一、夯实基础\n推动发展。", "工作要点"),
])
def test_an_untitled_text_names_its_genre_with_its_period_or_as_工作要点(text, doc_type):
    assert extract(text, doc_id="x")["document"]["doc_type"] == doc_type


@pytest.mark.parametrize("text, region", [
    ("湘工信人工智能〔2023〕391号\n各市州工信局,相关单位:\n现将《工业和信息化部办公厅关于组织开展未来产业创新任务揭榜挂帅工作的通知》转发给你们,"
     "请湖南各地做好推荐。\n", "湖南省"),
    ("各市(含定州、辛集市)人民政府,雄安新区管委会,省政府有关部门:\n为发挥枢纽节点算力资源优势,落实国家部署,全国一体化算力网络加快建设,"
     "推动张家口集群建设,国家枢纽节点建设提速,现提出如下意见。\n", "河北省"),
])
def test_a_text_addressed_to_a_provinces_cities_is_the_provinces(text, region):
    assert extract(text, doc_id="x")["document"]["region"] == region


def test_a_report_that_opens_on_the_day_takes_the_year_it_states():
    text = "某区召开2022年第21次工委会议\n\n本报讯(融媒体中心 某某)8月2日上午,工委书记某某主持召开会议。\n"
    assert extract(text, doc_id="x")["document"]["date"] == "2022-08-02"


def test_a_carrier_is_a_zone_only_under_a_places_name_and_a_generic_scene_is_none():
    d = extract("以数据、算力等关键生产要素作为主要载体,推动发展。以氢能产业园为主要载体。", doc_id="x")
    assert not {"关键生产要素", "氢能产业园"} & set(names(d, "zones"))
    assert names(extract("打造一批示范应用场景,发布多元应用场景。", doc_id="y"), "scenarios") == []


def test_firms_brought_in_under_a_ranking_head_are_organizations_but_classes_of_firms_are_not():
    d = extract("二是培育壮大新兴产业。先后落地威讯、有研、英望、恒芯等骨干企业,抓重点项目建设。", doc_id="x")
    assert {"威讯", "有研", "英望"} <= set(names(d, "organizations"))  # (the learned screen judges 恒芯 here)
    d = extract("支持雏鹰、瞪羚、独角兽等创新型企业发展。培育电堆、膜电极、双极板等关键零部件企业。", doc_id="y")
    assert not {"雏鹰", "瞪羚", "电堆", "膜电极"} & set(names(d, "organizations"))


def test_an_industry_made_a_priority_with_把_作为_is_a_field_across_the_corpus():
    from policykg.loaders.review.crossdoc import Lexicon, recognize

    d = {"document": {}, "fields": [], "zones": [], "organizations": []}
    recognize(d, "我们坚持把人工智能产业作为培育战略性新兴产业的重点。", Lexicon.from_digests([]))
    assert [f["name"] for f in d["fields"]] == ["人工智能"]


def test_并网_is_one_word_beside_a_vocabulary_term_so_a_list_item_holds_it():

    doc = Doc.from_text("企业在工业互联网、5G基站、算力并网、智慧党建、数据安全等领域取得成果。", "x")
    assert [e.names for e in enumerations(doc)] == [["工业互联网", "5G基站", "算力并网", "智慧党建", "数据安全"]]


def test_a_coded_system_is_a_programme_whatever_follows_its_name():
    d = extract("着力推动“113X”现代产业体系规模壮大、结构优化。人工智能国际社区正以“4+6+X”创新生态体系茁壮成长。", doc_id="x")
    assert {"“113X”现代产业体系", "“4+6+X”创新生态体系"} <= set(names(d, "programmes"))
    d = extract("落实市委、市政府产业链现代化“8810”行动计划,抢抓低空产业机遇。", doc_id="y")
    assert "“8810”行动计划" not in names(d, "programmes")  # named with its lead by the quoted-name rule


def test_都_second_in_a_name_is_a_capital_not_the_adverb():
    assert shape_problem("龙都天仁", "organization") is None
    assert shape_problem("企业都要发展", "organization") == "clause word 都 inside"


def test_a_policy_s_tasks_and_the_parts_of_any_plan_are_no_measures_its_safeguards_are():
    text = ("解读某省促进甲乙产业发展的意见\n《关于促进甲乙产业高质量发展的意见》主要包括四个部分。\n"
            "第一部分,总体要求。包括发展思路和主要目标。\n"
            "第三部分,主要任务。提出提升创新能力、壮大经营主体、稳固产业链条等3项重点任务。\n"
            "第四部分,保障措施。提出加强统筹协调、强化财税金融支持、加强人才支撑等3项保障措施。\n")
    assert names(extract(text, doc_id="x"), "measures") == ["加强统筹协调", "强化财税金融支持", "加强人才支撑"]


def test_a_field_is_no_code_and_no_verb_before_a_modified_noun():
    assert shape_problem("1+5+5", "field") == "no word"  # “1+5+5”政策措施: a policy package's code
    assert shape_problem("5G", "field") is None
    assert shape_problem("梳理新型能源材料", "field") == "begins with 梳理"  # 梳理|新型|能源材料: the act, then the field
    assert shape_problem("新型能源材料", "field") is None


def test_an_addressee_line_opened_by_ge_names_classes_of_bodies_and_issuers_run_together_are_two():
    text = ("安徽省汽车办安徽省发展改革委关于印发安徽省甲乙汽车产业发展行动方案的通知\n"
            "各市汽车办、发展改革委、科技局、工业和信息化局、高新区管委会:\n现将方案印发给你们。\n")
    orgs = names(extract(text, doc_id="x"), "organizations")
    assert not {"发展改革委", "科技局", "工业和信息化局"} & set(orgs)
    assert shape_problem("安徽省市场监管局安徽省通信管理局", "organization") == "two bodies joined"
    assert shape_problem("国家税务总局山东省税务局", "organization") is None  # a national body's branch


def test_a_list_of_qualified_firms_is_of_firms_when_one_reads_as_a_firm():
    d = extract("依托华晟光电、银泰纳米、德恒机器人等重点企业，梳理产业链招商图谱。", doc_id="x")
    assert {"华晟光电", "银泰纳米", "德恒机器人"} <= set(names(d, "organizations"))
    d = extract("支持电堆、膜电极、双极板等关键零部件企业做大做强。", doc_id="x")
    assert not {"电堆", "膜电极", "双极板"} & set(names(d, "organizations"))


def test_a_bare_year_under_a_heading_of_goals_not_before_the_text_s_own_year_is_a_goal():
    text = ("某市甲乙产业发展工作方案\n某市人民政府办公厅\n2023年3月21日\n一、工作目标\n"
            "(一)产业能级进一步提升。2023年,甲乙产业产能规模超过100万辆。到2025年,产能规模超过300万辆。\n"
            "二、工作基础\n2022年,全市甲乙产业产值达到500亿元。\n")
    targets = {(t["year"], t["value"]) for t in extract(text, doc_id="x")["targets"]}
    assert {(2023, 100), (2025, 300)} <= targets and (2022, 500) not in targets


def test_a_field_named_only_in_another_document_s_title_is_not_the_text_s():
    from policykg.loaders.extract import _fields_outside_titles

    text = ("关于加快算力产业发展的提案的答复\n我厅制定《某省新型显示和智能终端产业链提升方案》,"
            "印发《某省元宇宙产业发展行动计划》,谋篇布局算力产业,支持先进计算等领域发展。\n")
    digest = {"document": {"about": "某省元宇宙产业发展行动计划"}, "clusters": [],
              "fields": [{"name": n} for n in ("新型显示", "元宇宙", "先进计算")]}
    _fields_outside_titles(Doc.from_text(text, "x"), digest)
    assert [f["name"] for f in digest["fields"]] == ["元宇宙", "先进计算"]  # the policy it is about is its own


def test_a_drafter_s_explanation_without_the_policy_s_title_and_a_reply_to_a_group_are_told_by_structure():
    text = ("一、编制背景和意义\n(一)编制背景\n随着汽车智能化发展,我市推动自动驾驶规模化应用。\n"
            "二、主要内容\n提出总体思路和发展目标。\n")
    assert extract(text, doc_id="x")["document"]["doc_type"] == "政策解读"
    text = "第十二讨论组:\n贵组提出的关于“我区智能制造业集群发展的建议”的提案收悉,现答复如下:\n一是研究制定方案。\n"
    assert extract(text, doc_id="x")["document"]["doc_type"] == "答复"


def test_a_call_for_comments_printed_over_two_lines_is_titled_by_its_draft():
    text = ("关于征求《某市开展甲乙汽车道路测试与示范应用管理的实施方案(试行)》\n(征求意见稿)意见建议的公告\n"
            "为推动甲乙汽车道路测试,市交通运输局起草了实施方案,现公开征求意见。\n")
    meta = extract(text, doc_id="x")["document"]
    assert meta["title"] == "某市开展甲乙汽车道路测试与示范应用管理的实施方案(试行)" and meta["doc_type"] == "实施方案"


def test_a_field_is_named_without_chanye_and_keeps_the_written_name_as_an_alias():
    from policykg.loaders.extract import _field_stems

    digest = {"clusters": [{"name": "海洋产业集群", "fields": ["海洋装备产业", "深海探测"]}],
              "fields": [{"name": "海洋装备产业", "evidence": {"start": 3, "end": 9}}, {"name": "深海探测"}]}
    _field_stems(digest)
    assert [(f["name"], f.get("aliases")) for f in digest["fields"]] == [("海洋装备", ["海洋装备产业"]), ("深海探测", None)]
    assert digest["fields"][0]["evidence"]["end"] == 7 and digest["clusters"][0]["fields"] == ["海洋装备", "深海探测"]


def test_people_with_transcribed_names_and_people_who_come_along():
    d = extract("某区调研新能源\n自治区副主席艾山·买买提一同调研。某大学学院院长王甲以及3名代表参加。某院院士李乙等来自各地的专家出席。",
                doc_id="x")
    assert {"艾山·买买提", "王甲", "李乙"} <= set(names(d, "people"))


def test_a_reports_day_takes_the_year_it_states_but_not_a_target_year():
    d = extract("某省召开发布会\n7月18日下午3时,某省举行新闻发布会,介绍2025年上半年工业发展情况。", doc_id="x")["document"]
    assert d["date"] == "2025-07-18"
    d = extract("某报道\n新华社拉萨7月5日电(记者 张甲)5日,2023全球数字经济大会某高峰论坛举办。", doc_id="x")["document"]
    assert d["date"] == "2023-07-05" and d["issuer"] == "新华社"
    d = extract("某报道\n新华社北京3月5日电(记者张甲)某部5日发布意见,提出到2027年显著提升。", doc_id="x")["document"]
    assert d["date"] is None
    d = extract("进校进家进企 机器人某地造\n\n版次:004    2025年03月05日\n\n某市召开推进会。", doc_id="x")["document"]
    assert d["date"] == "2025-03-05"


def test_bodies_named_after_china_and_the_npc_do_not_make_a_report_national():
    d = extract("中国某某创新联盟在某新区成立\n河北新闻网11月6日讯 今天,中国某某创新联盟成立大会召开。河北省委书记讲话。河北将建设联盟。"
                "中国某某创新联盟由中国某集团牵头。全国人大代表表示,河北基础好。", doc_id="x")["document"]
    assert d["region"] == "河北省"


def test_captions_kickers_and_e_paper_labels_are_no_headlines():
    d = extract("3月6日下午,某省代表团举行全体会议。\n张甲(左一)。图/某某新闻李乙\n张甲称,某省创新资源富集。", doc_id="x")["document"]
    assert d["title"] is None
    d = extract("张甲代表——\n打造西部数谷\n全国人大代表张甲表示,某市将大力发展数字经济。", doc_id="x")["document"]
    assert d["title"] == "打造西部数谷"
    d = extract("从舞台到基地:\n一场关于机器人的奇遇\n本报讯(记者 张甲)某市机器人中心近日揭牌。", doc_id="x")["document"]
    assert d["title"] == "从舞台到基地:一场关于机器人的奇遇"
    d = extract("当前报纸名称:某兴日报\n\n某区代表讲坛开讲\n\n日期:07-28\n版面:第01版:要闻\n\n本报讯(记者张甲) 7月26日,讲坛举行。",
                doc_id="x")["document"]
    assert (d["title"], d["issuer"]) == ("某区代表讲坛开讲", "某兴日报")


def test_outlets_credited_at_the_end_or_by_their_all_media_desk():
    d = extract("某市低空经济大会举行\n5月20日,某市低空经济大会举行。会上,某中心成立。 (辽宁日报记者 张甲)", doc_id="x")["document"]
    assert d["issuer"] == "辽宁日报"
    d = extract("某市发布会\n商报全媒体讯(记者 张甲)10月17日,某市举行发布会。", doc_id="x")["document"]
    assert d["issuer"] == "商报全媒体"
    d = extract("某区发布会\n永川日报全媒体讯(记者 张甲)10月17日,某区举行发布会。", doc_id="x")["document"]
    assert d["issuer"] == "永川日报"


def test_a_firms_short_name_before_a_firms_title_is_an_organization_but_a_bare_kind_is_not():
    d = extract("某省两会\n省人大代表、某党员、信联达董事长张甲在接受采访时介绍,信联达发展迅速。公司董事长李乙表示,将加大投入。", doc_id="x")
    assert "信联达" in names(d, "organizations") and "公司" not in names(d, "organizations")
    assert shape_problem("有限公司", "organization") == "a kind, not a name" and shape_problem("某某有限公司", "organization") is None


def test_kinds_of_base_in_a_list_are_no_zones():
    d = extract("某区调研\n加快推进以沙漠、戈壁地区为重点的大型风电、光伏发电基地规划布局建设。", doc_id="x")
    assert not {"风电", "光伏发电"} & set(names(d, "zones"))


def test_a_zone_named_after_its_province_has_its_own_name_as_alias_and_other_zone_guards():
    d = extract("某园开工\n8月1日,在甘肃省兰州新区举行开工仪式。兰州新区将建设氢能产业园。", doc_id="x")
    assert [(z["name"], z["aliases"]) for z in d["zones"]] == [("甘肃省兰州新区", ["兰州新区"])]
    d = extract("某报道\n某工程成为我国首个跨国网、南网沙戈荒基地输电示范工程。", doc_id="x")
    assert not d["zones"]
    assert shape_problem("充分肯定了示范区", "zone") == "a particle inside"


def test_a_kind_of_member_is_no_person_and_a_spans_start_gives_no_year():
    d = extract("某会成立\n某所副所长王甲当选为主任委员,某医院、某公司为副主任委员单位。", doc_id="x")
    assert "单位" not in names(d, "people")
    d = extract("某报道\n中新网北京3月11日电 据介绍,2025年以来,某地推动发展。", doc_id="x")["document"]
    assert d["date"] is None


def test_a_provinces_report_on_its_cities_and_ministers_as_guests_stay_provincial():
    d = extract("某报道\n中新网福州7月22日电 福建新设三个产业园。福州、厦门、泉州三个产业园授牌。福州产业园聚焦芯片,厦门产业园聚焦软件,"
                "泉州产业园聚焦制造。福州还将建设新园。福建将继续推动。", doc_id="x")["document"]
    assert d["region"] == "福建省"
    d = extract("某大会举行\n11月20日,某大会在合肥举行。省委书记出席。科技部副部长张甲,工业和信息化部副部长李乙,国务院国资委副主任王丙致辞。"
                "安徽将加快发展量子科技。安徽量子产业规模领先。", doc_id="x")["document"]
    assert d["region"] == "安徽省"


def test_policy_areas_are_no_fields_and_a_shared_modifier_before_the_count_keeps_the_head():
    d = extract("某省方案解读\n方案围绕科学技术、产业发展、消费提级、民生福祉、治理能力五大领域,聚焦脑科学、先进制造、文化旅游等最具本省特色的"
                "14个重点发展方向,推动发展。", doc_id="x")
    got = set(names(d, "fields"))
    assert {"脑科学", "先进制造", "文化旅游"} <= got and not {"产业发展", "民生福祉", "治理能力"} & got


def test_committees_councils_secretariats_and_cooperation_centres_are_bodies():
    d = extract("某报道\n某市未来产业脑机接口专委会成立。在某杂志社理事会与中国—亚欧博览会秘书处共同举办的交流会上,"
                "各方提出共建中国—东盟人工智能创新合作中心。", doc_id="x")
    assert {"某市未来产业脑机接口专委会", "中国—亚欧博览会秘书处", "中国—东盟人工智能创新合作中心"} <= set(names(d, "organizations"))


def test_a_byline_of_two_outlets_names_both_as_issuer():
    d = extract("石榴云/某疆日报记者 张甲\n某地如何发展人工智能?6月26日,在交流会上,专家表示。", doc_id="x")["document"]
    assert d["issuer"] == "石榴云 某疆日报"


def test_a_ranked_cluster_answers_to_its_plain_name_and_a_count_is_no_part_of_a_clusters_name():
    d = extract("某报道\n整机、零部件全产业链集聚效应凸显,千亿级人形机器人产业集群呼之欲出。", doc_id="x")
    (c,) = d["clusters"]
    assert c["name"] == "千亿级人形机器人产业集群" and "人形机器人产业集群" in c["aliases"]
    assert shape_problem("未来材料五大产业集群", "cluster") == "a count inside"


def test_the_emerging_industries_a_region_develops_in_earnest_are_fields():
    d = extract("某省报道\n某省将大力发展数字经济、生物经济、冰雪经济和创意设计等新兴产业,加快推进产业转型。", doc_id="x")
    assert {"数字经济", "生物经济", "冰雪经济", "创意设计"} <= set(names(d, "fields"))


def test_a_universitys_short_name_in_a_role_and_an_event_after_zai():
    d = extract("某报道\n省领导张甲,中国科大党委书记舒歌群出席。某产业园项目于去年在中新双向投资洽谈会上正式签约。", doc_id="x")
    assert {"中国科大", "中新双向投资洽谈会"} <= set(names(d, "organizations"))


def test_idioms_bare_kinds_of_place_and_the_word_for_scenes_are_no_names():
    assert shape_problem("因地制宜", "field") == "an idiom"
    assert shape_problem("产业园", "zone") == "a kind, not a name" and shape_problem("经开区", "zone") is None
    assert shape_problem("示范场景", "scenario") == "a generic word" and shape_problem("智慧养老", "scenario") is None


def test_a_tibetan_name_after_a_title_is_a_person():
    d = extract("某报道\n自治区党委常委、某市委书记普布顿珠表示,将加快发展数字经济。", doc_id="x")
    assert "普布顿珠" in names(d, "people")


def test_a_reports_count_of_what_stands_now_is_no_target():
    d = extract("某区算力发展综述\n本报讯(记者 张甲)2025年,某区加快发展。今日之某区,算力底座日益雄厚:18万架机架矗立,16.4万张算力卡昼夜运转。"
                "某区力争全产业链规模达1000亿元以上。", doc_id="x")
    metrics = [t["metric"] for t in d["targets"]]
    assert not any("机架" in m or "算力卡" in m for m in metrics)


def test_a_series_over_a_provinces_headline_and_a_spaced_title_label():
    d = extract("“推动高质量发展”系列主题新闻发布会\n\n黑龙江:建好建强产业基地 高质量发展迈出坚实步伐\n\n2024年04月26日16:06 | 来源:人民网\n\n"
                "4月26日,国新办举行“推动高质量发展”系列主题新闻发布会,介绍黑龙江高质量发展情况。", doc_id="x")["document"]
    assert (d["title"], d["region"]) == ("黑龙江:建好建强产业基地 高质量发展迈出坚实步伐", "黑龙江省")
    d = extract("标      题 某自治区“十三五”时期信息化发展规划\n索引号 000014349/2018-00081\n\n一、发展基础\n信息化发展较快。", doc_id="x")["document"]
    assert d["title"] == "某自治区“十三五”时期信息化发展规划"


def test_programmes_counted_by_the_technologies_they_serve_give_fields_and_one_programme():
    d = extract("某高新区报道\n某高新区将聚焦重点领域,实施包括第三代半导体、光子技术与产业、5G和云计算、航空航天等在内的八大强链行动。", doc_id="x")
    assert {"第三代半导体", "光子技术", "5G", "云计算", "航空航天"} <= set(names(d, "fields"))
    assert "5G和云计算" not in names(d, "fields") and names(d, "programmes") == ["八大强链行动"]


def test_a_drafters_note_explains_the_policy_it_made_not_the_ones_it_rests_on():
    d = extract("生物医药产业是战略制高点。为贯彻落实国家、省、市战略部署,促进龙华区生物医药产业高质量发展,根据《广东省发展生物医药产业集群"
                "行动计划(2021-2025年)》《深圳市促进生物医药产业集群高质量发展的若干措施》等有关文件精神,结合我区实际,"
                "制定了《深圳市龙华区促进生物医药产业发展若干措施》。", doc_id="x")["document"]
    assert (d["doc_type"], d["about"], d["region"]) == ("政策解读", "深圳市龙华区促进生物医药产业发展若干措施", "深圳市")
    assert shape_problem("稀土产业转型升级试点", "field") is not None


def test_a_proposals_form_gives_its_subject_as_title_and_its_genre():
    d = extract("案由:(20200255)关于人工智能协同创新体系,引领人工智能创新发展建议\n\n人工智能是新一轮科技革命的制高点。某市应加快布局。",
                doc_id="x")["document"]
    assert (d["title"], d["doc_type"]) == ("关于人工智能协同创新体系,引领人工智能创新发展建议", "提案")


def test_clusters_named_for_resource_and_farm_industries():
    d = extract("某区报道\n某区提出积极建设绿色矿业产业集群,推动建设粮油产业集群,打造绿色有机果蔬产业集群,建设优质畜产品产业集群。", doc_id="x")
    assert {"绿色矿业产业集群", "粮油产业集群", "绿色有机果蔬产业集群", "优质畜产品产业集群"} <= {c["name"] for c in d["clusters"]}


def test_a_province_colon_headline_is_a_report_and_a_replys_signing_leaders_are_people():
    d = extract("青海:做大盐湖关联产业 推进盐湖产业向新材料拓展\n\n青海省人民政府办公厅日前印发《青海省促进盐湖产业高质量发展若干措施》。"
                "其中提到:\n一、做大盐湖关联产业。加快发展。\n二、优化矿业权设置。加快推进。", doc_id="x")["document"]
    assert (d["doc_type"], d["about"]) == ("新闻报道", "青海省促进盐湖产业高质量发展若干措施")
    d = extract("关于区政协第20231014号提案办理情况的答复\n\n李甲委员\n\n您的提案收悉,现答复如下:\n一、建设园区。\n\n区分管领导:徐乙\n\n"
                "单位主要领导:金丙\n", doc_id="x")
    assert {"徐乙", "金丙"} <= set(names(d, "people"))


def test_one_verb_governs_two_lists_of_one_kind_joined_after_their_heads():
    d = extract("某区报道\n某区将聚焦信创、生物制造等数字领域和深地探测、海洋牧场等海洋领域,开展攻关。", doc_id="x")
    assert {"信创", "生物制造", "深地探测", "海洋牧场"} <= set(names(d, "fields"))
    d = extract("某市方案\n聚焦汽车、电子信息等制造业场景和商务服务、应急救援、智慧农业等领域开展定制化开发。", doc_id="x")
    assert not {"商务服务", "应急救援", "智慧农业"} & set(names(d, "fields"))  # a list of scenes first: another kind


def test_a_traditional_copys_corner_quotes_are_quotes():
    d = extract("遼寧全力實施「人工智能+」行動\n\n遼寧省科技廳大力推進「人工智能+」行動,加速人工智能大模型在多領域的研發與應用。", doc_id="x")
    assert "“人工智能+”行动" in names(d, "programmes")


def test_people_after_a_day_word_listed_after_yi_and_with_rarer_surnames():
    d = extract("某市报道\n江西省委常委、南昌市委书记殷美根当日在奠基仪式上表示,要加快建设。以王天然、柴天佑等院士为代表的人才队伍不断壮大。"
                "海淀区商务局副局长黑煜表示,海淀区将加速规划建设。", doc_id="x")
    assert {"殷美根", "王天然", "柴天佑", "黑煜"} <= set(names(d, "people"))


def test_a_reports_goals_for_this_year_and_a_later_years_level():
    d = extract("山东加快新兴产业集群集聚\n\n中新网济南1月22日电 省长作政府工作报告时指出,2024年,该省将实施20项左右前沿技术攻关。\n\n"
                "山东将新培育10个左右省级新兴产业集群。该省将累计建成5A级省级新型数据中心25个以上。\n\n"
                "未来3年,新能源装机将达到1800万千瓦。", doc_id="x")
    by_value = {t["value"]: t["year"] for t in d["targets"]}
    assert by_value[10] == 2024 and by_value[25] == 2024 and by_value.get(1800) is None
    d = extract("某省报道\n\n中新网济南2月1日电 2025年,某省印发方案。推广全屋智能,2027年智能家居市场人工智能技术整体渗透率达70%左右。", doc_id="x")
    assert [(t["year"], t["value"], t["unit"]) for t in d["targets"]] == [(2027, 70, "%")]


def test_a_college_in_a_streets_name_is_no_body_and_a_keji_zone():
    d = extract("某区报道\n海淀区将打造某集聚区,以东至学院路、南至知春路的区域作为核心区。“AI时空”在南京河西中央科创区揭牌。", doc_id="x")
    assert "东至学院" not in names(d, "organizations") and "南京河西中央科创区" in names(d, "zones")


def test_people_with_banner_titles_and_deputies_of_a_mission():
    d = extract("某旗报道\n旗委副书记、政府旗长吴云与某研究院座谈。副旗长张富春及相关部门参加。自治区主席、代表团副团长韦韬分享了经验。"
                "省发改委高新处副处长屈朝晖高度肯定了经开区的工作。南昌未来科学城管委会副主任皮斌参加。", doc_id="x")
    assert {"吴云", "张富春", "韦韬", "屈朝晖", "皮斌"} <= set(names(d, "people"))


def test_dates_of_a_release_sentence_a_bracketed_source_line_and_a_year_before_an_event():
    d = extract("《某市加快建设“人工智能+”城市行动方案(2025-2026年)》于2025年9月16日正式发布。方案明确,加快推广应用。\n"
                "一、总体要求\n加快发展。", doc_id="x")["document"]
    assert d["date"] == "2025-09-16"
    d = extract("浙江打造新产业平台\n\n  来源:中国青年报  ( 2019年05月23日   05 版)\n\n    本报讯 记者5月21日获悉,浙江将建成一批平台。",
                doc_id="x")["document"]
    assert d["date"] == "2019-05-23"
    d = extract("某区氢能论坛举行\n中新网呼和浩特5月16日电 (记者 某某)以“绿能”为主题的2023首届中国(内蒙古)氢能论坛16日在展览馆举行。",
                doc_id="x")["document"]
    assert d["date"] == "2023-05-16"
    d = extract("【撸起袖子加油干 风雨无阻向前行】河北:发力低空运输 布局低空经济新赛道\n\n河北发展低空运输,记者了解到相关情况。", doc_id="x")
    assert d["document"]["title"] == "河北:发力低空运输 布局低空经济新赛道"


def test_a_city_named_as_often_as_its_province_is_the_reports_place():
    d = extract("本报讯 记者从西藏自治区获悉,5日,数字经济论坛在拉萨举办。西藏数字经济发展迅速,拉萨加快建设数据中心,"
                "西藏推动算力外送,拉萨企业加速成长。", doc_id="x")["document"]
    assert d["region"] == "拉萨市"


def test_clusters_each_named_with_its_own_city_keep_the_city():
    d = extract("某省报道\n山东将提升枣庄锂电新能源、济宁智能装备、威海医疗器械、菏泽中医药等产业集群能级。", doc_id="x")
    assert {"枣庄锂电新能源", "济宁智能装备", "威海医疗器械", "菏泽中医药"} <= {c["name"] for c in d["clusters"]}
    d = extract("某市报道\n培育上海卫星制造、地面终端等产业集群。", doc_id="x")
    assert {c["name"] for c in d["clusters"]} == {"卫星制造", "地面终端"}


def test_shapes_of_a_scale_tail_an_issuing_place_a_fragment_and_a_prize():
    assert shape_problem("氨氢融合装备制造千亿", "field") == "ends with a scale"
    assert repair("氨氢融合装备制造千亿", "field") == (0, "氨氢融合装备制造")
    assert shape_problem("广东佛山市南海区发布", "organization") and shape_problem("江西发布", "organization") is None
    assert shape_problem("线-浙江日报", "organization") and shape_problem("当氢能", "field")
    assert shape_problem("净增高新技术企业", "organization")
    assert shape_problem("“芜湖市低空综合监管指挥调度平台项目”获全国5G应用征集大赛", "organization") == "a clause"


def test_a_quoted_zones_place_an_officials_when_and_a_province_and_city_before_a_zone():
    d = extract("某市报道\n此外,福州还将建设旗山湖“智谷”、永泰人工智能小镇。相关负责人于会上解读《实施方案》,表示要加快。"
                "航拍位于海南省三亚市崖州湾科技城的研究院项目。", doc_id="x")
    zones = {z["name"]: z["aliases"] for z in d["zones"]}
    assert "旗山湖“智谷”" in zones["智谷"] and "崖州湾科技城" in zones["海南省三亚市崖州湾科技城"]
    assert "于会上" not in names(d, "people")


def test_industries_whose_chains_a_region_builds_and_a_zone_after_a_closed_quote():
    d = extract("某市报道\n目前我市正在大力培育新能源汽车、光电通信、合金特材等八大新兴产业链,加快构建现代化产业体系。", doc_id="x")
    assert {"新能源汽车", "光电通信", "合金特材"} <= set(names(d, "fields"))
    d = extract("某市报道\n“我们春节假期不停,铆足干劲拼进度。”绍兴集成电路产业园管委会相关负责人介绍,一季度计划完成总体建设。", doc_id="x")
    assert "绍兴集成电路产业园" in names(d, "zones")


def test_companies_named_by_their_short_names_alone():
    d = extract("某市报道\n全市已形成华为、腾讯等大型企业为引领的产业生态,理想汽车的生产线上每40秒下线一台新能源车。"
                "阿里巴巴江苏总部落户南京,《比亚迪年度报告》显示。", doc_id="x")
    orgs = names(d, "organizations")
    assert {"华为", "腾讯", "理想汽车"} <= set(orgs)
    assert "成华为" not in orgs and "阿里巴巴" not in orgs and "比亚迪" not in orgs


def test_news_heads_a_credit_line_a_dated_bracket_and_a_weekday_date_line():
    d = extract("▶ 陈辉\n某市高新区有一条600米长的道路。\n这里诞生了首颗卫星、首台计算机……\n", doc_id="x")
    assert d["document"]["title"] is None
    d = extract("某省发布氢能规划(图)\n[中国新闻网2022-10-27]近日,某省正式发布《某省氢能产业发展规划》。", doc_id="x")
    assert (d["document"]["issuer"], d["document"]["date"]) == ("中国新闻网", "2022-10-27")
    d = extract("2022年11月30星期三\n\n东风吹来满“园”春\n\n——某经开区着力打造北斗产业高地\n记者从会上获悉。", doc_id="x")
    assert (d["document"]["title"], d["document"]["date"]) == ("东风吹来满“园”春", "2022-11-30")
    d = extract("五大连池市积极探索低空经济\n黑龙江省五大连池市依托区位优势发展低空经济,为黑河民航事业贡献力量。", doc_id="x")
    assert d["document"]["region"] == "黑河市"


def test_a_list_headed_by_its_last_items_industry_and_technologies_a_plan_masters():
    d = extract("某省报道\n近期,重点发展燃料电池船舶、轨道交通、无人机、分布式能源产业,初步形成全产业链。"
                "在制氢、氢气储运、燃料电池电堆等领域的核心技术达到世界领先水平。", doc_id="x")
    assert {"燃料电池船舶", "无人机", "分布式能源", "制氢", "氢气储运", "燃料电池电堆"} <= set(names(d, "fields"))


def test_a_year_after_a_goals_cue_and_a_past_year_in_a_report_of_the_next():
    d = extract("某市报道\n某市发布《某市新能源发展行动方案》,其中明确目标:2024年建成储能200万千瓦、绿氢产能规模11.8万吨。", doc_id="x")
    assert {(t["year"], t["value"], t["metric"]) for t in d["targets"]} == {(2024, 200, "储能"), (2024, 11.8, "绿氢产能规模")}
    d = extract("中新网 长春1月12日电 记者从长春市两会获悉,2023年长春市汽车产业稳步上台阶,今年该市将加快改造提升传统产业。"
                "市长介绍,2023年,一汽在长春生产整车156万辆,完成产值3165亿元。", doc_id="x")
    assert d["document"]["date"] == "2024-01-12" and not d["targets"]


def test_names_that_run_on_past_the_body_or_open_on_a_subtitles_dash():
    assert repair("中国科学技术大学潘建", "organization") == (0, "中国科学技术大学")
    assert repair("——株洲经开区", "zone") == (2, "株洲经开区")
    assert shape_problem("国内量子技术尚属", "organization") and shape_problem("价值链尚处", "organization")
    assert shape_problem("四川海创尚纬新能源科技有限公司", "organization") is None


def test_a_listing_word_before_the_first_items_verb_leaves_the_verb_to_the_item():
    d = extract("某区报道\n我区出台了《关于加快北斗产业人才聚集的十条措施(试行)》,包括优化高端科技人才引进、培养高精尖人才、"
                "发放安家补贴和购房补贴、人才贡献奖励、提供入学优待等10个方面,助力打造北斗人才集聚高地。", doc_id="x")
    assert names(d, "measures")[:2] == ["优化高端科技人才引进", "培养高精尖人才"]
    assert "高端科技人才引进" not in names(d, "measures")


def test_people_with_a_rare_surname_and_a_counted_list_of_academicians():
    d = extract("某市报道\n据某市大数据管理局党组书记、局长妥鑫介绍,某市以算电协同为主线。局长还表示,要加快。"
                "该中心联合丁汉、陈学东、刘胜3大院士团队共建产业联盟。碳化矽产业园开工。", doc_id="x")
    assert {"妥鑫", "丁汉", "陈学东", "刘胜"} == set(names(d, "people"))


def test_clusters_counted_under_a_modified_head_and_verbs_that_open_no_cluster():
    d = extract("某市报道\n做大做强机器人及智能制造、航空、工业母机3个国家级先进制造业集群。增设人工智能产业集群。", doc_id="x")
    assert {"机器人及智能制造", "航空", "工业母机", "人工智能产业集群"} <= set(names(d, "clusters"))
    assert "增设人工智能产业集群" not in names(d, "clusters")


def test_an_action_named_with_its_years_after_the_verbs_before_it():
    d = extract("某市报道\n2025年,是全面振兴新突破三年行动决胜之年。全力确保全面振兴新突破三年行动圆满收官。"
                "印发《某市制造业数字化转型三年行动计划》。", doc_id="x")
    assert names(d, "programmes") == ["全面振兴新突破三年行动"]


def test_a_report_told_industry_by_industry_names_its_fields():
    d = extract("某市报道\n发布会上,副局长介绍了招商情况。\n航空航天产业,卫星总部基地项目竣工。\n装备制造业,试验基地项目计划入驻。\n"
                "新材料、新能源产业,创业园项目已建成投产。\n", doc_id="x")
    assert {"航空航天", "装备制造业", "新材料", "新能源"} <= set(names(d, "fields"))
    d = extract("某市报道\n航空航天产业,卫星总部基地项目竣工。\n", doc_id="x")
    assert "航空航天" not in names(d, "fields")


def test_a_plans_stage_and_the_end_of_the_reports_year_date_targets():
    d = extract("某省发布氢能规划\n[中国新闻网2022-10-27]近期(2021—2025年),初步形成产业链。远期(2026—2035年),形成完备的氢能产业体系,"
                "氢能产业产值突破5000亿元。", doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2035, 5000)}
    d = extract("某市发布会\n新华财经呼和浩特7月2日电 2025年7月2日,某市召开新闻发布会。局长介绍,全市预计年底建成5G基站1000个。", doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2025, 1000)}


def test_a_park_then_where_in_it():
    d = extract("某市报道\n在位于株洲经开区的株洲北斗产业园内,占地65亩的项目开工。", doc_id="x")
    assert "株洲北斗产业园" in names(d, "zones")


def test_a_reported_plans_aspects_are_its_measures_an_exhortations_are_not():
    d = extract("某市报道\n记者获悉,此次发布的行动方案将以应用场景为牵引,在人形机器人核心技术、关键基础部件、整机产品和产业生态等方面加强政策引导。", doc_id="x")
    assert {"人形机器人核心技术", "关键基础部件", "整机产品", "产业生态"} <= set(names(d, "measures"))
    d = extract("某区报道\n记者获悉,区长强调,要加快出台专项支持政策,在算力补贴、数据支持、场景建设等方面加大支持力度。", doc_id="x")
    assert not names(d, "measures")


def test_a_count_and_its_head_before_a_colon_introduce_the_list():
    d = extract("某市报道\n它们对应量子产业的三大细分赛道:量子精密测量、量子计算和量子通信,而三家企业各占其一。"
                "\n支撑端“十大措施”:促融合、优生态\n通过措施推动融合。", doc_id="x")
    assert {"量子精密测量", "量子计算", "量子通信"} <= set(names(d, "fields"))
    assert "优生态" not in names(d, "measures")


def test_a_yearly_edition_dates_its_goals_and_a_baseline_is_no_goal():
    d = extract("某区报道\n日前,某区人民政府印发关于推动经济高质量发展若干政策举措(2025年版)的通知。全年新增光伏装机5万千瓦以上。"
                "", doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2025, 5)}
    d = extract("某省报道\n记者获悉,今年该省将推动链主企业从20家增至41家。", doc_id="x")
    assert 20 not in {t["value"] for t in d["targets"]}


def test_items_run_on_after_the_note_of_who_carries_out_the_one_before():
    d = extract("关于支持某开发区建设高端装备制造业基地的若干措施\n一、强化发展空间保障\n(一)支持依法依规调区扩区。确保园区发展用地需求。"
                "(市自然资源规划局、市发展改革委按职责分工负责)(二)支持某开发区控规编制改革创新试点,积极开展新型产业用地试点。"
                "(市自然资源规划局按职责分工负责)\n", doc_id="x")
    assert names(d, "measures") == ["支持依法依规调区扩区", "支持某开发区控规编制改革创新试点"]


def test_no_tail_of_a_body_cut_at_a_he_and_no_company_before_a_number():
    d = extract("某市报道\n大会由某市人民政府主办,呼和浩特市大数据管理局、内蒙古和林格尔新区管理委员会承办。"
                "全国最大的中国移动万卡智算中心建成运营。", doc_id="x")
    orgs = names(d, "organizations")
    assert "林格尔新区管理委员会" not in orgs and "中国移动" not in orgs


def test_outlets_credited_in_a_datelines_brackets_after_zhuanzi_and_joined_by_a_dash():
    cases = [("本报讯(黑龙江日报全媒体记者韩波)聚焦建设国家现代生物医药产业集群。", {"黑龙江日报"}),
             ("本报讯(中国青年报·中青在线记者 董碧水)记者5月21日从会上获悉。", {"中国青年报", "中青在线"}),
             ("某地新闻\n转自:中安在线\n中安在线联动省内主流党媒。", {"中安在线"}),
             ("某地新闻\n2026-03-01 07:30:12 来源:浙江在线-浙江日报 记者 王佳\n记者获悉,某市开工。", {"浙江在线", "浙江日报"})]
    for text, outlets_ in cases:
        assert outlets_ <= set(names(extract(text, doc_id="x"), "organizations")), text
    d = extract("某地新闻\n来源:人民网-青海频道\n记者获悉,某市开工。", doc_id="x")
    assert "青海频道" not in names(d, "organizations") and d["document"]["issuer"] == "人民网"


def test_a_governing_verb_the_segmenter_calls_a_noun_still_opens_an_action():
    d = extract("某市报道\n下一步,某省将重点以建设算力设施高地、壮大基础核心产业、推动技术创新突破、培育示范应用场景等4个方面为实施路径。",
                doc_id="x")
    assert {"建设算力设施高地", "壮大基础核心产业", "培育示范应用场景"} <= set(names(d, "measures"))


def test_a_list_of_counted_goals_names_no_clusters():
    d = extract("某区报道\n政策提出,到2025年,实现“五个一”目标,即打造1个国家实验室、开展100项关键核心技术攻关、"
                "培育1万家高新技术企业、形成1个万亿产业集群。", doc_id="x")
    assert names(d, "clusters") == []


def test_items_under_one_named_cluster_are_its_fields():
    d = extract("某市报道\n要大力拓展应用场景,打造智能制造、智能家居、智能工程机械等优势和特色智能产业集群。", doc_id="x")
    fields = {f["name"] for f in d["fields"]}
    assert {"智能制造", "智能家居", "智能工程机械"} <= fields
    assert all(c["name"] not in ("智能制造", "智能家居") for c in d["clusters"])


def test_the_areas_of_a_known_fields_industry_after_a_verb_of_support_are_fields():
    d = extract("某区措施\n重点扶持大数据、云计算等产业,以及小语种智能翻译、农业机器人、智能生活等人工智能产业发展。"
                "航空装备、海工装备等高端装备产业优势明显。", doc_id="x")
    fields = set(names(d, "fields"))
    assert {"小语种智能翻译", "农业机器人"} <= fields and "海工装备" not in fields


def test_what_an_industry_is_to_become_is_no_part_of_its_name():
    d = extract("某市报道\n某市将全力推动五大重点领域快速突破。具体包括集成电路产业高端化、激光及新型显示与照明规模化、卫星应用产业化、汽车电子智能化、工业互联网和软件信息服务业融合化。",
                doc_id="x")
    assert {"集成电路", "汽车电子", "工业互联网"} <= set(names(d, "fields"))


def test_firms_listed_before_their_praise_are_organizations_not_fields():
    d = extract("某市报道\n孵化培育出长光卫星、奥普光电、长光辰芯、富赛电子等一批“星光熠熠”的明星企业。"
                "以锅炉厂、电机厂、汽轮机厂等骨干企业为核心。", doc_id="x")
    assert {"奥普光电", "富赛电子", "锅炉厂", "电机厂"} <= set(names(d, "organizations"))
    assert "奥普光电" not in names(d, "fields")


def test_parallel_clauses_of_fields_are_all_fields():
    d = extract("某委报道\n集成电路、生物技术、新能源汽车等领域发展提速,新一代移动通信、高端装备制造等领域优势巩固,"
                "人工智能、量子科技等领域抢位争先。", doc_id="x")
    assert {"新一代移动通信", "量子科技"} <= set(names(d, "fields"))


def test_programmes_without_their_count_and_before_the_year_they_mark():
    d = extract("某市报道\n中央企业累计开展54场产业链融通发展共链行动。启动实施155艘公务船电动化更新替代三年行动。"
                "2024年是扎实实施滨海新区高质量发展支撑引领行动的奋进之年。", doc_id="x")
    assert not any(re.match(r"\d|艘", p) for p in names(d, "programmes"))


def test_a_credit_and_a_byline_of_their_own_name_outlets():
    d = extract("某市将实施行动\n极目新闻记者 刘孝斌\n3月10日,某市举行发布会。探访某中心(来源于新华社)\n", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert {"极目新闻", "新华社"} <= orgs and "来源于新华社" not in orgs
    assert d["document"]["issuer"] == "极目新闻"


def test_an_interpretation_of_a_one_year_plan_gives_its_goals_that_year():
    d = extract("《数字某市2025年行动方案》政策解读\n今年重点在数字经济、数字政府等7个方面。\n一、实施数字经济提质工程\n"
                "力争数字经济核心产业增加值占地区生产总值比重达到12%以上,建成3个千亿级数字经济产业集群。", doc_id="x")
    assert {t["year"] for t in d["targets"]} == {2025}


def test_no_area_or_zone_opens_on_where_it_stands_and_a_works_before_its_preparation():
    d = extract("某市报道\n环哈尔滨新区形成了先进金属材料产业集群。国内人工智能发展迅速。积极推进葛洲坝扩机工程前期工作。", doc_id="x")
    assert "环哈尔滨新区" not in names(d, "zones") and "国内人工智能" not in names(d, "fields")
    assert "葛洲坝扩机工程" in names(d, "programmes")


def test_the_parts_a_reported_plan_is_made_of_are_its_measures():
    d = extract("某市发布方案\n某市政府召开新闻发布会,发布《某市低空经济高质量发展实施方案》。主任介绍说,"
                "某市低空经济发展主要包括产业强链补链延链、应用场景的拓展、基础设施建设、创新能力提升和试点示范引领等方面。", doc_id="x")
    assert {"应用场景的拓展", "基础设施建设", "试点示范引领"} <= set(names(d, "measures"))


def test_a_place_and_a_development_zone_kind_name_a_zone_even_with_a_numeral():
    d = extract("某市报道\n即以三门峡高新技术产业开发区、灵宝市先进制造业开发区为产业发展核心。", doc_id="x")
    assert {"三门峡高新技术产业开发区", "灵宝市先进制造业开发区"} <= set(names(d, "zones"))


def test_the_directions_a_plan_fixes_are_fields_split_at_ji():
    d = extract("某市报道\n把产业发展方向确定在资源采掘加工、电池材料及电芯制造封装、数码产品及电动工具、储能装置发展上,加大招商力度。",
                doc_id="x")
    assert {"资源采掘加工", "电池材料", "电芯制造封装", "数码产品", "电动工具"} <= set(names(d, "fields"))


def test_known_companies_by_their_longest_name_and_not_inside_another_firms_name():
    d = extract("某市报道\n宁德新能源、宁德时代新能源已于2012年起参与了电力直接交易。仅有SMC、安川首钢等30余家机器人企业。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert {"宁德新能源", "宁德时代新能源"} <= orgs and "首钢" not in orgs


def test_no_name_opens_on_a_verb_of_use_and_no_firm_is_where_data_goes():
    d = extract("某市报道\n该企业运用人工智能、大数据等技术。依托5G专网,数据可同步传送到公司的智能大脑系统。", doc_id="x")
    assert "运用人工智能" not in names(d, "fields") and "数据可同步传送到公司" not in names(d, "organizations")


def test_a_counted_cluster_named_by_its_own_industry_holds_the_items_as_fields():
    d = extract("某市数字经济发展三年行动计划\n一、总体要求\n坚持以数字化应用为牵引,聚力打造以电子信息产业为主导的数字产品制造业集群,"
                "培育壮大车联网、工业互联网、大数据、电子商务等四大数字技术应用产业集群,加快发展数字农业等新业态。", doc_id="x")
    assert "数字技术应用产业集群" in names(d, "clusters")
    assert {"车联网", "大数据", "电子商务"} <= set(names(d, "fields"))


def test_a_reports_goals_under_anzhao_guihua_take_the_plans_last_year():
    d = extract("某市推出行动计划\n某市制定并发布2014-2020年推进战略性新兴产业发展行动计划。\n"
                "按照规划,在五大战略性新兴产业中,新材料产业突破6000亿元,高端装备制造产业达到1000亿元。", doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2020, 6000), (2020, 1000)}


def test_a_goal_compared_with_last_year_is_still_a_goal_and_its_year_is_no_part_of_its_measure():
    d = extract("某市工作要点\n全年力争实现数字经济核心产业增加值占GDP比重同比提升一个百分点以上,到2025年,力争达到10%。"
                "力争2022年培育数字经济相关领域高新技术企业超40家。", doc_id="x")
    got = {(t["year"], t["value"]): t["metric"] for t in d["targets"]}
    assert (2025, 10) in got and got.get((2022, 40)) == "数字经济相关领域高新技术企业"


def test_no_body_runs_across_a_he_and_no_verb_after_ganbu_is_a_person():
    d = extract("某市实施方案\n抓住中央支持加快发展、设立自贸区和省委、省政府加快互联网经济发展的重大机遇。"
                "出台18条,对开发区财政管理体制、党建和干部管理、社会事务等实行改革。", doc_id="x")
    assert "自贸区和省委" not in names(d, "organizations") and "省委" in names(d, "organizations")
    assert "管理" not in names(d, "people")


def test_the_aspects_a_plan_carries_its_tasks_in_are_its_measures():
    d = extract("《数字某市2025年行动方案》政策解读\n今年重点在数字经济、数字政府、数字文化、综合保障等4个方面推进54项任务。", doc_id="x")
    assert {"数字经济", "数字政府", "综合保障"} <= set(names(d, "measures"))


def test_directions_with_bracketed_sub_areas_are_clusters_with_their_fields():
    d = extract("某市未来产业实施方案出台\n方案聚焦未来制造、未来信息(元宇宙、未来网络、量子科技)、未来能源(电磁能、新型储能)、"
                "未来空间(深地深海深空)和未来健康(生物制造、脑机接口)等5大方向。", doc_id="x")
    clusters = {c["name"]: c["fields"] for c in d["clusters"]}
    assert clusters["未来信息"] == ["元宇宙", "未来网络", "量子科技"]
    assert clusters["未来空间"] == ["深地", "深海", "深空"] and clusters["未来健康"] == ["生物制造", "脑机接口"]
    assert not any("(" in n or "（" in n for n in names(d, "fields"))


def test_a_bracket_after_a_head_still_lists_the_heads_items():
    d = extract("某市制造业规划\n实施八大工程(创新引领、集群强链、项目支撑、载体提升),推动五链深度耦合。", doc_id="x")
    assert {"集群强链", "项目支撑", "载体提升"} <= set(n for p in d["programmes"] for n in [p["name"], *p.get("aliases", [])])


def test_a_list_of_actions_keeps_each_action_whole():
    d = extract("某市新闻\n方案提出,以及提升产业基金引导服务效应、支持新型研发机构发展创新、强化数据要素支撑作用等3项具体工作举措。"
                "提出了五大建设任务,包括强化创新策源、加快科技成果转化、培育优质企业主体、深化应用场景牵引和完善产业发展生态。", doc_id="x")
    assert "提升产业基金引导服务效应" in names(d, "measures")
    doc = Doc.from_text("提出了五大建设任务,包括强化创新策源、加快科技成果转化、深化应用场景牵引和完善产业发展生态。", "x")
    assert enumerations(doc)[0].names == ["强化创新策源", "加快科技成果转化", "深化应用场景牵引", "完善产业发展生态"]


def test_industries_listed_as_flagships_are_fields_and_strategic_emerging_ones_stay_out():
    d = extract("某省新闻\n山西将加快高端装备制造、新材料、新能源汽车等战略性新兴产业发展。"
                "人形机器人、脑机接口、量子计算机等产业被列为其中的标志性产业。", doc_id="x")
    assert {"人形机器人", "量子计算机"} <= set(names(d, "fields"))
    assert "高端装备制造" not in names(d, "fields")  # CONVENTIONS: strategic emerging industries listed as such


def test_aspects_a_draft_puts_measures_out_under_are_measures_and_a_press_conference_no_event():
    d = extract("某市新闻\n该文件拟从平台建设、人才引育、资金奖补等维度推出15条具体政策。", doc_id="x")
    assert {"平台建设", "人才引育", "资金奖补"} <= set(names(d, "measures"))


@pytest.mark.parametrize("text, person", [
    ("全国人大代表梁伟表示,人形机器人是标志性成果。", "梁伟"),
    ("北京大学教授、信息科学与技术学部主任梅宏打了个生动的比方。", "梅宏"),
    ("中国航天科技集团总工程师龚波为大会致辞并为联盟揭牌。", "龚波"),
    ("研究所研究员袁媛6位省政协委员参加。", "袁媛"),
    ("自治区农业农村厅产业处处长泽仁志玛告诉记者。", "泽仁志玛"),
    ("刚才吴清主席也讲到,资本市场很关注。", "吴清"),
    ("某科技股份有限公司创始人郭健上台按下光柱按键。", "郭健"),
    ("市发展改革委副主任庄英从“点、线、面”三个维度介绍了。", "庄英"),
    ("自治区党委常委、副主席买彦州介绍,宁夏是宝地。", "买彦州"),
])
def test_people_after_deputies_titles_and_before_more_verbs(text, person):
    assert person in names(extract("某地新闻\n" + text, doc_id="x"), "people")


def test_members_of_a_congress_who_talk_are_no_person():
    d = extract("某地新闻\n来自九三学社、科协的省政协委员谈变化、聚共识、谋发展。", doc_id="x")
    assert names(d, "people") == []


def test_divisions_listed_after_baokuo_are_named_from_the_verb_on():
    d = extract("某部新闻\n工信部高新技术司下设未来产业处,其余处室包括综合处、重大项目协调处、关键技术一处、关键技术二处。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert {"综合处", "重大项目协调处", "关键技术二处"} <= orgs and not any(o.startswith("其余") for o in orgs)


def test_two_zones_joined_by_he_are_not_one_name():
    d = extract("某省新闻\n“两区”是松嫩平原生物产业核心区和泛三江平原生物产业示范区。", doc_id="x")
    assert not any("和" in z for z in names(d, "zones"))


def test_works_of_a_site_under_gongcheng_are_no_programmes():
    d = extract("某市新闻\n园区内雨水、污水、给水、燃气、热力、通信管道等工程同步施工。", doc_id="x")
    assert names(d, "programmes") == []


def test_the_outlet_whose_reporter_interviews_and_a_dateline_after_a_photo_credit():
    d = extract("本报记者 某某\n某局副局长李明健近日接受科技日报记者采访时表示,西藏将发展清洁能源。", doc_id="x")
    assert d["document"]["issuer"] == "科技日报"
    d = extract("国家发展和改革委员会主任郑栅洁回答记者提问。(中评社 海涵摄) 中评社北京3月6日电(记者 海涵)"
                "过去一年,人工智能表现强劲。国家发展和改革委员会主任郑栅洁指出,长江上的货轮经过南京段时,无人机送外卖。", doc_id="x")
    assert "中评社" in names(d, "organizations") and d["document"]["region"] == "全国"


def test_a_quoted_list_ends_at_its_quote_and_a_systems_code_before_its_head_is_no_item():
    d = extract("某区新闻\n发布会介绍了保税区在聚焦“直升机、无人机、新型航空器”领域取得的成果。"
                "某市谋划了前沿材料、生命科学、先进装备“3+X”未来产业发展体系。", doc_id="x")
    fields = set(names(d, "fields"))
    assert {"直升机", "新型航空器", "前沿材料", "先进装备"} <= fields and not any("”" in f for f in fields)


def test_tasks_headed_yi_shi_after_a_counted_list_of_tasks_are_measures_not_the_part_of_the_plan():
    d = extract("某省新闻\n王某介绍,在主要任务方面,提出技术创新、主体培育、产业集聚等3大任务。一是推动关键技术创新。加快布局。"
                "二是加快产业主体培育。培育企业。三是促进产业集聚扩容。建设基地。", doc_id="x")
    assert names(d, "measures") == ["推动关键技术创新", "加快产业主体培育", "促进产业集聚扩容"]


def test_a_press_conference_and_a_verb_before_a_suffix_name_no_organization():
    d = extract("某市新闻\n记者在日前召开的2024年南宁科技创新发展情况通报新闻发布会上了解到。"
                "润建股份有限公司负责人向记者介绍公司低空经济板块。在掌声中共同见证福建省氢能产业创新发展联盟成立。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert not any("发布会" in o or "介绍" in o or "见证" in o for o in orgs)


def test_a_share_of_what_follows_de_is_a_goal_and_a_distance_within_it_is_not():
    d = extract("某区低空经济规划\n据介绍,到2035年将建成通用机场98个,99%的县级行政单元能够在直线距离50公里范围内享受到通用航空服务。", doc_id="x")
    got = {(t["year"], t["value"], t["unit"]): t["metric"] for t in d["targets"]}
    assert got == {(2035, 98, "个"): got[(2035, 98, "个")], (2035, 99, "%"): "县级行政单元"}


def test_a_years_result_reported_after_judie_is_no_goal():
    d = extract("某省新闻\n据介绍,2023年,某省地区生产总值增长5.3%,经济总量站上3万亿台阶。", doc_id="x")
    assert d["targets"] == []


def test_a_special_regions_government_a_standing_committee_of_a_numbered_congress_and_chongqings_agency():
    d = extract("新华社澳门11月1日电 澳门特区政府1日公布规划。2025年12月3日,贵州省十四届人大常委会第二十次会议表决通过。"
                "省十三届人大三次会议召开。申报书报送至市经济信息委。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert {"澳门特区政府", "贵州省十四届人大常委会", "市经济信息委"} <= orgs
    assert "区政府" not in orgs and not any("十三届人大" in o for o in orgs)


def test_a_kind_of_zone_joined_to_another_word_is_no_zone():
    d = extract("某市通知\n市经济信息委将根据论证意见和先导区布局、产业发展等情况确定名单。", doc_id="x")
    assert names(d, "zones") == []


def test_a_deputys_title_a_class_of_governments_and_a_work_report_name_no_body():
    d = extract("某地新闻\n全国人大代表梁伟表示。行业部门、地市政府协同发力。2024年新疆政府工作报告提出。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert not orgs & {"全国人大", "全国人民代表大会", "市政府", "新疆政府"}


def test_industries_a_city_gathers_are_fields_and_industrialisation_is_no_head():
    d = extract("某市新闻\n自贡还围绕零部件延链补链,加速聚集复合材料、航电、发动机、无人机反制等产业。", doc_id="x")
    assert {"复合材料", "航电", "发动机", "无人机反制"} <= set(names(d, "fields"))
    d = extract("某省新闻\n通过这些创新平台集聚人才、集聚要素来帮助产业化。", doc_id="x")
    assert names(d, "fields") == []


def test_a_provinces_turn_at_the_nations_press_conference_after_a_columns_label_is_the_provinces():
    d = extract("推动高质量发展·权威发布|宁夏:全力打造“中国算力之都”\n\n中新网 5月20日电 国新办5月20日举行“推动高质量发展”"
                "系列主题新闻发布会。宁夏回族自治区党委常委、副主席介绍,宁夏是祖国西部重要的生态安全屏障。", doc_id="x")
    assert d["document"]["region"] == "宁夏回族自治区"


def test_the_titles_a_text_rests_on_are_not_what_it_reports():
    d = extract("某市新闻\n通知指出,根据《工业和信息化部等七部门关于推动未来产业创新发展的实施意见》和《重庆市未来产业培育"
                "行动计划(2024—2027年)》的相关要求,重庆市将建设一批未来产业先导区。", doc_id="x")
    assert d["document"]["about"] is None and d["document"]["region"] == "重庆市"


def test_a_copying_sites_stamp_and_source_lines_over_a_headline_give_the_day_not_the_title():
    d = extract("2025 12/01 13:02:11\n来源:人民日报\n\n海南商业航天产业蓄势起飞\n\n  当前,全球商业航天竞争日趋激烈。海南将加快发展。",
                doc_id="x")
    assert d["document"]["title"] == "海南商业航天产业蓄势起飞"
    assert d["document"]["date"] == "2025-12-01" and d["document"]["region"] == "海南省"


def test_a_reports_day_takes_the_year_of_the_latest_day_before_it_not_of_a_law_first_passed():
    d = extract("12月17日,记者从省政府新闻办召开的新闻发布会获悉,《贵州省大数据发展应用促进条例》于2016年1月颁布。"
                "2025年12月3日,贵州省十四届人大常委会第二十次会议表决通过了修订。条例将于2026年1月1日起实施。", doc_id="x")
    assert d["document"]["date"] == "2025-12-17"


def test_a_report_on_a_policy_interpretation_press_conference_is_news_from_its_outlet():
    d = extract("胶东在线12月30日讯(记者 王向荣)在12月30日烟台市政府新闻办举行的《烟台市数字经济促进条例》 政策解读新闻发布会上,"
                "市发展改革委副主任介绍了我市拓展数字经济发展新优势。", doc_id="x")
    assert d["document"]["doc_type"] == "新闻报道" and d["document"]["issuer"] == "胶东在线"


def test_a_byline_of_two_outlets_joined_by_a_dash_and_a_firm_seated_in_brackets_with_a_brand_of_he():
    d = extract("以“数”为媒点燃美好生活新引擎\n【商博会·观察】\n天山网-新疆日报记者 于江艳\n亚欧商品贸易博览会上,数据洪流奔涌。"
                "“我们建设的算力项目将点亮投产。”密和(新疆)数字集团有限公司展位负责人许齐说。", doc_id="x")
    assert d["document"]["issuer"] == "天山网 新疆日报"
    orgs = set(names(d, "organizations"))
    assert {"天山网", "新疆日报", "密和(新疆)数字集团有限公司"} <= orgs and "天山网-新疆日报" not in orgs


def test_bodies_that_draft_the_plans_are_no_clusters():
    d = extract("某省新闻\n去年5月省制造强省建设领导小组正式明确由省发展改革委、科技厅、工信厅分别牵头编制5个未来产业集群行动计划。",
                doc_id="x")
    assert names(d, "clusters") == []


def test_a_reports_goals_in_the_paragraph_of_their_year_are_goals_a_present_fact_there_is_not():
    d = extract("某省新闻\n按照方案,到2025年,世界级汽车产业集群培育取得突破性进展。构建纯电动为主的发展格局。"
                "汽车产量达410万辆,动力电池产量达150GWh。大会同步举行4项重大合作项目签约仪式。", doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2025, 410), (2025, 150)}


def test_each_part_of_a_years_results_a_report_gives_is_no_goal():
    d = extract("某省新闻\n据介绍,2023年,辽宁地区生产总值增长5.3%,经济总量站上3万亿台阶;科教资源富集,有114所高等院校,"
                "全省新增两院院士6人,总数达到61人。", doc_id="x")
    assert d["targets"] == []


def test_a_member_named_before_the_title_member():
    d = extract("某市新闻\n2月2日,市政协第五次会议召开。会上,李家勇委员代表民进六盘水市委会围绕人工智能应用提出系列建议。", doc_id="x")
    assert ("李家勇", "委员") in {(p["name"], p["role"]) for p in d["people"]}


def test_a_capital_market_is_no_city_speaking_of_itself():
    d = extract("国家发展和改革委员会主任郑栅洁回答记者提问。(中评社 海涵摄) 中评社北京3月6日电(记者 海涵)国家发展和改革委员会主任3月6日下午在十四届"
                "全国人大4次会议举行的记者会上谈到对这些行业的政策支持。他说,长江上的货轮经过南京段时,无人机给它送外卖。"
                "资本市场实际上是很关注这一块的。", doc_id="x")
    assert d["document"]["region"] == "全国"


def test_every_title_of_a_chain_a_text_rests_on_is_cited_not_issued():
    d = extract("2025年数字福州工作要点\n今年数字福州建设工作的总体目标是:对照《数字中国建设整体布局规划》《2025年数字福建工作要点》及"
                "市委、市政府工作部署,以数字化助力福州全力打造数字中国建设领军城市。我市将加快建设。", doc_id="x")
    assert d["document"]["region"] == "福州市"


def test_a_word_of_time_opens_the_clause_not_the_first_item():
    d = extract("某市新闻\n目前长三角合成生物产业创新园、金坛合成生物产业园等3个合成生物专题园区已正式启动开园。", doc_id="x")
    assert "长三角合成生物产业创新园" in names(d, "zones") and not any(z.startswith("目前") for z in names(d, "zones"))


def test_a_text_that_says_it_makes_the_following_policies_is_a_set_of_measures():
    d = extract("安徽省凹凸棒基新材料产业项目申报条件:\n凹凸棒石粘土是一种粘土矿物。为推动我省凹凸棒基新材料产业高质量发展,制定如下政策。\n"
                "一、提升创新能力。建立健全创新体系。\n二、加强平台建设。支持建设创新平台。", doc_id="x")
    assert d["document"]["doc_type"] == "若干措施"
    assert {"提升创新能力", "加强平台建设"} <= set(names(d, "measures"))


def test_a_report_opening_on_a_bodys_draft_out_for_comment_is_news_about_it():
    d = extract("重庆市经济信息委发布《重庆市支持未来产业培育发展若干措施(征求意见稿)》,面向社会公开征求意见。该文件拟从平台建设、"
                "人才引育、资金奖补等维度推出15条具体政策,其中对符合条件的创新平台单个项目最高给予5000万元支持。", doc_id="x")
    doc = d["document"]
    assert doc["doc_type"] == "新闻报道" and doc["title"] is None
    assert doc["about"] == "重庆市支持未来产业培育发展若干措施(征求意见稿)"


def test_a_bodys_answers_on_its_own_policy_are_an_interpretation():
    d = extract("4月4日,国家发展改革委有关负责人就《横琴粤澳深度合作区鼓励类产业目录》答记者问。\n其表示,编制《产业目录》,要紧紧围绕"
                "四大产业。", doc_id="x")
    assert d["document"]["doc_type"] == "政策解读"


def test_an_article_signed_by_its_author_under_the_headline_is_news():
    d = extract("竞逐低空新赛道:南昌市低空经济怎么“飞”?\n\n陈梦娇\n\n作为战略性新兴产业,低空经济正迈向亿量级市场。\n\n"
                "一、南昌市低空经济发展的比较优势\n\n南昌在航空领域积淀了深厚的产业基础。\n\n二、南昌市低空经济发展的短板\n\n人才不足。",
                doc_id="x")
    assert d["document"]["doc_type"] == "新闻报道"


def test_the_count_of_the_bodies_listed_is_no_part_of_the_last():
    d = extract("某市新闻\n2018年,工业和信息化部、公安部、交通运输部三部委联合印发管理规范。", doc_id="x")
    orgs = set(names(d, "organizations"))
    assert "交通运输部" in orgs and not any(o.endswith("三部委") for o in orgs)


def test_a_verb_with_its_particle_ends_a_list_whatever_count_follows():
    d = extract("某省新闻\n《行动方案》为青海省加快推动清洁能源高比例、高质量、市场化、基地化、集约化发展部署了“六大行动”。", doc_id="x")
    assert not {"高质量", "市场化"} & set(names(d, "programmes"))


def test_the_count_that_heads_a_colon_list_is_no_target():
    d = extract("某区新闻\n两江新区正全力构建“1333”产业体系。1个总体目标:打造空天信息产业创新发展高地;3个空间载体:卫星互联网产业园和"
                "航空产业园;3大主攻领域:卫星及应用、空天新材料和低空经济。到2027年,空天信息产业预计实现营收600亿元。", doc_id="x")
    assert [(t["value"], t["unit"]) for t in d["targets"]] == [(600, "亿元")]


def test_the_state_reached_by_a_date_is_a_result_not_a_target():
    d = extract("某省新闻\n截至2021年年底,宁夏新材料工业产值超1200亿元,近两年平均增长30%以上。", doc_id="x")
    assert d["targets"] == []


def test_what_a_list_of_projects_costs_is_a_budget_not_a_target():
    d = extract("某省新闻\n方案指出,2022年,辽宁将重点推进徐大堡核电3、4号机组、辽河储气库群等31个项目,总投资3797亿元。", doc_id="x")
    assert not any("投资" in t["metric"] for t in d["targets"])


def test_a_quoted_shorthand_counts_the_items_before_it():
    d = extract("某区新闻\n宁河区依托其生态资源,初步形成了新材料、新部件、新能源、新食品、新经济“五新”产业。", doc_id="x")
    assert {"新部件", "新食品", "新经济"} <= set(names(d, "fields"))
    d = extract("某区新闻\n为前瞻谋划、科学布局示范区“十五五”时期氢能产业发展,示范区党工委书记率队赴北京考察。", doc_id="x")
    assert "科学布局示范区" not in names(d, "fields")


def test_one_firm_standing_for_its_kind_is_an_organization():
    d = extract("某区新闻\n两江新区有良好的基础,集聚了中国星网等卫星及应用龙头企业,金世利等空天新材料企业,亿飞智联等低空经济企业。", doc_id="x")
    assert {"金世利", "亿飞智联"} <= set(names(d, "organizations"))


def test_a_company_by_its_stem_is_its_registered_name():
    d = extract("某省新闻\n该联盟由华电新疆发电有限公司牵头发起。华电新疆公司表示,下一步将推进氢能产业发展。", doc_id="x")
    orgs = {o["name"]: o for o in d["organizations"]}
    assert "华电新疆公司" not in orgs and "华电新疆公司" in orgs["华电新疆发电有限公司"]["aliases"]


def test_a_figure_set_against_an_earlier_year_or_a_reporting_period_is_a_result():
    d = extract("某省新闻\n记者从会上获悉,2023年,中国新型储能项目数量超过2500个,较2022年增长46%。2023年前三季度,广东省新型储能产业"
                "营业收入约2900亿元。全年新增装机规模已经超过45GWh,三倍于2022年装机水平。", doc_id="x")
    assert d["targets"] == []


def test_goals_by_year_written_in_brackets_are_targets():
    d = extract("某市新闻\n副主任介绍了产业园“三步走”产业规模目标(2027年超7000亿元、2030年破10000亿元、2035年达14000亿元)。", doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2027, 7000), (2030, 10000), (2035, 14000)}


def test_the_directions_a_plan_makes_its_main_attack_are_fields():
    d = extract("某省新闻\n《行动计划》主攻卫星运营服务、卫星制造及配套、地面设备制造、融合应用等方向,目标到2025年,产业体系基本建立。"
                "统筹规划卫星运营、卫星制造及配套、卫星应用服务等产业。", doc_id="x")
    assert {"卫星运营服务", "卫星制造及配套", "地面设备制造", "卫星应用服务"} <= set(names(d, "fields"))
    assert not any("》" in n for n in names(d, "fields"))


def test_areas_named_by_what_they_share_are_fields_where_zones_are_built():
    d = extract("某省新闻\n方案提出,到2027年,在通用智能、量子科技、空天信息、低碳能源等具有比较优势的领域建设10个左右省级未来产业先导区。", doc_id="x")
    assert {"通用智能", "空天信息"} <= set(names(d, "fields"))


def test_the_aspects_a_reported_policy_supports_are_its_measures():
    d = extract("某省新闻\n江西省日前印发《加快推进虚拟现实产业发展的若干措施》,提出要在产品推广应用、专业人才和公共服务等方面对虚拟现实产业"
                "提供支持。", doc_id="x")
    assert "产品推广应用" in names(d, "measures")


def test_a_kinds_short_form_alone_is_the_alias_of_the_one_zone_of_that_kind():
    d = extract("某省新闻\n中国(江苏)自由贸易试验区挂牌五周年。感谢大家长期以来对江苏商务工作和自贸试验区建设的关心支持。", doc_id="x")
    zones = {z["name"]: z for z in d["zones"]}
    assert set(zones) == {"中国(江苏)自由贸易试验区"} and "自贸试验区" in zones["中国(江苏)自由贸易试验区"]["aliases"]


def test_a_count_without_its_measure_word_then_ji_heads_the_list():
    d = extract("某区新闻\n铜梁区将建设三基地,即储能电池材料生产基地、储能电池专用设备智造基地、储能产业服务基地。", doc_id="x")
    assert {"储能电池材料生产基地", "储能产业服务基地"} <= set(names(d, "zones"))


def test_a_foundation_is_named_whole():
    d = extract("某市新闻\n中国航天大会是由中国宇航学会和中国航天基金会联合主办的综合性行业盛会。", doc_id="x")
    assert "中国航天基金会" in names(d, "organizations") and "中国航天基金" not in names(d, "organizations")
    d = extract("某省新闻\n《措施》提出,引导省级政府投资基金和湖南湘江新能源投资基金会同郴州相关单位探索设立产业投资基金。", doc_id="x")
    assert not any(n.endswith("基金会") for n in names(d, "organizations"))  # 基金|会同: together with


def test_every_mention_of_a_department_gives_its_division():
    d = extract("某省新闻\n省工信厅综合处处长曾祥清,省工信厅信息化推进处处长高琨,省工信厅信息安全协调处处长幸智出席新闻发布会。", doc_id="x")
    assert {"省工信厅综合处", "省工信厅信息安全协调处"} <= set(names(d, "organizations"))


def test_members_listed_after_their_title_run_up_to_what_they_did():
    d = extract("某省新闻\n今年初,省工商联及省政协委员贺军、韩子天、王雪华提出系列提案,推动低空经济发展。", doc_id="x")
    assert {"贺军", "韩子天", "王雪华"} <= set(names(d, "people"))


def test_a_documents_short_name_in_quotes_is_no_programme():
    d = extract("某市新闻\n李瑛介绍了《济南市工业互联网发展行动计划(征求意见稿)》(以下简称“行动计划”)的主要内容。专家围绕“行动计划”提出意见。",
                doc_id="x")
    assert d["programmes"] == []


def test_a_body_that_prints_a_plan_without_guanyu_gives_the_plans_title():
    d = extract("市政府办公室印发《关于进一步深化“双千兆”协同发展扩大信息消费的行动计划》的通知\n各辖市、区人民政府:\n现将《行动计划》印发给你们。",
                doc_id="x")
    assert d["document"]["title"] == "关于进一步深化“双千兆”协同发展扩大信息消费的行动计划"
    assert d["document"]["doc_type"] == "行动计划"


def test_the_years_of_a_series_of_goals_are_not_the_reports():
    d = extract("人民网北京11月3日电 工信部近日印发《人形机器人创新发展指导意见》,计划到2025年,初步建立人形机器人创新体系;2027年,"
                "综合实力达到世界先进水平。\n到2025年,关键技术取得突破。培育2-3家有全球影响力的生态型企业,打造2-3个产业发展集聚区。", doc_id="x")
    assert d["document"]["date"] is None or not d["document"]["date"].startswith("2027")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2025, 3)}


def test_names_end_on_a_body_and_start_after_the_clause_that_leads_to_them():
    assert shape_problem("标志着大连自贸片区", "zone") and repair("标志着大连自贸片区", "zone") == (3, "大连自贸片区")
    assert repair("真诚希望山西通用航空集团有限公司", "organization") == (4, "山西通用航空集团有限公司")
    assert repair("贵州省人民政府驻上海办事处共同", "organization") == (0, "贵州省人民政府驻上海办事处")
    assert repair("中国航天科技集团旗下国创基金", "organization") == (10, "国创基金")
    assert repair("全市及科技城管委会", "organization") == (3, "科技城管委会")
    assert shape_problem("中卫市互联网交换中心和华为", "organization") == "two bodies joined"
    assert shape_problem("企业代表", "organization") and shape_problem("双基地", "zone")
    for name in ("工业和信息化部", "国家发展和改革委员会", "住房和城乡建设部", "新希望集团", "职工代表大会"):
        assert shape_problem(name, "organization") is None, name


def test_a_bylines_outlets_and_time_are_no_headline():
    d = extract("湖南日报·新湖南客户端 2025-12-24 21:20:29\n湖南日报·新湖南客户端记者 李永亮\n作为全国重要航空产业基地,株洲已形成低空经济产业基础。"
                "株洲市政协委员曾艳梅建议,加快创建低空经济产业示范,将株洲打造成低空经济发展新标杆。", doc_id="x")
    assert d["document"]["title"] is None and d["document"]["issuer"] == "湖南日报·新湖南客户端"
    assert d["document"]["region"] == "株洲市"


def test_the_venue_of_a_meeting_and_a_county_after_its_province_in_a_headline():
    d = extract("广西新能源汽车推广经验交流会在柳州召开\n9月8日,广西新能源汽车推广经验交流会在柳州召开。柳州市有关负责人出席。", doc_id="x")
    assert d["document"]["region"] == "广西壮族自治区"
    d = extract("新疆木垒加快壮大新能源领域产业集群\n中新网 乌鲁木齐9月24日电 23日,新疆木垒县在乌鲁木齐举行昌吉州·木垒新能源装备制造产品推介大会。", doc_id="x")
    assert d["document"]["region"] == "昌吉回族自治州"
    assert lookup_region("红河州").name == "红河哈尼族彝族自治州"  # how texts write an autonomous prefecture


def test_a_day_an_act_a_column_or_a_second_body_before_a_body_is_cut_off():
    assert repair("当天国新办", "organization") == (2, "国新办")
    assert repair("报经省政府", "organization") == (2, "省政府") and repair("协同市发改委", "organization") == (2, "市发改委")
    assert repair("全文丨杭州市人民政府办公厅", "organization") == (3, "杭州市人民政府办公厅")
    assert repair("省内院校以及华为", "organization") == (6, "华为")
    assert repair("滁州经开区管委会和合肥中创新航", "organization") == (9, "合肥中创新航")
    for name in ("自治区人民政府", "高新区管委会", "市城市管理局", "海淀区政府", "今日头条"):
        assert shape_problem(name, "organization") is None, name


def test_a_name_the_text_writes_only_as_the_end_of_a_longer_one_is_no_name():
    d = extract("某市新闻\n虽然连日来很忙碌,但哈尔滨联合飞机科技有限公司总经理孙立业感到很充实。省委省政府高度重视。", doc_id="x")
    names_ = set(names(d, "organizations"))
    assert "哈尔滨联合飞机科技有限公司" in names_ and "飞机科技有限公司" not in names_


def test_a_years_result_in_a_report_from_a_later_years_meeting_is_no_target():
    d = extract("某区新闻\n近日,记者从2023年西藏自治区经济和信息化工作会议上获悉,2022年,西藏工业经济和数字经济占GDP比重达到19%。", doc_id="x")
    assert d["targets"] == []


def test_a_year_inside_the_period_of_the_plan_a_report_names_opens_its_goal():
    d = extract("近日,《某市加快低空经济高质量发展实施方案(2025—2027年)》印发。\n2025年先布设20个起降点,2027年总数达50个。", doc_id="x")
    assert (2025, 20) in {(t["year"], t["value"]) for t in d["targets"]}
    d = extract("近日,《某省人工智能行动方案(2024—2026年)》印发。\n据统计,2024年全省人工智能产业年产值突破5700亿元。", doc_id="x")
    assert d["targets"] == []  # a year's result the report counts, not a goal


def test_a_field_never_ends_in_a_place_a_project_a_voucher_or_a_change_and_a_scene_is_no_adjective():
    for name in ("电池及材料生产基地", "人工智能算力券", "数字经济试验区", "产业能级", "企业数字化转型", "新型智慧城市"):
        assert shape_problem(name, "field"), name
    assert shape_problem("丰富", "scenario") and shape_problem("上市公司", "organization")
    for name in ("遥感", "数据", "数字社区"):
        assert shape_problem(name, "field") is None, name


def test_what_parallel_verbs_of_making_make_are_fields():
    d = extract("某省新闻\n以高端化为主攻方向,做精稀贵金属新材料,做大新能源电池材料,做实化工新材料,构建良好生态体系。", doc_id="x")
    assert {"稀贵金属新材料", "新能源电池材料", "化工新材料"} <= set(names(d, "fields"))
    d = extract("某市新闻\n做大规模,做强企业,做优服务。", doc_id="x")
    assert d["fields"] == []


def test_a_cut_after_a_particle_keeps_a_names_first_character():
    assert repair("先后参观了达瑞兴健康产业园", "zone") == (5, "达瑞兴健康产业园")


def test_a_projects_expected_yearly_output_is_no_goal_of_the_text():
    d = extract("某市新闻\n国创氢能燃料电池项目总投资3.2亿元,占地面积4万平方米,预计年产值15亿元。到2027年,全市氢能产业产值达到100亿元。",
                doc_id="x")
    assert {(t["year"], t["value"]) for t in d["targets"]} == {(2027, 100)}


def test_a_year_a_plan_anchors_on_is_its_goals_year():
    d = extract("某省新闻\n《行动方案》着眼保障能源安全,锚定2030年全省风电、光伏装机1亿千瓦以上,清洁能源装机超过1.4亿千瓦的目标。",
                doc_id="x")
    assert {t["year"] for t in d["targets"]} == {2030}


def test_a_quantity_before_de_mubiao_is_the_goal():
    d = extract("某省新闻\n到2030年全省风电装机达到1亿千瓦以上的目标。", doc_id="x")
    assert [(t["year"], t["metric"], t["value"]) for t in d["targets"]] == [(2030, "全省风电装机", 1)]
    d = extract("某省新闻\n到2027年培育超过30亿元的企业10家。", doc_id="x")
    assert {t["value"] for t in d["targets"]} == {10}  # 超过30亿元的企业: a quantity that qualifies a noun


def test_every_event_is_named_without_its_edition_whichever_rule_found_it():
    d = extract("某市新闻\n8月27日,市政府新闻办举行2024空天信息产业国际生态大会新闻发布会。", doc_id="x")
    events = [o for o in d["organizations"] if o["name"].endswith("大会")]
    assert [(o["name"], o["aliases"]) for o in events] == [("空天信息产业国际生态大会", ["2024空天信息产业国际生态大会"])]


# -- the twenty-fifth round ---------------------------------------------------------------------------------------
def test_a_known_company_after_a_place_is_its_local_company():
    d = extract("项目由长沙比亚迪牵头建设,比亚迪将追加投资。", doc_id="x")
    firms = [o for o in d["organizations"] if "比亚迪" in o["name"]]
    assert [(o["name"], o["aliases"]) for o in firms] == [("长沙比亚迪", ["比亚迪"])]  # one body, named with its place


def test_no_district_across_xianyu():
    d = extract("马鞍山市加快发展,实现主导产业和县域特色产业全覆盖。", doc_id="x")
    assert "和县" not in names(d, "districts")


def test_a_text_looking_back_on_a_period_sets_no_goals_for_it():
    d = extract("某市举行新闻发布会,介绍“十四五”经济社会发展成就。\n“十四五”期间,全市研发经费投入年均增长28.77%,"
                "高新技术企业达1029家。", doc_id="x")
    assert d["targets"] == []


def test_a_change_between_two_past_years_is_no_goal():
    d = extract("据统计,全市海洋生产总值从2019年的1612.5亿元(人民币,下同)增长到2021年1828.2亿元,年均增速6.5%。", doc_id="x")
    assert d["targets"] == []
    d = extract("力争全市生产总值从2020年的1万亿元增长到2025年的1.5万亿元。", doc_id="x")
    assert [(t["year"], t["value"]) for t in d["targets"]] == [(2025, 1.5)]  # a change the text aims at


def test_an_industry_pair_names_one_cluster():
    d = extract("木垒县建成自治区级新能源及装备制造特色产业集群。", doc_id="x")
    assert names(d, "clusters") == ["新能源及装备制造特色产业集群"]


def test_a_sub_lists_count_and_joiner_split_an_item():
    doc = Doc.from_text("重点打造煤基、铝基、硅基3个千亿级和油气、粮油、纺织4个百亿级产业集群。", "x")
    assert enumerations(doc)[0].names == ["煤基", "铝基", "硅基", "油气", "粮油", "纺织"]


def test_the_items_of_a_numbered_code_of_industries_are_fields():
    d = extract("某高新区重点发展“3+X”产业,“3”即甲乙医药、丙丁食品加工、戊己环保产业,“X”即先进制造业等产业。", doc_id="x")
    assert {"甲乙医药", "丙丁食品加工", "戊己环保"} <= set(names(d, "fields"))


def test_firms_described_before_their_head_and_firms_a_count_includes():
    d = extract("新能源电池产业已引入宁德时代、甲乙纳米、丙丁能源等具有核心竞争力的企业。", doc_id="x")
    assert {"宁德时代", "甲乙纳米", "丙丁能源"} <= set(names(d, "organizations"))
    d = extract("累计落地企业20家,包括甲乙、丙丁达等行业龙头企业。", doc_id="x")
    assert {"甲乙", "丙丁达"} <= set(names(d, "organizations"))


def test_gongcheng_inside_a_head_of_firms_makes_no_programmes():
    d = extract("这里聚集着中联重科、铁建重工、山河智能等一大批工程机械知名企业。", doc_id="x")
    assert names(d, "programmes") == []
    assert {"中联重科", "山河智能"} <= set(names(d, "organizations"))


def test_a_lists_first_item_starts_after_yinglai():
    doc = Doc.from_text("长沙街头即将迎来无人清扫、无人配送、无人零售等无人车试点应用场景。", "x")
    assert enumerations(doc)[0].names[0] == "无人清扫"


def test_a_predicate_cuts_a_zones_stem_wherever_it_stands():
    d = extract("2024年,某市东部新城全年实现产业园区规上工业总产值319亿元。海东市相关部门协助河湟新区完成申报。", doc_id="x")
    assert not any("实现" in z or "协助" in z for z in names(d, "zones"))
    assert "河湟新区" in names(d, "zones")


def test_a_short_line_under_the_first_paragraph_is_no_headline():
    d = extract("中新网南宁9月29日电(记者 张三)新经济从无到有、异军突起,文旅产业重塑格局、焕发新机,城市面貌焕然一新,"
                "北海29日在南宁通过新闻发布会展示其对外开放40年来的变化。\n向海工业聚势振兴\n北海大力发展临港大工业。", doc_id="x")
    assert d["document"]["title"] is None


def test_outlets_from_a_paper_line_a_bracketed_dateline_and_a_reprint_label():
    d = Doc.from_text("规划引领 政策扶持\n\n某市培育壮大新兴产业\n\n辽宁日报 2025年05月23日\n\n本报记者 张三\n\n5月22日,在某公司车间内。", "x")
    assert [o.name for o in outlets(d)][:1] == ["辽宁日报"]
    d = Doc.from_text("某市着力打造光伏之都\n【新华企业资讯1月4日】在日前召开的大会上,某协会授予牌匾。", "x")
    assert [o.name for o in outlets(d)][:1] == ["新华企业资讯"]
    d = Doc.from_text("某省十条举措支持锂电产业\n文章转载自:界面新闻网 非本站原创\n近日,某省印发措施。", "x")
    assert [o.name for o in outlets(d)][:1] == ["界面新闻网"]


def test_a_headline_on_a_national_designation_a_city_holds_is_the_citys():
    d = extract("国家新一代人工智能创新发展试验区如何建郑州出台实施方案明确五大重点任务\n\n本文转自:郑州日报\n\n"
                "郑州市围绕智慧城市管理等领域,探索利用新一代人工智能技术。", doc_id="x")
    assert d["document"]["region"] == "郑州市"


def test_a_demonstrative_opens_no_name():
    assert shape_problem("这场大会", "organization") == "begins with 这场"
    assert shape_problem("本次论坛", "organization") == "begins with 本次"


def test_a_count_in_a_cluster_stem_is_the_lists_head():
    d = extract("大力发展航空物流、航空保障、航空科创三大航空产业集群。", doc_id="x")
    assert "航空科创三大航空产业集群" not in names(d, "clusters")


def test_the_items_a_region_counts_as_its_ranked_industries_are_fields():
    d = extract("某区推动甲乙健康、丙丁能源、戊己制造三大主导产业收入分别达到100亿元、200亿元、300亿元。", doc_id="x")
    assert {"甲乙健康", "丙丁能源", "戊己制造"} <= set(names(d, "fields"))


def test_a_district_inside_a_clusters_name_only_is_no_district():
    d = extract("淮南市打造寿县新能源汽车产业集群。", doc_id="x")
    assert names(d, "clusters") == ["寿县新能源汽车产业集群"]
    assert names(d, "districts") == []
    d = extract("淮南市打造寿县新能源汽车产业集群。寿县加快发展。", doc_id="x")
    assert names(d, "districts") == ["寿县"]  # named on its own too


def test_a_district_named_inside_bodies_and_then_alone_is_a_district_by_both_forms():
    d = extract("浦东新区人民政府、奉贤区人民政府:\n统筹规划包括奉贤、浦东、闵行部分区域在内的873平方公里全域。", doc_id="x")
    by_name = {x["name"]: x["aliases"] for x in d["districts"]}
    assert by_name == {"浦东新区": ["浦东"], "奉贤区": ["奉贤"], "闵行": ["闵行区"]}


def test_a_numeral_inside_a_word_is_no_count():
    d = extract("某市光电产业行动计划\n开展各类零件、组件、设备制造。到2025年,培育企业10家。", doc_id="x")
    assert [(t["metric"], t["value"]) for t in d["targets"]] == [("企业", 10)]  # not 各类 0件 (零件 as a count)


def test_a_cover_notice_flattened_to_one_line_names_the_plan_it_prints():
    d = extract("某数办〔2021〕11号某省数字经济发展领导小组办公室关于印发《某省光电产业发展行动计划(2021-2025年)》的通知各市、县(市、区)"
                "数字经济发展领导小组:现将《某省光电产业发展行动计划(2021-2025年)》印发给你们,请认真抓好落实。光电产业是…", doc_id="x")
    assert d["document"]["title"] == "某省光电产业发展行动计划(2021-2025年)"
    assert d["document"]["doc_type"] == "行动计划"


def test_a_place_title_earned_with_a_technology_is_no_field():
    assert subjects("深圳市加快打造人工智能先锋城市行动计划(2025—2026年)") == ["人工智能"]
    assert subjects("临港新片区创新型产业规划") == []


def test_traditional_industries_listed_as_such_are_no_fields():
    d = extract("某省将培育壮大深海油气、海洋新能源等两个新兴产业,优化提升海洋渔业、海洋旅游文化、海洋化工等三个传统优势产业。", doc_id="x")
    assert {"深海油气", "海洋新能源"} <= set(names(d, "fields"))
    assert not {"海洋渔业", "海洋旅游文化", "海洋化工"} & set(names(d, "fields"))


def test_a_last_item_joined_by_he_as_long_as_the_others_is_two_items():
    d = extract("推动产品在家庭、社区和养老机构等场景中应用验证。", doc_id="x")
    assert names(d, "scenarios") == ["家庭", "社区", "养老机构"]


def test_a_reports_day_takes_no_goals_year():
    d = extract("某省将培育10家龙头企业\n\n11月27日,记者从某省政府新闻办举行的发布会获悉,某省要在2030年建成智能机器人产业集群。\n\n"
                "《行动方案》提出,到2027年,培育10户以上细分领域国内龙头企业,全产业链规模达到1000亿元以上。", doc_id="x")
    assert d["document"]["date"] is None  # not 2030-11-27
    assert (2027, 1000) in [(t["year"], t["value"]) for t in d["targets"]]


def test_an_events_year_with_latin_letters_in_its_name_is_the_reports_year():
    d = extract("中新网 广州1月8日电 (记者 王某)2024中国储能CEO大会8日在广州举办。大会现场公布,2023年,中国新型储能项目数量超2500个。",
                doc_id="x")
    assert d["document"]["date"] == "2024-01-08"


def test_a_fields_rank_is_no_part_of_it():
    assert repair("世界级锂电新能源", "field") == (3, "锂电新能源")


def test_a_local_texts_national_figures_are_no_goals():
    d = extract("曲靖市召开大会。2021年,预计我国工业硅产量达到250万吨,全球占比达到73.5%。到2025年,曲靖市将力争形成20万吨多晶硅料。",
                doc_id="x")
    assert [(t["year"], t["value"]) for t in d["targets"]] == [(2025, 20)]


def test_a_change_over_a_span_of_past_years_is_no_goal():
    d = extract("2002年至2022年,某市生产总值从185亿元增加到1831亿元,年均增长9.8%。", doc_id="x")
    assert d["targets"] == []


def test_a_counted_head_announced_before_its_list_types_the_items():
    d = extract("《某区促进集成电路产业发展的实施意见》政策解读\n本实施意见聚焦产业集聚培育,产业创新发展两个方面支持集成电路产业,"
                "共3项条款分别为鼓励优质企业集聚、支持企业流片、支持行业合作交流。", doc_id="x")
    assert names(d, "measures") == ["鼓励优质企业集聚", "支持企业流片", "支持行业合作交流"]
    d = extract("最具辨识度的三大“千亿级”产业,分别是:甲乙智能终端、丙丁信息服务、戊己新材料。", doc_id="x")
    assert {"甲乙智能终端", "丙丁信息服务", "戊己新材料"} <= set(names(d, "fields"))
    d = extract("有10项涉及高新领域,分别是:航空发动机、深空探测、智能电网。", doc_id="x")
    assert names(d, "fields") == []  # 项 counts projects


def test_a_press_conference_roster_line_names_a_person_and_role():
    d = extract("发布人:\n\n聂某某 某某高新区党工委副书记、管委会主任\n\n孙某某 某某高新区管委会副主任\n\n发布会上,聂某某介绍了情况。", doc_id="x")
    assert [(p["name"], p["role"]) for p in d["people"]][:2] == [("聂某某", "某某高新区党工委副书记、管委会主任"),
                                                              ("孙某某", "某某高新区管委会副主任")]


def test_a_notice_printed_without_its_heading_and_a_bodys_interview_on_its_policy():
    d = extract("省有关单位,各市科技局:\n《某某若干政策》已正式印发。为加快推动全省人工智能产业发展,现开展兑现申报工作,具体事项通知如下。\n"
                "一、申报项目要求\n1.符合我省产业方向。", doc_id="x")
    assert d["document"]["doc_type"] == "通知"
    d = extract("某委详解《关于深入实施某某行动的意见》\n\n日前,国务院发布《关于深入实施某某行动的意见》。某委相关负责人就该政策文件的"
                "出台背景接受专访,回应社会关切。\n\n问:当前出台《意见》有何考虑?\n\n答:这是一项重要部署。", doc_id="x")
    assert d["document"]["doc_type"] == "政策解读"


def test_a_short_class_of_bodies_is_no_organization():
    assert shape_problem("电网企业", "organization") == "a class of bodies"
    assert shape_problem("高校和科研院所", "organization") == "a class of bodies"
    assert shape_problem("陕西氢动氢能发展合伙企业", "organization") is None


def test_one_title_before_a_list_of_names_and_members_after_one():
    d = extract("会议在某市召开,市政协副主席张某某、沈某、周某某出席。会上,王某某、卫某某等委员分别发言。", doc_id="x")
    people = {p["name"]: p["role"] for p in d["people"]}
    assert people["沈某"] == "市政协副主席" and people["周某某"] == "市政协副主席"
    assert people["王某某"] == "委员" and people["卫某某"] == "委员"


def test_a_local_papers_dateline_names_the_place_that_says_we():
    d = extract("某地获批示范城市群\n保定日报讯(记者某某)8月23日,五部委批准我市为首批示范城市群。\n"
                "我市联合唐山市和滨州市组成城市群。", doc_id="x")
    assert d["document"]["region"] == "保定市"
    d = extract("某地获批示范城市群\n保定日报讯(记者某某)8月23日,五部委批准唐山市为首批示范城市群。", doc_id="x")
    assert d["document"]["region"] == "唐山市"  # no 我市: the paper may report another place


def test_a_dateline_under_the_headline_dates_the_report():
    d = extract("某市培育壮大新兴产业\n\n辽宁日报 2025年05月23日\n\n本报记者 张三\n\n5月22日,在某公司车间内,工人正在忙碌。", doc_id="x")
    assert d["document"]["date"] == "2025-05-23"
    d = extract("某区打造三个百亿级产业\n2024年06月25日 16:59 重庆发布\n6月25日,某区举行新闻发布会。", doc_id="x")
    assert d["document"]["date"] == "2024-06-25"
    d = extract("某区打造三个百亿级产业\n展期 2024年5月1日—2024年6月30日\n某区举行新闻发布会。", doc_id="x")
    assert d["document"]["date"] is None  # two dates: a period, no dateline
    d = extract("某区打造三个百亿级产业\n2024年6月30日前建成的项目,每个给予奖励\n某区举行新闻发布会。", doc_id="x")
    assert d["document"]["date"] is None  # a clause, no dateline


def test_a_county_media_centre_and_a_county_after_its_province_give_the_city_above():
    d = extract("时间:2025-04-20 11:09\n来源:襄垣县融媒体中心\n4月18日,县委书记与山西某集团举行工作会谈,双方就低空经济合作深入交流。"
                "山西某集团在山西多地布局。", doc_id="x")
    assert d["document"]["region"] == "长治市"
    d = extract("山东邹城经济开发区:全力抢占合成生物新赛道\n邹城经济开发区突出创新引领,建设合成生物产业园。", doc_id="x")
    assert d["document"]["region"] == "济宁市"


def test_a_city_named_far_more_often_than_its_provinces_other_cities_is_the_place():
    d = extract("连云港将紧扣江苏对连云港工作的要求,推动连云港港口发展,与徐州、淮安协同,为新江苏建设作贡献。", doc_id="x")
    assert d["document"]["region"] == "连云港市"
    d = extract("福州、厦门、泉州三市协同,福建加快建设数字经济高地,福州、厦门、泉州各有分工。", doc_id="x")
    assert d["document"]["region"] == "福建省"


def test_a_report_on_a_city_citing_its_provinces_plan_is_the_citys():
    d = extract("在长三角的制造版图上,芜湖向来以汽车产业著称。芜湖机器人产业集群正在壮大。芜湖集聚了一批企业。"
                "2024年发布的《安徽省人形机器人产业发展行动计划》明确提出,打造合肥、芜湖两个产业先导区。", doc_id="x")
    assert d["document"]["region"] == "芜湖市"


def test_a_proposals_form_and_a_reply_to_a_partys_proposal():
    d = extract("加快某区人工智能产业发展\n发布日期:2020-08-04\n提案者:某区政协经济委员会\n2019年,某区人工智能产业快速发展。", doc_id="x")
    assert d["document"]["doc_type"] == "提案"
    d = extract("287.关于加快推进某市集成电路产业创新集群建设的建议\n建 议 人:\n王某\n建 议 号:\n287\n集成电路产业是战略性产业。", doc_id="x")
    assert d["document"]["doc_type"] == "建议"
    d = extract("对市政协第十五届三次会议\n第0289号提案的办理答复\n某党派市委会:\n贵党派提出的关于推动我市某产业融合发展的提案,"
                "经会同市发展改革委研究答复如下:\n某设施是重大工程设施。", doc_id="x")
    assert d["document"]["doc_type"] == "答复"


def test_the_day_a_record_says_its_event_was_held_and_a_number_with_its_day():
    d = extract("某省人民政府新闻办公室于2024年12月19日(星期四)10时举行某基地建设推进情况新闻发布会。\n会上,某局副局长介绍了情况。", doc_id="x")
    assert d["document"]["date"] == "2024-12-19"
    d = extract("某省人民政府办公厅关于科技引领未来产业创新发展的实施意见\n某政办发〔2024〕4号  2024-09-09\n各市人民政府:\n"
                "为贯彻落实决策部署,提出如下意见。", doc_id="x")
    assert d["document"]["date"] == "2024-09-09"
    d = extract("到2024年某省新材料产业产值超1800亿元\n2022.07.05 中国矿业报\n近日,某省印发行动。", doc_id="x")
    assert d["document"]["date"] == "2022-07-05"


def test_the_counted_directions_a_body_works_in_are_fields():
    d = extract("通过持续的自主创新,在工业机器人、服务机器人、农业自动化、智能物流等四大产业方向上提供核心零部件和解决方案。", doc_id="x")
    assert {"农业自动化", "智能物流"} <= set(names(d, "fields"))
    d = extract("在量子精密测量、量子通信、量子计算等领域已初步形成产业链雏形。", doc_id="x")
    assert names(d, "fields") == ["量子精密测量", "量子通信", "量子计算"]  # technologies a region works in
    d = extract("在交通、医疗、金融等领域成果突出。", doc_id="x")
    assert names(d, "fields") == []  # sectors: a setting


def test_a_list_introduced_by_zhuyaowei_and_counted_by_a_bare_numeral():
    e = [x for x in enumerations(Doc.from_text("试点内容主要为开展结对攻关、开展场景应用验证、完善标准及评价体系三方面。", "x"))][0]
    assert e.names == ["开展结对攻关", "开展场景应用验证", "完善标准及评价体系"] and e.count == 3 and e.head == "方面"


def test_a_zone_abbreviated_after_its_full_name_is_one_zone():
    d = extract("中韩(长春)国际合作示范区将打造碳中和产业园。中韩(长春)国际示范区依托龙头企业发展氢能,中韩示范区还将建设氢能装备制造基地。", doc_id="x")
    zones = {z["name"]: z["aliases"] for z in d["zones"]}
    assert "中韩示范区" not in zones and "中韩(长春)国际示范区" not in zones
    assert {"中韩示范区", "中韩(长春)国际示范区"} <= set(zones["中韩(长春)国际合作示范区"])


def test_a_word_of_time_or_manner_inside_a_span_ends_the_clause_before_the_name():
    assert repair("省发改委近期批复山西大学", "organization") == (8, "山西大学")
    assert shape_problem("正式获批天津市首批", "zone") == "begins with 正式"
    assert shape_problem("再次步入产业园", "zone") == "begins with 再次"


def test_a_transcripts_speaker_and_a_list_after_a_representatives_title():
    d = extract("某某新闻发布会\n韩某平(省政府办公厅新闻协调处二级调研员):记者朋友们,大家下午好!\n司某(省商务厅厅长):谢谢主持人。", doc_id="x")
    assert ("韩某平", "省政府办公厅新闻协调处二级调研员") in [(p["name"], p["role"]) for p in d["people"]]
    d = extract("会上,提案单位和提案人代表王某明、熊某龙、江某桥等发言。", doc_id="x")
    assert [p["name"] for p in d["people"]] == ["王某明", "熊某龙", "江某桥"]
    assert {p["role"] for p in d["people"]} == {"提案单位和提案人代表"}


def test_a_verb_of_focus_the_segmenter_does_not_call_a_verb_opens_no_field():
    d = extract("要推进某航天产业基地建设,紧盯航天运载火箭及发射服务、卫星平台及载荷、空间信息应用服务、航天材料及配件制造等领域,"
                "通过科技创新推动发展。", doc_id="x")
    fields = set(names(d, "fields"))
    assert {"航天运载火箭及发射服务", "航天材料及配件制造"} <= fields  # 配件 only completes the area before 及
    assert not any(f.startswith("紧盯") for f in fields)


def test_a_count_without_a_year_is_a_target_only_when_stated_as_a_goal():
    d = extract("论坛将持续至7月7日,参展企业超过50家。\n今年,企业预计实现产值2000万元。\n"
                "某市力争培育10家以上机器人龙头企业。\n未来,某市将成立5家左右未来技术学院。", doc_id="x")
    got = {(t["metric"], t["value"]) for t in d["targets"]}
    assert not any(m in ("参展企业", "企业预计实现产值") for m, _ in got)
    assert {v for _m, v in got} >= {10, 5}


def test_a_titles_subject_leaves_out_its_aims_ranks_and_status():
    assert subjects("关于加快工业软件自主创新的若干政策措施") == ["工业软件"]
    assert subjects("滨海新区细胞产业技术创新行动方案") == ["细胞"]
    assert subjects("关于支持长沙经济技术开发区建设全球高端装备制造业基地的若干措施") == ["高端装备"]
    assert subjects("广西数据要素市场化发展管理暂行办法") == ["数据要素"]
    assert subjects("杭州市促进智能网联车辆测试与应用规定(草案)") == ["智能网联车辆"]
    assert subjects("沈阳市促进低空经济高品质发展行动方案") == ["低空经济"]
    assert subjects("新乡市建设制造强市三年行动计划(2023—2025年)") == []


def test_a_source_line_with_its_editor_keeps_the_outlet_and_the_date():
    d = extract("某市打造产业集聚高地\n2022-03-02 08:07:19来源:某某晚报编辑:张三责编:李四\n\n某市将建设产业园。", doc_id="x")
    assert d["document"]["issuer"] == "某某晚报" and d["document"]["date"] == "2022-03-02"
    assert "某某晚报" in names(d, "organizations")
    d = extract("某市打造产业集聚高地\n文章来源:某某新闻网发表时间:2026-03-20 11:11\n\n某市将建设产业园。", doc_id="x")
    assert d["document"]["issuer"] == "某某新闻网"


def test_a_short_dateline_and_a_reporters_byline_at_the_top_name_the_outlet():
    d = extract("某市调研产业发展\n\n爱某某讯3月27日至28日,省政协副主席来我市调研。", doc_id="x")
    assert d["document"]["issuer"] == "爱某某"
    d = extract("某省航天“放大招”\n某方财经全媒体记者张某某 广州报道\n某省发布航天产业方案。", doc_id="x")
    assert d["document"]["issuer"] == "某方财经"
    d = extract("某市报道\n本报石家庄讯(记者 张某)某市发布方案。\n见习记者 郑某某\n", doc_id="x")
    assert not {"本报石家庄", "见习"} & set(names(d, "organizations"))


def test_yearless_figures_take_this_year_only_beside_this_year():
    text = ("某市基地建设加速\n2025-04-10 08:38:26来源:某某日报\n项目建成后,年发电量约58亿千瓦时,节约标准煤约190万吨。\n"
            "今年以来,某市新开工项目12个。")
    assert [t for t in extract(text, doc_id="x")["targets"] if t["value"] in (58, 190)] == []


def test_a_notices_heading_names_its_issuer_without_title_marks_and_in_a_table_row():
    d = extract("某某省发展和改革委员会关于印发某某省加氢站管理办法(暂行)的通知\n各市人民政府:\n现将办法印发给你们。", doc_id="x")
    assert d["document"]["issuer"] == "某某省发展和改革委员会"
    d = extract("某某省农业农村厅关于公开征求《智慧农业实施方案(征求意见稿)》意见的通知\n某某省农业农村厅编制了方案。", doc_id="x")
    assert d["document"]["issuer"] == "某某省农业农村厅"
    d = extract("| 标 题 | 某某市人民政府办公室关于印发《某某市行动计划》的通知 | ||\n| 索 引 号 | 1115 |\n为推进发展,制定本计划。",
                doc_id="x")
    assert d["document"]["issuer"] == "某某市人民政府办公室"
    d = extract("为深入贯彻落实党中央、国务院关于发展数字经济的决定\n某省将建设数字经济示范区。", doc_id="x")
    assert d["document"]["issuer"] != "为深入贯彻落实党中央、国务院"


def test_an_interpretations_source_label_names_its_publisher_and_a_site_opens_a_report():
    d = extract("《某某市低空经济行动方案》政策解读\n发布时间:2024-08-02 来源:某某市发展和改革委员会\n一、起草背景\n为落实部署。",
                doc_id="x")
    assert d["document"]["doc_type"] == "政策解读" and d["document"]["issuer"] == "某某市发展和改革委员会"
    d = extract("某省:开创发展新局面\n某某网消息(新闻联播):国务院新闻办公室昨天举行发布会。", doc_id="x")
    assert d["document"]["issuer"] == "某某网"
    d = extract("某区调研座谈会\n作者:某某新闻网 发表于:2025-06-14 10:05:22\n某区举行会议。", doc_id="x")
    assert d["document"]["issuer"] == "某某新闻网"


def test_people_after_an_adverb_with_rarer_surnames_and_a_standing_committee_member():
    text = ("某市报道\n工业和信息化部副部长张某明详细介绍了情况。奇安信董事长齐某东先后致辞。”某市发改委主任陈某堃如是说。"
            "区委常委高某、王某、肖某等领导出席。市委秘书长傅某旺,县委书记刘某出席。区委常委、副区长濮某廷参加。某公司董事长宣明说。"
            "主任宣布会议开始。国家主席习某某向大会致贺信。")
    people = set(names(extract(text, doc_id="x"), "people"))
    assert {"张某明", "齐某东", "陈某堃", "高某", "王某", "肖某", "傅某旺", "刘某", "濮某廷", "宣明"} <= people
    assert not {"宣布", "习某某"} & people


def test_people_answering_taking_a_post_or_named_before_a_semicolon_and_an_adverb_surname():
    text = ("某市报道\n某州党委副书记、州长郑某作介绍。某局局长戴某坤答记者问:好。评审组由省决咨委副主任王某林担任组长。"
            "某区副司长杨某仪;市领导王某参加。某海关副关长谢某柱先生出席。某市政协委员曾某梅建议,加快创建。")
    assert {"郑某", "戴某坤", "王某林", "杨某仪", "谢某柱", "曾某梅"} <= set(names(extract(text, doc_id="x"), "people"))


def test_a_reports_aims_for_this_year_take_its_year_and_results_of_this_year_do_not():
    text = ("某省明确今年任务目标\n某日报2022年05月23日\n本报讯 日前,某省印发《数字某省建设2022年工作要点》。\n"
            "某负责人介绍,我省提出今年软件产业实现营业收入同比增长9%左右的目标。支持数字领域关键技术攻关项目20个以上。\n"
            "今年以来,全省新签约项目35个。在今年市两会上,委员提出建议12条。")
    found = {(t["year"], t["value"]) for t in extract(text, doc_id="x")["targets"]}
    assert {(2022, 9), (2022, 20)} <= found and not {v for _, v in found} & {35, 12}


def test_industries_each_ending_in_chanye_after_a_verb_of_commitment_are_fields_with_their_compounds_whole():
    d = extract("某省报道\n我省明确要发展信息通信产业、信息技术创新产业,加快人工智能发展。", doc_id="x")
    assert {"信息通信", "信息技术创新"} <= set(names(d, "fields"))
    d = extract("某省报道\n为发展哪些未来产业、如何发展未来产业明确了时间表。", doc_id="x")
    assert names(d, "fields") == []


def test_a_papers_issue_line_a_dated_dateline_and_a_day_first_time_give_the_reports_date():
    for text, day in (("某市商业航天\n2025年5月18日《某某日报》第01版\n某市正改写产业版图。", "2025-05-18"),
                      ("A04 2025年2月11日\n专版\n某市算力产业实现聚算聚产。", "2025-02-11"),
                      ("某市机器人做客电台\n某某新闻网2025年3月27日讯(记者 王某)从机器人说起。", "2025-03-27"),
                      ("卫星即将升空\n\n某某新闻讯2024年7月17日,某地一片荒漠中。", "2024-07-17"),
                      ("13/01/2026 09:21\n\n工信部:聚焦人形机器人\n据报道,工信部称。", "2026-01-13")):
        assert extract(text, doc_id="x")["document"]["date"] == day, text


def test_the_aspects_a_named_policy_or_an_announcement_covers_from_are_its_measures():
    d = extract("根据《若干措施》，某省将从甲乙支撑、丙丁培育、戊己支持等6个方面，积极推进基地建设。", doc_id="x")
    assert names(d, "measures") == ["甲乙支撑", "丙丁培育", "戊己支持"]
    d = extract("代表们从甲乙支撑、丙丁培育、戊己支持等方面，畅谈如何推动城市发展。", doc_id="x")
    assert names(d, "measures") == []  # an exchange of views, no policy's measures


def test_a_base_named_by_its_owner_and_place_is_a_zone():
    d = extract("工作人员在海辰储能重庆制造基地的生产线上操作设备。", doc_id="x")
    assert names(d, "zones") == ["海辰储能重庆制造基地"]
    assert plausible_zone("神州集团保温材料基地") and plausible_zone("比亚迪动力电池宁乡生产基地")
    assert not plausible_zone("前来临汾飞行基地") and not plausible_zone("材料生产基地")  # a verb before the place; no owner


@pytest.mark.parametrize("text, outlet", [
    ("标题\n某某广电讯(全媒体记者 陈林 通讯员 牛健民)6月8日下午,活动举行。", "某某广电"),
    ("标题\n来源:作者:文汇报 祝越\n正文。", "文汇报"),
    ("某某新闻宜宾观察 张梦露 罗顺 某某新闻记者 王眉灵\n\n正文。", "某某新闻"),
    ("标题\n正文。\n上游新闻记者 郭发祥 陈瑜 摄影 邹飞", "上游新闻"),
    ("标题\n正文。\n  文/广州日报全媒体记者马骏\n", "广州日报"),
    ("标题\n速豹新闻网 记者 于大龙 邓灵蕊 通讯员 王潇\n正文。", "速豹新闻网"),
    ("冀时客户端报道我省抢抓氢能产业发展重大机遇。", "冀时客户端"),
])
def test_an_outlet_signs_by_its_reporters_byline_wherever_the_line_stands(text, outlet):
    assert [o.name for o in outlets(Doc.from_text(text, "x"))][:1] == [outlet]


def test_a_reporter_named_in_running_prose_signs_for_no_outlet():
    assert outlets(Doc.from_text("会议指出,市委书记 张三 记者 李四 在会上发言。", "x")) == []


def test_an_office_signing_by_its_level_is_named_as_the_text_writes_it_in_full():
    text = ("市政府办公室关于印发南通市低空经济发展行动方案的通知\n各县(市、区)人民政府:\n现将方案印发给你们。\n"
            "南通市人民政府办公室\n2024年5月6日\n")
    assert extract(text, doc_id="x")["document"]["issuer"] == "南通市人民政府办公室"


def test_a_place_in_brackets_is_part_of_an_organizations_name():
    d = extract("来自香港中文大学(深圳)的专家出席。参加活动的有丝绸之路(敦煌)国际文化博览会组委会。"
                "工业和信息化部(工信部)发布通知。", doc_id="x")
    names_ = names(d, "organizations")
    assert {"香港中文大学(深圳)", "丝绸之路(敦煌)国际文化博览会"} <= set(names_)
    assert "工业和信息化部" in names_ and not any("工信部)" in n for n in names_)  # a short name in brackets is no seat


def test_a_datelines_places_after_the_outlet_are_no_part_of_it():
    assert outlets(Doc.from_text("标题\n中新网青海德令哈5月20日电 (记者 某某)会议举行。", "x"))[0].name == "中新网"
    assert outlets(Doc.from_text("标题\n今日永川讯(记者 某某)会议举行。", "x"))[0].name == "今日永川"  # a paper named by its place


def test_a_caption_or_a_time_before_a_zone_is_no_part_of_its_name():
    d = extract("图为航天城。现阶段文昌国际航天城，已聚集企业。", doc_id="x")
    assert not any(n.startswith(("图为", "现阶段")) for n in names(d, "zones"))


def test_a_field_names_its_cluster_by_the_clusters_own_name():
    d = extract("一、打造油气生产加工产业集群\n积极推进烯烃、芳烃产业链延链补链拓链强链,大力发展高端聚烯烃、高性能纤维等精细化工"
                "产业,培育壮大油气生产加工产业集群。\n", "x")
    clusters = {c["name"]: c["fields"] for c in d["clusters"]}
    assert clusters == {"油气生产加工产业集群": ["高端聚烯烃", "高性能纤维"]}
    assert {f["name"]: f["cluster"] for f in d["fields"]} == dict.fromkeys(clusters["油气生产加工产业集群"], "油气生产加工产业集群")


def test_numerals_of_place_names_and_idioms_stay_as_written():
    from policykg.loaders.reading.text import chinese_numerals_to_arabic

    assert chinese_numerals_to_arabic("打造智慧七台河，走进千家万户，培育七家企业") == "打造智慧七台河，走进千家万户，培育7家企业"


def test_points_of_percentage_and_present_figures_in_targets():
    d = extract("到2027年，规模以上工业增加值达到2800亿元以上，增速高于全区GDP增速1个百分点。", "x")
    assert sorted((t["value"], t["unit"]) for t in d["targets"]) == [(1, "个百分点"), (2800, "亿元")]
    text = next((DATA / "heldout46").glob("hohhot-undated-synbio-opinions-interpret*.txt")).read_text(encoding="utf-8")
    units = {t["unit"] for t in extract(text, "x")["targets"]}  # 当前蒸汽市场调节价为200元/吨以下: a price now, no goal
    assert "万吨" in units and not units & {"元/吨", "元/千瓦时"}


def test_people_listed_before_a_leaders_role_and_a_park_before_nei():
    d = extract("3月30日，我市举行报告会，王东群、田军、周胜会等市四大班子领导出席。"
                "清华大学核能与新能源技术研究院教授毛宗强结合具体事例作了讲解。"
                "与此同时，在新田县电子信息产业园内，首条生产线正在安装。", "x")
    assert {p["name"] for p in d["people"]} == {"王东群", "田军", "周胜会", "毛宗强"}
    assert [z["name"] for z in d["zones"]] == ["新田县电子信息产业园"]


def test_a_count_or_a_dates_year_before_a_body_and_a_clause_as_scene_are_no_names():
    assert repair("一名自治区党委", "organization") == (2, "自治区党委")
    assert repair("年自治区党委", "organization") == (1, "自治区党委")
    assert shape_problem("一汽集团", "organization") is None
    assert shape_problem("蕴含着生产制造", "scenario") and shape_problem("穿梭于生命急救", "scenario")
    assert shape_problem("经信局公布第一批杭州市", "field") and shape_problem("机器人餐厅", "scenario") is None


def test_a_field_written_only_inside_a_bodys_name_is_none():
    from policykg.loaders.extract import _fields_outside_names

    doc = Doc.from_text("中国车联网产业联盟副秘书长王勇兵出席。柳州将大力发展北斗导航产业,建设柳州北斗产业园。", "x")
    digest = {"document": {"title": None}, "clusters": [{"name": "c", "fields": ["车联网", "北斗导航"]}],
              "organizations": [{"name": "中国车联网产业联盟"}], "zones": [{"name": "柳州北斗产业园"}],
              "fields": [{"name": "车联网"}, {"name": "北斗导航"}]}
    _fields_outside_names(doc, digest)
    assert [f["name"] for f in digest["fields"]] == ["北斗导航"] and digest["clusters"][0]["fields"] == ["北斗导航"]


def test_the_writers_place_opens_no_zone_name():
    assert names(extract("将支持我市临港产业园建设。", "x"), "zones") == ["临港产业园"]


def test_a_work_report_as_delivered_and_a_contact_line_as_no_title():
    d = extract("各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2024年工作回顾\n过去一年,全市经济持续回升。", "x")
    assert d["document"]["doc_type"] == "政府工作报告"
    d = extract("为推动数字经济发展,市发展改革委起草了《某市数字经济若干政策措施(征求意见稿)》,现予以公示。\n"
                "联系方式:侯某 0943-8838862\n0943-8226056(传真)\n", "x")
    assert d["document"]["title"] is None


def test_a_city_paper_that_never_names_its_city_is_not_national():
    d = extract("我市举行氢能产业发展专题报告会\n3月30日,我市举行氢能产业发展专题报告会,全国氢能专家出席。"
                "国家发展改革委发布氢能规划,全国各地加快布局。", "x")
    assert d["document"]["region"] is None


def test_one_body_one_item_for_its_short_written_forms():
    d = extract("4月9日,在工业和信息化部科技司的指导下,某研究院成立合作中心。工业和信息化部副部长某某出席。"
                "某董事长表示将在工信部科技司的领导下开展工作。工信部将继续支持。", "x")
    orgs = {o["name"]: o.get("aliases") or [] for o in d["organizations"]}
    assert "工信部科技司" not in orgs and "工信部科技司" in orgs["工业和信息化部科技司"]
    d = extract("市区块链产业发展领导小组办公室揭牌\n1月7日,副市长何某为娄底市区块链产业发展领导小组办公室揭牌。"
                "我市先后引进丙丁科技、甲乙智链等10余家区块链企业。当天,湖南甲乙智链科技有限公司正式入驻。", "x")
    orgs = {o["name"]: o.get("aliases") or [] for o in d["organizations"]}
    assert "甲乙智链" in orgs.get("湖南甲乙智链科技有限公司", []) and "甲乙智链" not in orgs
    assert orgs["娄底市区块链产业发展领导小组办公室"] == ["市区块链产业发展领导小组办公室"]


def test_people_named_past_a_long_body_and_before_a_long_unveiling():
    d = extract("某研究院院长徐某兰和某某云网科技发展有限责任公司董事长於亮作为中心主任先后发言。"
                "1月7日,市政协副主席苏旻为娄底市区块链产业发展领导小组办公室揭牌。", "x")
    people = {p["name"]: p["role"] for p in d["people"]}
    assert people["於亮"] == "某某云网科技发展有限责任公司董事长" and people["苏旻"] == "市政协副主席"


def test_a_years_figures_a_press_conference_reports_are_no_goals():
    d = extract("某市举行海洋日新闻发布会\n发布会介绍,2022年,海洋经济取得新成效,全年实现海洋生产总值441.91亿元,增幅10.1%。", "x")
    assert d["targets"] == []


def test_the_links_of_a_chain_are_no_fields():
    d = extract("某市坚持制造业当家,形成了以设计为主,涵盖制造、封测、设备和材料全产业链的集成电路产业集群。"
                "某教授表示,集成电路产业是信息技术产业的核心。", "x")
    assert not {"封测", "设备", "材料全产业链", "信息技术"} & set(names(d, "fields"))


@pytest.mark.parametrize("text, issuer", [
    ("某政规〔2022〕22号\n各区、县(市)人民政府,市政府各委、办、局:\n现将《某市若干政策》予以印发,请认真贯彻执行。\n"
     "某某市人民政府\n2022年8月24日\n某市若干政策\n为贯彻落实国家部署,制定本政策。", "某某市人民政府"),
    ("第三批某省先导区培育公示名单\n一、甲乙先导区\n二、丙丁先导区\n某某省经济和信息化厅\n2025年6月27日\n附件\n", "某某省经济和信息化厅"),
    ("关于某某提案的答复\n时间:2022-11-29 17:34 来源:某某省工业和信息化厅\n某某代表:\n您提出的关于氢能的建议收悉。", "某某省工业和信息化厅"),
    ("市政府关于加快培育发展未来产业的指导意见\n各县(市、区)人民政府:\n未来产业由前沿技术驱动。", "市政府"),
    ("某某自治区发展和改革委员会\n某某委员:\n您提出的《关于算力产业的提案》收悉。现答复如下:", "某某自治区发展和改革委员会"),
    ("4月4日,国家发展改革委有关负责人就《某合作区鼓励类产业目录》答记者问。\n其表示,目录突出四大产业。", "国家发展改革委"),
    ("某省人民政府关于印发《某省人工智能行动方案》的通知某府发〔2025〕16号\n各市、县(区)人民政府:\n"
     "现将《某省人工智能行动方案》印发给你们。\n2025年12月18日\n某省人工智能行动方案\n", "某省人民政府"),
    ("重磅!某市一号文件全文发布\n中共某某市委员会 某某市人民政府\n关于推进新兴产业发展的实施意见\n为深入实施创新驱动发展战略,"
     "提出如下意见。", "中共某某市委员会 某某市人民政府"),
    ("某某赴某企业调研\n某某省人民政府国有资产监督管理委员会 gzw.example.gov.cn 时间:2025年03月12日\n3月11日,某某一行赴企业调研。",
     "某某省人民政府国有资产监督管理委员会"),
    ("某某省人民政府\n为贯彻党中央、国务院关于数字经济的部署,提出如下意见。\n一、总体要求\n", "某某省人民政府"),
])
def test_the_issuer_from_the_structure_of_a_letter_a_page_or_a_reply(text, issuer):
    assert extract(text, "x")["document"]["issuer"] == issuer


def test_a_central_body_as_written_with_its_guojia_and_a_park_after_a_dash_run():
    d = extract("某产品获国家市场监管总局批复。成立全省首家区块链产业园———某某市区块链产业园。", "x")
    assert "国家市场监管总局" in names(d, "organizations") and "市场监管总局" not in names(d, "organizations")
    assert names(d, "zones") == ["某某市区块链产业园"]


def test_prose_written_with_ascii_punctuation_reads_as_chinese():
    d = extract("大会由某某仪器学会, 某某传感器创新联盟, 某某协会承办. 支持单位为某某研究会, 某某学会.", "x")
    assert {"某某传感器创新联盟", "某某协会"} <= set(names(d, "organizations"))


def test_a_list_counted_under_advanced_manufacturing_clusters_names_clusters():
    d = extract("某省重点培育甲乙化工、丙丁加工、戊己装备等3个具有地区比较优势的先进制造业集群。", "x")
    assert names(d, "clusters") == ["甲乙化工", "丙丁加工", "戊己装备"]


def test_a_press_conference_is_of_the_government_whose_official_speaks_first():
    d = extract("11月7日下午,世界传感器大会新闻发布会在郑州举行。新闻发布会上,郑州市人民政府副市长某某介绍了大会的有关情况。"
                "国务院发布的规划把传感器产业作为重要内容。工业和信息化部、河南省人民政府、河南省科学技术厅共同主办。", "x")
    assert d["document"]["region"] == "郑州市"


def test_a_doctor_named_after_a_professor_is_a_person():
    d = extract("某某大学某教授团队来访。英国某某大学张某教授、刘某博士领导的石墨烯团队在启动会上介绍了合作构想。", "x")
    people = {p["name"]: p["role"] for p in d["people"]}
    assert people.get("刘某") == "博士" and people.get("张某") == "英国某某大学教授"


def test_a_title_and_name_before_guanyu_kanlai_or_an_adverb_of_attending_is_a_person():
    d = extract("要落实省委书记彭清华关于加快发展锂电产业的重要批示精神。在某公司副总经理田晓波看来,锂电前景广阔。"
                "某市经合局党组书记伍红平分段参加。", doc_id="x")
    assert set(names(d, "people")) == {"彭清华", "田晓波", "伍红平"}


def test_figures_a_text_measures_are_no_targets():
    d = extract("数据显示,到2024年底,某市人工智能产业规模达3600亿元、同比增长约35%。到2027年,全市人工智能产业规模达5000亿元。",
                doc_id="x")
    assert [(t["year"], t["value"]) for t in d["targets"]] == [(2027, 5000)]
    d = extract("预计到2025年我国新能源汽车销量将超过500万辆,较2020年增长266%,年均增速达30%。"
                "到2025年,全市锂电产业产值达1000亿元。", doc_id="x")
    assert [(t["year"], t["value"]) for t in d["targets"]] == [(2025, 1000)]  # the nation's figure and its changes


def test_an_event_named_by_its_year_dates_a_report_that_gives_no_date():
    d = extract("5月15日,2025某某北斗生态合作大会举行。2024年,北斗应用规模进一步提升。某新区发布10项北斗课题。", doc_id="x")
    assert d["targets"] == []  # the results of 2024 in a report of 2025


def test_a_region_of_several_places_opens_no_field_name():
    d = extract("出台《推动成渝地区新型显示产业高质量发展实施意见》。", doc_id="x")
    assert names(d, "fields") == ["新型显示"]


def test_words_of_praise_and_places_listed_are_no_items():
    d = extract("打造国内领先、国际知名的世界级新型显示产业集群。依托成都、绵阳、眉山等地显示产业集群积极布局。", doc_id="x")
    assert names(d, "clusters") == ["新型显示产业集群"] and names(d, "fields") == []


def test_a_cluster_named_after_a_time_and_with_xianjin_zhizao():
    d = extract("去年底成渝地区电子信息先进制造集群获批国家级以来,显示产业加速发展。", doc_id="x")
    assert names(d, "clusters") == ["成渝地区电子信息先进制造集群"]
    d = extract("培育发展未来电子信息产业集群。", doc_id="x")
    assert names(d, "clusters") == ["未来电子信息产业集群"]  # 未来 is no time before the name


def test_an_institute_of_the_academy_by_its_short_name():
    d = extract("中科固能是中国科学院物理所硫系全固态电池技术产业化的唯一平台。中国科学院所属单位参加。", doc_id="x")
    assert "中国科学院物理所" in names(d, "organizations")


def test_an_officials_numbered_directives_after_shi_yao_are_measures():
    d = extract("邹治宇强调,一是要提高认识,深刻认识低空经济的重要意义。二是要抓好落实,确保各项任务落地。", doc_id="x")
    assert names(d, "measures") == ["提高认识", "抓好落实"]


def test_measures_announced_by_their_count_before_the_list():
    d = extract("某省研究提出了七方面的政策措施,即加大资金支持、夯实发展基础、强化创新驱动等。", doc_id="x")
    assert names(d, "measures") == ["加大资金支持", "夯实发展基础", "强化创新驱动"]


def test_numbered_items_after_a_lead_of_the_works_ahead_one_paragraph_each():
    text = ("某厅副厅长在会上说,将重点抓好以下几项工作。\n一是抓好产业发展。全力支持整车企业。\n二是抓好推广应用。加强推广。\n"
            "三是抓好示范引领。打造示范。\n会议还通报了其他情况。")
    assert names(extract(text, doc_id="x"), "measures") == ["抓好产业发展", "抓好推广应用", "抓好示范引领"]
    d = extract("《规划》确定了8个重点领域,19项主要任务。一是建设时空信息云平台;二是深化产业合作交流。", doc_id="x")
    assert names(d, "measures") == ["建设时空信息云平台", "深化产业合作交流"]


def test_a_reported_work_reports_goals_take_the_year_it_plans_for():
    d = extract("某省省长在大会上作《政府工作报告》。报告提出,2014年某省将提升企业创新能力。\n"
                "报告提出,要重点发展特色产业集群,力争高新技术产业产值达到1.2万亿元。", doc_id="x")
    assert [(t["year"], t["value"]) for t in d["targets"]] == [(2014, 1.2)]


def test_a_policys_goal_quoted_whole_is_a_target():
    d = extract("按照政策提出“到2026年,全省新能源汽车保有量达到70万辆”目标,加强推广应用。", doc_id="x")
    assert [(t["year"], t["value"], t["metric"]) for t in d["targets"]] == [(2026, 70, "全省新能源汽车保有量")]


def test_a_report_that_looks_back_on_a_year_is_of_the_year_after():
    d = extract("4月11日,某市第七届人民代表大会第二次会议举行,某市市长作政府工作报告。\n政府工作报告回顾了2021年的主要工作。",
                doc_id="x")
    assert d["document"]["date"] == "2022-04-11"


def test_the_lists_of_one_paragraph_under_one_head_are_read_alike():
    d = extract("巩固宽带通信与新型网络、软件与信息服务、智能终端、超高清视频显示等产业发展优势,补齐半导体与集成电路、智能传感器等产业短板。",
                doc_id="x")
    assert {"半导体与集成电路", "智能传感器"} <= set(names(d, "fields"))


def test_a_body_a_name_and_the_title_after_it():
    d = extract("会议最后,由科技部曹健林副部长、科技部火炬中心张志宏主任、省科技厅李建华厅长共同为园区揭牌。"
                "省经信厅副厅长翟刚重点介绍了清单。领导崔保华于2月12日下午主持召开会议。", doc_id="x")
    people = {p["name"]: p["role"] for p in d["people"]}
    assert {"曹健林", "张志宏", "李建华", "翟刚", "崔保华"} <= set(people)
    assert people["曹健林"] == "科技部副部长"


def test_ways_of_growing_listed_are_no_fields():
    d = extract("本次大会聚焦“新能化、智能化、绿色化、集群化”四大方向。", doc_id="x")
    assert names(d, "fields") == []


def test_clusters_of_several_cities_with_one_industry_stay_apart():
    text = "某省公布战略性新兴产业集群名单:\n济南市生物医药产业集群\n淄博市生物医药产业集群\n潍坊市智能制造装备产业集群\n"
    d = extract(text, doc_id="x")
    assert names(d, "clusters") == ["济南市生物医药产业集群", "淄博市生物医药产业集群", "潍坊市智能制造装备产业集群"]



def test_a_body_named_after_yaoqing_starts_after_the_verb():
    d = extract("会议邀请国务院发展研究中心、中国社会科学院等单位的专家参加。", doc_id="x")
    assert set(names(d, "organizations")) == {"国务院发展研究中心", "中国社会科学院"}


def test_a_dateline_without_its_year_takes_the_latest_year_the_report_states():
    d = extract("某地8月20日电 题:老城新路\n地处三省交界处的某市是1975年某油田的诞生地,于1983年建市。2011年,某市被列为资源枯竭城市。"
                "在2023某市氢能产业发展大会上,企业展示了成果。", doc_id="x")
    assert d["document"]["date"] == "2023-08-20"
    d = extract("某地3月5日电 某省电网介绍,预计2030年和2060年,新型储能规模将突破3000万千瓦。2024年,全省新能源装机增长。", doc_id="x")
    assert d["document"]["date"] == "2024-03-05"  # 2060年, joined to a goal's 2030年, is a goal's year too


def test_a_list_of_bodies_after_duijie_starts_after_the_verb():
    d = extract("我区重点对接江城大学、东湖学院等高等院校,为企业搭建平台。", doc_id="x")
    assert names(d, "organizations") == ["江城大学", "东湖学院"]


def test_a_quoted_shorthand_closes_the_list_it_counts():
    e = next(e for e in enumerations(Doc.from_text("开辟了甲材料、乙新材料、丙材料、丁新材料“三材一新”相互促进、共同发展的格局。", "x")))
    assert e.names == ["甲材料", "乙新材料", "丙材料", "丁新材料"] and e.count == 4


def test_one_industry_committed_to_with_an_adverb_is_a_field():
    d = extract("该县将大力推动新型绿色铝产业高质量发展,加快推动传统产业转型升级。", doc_id="x")
    assert [(f["name"], f["aliases"]) for f in d["fields"]] == [("新型绿色铝", ["新型绿色铝产业"])]


def test_industries_whose_gaps_a_region_fills_are_fields():
    d = extract("要补齐甲乙芯片、丙丁传感器等产业短板。", doc_id="x")
    assert names(d, "fields") == ["甲乙芯片", "丙丁传感器"]


def test_a_countys_park_named_by_the_county_and_a_common_word():
    assert plausible_zone("青白江高新技术产业园") and not plausible_zone("浙江省未来产业先导区")



def test_a_credit_line_names_the_outlet_after_its_words():
    d = extract("通讯:某地正转型\n本文选自某某新闻网\n某市8月20日电 题:某地正转型\n某市积极发展氢能产业。", doc_id="x")
    assert d["document"]["issuer"] == "某某新闻网"
    assert not any("选自" in o["name"] for o in d["organizations"])


def test_a_kind_word_closing_the_last_item_is_the_head_of_every_item():
    d = extract("大力发展甲乙能源、丙丁材料和戊己装备产业。", doc_id="x")
    assert names(d, "fields") == ["甲乙能源", "丙丁材料", "戊己装备"]
