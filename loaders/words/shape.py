"""The shape of a name: what every extracted name must look like, and the repair of
a span that starts inside a clause.

A name begins and ends on a word boundary; it does not begin with a verb that
governs an object (建设, 打造, 提出 …), a preposition, a connective, a pronoun or a
quantifier; it holds no clause punctuation and no clause marker (将, 已, 则 …); and
its length fits its kind. :func:`shape_problem` says what is wrong with a name
(``None`` when nothing is); :func:`repair` cuts a span back to a name when it can.

>>> shape_problem("某高新区将打造某某未来产业先导区", "zone")
'clause word 将 inside'
>>> shape_problem("为规范管理和有效服务未来产业先导区", "zone")
'begins with 为'
>>> repair("提出培育国家实验室", "zone")
(4, '国家实验室')
>>> repair("某高新区将建成光谷未来产业先导区", "zone")
(7, '光谷未来产业先导区')
>>> repair("依托合肥综合性国家科学中心", "organization")
(2, '合肥综合性国家科学中心')
>>> shape_problem("加快创新成果孵化转化", "measure") is None    # measure headings begin with verbs
True
"""

from __future__ import annotations

import functools
import re

from policykg.loaders.words.lexicon import (
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    GOVERNING_VERBS,
    PROGRAMME_VERBS,
    is_generic,
    region_alternation,
    region_pattern,
)
from policykg.loaders.words.segment import tags_of

#: kind → (shortest, longest) name in characters
LIMITS = {
    "field": (2, 18), "cluster": (2, 22), "district": (2, 12), "zone": (2, 32), "programme": (2, 36),
    "measure": (2, 48), "organization": (2, 36), "scenario": (2, 24), "person": (2, 6), "role": (2, 40),
}
#: digest list → the kind of name its items carry
NAME_KINDS = {"clusters": "cluster", "fields": "field", "zones": "zone", "programmes": "programme",
              "measures": "measure", "organizations": "organization", "scenarios": "scenario", "people": "person"}
#: kinds whose names may begin with a verb (headings of measures: 加强组织领导)
VERB_FIRST_OK = frozenset({"measure"})
_CLAUSE_PUNCT = re.compile(r"[，,。；;：:！？!?\n\t丨｜|]")  # 丨: a column's label before it (全文丨…)
_LIST_PUNCT = re.compile(r"、")
#: a programme's head word: a name that ends in one (and holds no other) may coordinate what it is for
#: (实体经济、新型工业和制造业强区联动计划)
_PROGRAMME_HEAD = re.compile(r"(?:计划|行动|工程|专项|方案|体系)")
#: the words a programme's name ends in; a verb before them opens a clause (实施X行动), not the name
_PROGRAMME_END = re.compile(r"(?:计划|行动|工程|专项|方案|项目|试点|体系|模式|改革|机制|赛|”)$")
#: a person's role inside a span that ends in a body's suffix: 嘉宾代表迈胜医疗集团, 市长徐志作政府
_ROLE_INSIDE = re.compile(r"^.*?(?:嘉宾代表|(?<![人职工大])代表(?!大会|处|团|委员会|联络)|(?:市|省|区|县|旗)长(?=[\u4e00-\u9fff]{2,3}(?:作|代表|在|与|同))|"
                          r"董事长|总经理|主要负责人|负责人)(?=.{2,})")
#: an event's name may open with the verb phrase of its theme (深入推进东北振兴座谈会)
_EVENT_END = re.compile(r"(?:座谈会|推进会|大会|论坛|峰会|博览会|研讨会|交流会|对接会|发布会|洽谈会)$")
#: words that open a class of things (各市州人民政府): a span that begins with one is no name
PLURAL_WORDS = frozenset("各 每 一批 一大批 若干 多个 多家 多所 多项 数家 数个 几家 一系列 一些 部分 这些 有关 相关 其他 其它 "
                         "所有 全部".split())
_TRAILING = frozenset("的 等 和 及 与 或 将 在 了 着 是 为 对 把 被 并 而 则 以 于".split())
#: an ordinal count (第一批) or a government body (经信局, 工信厅, 委员会) inside a name: no area of technology or use
_ORDINAL_OR_BODY = re.compile(r"第[一二三四五六七八九十\d]+[批个次届期]|(?<![布格全大结开当棋])局|(?<![餐大展客门])厅|委员会")
def _about(word: str, tag: str) -> bool:
    """就 as "about" (副县长某某就产业园建设作汇报): a clause's preposition, read as a preposition or an adverb."""
    return word == "就" and tag in ("p", "d")


#: a count of people or things (一名, 两位, 3家) or the 年 a date ends with, before a body's name
_COUNT_OR_YEAR = re.compile(r"[一两二三四五六七八九十\d]+[名位个家项批支所座条]|年")
#: adverbs of acting together, after the bodies that act (…驻上海办事处共同主办): no body's name ends with one
_TOGETHER = frozenset("共同 一同 一起 分别".split())
#: words of a clause that end a span run on past a name (国内量子技术尚属…): no name ends with one
_CLAUSE_END_WORDS = frozenset("尚属 尚处 仍处 处于 属于 位于".split())
#: acts that end a task's name but never a field's (大模型训练 is a task; 数据标注 is a field)
_FIELD_ACTS = frozenset("发现 训练".split())
#: a count and a kind word only: 三基地, 一平台, 八大场景, 两网
_COUNTED_KIND = re.compile(r"(?:双|[一二三四五六七八九十两百\d]{1,3})(?:大|个|项|类|条)?(?:基地|平台|场景|园区|园|中心|网|城|区|集群|行动|工程)")
#: what a sentence says of a field after its name: 推动空天信息|产业高质量发展
_GROWTH_TAIL = re.compile(r"(?:产业)?(?:高质量|创新|融合|协同|集聚|集群化|规模化|加快|快速)?发展$")
#: the size a text gives an industry before its name: 百亿级, 千亿级, 万亿级, 500亿级
_SCALE = re.compile(r"(?:(?:\d+|[一二三四五六七八九两]?[十百千万])(?:亿|万亿)?|世界|国家|国际)级(?:规模)?(?:的)?")
#: words that end in 局 without naming a bureau (…发展新格局)
_NOT_BUREAU = re.compile(r"(?:格局|布局|大局|全局|变局|开局|结局|破局|当局)$")
_PAIRS = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"), ("「", "」"), ("〔", "〕"), ("【", "】"), ("[", "]"), ("『", "』"))


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> tuple[tuple[str, str], ...]:
    return tuple(tags_of(name))


