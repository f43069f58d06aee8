"""Document metadata: title, type, region, issuer, dates, validity, what it is about.

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("某市人民政府办公厅印发《深圳市未来产业行动计划》\\n深圳市未来产业行动计划(2024—2026年)\\n一、总体要求\\n本计划自2024年3月1日起施行，有效期3年。", "x")
>>> m = extract_metadata(d)
>>> m["title"], m["doc_type"], m["region"], m["region_level"], m["valid_from"], m["valid_until"]
('深圳市未来产业行动计划(2024—2026年)', '行动计划', '深圳市', 'city', '2024-03-01', '2027-02-28')
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from policykg.loaders.reading.document import Doc, occurrences
from policykg.loaders.rules.actors import body_key
from policykg.loaders.rules.jurisdiction import jurisdiction
from policykg.loaders.rules.news import OUTLET_DOT_DATE, OUTLET_TIME, is_headline, opens_on_source, outlets
from policykg.loaders.rules.places import district_forms_in
from policykg.loaders.rules.programmes import funded_items
from policykg.loaders.words.lexicon import NATIONAL_BODIES, PERIOD, STATUS, region_alternation, region_pattern
from policykg.loaders.words.segment import tags_of
from policykg.resolve import divisions

#: Document types, most specific first; the value is the digest's label.
DOC_TYPES = {
    "行动方案": "行动方案", "行动计划": "行动计划", "实施方案": "实施方案", "工作方案": "工作方案",
    "实施意见": "实施意见", "指导意见": "指导意见", "若干措施": "若干措施", "若干政策措施": "若干措施",
    "政策措施": "若干措施", "若干政策": "若干措施", "支持措施": "若干措施", "措施": "若干措施",
    "发展规划": "规划", "专项规划": "规划", "规划": "规划", "实施细则": "细则", "管理办法": "办法",
    "办法": "办法", "细则": "细则", "指南": "指南", "纲要": "规划", "通知": "通知", "意见": "意见",
    "方案": "实施方案", "计划": "行动计划", "条例": "条例", "决定": "决定", "工作意见": "工作意见",
    "公示": "公示", "公告": "公告", "若干举措": "若干措施", "举措": "若干措施", "函": "函", "批复": "批复",
    "若干规定": "若干规定", "规定": "若干规定", "答复": "答复", "请示": "请示",
    "工作要点": "工作要点", "要点": "工作要点", "专项政策": "专项政策", "建议": "建议",
    "建设方案": "建设方案", "总体方案": "总体方案", "工作指引": "工作指引", "行动安排": "行动安排",
}
_TYPE_RE = "|".join(sorted(DOC_TYPES, key=len, reverse=True))
_PERIOD = rf"(?:\s*{PERIOD})?"
_TITLE_IN_LINE = re.compile(rf"^(.{{4,80}}?(?:{_TYPE_RE}){_PERIOD})")
_BOOK = re.compile(r"《([^《》\n]{4,80})》")
_INTERPRET = re.compile(r"解读|答记者问|问答|(?:起草|编制|修订|制定)(?:情况)?的?说明$")  # …编制情况的说明: a drafter's explanation
_NEWS = re.compile(r"记者|新闻发布会|发布会上|介绍称|介绍说|表示[,，:：]|指出[,，]|强调[,，:：]|报道|讯[)）]|日电|日讯|据悉|"
                   r"(?:^|\n)\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,，]|"
                   r"据[^。，,]{0,12}消息|[(（]来源[:：]|来源[:：]\S|作者[:：]|责任编辑|(?:^|\n)原创\s|"
                   r"[委局厅府办]发布《[^》]{4,80}》[,，]?(?:面向社会)?公开征求意见")  # a body's draft out for comment, reported
_PRESS_EVENT = re.compile(rf"“([^”]{{4,60}}?(?:{'|'.join(sorted(DOC_TYPES, key=len, reverse=True))}))新闻发布会”")
_ORIGINAL_TITLE = re.compile(r"原标题[:：]\s*(.{4,120})")
_ISSUER_SUFFIX = r"(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|管理委员会|管委会|委员会|领导小组|综合司|国务院|部|厅|局|委|政府)"
_ISSUE_VERB = re.compile(rf"^([^，,。；;:：]{{2,40}}?{_ISSUER_SUFFIX})(?:联合)?(?:正式)?(?:印发|发布|出台|制定)了?《([^》]+)》")
_NOTICE = re.compile(rf"^(?P<issuer>[^，,。；;:：《]{{2,80}}?(?:{_ISSUER_SUFFIX}|部门))?\s*(?:(?:关于|(?<=[厅室府会组司院部局委门]))(?:印发|发布|转发|公布)"  # 市政府办公室印发《X》的通知: the issuer, then 印发
                     rf"(?:[^《》]{{2,20}}?(?:制订|制定|起草|拟定)的|[^《》，,。]{{2,20}}?(?:部门|委|局|厅|办|政府))?"  # 转发市经信委等部门《X》
                     rf"《(?P<title>[^》]+)》(?:[、和及与]?《[^》]+》)*"
                     rf"|(?:印发|发布)(?P<title3>关于[^《》]{{4,80}}?)"
                     rf"|关于(?:印发|发布|转发|公布)(?:[^《》]{{2,20}}?(?:制订|制定|起草|拟定)的)?"
                     rf"(?P<title4>[^《》]{{4,80}}?(?:{_TYPE_RE}){_PERIOD}))的通知"
                     r"(?:\s*[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号)?$")  # …的通知赣府发〔2025〕16号
#: 《X》已经…同意,现印发给你们: the sentence of a cover notice that prints X
_PRINTS = (r"《(?P<title>[^《》]+)》(?:《[^》]+》)*(?:[(（]以下简称[^)）]*[)）])?(?:已经|业经|经)[^。《》]{1,40}?"
           r"(?:同意|审议通过|研究通过|讨论通过|会议通过|批准|日通过)[,，。]\s*现(?:予)?(?:印发(?:给你们|实施)|公布)")
_COVER = re.compile(r"^(?:" + _PRINTS +
                    r"|(?:经[^。《]{1,30}?同意[,，])?现将《(?P<title2>[^》]+)》(?:[(（]以下简称[^)）]*[)）])?(?:予以)?印发给你们"
                    # 为…，我们制定了《X》，已经市政府同意，现印发给你们
                    r"|[^《。]{0,80}?(?:制定|研究制定|起草|修订)了?《(?P<title5>[^》]+)》[,，]?(?:已经|业经|经)[^。]{1,40}?"
                    r"(?:同意|审议通过|批准)[,，]现(?:予)?印发"
                    # …会同有关部门制定了《X》,现印发你们: the body made X and prints it, no approval named
                    r"|[^。]{0,300}?(?:制定|研究制定|起草|修订|编制)了?《(?P<title6>[^》]+)》[,，]\s*现(?:予)?印发(?:给)?你们"
                    # 《X条例》已经…常务委员会…会议通过,并经…批准,现予公布: a congress's announcement promulgates X
                    r"|《(?P<title4>[^《》]{4,80})》已(?:经|由)[^。]{0,160}?(?:通过|批准)[^。]{0,12}?[,，]\s*现予公布)")
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$")
_ADDRESSEE = re.compile(r"[:：]$")
#: a copying site's labelled title line: ``发文标题: …关于印发…的通知``
_TITLE_LABEL = re.compile(r"^(?:发文标题|文件标题|文件名称|信息名称|标题|名称)\s*[:：]\s*|^(?:信息名称|文件名称|名称)\s+(?=《)"
                          r"|^标\s+题\s+(?=\S{6})"  # 标      题 X: a table's label spaced out, no colon
                          r"|^案由\s*[:：]\s*(?:[(（]\d{4,12}[)）])?\s*")  # 案由:(20200255)关于…建议: a proposal's subject
#: ``《X》的通知`` on the first line: a cover notice whose 关于印发 the page cut away
_BOOK_NOTICE = re.compile(r"^《(?P<title>[^《》]{4,80})》的通知$"
                          # 印发吕梁市…专项规划(2025-2030年)的通知: the 关于 left out
                          rf"|^(?:[^《》，,。]{{2,40}}?)?印发(?P<title2>[^《》，,。]{{4,80}}?(?:{_TYPE_RE}){_PERIOD})的通知$"
                          # 关于《X(草案)》公开征求意见的公告: the draft named before the call
                          r"|^(?:[^《》，,。]{2,40}?)?关于《(?P<title3>[^《》]{4,80})》(?:公开|向社会公开)?征求(?:社会|公众)?意见的(?:公告|通知|函)$"
                          # 关于公开征求《X(征求意见稿)》意见的公告: a call for comments on a draft prints X
                          r"|^(?:[^《》，,。]{2,40}?)?关于(?:公开|向社会公开)?征求《(?P<title6>[^《》]{4,80})》(?:[(（](?:征求意见稿|草案|送审稿)[)）])?"
                          r"(?:的)?(?:修改|社会|公众)?意见(?:建议)?的(?:公告|通知|函)$")
#: a letterhead and a document number printed in front of the title on one line
_LETTERHEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,30}?文件)?\s*[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号\s*(?=\S{6})")


def _unspaced_label(line: str) -> str:
    """``标      题: X`` → ``标题: X``: a label spaced out to the width of the others."""
    m = re.match(r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,12}?)\s*([:：|｜])", line)
    return re.sub(r"\s+", "", m.group(1)) + line[m.start(2):] if m else line
#: a copying site's labelled metadata line (``索引号: …``, ``- 发布机构: …`` as a bulleted list)
_LABEL_LINE = re.compile(r"^(?:[-*·•]\s*)?(?:核心提示|发文机关|发文字号|发文文号|发文部门|发文时间|实施时间|发文标题|成文日期|发布日期|索引号|主题分类|统一编号|文号|"
                         r"发布机构|发布机关|时效性|有效性|生效日期|公开方式|体裁分类|组配分类|"
                         r"(?:访谈|直播|发布)?(?:嘉宾|主持人|文字实录|访谈主题)\s*[:：]|"
                         # 发文日期: …, 征集时间: …, 意见反馈截止时间: …: a labelled time
                         r"[\u4e00-\u9fff]{0,6}(?:时间|日期)\s*[:：]|"
                         # 当前报纸名称:某日报, 版面:第01版:要闻, 版次:004: an e-paper's labels
                         r"当前(?:报纸|版面)?名称\s*[:：]|版面\s*[:：]|版次\s*[:：]|"
                         # • 所属单位:…, • 文件类型:…: a bulleted metadata list
                         r"(?<=[-*·•])\s*[\u4e00-\u9fff]{2,8}\s*[:：])")
#: a photo's caption or credit: ``黄立(左一)。图/九派新闻某某``, ``(记者 某某 摄)``
_CAPTION = re.compile(r"图\s*[/／:：丨|]|[(（](?:左|右)[一二三四五六七八九]?[)）]|[(（]中[)）]|摄影?[)）]?$|^[(（]?图片?来源")
#: a series a report belongs to, over its headline: ``“推动高质量发展”系列主题新闻发布会`` / ``黑龙江:…``
_SERIES = re.compile(r"“[^”]{2,20}”系列[^，。,]{0,10}(?:新闻发布会|发布会|报道|访谈)|[^，。,]{2,12}(?:专栏|专题)")
#: a kicker over a headline: ``马洪海代表——`` / ``打造西部数谷``
_KICKER = re.compile(r"[^。，,；;]{2,20}(?:——|—|:|：)")
#: a row of a page's metadata table: ``发文日期: | 2025-09-18 | 公开方式: | 主动公开 |``
_TABLE_ROW = re.compile(r"[:：]\s*[|｜][^|｜\n]*[|｜]")
#: a document number as pages print it around a title, brackets mismatched or not: ``湘政办发〔2025】25号``
_NUMBER = r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）】]\s*\d{1,4}\s*号"
#: a document number in brackets after a title: ``关于印发《X》的通知(成发办〔2020〕97号)``
_NUMBER_SUFFIX = re.compile(rf"\s*[(（]{_NUMBER}[)）]$")
#: a document number and a colon in front of a title: ``营政办发〔2022〕24号:营口市人民政府办公室关于…``
_NUMBER_PREFIX = re.compile(rf"^{_NUMBER}\s*[:：]\s*(?=\S{{6}})")
_NEWS_TITLE_REJECT = re.compile(r"[，,]|^(?:据|近日|记者|日前|昨天|今天|本报讯)|日电|记者|获悉")
_DATE_FULL = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?"
_DATE_LABEL = re.compile(rf"(?:(?:发布|发表|印发|成文|公布|发文|制发|生成)?(?:时间|日期)|(?<![\u4e00-\u9fff])发布|发表于|发布于|"
                         rf"版次\s*[:：]\s*[A-Z]?\d{{1,3}}\s)"  # 版次:004    2025年03月05日: a paper's page and its day
                         rf"\s*(?:[:：|｜\]】]\s*){{0,2}}{_DATE_FULL}")  # [ 发布日期 ]\n2023-04-04: a bracketed label
_SIGNED_LABEL = re.compile(rf"成文(?:时间|日期)\s*[\]】]?\s*[:：]?\s*{_DATE_FULL}")
#: a page's time on its first lines: ``2025-06-13 09:30大成武昌``, ``作者:某某2023-09-08 23:05:10``
_PAGE_TIME = re.compile(r"(?:^|[\s:：\u4e00-\u9fff])(\d{4})(?:[-/.]| (?=\d{1,2}/))(\d{1,2})[-/.](\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?", re.M)
#: a signature flattened onto one line: ``山东省人民政府办公厅2025年5月7日 (此件公开发布)``
_SIGNED_RUN = re.compile(r"(?:人民政府|办公厅|办公室|委员会|管委会|领导小组|推进小组|局|厅|委)[ \t]*(\d{4})年(\d{1,2})月(\d{1,2})日"
                         r"[ \t]*(?=[(（]此件|\n|$)", re.M)
_ISSUER_LABEL = re.compile(r"[\[【]?(?:发文机关|发布机关|发布机构|发文机构|发文单位|发文部门|发布部门|发布单位|印发机关)[\]】]?\s*(?:[:：]\s*(?:[|｜]\s*)?)?(?!发文|发布|成文|索引|文号)([^\s:：;；。|｜][^\n;；。|｜]{1,79}?)\s*(?=[|｜\n;；。]|$|\s{2}|\s+[\u4e00-\u9fff]{2,6}\s*[:：]|\s+(?:发文日期|发布日期|成文日期|索引号|文号|主题分类|有效性))")
_LABEL_FROM = re.compile(rf"(?:实施|施行|生效)(?:日期|时间)\s*[:：]?\s*{_DATE_FULL}")
_LABEL_UNTIL = re.compile(rf"(?:失效|废止|截止)日期\s*[:：]?\s*{_DATE_FULL}")
_TRAILING_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DATE_LABEL_MD = re.compile(r"(?:发布|发表)?(?:时间|日期)\s*[:：]\s*(\d{1,2})-(\d{1,2})(?!\d)")
_DATE_LINE = re.compile(rf"^\s*[(（]?{_DATE_FULL}[)）]?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*(?:[|｜]\s*)?(?:(?:来源|作者|编辑)[:：].*)?$")
#: a date on a news source line: 来源:X2024/6/26, 2022年01月26日 19:32X网
_OUTLET_DATE = re.compile(rf"来源\s*[:：]\s*[\u4e00-\u9fffA-Za-z]{{2,16}}?\s*[(（]?\s*{_DATE_FULL}|^{_DATE_FULL}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*"
                          rf"[\u4e00-\u9fff]{{2,12}}(?:网|网站|社|报|新闻|客户端)\s*$"
                          # (2025-06-04 21:05:22)  来源:X; 辽宁政协 2023-03-27: a page's time by its source, an outlet's line
                          rf"|[(（]?{_DATE_FULL}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?[)）]?\s*(?:文章)?来源\s*[:：]"
                          # [中国新闻网2022-10-27]近日,…: the outlet and its date in brackets opening the report
                          rf"|^\s*[\[【]\s*[\u4e00-\u9fffA-Za-z]{{2,16}}?(?:网|社|报|新闻|客户端)\s*{_DATE_FULL}\s*[\]】]", re.M)
#: an outlet's line under a headline: 辽宁政协 2023-03-27, 沈小布 沈阳发布 2022-11-24
_OUTLET_ISO_LINE = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff ]{1,20}?)[ \t]*(\d{4})-(\d{1,2})-(\d{1,2})[ \t]*$", re.M)
#: a report that opens on the day it tells of: 2022年5月12日,市政协…; 2025年2月26日—28日,…
_RELEASED = re.compile(rf"\s*《[^》\n]{{4,80}}》\s*(?:已)?于\s*{_DATE_FULL}\s*(?:正式)?(?:发布|印发|出台|公布|施行|实施)")
#: a paper's issue or a dateline with the full day: ``2025年5月18日《某日报》第01版``, ``A04 2025年2月11日``,
#: ``某某新闻网2025年3月27日讯``, ``某某新闻讯2024年7月17日,``
_DATED_ISSUE = re.compile(rf"^\s*(?:[A-Z]\d{{1,2}}\s+)?{_DATE_FULL}\s*(?=《[^》]{{2,12}}》\s*第|$)"
                          rf"|(?<=[网社报闻端])(?:讯)?{_DATE_FULL}\s*(?=电|讯|消息|[,，])")
#: ``13/01/2026 09:21`` opening a page
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(20\d{2})\s+\d{1,2}:\d{2}")
_LEAD_DATE = re.compile(rf"^\s*{_DATE_FULL}(?:[-—至]\d{{1,2}}日)?(?:上午|下午|晚上?|晚间)?[,，]")
_VALID_FROM = re.compile(rf"自\s*{_DATE_FULL}\s*起(?:施行|实施|执行|生效|开始施行)")
_VALID_UNTIL = re.compile(rf"有效期(?:至|到|截至)\s*{_DATE_FULL}")
_VALID_YEARS = re.compile(r"有效期(?:为)?\s*(\d{1,2})\s*年")
_NATIONAL_ISSUER = re.compile(r"(?:^|[，,、)）\s])(?:国务院|中共中央|工业和信息化部|工信部|国家|科技部|科学技术部|教育部|财政部|商务部|"
                              r"人力资源和社会保障部|自然资源部|中国人民银行|中国科学院|国资委|发展改革委|国家发展改革委)")


#: a headline that opens on a national designation a place holds (国家新一代人工智能创新发展试验区如何建), no national body
_NATIONAL_DESIGNATION = re.compile(r"国家(?![\u4e00-\u9fff]{0,8}?[局委部院署办])")


def extract_metadata(doc: Doc) -> dict:
    """The ``document`` part of a digest, with an ``evidence`` dict per field."""
    ev: dict = {}
    found_outlets = outlets(doc)
    title, t_span = _title(doc, bool(found_outlets))
    if title and len(re.findall(r"[\u4e00-\u9fff]", title)) < 4:
        title, t_span = None, None  # 0943-8226056(传真): a contact line, no title
    if t_span:
        ev["title"] = doc.evidence(*t_span, "meta.title")
    doc_type = _doc_type(doc, title, bool(found_outlets))
    issuer = _issuer(doc, title, ev)
    if issuer:
        issuer = issuer.lstrip("•·●▪*- \t") or None  # • 黑龙江省人民政府办公厅: a bulleted metadata line's mark
    if doc_type == "新闻报道" and found_outlets:
        first = found_outlets[0]
        group = [o for o in found_outlets if o.rule == first.rule] if first.rule in ("news.bodies", "news.closing", "news.together") \
            else [first]  # bodies that sign together, sources that close a report: all of them issue it
        issuer = " ".join(o.name for o in group)
        ev["issuer"] = doc.evidence(group[0].start, group[-1].start + len(group[-1].name), "meta.issuer.outlet")
    if doc_type != "新闻报道" and not issuer:
        source = next((o for o in found_outlets if o.rule == "news.source" and re.search(rf"{_ISSUER_SUFFIX}$", o.name)), None)
        if source:  # 发布时间:… 来源:某市发展和改革委员会: the body that publishes the interpretation, the reply, the notice
            issuer = source.name
            ev["issuer"] = doc.evidence(source.start, source.start + len(source.name), "meta.issuer.source")
    outlet_spans = [o.span for o in found_outlets]  # 新华社北京11月25日电: the place a report is filed from
    news_issuer = doc_type == "新闻报道" and bool(found_outlets)  # an outlet's home is not the text's region
    if issuer and doc_type != "新闻报道" and " " not in issuer:
        issuer = _full_issuer(doc, issuer, ev)
    date = _date(doc, ev)
    valid_from, valid_until = _validity(doc, ev)
    about = _about(doc, title, doc_type, ev) if doc_type in ("政策解读", "新闻报道") else None
    region = _region(doc, title, None if news_issuer else issuer,
                     about or _first_plan(doc, _lead_end(doc) if doc_type == "新闻报道" else 600), outlet_spans)
    host = _press_conference_host(doc) if doc_type == "新闻报道" else None
    region = host or region
    if region is not None:
        _region_evidence(doc, region, ev)
    below = jurisdiction(doc, {"region": region.name if region else None, "title": title, "issuer": issuer,
                               "doc_type": doc_type})
    if below is not None:
        ev["jurisdiction"] = doc.evidence(*below[1], "meta.jurisdiction")
    period = re.search(r"(\d{4})\s*[-—–~至]+\s*(\d{4})\s*年", title or "")
    number = next((ln.strip() for _, ln in _lines(doc, 6) if _DOC_NUMBER.match(ln.strip())), None)
    return {
        "file": None, "id": doc.id, "title": title, "region": region.name if region else None,
        "region_level": region.level if region else None, "jurisdiction": below[0] if below else None,
        "doc_type": doc_type, "issuer": issuer,
        "date": date, "valid_from": valid_from, "valid_until": valid_until, "about": about,
        "period": f"{period.group(1)}—{period.group(2)}年" if period else None, "doc_number": number,
        "evidence": ev,
    }


def _full_issuer(doc: Doc, issuer: str, ev: dict) -> str:
    """The issuer as the text writes it in full (``市人民政府办公室`` → ``徐州市人民政府办公室``):
    the same body with its region in front, where the text names it so."""
    if not re.match(r"^[省市区县州]|^[\u4e00-\u9fff]{2,4}(?:区|县)", issuer):
        return issuer
    bare = re.sub(r"^[省市区县州]", "", issuer) if re.match(r"^[省市区县州](?:人民|政府|委|发展|科|经|工|财)", issuer) else issuer
    closing = region_pattern("$")
    level = issuer[0] if bare != issuer else ""
    for at in occurrences(bare, doc.text):
        start, end = at, at + len(bare)
        while True:  # 上海市金山区…: every region name right before the body
            r = closing.search(doc.text, max(0, start - 12), start)
            if r is None or r.end() != start:
                break
            start = r.start()
        whole = doc.text[start:end]
        if start < at and len(whole) > len(issuer) and whole[:-len(bare)].endswith(level):
            ev["issuer"] = doc.evidence(start, end, "meta.issuer.full")
            return whole
    return _placed_form(doc, issuer, ev)


def _placed_form(doc: Doc, issuer: str, ev: dict) -> str:
    """The government's office the text also names in full with its place (``市政府办公室`` → ``嘉兴市人民政府办公室``):
    the first place-named form of the same office at the same level. (A department keeps the form it signs with:
    the golds write 省科技厅 where the text also writes 浙江省科学技术厅.)"""
    key = body_key(issuer)
    if key is None or key[2] or key[1] not in ("人民政府办公室", "人民政府办公厅"):
        return issuer
    for r in region_pattern().finditer(doc.text):
        if not r.group(0).endswith(key[0]):
            continue
        for end in range(r.end() + 2, min(len(doc.text), r.end() + 16) + 1):
            if not "\u4e00" <= doc.text[end - 1] <= "\u9fff":
                break
            if doc.text[end - 1] in "局委厅室府会办署院":
                found = body_key(doc.text[r.start():end])
                if found is not None and found[:2] == key[:2] and found[2]:
                    ev["issuer"] = doc.evidence(r.start(), end, "meta.issuer.full")
                    return doc.text[r.start():end]
    return issuer


def _lines(doc: Doc, n: int = 8):
    pos = 0
    for line in doc.text.split("\n")[: n * 3]:
        if line.strip():
            yield pos, line
            n -= 1
            if not n:
                return
        pos += len(line) + 1


#: the heading of an announcement that promulgates a text: ``…常务委员会公告(第一九七号)``
_ANNOUNCEMENT = re.compile(r"(?:公告|令)\s*[(（]第[^)）]{1,8}号[)）]$")
_OUTLINE_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章条]|\d{1,2}[、.．](?!\d))")


def _title(doc: Doc, news: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """The title: a 原标题 label, the title a cover notice prints, a news headline, or the
    first line that looks like a title (joined with the next when it is printed over two)."""
    m = _ORIGINAL_TITLE.search(doc.text[:3000])
    if m:
        t = m.group(1).split("\n")[0].strip()
        return _clean_title(t), (m.start(1), m.start(1) + len(t))
    first_lines = list(_lines(doc, 1))
    two = list(_lines(doc, 2))
    if len(two) == 2 and two[0][1].count("《") > two[0][1].count("》") and "》" in two[1][1] \
            and len(two[0][1].strip() + two[1][1].strip()) <= 100:  # 《…实施方案 / (2024-2027年)》发布: a headline over two lines
        first_lines = [(two[0][0], two[0][1].strip() + two[1][1].strip())]
    if first_lines and _WRAPPER_HEADLINE.search(first_lines[0][1]) and is_headline(first_lines[0][1][:64]) \
            and not _FILE_NAME.search(first_lines[0][1]) \
            and len(first_lines[0][1].strip()) <= 100 and not _NOTICE.match(first_lines[0][1].strip()) \
            and not _ISSUE_VERB.match(first_lines[0][1].strip()):  # 某市人民政府办公厅印发《X》: a portal's line
        pos, line = first_lines[0]  # 【重磅政策】某省…!16部门联合印发《X》: a report's headline over the text it reprints
        return _clean_headline(line.strip()), (pos, pos + len(line.rstrip()))
    if news and first_lines and opens_on_source(first_lines[0][1]):
        return None, None  # 据某市人民政府网站,…印发《X》。: a report that opens on its source has no headline
    head_lines = list(_lines(doc, 25))
    for k, (pos, line) in enumerate(head_lines):
        if pos > 2500:
            break
        nxt = head_lines[k + 1][1].strip() if k + 1 < len(head_lines) else ""
        if _CALL_SPLIT.fullmatch(line.strip()) and _CALL_TAIL.fullmatch(nxt):
            line = line.rstrip() + nxt  # 关于征求《X》 / (征求意见稿)意见建议的公告: a call for comments over two lines
        bare = _NUMBER_SUFFIX.sub("", _NUMBER_PREFIX.sub("", line.strip()))
        line = line[:len(line) - len(line.lstrip())] + bare if bare != line.strip() else line
        labelled = _unspaced_label(bare)
        s = _TITLE_LABEL.sub("", labelled)
        if s != labelled:
            s = _NUMBER_SUFFIX.sub("", re.split(r"\s*[|｜]", s.lstrip("|｜ \t"))[0].strip())  # 标 题: | … | |: the label's cell
        m = _NOTICE.match(s) or _COVER.match(s) or _BOOK_NOTICE.match(s)
        if m:
            t = next(m.groupdict()[g] for g in ("title", "title2", "title3", "title4", "title5", "title6") if m.groupdict().get(g))
            off = pos + line.index(t)
            return _clean_title(t), (off, off + len(t))
        if s != labelled and len(s) >= 4:  # 标题: …: a copying site's title label
            off = pos + line.index(s)
            return _clean_title(s), (off, off + len(s))
    lines = list(_lines(doc))
    while len(lines) > 1 and (_STAMP_LINE.fullmatch(lines[0][1].strip()) or _SOURCE_LINE.fullmatch(lines[0][1].strip())):
        lines = lines[1:]  # 2025 12/01 13:02:11 / 来源:人民日报: a copying site's stamp above the headline
    if lines and _OUTLINE_LINE.match(lines[0][1].strip()):
        return None, None  # the text starts with its first section: the page has no title
    if lines:  # 2022年7月8日市政府新闻发布会新闻素材稿 2022-07-08: a headline dated at its end
        dated = _TRAILING_DATE.search(lines[0][1].rstrip())
        first = lines[0][1][: dated.start()] if dated else lines[0][1]
    if lines and OUTLET_TIME.match(lines[0][1]):
        return None, None  # 人民网2022-03-24 09:35: an outlet and a time, no headline
    newsy = lines and (news or _NEWS.search(doc.text[:1500])) and not _formal(doc)
    if newsy and len(lines) > 1 and (_KICKER.fullmatch(first.strip()) or _SERIES.fullmatch(first.strip())) \
            and is_headline(lines[1][1]) \
            and not lines[1][1].strip().endswith(("。", "；")):
        pos, line = lines[1]  # 马洪海代表—— / 打造西部数谷: a kicker, then the headline
        if first.rstrip().endswith((":", "：")):  # 从春晚舞台到宿州基地: / 一场…“奇遇”: one headline over two lines
            return _clean_title(first.strip() + line.strip()), (lines[0][0], pos + len(line.rstrip()))
        return _clean_title(line.strip()), (pos, pos + len(line.rstrip()))
    if newsy and is_headline(first) and not _TITLE_IN_LINE.fullmatch(first.strip()) and not _CAPTION.search(first) \
            and not _LABEL_LINE.match(first.strip()):
        pos = lines[0][0]
        return _clean_title(first.strip()), (pos, pos + len(first.rstrip()))
    if lines and _CREDIT_LINE.fullmatch(first.strip()):
        return None, None  # ▶ 陈辉 / the report's first paragraph: the page starts under its headline
    if newsy and re.match(r"\s*\d{1,2}月\d{1,2}日[^\n，,。]{0,8}[，,]", first):
        return None, None  # 3月6日下午,…: the report opens on its first sentence, the page has no headline
    fallback = None
    for i, (pos, line) in enumerate(lines):
        one_line = i == 0
        s = line.strip()
        if newsy and i > 0 and _BODY_PARAGRAPH.search(lines[i - 1][1].strip()) and not fallback:
            break  # the report's first paragraph has begun: a line under it is a subheading, not the title
        if _TABLE_ROW.search(s):
            continue  # 发文日期: | … | 公开方式: | … |: a row of the page's metadata table
        head = _NUMBER_PREFIX.match(s) or _LETTERHEAD.match(s)
        if head:  # 国家能源局综合司文件国能综通科技〔2025〕91 号国家能源局综合司关于…的通知
            s, pos, line = s[head.end():], pos + line.index(s) + head.end(), s[head.end():]
        if _LABEL_LINE.match(_unspaced_label(re.sub(r"^[-*·•]\s*", "", s))) or s.endswith(("→", "»", ">>")) \
                or _CAPTION.search(s):
            continue  # a label, or a teaser linking on to the text (七条措施!某省推动…→)
        if (_OUTLINE_LINE.match(s) and not one_line) or _SECTION_WORDS.fullmatch(s):
            break  # the body has begun: a heading is no title
        nxt = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        if one_line and _ISSUER_ONLY.fullmatch(s) and re.fullmatch(rf"关于[^，,。；;：:、《》]{{4,60}}(?:{_TYPE_RE}){_PERIOD}", nxt):
            return _clean_title(nxt), (lines[i + 1][0], lines[i + 1][0] + len(lines[i + 1][1]))  # issuer / 关于…意见
        nxt2 = lines[i + 2][1].strip() if i + 2 < len(lines) else ""
        if _ISSUERS_LINE.fullmatch(s) and nxt.startswith("关于") and (joined := _two_line_title(nxt, nxt2)):
            # 中共某市委员会 某市人民政府 / 关于…推进 / …的实施意见: the bodies over a title on two lines
            return _clean_title(joined), (lines[i + 1][0], lines[i + 2][0] + len(lines[i + 2][1]))
        joined = _two_line_title(s, nxt)
        if joined:
            return _clean_title(joined), (pos, lines[i + 1][0] + len(lines[i + 1][1]))
        if _ISSUERS_LINE.fullmatch(s):
            continue  # 某自治区发展和改革委员会 over 某某委员: the sender of a letter, no title
        if _DOC_NUMBER.match(s) or _ADDRESSEE.search(s) or (len(s) <= 120 and _NEWS_TITLE_REJECT.search(s)) \
                or s.endswith("文件") or re.fullmatch(r"[(（][^)）]*[)）]", s) or _LABEL_LINE.match(s) \
                or _ANNOUNCEMENT.search(s):
            continue
        lead = _ISSUE_VERB.match(s)
        if lead and "。" in s[lead.end():] and len(s) - lead.end() > 40:
            continue  # 某委发布《X》,面向社会公开征求意见。该文件…: a report's first sentence, no title line
        if lead:
            fallback = fallback or (lead.group(2), pos + line.index(lead.group(2)))
            continue
        if len(s) > 120 and one_line and not re.match(r"(?:根据|按照|依据|为|经)", s):
            m = _TITLE_IN_LINE.match(s)
            if m and (m.group(1).count("《") > m.group(1).count("》") or re.search(r"[，,。：:]", m.group(1))):
                m = None  # a sentence that ends with a plan's name is no title
            if m:
                return _clean_title(m.group(1)), (pos, pos + m.end(1))
            continue
        if s.endswith(("。", "；", "…")) or _DATE_LINE.match(s) or len(s) < 4 or _CREDIT_LINE.fullmatch(s):
            continue
        if re.match(r"^(?:日期|时间|来源|发布|作者)", s) or _CONTACT_LINE.match(_unspaced_label(s)) \
                or OUTLET_DOT_DATE.fullmatch(s):
            continue
        if len(s) > 120:
            continue
        if _signature(lines, i) or (i > 0 and (_signature(lines, i - 1) or (0,))[0] == 2):
            continue  # a signature: issuer (on one line or two) over a date
        nxt = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        if nxt and re.fullmatch(_PERIOD, nxt):  # the period on a line of its own
            return _clean_title(s + nxt), (pos, lines[i + 1][0] + len(lines[i + 1][1]))
        return _clean_title(s), (pos, pos + len(line))
    if fallback:
        return _clean_title(fallback[0]), (fallback[1], fallback[1] + len(fallback[0]))
    m = _COVER_IN_LINE.search(doc.text[:1500]) or _NOTICE_IN_LINE.search(doc.text[:300])
    if m:  # 鲁政办字〔2025〕49号 各市…: 《X》已经…同意,现印发给你们; …办公室关于印发《X》的通知各市…: a page flattened to one line
        return _clean_title(m.group("title")), (m.start("title"), m.end("title"))
    return None, None


_COVER_IN_LINE = re.compile(_PRINTS)
#: a cover notice's heading run on into its addressees: ``…关于印发《X》的通知各市、县…``
_NOTICE_IN_LINE = re.compile(r"关于(?:印发|转发|发布|公布)《(?P<title>[^《》\n]{4,80})》的通知(?=[^\n]{0,40}[:：])")
#: a paragraph of running text: sentences with commas, ended (a title has none of these)
_BODY_PARAGRAPH = re.compile(r"^(?=.{60,})[^\n]*[，,][^\n]*。$|^(?=.{120,})[^\n]*[，,][^\n]*。")
#: a line that credits an author or a photographer with a mark before the name: ``▶ 陈辉``, ``■ 王敏``
_CREDIT_LINE = re.compile(r"[^\w\s《“(（【\[]\s*[\u4e00-\u9fff]{2,4}")


#: a line of contact details (联系电话: …, 电子邮箱: …, 地 址: …), never a title
_CONTACT_LINE = re.compile(r"(?:电子邮件|来信)?(?:联系电话|联系人|联系方式|电话|传真|电子邮箱|电子信箱|邮箱|地址|通讯地址|邮编|邮政编码|网址|信函寄至|寄至|发送至(?:邮箱)?)\s*[:：]")

#: a headline that reports a policy being issued: ``…联合印发《X》``
_ISSUED_HEADLINE = re.compile(r"^[^《》，,。：:\s]{2,14}?(?:正式|近日|日前|再次|重磅|首次)?(?:出台|印发|推出|公布|发布)(?!会|的)[^《》]{4,60}$")
_WRAPPER_HEADLINE = re.compile(r"(?:印发|发布|出台|推出|公布)《[^《》]{4,80}》\s*$|^【[^】]{2,10}】"
                               r"|^《[^《》]{4,80}》\s*(?:正式)?(?:发布|出台|印发|公布|出炉|来了)[!！]?\s*$")


def _clean_headline(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


#: headings of a plan's sections, never its title
_SECTION_WORDS = re.compile(r"(?:发展|主要|总体|工作|行动)?(?:目标|要求|任务|思路|原则|背景)|重点(?:任务|方向|领域|内容)|保障措施|"
                            r"主要内容|政策解读|附件|附则")


#: a line that is only an issuing body (``四川省人民政府办公厅``), printed over the title
_ISSUER_ONLY = re.compile(rf"[\u4e00-\u9fff]{{2,28}}?{_ISSUER_SUFFIX}")
#: one or more issuing bodies on a line, apart by spaces: ``中共包头市委员会 包头市人民政府``
_ISSUERS_LINE = re.compile(rf"{_ISSUER_ONLY.pattern}(?:\s+{_ISSUER_ONLY.pattern})*")


#: a call for comments printed over two lines: ``关于征求《X》`` / ``(征求意见稿)意见建议的公告``
_CALL_SPLIT = re.compile(r"[^《》]{0,40}征求《[^《》]{4,80}》")
_CALL_TAIL = re.compile(r"(?:[(（](?:征求意见稿|草案|送审稿)[)）])?(?:的)?(?:修改|社会|公众)?意见(?:建议)?的(?:公告|通知|函)")


def _two_line_title(line: str, nxt: str) -> str | None:
    """``湖北省人民政府办公厅关于加快推进`` / ``人工智能产业发展的实施意见``: a title printed over two lines."""
    if not (4 <= len(line) <= 40 and 4 <= len(nxt) <= 40) or re.search(r"[，,。；;：:、]", line + nxt):
        return None
    nxt_core = _DRAFT.sub("", nxt)
    if re.search(rf"(?:{_TYPE_RE}){_PERIOD}$", line) or not re.search(rf"(?:{_TYPE_RE}){_PERIOD}$", nxt_core):
        return None
    if re.search(r"[《》]", line + nxt):
        return None
    # 天津市东丽区“十五五”时期 / 数字经济发展规划(征求意见稿), 广州开发区(黄埔区)促进新型储能产业 / 高质量发展的若干措施实施细则:
    # a place and the start of the title over the rest; a line that is only the issuing body is no part of it
    placed = bool(region_pattern("^").match(line)) and not _ISSUERS_LINE.fullmatch(line)
    return line + nxt if "关于" in line or placed else None


#: an attachment's file name printed as the page's first line: ``【政策】…若干政策.docx``
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|wps|ofd)\s*$", re.I)
#: a document number run on after a title's genre word: ``…的实施意见湘政办发〔2025】25号``
_TRAILING_NUMBER = re.compile(rf"((?:{_TYPE_RE}){_PERIOD})\s*{_NUMBER}$")


def _clean_title(t: str) -> str:
    t = re.sub(r"\s*(?:→|>>|»)+\s*$", "", t)  # …主要在四个方面→: a link arrow after the headline
    t = _FILE_NAME.sub("", t)  # …若干政策.docx: an attachment's file name
    t = re.sub(r"^【[^】]{1,18}】\s*(?=\S{6})", "", t)  # 【政策】…, 【高质量完成“十四五”规划】…: a site's tag, a column's name
    # …的实施意见湘政办发〔2025】25号: its number run on after it
    t = _TRAILING_NUMBER.sub(r"\1", t)
    t = re.sub(r"([(（])(\d{4}\s*[-—–~至]\s*\d{4}\s*年?)$", r"\1\2" + ")", t)  # …规划(2023-2025年: the page lost the bracket
    t = re.sub(r"\s+[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\d{1,4}号$", "", t)  # …实施意见 七政发〔2021〕5号: its number
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^[\u4e00-\u9fff]{2,6}[丨｜|]\s*(?=\S{6})", "", t)  # 文字解读丨…: a column's tag
    t = re.sub(r"(?<=\S{6})\s*[丨｜|]\s*[\u4e00-\u9fff]{2,8}$", "", t)  # … | 文昌两会: a column's tag after it
    t = re.sub(r"^(?:附件?\s*\d*\s*[:：])\s*", "", t)  # 附：…行动计划: the plan a notice carries
    t = re.sub(r"的?(?:主要)?内容是什么[?？]?$", "", t)
    t = re.sub(r"^《([^《》]+)》((?:\s*[(（][^()（）]{1,12}[)）])*)$", r"\1\2", t)  # the title's own marks go; 亮相央视《新闻联播》 keeps a name it cites
    t = re.sub(r" (?=[(（])|(?<=[(（]) | (?=[)）])", "", t)
    return t.rstrip("。")


_INTERPRET_SECTIONS = re.compile(r"起草背景|制定背景|出台背景|政策背景|政策依据|起草过程|编制背景|编制过程|主要内容|重点内容|政策亮点|主要特点|名词解释|"
                                 r"必要性|是什么|为什么|起草原则|编制原则|起草思路|编制思路|政策特点|主要亮点|重要意义|"
                                 r"总体考虑|主要考虑|起草依据|编制依据|制定依据|主要框架|基本框架|适用范围|适用对象")


def _doc_type(doc: Doc, title: str | None, news: bool = False) -> str | None:
    head = doc.text[:400]
    if _WORK_REPORT.match(doc.text):
        return "政府工作报告"  # 各位代表:现在,我代表市人民政府向大会报告工作: the report as delivered, not news of it
    if title and _INTERPRET.search(title) or re.search(r"政策解读(?![^“”\n]{0,6}”[^，。\n]{0,12}发布会|(?:专场)?(?:新闻)?发布会|吹风会)|的解读", head):
        return "政策解读"
    if re.search(r"负责(?:人|同志)就《[^》]{4,80}》[^。]{0,10}答记者问", head) or (
            re.search(r"负责(?:人|同志)就[^。]{0,60}(?:答记者问|接受(?:了)?(?:记者)?(?:专访|采访))", head) and _BOOK.search(head)
            and re.search(r"(?:^|\n)\s*问\s*[:：]", doc.text[:1500])):
        return "政策解读"  # 国家发展改革委有关负责人就《X》答记者问, …就该政策文件…接受专访 / 问:…: the body that made X explains it
    if re.search(r"(?:^|\n)\s*案由\s*[:：]", head):
        return "提案"  # 案由:关于…建议: a member's proposal, as its form prints it
    form = _PROPOSAL_FORM.search(doc.text[:800])
    if form and not re.search(r"答复|办理", title or ""):  # 提案者:…, 建 议 人:…: a proposal's form, as printed
        return "建议" if re.match(r"建", form.group(1)) or (title or "").endswith("建议") else "提案"
    explains = sum(bool(_INTERPRET_SECTIONS.search(s.title)) for s in doc.outline.sections[:8])
    drafted = any(re.match(r"(?:起草|编制|制定)(?:背景|过程|依据|原则|思路)", s.title) for s in doc.outline.sections[:8])
    if explains >= 2 and (_BOOK.search(doc.text[:3000]) or drafted):
        return "政策解读"  # 一、起草背景 二、主要内容 of 《X》 (or of the draft it explains): an interpretation
    first = doc.outline.sections[0] if doc.outline.sections else None
    if first is not None and not news and _INTERPRET_SECTIONS.search(first.title) \
            and _BOOK.search(doc.text[:first.title_start]) and not _formal(doc) \
            and not (title and re.search(rf"(?:{_TYPE_RE}){_PERIOD}$", _DRAFT.sub("", title))):  # …的意见 is the policy itself
        return "政策解读"  # 《X》…。一、立法的必要性: the text opens on X, then explains it
    if title and _WRAPPER_HEADLINE.search(title) and not title.startswith("关于") and not _ISSUE_VERB.match(title):
        return "新闻报道"  # a headline that reports a policy being issued
    if title and _ISSUED_HEADLINE.match(title) and not title.startswith("关于") and not _formal(doc):
        return "新闻报道"  # 某市出台支持人形机器人产业发展若干措施: a place issues a policy, a headline reports it
    core = re.sub(r"(?:的?(?:内容|主要内容)?是什么|解读)[?？]?$", "", title or "")
    core = re.sub(rf"{_PERIOD}$", "", _DRAFT.sub("", core))
    typed = next((DOC_TYPES[k] for k in sorted(DOC_TYPES, key=len, reverse=True) if core.endswith(k)), None)
    if typed == "建议" and not re.match(r"(?:[^《》，,。]{0,20}?)关于", core):
        typed = None  # 关于支持商业航天发展的建议: a member's suggestion; 省人大督办…建议: a report on one
    sections = sum(s.kind == "cn" for s in doc.outline.sections)
    newsy = news or (len(_NEWS.findall(doc.text[:6000])) >= 1 and sections < 2)
    if typed and not (newsy and re.search(r"[:：]|……|印发|发布|出台", core)):
        return typed
    if typed is None and not title:
        own = re.search(r"(?:适用|依照|根据|按照)本(条例|办法|规定|细则)|本(条例|办法|规定|细则)(?:所称|自|由)", doc.text[:3000])
        if own:
            return own.group(1) or own.group(2)  # 第二条…适用本条例: an untitled text that names its own genre
        made = _SELF_MADE.search(doc.text[:1500])
        if made:  # 为…,特制定本行动计划 / 现提出如下意见: an untitled text's preamble names its genre
            return DOC_TYPES.get(made.group(1) or made.group(2), "若干措施")  # 制定如下政策: its measures follow
    if typed is None and _province_lead(title):
        return "新闻报道"  # 青海:做大盐湖关联产业…: a province, a colon, what it does: a report's headline
    if typed is None and _TRANSCRIPT.search(doc.text[:600]):
        return "新闻报道"  # 嘉宾: … 文字实录: 问: …: an interview's transcript
    if typed is None and _REPLY.search(doc.text[:800]):
        return "答复"  # 某某委员: 您提出的《…》提案收悉: a reply to a deputy's or member's proposal
    if typed is None and not title and re.search(r"现[^。]{0,40}?通知如下", doc.text[:800]):
        return "通知"  # 省有关单位,各市科技局: …现开展…工作,具体事项通知如下: a notice printed without its heading
    if typed is None and re.search(r"函\s*[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号", doc.text[:200]):
        return "函"  # 湘工信提案函〔2025〕198号 over an untitled letter: the number says what it is
    if typed is None and not title and not news and _DRAFTER.search(doc.text[:1500]) \
            and not re.search(r"记者|日电|讯[(（\s]|报道", doc.text[:600]):
        return "政策解读"  # …结合我区实际,制定了《X》 / 我委编制了《X》: the drafter explains the policy it made
    if newsy or (_BOOK.search(head) and not _formal(doc) and sections < 2):
        return "新闻报道"
    if typed is None and title and _author_line(doc):
        return "新闻报道"  # 竞逐低空新赛道:南昌市低空经济怎么“飞”? / 陈梦娇 / 一、…: an article signed by its author
    if typed is None and (funded_items(doc) or _continued_items(doc)):
        return "若干措施"  # no title, numbered items that grant money or run on across groups: a set of measures
    if typed is None and (not title or _addresses(doc)) and _NOTICE_BODY.search(doc.text[:1500]):
        return "通知"  # 各县(区)人民政府…: 市政府决定成立…; 有关事项通知如下: a notice, its own title lost or unnamed
    if typed is None and not title and _REPORTS_ISSUE.search(doc.text[:300]):
        return "政策解读"  # 经省政府同意,省发展改革委印发了《X》: an untitled text that opens on a policy's issue explains it
    if typed is None and not _formal(doc) and sections < 2:
        return "新闻报道"  # running prose under a headline or none, with no genre word, number or cover: a report
    return typed


#: a government work report as delivered: the deputies addressed, then the government reporting to the congress
_WORK_REPORT = re.compile(r"\s*各位代表\s*[:：]\s*现在[,，]?\s*我代表[^。，,]{2,24}政府[^。]{0,6}向大会(?:作|报告)")


def _author_line(doc: Doc) -> bool:
    """The second line is a person's name alone (the segmenter tags its first word a name): an author's byline."""
    lines = [ln.strip() for _, ln in _lines(doc, 3) if ln.strip()]
    return len(lines) >= 3 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", lines[1])) and not lines[1].endswith("号") \
        and tags_of(lines[1])[0][1] == "nr"


#: what a notice says of itself, or does: 通知如下, 特此通知, 现转发…, 决定成立/开展…
_NOTICE_BODY = re.compile(r"通知如下|特此通知|现(?:予以)?转发|现将[^。]{0,60}?通知|(?:决定|现)(?:成立|组织开展|开展|启动)|"
                          r"(?:组织|开展)[^。]{0,40}?(?:申报|推荐|遴选|征集|入库|揭榜挂帅)工作")
#: a policy's issue reported at the opening: 印发了《X》, 编制了《X》
_REPORTS_ISSUE = re.compile(r"(?:印发|发布|编制|出台|制定)了《[^《》]{4,80}》")


def _addresses(doc: Doc) -> bool:
    """The text opens on its addressees (``各县(区)人民政府,…:``) within its first lines."""
    return any(ln.strip().startswith("各") and _ADDRESSEE.search(ln.strip()) for _, ln in _lines(doc, 6))


#: the labels of an interview's transcript: its guests and host, 文字实录, or questions asked in turn
_TRANSCRIPT = re.compile(r"(?:^|\n)\s*(?:嘉宾|主持人|访谈嘉宾)\s*[:：]|文字实录|(?:^|\s)问\s*[:：][^\n]{2,120}?(?:\s|\n)[^\n]*?(?:^|\s)问\s*[:：]", re.S)
#: the opening of a reply to a proposal: the members addressed, then what they proposed
_REPLY = re.compile(r"(?:委员|代表)[:：]\s*\n?[^。\n]{0,6}(?:您|你)们?(?:在[^。]{0,30})?(?:提出|所提|领衔提出)的?[^。]{0,80}(?:提案|建议)"
                    # 民盟市委:\n贵委提出的…提案收悉: a reply to a party's or a body's proposal
                    # (贵党派提出的…提案,经会同…研究答复如下; 贵单位…提出的《…建议》(第502号)收悉)
                    r"|[:：]\s*\n\s*(?:贵委|贵单位|贵会|贵部|贵组|贵党派|贵党|你们|您们)(?:在[^。]{0,30})?(?:提出|所提)的?[^。]{0,80}"
                    r"(?:提案|建议)[^。\n]{0,120}?(?:收悉|答复如下)"
                    # 您提出的《关于…的建议》收悉。…现答复如下: the addressee's line lost, the reply says what it answers
                    r"|(?:^|\n)\s*(?:您|你)们?(?:在[^。]{0,30})?(?:提出|所提)的?[^。]{0,80}(?:提案|建议)》?[^。]{0,4}收悉[^\n]{0,60}?答复如下")
#: the labels of a proposal's or a suggestion's form: ``提案者:``, ``建 议 人:``, ``建议号:``
_PROPOSAL_FORM = re.compile(r"(?:^|\n)\s*(提案者|提案人|领衔人|建\s*议\s*人|建\s*议\s*号|提案号|提案编号)\s*[:：|]")
#: a preamble that names what it introduces: ``特制定本行动计划``, ``现提出如下意见``, ``制定本指导意见``
_SELF_GENRES = "|".join(sorted((k for k in DOC_TYPES if len(k) >= 2), key=len, reverse=True))
_SELF_MADE = re.compile(rf"(?:制定|制订|出台|形成)了?本({_SELF_GENRES})(?:[(（][^()（）]{{2,16}}[)）])?[。，,；;]"
                        r"|(?:提出|制定)(?:如下|以下)(意见|措施|举措|实施意见|若干措施|工作要点|政策措施|政策)")
#: a draft's or a trial's mark after a title: (征求意见稿), (试行)
_DRAFT = re.compile(r"(?:[(（](?:征求意见稿|草案|送审稿|试行|暂行|修订稿?)[)）])+$")


def _continued_items(doc: Doc) -> bool:
    """Items numbered on across their groups (``一、…(一)…(四)`` then ``二、…(五)``): the articles
    of a set of measures, which count their items through; a plan's tasks start again in each part."""
    out = doc.outline
    groups = [s for s in out.sections if s.depth == 1]
    if len(groups) < 2:
        return False
    firsts = [out.children(g)[0].number for g in groups if out.children(g)]
    return len(firsts) >= 2 and all(n > 1 for n in firsts[1:]) and firsts[0] == 1


