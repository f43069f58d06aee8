"""Districts (区/县, from the national dataset of administrative divisions) and
zones (pilot zones, parks, science cities, labs …).

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("在浦东、闵行等区域，依托张江科学城、临港“国际氢能谷”，谋划未来产业先导区，聚焦临港、紫竹等。", "x")
>>> [x["name"] for x in extract_districts(d, "上海市")]
['浦东', '闵行']
>>> [(z["name"], z["kind"]) for z in extract_zones(d, "上海市")]
[('国际氢能谷', '园区'), ('张江科学城', '科学城'), ('临港', '先导区'), ('紫竹', '先导区')]
"""

from __future__ import annotations

import functools
import re

from policykg.loaders.reading.document import Bag, Doc, occurrences, split_list
from policykg.loaders.rules.enumerations import enumerations, head_kind, verb_first
from policykg.loaders.words.lexicon import (
    FUNCTION_WORDS,
    GOVERNING_VERBS,
    HAN,
    PLURAL_LEAD,
    is_generic,
    place_alternation,
    region_pattern,
    strip_lead,
)
from policykg.loaders.words.segment import VERB_TAGS, tags_of
from policykg.loaders.words.terms import is_term
from policykg.resolve import divisions, vocabulary

# -- districts ---------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _district_automaton():
    """A leftmost-longest Aho-Corasick automaton over every district surface form, and the forms."""
    import ahocorasick_rs

    forms = list(divisions.district_names())
    return ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), forms


def _longest_matches(text: str):
    """``(start, end, form)`` of district forms, leftmost-longest, not overlapping."""
    auto, forms = _district_automaton()
    for i, start, end in auto.find_matches_as_indexes(text, overlapping=False):
        yield start, end, forms[i]


def district_forms_in(doc: Doc, end: int) -> list[str]:
    """The district forms the text names before ``end``, leftmost-longest; a short form (no 区/县/旗)
    only on the words of the sentence (创新|平台 names no 新平)."""
    return [form for s, e, form in _longest_matches(doc.text[:end])
            if form.endswith(("区", "县", "旗")) or (doc.tokens.is_boundary(s) and doc.tokens.is_boundary(e))]


def _prefix(region: str | None) -> str | None:
    r = divisions.lookup_region(region) if region else None
    if r is None or r.level == "nation":
        return None
    return r.adcode[:2] if r.level == "province" else r.adcode[:4]


def district_mentions(doc: Doc, region: str | None, start: int = 0, end: int | None = None):
    """Yield ``(start, end, form, division)`` for district names in a span.

    Short names count only inside the document's own region; full names
    (with 区/县) count anywhere in China when they are unambiguous.
    """
    end = len(doc.text) if end is None else end
    for s, e, form, div in _all_mentions(doc, region):
        if start <= s and e <= end:
            yield s, e, form, div


def _all_mentions(doc: Doc, region: str | None) -> list:
    """Every district mention of a document (computed once per document and region)."""
    cache = doc.cache.setdefault("districts", {})
    if region not in cache:
        cache[region] = list(_scan(doc, region))
    return cache[region]


def _scan(doc: Doc, region: str | None):
    prefix = _prefix(region)
    table = divisions.district_names()
    for s, e, form in _longest_matches(doc.text):
        found = table.get(form, [])
        if prefix:
            inside = [d for d in found if d.adcode.startswith(prefix)]
            if inside:
                found = inside
            elif not form.endswith(("区", "县", "旗")):
                continue
        if len(found) != 1 or (not prefix and not form.endswith(("区", "县", "旗"))):
            continue
        if _inside_longer_name(doc.text, s, e) or _other_city_before(doc.text, s, found[0]):
            continue
        if not form.endswith(("区", "县", "旗")) and not (doc.tokens.is_boundary(s) and doc.tokens.is_boundary(e)):
            continue  # 以上|高质量: a short name across the words of a sentence (上高), not a mention
        if doc.text[e:e + 1] in ("域", "级"):
            continue  # 主导产业和县域特色产业: 县域, 区级 are words of their own (和|县域), no 和县
        yield s, e, form, found[0]


