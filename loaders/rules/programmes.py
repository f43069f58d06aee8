"""Programmes (named 计划/行动/工程/专项) and measures (numbered support or
safeguard items) with their funding caps.

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("一、任务\\n（一）未来技术“筑基计划”\\n依托“浦江之星”计划，实施跨界融合示范工程。\\n二、保障措施\\n（一）加强政策支持\\n给予最高2000万元支持，不超过合同金额30%。", "x")
>>> [(p["name"], p["short"], p["kind"]) for p in extract_programmes(d)]
[('未来技术“筑基计划”', '筑基', '计划'), ('“浦江之星”计划', '浦江之星', '计划'), ('跨界融合示范工程', '跨界融合示范', '工程')]
>>> [(m["name"], m["section"], m["max_funding_wan_yuan"], m["cap_ratio"]) for m in extract_measures(d, "行动方案")]
[('加强政策支持', '二、(一)', 2000, 0.3)]
"""

from __future__ import annotations

import re

from policykg.loaders.reading.document import Bag, Doc, inside_title
from policykg.loaders.rules.enumerations import (
    enumerations,
    head_kind,
    opened_by_verb,
    technology_list,
    verb_first,
)
from policykg.loaders.words.lexicon import (
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    GOVERNING_VERBS,
    HAN,
    PLURAL_LEAD,
    is_generic,
    is_sector,
    region_pattern,
)
from policykg.loaders.words.segment import tags_of
from policykg.loaders.words.shape import repair

_KINDS = "计划|行动|工程|专项|行动计划|工作|战略|体系|模式|改革|试点"
_QUOTED = re.compile(rf"([{HAN}]{{0,8}})“([{HAN}A-Za-z0-9+×]{{1,10}}?)({_KINDS})?”([{HAN}]{{0,8}}?)({_KINDS})?(?=[^{HAN}]|等|和|与|及|方案|清单|的|布局|建设|为(?:抓手|牵引|引领|主线|核心|重点)|城市|地区|$"
                     # “东数西算”工程战略支点: the kind right after the quote ends the name, whatever follows
                     rf"|(?<=”工程)|(?<=”计划)|(?<=”专项))")
#: a quoted code (digits, + or ×, letters) and what it organizes, called a 体系/工程/行动/计划 by that name
#: (CONVENTIONS.md: “X+Y” systems): “4+6+X”创新生态体系, “33618”现代制造业集群体系
_CODED = re.compile(rf"“([0-9A-Za-z+×]{{1,10}})”([{HAN}]{{2,8}}?)(体系|工程|行动计划|行动|计划)")
_VERB_NAMED = re.compile(rf"(?:实施|布局实施|组织实施|启动|开展|部署|推进|设立|研究布局|布局|做好|抓好|办好|推动|参与|参加)好?(?:\d{{4}}年度?)?"
                         rf"(?:\d{{1,4}}(?:场|次|轮|批))?"  # 开展54场…共链行动: how many times, not the name
                         rf"([{HAN}A-Za-z0-9]{{2,14}}?)(工程|专项|行动|计划|改革试点|先行区试点|示范试点|综合试点|试点(?=工作|建设))"
                         rf"(?=[^{HAN}]|$|等|和|工作|前期|的(?:[{HAN}]{{0,4}}之?年|重要|关键|开局)|(?<=试点)建设)")  # 推进…工程建设 is a works being built
#: the standing research programmes of the nation and the provinces, named wherever a text names them
_STANDING = re.compile(r"(?:“[^“”]{2,20}”)?(?:国家|省级?|市级?)?(?:重点研发计划|科技重大专项)(?:“[^“”]{2,30}”(?:重点专项|专项|项目))?"
                       r"(?![\u4e00-\u9fff]{0,2}(?:项目|课题)(?:申报|管理))")  # …“燃料电池发动机…”项目: one of its projects
_HEADING = re.compile(rf"^(?:实施|开展|启动|推进|组织实施)?([{HAN}A-Za-z0-9“”]{{2,20}}?)(行动|计划|工程|专项)$")
_LIST_MORE = re.compile(rf"[、和]([{HAN}A-Za-z0-9]{{2,14}}?)(工程|专项|行动计划|行动|计划|重点项目|试点)"
                        rf"(?=[^{{HAN}}]|$|等|和|[一二三四五六七八九十\d]+大)")
_COLLECTIVE = re.compile(r"^“?(?:\d+|[一二三四五六七八九十]+)(?:大|项|个|类)(?![\d“])")
_SLOGAN = re.compile(r"(?:加快|构建|推动|推进|建设|打造|实现|坚持|促进|加强|深化|全面)")
_REFERENCE_VERBS = re.compile(r"(?:依托|依据|结合|对接|按照|落实|借助|通过|纳入|用好)[^，。；]{0,12}$")