def _formal(doc: Doc) -> bool:
    """A cover notice, a document number or labelled metadata: an official text, not news (found once per text)."""
    if "formal" not in doc.cache:
        head = doc.text[:2500]
        doc.cache["formal"] = any(_NOTICE.match(ln.strip()) or _COVER.match(ln.strip()) or _DOC_NUMBER.match(ln.strip())
                                  for _, ln in _lines(doc, 25)) or bool(_ISSUER_LABEL.search(head) or re.search(r"〔\d{4}〕\d+号", head))
    return doc.cache["formal"]


def _issuer(doc: Doc, title: str | None, ev: dict) -> str | None:
    m = _ISSUER_LABEL.search(doc.text[:1500])
    if m:
        ev["issuer"] = doc.evidence(m.start(1), m.end(1), "meta.issuer.label")
        return m.group(1).strip()
    lines = list(_lines(doc, 25))
    for i, (_pos, line) in enumerate(lines):
        if _NOTICE.match(line.strip()) and not _NOTICE.match(line.strip()).group("issuer"):
            run = []
            for p0, ln in reversed(lines[:i]):
                if re.fullmatch(rf"[^，,。；\s]{{2,40}}(?:{_ISSUER_SUFFIX}|分行)", ln.strip()):
                    run.insert(0, (p0, ln.strip()))
                else:
                    break
            if run:
                ev["issuer"] = doc.evidence(run[0][0], run[-1][0] + len(run[-1][1]), "meta.issuer.letterhead")
                return " ".join(x for _, x in run)
    for i, (pos, line) in enumerate(lines):
        m = _NOTICE.match(line.strip())
        if m and m.group("issuer"):
            ev["issuer"] = doc.evidence(pos, pos + len(m.group("issuer")), "meta.issuer.notice")
            return m.group("issuer").strip()
        if _COVER.match(line.strip()):
            for j in range(i + 1, min(i + 4, len(lines) - 1)):
                sig, nxt = lines[j][1].strip(), lines[j + 1][1].strip()
                if re.fullmatch(rf"[^，,。；]{{2,40}}{_ISSUER_SUFFIX}", sig) and re.fullmatch(_DATE_FULL, nxt):
                    ev["issuer"] = doc.evidence(lines[j][0], lines[j][0] + len(sig), "meta.issuer.cover")
                    return sig
    block = _signature_block(lines)
    if block:
        first, last, _ = block
        ev["issuer"] = doc.evidence(lines[first][0], lines[last][0] + len(lines[last][1].rstrip()),
                                    "meta.issuer.signature")
        return " ".join(_SEAL.sub("", ln.strip()) for _, ln in lines[first:last + 1])
    for i in range(min(len(lines), 15)):
        sig = _signature(lines, i)
        if sig and i > 0 and any(_ADDRESSEE.search(ln.strip()) for _, ln in lines[:min(i, 3)]):
            # a cover letter: (its number,) addressee … signature
            ev["issuer"] = doc.evidence(lines[i][0], sig[1], "meta.issuer.signature")
            return sig[2]
    for pos, line in _lines(doc, 3):
        site = _PORTAL_LINE.match(line.strip())
        if site:  # 某省国资委 gzw.hunan.gov.cn: the page of a body's own portal
            ev["issuer"] = doc.evidence(pos + line.index(site.group(1)), pos + line.index(site.group(1)) + len(site.group(1)),
                                        "meta.issuer.portal")
            return site.group(1)
    if len(lines) >= 2 and _ISSUERS_LINE.fullmatch(lines[0][1].strip()) and _PREAMBLE.match(lines[1][1].strip()):
        ev["issuer"] = doc.evidence(lines[0][0], lines[0][0] + len(lines[0][1].rstrip()), "meta.issuer.letterhead")
        return lines[0][1].strip()  # 四川省人民政府 / 为贯彻党中央…: the body over its text's preamble
    for i in range(len(lines) - 1):
        s, nxt = lines[i][1].strip(), lines[i + 1][1].strip()
        if title and _ISSUERS_LINE.fullmatch(s) and len(nxt) >= 6 and (title.startswith(nxt[:8]) or nxt.startswith(title[:8])
                                                                            or (nxt.startswith("关于") and title[:8] in nxt)):
            ev["issuer"] = doc.evidence(lines[i][0], lines[i][0] + len(lines[i][1].rstrip()), "meta.issuer.letterhead")
            return s  # 中共某市委员会 某市人民政府 / 关于…的实施意见: the bodies over their title
    deep = list(_lines(doc, 40))
    for i in range(1, len(deep)):
        sig = _signature(deep, i)
        after = deep[i + sig[0] + 1][1].strip() if sig and i + sig[0] + 1 < len(deep) else ""
        if sig and (re.search(r"[。！!]$", deep[i - 1][1].strip()) or re.match(r"附件|附表", after)
                    or (title and after and _same_title(after, title))):
            ev["issuer"] = doc.evidence(deep[i][0], sig[1], "meta.issuer.signature")
            return sig[2]  # …请认真贯彻执行。/ 某市人民政府 / 2022年8月24日 (/ 附件): a letter's signature, mid-text
    for pos, line in _lines(doc, 3):
        m = _ISSUE_VERB.match(line.strip())
        if m and title and _same_title(m.group(2), title):
            ev["issuer"] = doc.evidence(pos + line.index(m.group(1)), pos + line.index(m.group(1)) + len(m.group(1)),
                                        "meta.issuer.issued")
            return m.group(1)
    top = list(_lines(doc, 2))
    if len(top) == 2 and _ISSUER_ONLY.fullmatch(top[0][1].strip()) and _MEMBER_ADDRESSED.fullmatch(top[1][1].strip()):
        ev["issuer"] = doc.evidence(top[0][0], top[0][0] + len(top[0][1].rstrip()), "meta.issuer.letterhead")
        return top[0][1].strip()  # 某省发展和改革委员会 / 某某委员: : a reply's body over the member it answers
    answered = _ANSWERING_BODY.search(doc.text[:300])
    if answered:  # 国家发展改革委有关负责人就《X》答记者问: the body whose official explains
        ev["issuer"] = doc.evidence(answered.start(1), answered.end(1), "meta.issuer.answering")
        return answered.group(1)
    if title and len(top) == 2 and _ISSUER_ONLY.fullmatch(top[0][1].strip()) and top[1][1].strip().startswith(title):
        ev["issuer"] = doc.evidence(top[0][0], top[0][0] + len(top[0][1].rstrip()), "meta.issuer.letterhead")
        return top[0][1].strip()  # 四川省人民政府办公厅 / 关于…的指导意见: the body over its title
    m = re.match(rf"^(?!为)([^，,。；、\s]{{1,30}}?{_ISSUER_SUFFIX})(?:关于|对)", title or "")  # 市政府关于… (为贯彻党中央、国务院关于…: no body)
    if m and title and not re.match(r"^关于", title):
        pos = doc.text.find(m.group(1))
        if pos >= 0:
            ev["issuer"] = doc.evidence(pos, pos + len(m.group(1)), "meta.issuer.title")
        return m.group(1)
    for pos, line in _lines(doc, 4):
        m = _HEADING_ISSUER.match(line)
        if m and _NOTICE_KIND.search(line):  # 某厅关于公开征求《X》意见的通知, | 标 题 | 某办公室关于印发…的通知 |: the notice's body
            ev["issuer"] = doc.evidence(pos + m.start(1), pos + m.end(1), "meta.issuer.notice")
            return m.group(1)
    lines = doc.text.rstrip().split("\n")
    tail = [ln.strip() for ln in lines[-6:]]
    for i, ln in enumerate(tail[:-1]):
        if re.fullmatch(rf"[^，,。；;《》\s]{{2,30}}{_ISSUER_SUFFIX}", ln) and re.fullmatch(_DATE_FULL, tail[i + 1]):
            pos = doc.text.rfind(ln)
            ev["issuer"] = doc.evidence(pos, pos + len(ln), "meta.issuer.signature")
            return ln
    return None