#: a programme's name that opens on what leads it: ``以X为引领的…行动计划``
_LED_BY = re.compile(r"以[\u4e00-\u9fffA-Za-z0-9]{2,12}为(?:引领|主线|核心|牵引|主导)的[\u4e00-\u9fff]{2,20}(?:行动计划|计划|行动|工程|战略)")
#: the labels of a page's chrome, never inside a body's or a place's name
_PAGE_LABEL = re.compile(r"发布时间|发布日期|浏览次数|点击数|责任编辑|原创稿|字号")
#: verbs of going that never open a body's or a place's name (赴京能集团, 赴沪)
_GOING = frozenset("赴")


@functools.lru_cache(maxsize=1)
def _place_brand() -> re.Pattern:
    """A place in a field's name as its brand: 数字中国, 智慧上海, 人工智能上海高地, 南沙科学城."""
    places = region_alternation()
    return re.compile(rf"^(?:数字|智慧|智能)(?:{places})$|(?:{places})(?:高地|科学城|新区)")


#: verbs that take a quoted model or brand as their object: 深化拓展“东升模式”, 复制推广“某某经验”
_QUOTE_VERBS = frozenset("深化 拓展 推广 复制 借鉴 学习 总结 探索 打响 擦亮 叫响 用好 做强 做优 提升 升级 优化".split())
_QUOTED_CORE = re.compile(r"^([\u4e00-\u9fff]{2,8})(“[^“”]{2,24}”[\u4e00-\u9fff]{0,4})$")


def _quote_verb_lead(name: str) -> int:
    """Where a quoted programme starts after the verbs that govern it (``深化拓展“东升模式”`` → 4), else 0."""
    m = _QUOTED_CORE.match(name)
    if not m:
        return 0
    words = [w for w, _ in _words(m.group(1))]
    ok = all(w in _QUOTE_VERBS or w in GOVERNING_VERBS or w in PROGRAMME_VERBS for w in words)
    return m.end(1) if ok and words else 0


#: the size an industry aims at, after its name (…装备制造千亿产业集群)
_SCALE_TAIL = re.compile(r"(?:[千百万]亿|万亿)级?$")
#: a copula opening a predicate (这里就是国家…基地)
_COPULA = re.compile(r"(?:就|也|还|正|即|都|更|又|仍)是")
#: adverbs of a clause that no name holds (先后引入, 相继落户)
_CLAUSE_ADVERBS = frozenset("先后 相继 陆续 纷纷 已经 正在 分别 逐步 均已 都已".split())


#: marks that open a subtitle or a list line, never a name
_LEAD_MARK = re.compile(r"[—\-–·•、\s]")
#: a body's word, then two or three characters that may be a person's name: ``中国科学技术大学潘建``
_PERSON_AFTER = re.compile(r"(?:大学|学院|研究院|研究所|公司|集团|医院|实验室)([\u4e00-\u9fff]{2,3})$")