#: the last words of a body's name
_BODY_END = re.compile(r"(?:政府|常委会|委员会|人大|政协|[厅局委办])$")
_SAFEGUARD = re.compile(r"保障措施|保障机制|组织保障|组织实施|政策保障|支持措施|政策措施|保障体系|实施保障|工作保障")
#: the parts every plan has, named as such (主要任务, 发展重点): the outline of a policy, not its measures
_PLAN_PART = re.compile(r"(?:主要|重点)任务|发展重点|重点领域|重点方向|主要内容|总体思路")
_GENERAL_SECTIONS = re.compile(r"总体要求|指导思想|基本原则|发展目标|主要目标|工作目标|适用范围|附则|总则|工作思路|起草背景|总体考虑")
_ENUM = re.compile(r"([一二三四五六七八九十]+)是([^，,。；;]{2,20})[，,。；;]")
_AMOUNT = re.compile(r"(最高|不超过|最多|上限为?|给予|奖励|资助|补助|补贴)[^，。；\d]{0,8}?"
                     r"(\d+(?:\.\d+)?)\s*(亿元|千万元|万元|元)")
_RATIO = re.compile(r"(?:不超过|不高于|最高|按)[^，。；%]{0,14}?(\d+(?:\.\d+)?)\s*%")
_UNIT = {"亿元": 10000, "千万元": 1000, "万元": 1, "元": 0.0001}


def extract_programmes(doc: Doc) -> list[dict]:
    """Named programmes: quoted names, 实施X工程/行动/计划, and programme headings."""
    bag = Bag()
    for sec in doc.outline.sections:
        m = _HEADING.match(sec.title)
        if m and "“" not in sec.title and len(m.group(1)) >= 4 and not _is_category(doc, sec):
            name = m.group(1) + m.group(2)
            _add(bag, doc, name, m.group(1), m.group(2), sec.title_start + sec.title.index(name), "programme.heading")
    for m in _QUOTED.finditer(doc.text):
        kind = m.group(3) or m.group(5)
        if not kind or _in_title_phrase(doc.text, m.start()) or _a_document(doc.text, m.start(), m.end()):
            continue
        lead, short, inner_kind, mid = m.group(1), m.group(2), m.group(3), m.group(4)
        tokens = doc.tokens
        while lead and not tokens.is_boundary(m.start(1) + (len(m.group(1)) - len(lead))):
            lead = lead[1:]  # 落实高质量发展“十项行动”: the name begins on a word (高质量发展), not inside 落实
        if not inner_kind and len(mid) > 4 and not re.search(r"(?:实施|启动|开展|推进)$", lead):
            continue
        if _SLOGAN.match(short):
            continue  # “加快构建现代产业体系”: a slogan quoted, not a programme
        if re.search(r"简称$", lead) or re.fullmatch(r"(?:行动|实施|工作)?(?:计划|方案)|行动", short + (inner_kind or "")):
            continue  # 《X行动计划》(以下简称“行动计划”), 专家围绕“行动计划”: a document's short name, no programme
        if inner_kind:
            name = f"{lead}“{short}{inner_kind}”" if lead and not _REFERENCE_VERBS.search(lead) and _prefix_ok(lead) else f"“{short}{inner_kind}”"
        elif _nominal_tail(lead) and not _REFERENCE_VERBS.search(lead):
            lead = _nominal_tail(lead)  # 人工智能语料库“聚智凝源”工程, 构建|低空经济“1+3+5+N”工作体系: what it is for, then its name
            name = f"{lead}“{short}”{mid}{kind}"
        else:
            name = f"“{short}”{mid}{kind}"
        start = m.start() + (m.group(0).index(name) if name in m.group(0) else 0)
        referenced = bool(_REFERENCE_VERBS.search(doc.text[max(0, m.start() - 12):m.start() + len(lead)]))
        # “人工智能+”工业生产行动 and “人工智能+”农业生产行动: two programmes of one quoted family, told apart by
        # the words after the quote
        _add(bag, doc, name, short + mid if mid and not inner_kind else short, kind, start, "programme.quoted", referenced)
    quoted = {item["name"] for item in bag.values()}
    for m in _CODED.finditer(doc.text):  # “113X”现代产业体系规模壮大: a coded system, whatever follows its name
        if re.search(r"\d", m.group(1)) and not any(m.group(0) in name for name in quoted) \
                and not _in_title_phrase(doc.text, m.start()) and not _a_document(doc.text, m.start(), m.end()):
            _add(bag, doc, m.group(0), m.group(1) + m.group(2), m.group(3), m.start(), "programme.quoted")
    for m in _STANDING.finditer(doc.text):  # 国家重点研发计划, 省重点研发计划, 国家科技重大专项: standing R&D programmes
        kind = re.search(r"(?:计划|专项|项目)$", m.group(0)).group(0)
        _add(bag, doc, m.group(0), m.group(0)[:-len(kind)], kind, m.start(), "programme.standing")
    for m in _VERB_NAMED.finditer(doc.text):
        stem, kind = m.group(1), m.group(2)
        if kind.endswith("试点") and kind != "试点":
            stem, kind = stem + kind[:-2], "试点"  # 低空空域管理改革试点: a pilot, named with what it pilots
        if kind == "试点" and len(stem) < 4:
            continue  # 开展试点工作, 开展首批试点工作: no name
        collective = _COLLECTIVE.match(stem) and len(stem) <= 3
        if not collective and ("“" in stem or "”" in stem or is_generic(stem) or PLURAL_LEAD.match(stem)):
            continue
        _add(bag, doc, stem + kind, stem, kind, m.start(1), "programme.verb")
        for nm in _LIST_MORE.finditer(doc.text, m.end()):  # 实施A计划、B工程和C行动
            if nm.start() != m.end():
                break
            if not is_generic(nm.group(1)) and "“" not in nm.group(1):
                _add(bag, doc, nm.group(1) + nm.group(2), nm.group(1), nm.group(2), nm.start(1), "programme.verb_list")
            m = nm
    for m in _YEARS_ACTION.finditer(doc.text):  # 是全面振兴新突破三年行动决胜之年: an action named with its years
        if _a_document(doc.text, m.start(), m.end()) or _in_title_phrase(doc.text, m.start()) \
                or inside_title(doc.text, m.start()):
            continue
        at = m.start()
        for _s, e, tag in doc.tokens.spans(m.start(), m.start(1)):  # 全力确保|决战决胜|是…: the name after the last verb
            word = doc.text[_s:e]
            if (word in GOVERNING_VERBS and tag in ("v", "vd", "vi")) or word in FUNCTION_WORDS or word in CLAUSE_WORDS:
                at = e
        fixed = repair(doc.text[at:m.end()], "programme")
        if not fixed or not doc.tokens.is_boundary(at + fixed[0]):
            continue
        name = fixed[1]
        if len(name) - len(m.group(1)) >= 4 and not is_generic(name[:-len(m.group(1))]) and not PLURAL_LEAD.match(name) \
                and not region_pattern("^").match(name) \
                and not re.search(re.escape(name) + r"\s*(?:[(（][^()（）]*[)）])?$", doc.title or ""):  # 某市…三年行动: the plan itself
            _add(bag, doc, name, name, "行动", at + fixed[0], "programme.years")
    for m in _PARAGRAPH_LEAD.finditer(doc.text):  # 规模化场景应用工程,以超常规手段…: a paragraph on one programme
        stem, kind = m.group(1), m.group(2)
        if len(stem) >= 4 and m.start() > 0 and not is_generic(stem) and not PLURAL_LEAD.match(stem) \
                and not re.search(r"[将在对把为是的]|实施|开展|启动|推进|出台|印发|发布|制定", stem):
            _add(bag, doc, stem + kind, stem, kind, m.start(1), "programme.paragraph_lead")
    _from_enumerations(doc, bag)
    return _drop_collectives(bag.values())