#: a body's name and its portal's address on one line: ``湖南省人民政府国有资产监督管理委员会 gzw.hunan.gov.cn``
_PORTAL_LINE = re.compile(rf"^([\u4e00-\u9fff]{{2,30}}?{_ISSUER_SUFFIX})\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.gov(?:\.cn)?\b")
#: the opening words of a policy's preamble: ``为贯彻…``, ``根据…``
_PREAMBLE = re.compile(r"^(?:为(?:深入)?(?:贯彻|落实|加快|推动|进一步|促进|全面)|根据|按照|依据)")
def _press_conference_host(doc: Doc) -> divisions.Division | None:
    """The place whose official a press-conference report names first (``新闻发布会上,郑州市人民政府副市长某某介绍``):
    the conference is that government's, whatever else the report names. ``None`` when the head names no such official."""
    head = doc.text[:400]
    if "发布会" not in head:
        return None
    m = _placed_official().search(head)
    if not m:
        return None
    places = re.findall(region_alternation(), m.group(1))
    return divisions.lookup_region(places[-1]) if places else None


@functools.lru_cache(maxsize=1)
def _placed_official() -> re.Pattern:
    """A place (or places: 甘肃省酒泉市), its body and an official's title before a name."""
    return re.compile(rf"((?:{region_alternation()})+)[^，,。；;、\n“”《》]{{0,16}}?(?:党组成员、|党委委员、)?副?"
                      rf"(?:市长|省长|州长|区长|主席|秘书长|书记|主任|局长|厅长|部长|县长)(?=[\u4e00-\u9fff]{{2,3}})")