def shape_problem(name: str, kind: str) -> str | None:
    """What keeps ``name`` from being a name of ``kind``, or ``None``."""
    lo, hi = LIMITS.get(kind, (2, 40))
    quoted = _quote_verb_lead(name) if kind == "programme" else 0
    if quoted:
        return f"begins with {name[:quoted]}"  # 深化拓展“东升模式”: the verbs, then the model
    if kind == "programme" and _LED_BY.fullmatch(name):
        return None  # 以大数据智能化为引领的创新驱动发展战略行动计划: a programme named by what leads it
    if kind == "programme" and (_DEICTIC.match(name) or _PROGRAMME_LEAD.match(name)):
        return f"begins with {(_DEICTIC.match(name) or _PROGRAMME_LEAD.match(name)).group(0)}"  # 全力构建“123…体系”
    if kind == "measure" and re.match(r"不[\u4e00-\u9fff]不[\u4e00-\u9fff]", name) and len(name) <= hi:
        return None  # 不等不靠快速推进,扎实做好工作: a heading that opens on a four-character idiom
    if kind in _PROPER_KINDS and (m := _DEMONSTRATIVE.match(name)):
        return f"begins with {m.group(0)}"  # 这场大会, 本次论坛, 该园区: the thing pointed at, not its name
    if kind in _PROPER_KINDS and name[:1] in _GOING and len(name) >= 4:
        return f"begins with {name[0]}"
    if kind != "measure" and _LEAD_MARK.match(name):
        return f"begins with {name[0]}"  # ——株洲经开区: the dash of a subtitle, no part of the name
    if kind == "organization" and (tail := _PERSON_AFTER.search(name)) and _words(tail.group(1))[0][1] in ("nr", "nrfg", "nrt"):
        return "a person's name after the body"  # 中国科学技术大学潘建(伟): the professor, not the university
    if kind in _PROPER_KINDS and _PAGE_LABEL.search(name):
        return "a page's label inside"  # …网原创稿发布时间: the chrome of a page, not a name
    if kind == "field" and _place_brand().search(name):
        return "a place's brand"  # 数字福建, 人工智能上海高地: what a place builds, not a field of technology
    if kind == "organization" and _REMIT_GROUP.search(re.sub(r"办公室$", "", name)):
        hi = 48  # 全国一体化算力网络…国家枢纽节点韶关数据中心集群建设领导小组办公室: a group named by its whole remit
    if kind == "person" and "·" in name:
        hi = 15  # 艾力亚尔·艾尼瓦尔: a transcribed name, its parts apart by ·
    # an event's quoted theme, a programme's quoted core (“箭、星、网、端”全产业链生态体系): a name, whatever it holds
    bare = re.sub(r"“[^“”]*”", "“”", name) if kind in ("organization", "programme") else name
    if kind == "organization":  # 市政府办公室(研究室、机关事务局): the bodies it also is, in brackets
        bare = re.sub(r"[(（][\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+[)）]$", "()", bare)
    if not (lo <= len(name) and len(bare) <= hi):
        return f"length {len(name)} outside {lo}-{hi}"
    if kind == "measure" and re.fullmatch(r"[^，,。；;：:！？!?\n\t]{4,}[，,][^，,。；;：:！？!?\n\t]{4,}", bare):
        bare = re.sub(r"[，,]", "", bare)  # 统筹谋划,找准补链重点: a heading of two clauses, as written
    if _CLAUSE_PUNCT.search(bare) or (kind not in ("measure", "role") and _LIST_PUNCT.search(bare)
                                      and not (kind == "programme" and _one_programme(name))
                                      and not (kind == "organization" and _REMIT_GROUP.search(name))):
        return "clause punctuation"
    for a, b in _PAIRS if kind != "measure" else ():  # a measure is its heading, as written
        if name.count(a) != name.count(b):
            return f"unbalanced {a}{b}"
    if kind == "person" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
        return None  # 于国安, 和平: a surname may also be a function word
    if kind not in ("programme", "district") and _COUNTED_KIND.fullmatch(name):
        return "a count of a kind"  # “两网、一平台、三基地”: how many, not which
    if kind == "cluster" and re.search(r".{2}[一两二三四五六七八九十\d]+大产业集群$", name):
        return "a count inside"  # 未来材料五大产业集群: the last item, then the list's count and head
    if kind in ("cluster", "zone") and re.match(r"[一两二三四五六七八九十\d]+(?:个|家|批)", name):
        return "a count of a kind"  # 打造一个100亿产业集群: how many, not which
    if kind in ("zone", "organization", "programme") and "了" in name and not re.search(r"“[^”]*了", name):
        return "a particle inside"  # 充分肯定了示范区: a clause before the zone's word
    if kind == "scenario" and len(name) <= 4 and name.endswith("场景") and is_generic(name):
        return "a generic word"  # 示范场景, 未来场景: the word for scenes, no scene
    if kind == "zone" and _BARE_ZONE.fullmatch(name):
        return "a kind, not a name"  # 产业园, 园区: what a place is, with no name before it
    if kind == "organization" and _PEOPLE_CLASS.search(name) and not _BODY_END.search(name):
        return "a class of people"  # 相关领导、企业代表: who attended, no body
    if kind == "organization" and _BARE_KIND.fullmatch(name):
        return "a kind, not a name"  # 有限公司, 研究院: what a body is, with no name before it
    if kind == "organization" and _CLASS_OF_BODIES.fullmatch(name):
        return "a class of bodies"  # 电网企业, 高校和科研院所: the kinds of bodies a list names, no body
    tagged = list(_words(name))
    words = [w for w, _ in tagged]
    if not words:
        return "empty"
    if kind == "scenario" and len(tagged) == 1 and tagged[0][1] in ("a", "ad", "d"):
        return "an adjective"  # 应用场景更加丰富: what is said of the scenes, no scene
    if kind in ("field", "scenario", "zone", "organization", "programme") and len(name) == 4 \
            and [t for _, t in tagged] == ["i"]:
        return "an idiom"  # 因地制宜: a four-character saying, no name
    first, last = words[0], words[-1]
    firm = kind == "organization" and len(name) <= 6 and last in _FIRM_WORDS  # 云从科技: a firm's short name
    if kind in _PROPER_KINDS and name[:1] == "号":
        return "begins with 号"
    if kind in _PROPER_KINDS and len(words) > 1 and tagged[0][1] == "m" and _COUNT_OR_YEAR.fullmatch(first):
        return f"begins with {first}"  # 由一名自治区党委常委督办, 2024年|自治区党委: a count or a date's end, then the body
    if kind == "organization" and _ROLE_INSIDE.search(name):
        return "a person's role inside"
    offered = kind == "measure" and re.match(r"为[^，,。；;]{2,20}?(?:提供|给予|搭建|开辟|创造)", name)  # 为企业提供支持
    # 达|梦|数据库, 均|普: two one-character words opening a name the segmenter does not know
    split = kind in _PROPER_KINDS and len(words) > 1 and len(first) == len(words[1]) == 1 and words[1] not in FUNCTION_WORDS \
        and (len(words) > 2 and tagged[0][1] == "v" or len(words) == 2 and kind == "organization")
    if kind == "scenario" and len(name) >= 10 and re.search(r"(?:系统|平台|方案)应用$", name):
        return None  # “面向MaaS服务的…识别系统应用”: a case a list of typical scenes selects, named as quoted
    # 经科农委: a body's short name of one-character words (经济、科技和农业委员会), not 经 before a body (经市委)
    abbrev = kind == "organization" and len(name) <= 5 and len(words) >= 3 and all(len(w) <= 2 for w in words) \
        and bool(re.search(r"(?:委|局|办|厅)$", name)) and not re.match(r"[省市区县]", name[1:])
    if (first in FUNCTION_WORDS and not offered and not split and not abbrev) or (first in PLURAL_WORDS and len(words) > 1) \
            or (kind in _PROPER_KINDS and len(words) > 1 and re.fullmatch(r"[省市区县镇村这那]里", first)):  # 市里有产业基金
        return f"begins with {first}"
    theme = kind == "organization" and len(name) >= 7 and bool(_EVENT_END.search(name)) \
        and not _place_first(name[len(first):]) and not name[len(first):].startswith(("中国", "全国", "国际", "世界"))
    # 深入推进东北振兴座谈会: the theme's verbs open the event's name; 利用中国—东盟博览会: a verb before a named event
    item = kind == "programme" and not _PROGRAMME_END.search(name)  # 申报受理便捷化: an item of a numbered 专项行动
    unit = kind == "organization" and len(words) == 2 and words[1] in ("处", "科", "司", "室", "部", "办")  # 发展处: a division
    brand = kind == "organization" and len(words) == 2 and min(map(len, words)) >= 2 and (
        tagged[1][1] == "ns" or words[1] in _FIRM_WORDS)  # 创新常州, 数字重庆: a portal's name; 联合科技: a firm's
    # 反恐防暴, 服务管理, 巡检值守: a scene named by two two-character acts, as lists of scenes write them
    pair = kind == "scenario" and len(name) == 4 and len(words) == 2 and len(first) == 2
    if _leading_verb(first, kind) and len(words) > 1 and not theme and not item and not unit and not brand and not pair \
            and not (first in _MODIFIERS and tagged[1][1].startswith("n")) \
            and not (kind in _PROPER_KINDS and _place_first(name)) \
            and not (kind in _PROPER_KINDS and first in _AGENCY_OPENERS and _AGENCY_END.search(name)):
        return f"begins with {first}"  # 重点水域防溺水: 重点 before a noun modifies it
    if kind == "organization" and (m := _ACT_LEVEL_BODY.fullmatch(name)) and not _place_first(name) \
            and name[:3] not in _ZONE_LEVELS and name[:2] not in _ZONE_LEVELS:
        return f"begins with {m.group(1)}"  # 报经省政府, 协同市发改委: an act, then the body of a level
    if kind in _PROPER_KINDS and first in _CLAUSE_TIMES and len(words) > 1:
        return f"begins with {first}"  # 当天国新办举办的…: the day, then the body
    if kind in _PROPER_KINDS and _DEICTIC_JOIN.match(name):
        return f"begins with {_DEICTIC_JOIN.match(name).group(0)}"  # 全市及科技城管委会: the whole place, then a body
    if kind in _PROPER_KINDS and len(words) > 1 and (_verb_first(tagged) or _opens_clause(tagged)) \
            and not _place_first(name) and first not in _AGENCY_OPENERS and not theme and not brand:
        return f"begins with {first}"  # 力推南昌…创新中心, 现报送区政府: a verb the tagger knows
    if kind in _PROPER_KINDS and len(words) == 1 and first in GOVERNING_VERBS and tagged[0][1] == "v":
        return "a verb"  # 来源:聚焦“…”: a column's verb where a source's name would stand
    if kind in _PROPER_KINDS and (_COPULA.match(name) or any(w in _CLAUSE_ADVERBS or w in _CLAUSE_TIMES for w in words[1:-1])):
        return "a clause"  # 就是国家…基地, 光伏产业链先后引入中来: a predicate, not a name
    if kind in _PROPER_KINDS and re.match(r"[\u4e00-\u9fff][-—]", name):
        return "begins with a fragment"  # 浙江在线-浙江日报 cut after 在: one character, then the dash
    if kind == "organization" and re.search(r"”(?:获|荣获|入选|获得)", name):
        return "a clause"  # “某平台项目”获全国5G应用征集大赛: what won, then the contest
    plural = any(w.startswith("各") for w in words[1:])
    if kind in _PROPER_KINDS and (region_pattern("^").fullmatch(name) or plural):
        return "a plural inside" if plural else "a place"  # 含各市人民政府: a class of bodies; 北京, 上海: places
    if kind in _PROPER_KINDS and len(words) > 2:
        unquoted = tagged if "“" not in name else list(_words(re.sub(r"“[^“”]*”", "“”", name)))  # a quoted theme is the event's
        inner_p = next((w for w, t in _bilateral(unquoted)[1:-1] if t == "p" and w in _CLAUSE_PREPOSITIONS
                        or _about(w, t)), None)
        if inner_p and not firm:  # 云从科技: a firm's short name
            return f"clause word {inner_p} inside"  # 记者从…发布会, 希望今后能通过产业联盟: a clause, not a name
        if not theme and tagged[0][1] in _VERB_OPEN | {"vn"} and len(first) >= 2 and first not in _AGENCY_OPENERS \
                and tagged[1][1] in ("f", "m", "mq", "q", "r", "d", "p", "t", "u", "uj") \
                and not _place_first(name) and not _has_proper_part(name, tagged):
            return f"begins with {first}"  # 筹备下一次产业联盟: a verb and its object's quantifier, common words only
    brand = kind == "organization" and len(name) == 2 and name not in ("作为", "成为", "认为", "行为", "因为", "以为", "称为", "视为")
    if kind == "organization" and last in _TOGETHER and len(words) > 1 and BODY_TAIL.search(name[:-len(last)]):
        return f"ends with {last}"
    if (last in _TRAILING and not brand or (kind == "organization" and _NOT_BUREAU.search(last))
            or last in _CLAUSE_END_WORDS or re.search(r"(?:尚|仍)(?:处|属|在|是|未|需)$", name)) and len(words) > 1:  # 瑞为: a firm
        return f"ends with {last}"
    growth = _GROWTH_TAIL.search(name) if kind == "field" else None
    if growth and growth.start() >= 2:
        return "ends with 发展"  # 空天信息产业高质量发展: the field, then what is said of it
    if kind == "field" and (tail := _SCALE_TAIL.search(name)) and tail.start() >= 2:
        return "ends with a scale"  # 氨氢融合装备制造千亿(产业集群): the field, then the size its cluster aims at
    if kind == "organization" and re.search(r"[省市区县](?:发布|印发|出台)$", name):
        return "ends with a verb"  # 佛山市南海区发布《…》: the place that issues, then its act (江西发布 is an account)
    if kind == "field" and _INSTITUTION_TAIL.search(name):
        return f"ends with {_INSTITUTION_TAIL.search(name).group(0)}"  # 数据基础制度, 大数据战略, 清洁能源产业高地
    if kind == "field" and len(words) > 2 and any(w in _POLICY_ACTS for w in words[1:-1]) \
            and not re.search(r"推进(?:系统|器|剂)", name):  # 氢能动力推进系统: propulsion, no policy act
        return "a policy act inside"  # 环境加速氢能: a headline's clause, not a field
    if kind == "field" and len(words) > 1 and (last in GOVERNING_VERBS or last in _FIELD_ACTS) \
            and last not in FIELD_VERB_NOUNS and last not in ("研发",) and not re.search(r"(?:回收|综合|循环)利用$", name):
        return f"ends with {last}"  # 新型语义网络构建, 行业知识图谱发现: a task done to an area, not the area (回收利用 is an industry)
    if kind == "field" and _SCALE.match(name) and len(name) > _SCALE.match(name).end() + 1:
        return f"begins with {_SCALE.match(name).group(0)}"  # 百亿级氢能: the size of an industry, then its field
    if (kind in _AREA_KINDS or kind == "cluster") and (_DEICTIC.match(name) or _WHERE.match(name)):
        return f"begins with {name[:2]}"  # 我国卫星互联网, 我市…产业集群, 国内人工智能: named without where it stands
    if kind in _AREA_KINDS:  # fields, clusters, scenarios: areas of technology or use, never places or acts
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            return "no word"  # “1+5+5”: a policy package's code, not an area
        if region_pattern("^").fullmatch(name) or region_pattern("^").fullmatch(name + "市"):
            return "a place"
        if any(w in PLURAL_WORDS for w in words[1:]):
            return "a plural inside"
        if _ORDINAL_OR_BODY.search(name):
            return "an ordinal or a body inside"  # 经信局公布第一批…: who published which batch, no area
        if kind == "scenario" and len(words) > 1 and (first.endswith("着") and len(first) >= 2
                                                      or tagged[0][1] == "v" and words[1] == "于"):
            return f"begins with {first}"  # 蕴含着生产制造, 穿梭于生命急救: what a thing does, said in a clause
        if len(words) == 1 and (first in GOVERNING_VERBS or first in _ACTS):
            return "a verb"
        if len(words) > 1 and tagged[0][1] == "v" and len(first) == 2 and (tagged[1][1].startswith("n") or tagged[1][1] == "b") \
                and first not in FIELD_VERB_NOUNS and not pair:
            return f"begins with {first}"  # 满足信息技术, 梳理新型能源材料: a verb and its object
    if kind in _PROPER_KINDS and _joined_bodies(tagged) is not None:
        return "two bodies joined"  # 丽江市与省交投集团: the parties of a meeting or a signing, not one name
    if kind == "organization" and _bodies_back_to_back(name):
        return "two bodies joined"  # 安徽省市场监管局安徽省通信管理局: a title's issuers, one after the other
    if kind in _PROPER_KINDS and _there_is(tagged) is not None:
        return "clause word 有 inside"  # 出席发布会的有辽宁省发改委, 辽宁有省级中试基地: what a clause says is there
    act = next((w for w in words[:-1] if w in _ACTS_INSIDE), None) if kind in _PROPER_KINDS \
        and not _DELEGATION.search(name) else None  # 第20批赴甘肃博士服务团: a delegation is named by where it goes
    if act:
        return f"clause word {act} inside"  # 致公党某市委会赴高新区, 贯彻落实攀西试验区: a visit or a duty, then the place
    inner = next((w for w, _ in _bilateral(list(_words(bare)))[1:-1] if w in CLAUSE_WORDS), None)  # a quoted slogan is the name's
    if inner and firm or inner == "都" and bare.find("都") == 1:
        inner = None  # 佳都科技: a firm's short name, its characters the firm's; 龙都天仁: X都, a capital, opens it
    if inner and kind != "measure":
        return f"clause word {inner} inside"
    return None