_PARAGRAPH_LEAD = re.compile(rf"(?:^|\n)(?:实施|开展|启动|推进|组织实施)?([{HAN}A-Za-z0-9]{{2,16}}?)(工程|行动|计划|专项)"
                             rf"(?=[，,:：]|。[^\n])")


_KIND_AT_END = re.compile(r"(行动计划|专项行动|行动|计划|工程|专项|试点)$")
#: an action named with the years it runs: ``全面振兴新突破三年行动``, ``制造业数字化转型三年行动计划``
_YEARS_ACTION = re.compile(rf"[{HAN}]{{2,14}}?((?:[一二两三四五]|\d)年(?:攻坚)?行动)(?![{HAN}]{{0,4}}》|方案|计划|[(（]\s*\d)")
#: a report's lead-in to a policy's safeguards: ``在保障措施上,``, ``保障措施方面,``
_SAFEGUARD_LEAD = re.compile(r"(?:^|\n|[。；;])\s*(?:在|从)?(?:保障措施|保障机制|组织保障|政策保障)(?:上|方面)[，,]")


def _from_enumerations(doc: Doc, bag: Bag) -> None:
    """``聚焦A、B…五大专项行动``, ``实施A行动、B工程``: each item of a list of programmes."""
    for e in enumerations(doc):
        named = head_kind(e) == "programme"
        if named and technology_list(e):  # …等在内的八大强链行动: the technologies are fields, the count names the programme
            m = re.search(rf"[一二两三四五六七八九十\d]+[大项个]{re.escape(e.head)}", doc.text[e.end:e.end + 40])
            if m:
                a = e.end + m.start()
                kind = _KIND_AT_END.search(m.group(0))
                _add(bag, doc, m.group(0), m.group(0), kind.group(1) if kind else "行动", a, "programme.counted")
            continue
        own = [bool(re.search(r"(?:计划|行动)$", n)) for n in e.names]  # 海洋工程、水利工程: disciplines
        if not named and sum(own) < 2:  # 推出了全球引才计划、明珠计划、国际人才驿站: items named as programmes
            continue
        head_kind_word = _KIND_AT_END.search(e.head)
        if not e.count and not any(own) and sum(len(n) <= 3 and "“" not in n for n in e.names) * 2 > len(e.names):
            continue  # 雨水、污水、燃气等工程同步施工: works of a site, named by what they carry, no programmes
        for (a, _b), name, is_own in zip(e.items, e.names, own, strict=True):
            if (not named and not is_own) or _BODY_END.search(name):
                continue  # 省人大常委会、省政府立法工作计划: whose plans, not which
            name = re.sub(r"[(（][\u4e00-\u9fff]{2,12}[)）]$", "", name)  # 人工智能强基（加强基础）: a gloss
            if name.count("”") > name.count("“") and doc.text[a - 1:a] == "“":
                a, name = a - 1, "“" + name  # “低空+”应用: the list's item keeps its opening quote
            m = _KIND_AT_END.search(name)
            kind = m.group(1) if m else (head_kind_word.group(1)[-2:] if head_kind_word else "行动")
            short = name[: m.start()] if m and m.start() >= 2 else name
            if len(short) < 2 or (is_generic(short) and len(short) <= 4 and not e.count) or _COLLECTIVE.match(short) \
                    or ("“" in short and m):  # 中试孵化、人才集聚…八大行动: counted, common words name programmes too
                # (a quoted item with its kind is read by the quoted rule; “低空+”应用…4大工程 has none)
                continue  # 融合应用示范行动 is named with common words, and is a name all the same
            _add(bag, doc, name, short, kind, a, "programme.enumeration")