#: the member or deputy a reply addresses, on its own line: ``艾力亚尔·艾尼瓦尔委员:``
_MEMBER_ADDRESSED = re.compile(r"(?:尊敬的)?[\u4e00-\u9fff·]{2,12}(?:委员|代表)(?:、[\u4e00-\u9fff·]{2,12}(?:委员|代表))*\s*[:：]")
#: a body whose official answers on a policy: ``国家发展改革委有关负责人就《X》答记者问``
_ANSWERING_BODY = re.compile(rf"(?:^|[，,。\n])(?:[^，,。\n]{{0,12}}[，,])?([^，,。；;、《\s]{{2,30}}?{_ISSUER_SUFFIX})(?:有关|相关)?(?:负责人|负责同志)"
                            rf"(?:就|对)《[^》]{{4,60}}》[^。\n]{{0,8}}?(?:答记者问|接受[^。\n]{{0,12}}采访|进行解读|作解读)")
_SEAL = re.compile(r"\s*[(（](?:代章|盖章|印章|章)[)）]$")
#: the heading of a notice, a letter or a reply that opens on its body: ``某某厅关于…的通知`` (in a table row too)
_HEADING_ISSUER = re.compile(rf"^\s*(?:[|｜]?\s*标\s*题\s*[|｜:：]\s*)?([^，,。；;:：、《》|｜\s]{{2,40}}?{_ISSUER_SUFFIX})(?:发布)?关于")
_NOTICE_KIND = re.compile(r"(?:通知|公告|通告|意见|函|批复|决定)[。|｜\s]*$")