#: what names an institution, a strategy, a reform or an aim, a place, a project or a voucher (算力券), never a field of
#: technology or industry
_INSTITUTION_TAIL = re.compile(r"(?:制度|战略|提能升级|转型升级|高地|改革|机制|试点|基地|项目|券|能级|布局|产业园|园区|转型|智慧城市|[^社]区)$")
#: verbs of policy action that never stand inside a field's name
_POLICY_ACTS = frozenset("加速 加快 推动 推进 优化 助力 打造 促进 支持".split())
#: the last word of a firm's short name (联合科技, 创新集团): the word before it is the firm's, whatever its tag
_FIRM_WORDS = frozenset("科技 集团 股份 控股 实业 智能 电子 信息 软件 能源 材料 生物 医药".split())
#: acts that never stand inside a body's or a place's name: what comes before them is the clause's subject or verb
_ACTS_INSIDE = frozenset("赴 率队 带队 前往 走进 来到 贯彻落实 通知 作为 参观 考察 拜访 会见 看望 走访 感谢 期待 凝聚 建成 落户 了解 "
                         "旗下 下属".split())
#: a delegation, named by where it goes (第20批赴甘肃博士服务团), not a group of firms (某某集团)
_DELEGATION = re.compile(r"(?<!集)[团队组]$")
#: a body's or a place's last word: a name that ends in one, then 与, is the first of two (丽江市与省交投集团)
_BODY_END = re.compile(r"(?:市|省|县|区|旗|镇|集团|公司|大学|学院|研究院|研究所|局|委|厅|政府|中心|园区)$")
#: any body's last word, its division's too (…办事处, 省委, 管委会): what a name of a body, or a span that holds
#: two, ends in before the next word
BODY_TAIL = re.compile(r"(?:处|部|会|院|所|校|办|室|司|府|委|局|厅|中心|公司|集团)$|" + _BODY_END.pattern)
#: the conjunctions that join two bodies met or signed with (A与B签约, A同B座谈)
_JOIN_BODIES = frozenset("与 同 和 及 以及".split())