def _a_document(text: str, start: int, end: int) -> bool:
    """``《“数据要素×”三年行动计划(2024—2026年)》``: a plan named as a document (its title in 《》, or
    its period after it), not a programme carried out."""
    return (text[max(0, start - 1):start] == "《" and "》" in text[end:end + 16]) or bool(
        re.match(r"\s*[(（]\s*\d{4}\s*[-—–~至]", text[end:end + 8]))


def _in_title_phrase(text: str, pos: int) -> bool:
    """``国务院关于深入实施“人工智能+”行动的意见``: a name inside another document's title."""
    before, after = text[max(0, pos - 24):pos], text[pos:pos + 40]
    return "关于" in before and not re.search(r"[，,。；]", before[before.rfind("关于"):]) and \
        bool(re.match(r"^[^，,。；]{0,30}?的(?:意见|通知|决定|实施意见|指导意见|方案)", after))


def _is_category(doc: Doc, sec) -> bool:
    """A heading over programme headings (``未来产业推进计划``) names a category."""
    return any(_HEADING.match(c.title) or "“" in c.title for c in doc.outline.children(sec))


def _nominal_tail(lead: str) -> str:
    """The nouns that end ``lead`` (人工智能语料库, 产业链现代化; 构建|低空经济), or ``""``."""
    tags = tags_of(lead) if lead else []
    k = len(tags)
    while k > 0 and (tags[k - 1][1].startswith("n") or tags[k - 1][1] in ("vn", "j", "eng", "b")):
        k -= 1
    tail = "".join(w for w, _ in tags[k:])
    return tail if len(tail) >= 2 and _prefix_ok(tail) and not is_generic(tail) else ""  # 全国“科创中国”试点: no name


def _prefix_ok(lead: str) -> bool:
    return len(lead) >= 2 and not re.search(r"[的和与及、等在对]|实施$|开展$|启动$|推进$|推动$", lead)


def _add(bag: Bag, doc: Doc, name: str, short: str, kind: str, start: int, rule: str,
         referenced: bool = False) -> None:
    if start > 0 and doc.text[start - 1].isdigit() and name[:1] in _CLASSIFIERS and len(name) > 3:
        name, short, start = name[1:], short[1:] if short[:1] == name[:1] else short, start + 1  # 155艘公务船…行动
    key = short if not _COLLECTIVE.match(short) else name
    item = {"name": name, "short": short, "kind": kind, "aliases": [],
            "evidence": doc.evidence(start, start + len(name), rule)}
    if referenced:
        item["referenced"] = True
    bag.add(re.sub(r"[“”]", "", key), item)


#: measure words: after a number they count, and no name begins on one (155艘|公务船电动化…行动)
_CLASSIFIERS = frozenset("个项家所座条批台辆架颗艘只件款名人场次轮届期")


def collective(name: str) -> bool:
    """Does ``name`` count programmes rather than name one (“七项工程”, 6大计划)?"""
    return bool(_COLLECTIVE.match(name.strip("“”")))


def _drop_collectives(items: list[dict]) -> list[dict]:
    """``6大计划`` is a summary, redundant when the document names the programmes."""
    named = [p for p in items if not _COLLECTIVE.match(p["short"])]
    return [p for p in items if not (_COLLECTIVE.match(p["short"]) and
                                     sum(q["kind"] == p["kind"] for q in named) >= 2)]