def _signature(lines: list[tuple[int, str]], i: int) -> tuple[int, int, str] | None:
    """A signature starting at line ``i``: an issuer (on one line or two, ``(代章)`` dropped)
    over a date; ``(lines used, end offset of the name, name)``."""
    def bare(k: int) -> str:
        return _SEAL.sub("", lines[k][1].strip()) if k < len(lines) else ""
    for n in (1, 2):
        if i + n >= len(lines) or not re.fullmatch(_DATE_FULL, lines[i + n][1].strip()):
            continue
        name = "".join(bare(i + k) for k in range(n))
        if re.fullmatch(rf"[^，,。；:：《》]{{2,50}}{_ISSUER_SUFFIX}", name) and len(bare(i)) <= 40 \
                and not (n == 2 and _OUTLINE_LINE.match(bare(i))):  # 二、某先导区 / 某厅 / date: an item, then the signer
            last = lines[i + n - 1]
            return n, last[0] + len(bare(i + n - 1)), name
    return None


#: one signing body on a line of its own (a co-signed text prints one per line)
_SIGNER = re.compile(rf"[^，,。；;:：\s]{{2,40}}(?:{_ISSUER_SUFFIX}|协会|学会|联合会|科学院|工程院|管委会|管理委员会|银行|分行|集团|公司)")


def _signature_block(lines: list[tuple[int, str]]) -> tuple[int, int, int] | None:
    """Three or more signing bodies, one per line, over a date: a text co-issued by several
    bodies (``山东省科学技术厅`` / ``中共山东省委组织部`` / … / ``2025年5月13日``);
    ``(first line, last name line, date line)``."""
    run = 0
    for i, (_pos, line) in enumerate(lines):
        s = _SEAL.sub("", line.strip())
        if re.fullmatch(_DATE_FULL, s):
            if run >= 3:
                return i - run, i - 1, i
            run = 0
        elif _SIGNER.fullmatch(s):
            run += 1
        else:
            run = 0
    return None