def _bodies_back_to_back(name: str) -> bool:
    """Does a body's name end inside ``name`` where a province's or city's name opens the next body
    (``…市场监管局安徽省通信管理局``)?"""
    if not re.search(r"(?:局|厅|委|办|政府)$", name):
        return False
    places = region_pattern()
    return not name.startswith(("国家", "中国")) and any(  # 国家税务总局山东省税务局: a national body's branch
        name[i - 1] in "局厅委办府" and places.match(name, i) is not None for i in range(3, len(name) - 3))


def _joined_bodies(tagged) -> int | None:
    """Where the second body starts when ``tagged`` joins two (``滨州高新区与齐鲁工业大学``,
    ``期间与上海清申科技发展有限公司``, ``旗长吴云与中国氢能联盟研究院``), else ``None``;
    ``国家数字化设计与制造创新中心`` joins two acts inside one name."""
    pos = 0
    for k, (w, _t) in enumerate(tagged):
        if w in _JOIN_BODIES and 0 < k < len(tagged) - 1:
            left = "".join(x for x, _ in tagged[:k])
            before = tagged[k - 1]
            after = tagged[k + 1]
            right = "".join(x for x, _ in tagged[k + 1:])
            if before[1] in ("v", "vn") or len(left) < 2 or not (
                    after[1] in _PROPER_TAGS | {"j"} or re.match(r"[省市区县]|中国|国家", after[0]) or _place_first(right)):
                return None  # 网络通信与安全紫金山实验室: what the second body starts with is no name's start
            if _BODY_END.search(left) or left.endswith(("委员会", "管委会", "协会", "联合会")) \
                    or before[1] in ("ns", "nr", "nrfg", "nt", "f", "t") or left in ("期间", "其间", "会上"):
                return pos + len(w)
            return None
        pos += len(w)
    return None