def _other_city_before(text: str, s: int, div) -> bool:
    """``绍兴市滨海新区``: a city name right before the district that is not its parent."""
    m = re.search(r"([\u4e00-\u9fff]{2,6}[市州盟])$", text[max(0, s - 7):s])
    if not m:
        return False
    city = divisions.lookup_region(m.group(1))
    return city is not None and city.level == "city" and div.parent != city.name


def _inside_longer_name(text: str, s: int, e: int) -> bool:
    """``宝山钢铁`` / ``金山银山``: a district form glued to a longer word."""
    after = text[e:e + 3]
    return bool(re.match(r"(?:银山|钢铁|集团|公司|大学|港口|管委会|港区|路|街|镇|村)", after))


def extract_districts(doc: Doc, region: str | None) -> list[dict]:
    """Every district the document names, merged by adcode (name as first written)."""
    bag = Bag()
    for s, e, form, div in district_mentions(doc, region):
        if div.name == region:
            continue  # 仙桃市 in its own text: the region, not a place below it
        bag.add(div.adcode, {"name": form, "aliases": list(dict.fromkeys((form, div.name))), "adcode": div.adcode,
                             "parent": div.parent, "evidence": doc.evidence(s, e, "district.dataset")})
    items = bag.values()
    for item in items:  # every form written is a name of the district (浦东新区人民政府…, then 浦东 alone)
        item["aliases"] = [a for a in item["aliases"] if a != item["name"]]
    return items


# -- zones ---------------------------------------------------------------------
#: zone suffix → kind (longest suffixes first when matching)
ZONE_SUFFIXES = {
    "先导区": "先导区", "先行区": "先行区", "国家自主创新示范区": "国家自主创新示范区", "示范区": "示范区",
    "新片区": "新片区", "自由贸易试验区": "自贸区", "工业园区": "园区", "经开区": "开发区", "高新园": "园区",
    "新区": "新区", "自贸区": "自贸区", "高新技术产业开发区": "高新区",
    "经济技术开发区": "开发区", "高新区": "高新区", "开发区": "开发区", "产业园区": "园区", "产业园": "园区",
    "科技园": "园区", "科创园": "园区", "科创区": "创新区", "创新园": "园区", "软件园": "园区", "智慧谷": "园区", "谷": "园区",
    "港": "园区", "岛": "园区", "小镇": "园区", "科学城": "科学城", "科技城": "科技城", "科创城": "科技城", "航天城": "科技城", "发射场": "基地",
    "生态城": "生态城", "创新区": "创新区", "集聚区": "集聚区", "新城": "新城", "实验室": "实验室",
    "片区": "片区", "合作区": "合作区", "工业园": "园区", "综合保税区": "保税区", "保税区": "保税区", "经济区": "经济区",
    "产业基地": "基地", "基地": "基地", "街区": "街区", "度假区": "度假区", "风景名胜区": "风景区", "风景区": "风景区", "集中区": "集聚区", "管理区": "管理区",
    "数据中心集群": "集群", "港区": "港区", "港务区": "港区", "工业区": "园区", "功能区": "功能区", "大街": "街区", "综合实验区": "实验区", "实验区": "实验区", "综合试验区": "试验区", "试验区": "试验区",
}
_ZONE_SUFFIXES_LONGEST = sorted(ZONE_SUFFIXES, key=len, reverse=True)
_SUFFIX_RE = "|".join(sorted(map(re.escape, ZONE_SUFFIXES), key=len, reverse=True))
_ZONE_SUFFIX = re.compile(rf"({_SUFFIX_RE})(?=[^{HAN}]|建设|等|和|与|及|为|作用|的|管委会|管理委员会|管委|党工委|工委|作为|聚焦|是|在|位于|$)")
#: a suffix of three characters or more says by itself that a zone's name ends there
#: (石家庄国家生物产业基地向…, 沧州临港经济技术开发区积极承接…), on a word boundary
_LONG_SUFFIX = re.compile("(" + "|".join(sorted((re.escape(x) for x in ZONE_SUFFIXES if len(x) >= 3), key=len, reverse=True)) + ")")
_SHORT_SUFFIX = re.compile("(" + "|".join(sorted((re.escape(x) for x in ZONE_SUFFIXES if len(x) == 2), key=len, reverse=True)) + ")")
_STEM_CHARS = re.compile(rf"[{HAN}A-Za-z0-9·“”()（）—-]{{2,24}}$")
_QUOTED_ZONE = re.compile(rf"“([{HAN}A-Za-z0-9]{{1,10}}(?:{_SUFFIX_RE}))”")
_KIND_LIST = re.compile(rf"([{HAN}]{{0,8}}({_SUFFIX_RE}))[，,]?(?:重点)?(?:聚焦|包括|分别是|依托|布局在|选址)"
                        rf"((?:[{HAN}A-Za-z0-9“”]{{2,12}}[、和及与]?){{2,12}})(?:等|。|，|,)")