# -- measures -------------------------------------------------------------------
_SUPPORT = re.compile(r"给予|补贴|补助|奖励|资助|贴息|最高|不超过")


def funded_items(doc: Doc) -> bool:
    """Numbered items that mostly grant money (给予…最高500万元): the structure of a set of
    support measures, whatever the page calls itself."""
    if "funded_items" in doc.cache:
        return doc.cache["funded_items"]
    out = doc.outline
    items = [s for s in out.sections if s.depth == 2] or [s for s in out.sections if s.depth == 1]
    funded = sum(bool(_SUPPORT.search(doc.text[slice(*out.body(s))]) and _AMOUNT.search(doc.text[slice(*out.body(s))]))
                 for s in items)
    doc.cache["funded_items"] = len(items) >= 3 and funded * 2 >= len(items)
    return doc.cache["funded_items"]


#: the aspect a list of tasks or measures is given for: ``在X方面,提出``
def _policy_subject(doc: Doc, pos: int) -> bool:
    """Does the sentence before ``pos`` speak of a policy document (此次发布的行动方案将…, 《措施》…), not exhort or
    ask (要在…方面加大支持力度, 希望…在…方面给予支持)?"""
    start = doc.sentence_span(pos)[0]
    before = doc.text[start:pos]
    return bool(re.search(r"方案|计划|措施|意见|办法|细则|》", before)) and not re.search(r"希望|^\s*要|建议", before)


#: what a reported policy does in the aspects a list names: ``等方面加强政策引导``, ``等方面给予支持``
_REPORTED_SUPPORT = re.compile(r"^等?方面[^。；;，,]{0,12}?(?:加强|加大|强化|给予|提供|出台|完善|优化)[^。，,；;]{0,10}(?:支持|引导|扶持|保障|举措|措施|政策)")
_ASPECT_BEFORE = re.compile(r"在([^，,。；;：:\n在]{4,30}?)方面[，,]?\s*(?:提出了?|明确了?|部署了?|安排了?|制定了?)?(?:[^，,。；;]{0,6}?)$")