#: what opens the clause a programme is named in, never the programme's name: 全力构建“…体系”, 持续开展X行动,
#: 以来连续实施三轮“…计划”, 印发…工作, 情况列入…计划
_PROGRAMME_LEAD = re.compile(r"^(?:以来|情况|连续|持续|深入|全力|大力|积极|认真|扎实|进一步|[一二两三四五六七八九十]轮)*"
                             r"(?:建设|构建|开展|实施|印发|推进|打造|推动|启动|列入|组织|落实|出台|制定|纳入)(?:[一二两三四五六七八九十]轮)?(?=.{4})"
                             r"|^(?:以来|情况|连续|持续|深入|全力|大力|积极|认真|扎实|进一步|[一二两三四五六七八九十]轮)+(?=.{4})")
#: the kind words of bodies, alone (``…投资发展有限公司、…`` cut before its name: 有限公司)
_BARE_KIND = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司|(?:集团)?公司|集团|企业|上市公司|(?:龙头|头部|链主|国有|民营|骨干)企业|研究院|研究所|大学|学院|中心|委员会|协会|学会|"
                        r"联盟|基金|银行|(?:工作)?专班|工作组|(?:工作)?领导小组")
#: a short class of bodies: a sector or a kind and 企业/院所/机构/单位 (电网企业, 科研机构, 高校和科研院所)
_CLASS_OF_BODIES = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:和|及|与))?[\u4e00-\u9fff]{1,4}(?:企业|院所|机构|单位)")
#: two characters, then a body named by its level alone (报经|省政府, 协同|市发改委)
_ACT_LEVEL_BODY = re.compile(r"((?![省市区县自])[\u4e00-\u9fff]{2})(?:[省市区县](?:人民)?政府|[省市区县]委|[省市区县][\u4e00-\u9fff]{1,4}?(?:委|局|厅|办))")
#: zones whose short names end in a level's character (高新区政府, 经开区管委会), and parties whose branches are named by level
_ZONE_LEVELS = frozenset("高新区 经开区 开发区 保税区 自贸区 综保区 示范区 试验区 先导区 集聚区 功能区 合作区 设区市 新区 园区 片区 港区 "
                         "景区 城区 市区 社区 特区 民建 民盟 民革 民进 农工 致公 九三 台盟".split())  # and the parties' branches (民建省委)
#: words of when that open a clause, never a body's or a place's name (当天国新办举办…)
_WHEN = frozenset("当天 当日 今天 昨天 昨日 日前 近日 目前 此前 随后 届时".split())
#: words of time and manner that stand inside a clause, never inside a body's or a zone's name (省发改委近期批复|山西大学,
#: 正式吹响新一年|浑南科技城): the days above and these
_CLAUSE_TIMES = _WHEN | frozenset("近期 最近 近来 正式 再次 首次 今年 去年 全年".split())
#: the words for classes of people (相关领导、企业代表以及媒体): a name that ends in one names no body
_PEOPLE_CLASS = re.compile(r"(?:领导|代表|负责人|专家|嘉宾|记者|同志|人员|干部|职工|群众|学者|师生|家长)$")
#: the kind words of places, alone (经开区 and 高新区 stand for the text's own zone and are kept)
_BARE_ZONE = re.compile(r"(?:产业)?园区?|(?:产业|示范)?基地|集聚区|产业园区")
#: words that point at the writer's own place (我国, 我省, 本市, 全市…): they open a phrase, never an area's name
#: (全国一体化…, the national system's own name: 全国一体化算力网试点, 全国一体化政务服务平台)
_DEICTIC = re.compile(r"^(?:我|本|全)(?:国|省|市|区|县|州)(?=.)(?!一体化)")
#: the writer's whole place joined to a body (全市及科技城管委会): the body's name starts after the conjunction
_DEICTIC_JOIN = re.compile(r"^(?:我|本|全)(?:省|市|区|县|州)(?:及|和|与|、|以及)(?=.{2})")
#: words that say where, domestic or abroad, before an area (国内人工智能): no area's name opens with one
_WHERE = re.compile(r"^(?:国内外|海内外|国内|国外|境内|境外|海外)(?=.{2})")
#: kinds that name areas (of technology or use): no place, no verb phrase
_AREA_KINDS = frozenset({"field", "scenario"})
#: acts that a list of areas may hold by mistake (策划、开发、运营…)
_ACTS = frozenset("开发 研发 策划 设计 生产 推广 建设 运营 销售".split())
#: words the tagger reads as verbs that name or open technologies (计算, 存储, 制造, 合成, 增强…)
FIELD_VERB_NOUNS = frozenset("计算 存储 制造 合成 增强 扩展 混合 传感 识别 检测 感知 交互 打印 导航 通信 储能 育种 "
                             "认知 测量 控制 处理 显示 加工 封装 装备 诊断 治疗 服务 运营 应用 出行 配送 接驳 巡检 物流 通用 防污 防腐 防爆 抗菌 创新 仿生 "
                             "可信 自主 沉浸 飞行 共享".split())


#: words that govern an object as verbs but modify a noun that follows them
_MODIFIERS = frozenset({"重点"})


#: kinds whose names are proper names of bodies and places: no verb the tagger knows leads them
_PROPER_KINDS = frozenset({"organization", "zone"})
#: a demonstrative with its measure word: what points at a body or a place already named, never a name's start
_DEMONSTRATIVE = re.compile(r"^(?:这|那|此|本|该)(?:场|次|届|个|家|所|项|批|些|座)")
#: words the tagger reads as verbs that open the names of agencies (发展改革委, 应急管理局, 投资促进中心)
_AGENCY_OPENERS = frozenset("发展 改革 应急 投资 招商 审计 统计 退役 生态 数据 推进".split())
_AGENCY_END = re.compile(r"(?:委员会|委|局|厅|办|办公室|中心|司|处)$")
#: tags a proper name never opens with (a verb, or a time word before one: 现报送)
_VERB_OPEN = frozenset({"v", "vd", "vi"})
#: the words of a verb phrase before a name: verbs, their complements and adverbs (建好用好, 现报送)
_VERB_RUN = _VERB_OPEN | {"tg", "a", "ad", "d", "vn"}