_LIST_VERB = re.compile("聚焦|包括|分别是|依托|布局在|选址")
#: ``以A、B以及C作为主要载体``, ``依托A和B为承载``: the places a plan builds on
_CARRIER = re.compile(rf"(?:以|依托)([{HAN}A-Za-z0-9、\-]{{4,80}}?)(?:作)?为(?:主要|重要|核心)?(?:载体|承载|承载地|依托)")
#: how far before its verb a _KIND_LIST match can start: name prefix, suffix, "，重点"
_KIND_REACH = 8 + max(map(len, ZONE_SUFFIXES)) + 3
_SINGLE_CHAR_SUFFIX = {"谷", "港", "岛"}


def _kind_lists(text: str):
    """The matches of ``_KIND_LIST.finditer(text)``, trying only starts within reach of a verb.

    Every match holds a list verb at most ``_KIND_REACH`` characters after its
    start, so the other starts cannot match; the regex alone tries its optional
    prefix at every character (the costliest step of zone extraction).

    >>> t = "本市依托张江科学城，重点聚焦临港、紫竹等。"
    >>> [m.group(0) for m in _kind_lists(t)] == [m.group(0) for m in _KIND_LIST.finditer(t)]
    True
    """
    pos = tried = 0
    for verb in _LIST_VERB.finditer(text):
        if verb.start() < pos:
            continue
        for start in range(max(pos, tried, verb.start() - _KIND_REACH), verb.start()):
            m = _KIND_LIST.match(text, start)
            if m:
                yield m
                pos = m.end()
                break
        tried = max(tried, verb.start())


def _kind(suffix: str) -> str:
    return ZONE_SUFFIXES.get(suffix, "园区")