def extract_measures(doc: Doc, doc_type: str | None) -> list[dict]:
    """Numbered support/safeguard items, with the largest amount and cap ratio."""
    out = doc.outline
    bag = Bag()
    measures_genre = doc_type in ("若干措施", "若干政策") or (
        doc_type in (None, "细则", "办法", "新闻报道", "政策解读") and funded_items(doc))  # a report may reprint them
    if measures_genre:
        items = [s for s in out.sections if s.depth == 2] or [s for s in out.sections if s.depth == 1]
        deeper = [c for s in items for c in out.children(s)]
        if deeper and sum(bool(out.children(s)) for s in items) * 2 > len(items):
            items = deeper  # the numbered items sit one level below group headings
        items = [s for s in items if not _GENERAL_SECTIONS.search(s.title)]
    else:
        items = [c for s in out.sections if _SAFEGUARD.search(s.title) for c in out.children(s)]
    for sec in items:
        title, title_start = sec.title, sec.title_start
        if not title and measures_genre:  # (一)打造高品质产业空间,统筹…: the item's lead clause is its heading
            lead = re.match(r"([^，,。；;：:\n]{4,24})[，,]", doc.text[sec.title_start:sec.title_start + 30])
            if lead and verb_first(lead.group(1)):
                title = lead.group(1)
        lead = re.match(r"([^，,]{4,24})[，,]([^，,。]*)", title) if measures_genre else None
        if lead and verb_first(lead.group(1)) and (len(title) > 30 or not verb_first(lead.group(2))):
            title = lead.group(1)  # 支持总部企业落地发展,对…给予支持: the heading, then the rule
        if not title:
            continue
        section = sec.marker if measures_genre and sec.depth == 2 else sec.path
        _measure(bag, doc, title, title_start, section, sec.start, sec.end, "measure.heading")
    if doc_type in ("政策解读", "新闻报道"):  # 第一部分，壮大市场主体。: the parts a report walks through
        for m in _PART.finditer(doc.text):
            if _GENERAL_SECTIONS.search(m.group(2)) or _SAFEGUARD.fullmatch(m.group(2)) or _PLAN_PART.fullmatch(m.group(2)):
                continue  # 第一部分,总体要求 / 第四部分,保障措施: the parts of any plan, not its measures
            _measure(bag, doc, m.group(2), m.start(2), m.group(1), m.start(), m.end(), "measure.part")
        for m in _SAFEGUARD_LEAD.finditer(doc.text):  # 在保障措施上,…加强组织领导,建立…;加大政策支持,…
            end = doc.text.find("\n", m.end())
            end = len(doc.text) if end < 0 else end
            pos = m.end()
            for clause in re.split(r"[；;。]", doc.text[m.end():end]):
                head = re.match(r"\s*(?:[^，,]{0,16}[，,])?([^，,。；;]{4,10})[，,]", clause) if pos == m.end() else \
                    re.match(r"\s*([^，,。；;]{4,10})[，,]", clause)
                if head and verb_first(head.group(1)) and not re.search(r"[为的]|确保|推进《", head.group(1)):
                    at = pos + head.start(1)
                    _measure(bag, doc, head.group(1), at, "保障措施", at, at + len(head.group(1)), "measure.safeguard_clause",
                             key=f"保障措施{head.group(1)}")
                pos += len(clause) + 1
    for e in enumerations(doc):  # 从A、B等方面提出N条措施; 分别对A、B等九大方向提出措施
        kind = head_kind(e)
        if kind is None and doc_type in ("新闻报道", "政策解读") and e.head.endswith("方面") and len(e.names) >= 2 \
                and _REPORTED_SUPPORT.match(e.rest) and _policy_subject(doc, e.start):
            kind = "measure"  # (a report of a plan:) 在A、B…等方面加强政策引导: the aspects of the plan's measures
        if kind is None and doc_type in ("新闻报道", "政策解读") and e.head.endswith("方面") and len(e.names) >= 3 \
                and re.search(r"(?:主要)?(?:包括|涵盖)$", e.lead) and re.match(r"^等?方面(?:[。；;]|$)", e.rest) \
                and 0 <= doc.text.find("《") < e.start and not any(is_sector(n) for n in e.names):
            kind = "measure"  # (a report of a plan:) …发展主要包括A、B、C等方面。: the parts the reported plan is made of
        if kind == "measure" or (kind is None and "任务" in e.head):
            section = out.path_at(e.start)
            aspect = _ASPECT_BEFORE.search(doc.text, max(0, e.start - 48), e.start)
            if aspect and re.fullmatch(r"(?:主要|重点)?任务|(?:保障|政策|支持)措施|(?:总体|发展)目标|总体要求", aspect.group(1)):
                continue  # 在主要任务方面,提出A、B等5大任务: a part of the plan, its tasks listed after it
            if aspect and not re.search(r"[。；;\n]", doc.text[aspect.end():e.start]):
                # 一是在稳步推进氢能多元场景应用方面,提出A、B等4项任务: the aspect is the measure, the tasks its parts
                at = aspect.start(1)
                _measure(bag, doc, aspect.group(1), at, section, at, aspect.end(1), "measure.aspect", key=f"{section}{aspect.group(1)}")
                continue
            if kind is None:
                continue  # 提出A、B等7项重点任务: the tasks a policy sets, not its measures
            items, names = list(e.items), list(e.names)
            a, v = items[0][0], e.verb
            opener = doc.text.rfind("从", max(0, a - 7), a)
            if v and v not in ("实施", "开展", "进行") and opener >= 0 and a - opener > 1 \
                    and re.fullmatch(r"(?:[\u4e00-\u9fff]{2}){1,3}", doc.text[opener + 1:a]) \
                    and all(tag.startswith("v") for _s, _e, tag in doc.tokens.spans(opener + 1, a)) \
                    and any(verb_first(n) for n in names[1:]):
                b0 = opener + 1  # 从支持A、扩大B…方面, 从改造提升A、巩固延伸B…层面: the verbs open A
                items[0], names[0] = (b0, items[0][1]), doc.text[b0:a] + names[0]
            elif (opened := opened_by_verb(e)[0]) != names[0] and any(verb_first(n) for n in names[1:]):
                items[0], names[0] = (a - len(v), items[0][1]), opened  # 包括优化A、培养B: 优化 opens A
            for (a, b), name in zip(items, names, strict=True):
                if not is_generic(name) or e.count:  # 从A、成果转化…等6大方面: counted aspects, common words or not
                    _measure(bag, doc, name, a, section, a, b, "measure.enumeration", key=f"{section}{name}")
    if not measures_genre:
        _lead_sentence_measures(bag, doc)
    for m in _QUOTED_MEASURES.finditer(doc.text):  # 10项措施。包括“给予…支持”“搭建…平台”…: each quoted item
        section = out.path_at(m.start(1))
        for q in re.finditer(r"“([^“”]{4,30})”", m.group(1)):
            a = m.start(1) + q.start(1)
            _measure(bag, doc, q.group(1), a, section, a, a + len(q.group(1)), "measure.quoted", key=f"{section}{q.group(1)}")
    for m in _MEASURES_LEAD.finditer(doc.text):  # 具体措施：一是推动…；二是加快…
        end = doc.paragraph_span(m.start())[1]
        if end <= m.end():  # …以下几项工作。\n一是…\n二是…: one item a paragraph, as long as they run
            end = m.end()
            while (item := re.match(r"\s*[一二三四五六七八九十]+是", doc.text[end:end + 12])) is not None:
                nxt = doc.paragraph_span(end + item.end())[1]
                if nxt <= end:
                    break
                end = nxt
        for e in _ENUM.finditer(doc.text, m.end(), end):
            if re.fullmatch(r"在.{2,}方面", e.group(2)):
                continue  # 一是在稳步推进…方面,…: the aspect (measure.aspect), not this clause
            _measure(bag, doc, e.group(2), e.start(2), f"{doc.outline.path_at(e.start())}{e.group(1)}是",
                     e.start(), _next_enum(doc.text, e.end(), end), "measure.enumeration")
    musts = list(_MUST.finditer(doc.text))
    if len(musts) >= 2 and sum(_directed(m.group(2)) for m in musts) * 2 > len(musts):
        for m in musts:
            if _directed(m.group(2)):
                _measure(bag, doc, m.group(2), m.start(2), f"{doc.outline.path_at(m.start())}{m.group(1)}要",
                         m.start(), _next_enum(doc.text, m.end(), doc.paragraph_span(m.start(2))[1]), "measure.enumeration")
    for s in out.sections:
        if _SAFEGUARD.search(s.title) and not out.children(s):
            start, end = out.body(s)
            for m in _ENUM.finditer(doc.text, start, end):
                _measure(bag, doc, m.group(2), m.start(2), f"{s.path}{m.group(1)}是", m.start(),
                         _next_enum(doc.text, m.end(), end), "measure.enumeration")
    _aspect_terms(doc, bag)
    return bag.values()