#: prepositions that open a clause's adverbial inside a span (从, 通过, 由 …); 与 and 自 join or open names
_CLAUSE_PREPOSITIONS = frozenset("从 通过 由 以 据 向 把 被 经 经过 在 于 对 将 按照 根据 依托".split())
#: tags of proper words: places, people, other proper nouns, organizations, Latin, numbers
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "eng"})


def _has_proper_part(name: str, tagged) -> bool:
    """Does ``name`` hold something proper: a quote, Latin letters or digits, a word the tagger knows
    as proper (a place, a person, a brand), or a run of single characters the dictionary does not
    join (an unknown name: 迈胜, 格思)? ``综合性支撑平台`` holds none."""
    if re.search(r"[“\"「A-Za-z0-9·]", name) or any(t in _PROPER_TAGS for _, t in tagged):
        return True
    return any(len(a) == 1 and len(b) == 1 and t1 not in ("p", "c", "u", "uj", "f") and t2 not in ("p", "c", "u", "uj", "f")
               for (a, t1), (b, t2) in zip(tagged, tagged[1:], strict=False))


#: a group named by its remit, which may list what it is for (某市开展A活动、推进B行动工作领导小组)
_REMIT_GROUP = re.compile(r"[\u4e00-\u9fff”](?:工作)?(?:领导小组|工作专班)$")


def _one_programme(name: str) -> bool:
    """Does ``name`` end in a programme's head word and hold no other?"""
    heads = list(_PROGRAMME_HEAD.finditer(name))
    return len(heads) == 1 and heads[0].end() == len(name) and "、" not in name[heads[0].start() - 1:]


def _opens_clause(tagged) -> bool:
    """A preposition or a conjunction the tagger knows opens the words, and a place follows
    (据杭州市人民政府, 和兰州高新区); 以岭药业 is a name."""
    return bool(tagged) and len(tagged) > 1 and tagged[0][1] in ("p", "c") and (
        tagged[1][1] == "ns" or _place_first("".join(w for w, _ in tagged[1:])))


def _verb_first(tagged) -> bool:
    """A verb opens the words: a verb of two or more characters (力推), a one-character verb
    with its complement (建好, 建好用好), or a time word before a verb (现报送). A lone
    one-character verb before a noun is usually the first character of a name (临空…, 爱集微)."""
    if not tagged:
        return False
    (w0, t0), nxt = tagged[0], (tagged[1][1] if len(tagged) > 1 else "")
    if t0 == "tg" or t0 in ("a", "ad", "d") and len(tagged[1][0] if nxt else "") >= 2:
        opens = nxt in _VERB_OPEN  # 现报送, 真诚希望山西…: a time word or an adverb, then the verb
    else:
        opens = t0 in _VERB_OPEN and (len(w0) >= 2 or nxt in ("a", "v"))
    if not opens:
        return False
    # and a place or a body of one follows the verbs (力推南昌…, 现报送区政府); 聚变金融机构联盟 is a name
    k = 0
    while k < len(tagged) - 1 and tagged[k][1] in _VERB_RUN:
        k += 1
    rest = "".join(w for w, _ in tagged[k:])
    return tagged[k][1] == "ns" or _place_first(rest) or bool(re.match(r"[省市区县](?:人民)?(?:政府|委|局|厅|办)", rest))


def _there_is(tagged) -> int | None:
    """The place of a 有 that opens what a clause says is there, after 的 or after a place alone
    (出席发布会的有辽宁省发改委, 辽宁有省级中试基地), or ``None``.

    >>> _there_is(list(_words("发布会的有辽宁省发改委")))  # 发布会|的|有|辽宁省|发改委
    2
    >>> _there_is(list(_words("有孚数据"))) is None
    True
    """
    for k in range(1, len(tagged) - 1):
        if tagged[k][0] == "有" and (tagged[k - 1][0] == "的" or all(t == "ns" for _, t in tagged[:k])):
            return k
    return None


def _place_first(name: str) -> bool:
    """Does a region's or a district's name open ``name`` (保定…, 新建经开区: read as verbs by the tagger)?"""
    return bool(region_pattern("^").match(name)) or _district_first(name)


def _district_first(name: str) -> bool:
    from policykg.resolve import divisions

    names = divisions.district_names()
    return any((name[:k] in names or name[:k] + "区" in names or name[:k] + "县" in names)
               and not re.match(r"(?:产业|项目|企业|基地|平台|一批|若干|\d)", name[k:]) for k in (2, 3) if len(name) > k + 1)


def _bilateral(tagged: list) -> list:
    """The words of a name that opens on China and a partner written with one character each
    (中|以|生物…: 中以, China and Israel), the two as one word, not a preposition after 中."""
    if len(tagged) > 2 and tagged[0][0] == "中" and len(tagged[1][0]) == 1:
        return [("中" + tagged[1][0], "j"), *tagged[2:]]
    return tagged


def _leading_verb(word: str, kind: str) -> bool:
    if kind in VERB_FIRST_OK:
        return False
    return word in (PROGRAMME_VERBS if kind == "programme" else GOVERNING_VERBS)