def _same_title(a: str, b: str) -> bool:
    a, b = (re.sub(r"[-—–~－]+", "-", _clean_title(x)) for x in (a, b))  # (2025-2027年) as (2025—2027年)
    return a == b or (len(a) > 6 and (a in b or b in a))


def find_regions(text: str) -> list[tuple[int, str]]:
    """``(offset, form)`` of every province/city/nation name in ``text``; a city's short name that opens a
    district's (``朝阳区``, of 北京 or 长春, not 朝阳市) is none."""
    districts = divisions.district_names()
    return [(m.start(), m.group(0)) for m in region_pattern().finditer(text)
            if not (text[m.end():m.end() + 1] in ("区", "县") and m.group(0) + text[m.end()] in districts)
            and not _inside_district(text, m.start(), m.end(), districts)]


def _inside_district(text: str, start: int, end: int, districts) -> bool:
    """Is the region's name at ``[start, end)`` the middle of a district's or county's name (五|大连|池市)?"""
    return any(text[start - k:end + j] in districts
               for k in (1, 2, 3) if start - k >= 0 and "\u4e00" <= text[start - k] <= "\u9fff" for j in (0, 1, 2, 3))


def _region(doc: Doc, title: str | None, issuer: str | None, about: str | None = None,
            skip: list[tuple[int, int]] = ()):
    if re.search(r"(?:国务院新闻办公室|国务院新闻办|国新办)[^。]{0,8}举行", doc.text[:600]) and not (
            _province_lead(title)):  # 黑龙江:建好建强…: a province's turn at the nation's press conference
        return divisions.lookup_region("全国")  # 国务院新闻办公室举行…新闻发布会: the nation's press conference
    head = doc.text[:3000]
    # 我区 is an autonomous region's own word (内蒙古, 广西 …) and a district's: a province's level only beside such a
    # region or one of the four cities at that level
    # (not 资本市场, 本区域: a market, a region's area)
    own = "city" if re.search(r"我市|本市(?!场)", head) else "province" if re.search(r"我省|本省", head) or (
        re.search(r"我区|本区(?!域|间|块)", head) and _AUTONOMOUS.search(head)) else None
    addressed = _ADDRESSES_CITIES.search(doc.text[:800])
    own = own or ("province" if addressed else None)  # 各市州工信局,相关单位: a province's body writes to its cities
    paper = _DATELINE.match(doc.text) if own else None
    if paper and (r := divisions.lookup_region(paper.group(1))) is not None and r.level == own:
        return r  # 保定日报讯(记者…)…我市…: a local paper's report speaks as its own place
    station = _LOCAL_STATION.search(doc.text[:600]) if not _formal(doc) else None
    if station:  # 来源:襄垣县融媒体中心: a county's media centre reports on its county, of the city above it
        r = divisions.lookup_region(station.group(1))
        if r is None:
            found = divisions.district_candidates(station.group(1))
            r = divisions.lookup_region(found[0].parent) if len(found) == 1 and found[0].parent else None
        if r is not None and r.level == "city":
            return r
    for source in (title or "", issuer or "", about or ""):
        if source and _NATIONAL_ISSUER.match(source) and not (source is title and _NATIONAL_DESIGNATION.match(source)):
            if own and source is about:
                continue  # 根据《国务院…》精神，结合我市实际: a national plan cited by a city's own text
            return divisions.lookup_region("全国")
        city = _city_of_leading_district(source, doc)
        if city is not None:
            return city
        named = find_regions(source)
        if len(named) > 1:  # 广西…交流会在柳州召开: the place an event is held in is not whose event it is;
            quoted = [m.span() for m in re.finditer(r"“[^“”]*”", source)]  # 青海“海南州故事”: a quoted phrase's place
            named = [(at, form) for at, form in named if not (source[at - 1:at] in _VENUE and _HELD.match(source, at + len(form)))
                     and not any(a < at < b for a, b in quoted)] or named
        found = [r for _, form in named if (r := divisions.lookup_region(form)) is not None and r.level != "nation"]
        deepest = _deepest(found) if found else None
        if deepest is not None and deepest.level == "province":
            deepest = _county_after(source, named, deepest) or deepest  # 新疆木垒…: the county's prefecture
        if deepest is not None and source is about and own == "city" and deepest.level == "province" and any(
                (r := divisions.lookup_region(form)) is not None and r.level == "city" and r.parent == deepest.name
                for _, form in find_regions(head)):
            continue  # 依据《安徽省…规划》…推动我市(合肥)…: a city's text citing its province's plan
        if deepest is not None and source is about and deepest.level == "province" and _city_dominates(doc, deepest) \
                and not re.search(r"全省|我省|本省|省政府|省委", doc.text[:300]):
            continue  # 芜湖×11 … 《安徽省…行动计划》明确提出: a report on a city citing its province's plan
        if deepest is not None:
            return deepest
    if re.match(r"\s*(?:[^\n]{0,30}\n)?\s*各省、自治区、直辖市", doc.text[:200]) and not own:
        return divisions.lookup_region("全国")  # 各省、自治区、直辖市…: the addressees of a national body's text
    if not own and re.search(r"(?:部|委|院|部门)(?:办公厅|办公室)?(?:\d{1,2}日|近日|日前)?[\u4e00-\u9fff]{0,4}?(?:联合)?(?:印发|发布)", doc.text[:400]) and \
            _NATIONAL_ISSUER.search(doc.text[:400]):  # 国务院印发…; not in 我区…: a local text citing it
        return divisions.lookup_region("全国")
    counts = _place_counts(doc, skip)
    votes = _district_votes(doc)
    county_voice = re.search(r"我县|全县|县委|县政府|我旗|旗委|区委|区政府", head)
    for city, n in votes.items():
        if city in counts or n >= 3 or (not counts and (n >= 2 or county_voice)):  # 海阳×7, 烟台×1: a county's text is of the city above it
            counts[city] = counts.get(city, 0) + n  # 大兴区 and no other place (我县…绥宁县…): the district's city
    if counts and own == "province" and addressed and not any(
            (r := divisions.lookup_region(k)) is not None and r.level == "province" for k in counts):
        parents = {r.parent for k in counts if (r := divisions.lookup_region(k)) is not None and r.level == "city" and r.parent}
        if len(parents) == 1:  # 各市(含定州、辛集市)人民政府…张家口: the province of the cities it writes to
            return divisions.lookup_region(parents.pop())
    if counts:
        top = max(counts, key=lambda k: counts[k])
        cities = [r for k in counts if (r := divisions.lookup_region(k)) is not None and r.level == "city"]
        if len(cities) == 1 and counts[cities[0].name] == counts[top] == counts.get(cities[0].parent):
            top = cities[0].name  # 拉萨×6, 西藏×6 and no other city: the city, named as often as its province, is the place
        level = own or ("city" if re.search(r"全市", head) and not re.search(r"全省", head) else None)
        mine = [k for k in counts if (r := divisions.lookup_region(k)) is not None and r.level == level]
        if level == "province" and mine:  # 我省…南京…苏州…浙江: a province's text names its cities, each a vote for it
            votes = dict(counts)
            for k, n in counts.items():
                r = divisions.lookup_region(k)
                if r is not None and r.level == "city" and r.parent and (up := divisions.lookup_region(r.parent)) is not None \
                        and up.level == "province":
                    votes[up.name] = votes.get(up.name, 0) + n
            mine = [k for k in votes if (r := divisions.lookup_region(k)) is not None and r.level == "province"]
            if mine:
                return divisions.lookup_region(max(mine, key=lambda k: votes[k]))
        if mine:  # 促进我市…；在长沙市注册经营: the text speaks as the place it names
            return divisions.lookup_region(max(mine, key=lambda k: counts[k]))
        top_region = divisions.lookup_region(top)
        if top_region is not None and top_region.level == "city" and _CITY_BODY.search(doc.text[:1500]):
            return top_region  # 苏州…市政协举办…: a city's own body reports, however often it speaks of the nation
        siblings = [counts[k] for k in counts if k != top and (r := divisions.lookup_region(k)) is not None
                    and r.level == "city" and top_region is not None and r.parent == top_region.parent]
        if top_region is not None and top_region.level == "city" and top_region.parent in counts and len(siblings) >= 2 \
                and not (counts[top] >= 3 and counts[top] >= 3 * max(siblings)):
            # 福州、厦门、泉州…福建: a province's report on its cities; 连云港×3…徐州、淮安: the city's, the others in passing
            return divisions.lookup_region(top_region.parent)
        nation = len(_NATION_WORDS.findall(doc.text[:20000]))
        if nation > counts[top] and len(counts) >= 2:
            return divisions.lookup_region("全国")  # a report on the nation that visits several places
        if len(counts) == 1 and counts[top] == 1 and len(_NATIONAL_BODY.findall(doc.text[:20000])) >= 2:
            return divisions.lookup_region("全国")  # the nation's ministers speak; one place is named once, in passing
        return divisions.lookup_region(top)
    if not own and (re.search(r"全国|国家", title or "") or len(_NATION_WORDS.findall(doc.text[:20000])) >= 2):
        return divisions.lookup_region("全国")  # no place named, the nation spoken of: a national text (not 我市…: a
        # city's own paper that never names the city is of no region the text says)
    homes = {r.name for a, b in skip for _, form in find_regions(doc.text[a:b])
             if (r := divisions.lookup_region(form)) is not None and r.level != "nation"}
    if len(homes) == 1 and re.search(r"全市|我市|本市(?!场)|市委|市政府|全省|我省|省委|省政府", head):
        return divisions.lookup_region(homes.pop())  # 全市…专题会, 来源:大同日报: a local paper reports its own place
    return None


#: a report's dateline naming a local paper or station: ``保定日报讯``, ``苏州新闻网讯``, ``本报讯`` is none
_DATELINE = re.compile(r"\s*(?:[^\n]{0,40}\n\s*)?([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报|新闻网|融媒体中心|广播电视台|电视台)"
                       r"(?:客户端|网)?讯")
#: a report's source line naming a city's or a county's media centre: ``来源:襄垣县融媒体中心``
_LOCAL_STATION = re.compile(r"来源\s*[:：]\s*(?:中共)?([\u4e00-\u9fff]{2,6}?(?:市|县|区|旗))(?:委)?融媒体中心")
#: the words before the place where an event is held (在柳州召开), and the verbs of holding after it
_VENUE = frozenset("在于")
_HELD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:召开|举行|举办|开幕|闭幕|启幕)")
#: the autonomous regions, whose texts call themselves 我区, and the four cities at a province's level, whose
#: districts' texts do (the district's region is the city)
_AUTONOMOUS = re.compile(r"自治区|内蒙古|广西|西藏|宁夏|新疆|上海|北京|天津|重庆")
#: an addressee line to a province's cities: ``各市州工信局``, ``各地市工业和信息化主管部门``, ``各市、州、县人民政府``
_ADDRESSES_CITIES = re.compile(r"(?:^|\n)\s*各(?:地级以上市|地级市|设区市|地市|市州|市、州|市(?:[(（][^)）]{1,12}[)）])?(?:人民政府|、))[^\n]{0,80}[:：]")
#: a report that opens on the day, its year unwritten: ``8月2日上午,…``, ``本报讯(记者 某某)11月26日,…``, ``今天(7月18日),``
_LEAD_MONTH_DAY = re.compile(r"^\s*(?:[^\n，,。]{0,24}?讯\s*(?:[(（][^)）]{0,30}[)）])?\s*|今天[(（])?(\d{1,2})月(\d{1,2})日(?:[)）])?"
                             r"(?:(?:上午|下午|晚上?|晚间)(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?)?)?[,，]"  # 7月18日下午3时,: the hour too
                             r"|^\s*[^\n，,。]{0,24}?(\d{1,2})月(\d{1,2})日电")  # 新华社拉萨7月5日电: a dateline's day
#: the year a report states, for a day it gives without one: ``2025年上半年``, an event's ``2023全球数字经济大会``
#: (not a target's ``到2027年``, nor where a span starts, ``2025年以来``, ``从2024年起``: the report may be later)
_STATED_YEAR = re.compile(r"(?<![到至—\-~从自])(20\d\d)(?:年(?!前|底前|以前|以来|起|来|开始|至今|以后)|(?=[\u4e00-\u9fffA-Za-z()（）]{2,18}?(?:大会|论坛|峰会|博览会|活动|会议|年会)))")
#: a goal's year (到2025年)
_GOAL_SERIES = re.compile(r"(?:到|至)\s*20\d\d\s*年")


def _goal_year(text: str, year: re.Match) -> bool:
    """Is the ``year`` matched a goal's, not the report's: one of a series of goals (计划到2025年,…;2027年,…: a goal's
    year earlier in its sentence, up to 。) or written with a goal's words (安徽要在2030年建成…, 力争2026年实现…)?

    >>> t = "11月27日,记者获悉,安徽要在2030年建成智能机器人集群。计划到2025年,…;2027年,…。2024年12月,某市召开会议。预计2030年和2060年,…"
    >>> [_goal_year(t, y) for y in re.finditer(r"20\\d\\d年", t)]
    [True, True, True, False, True, True]
    """
    pos = year.start()
    sentence = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    joined = _JOINED_YEAR.search(text, max(0, pos - 8), pos)  # 预计2030年和2060年: a goal's year joined to one
    return bool(_GOAL_SERIES.search(text, sentence, pos) or _GOAL_BEFORE.search(text, max(0, pos - 6), pos)
                or _GOAL_AFTER.match(text, year.end()) or (joined and _goal_year(text, joined)))