_ASPECT = re.compile(r"(?:在|从|就)([^。，,；;\n]{2,12})方面[,，]")


def _aspect_terms(doc: Doc, bag: Bag) -> None:
    """``从强化技术创新、支持产品应用等方面提出12条措施。…在技术创新方面,…最高1000万元``: a report
    that lists its aspects, then gives each one's terms under ``在X方面``; the amount is the aspect's."""
    items = [m for m in bag.values() if m["max_funding_wan_yuan"] is None and m["evidence"]["rule"] == "measure.enumeration"]
    if not items:
        return
    leads = list(_ASPECT.finditer(doc.text))
    for k, lead in enumerate(leads):
        aspect = lead.group(1)
        item = next((m for m in items if m["evidence"]["end"] <= lead.start()
                     and (m["name"] == aspect or (m["name"].endswith(aspect) and verb_first(m["name"])))), None)
        if item is None:
            continue
        end = min(doc.paragraph_span(lead.start())[1], leads[k + 1].start() if k + 1 < len(leads) else len(doc.text))
        terms = measure_item(doc, item["name"], item["evidence"]["start"], item["section"], lead.start(), end,
                             item["evidence"]["rule"])
        if terms["max_funding_wan_yuan"] is not None:
            for key in ("max_funding_wan_yuan", "cap_ratio", "amounts_wan_yuan", "max_funding_text", "funding_evidence"):
                if key in terms:
                    item[key] = terms[key]


#: a paragraph that opens on a support heading: ``支持元宇宙领域研发创新。组织实施…`` (a clause such as
#: ``另一项文件则明确,`` may come first), or on the aspect it covers: ``在人才支持方面,…``
_LEAD_SENTENCE = re.compile(r"(?:^|\n)(?:[^。，,\n]{2,14}(?:明确|提出|指出|规定)[,，])?([^。，,；;：:\n]{4,20})。")
_ASPECT_LEAD = re.compile(r"(?:^|\n)在([^。，,；\n]{2,10})方面[,，]")


_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:亿元|万元)")


def _lead_sentence_measures(bag: Bag, doc: Doc) -> None:
    """Support items a report reprints without numbers: two or more paragraphs that open on an
    action heading (or ``在X方面,``) and go on to grant money or support."""
    found = []
    for m in _LEAD_SENTENCE.finditer(doc.text):
        name = m.group(1)
        p_end = doc.paragraph_span(m.start(1))[1]
        if verb_first(name) and (_SUPPORT.search(doc.text, m.end(), p_end) is not None
                                 or _MONEY.search(doc.text, m.end(), p_end) is not None):
            found.append((name, m.start(1), p_end))
    for m in _ASPECT_LEAD.finditer(doc.text):
        p_end = doc.paragraph_span(m.start(1))[1]
        if _AMOUNT.search(doc.text, m.end(), p_end):
            found.append((m.group(1), m.start(1), p_end))
    if len(found) >= 2:
        for name, start, end in found:
            _measure(bag, doc, name, start, "", start, end, "measure.lead", key=name)


#: a counted set of measures, then their names in quotes: ``…等10项措施。包括“A”“B”“C”…``
_QUOTED_MEASURES = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[项条](?:政策|支持|具体|重点)?(?:措施|举措)[。，,：:]?\s*"
                              r"(?:包括|分别是|主要有|即)[:：]?\s*((?:“[^“”]{4,30}”[、，,]?\s*){2,})")