def repair(name: str, kind: str) -> tuple[int, str] | None:
    """``(offset, name)``: the name inside a span that starts inside a clause, or ``None``.

    Leading verbs and function words are dropped, and so is everything up to the
    last clause word; trailing function words are dropped too. The offset is where
    the name starts within ``name``.
    """
    if shape_problem(name, kind) is None:
        return 0, name
    growth = _GROWTH_TAIL.search(name) if kind == "field" else None
    if growth and growth.start() >= 2 and shape_problem(name[:growth.start()], kind) is None:
        return 0, name[:growth.start()]  # 空天信息产业高质量发展 → 空天信息
    aim = re.search(r"(?:产业)?(?:创新)?高地$", name) if kind == "field" else None
    if aim and aim.start() >= 2 and shape_problem(name[:aim.start()], kind) is None \
            and not region_pattern("$").search(name[:aim.start()]):  # 人工智能上海高地: a place's aim, no field
        return 0, name[:aim.start()]  # 清洁能源产业高地 → 清洁能源
    scale = _SCALE.match(name) if kind == "field" else None
    if scale and len(name) - scale.end() >= 2 and shape_problem(name[scale.end():], kind) is None:
        return scale.end(), name[scale.end():]  # 百亿级氢能 → 氢能
    tail = _SCALE_TAIL.search(name) if kind == "field" else None
    if tail and tail.start() >= 2 and shape_problem(name[:tail.start()], kind) is None:
        return 0, name[:tail.start()]  # 氨氢融合装备制造千亿 → 氨氢融合装备制造
    quoted = _quote_verb_lead(name) if kind == "programme" else 0
    if quoted and shape_problem(name[quoted:], kind) is None:
        return quoted, name[quoted:]  # 深化拓展“东升模式” → “东升模式”
    lead = _PROGRAMME_LEAD.match(name) if kind == "programme" else None
    if lead and shape_problem(name[lead.end():], kind) is None:
        return lead.end(), name[lead.end():]  # 全力构建“123协同推进体系” → “123协同推进体系”
    act = _ACT_LEVEL_BODY.fullmatch(name) if kind == "organization" else None
    if act and shape_problem(name[2:], kind) is None and shape_problem(name, kind) == f"begins with {act.group(1)}":
        return 2, name[2:]  # 报经省政府 → 省政府
    deictic = _DEICTIC_JOIN.match(name) if kind in _PROPER_KINDS else None
    deictic = deictic or _DEICTIC.match(name)
    if deictic and shape_problem(name[deictic.end():], kind) is None:
        return deictic.end(), name[deictic.end():]  # 我市生物医药产业集群: the name after the writer's place
    mark = re.match(r"[—\-–·•、\s]+", name) if kind != "measure" else None
    if mark and shape_problem(name[mark.end():], kind) is None:
        return mark.end(), name[mark.end():]  # ——株洲经开区 → 株洲经开区
    person = _PERSON_AFTER.search(name) if kind == "organization" else None
    if person and shape_problem(name[:person.start(1)], kind) is None:
        return 0, name[:person.start(1)]  # 中国科学技术大学潘建 → 中国科学技术大学
    if kind in _PROPER_KINDS and name[:1] in _GOING and len(name) >= 4 and shape_problem(name[1:], kind) is None:
        return 1, name[1:]  # 赴京能集团开展调研: the verb of going, fused by the segmenter with the place's first character
    if kind in _PROPER_KINDS and name[:1] == "号" and shape_problem(name[1:], kind) is None:
        return 1, name[1:]  # 天府大道南段288号四川天府新区战略研究局: the number of an address ends at 号
    count = _COUNT_OR_YEAR.match(name) if kind in _PROPER_KINDS else None
    if count and shape_problem(name, kind) == f"begins with {count.group(0)}" and shape_problem(name[count.end():], kind) is None:
        return count.end(), name[count.end():]  # 一名|自治区党委常委: the body after the count
    role = _ROLE_INSIDE.search(name) if kind == "organization" else None
    if role:  # 嘉宾代表迈胜医疗集团: the body after the role; 市长徐志作政府: a person's act, no body
        rest = name[role.end():]
        joined = _joined_bodies(_words(rest))
        if joined is not None and shape_problem(rest[joined:], kind) is None and len(rest) - joined >= 4:
            return role.end() + joined, rest[joined:]  # 旗长吴云与中国氢能联盟研究院: the body the person met
        return (role.end(), rest) if role.group(0).endswith("代表") and len(rest) >= 4 \
            and shape_problem(rest, kind) is None else None
    joined = _joined_bodies(_words(name)) if kind in _PROPER_KINDS else None
    if joined is not None:  # 滨州高新区与齐鲁工业大学: the second body, the first stands on its own
        rest = repair(name[joined:], kind)
        return (joined + rest[0], rest[1]) if rest and len(rest[1]) >= 4 else None
    tagged = list(_words(name))
    words = [w for w, _ in tagged]
    if words and words[0] in PLURAL_WORDS:
        return None  # 各市州人民政府, 一批企业: a class of things, not a name
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w)
    i = 0
    there = _there_is(tagged) if kind in _PROPER_KINDS else None
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w in CLAUSE_WORDS or _CLAUSE_PUNCT.fullmatch(w)
               or (kind in _PROPER_KINDS and k > 0 and w in _ACTS_INSIDE and not _DELEGATION.search(name))
               or (kind in _PROPER_KINDS and k > 0 and w in _CLAUSE_TIMES)
               or (kind in _PROPER_KINDS and k > 0 and _about(w, tagged[k][1]))
               or k == there
               or (kind == "field" and k > 0 and w in _POLICY_ACTS)
               or (kind not in ("measure", "role") and w == "、")), default=0)
    i = cut
    while i < len(words) - 1 and (words[i] in FUNCTION_WORDS or _leading_verb(words[i], kind) or words[i] in _WHEN
                                  or (kind in _PROPER_KINDS and words[i] in _CLAUSE_TIMES)
                                  or (kind in _PROPER_KINDS and words[i] in _ACTS_INSIDE)) \
            and not (i > 0 and shape_problem(name[starts[i]:], kind) is None):  # 参观了|达瑞兴健康产业园: 达 opens the name
        i += 1
    if kind in _PROPER_KINDS and (_verb_first(tagged[i:]) or _opens_clause(tagged[i:])) \
            and not _place_first(name[starts[i]:]):
        while i < len(words) - 1 and tagged[i][1] in _VERB_RUN | {"p", "c"}:
            i += 1  # 建好用好青岛…联盟: verbs and their complements, up to the name
        if len(name) - starts[i] < 3:
            return None
    j = len(words)
    if kind == "organization" and j - 1 > i and words[-1] in _TOGETHER:
        j -= 1
    while j - 1 > i and words[j - 1] in _TRAILING:
        j -= 1
    if i >= j:
        return None
    start, end = starts[i], (starts[j] if j < len(starts) else len(name))
    out = name[start:end]
    # a quote or bracket opened before the cut: drop the unmatched closing mark
    for a, b in _PAIRS:
        if out.count(b) > out.count(a) and out.endswith(b):
            out = out[:-1]
        if out.count(a) > out.count(b) and out.startswith(a):
            out, start = out[1:], start + 1
    return (start, out) if shape_problem(out, kind) is None else None