#: a level reached in the clause a year opens (2027年智能家居市场…渗透率达70%左右)
_LEVEL_REACHED = re.compile(r"[^，,。；;\n]{0,30}?(?:达到?|突破|超过|提升至|增长至|提高到)\s*\d")
#: a year joined to the one after it (2030年和2060年, 2025、2027年)
_JOINED_YEAR = re.compile(r"(20\d\d)年?[和、及与]$")
#: what stands before a goal's year (要在, 将于, 力争) and after it (建成, 实现, 达到)
_GOAL_BEFORE = re.compile(r"(?:要|将|力争|争取|计划|预计|有望|确保|目标是)(?:在|于|到)?\s*$")
_GOAL_AFTER = re.compile(r"\s*(?:前|底前|底)?[，,]?\s*(?:基本|全面|初步|率先)?(?:建成|实现|达到|形成|突破|完成|培育|打造)")


#: a city's own bodies named by their level alone (市政协, 市委, 市政府, 市人大常委会), as its own texts write them
_CITY_BODY = re.compile(r"(?<![省国全各])市(?:委|政府|政协|人大|人民政府)")


def _district_votes(doc: Doc) -> dict[str, int]:
    """City → how often the text names one of its districts or counties by a name no other division
    in China has (海阳 → 烟台市), short forms among them, common words (STOP_FORMS) not."""
    votes: dict[str, int] = {}
    table = divisions.district_names()
    for form in district_forms_in(doc, 20000):
        found = table.get(form, [])
        if len(found) == 1 and found[0].parent and (region := divisions.lookup_region(found[0].parent)) is not None \
                and (region.level == "city" or region.name in ("北京市", "上海市", "天津市", "重庆市")):
            votes[region.name] = votes.get(region.name, 0) + 1
    return votes


def _county_after(source: str, named: list[tuple[int, str]], province) -> object:
    """The city of a county or district named right after its province (``新疆木垒加快…``, ``山西襄垣县…``),
    when no city is named in ``source``; else ``None``."""
    for at, form in named:
        if divisions.lookup_region(form) is not province:
            continue
        rest = source[at + len(form):]
        m = re.match(r"[\u4e00-\u9fff]{2,6}?(?:县|区|旗|市)", rest)
        for name in dict.fromkeys([*([m.group(0)] if m else []), rest[:3], rest[:2]]):  # 山东邹城经济开发区: 邹城
            found = [d for d in divisions.district_candidates(name) if d.parent
                     and (city := divisions.lookup_region(d.parent)) is not None and city.parent == province.name]
            if len(found) == 1 and name not in divisions.STOP_FORMS and re.fullmatch(r"[\u4e00-\u9fff]{2,}", name):
                return divisions.lookup_region(found[0].parent)
    return None


def _deepest(regions: list) -> object:
    """The first region named, or a place inside it named after it (安徽蚌埠, 甘肃省…兰州新区 → the city)."""
    out = regions[0]
    for r in regions[1:]:
        up, chain = r, []
        while up is not None and up.parent and len(chain) < 3:
            chain.append(up.parent)
            up = divisions.lookup_region(up.parent)
        if out.name in chain:
            out = r
    return out


def _named_in(doc: Doc, region) -> bool:
    """Does the text name the region or the province above it (by full or short name)?"""
    head = doc.text[:5000]
    up = divisions.lookup_region(region.parent) if region.parent else None
    return any(r is not None and (r.name in head or (len(r.short) >= 2 and r.short in head)) for r in (region, up))


def _province_lead(title: str | None) -> bool:
    """``黑龙江:建好建强…``, ``青海:做大…``: a headline that names a province before a colon (after a column's
    label, ``推动高质量发展·权威发布|宁夏:…``)."""
    title = re.sub(r"^[^|｜丨:：]{2,16}[|｜丨]\s*", "", title or "")
    m = region_pattern("^").match(title)
    r = divisions.lookup_region(m.group(0)) if m else None
    return r is not None and r.level == "province" and title[m.end():m.end() + 1] in (":", "：")


#: words by which a text speaks of the nation (not 全国人大代表 or 全国首家, a body and a ranking; not 中国…联盟, a
#: body's name; not 科技部副部长某某, a guest's post)
#: the nation's bodies (:data:`~policykg.loaders.words.lexicon.NATIONAL_BODIES`, every written form), named alone or
#: in an official's title
_NATIONAL_BODY = re.compile("|".join(sorted({f for full, shorts in NATIONAL_BODIES.items() for f in (full, *shorts)},
                                            key=len, reverse=True)))
_NATION_WORDS = re.compile(r"我国|全国(?!人大|政协|人民代表大会|首|第一|前列|领先|最|规模最大)|国家级|中国(?=[，,。；;、的”\s]|式|特色|$)|"
                           r"(?:国家(?:发展改革委|发展和改革委员会|能源局|数据局|标准委)|国务院|工业和信息化部|工信部|科技部|财政部)"
                           r"(?![\u4e00-\u9fff]{0,6}?(?:副?(?:部长|主任|局长|司长|处长|总理|秘书长)|党组))")


def _city_of_leading_district(source: str, doc: Doc):
    """The city of a district or county that opens a title or an issuer (``元谋县发展和改革局…``,
    ``青浦区经委关于…``, ``对浦东新区政协…提案的答复``), when no region is named before it, the name is
    of one district only, and the text names the city (or the district's name is too long to be a word)."""
    lead = re.match(r"^(?:对|关于)(?=[\u4e00-\u9fff]{2,5}?(?:区|县|旗))", source)  # 对浦东新区政协…提案的答复
    source = source[lead.end():] if lead else source
    m = re.match(r"^(?:上海市|北京市|天津市|重庆市)?([\u4e00-\u9fff]{1,5}?(?:区|县|旗))", source)
    if not m or (m.start(1) == 0 and find_regions(source[:m.end()])):
        return None
    if m.group(1) in divisions.STOP_FORMS or m.group(1)[:-1] in divisions.STOP_FORMS:
        return None  # 东区, 新区: a word before it is a place
    found = divisions.district_candidates(m.group(1))
    if len(found) != 1 or not found[0].parent:
        return None
    city = divisions.lookup_region(found[0].parent)
    return city if city is not None and (len(m.group(1)) >= 4 or _named_in(doc, city)) else None


_PLAN_NAME = re.compile(rf"(?:印发|发布|出台|制定)了?《?([^《》，,。]{{4,60}}?(?:{_TYPE_RE}){_PERIOD})")


def _first_plan(doc: Doc, end: int = 600) -> str | None:
    """The first plan the opening of a text (its first ``end`` characters) says was issued
    (``省政府办公厅印发…行动方案(2023-2027年)``), not one it cites as its basis (``为贯彻落实《国务院关于…》``,
    every title of ``对照《A》《B》``)."""
    head = doc.text[:min(end, 600)]
    m = next((b for b in _BOOK.finditer(head) if not _BASIS_RUN.search(head[max(0, b.start() - 80):b.start()])), None)
    m = m or _PLAN_NAME.search(head)
    return m.group(1) if m else None


def _region_evidence(doc: Doc, region, ev: dict) -> None:
    """Evidence for the region: the first place the text names it (full or short name), the
    title first; nothing when the text never names it (the region came from elsewhere)."""
    forms = [f for f in dict.fromkeys([region.name, region.short]) if f and len(f) >= 2]
    if region.level == "nation":
        forms += ["全国", "国家", "我国"]
    spans = [ev["title"]["start"]] if "title" in ev else []
    for start in spans + [0]:
        found = [(doc.text.find(f, start), f) for f in forms]
        found = [(p, f) for p, f in found if p >= 0 and (start == 0 or p < ev["title"]["end"])]
        if found:
            pos, form = min(found)
            ev["region"] = doc.evidence(pos, pos + len(form), "meta.region")
            return


def _iso(y, m, d) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