_MEASURES_LEAD = re.compile(r"(?:具体|主要|重点|支持|保障)?(?:措施|举措|任务)(?:包括|有|是|如下)?[:：]\s*(?=一是)"
                            r"|\d{1,2}[条项](?:政策|具体|支持|主要|重点)?(?:措施|举措|任务)[。：:]\s*(?=一是)"  # 共包括五个方面16条政策措施。一是…
                            r"|提出\d{1,2}(?:项|条)(?:重点)?(?:任务|措施|举措)[，,：:]\s*(?=一是)"  # 从…角度提出5项任务,一是…
                            r"|以下(?:几|[一二三四五六七八九十\d]{1,2})(?:项|个方面|方面)(?:重点)?(?:工作|任务|措施|举措)[。：:]\s*(?=一是)"
                            # 重点抓好以下几项工作。一是抓好产业发展。…
                            r"|提出[^。；;\n]{2,60}?等(?:\d{1,2}|[二三四五六七八九十])(?:大|项|条|个)(?:重点|主要)?(?:任务|措施|举措)[。，,：:]\s*(?=一是)")
                            # 提出技术创新、主体培育…等5大任务。一是推动…
#: ``一要…二要…``, ``一是要…二是要…``: the tasks a meeting or an official sets, one by one
_MUST = re.compile(r"(?:^|(?<=[。；;\n，,”]))\s*([一二三四五六七八九十]+)是?要([^，,。；;：:]{4,24})[，,。；;]")
_PART = re.compile(r"(第[一二三四五六七八九十]+部分)\s*[，,:：]\s*([^。，,；;：:\n]{2,16})[。；;]")


_ADVERBS = re.compile(r"^(?:持续|不断|进一步|加快|加速|大力|积极|全面|深入|着力|切实|继续|努力)")


def _action(name: str) -> bool:
    """An action (``持续壮大新型储能产业规模``, ``建立健全工作机制``): a verb opens it, after an adverb."""
    bare = _ADVERBS.sub("", name)
    return verb_first(name) or (len(bare) >= 4 and (bare[:2] in GOVERNING_VERBS or bare[:4] in GOVERNING_VERBS
                                                    or bare[:2] in ("建立", "健全", "壮大", "优化", "提升", "完善")))


def _directed(name: str) -> bool:
    """What an official directs after 要 (``一是要提高认识``): an action, or a verb and its object."""
    return _action(name) or tags_of(name)[0][1] == "v"


def _next_enum(text: str, pos: int, end: int) -> int:
    m = re.compile(r"[一二三四五六七八九十]+是").search(text, pos, end)
    return m.start() if m else end


def _measure(bag: Bag, doc: Doc, name: str, name_start: int, section: str, start: int, end: int,
             rule: str, key: str | None = None) -> None:
    """Add a measure (keyed by its section, or ``key`` when several share one)."""
    bag.add(key or section, measure_item(doc, name, name_start, section, start, end, rule))


def measure_item(doc: Doc, name: str, name_start: int, section: str, start: int, end: int, rule: str) -> dict:
    """A measure named ``name`` (at ``name_start``) whose terms are ``doc.text[start:end]``: its
    largest amount and cap ratio, and the sentence stating the amount as its source."""
    amounts, ratio = funding(doc.text[start:end])
    item = {"name": name, "section": section, "max_funding_wan_yuan": max(amounts) if amounts else None,
            "cap_ratio": ratio, "amounts_wan_yuan": amounts,
            "evidence": doc.evidence(name_start, name_start + len(name), rule)}
    cap = _largest_amount(doc.text, start, end, item["max_funding_wan_yuan"])
    if cap is not None:  # the sentence stating the cap, not the heading: the source of the amount
        item["max_funding_text"] = doc.text[cap[0]:cap[1]]
        item["funding_evidence"] = doc.evidence(cap[0], cap[1], "measure.funding")
    return item


def _largest_amount(text: str, start: int, end: int, value) -> tuple[int, int] | None:
    """Span of the amount as written (``2000万元``, ``1亿元``) that gives the cap ``value``."""
    if value is None:
        return None
    for m in _AMOUNT.finditer(text, start, end):
        v = float(m.group(2)) * _UNIT[m.group(3)]
        if round(v, 4) == round(float(value), 4):
            return m.start(2), m.end(3)
    return None


def funding(text: str) -> tuple[list, float | None]:
    """Support amounts (in 万元) and the largest cap ratio stated in ``text``.

    >>> funding("给予最高2000万元支持；按照规定给予最高1亿元；不超过相关费用50%的资金支持")
    ([2000, 10000], 0.5)
    """
    amounts = []
    for m in _AMOUNT.finditer(text):
        v = float(m.group(2)) * _UNIT[m.group(3)]
        v = int(v) if v.is_integer() else round(v, 4)
        if v not in amounts:
            amounts.append(v)
    ratios = [float(m.group(1)) / 100 for m in _RATIO.finditer(text) if float(m.group(1)) <= 100]
    return amounts, (max(ratios) if ratios else None)