def extract_zones(doc: Doc, region: str | None) -> list[dict]:
    """Named zones: parks, pilot zones, science cities, labs, new areas."""
    bag = Bag()
    text = doc.text
    for m in _QUOTED_ZONE.finditer(text):
        name = m.group(1)
        suffix = _suffix_of(name)
        if _slogan(name[: -len(suffix)]):
            continue
        prefix = strip_lead(re.search(rf"[{HAN}]*$", text[max(0, m.start() - 6):m.start()]).group(0))  # 建设旗山湖“智谷”
        aliases = [prefix + m.group(0)] if 2 <= len(prefix) <= 4 and not re.search(r"[的和与及、等如比]", prefix) else []
        bag.add(name, {"name": name, "aliases": aliases, "kind": _kind(suffix),
                       "evidence": doc.evidence(m.start(1), m.end(1), "zone.quoted")})
    for m in _suffix_matches(doc):
        stem = _STEM_CHARS.search(text, max(0, m.start() - 20), m.start())
        if stem is None:
            continue
        name = _clean_zone(stem.group(0)) + m.group(1)
        if not _plausible(name, m.group(1)) or _aspired(text, m.end() - len(name), m.end()) \
                or re.search(r"[和与及、]$", name[:-len(m.group(1))]):
            continue  # 根据论证意见和先导区布局: a kind of zone joined to another word, no name
        start = m.end() - len(name)
        bag.add(name, {"name": name, "aliases": [], "kind": _kind(m.group(1)),
                       "evidence": doc.evidence(start, m.end(), "zone.suffix")})
    for e in enumerations(doc):  # 布局空天园、信息园…等五大产业园区: the places a list of zones names
        if head_kind(e) != "zone":
            continue
        kind = _kind(_suffix_of(e.head) or "园区")
        if not e.count and _ASPIRE.search(e.verb) and not any(_PLACE_START.match(n) for n in e.names):
            continue  # 打造A先导区、B样板区、C示范区: what the region means to become, no place
        if re.match(r"(?:输电|送电|输气|供电|示范工程|工程|项目)", e.after or ""):
            continue  # 跨国网、南网沙戈荒基地输电示范工程: the head word inside a project's name
        for (a, _b), item in zip(e.items, e.names, strict=True):
            if 2 <= len(item) <= 16 and not is_generic(item) and vocabulary.canonical_field(item) is None and not is_term(item) \
                    and not re.search(r"[的在对把将]|(?:产业|领域|技术|方向|发电|储能|光伏|风电)$", item) \
                    and not region_pattern("^").fullmatch(item):  # 大型风电、光伏发电基地: kinds of base, no place
                bag.add(item, {"name": item, "aliases": [], "kind": kind, "evidence": doc.evidence(a, a + len(item), "zone.enumeration")})
    for m in _kind_lists(text):
        kind = _kind(m.group(2))
        for item in split_list(m.group(3)):
            if 2 <= len(item) <= 8 and not is_generic(item) and not re.search(r"[的在对把将]|(?:产业|领域|技术|方向)$", item) \
                    and vocabulary.canonical_field(item) is None:
                pos = text.find(item, m.start(3))
                bag.add(item, {"name": item, "aliases": [], "kind": kind,
                               "evidence": doc.evidence(pos, pos + len(item), "zone.kind_list")})
    for m in _CARRIER.finditer(text):  # 以A、B以及C作为主要载体: the places a plan builds on
        for item in re.split(r"、|以及|和|及|与", m.group(1)):
            item = item.strip()
            if not 4 <= len(item) <= 20 or is_generic(item) or vocabulary.canonical_field(item) is not None \
                    or re.search(r"[的在对把将]|(?:大学|学院|医院|公司|集团|企业|政府|局|委|厅|网络|技术|平台|数据|资源|体系|设施)$", item) \
                    or region_pattern("^").fullmatch(item):
                continue
            pos = text.find(item, m.start(1))
            suffix = _suffix_of(item)
            if not (suffix or re.search(r"(?:园|城|基地)$", item)) or (suffix and vocabulary.canonical_field(item[:-len(suffix)])):
                continue  # 关键生产要素: no place; 氢能产业园: a kind of park named by its field, not a named one
            bag.add(item, {"name": item, "aliases": [], "kind": _kind(suffix) if suffix else "园区",
                           "evidence": doc.evidence(pos, pos + len(item), "zone.carrier")})
    zones = _merge_abbreviated(_short_kinds(_merge_placed(bag.values())))
    zones = [z for z in zones if not _is_district_name(z["name"], region)]
    zones = [z for z in zones if not _inside_other(text, z, zones)]
    for z in zones:
        _unplaced_alias(z)
    return zones


def _unplaced_alias(zone: dict) -> None:
    """``甘肃省兰州新区``, ``济宁市珞石智能制造产业园``: the zone's name after its province's or city's is an alias,
    when that rest is a name of its own (not a kind: 工业园区, 高新区; not a district's: 绍兴市滨海新区)."""
    name = zone["name"]
    m = region_pattern("^").match(name)
    rest = name[m.end():] if m else ""
    inner = region_pattern("^").match(rest) if m and m.group(0)[-1:] == "省" else None
    if inner and inner.group(0)[-1:] == "市":  # 海南省三亚市崖州湾科技城: the province's city too
        rest = rest[inner.end():]
    if m and m.group(0)[-1:] in ("省", "市") and len(rest) >= 4 and not is_generic(rest) and _plausible(rest, _suffix_of(rest)) \
            and rest not in zone.get("aliases", []) and rest not in divisions.district_names():
        zone["aliases"] = [*zone.get("aliases", []), rest]


def _suffix_of(name: str) -> str:
    """The longest zone suffix ``name`` ends with, or ``""``."""
    return next((s for s in _ZONE_SUFFIXES_LONGEST if name.endswith(s)), "")