#: a record's opening line: ``…新闻办公室于2024年12月19日(星期四)10时举行…``
_HELD_ON = re.compile(rf"^\s*[^。，,\n]{{2,40}}?于\s*{_DATE_FULL}\s*(?:[(（](?:星期|周)[一二三四五六日天][)）])?[^。\n]{{0,12}}?(?:举行|召开)")
#: a document number and a date after it on one line: ``辽政办发〔2024〕4号   2024-09-09``
_NUMBER_DATE = re.compile(rf"[〔\[]\d{{4}}[〕\]]\s*\d+\s*号\s*{_DATE_FULL}\s*$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_LINE_LABEL = re.compile(r"(?:来源|作者|编辑|责任编辑|责编|发布时间|发布日期|时间|日期)\s*[:：]?")


def _outlet_line(line: str) -> re.Match | None:
    """The date of a dateline: a short line under the headline holding one full date and, besides a time and
    labels, only names (an outlet, an author), none a clause (``辽宁日报 2025年05月23日``,
    ``2024年06月25日 16:59 重庆发布``)."""
    s = line.strip()
    dates = list(re.finditer(_DATE_FULL, s))
    if len(s) > 40 or len(dates) != 1 or not re.search(r"年|\d[-./]\d", dates[0].group(0)):
        return None
    rest = _LINE_LABEL.sub(" ", _CLOCK.sub(" ", s[:dates[0].start()] + " " + s[dates[0].end():]))
    chunks = [c for c in re.split(r"[\s|｜丨·/]+", rest) if c]
    if len(chunks) > 3 or any(len(c) > 12 or re.search(r"[，,。；;！？!?、“”()（）]", c) for c in chunks):
        return None
    return dates[0]


#: the line under a law's title that says when it was adopted: ``(2024年5月30日…第十次会议通过)``
_ADOPTED = re.compile(r"^[(（]\s*(\d{4})年(\d{1,2})月(\d{1,2})日[^()（）]{0,80}?(?:通过|批准|修订|修正)[^()（）]{0,30}[)）]$")


def _date(doc: Doc, ev: dict) -> str | None:
    head = doc.text[:1500]
    signed = _SIGNED_LABEL.search(head)
    m = signed or _DATE_LABEL.search(head)  # the date a text was signed is its date
    if not signed and (m or _OUTLET_DATE.search(head) or _DATE_LINE.match(next(iter(_lines(doc, 1)), (0, ""))[1])):
        # a site's date (发布日期, 日期:, 信息时间:, an outlet's time): the signature's comes first
        lines = list(_lines(doc, 25))
        for (_p0, ln), (p1, nxt) in zip(lines, lines[1:], strict=False):
            d = _DATE_LINE.match(nxt)
            if d and re.search(r"年", nxt) and re.search(rf"{_ISSUER_SUFFIX}$", _SEAL.sub("", ln.strip())):
                ev["date"] = doc.evidence(p1, p1 + len(nxt), "meta.date.signature")
                return _iso(*d.groups())
    if m:
        ev["date"] = doc.evidence(m.start(), m.end(), "meta.date.label")
        return _iso(*m.groups())
    m = _OUTLET_DATE.search(head) or OUTLET_DOT_DATE.search(head)  # …Wang·2025-05-16 15:57: an outlet, a dot, a time
    if m:
        dotted = m.re is OUTLET_DOT_DATE
        ev["date"] = doc.evidence(m.start(1) if dotted else m.start(), m.end(), "meta.date.outlet")
        groups = [g for g in m.groups() if g is not None]
        return _iso(*(groups[1:4] if dotted else groups[:3]))
    m = _SIGNED_RUN.search(doc.text[:4000])
    if m and _formal(doc):  # …人民政府办公厅2025年5月7日 (此件公开发布): the signature, flattened
        ev["date"] = doc.evidence(m.start(1), m.end(), "meta.date.signature")
        return _iso(*m.groups())
    m = _PAGE_TIME.search(doc.text[:400])
    if m:  # 2025-06-13 09:30大成武昌: the page's own time
        ev["date"] = doc.evidence(m.start(1), m.end(), "meta.date.page_time")
        return _iso(*m.groups()[:3])
    m = _OUTLET_ISO_LINE.search(doc.text[:300])
    if m and not _formal(doc) and not re.search(rf"{_ISSUER_SUFFIX}$", m.group(1)):
        ev["date"] = doc.evidence(m.start(2), m.end(), "meta.date.outlet")
        return _iso(*m.groups()[1:])
    first = next(iter(_lines(doc, 1)), None)
    m = _HELD_ON.match(first[1]) if first else None
    if m:  # 某省人民政府新闻办公室于2024年12月19日(星期四)10时举行…新闻发布会: the day of the event the text records
        ev["date"] = doc.evidence(first[0] + m.start(1), first[0] + m.end(3), "meta.date.held")
        return _iso(*m.groups())
    for pos, line in list(_lines(doc, 8)) if _formal(doc) else []:
        m = _NUMBER_DATE.search(line)
        if m:  # 辽政办发〔2024〕4号   2024-09-09: the number and the day it was issued, on one line
            ev["date"] = doc.evidence(pos + m.start(1), pos + m.end(3), "meta.date.number")
            return _iso(*m.groups())
    if not _formal(doc):
        for pos, line in list(_lines(doc, 8))[1:]:
            m = _outlet_line(line)
            if m:  # 辽宁日报 2025年05月23日, 2024年06月25日 16:59 重庆发布: a report's own dateline
                at = pos + len(line) - len(line.lstrip())
                ev["date"] = doc.evidence(at + m.start(), at + m.end(), "meta.date.outlet")
                return _iso(*m.groups())
    head_lines = list(_lines(doc, 25))
    for k, (pos, line) in enumerate(head_lines[1:], start=1):  # …现印发给你们，请认真贯彻执行。/2024年12月16日/(此件主动公开)
        d = _DATE_LINE.match(line)
        nxt = head_lines[k + 1][1] if k + 1 < len(head_lines) else ""
        if d and (re.search(r"印发给你们|请认真|遵照执行|贯彻执行|组织实施", head_lines[k - 1][1])
                  or re.match(r"\s*[(（]此件", nxt)):
            ev["date"] = doc.evidence(pos, pos + len(line.rstrip()), "meta.date.cover")
            return _iso(*d.groups()[:3])
    block = _signature_block(head_lines)
    if block:  # the date under the bodies that co-sign the text
        pos, line = head_lines[block[2]]
        m = re.search(_DATE_FULL, line)
        ev["date"] = doc.evidence(pos + m.start(), pos + m.end(), "meta.date.signature")
        return _iso(*m.groups())
    lines = list(_lines(doc, 12))
    for pos, line in lines[:4]:  # 条例 / (2024年5月30日…常务委员会第十次会议通过): the date a law was adopted
        m = _ADOPTED.match(line.strip())
        if m:
            ev["date"] = doc.evidence(pos, pos + len(line.rstrip()), "meta.date.adopted")
            return _iso(*m.groups())
    m = _TRAILING_DATE.search(lines[0][1].rstrip()) if lines else None
    if m and is_headline(lines[0][1][: m.start()]):  # a headline dated at its end
        ev["date"] = doc.evidence(lines[0][0] + m.start(1), lines[0][0] + m.end(), "meta.date.headline")
        return _iso(*m.groups())
    for i, (pos, line) in enumerate(lines):
        m = _DATE_LINE.match(line)
        if m and (i < 4 or re.search(rf"{_ISSUER_SUFFIX}$", _SEAL.sub("", lines[i - 1][1].strip()))
                  or _DOC_NUMBER.match(lines[i - 1][1].strip())):  # 包党发〔2025〕1号 / (2025年1月1日)
            ev["date"] = doc.evidence(pos, pos + len(line), "meta.date.line")
            return _iso(*m.groups())
    if not _formal(doc):
        for pos, line in lines[:3]:
            m = _LEAD_DATE.match(line)
            if m:
                ev["date"] = doc.evidence(pos + m.start(1), pos + m.end(3), "meta.date.lead")
                return _iso(*m.groups()[:3])
    if not _formal(doc):
        for pos, line in lines[:3]:
            m = _DATED_ISSUE.search(line)
            if m:  # 2025年5月18日《某日报》第01版, A04 2025年2月11日, 某某新闻网2025年3月27日讯: the report's own day
                g = 1 if m.group(1) else 4  # (the alternative that matched holds the day)
                ev["date"] = doc.evidence(pos + m.start(g), pos + m.end(g + 2), "meta.date.issue")
                return _iso(*m.groups()[g - 1:g + 2])
        m = _DAY_MONTH_YEAR.match(doc.text)
        if m:  # 13/01/2026 09:21: a page's time written day first
            ev["date"] = doc.evidence(m.start(), m.end(3), "meta.date.page_time")
            return _iso(m.group(3), m.group(2), m.group(1))
    m = _RELEASED.match(doc.text[:300])
    if m:  # 《…行动方案》于2025年9月16日正式发布。方案明确…: the day the policy the text presents came out
        ev["date"] = doc.evidence(m.start(1), m.end(), "meta.date.released")
        return _iso(*m.groups()[:3])
    stated_years = [y for y in _STATED_YEAR.finditer(doc.text[:3000]) if not _goal_year(doc.text, y)] \
        if not _formal(doc) else []
    # the latest year it states (a feature recalls 1975年…2011年 before the event of 2023濮阳氢能产业发展大会), not one
    # whose clause reaches a level (2027年…渗透率达70%左右: a goal written without a goal's words)
    stated = [y for y in stated_years if not _LEVEL_REACHED.match(doc.text, y.end())] or stated_years
    year = max(stated, key=lambda y: int(y.group(1))) if stated else None
    if year:  # 本报讯(…)8月2日上午,… with 2022年 written in the text: the day, in the year it states
        for pos, line in lines[:3]:
            md = _LEAD_MONTH_DAY.match(line)
            if md:
                g = 1 if md.group(1) else 3
                ev["date"] = doc.evidence(pos + md.start(g), pos + md.end(g + 1) + 1, "meta.date.lead_day")
                stated = int(year.group(1))
                end = doc.text.find("。", year.end())
                if re.search(r"今年(?!以来)", doc.text[year.end():end if end >= 0 else year.end() + 80]) \
                        or re.search(r"(?:回顾|总结)了?$", doc.text[max(0, year.start() - 3):year.start()]):
                    stated += 1  # 2023年长春市汽车产业稳步“上台阶”,今年该市将…; 报告回顾了2021年的工作: the year before
                day = (int(md.group(g)), int(md.group(g + 1)))
                later = [int(f.group(1)) for f in re.finditer(_DATE_FULL, doc.text[:3000])
                         if int(f.group(1)) > stated and (int(f.group(2)), int(f.group(3))) <= day
                         and not re.match(r"[^，,。]{0,3}?(?:起|开始|施行|实施|前|以前|之前)", doc.text[f.end():f.end() + 6])]
                if later:  # 12月17日,…《条例》于2016年1月颁布…2025年12月3日…表决通过: the latest day before the report's
                    stated = max(later)
                return _iso(str(stated), md.group(g), md.group(g + 1))
    m = _DATE_LABEL_MD.search(head)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        for full in re.finditer(_DATE_FULL, doc.text):
            if int(full.group(2)) == month and int(full.group(3)) == day:
                ev["date"] = doc.evidence(full.start(), full.end(), "meta.date.month_day")
                return _iso(*full.groups())
    lines = doc.text.rstrip().split("\n")
    for ln in reversed(lines[-4:]):
        m = re.fullmatch(_DATE_FULL, ln.strip())
        if m:
            pos = doc.text.rfind(ln)
            ev["date"] = doc.evidence(pos, pos + len(ln), "meta.date.signature")
            return _iso(*m.groups())
    return None


def _validity(doc: Doc, ev: dict) -> tuple[str | None, str | None]:
    tail = max(0, len(doc.text) - 3000)
    vf = vu = None
    mf, mu = _LABEL_FROM.search(doc.text[:1500]), _LABEL_UNTIL.search(doc.text[:1500])
    if mf:
        vf = _iso(*mf.groups()[:3])
        ev["valid_from"] = doc.evidence(mf.start(), mf.end(), "meta.valid_from.label")
    if mu:
        vu = _iso(*mu.groups()[:3])
        ev["valid_until"] = doc.evidence(mu.start(), mu.end(), "meta.valid_until.label")
    if vf or vu:
        return vf, vu
    m = _VALID_FROM.search(doc.text, tail)
    if m:
        vf = _iso(*m.groups()[:3])
        ev["valid_from"] = doc.evidence(m.start(), m.end(), "meta.valid_from")
    m = _VALID_UNTIL.search(doc.text, tail)
    if m:
        vu = _iso(*m.groups()[:3])
        ev["valid_until"] = doc.evidence(m.start(), m.end(), "meta.valid_until")
    elif vf:
        m = _VALID_YEARS.search(doc.text, tail)
        if m:
            start = dt.date.fromisoformat(vf)
            try:
                end = start.replace(year=start.year + int(m.group(1))) - dt.timedelta(days=1)
            except ValueError:  # 29 February
                end = start.replace(month=2, day=28, year=start.year + int(m.group(1)))
            vu = end.isoformat()
            ev["valid_until"] = doc.evidence(m.start(), m.end(), "meta.valid_years")
    return vf, vu


def _place_counts(doc: Doc, skip: list[tuple[int, int]] = (), nation: bool = False) -> dict[str, int]:
    """How often the text names each region (the nation too, with ``nation``), outside the spans of ``skip``."""
    counts: dict[str, int] = {}
    for pos, form in find_regions(doc.text[:20000]):
        if any(a <= pos < b for a, b in skip):
            continue
        r = divisions.lookup_region(form)
        if r is not None and (nation or r.level != "nation"):
            counts[r.name] = counts.get(r.name, 0) + 1
    return counts


def _city_dominates(doc: Doc, province) -> bool:
    """Is one city of ``province`` named at least three times, and more often than the province and every other place
    (the nation included)?"""
    counts = _place_counts(doc, nation=True)
    top = max(counts, key=counts.get, default=None)
    r = divisions.lookup_region(top) if top else None
    return r is not None and r.level == "city" and r.parent == province.name and counts[top] >= 3 \
        and all(n < counts[top] for k, n in counts.items() if k != top)


def _lead_end(doc: Doc) -> int:
    """The end of a report's lead: its first paragraph of running prose (a line of 40 characters or more)."""
    for pos, line in _lines(doc, 12):
        if len(line.strip()) >= 40:
            return pos + len(line)
    return 300


def _about(doc: Doc, title: str | None, doc_type: str, ev: dict) -> str | None:
    m = _ORIGINAL_TITLE.search(doc.text[:3000])
    if m:
        inner = _BOOK.search(m.group(1))
        if inner:
            ev["about"] = doc.evidence(m.start(1) + inner.start(1), m.start(1) + inner.end(1), "meta.about.original")
            return _clean_title(inner.group(1))
    m = _PRESS_EVENT.search(doc.text[:3000])
    if m:
        ev["about"] = doc.evidence(m.start(1), m.end(1), "meta.about.press_event")
        return _clean_title(m.group(1))
    found = []
    for b in _BOOK.finditer(doc.text[:6000]):
        name = b.group(1)
        if re.search(rf"(?:{_TYPE_RE}){_PERIOD}(?:{STATUS})?$", name) \
                and not re.fullmatch(r"[^\s]{0,4}(?:纲要|行动方案|方案|意见)", name):
            if title and _clean_title(name) == title:
                continue
            found.append(b)
    # 根据《A》《B》等文件精神…制定了《C》: C is the text's policy; A and B are what it rests on
    made = [b for b in found if _MADE_BEFORE.search(doc.text[max(0, b.start() - 8):b.start()])]
    if made and _BASIS_BEFORE.search(doc.text[max(0, found[0].start() - 12):found[0].start()]):
        found = made
    elif not made:  # 根据《国家的意见》和《重庆市的计划》的相关要求,重庆市将…: what a text rests on is not what it reports
        found = [b for b in found if not _BASIS_RUN.search(doc.text[max(0, b.start() - 80):b.start()])]
    if found:
        b = found[0]
        ev["about"] = doc.evidence(b.start(1), b.end(1), "meta.about.book_title")
        return _clean_title(b.group(1))
    m = _REPORTED_PLAN.search(doc.text[:3000])  # 11月25日公布的国家航天局推进…行动计划(2025—2027年): no 《》
    if m and not (title and _clean_title(m.group(1)) == title):
        ev["about"] = doc.evidence(m.start(1), m.end(1), "meta.about.reported")
        return _clean_title(m.group(1))
    return None


#: the drafter speaking of the policy it made: ``结合我区实际,制定了《X》``, ``我委编制了《X》``
_DRAFTER = re.compile(r"(?:我[区市省县委局厅办]|本[区市省县委局厅]|[省市区县][^，,。]{0,12}(?:局|委|厅|办))[^。]{0,40}?"
                      r"(?:研究)?(?:制定|起草|编制)了?《")
#: a line holding only a day and a time (``2025 12/01 13:02:11``, ``2024-05-20 09:30``), and one naming only the source
_STAMP_LINE = re.compile(r"(?:20\d\d\s*[-/.年]?\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_SOURCE_LINE = re.compile(r"(?:来源|来源于|稿源|出处)\s*[:：]\s*[\u4e00-\u9fffA-Za-z]{2,16}")
#: what a policy rests on (根据《A》), and what a text says was made (制定了《C》)
_BASIS_BEFORE = re.compile(r"(?:根据|依据|按照|贯彻|落实|对照)[^，,。；]{0,10}$")
_MADE_BEFORE = re.compile(r"(?:制定|出台|印发|起草|编制|研究制定)了?$")
#: the words before a policy a text cites as its basis, then only other titles before this one: ``为贯彻落实``,
#: ``根据《A》和``, ``按照《A》《B》及``
_BASIS_RUN = re.compile(r"(?:根据|依据|依照|按照|对照|贯彻|落实)(?:《[^《》]{1,60}》(?:和|及|以及|、)?)*$")
_REPORTED_PLAN = re.compile(rf"(?:公布|印发|发布|出台)的([^《》“”，,。；\s]{{6,60}}?(?:{_TYPE_RE}){_PERIOD})(?=[，,。；)）]|提出|明确|指出|要求|$)")