#: the short forms of a kind of zone (自贸试验区 for 自由贸易试验区)
_KIND_SHORT = {"自贸试验区": "自由贸易试验区", "自贸区": "自由贸易试验区", "高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}


def _short_kinds(zones: list[dict]) -> list[dict]:
    """``中国(江苏)自由贸易试验区`` … ``自贸试验区``: a kind's short form alone stands for the one zone of that kind the
    text names in full; it is that zone's alias."""
    out = []
    for z in zones:
        full = _KIND_SHORT.get(z["name"])
        owners = [o for o in zones if full and o["name"].endswith(full)] if full else []
        if len(owners) == 1:
            owners[0]["aliases"] = list(dict.fromkeys([*owners[0].get("aliases", []), z["name"]]))
            continue
        out.append(z)
    return out


def _merge_abbreviated(zones: list[dict]) -> list[dict]:
    """A zone written in full and then abbreviated (中韩(长春)国际合作示范区 … 中韩示范区, 中韩(长春)国际示范区) is one zone:
    the short name opens as the full one does, ends in the same kind and keeps its characters in order; when one full
    name alone fits, the short one is its alias."""
    drop = set()
    for z in sorted(zones, key=lambda z: -len(z["name"])):  # the longer abbreviations first: the shorter fit one name
        name, kind = z["name"], _suffix_of(z["name"])
        if len(name) < 4 or not kind:
            continue
        fits = [o for o in zones if o is not z and len(o["name"]) > len(name) and o["name"][:2] == name[:2]
                and _suffix_of(o["name"]) == kind and _in_order(name, o["name"]) and o["name"] not in drop]
        if len(fits) == 1:
            fits[0]["aliases"] = list(dict.fromkeys([*fits[0].get("aliases", []), name, *z.get("aliases", [])]))
            drop.add(name)
    return [z for z in zones if z["name"] not in drop]


def _in_order(short: str, long: str) -> bool:
    """Are the characters of ``short`` those of ``long``, in order (a subsequence)?"""
    chars = iter(long)
    return all(c in chars for c in short)


def _merge_placed(zones: list[dict]) -> list[dict]:
    """A zone named with its place and without (哈尔滨国家新一代人工智能创新发展试验区 and
    国家新一代人工智能创新发展试验区) is one zone: the placed name, the other as its alias."""
    names = {z["name"]: z for z in zones}
    drop = set()
    for z in zones:
        for other, o in names.items():
            place = z["name"][: len(z["name"]) - len(other)]
            if other != z["name"] and z["name"].endswith(other) and len(other) >= 6 \
                    and region_pattern("^").fullmatch(place) and other not in drop:
                z["aliases"] = list(dict.fromkeys([*z.get("aliases", []), other, *o.get("aliases", [])]))
                drop.add(other)
    return [z for z in zones if z["name"] not in drop]


def _inside_other(text: str, zone: dict, zones: list[dict]) -> bool:
    """``杭州高新区`` where the text only writes it inside ``杭州高新区(滨江)人形机器人未来产业先导区``."""
    name = zone["name"]
    longer = [z["name"] for z in zones if name in z["name"] and z["name"] != name]
    if not longer:
        return False
    covered = [(at, at + len(y)) for y in longer for at in occurrences(y, text)]
    return all(any(a <= at < b for a, b in covered) for at in occurrences(name, text))


_LINKING_VERBS = frozenset("联合 依托 支持 推动 打造 聚焦 围绕 携手 会同 牵头 对接 辐射 带动".split())


def _suffix_matches(doc: Doc):
    """Zone suffixes that end a name: a short one before a boundary word, a long one on a word
    boundary (sorted by position, the longest suffix at each end)."""
    text, tokens = doc.text, doc.tokens
    found = {m.end(): m for m in _ZONE_SUFFIX.finditer(text)}
    for m in _SHORT_SUFFIX.finditer(text):  # 在雄安新区注册: a short suffix as a word, a verb after it
        if m.end() not in found and tokens.is_boundary(m.start()) and tokens.is_boundary(m.end()) \
                and m.end() < len(text) and tokens.tag_at(m.end()) in VERB_TAGS:
            found[m.end()] = m
    for m in _LONG_SUFFIX.finditer(text):
        if m.end() not in found and (tokens.is_boundary(m.end()) or not re.match(rf"[{HAN}]", text[m.end():m.end() + 1])
                                     or re.match(r"[内外](?:[，,。；;、]|$)", text[m.end():m.end() + 2])) \
                and not re.match(r"(?:内|外)(?![，,。；;、])", text[m.end():m.end() + 4]):  # 青岛西海岸新区管委: the zone its body runs
            # (株洲北斗产业园内,占地…: the park, then where in it, though the segmenter reads 园内 as one word)
            found[m.end()] = m
    return [found[k] for k in sorted(found)]


def _clean_zone(stem: str) -> str:
    stem = re.sub(r"^.*[(（][一二三四五六七八九十\d]{1,3}[)）]", "", stem)  # an outline marker
    stem = re.split(r"—{2,}|-{2,}", stem)[-1]  # 全省首家区块链产业园———娄底市区块链|产业园: a dash run sets the name apart
    if stem.count("(") + stem.count("（") != stem.count(")") + stem.count("）"):
        stem = re.split(r"[()（）]", stem)[-1]
    stem = stem.split("“")[-1] if stem.count("“") > stem.count("”") else stem
    stem = stem.split("”")[-1] if stem.count("”") > stem.count("“") else stem  # 拼进度。”绍兴…产业园: a quote closed before it
    parts = _split_words(stem)
    stem = parts[-1]
    # 生物医药与生物食品先导区: keep 与/和 inside a name unless the left side is a zone itself
    while len(parts) >= 3 and parts[-2] in ("与", "和", "及") and not _ZONE_SUFFIX.search(parts[-3] + "x") \
            and not (len(parts[-3]) >= 6 and parts[-3].endswith("区")) \
            and not re.search(r"(?:政府|委员会|管委会|局|厅|委|办|大学|学院|研究院|公司|集团|谷|湾|港|岛|城|地块|片区|"
                              r"工作|建设|管理|服务|合作|交流|机场)$", parts[-3]):  # 江苏商务工作和自贸试验区: a task on the left
        # (厦门大学航空航天学院与安庆经开区, 碳谷绿湾与东方美谷, 松嫩平原生物产业核心区和泛三江平原生物产业示范区:
        # a body or a place on the left, two names)
        stem = parts[-3] + parts[-2] + stem
        parts = parts[:-2]
    if stem.startswith("环") and region_pattern("^").match(stem[1:]):
        stem = stem[1:]  # 环哈尔滨新区: the places around the zone, named by the zone
    stem = _after_last_verb(strip_lead(stem))
    return re.sub(r"^(?:我|本|全)[省市区县州旗](?=[\u4e00-\u9fff]{2})", "", stem)  # 我市临港产业园: the writer's place, no part of the name


#: the words a zone's name never runs across: function words (written as words of their own: 和 in 和林格尔 is
#: a place's), verbs of building, visiting and including
_SPLIT_CHARS = frozenset("的和与及在于是等从向对到系含")
_SPLIT_WORDS = re.compile(r"建设|打造|推进|依托|纳入|聚焦|推动|形成|成为|关于|同意|开展|批复|适用|调研|考察|走访|参观|视察|带队|前往|来到|"
                          r"落地|结合|争当|包括|包含|其中|走进|位于|汇报|推介")


def _split_words(stem: str) -> list[str]:
    """``stem`` split as ``re.split`` with a captured separator would: text, separator, text …, cut at the
    words a zone's name never runs across, read from the segmenter's words (和林格尔 stays whole)."""
    parts, at, pos = [], 0, 0
    words = [w for w, _ in tags_of(stem)] if stem else []
    for k, w in enumerate(words):
        sep = None
        if w in _SPLIT_CHARS or (w == "以" and k > 0 and words[k - 1][-1:] in "区园城港"):
            sep = w
        else:
            m = _SPLIT_WORDS.search(w)
            if m and (m.group(0) == w or len(w) > 2):
                sep = w  # 紧密结合, 落地: the word; 开展落地: the run
        if sep:
            parts += [stem[at:pos], sep]
            at = pos + len(w)
        pos += len(w)
    parts.append(stem[at:])
    if len(parts) >= 2 and parts[-1][:1] == "好" and parts[-2] in ("建设", "打造"):
        parts[-1] = parts[-1][1:]  # 建设好太白湖新区: the verb's complement
    return parts


def _after_last_verb(stem: str) -> str:
    """The stem after the last verb or function word in it (``正式获批天津市首批`` → ``天津市首批``)."""
    tagged = tags_of(stem) if stem else []
    cut = end = 0
    for k, (w, tag) in enumerate(tagged):
        end += len(w)
        if w in _PREDICATES:  # 南宁东部新城全年实现|产业园区, 连通|东部新城: a clause's predicate, wherever it stands
            cut = end
        elif k < len(tagged) - 1:
            # 高新区全方位满足|脑机海河: a verb after a non-noun is a predicate (科技创新走廊 is a compound)
            verb = tag == "v" and len(w) >= 2 and k > 0 and not tagged[k - 1][1].startswith("n")
            function = w in FUNCTION_WORDS and (len(w) >= 2 or w in "在于将对为向从把被由")
            if (w in GOVERNING_VERBS or function or verb) and w not in ("与", "和", "及"):
                cut = end
    return stem[cut:]


#: predicates that end a clause inside a zone's stem and begin no name (实现 …产值, 连通 …新城)
_PREDICATES = frozenset("实现 完成 达到 新增 拥有 获批 入选 获得 连通 连接 签约 落户 累计 协助 帮助 步入 进入 是指 指".split())


#: verbs of what a region means to become (``打造东西部算力资源调度先导区``)
_ASPIRE = re.compile(r"打造|建成|建设成为|成为|争创|创建|争当|努力建设")


def _aspired(text: str, start: int, end: int) -> bool:
    """Zones named only by what a region means to be: a list of them after a verb of aspiration
    (``着力打造A先导区、B样板区、C示范区``, ``…示范区的目标``), none with a place in its name. One zone
    after such a verb may be a designated place (``将建成光谷未来产业先导区``) and stays."""
    if _PLACE_START.match(text[start:end]) or "“" in text[start:end]:
        return False
    clause = re.split(r"[，,。；;：:\n]", text[max(0, start - 60):start])[-1]
    items = re.sub(rf"(?:[{HAN}A-Za-z0-9]{{2,24}}?、)+$", "", clause)  # without the list's earlier items
    listed = items != clause or text[end:end + 1] == "、"
    return bool(re.search(rf"(?:{_ASPIRE.pattern})$", items)) and (listed or bool(re.match(r"的(?:目标|定位)", text[end:])))


def _slogan(stem: str) -> bool:
    """Counted parts of a layout (“三城一岛”, “一心两翼一片区”): a slogan, not a place's name."""
    if region_pattern("^").fullmatch(stem) or stem in divisions.district_names():
        return False  # 三门峡, 九江, 六安: a place named with a numeral
    return bool(re.search(r"[一二三四五六七八九十]", stem) and len(stem) <= 4
                or re.fullmatch(r"(?:[一二两三四五六七八九十]+[\u4e00-\u9fff]){2,}[一二两三四五六七八九十]*", stem))


def plausible_zone(name: str) -> bool:
    """Could ``name`` be a zone's name as it stands: no rank to reach (国家级数据标注基地), no slogan, no
    count of places? (A name without a zone's suffix is not judged here.)"""
    suffix = next((s for s in _ZONE_SUFFIXES_LONGEST if name.endswith(s) and len(name) > len(s)), None)
    return suffix is None or _plausible(name, suffix)


def _plausible(name: str, suffix: str) -> bool:
    stem = name[: -len(suffix)]
    quoted = re.fullmatch(r"“([^“”]{1,8})”[\u4e00-\u9fff]{0,8}", stem)  # “两湖”创新区, “BT+IT”生物经济创新区: a quoted nickname
    if len(stem) < 2 or PLURAL_LEAD.match(stem) or (("“" in stem or "”" in stem) and not quoted):
        return False
    if quoted and (_slogan(quoted.group(1)) or re.search(r"[一二三四五六七八九十]", quoted.group(1))):
        return False  # “一心两翼”片区: a layout's slogan
    if suffix in _SINGLE_CHAR_SUFFIX and (len(stem) < 3 or is_generic(stem[:2]) or strip_lead(stem[:2] + "xx") == "xx"):
        return False
    if _slogan(stem):
        return False  # “三城一岛”, 一心两翼一片区: a slogan, not a place
    if strip_lead(stem + "xx") == "xx":
        return False  # 图为|航天城, 目前|科学城: a caption's or a clause's opening word before a bare kind of place
    if re.search(r"第[一二三四五六七八九十\d]+[家个批]|首批|首个|首家|领域|^(?:此次|本次|该)|"
                 r"(?:^|[^一二三四五六七八九十])[两二三四五六七八九十\d]+(?:大|个|家|批)", stem):
        return False  # 天津市第六家海河实验室: a count of places, not a name
    words = tags_of(stem)
    if words and all(w in GOVERNING_VERBS or w in FUNCTION_WORDS for w, _ in words):
        return False  # 充分发挥|经开区: a verb, no name
    if words and words[-1][0] in _LINKING_VERBS:
        return False  # 实验室联合|高新区: the stem ends with a verb that takes the zone as its object
    bare = _PLACE_START.sub(stem)
    if bare != stem and (not bare or is_generic(bare)) \
            and not (bare in ("", "国家") and re.search(r"高新区|开发区|经开区|高新技术产业开发区|自主创新示范区$", suffix)) \
            and not (suffix.endswith("开发区") and re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:业|产业)", bare)) \
            and not (bare and suffix in ("园区", "产业园", "产业园区") and _county_place(stem[: len(stem) - len(bare)])):
        return False  # 浙江省未来产业先导区: a region and generic words (海口国家高新区 is a zone's name; a county's
        # park is named by the county and a word or two: 德昌特色园区, 新都高新技术产业园)
    if re.match(r"[省市区县](?![委政])", stem) and not _PLACE_START.match(stem):
        return False  # 市临空经济区 (各有关市…): a kind of zone in every city, no name
    if any(re.match(r"(?:世界级|国际一流|国家级|省级|市级|全国|全球|国家重要|级)", x) for x in (stem, _PLACE_START.sub(stem))):
        return False  # 打造国家级数据标注基地, 世界级生物医药产业园区: a rank to reach, no name
    if suffix.endswith("基地") and not (_PLACE_START.match(stem) or "国家" in stem or _firm_placed(stem)):
        return False  # 基地 names a place only with one in front (石家庄国家生物产业基地), not 材料生产基地
    if _field_only(stem) and "未来产业" not in stem:
        return False  # 低空经济产业园, 广西低空经济示范区: a kind of place for a field, no proper name
        # (空天科技未来产业科技园 is the name a national programme gives a designated park)
    return not is_generic(stem) and not re.search(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![\dA-Za-z])", stem)  # 电信5G…产业园 is a name


def _county_place(place: str) -> bool:
    """Is ``place`` a county's or a district's name (德昌, 新都区), not a province's or a city's?"""
    return bool(place) and divisions.lookup_region(place) is None and bool(divisions.district_candidates(place))


def _firm_placed(stem: str) -> bool:
    """A base named by its owner and its place (海辰储能重庆制造基地, 比亚迪动力电池宁乡生产基地): a
    name of two or more characters, then a city or district; or a group's (神州集团保温材料基地)."""
    m = _PLACE_START.search(stem) or re.search(r"集团(?=[\u4e00-\u9fff]{2})", stem)
    if not m or m.start() < 2 or is_generic(stem[:m.start()]) or verb_first(stem):
        return False
    first, tag = tags_of(stem[:m.start()])[0]
    return tag[:1] not in ("v", "p", "d", "c", "t") and first not in GOVERNING_VERBS  # not 前来|临汾飞行基地


class _PlaceStart:
    """Does a stem open with a province, city or district name?"""

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def _re() -> re.Pattern:
        return re.compile(place_alternation())

    def match(self, stem: str):
        return self._re().match(stem)

    def search(self, stem: str):
        return self._re().search(stem)

    def sub(self, stem: str) -> str:
        """``stem`` without the place names it opens with."""
        while (m := self._re().match(stem)) and m.end() < len(stem):
            stem = stem[m.end():]
        return stem


_PLACE_START = _PlaceStart()


@functools.lru_cache(maxsize=4096)
def _field_only(stem: str) -> bool:
    """A stem made of at most a province, a field of the vocabulary and generic words (低空经济,
    广西低空经济); a city or district in front makes it a name (秦皇岛山海关生物制造)."""
    rest = _PLACE_START.sub(stem) if stem else stem
    place = stem[: len(stem) - len(rest)]
    if place:
        region = divisions.lookup_region(place)
        if region is None or region.level != "province":
            return False
    for n in range(len(rest), 1, -1):
        if vocabulary.canonical_field(rest[:n]) is not None:
            return is_generic(rest[n:]) or rest[n:] in ("", "产业", "经济")
    return False


def _is_district_name(name: str, region: str | None) -> bool:
    return name in divisions.district_names() and _prefix(region) is not None and any(
        d.adcode.startswith(_prefix(region) or "") for d in divisions.district_names()[name])
