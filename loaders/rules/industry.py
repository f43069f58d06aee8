"""Industry clusters (产业集群 / directions) and the fields (领域) they group.

Rules, by the genre's structure:

- ``cluster.heading``: a heading ``打造X产业集群`` whose numbered sub-items are fields;
- ``cluster.focus_section``: the headings of a 发展重点/重点领域 section, each a direction
  that is also a field;
- ``cluster.inline``: ``聚焦发展A、B等领域，打造X产业集群``;
- ``cluster.directions``: ``围绕未来制造、未来信息…等方向`` and lists of ``X产业集群``;
- ``field.list``: ``发展壮大A、B、C等领域`` (with the verb as tier);
- ``cluster.parallel``: field lists that follow an enumeration of clusters, one list per
  cluster in order (news summaries of plans).

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("一、布局\\n（一）打造未来健康产业集群\\n在浦东、闵行等区域，打造未来健康产业集群。\\n1.脑机接口。加速突破。\\n2.合成生物。推动攻关。\\n二、其他\\n加快培育第六代移动通信、类脑智能等领域。", "x")
>>> clusters, fields = extract_industry(d, "上海市")
>>> [(c["name"], c["fields"], c["districts"]) for c in clusters]
[('未来健康产业集群', ['脑机接口', '合成生物'], ['浦东', '闵行'])]
>>> [(f["name"], f["cluster"], f["tier"]) for f in fields]
[('脑机接口', '未来健康产业集群', None), ('合成生物', '未来健康产业集群', None), ('第六代移动通信', None, '加快培育'), ('类脑智能', None, '加快培育')]
"""

from __future__ import annotations

import re

from policykg.loaders.reading.document import Bag, Doc, split_list
from policykg.loaders.rules.enumerations import (
    COMMIT,
    JOINED,
    enumerations,
    head_kind,
    technology_list,
    verb_first,
)
from policykg.loaders.rules.places import district_mentions
from policykg.loaders.rules.subject import purpose_subjects, subjects
from policykg.loaders.words.lexicon import (
    COMMIT_VERBS,
    FUNCTION_WORDS,
    GOVERNING_VERBS,
    HAN,
    TIER_VERBS,
    is_direction,
    is_generic,
    is_sector,
    region_pattern,
    strip_lead,
)
from policykg.loaders.words.segment import tags_of
from policykg.loaders.words.shape import repair
from policykg.resolve import divisions, vocabulary

_CLUSTER_NAME = re.compile(rf"^(?:打造|培育|建设|发展|壮大|布局|构建|做强|形成)?([{HAN}A-Za-z0-9]{{2,12}}?)产业集群$")
_FOCUS_SECTION = re.compile(r"发展重点|重点领域|重点方向|产业方向|主攻方向|重点产业|发展方向|布局方向|重点赛道|产业布局")
_LIST = rf"((?:[{HAN}A-Za-z0-9()（）/+]{{2,16}}、){{1,15}}[{HAN}A-Za-z0-9()（）/+]{{2,24}})"
_VERBS = "|".join(sorted(COMMIT_VERBS, key=len, reverse=True))
_GAP = rf"(?:\d+[个家项](?:左右)?|[一二三四五六七八九十]+[个家项])?(?:(?![多各诸的])[{HAN}]){{0,4}}?"
_FIELD_LIST = re.compile(rf"({_VERBS}){_LIST}等(?:{_GAP}(领域|未来产业|产业|赛道|方向)|"
                         rf"(前沿技术|新兴技术|未来技术|技术(?=研发|突破|攻关|.{{0,8}}产业化)))")
_CLUSTER_LIST = re.compile(rf"([{HAN}]{{2,14}}产业集群(?:[、和及与][{HAN}]{{2,14}}产业集群)+)")
_REPRESENTED = re.compile(rf"以{_LIST}为代表的(?:未来产业|[{HAN}]{{0,6}}产业|领域)")
_SHARED_SUFFIX = re.compile(rf"((?:未来[{HAN}]{{2,4}}、)+未来[{HAN}]{{2,4}})产业集群")
#: clauses of a verb of making, side by side (做精X,做大Y,做实Z): X, Y and Z are areas
_PARALLEL_DO = re.compile(rf"(?:^|(?<=[，,；;。：:]))\s*(?:做|培)(?:精|大|强|优|实|深|新|特|专)(?:做(?:精|大|强|优|实|深|新|特|专))?"
                          rf"([{HAN}A-Za-z0-9]{{2,14}}?)(?:产业)?(?=[，,；;。])")
#: what a verb of making may make that is no area (做大规模, 做强企业, 做优服务)
_NOT_AREA = re.compile(r"(?:规模|企业|主体|服务|平台|品牌|生态|链条|总量|增量|存量|集群|园区|基地|环境|文章|特色|优势|品质|龙头)$")
_CONTEXT = re.compile(rf"(?:^|\n)(?:在|对于|关于|围绕|针对)?([{HAN}]{{2,8}}?)(?:领域|方向|产业|方面)[，,:：]")


def _direction_of(cluster_name: str) -> str:
    """``潍坊市元宇宙产业集群`` → ``元宇宙``; ``未来健康产业集群`` → ``未来健康``."""
    direction = re.sub(r"产业集群$", "", cluster_name)
    m = re.match(r"[\u4e00-\u9fff]{2,7}?[省市区县州]", direction)
    if m and len(direction) - m.end() >= 2 and divisions.lookup_region(m.group(0)) is not None:
        direction = direction[m.end():]
    return direction


class _Clusters:
    """Clusters keyed by direction, with their field and district lists."""

    def __init__(self, doc: Doc, region: str | None):
        self.doc, self.region, self.bag, self.order = doc, region, Bag(), []

    def add(self, name: str, start: int, end: int, rule: str, direction: str | None = None) -> dict:
        direction = direction or _direction_of(name)
        full = name if name.endswith("产业集群") else None
        aliases = [] if full is None else [direction]
        ranked = _RANKED.match(full or "")
        if ranked:  # 千亿级人形机器人产业集群: the cluster without its rank, as other texts name it
            aliases.append(ranked.group(1))
        item = {"name": full or name, "direction": direction, "aliases": aliases,
                "fields": [], "districts": [], "evidence": self.doc.evidence(start, end, rule)}
        key = self.key(name, direction)
        if key not in self.bag:
            self.order.append(key)
        stored = self.bag.add(key, item)
        if full and not stored["name"].endswith("产业集群"):
            stored["aliases"] = list(dict.fromkeys([stored["name"], *stored["aliases"]]))
            stored["name"] = full
        return stored

    def key(self, name: str, direction: str | None = None) -> str:
        """A cluster's key: its direction, with the place it is named by when that is not the document's region
        (济南市生物医药产业集群 and 淄博市生物医药产业集群 in a province's list: two cities' clusters)."""
        direction = direction or _direction_of(name)
        place = region_pattern("^").match(name)
        if place and len(name) > place.end() and not _same_place(place.group(0), self.region):
            return f"{place.group(0)}|{direction}"
        return direction

    def link_districts(self, cluster: dict, start: int, end: int) -> None:
        """Link the districts named in ``[start, end)``; each link keeps the sentence naming it."""
        for s, e, form, _ in district_mentions(self.doc, self.region, start, end):
            if form not in cluster["districts"]:
                cluster["districts"].append(form)
                cluster.setdefault("district_evidence", {})[form] = self.doc.evidence(s, e, "cluster.district")


def _same_place(place: str, region: str | None) -> bool:
    """Is ``place`` the document's region, as written or in its short form (济南, 济南市)?"""
    return bool(region) and divisions.short_name(place) == divisions.short_name(region)


#: a cluster named with its rank or scale: 千亿级, 万亿级, 国家级, 世界级 …
_RANKED = re.compile(r"^(?:[千万百]亿元?级|国家级|世界级|省级|全国性|国际一流)((?:[\u4e00-\u9fffA-Za-z0-9]){2,20}产业集群)$")


def extract_industry(doc: Doc, region: str | None, about: str | None = None,
                     news: bool = False) -> tuple[list[dict], list[dict]]:
    """Clusters and fields of a document (see the module docstring); ``about`` is the title of
    the policy a news report or interpretation is about; ``news``: the title is a headline."""
    cl = _Clusters(doc, region)
    fields = Bag()
    _from_headings(doc, cl, fields)
    _subject_fields(doc, fields, about, news)
    if news:
        _headline_fields(doc, fields)
    _pillars(doc, fields)
    _topic_paragraphs(doc, fields)
    _designated_zone_fields(doc, fields)
    _named_clusters(doc, cl)
    _direction_leads(doc, cl, fields)
    _from_inline(doc, cl, fields)
    linked_lists = _from_enumerations(doc, cl, fields, region)
    _parallel(doc, cl, fields, linked_lists)
    _verb_series(doc, fields)
    _committed_industries(doc, fields)
    _context_links(doc, cl, fields)
    _own_fields(cl, fields)
    return cl.bag.values(), fields.values()


def _own_fields(cl: _Clusters, fields: Bag) -> None:
    """A cluster named by its industry (``低空经济产业集群``, ``AI及服务机器人产业集群``) holds the
    fields its name spells, when the document has them as fields; the cluster's own sentence names both."""
    by_form = {}
    for f in fields.values():
        for form in (f["name"], *f.get("aliases", [])):
            by_form.setdefault(form, f)
    for cluster in cl.bag.values():
        direction = cluster.get("direction") or ""
        parts = [direction] if direction in by_form else re.split(r"及|和|与|、", direction)
        for part in parts:
            f = by_form.get(part)
            if f is None or f["name"] in cluster["fields"]:
                continue
            cluster["fields"].append(f["name"])
            cluster.setdefault("field_evidence", {})[f["name"]] = cluster["evidence"]
            if f["cluster"] is None:
                f["cluster"] = cluster["name"]


def _joined(item: str) -> list[tuple[int, str, list[str]]]:
    """``5G和云计算``, ``光子技术与产业``: the technologies an item joins (产业 alone is none)."""
    out, at = [], 0
    for part in JOINED.split(item):
        if part not in ("和", "与", "及") and part:
            out.append((at, part, []))
        at += len(part)
    return out


def _two_fields(item: str) -> list[tuple[int, str, list[str]]]:
    """``激光及新型显示与照明``, ``机器人及智能制造``: two fields the vocabulary knows (or opens), joined by 及 in a
    list of fields, are two items; ``纤维及复合材料``, ``卫星及应用`` stay whole (one side is not a field)."""
    left, sep, right = item.partition("及")
    if sep and len(left) >= 2 and len(right) >= 2 and "及" not in right and vocabulary.canonical_field(item) is None and (
            all(vocabulary.canonical_field(p) is not None or _known_or_of_known(p) for p in (left, right))
            or (len(left) >= 4 and len(right) >= 4 and not _DEPENDENT.search(right) and not right.endswith("应用")
                and not verb_first(right))):
        return [(0, left, []), (len(left) + 1, right, [])]  # 电池材料及电芯制造封装: two areas of four characters or more
    if re.fullmatch(r"(?:(.)[\u4e00-\u9fff]){3,4}", item) and len({item[k] for k in range(0, len(item), 2)}) == 1:
        return [(k, item[k:k + 2], []) for k in range(0, len(item), 2)]  # 深地深海深空: three areas written as one word
    return _slashed(item)


#: what only completes the area before 及 (新能源电池及材料, 锂电新材料及应用, 燃料电池关键材料及零部件); a right side that
#: ends in 应用 (可控核聚变及核技术应用) is the first area's use as well
_DEPENDENT = re.compile(r"^(?:其|相关|配套|关键)?(?:应用|零部件|部件|配件|材料|深加工|配套|服务|制品|器件|设备|装备|系统|产品|元器件|技术)"
                        r"(?:开发|制造|研发|生产|加工|研制)?$")


def _slashed(item: str) -> list[tuple[int, str, list[str]]]:
    """``增强现实/虚拟现实/混合现实(AR/VR/MR)``: one field per part, its abbreviation as alias.

    >>> [(n, a) for _, n, a in _slashed("增强现实/虚拟现实(AR/VR)")]
    [('增强现实', ['AR']), ('虚拟现实', ['VR'])]
    """
    m = re.fullmatch(r"([^()（）]+?)(?:[(（]([A-Za-z0-9/]+)[)）])?", item)
    if not m or "/" not in m.group(1) or not re.search(rf"[{HAN}]/[{HAN}]", m.group(1)):
        return [(0, item, [])]
    parts, abbreviations = m.group(1).split("/"), (m.group(2) or "").split("/")
    out, pos = [], 0
    for k, part in enumerate(parts):
        abbreviation = abbreviations[k] if len(abbreviations) == len(parts) else ""
        out.append((pos, part, [abbreviation] if abbreviation else []))
        pos += len(part) + 1
    return out


#: a region of several places opening a name (成渝地区新型显示, 长三角地区, 京津冀城市群): where, not what
_AREA_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:地区|城市群|经济圈|都市圈|大湾区)")


def _add_field(fields: Bag, doc: Doc, name: str, start: int, rule: str, cluster: dict | None,
               tier: str | None, aliases: list[str] | None = None) -> None:
    name = re.sub(r"[(（](?:如|例如|比如)[^()（）]{1,12}[)）]$", "", name.strip())  # 下一代移动通信(如6G): an example
    place = region_pattern("^").match(name) or _AREA_FIRST.match(name)
    if place and len(name) - place.end() >= 2 and not region_pattern("^").fullmatch(name) \
            and vocabulary.canonical_field(name) is None:
        start, name = start + place.end(), name[place.end():]  # 成都氢能装备: the area, not where it is
    aliases = list(aliases or [])
    m = re.fullmatch(r"(.+?)[(（]([A-Za-z0-9]+)[)）]", name)
    if m:
        aliases += [m.group(1), m.group(2)]
    item = {"name": name, "aliases": aliases, "cluster": cluster["name"] if cluster else None, "tier": tier,
            "evidence": doc.evidence(start, start + len(name), rule)}
    stored = fields.add(vocabulary.field_key(re.sub(r"[()（）\s]", "", name)), item)  # one item per concept
    if stored is not item and name != stored["name"] and name not in stored["aliases"]:
        stored["aliases"].append(name)
    if cluster is not None:
        if stored["cluster"] is None:
            stored["cluster"] = cluster["name"]
        if stored["name"] not in cluster["fields"]:
            cluster["fields"].append(stored["name"])
            cluster.setdefault("field_evidence", {})[stored["name"]] = item["evidence"]


def _from_headings(doc: Doc, cl: _Clusters, fields: Bag) -> None:
    out = doc.outline
    for sec in out.sections:
        m = _CLUSTER_NAME.match(sec.title)
        counted = m and re.search(r"\d+个|[一二两三四五六七八九十百]+[个大]", m.group(1))
        if counted and not is_direction(sec.title):  # (三)壮大20个千亿级特色产业集群: 1.新能源 2.北斗及应用…, each a cluster
            for child in out.children(sec):
                t = child.title
                if t and len(t) <= 16 and not verb_first(t) and not is_generic(t) and not re.search(r"[，。；、]", t):
                    cl.add(t, child.title_start, child.title_end, "cluster.counted_heading", direction=t)
            continue
        if is_direction(sec.title) or m and (is_direction(m.group(1)) or not is_generic(m.group(1))):
            name = sec.title if is_direction(sec.title) else m.group(1) + "产业集群"
            cluster = cl.add(name, sec.title_start, sec.title_end, "cluster.heading")
            body = out.body(sec)
            cl.link_districts(cluster, *body)
            for child in out.children(sec):
                if child.title and len(child.title) <= 16:
                    _add_field(fields, doc, child.title, child.title_start, "field.cluster_item", cluster, None)
        elif _FOCUS_SECTION.search(sec.title):
            for child in out.children(sec):
                t = child.title
                if not t or len(t) > 12 or _CLUSTER_NAME.match(t) or re.search(r"[，。；]", t):
                    continue
                if verb_first(t) and re.search(r"(?:领域|方向|产业|赛道)$", t):
                    continue  # (一)巩固提升关键优势领域: a rank of the areas below it, not an area
                if is_direction(t) and out.children(child):
                    continue  # a direction with its own numbered fields: a cluster heading
                # (一)信息技术应用创新产业 under 发展重点: a field the plan develops; a 未来X heading, or the focus
                # of a plan for clusters (…未来产业集群培育行动计划), groups fields: a cluster
                cluster = cl.add(t, child.title_start, child.title_end, "cluster.focus_section", direction=t) \
                    if is_direction(t) or "集群" in (doc.title or "") else None
                _add_field(fields, doc, t, child.title_start, "field.focus_section", cluster, sec.title)


def _from_inline(doc: Doc, cl: _Clusters, fields: Bag) -> None:
    """Cluster lists, ``以A、B为代表的…`` and shared 产业集群 suffixes."""
    text = doc.text
    for m in _CLUSTER_LIST.finditer(text):
        for name in split_list(m.group(1)):
            name = strip_lead(name)
            pos = text.find(name, m.start())
            cl.add(name, pos, pos + len(name), "cluster.list")  # (its direction alone is no field: 0 of 5 in the test golds)
    for m in _REPRESENTED.finditer(text):
        items = split_list(m.group(1))
        items = [_strip_verb(strip_lead(items[0]))] + items[1:]
        if not _good_list(items):
            continue
        for i in items:
            pos = text.find(i, m.start(1))
            if is_direction(i):
                cl.add(i, pos, pos + len(i), "cluster.represented")
            else:
                _add_field(fields, doc, i, pos, "field.represented", None, None)
    for sent_start, _end, sent in doc.sentences() if _PARALLEL_DO.search(text) else ():
        parallel = list(_PARALLEL_DO.finditer(sent))
        if len(parallel) >= 2:  # 做精稀贵金属新材料,做大新能源电池材料,做实化工新材料: what each verb makes is an area
            for m in parallel:
                name = m.group(1)
                if not is_generic(name) and repair(name, "field") == (0, name) and not _NOT_AREA.search(name):
                    _add_field(fields, doc, name, sent_start + m.start(1), "field.parallel", None, None)
    for m in _SHARED_SUFFIX.finditer(text):
        for name in split_list(m.group(1)):
            if is_direction(name):
                pos = text.find(name, m.start())
                cl.add(name + "产业集群", pos, pos + len(name), "cluster.shared_suffix")


_LEAD = re.compile(rf"(?:^|\n|。)\s*(未来[{HAN}]{{2}})[。：:]")
_LEAD_VERBS = "|".join(v for v in sorted(COMMIT_VERBS, key=len, reverse=True) if v not in ("突破", "攻关", "融合"))
_LEAD_LIST = re.compile(rf"(?:{_LEAD_VERBS}){_LIST}(?=[，,。；;]|等)")


_NATIONAL_SUBJECT = re.compile(r"^(?:[^，,。]{0,12}[，,])?(?:国家|我国|全国|中央|党中央|国务院|工信部|工业和信息化部|科技部|"
                               r"国家发展改革委|国家发改委|各地)")


def national_context(doc: Doc, pos: int, region: str | None) -> bool:
    """In a regional document, a sentence whose subject is the nation (``国家将…前瞻谋划A、B等未来
    产业``) quotes national policy as context: its lists are not the region's own."""
    start, end = doc.sentence_span(pos)
    if re.search(r"总书记|习近平", doc.text[start:pos]) and re.search(r"的重要(?:指示|讲话|论述)", doc.text[pos:end]):
        return True  # 习近平总书记…作出构建A、B…的重要指示: a leader's words quoted, in any document
    if not region or region == "全国":
        return False
    return bool(_NATIONAL_SUBJECT.match(doc.text[start:pos].lstrip("“”\" ")))


#: the areas a policy acts in, not technologies: 产业发展, 民生福祉, 治理能力, 科学技术 (a plan's five 领域 of application)
_POLICY_AREA = re.compile(r"(?:发展|能力|福祉|治理|提级|提质|升级|保障|民生|科学技术|社会事业)$")


def _from_enumerations(doc: Doc, cl: _Clusters, fields: Bag, region: str | None) -> set[int]:
    """Lists whose head makes their items fields (:mod:`~policykg.loaders.rules.enumerations`):
    ``布局A、B等未来产业``, ``包括A、B等10个…产业``, ``谋篇布局未来产业(A、B)``, ``前瞻布局A和B``;
    ``未来X`` items are directions (clusters); ``…等领域，打造X产业集群`` links the fields to X.
    A list without a head is one of fields when most of its items are concepts of the field
    vocabulary and a verb of commitment governs it. Returns the first-item offsets of the lists
    linked to a cluster."""
    linked: set[int] = set()
    skip = []  # the sub-areas of one field's own item or paragraph
    for f in fields.values():
        sec = doc.section_at(f["evidence"]["start"])
        if f["evidence"]["rule"] == "field.cluster_item" and sec is not None:
            skip.append((sec.start, sec.end))
        elif f["evidence"]["rule"] not in ("field.subject", "field.pillar"):  # (以A为主导: the lead of a paragraph of many)
            skip.append(doc.paragraph_span(f["evidence"]["start"]))
    kinds = {id(e): head_kind(e) for e in enumerations(doc)}  # each list read once (the lists live in doc.cache)
    parallel = _parallel_lists(doc, kinds)
    for e in enumerations(doc):
        if any(a <= e.start < b for a, b in skip):
            continue
        kind = kinds[id(e)]
        names = e.names
        if kind is None and id(e) in parallel:
            kind = "field"  # …等领域发展提速,A、B等领域优势巩固; 巩固A、B等产业发展优势,补齐C、D等产业短板: read as their field list is
        if kind is None and not e.head and COMMIT.search(e.verb) and not _FUSED.search(names[-1] + e.rest[:4]) and \
                sum(vocabulary.canonical_field(n) is not None for n in names) * 2 >= len(names):
            kind = "field"  # not 推动互联网、大数据、人工智能和实体经济深度融合: what is fused, not fields
        if kind is None and not e.head and COMMIT.search(e.verb) and len(names) >= 3 and re.match(r"^等?(?:[,，;；。]|$)", e.rest) \
                and sum(_known_or_of_known(n) for n in names) * 3 >= len(names) * 2:
            kind = "field"  # 聚焦氢燃料电池系统、氢能船舶、氢能发电等: the areas of a known field
        if kind is None and not e.head and _DEVELOP.fullmatch(e.verb or "") and e.rest.startswith("等") and \
                sum(bool(_INDUSTRY_END.search(n)) for n in names) * 2 >= len(names):
            kind = "field"  # 重点发展航天液体动力制造、…、液体火箭发动机综合试验等: industries, headless
        one = _one_cluster(e) if (kind in (None, "cluster") or (e.after or "").startswith("集群")) and len(names) >= 2 else None
        at = doc.text.find(one, e.end, e.end + len(e.rest)) if one else -1
        if at >= 0 and not national_context(doc, e.start, region):  # 打造A、B等优势和特色智能产业集群: one cluster, its fields
            cluster = cl.add(one, at, at + len(one), "cluster.inline")
            linked.add(e.start)
            if _CHAIN_LINKS.search(names[-1]):
                continue  # 涵盖制造、封测、设备和材料全产业链的集成电路产业集群: the links of its chain, no fields
            for (a, _b), n in zip(e.items, names, strict=True):
                if not is_direction(n) and not is_sector(n) and not is_generic(n) and not n.endswith("产业集群"):
                    _add_field(fields, doc, n, a, "field.enumeration", cluster, None)
            continue
        if kind == "cluster" and all(is_direction(n) or n.endswith("产业集群") for n in names):
            for (a, b), n in zip(e.items, names, strict=True):
                written = n if n.endswith("产业集群") or n + "产业集群" not in doc.text else n + "产业集群"
                cl.add(written, a, b, "cluster.enumeration", direction=_direction_of(n))  # the name as the text writes it
            continue
        if kind == "cluster" and is_direction(names[0]):  # 未来信息、健康、制造…: 未来 written once
            for (a, b), n in zip(e.items, names, strict=True):
                cl.add(n, a, b, "cluster.enumeration", direction=n if is_direction(n) else "未来" + n)
            continue
        if kind == "cluster":  # 生物医药、新一代信息技术等3个产业集群: each item names a cluster
            places = {m.group(0) for n in names if (m := region_pattern("^").match(n))}
            for (a, b), n in zip(e.items, names, strict=True):
                bare = region_pattern("^").sub("", n) if n != names[0] or len(region_pattern("^").sub("", n)) >= 2 else n
                bare = n if len(places) >= 2 else bare  # 枣庄锂电新能源、济宁智能装备等产业集群: each city's own cluster
                a += len(n) - len(bare)  # 培育上海卫星制造、地面终端等产业集群: the region is not the name
                if not is_generic(bare) and not national_context(doc, e.start, region):
                    cl.add(bare, a, b, "cluster.enumeration", direction=bare)
            continue
        split = kind == "programme" and technology_list(e)  # 第三代半导体、5G和云计算…八大强链行动: the technologies
        if split:
            kind = "field"
        if kind != "field" or national_context(doc, e.start, region):
            continue
        if sum(is_sector(n) or is_generic(n) or bool(_POLICY_AREA.search(n)) for n in names) * 2 >= len(names):
            continue  # application sectors (制造业、文化等重点方向)
        if all(is_direction(n) for n in names):
            for (a, b), n in zip(e.items, names, strict=True):
                cl.add(n, a, b, "cluster.enumeration")
            continue
        tail = _INLINE_TAIL.match(e.rest)
        cluster = None
        if tail:
            at = e.end + tail.start(1)
            cluster = cl.add(tail.group(1), at, at + len(tail.group(1)), "cluster.inline")
            linked.add(e.start)
        tier = e.verb if e.verb in TIER_VERBS + ("谋篇布局", "前瞻谋划", "培育壮大", "做优做强") else None
        if tier is None and e.clause_initial:
            stage = re.match(rf"^[^，。；]{{0,12}}?处于([{HAN}]{{1,4}}期)", e.rest)
            tier = stage.group(1) if stage else None
        for k, ((a, _b), n) in enumerate(zip(e.items, names, strict=True)):
            owner = _owner(doc, cl, e, k) or cluster
            for offset, part, aliases in _two_fields(n) if not split else _joined(n):
                if not is_direction(part) and not is_sector(part) and not is_generic(part) and not part.endswith("产业集群"):
                    _add_field(fields, doc, part, a + offset, "field.enumeration", owner, tier, aliases)
    return linked


def _owner(doc: Doc, cl: _Clusters, e, k: int) -> dict | None:
    """The direction a bracketed sub-area is written under (``未来信息(元宇宙、未来网络)``), as its cluster."""
    span = e.parents[k] if e.parents else None
    if span is None or not is_direction(doc.text[span[0]:span[1]]):
        return None
    name = doc.text[span[0]:span[1]]
    return cl.add(name, span[0], span[1], "cluster.enumeration", direction=name)


_PARALLEL_HEAD = re.compile(r"(?:重点|前沿|新兴)?领域")


def _read_alike(doc: Doc, kinds: dict[int, str | None], member, scope) -> set[int]:
    """The lists (by ``id``) of no kind of their own that share a ``scope`` span (a sentence, a paragraph) with at least
    one other ``member`` list, one of them of fields by its own test (``kinds``): they are of fields too."""
    groups: dict[tuple[int, int], list] = {}
    for e in enumerations(doc):
        if member(e):
            groups.setdefault(scope(e.start), []).append(e)
    return {id(e) for es in groups.values() if len(es) >= 2 and any(kinds[id(x)] == "field" for x in es)
            for e in es if kinds[id(e)] is None}


def _parallel_lists(doc: Doc, kinds: dict[int, str | None]) -> set[int]:
    """Lists of parallel clauses of one sentence, each opened by a list of 领域 (``A、B、C等领域发展提速,D、E等领域优势巩固,
    F、G等领域抢位争先``), and lists of one paragraph under the same head 产业, each after its own verb (``巩固A、B等产业
    发展优势,补齐C、D等产业短板。…增强E、F等产业创新能力``): read as the list of fields among them is."""
    return _read_alike(doc, kinds, lambda e: e.clause_initial and _PARALLEL_HEAD.fullmatch(e.head), doc.sentence_span) | \
        _read_alike(doc, kinds, lambda e: e.head == "产业" and e.verb and not e.locative and not e.possessed
                    and kinds[id(e)] in (None, "field"), doc.paragraph_span)


#: words that rank or praise a cluster, not name its industry (世界级, 优势, 千亿级)
_CLUSTER_PRAISE = frozenset("优势 特色 重点 主导 支柱 新兴 战略性 标志性 代表性 世界级 国家级 省级 先进 一批 若干 现代化 高质量".split())


#: the last item of a list of a chain's links: 设备和材料全产业链
_CHAIN_LINKS = re.compile(r"(?:全产业链|产业链|全链条|链条)$")


def _one_cluster(e) -> str | None:
    """``打造A、B、C等优势和特色智能产业集群``: a list under a verb of commitment, then a cluster whose name keeps
    an industry word of its own after the words that praise it (智能产业集群; counted, four characters or more:
    ``等四大数字技术应用产业集群``). The items are that one cluster's fields; with only praise before 产业集群
    (``等特色产业集群``, ``等三大标志性产业集群``) each item is a cluster."""
    written = e.head + e.after if (e.after or "").startswith("集群") else e.head if e.head.endswith("产业集群") else \
        "" if e.head else e.after or ""
    m = re.match(rf"^([{HAN}]{{1,16}}?)产业集群", written)
    if not m or not COMMIT.search(e.verb or "") or any(is_direction(n) or n.endswith("集群") for n in e.names):
        return None
    if e.count and len(m.group(1)) < 4:
        return None  # 绿色石化、新材料等三大标志性产业集群: counted, each item is a cluster
    kept: list[str] = []
    for word, tag in reversed(tags_of(m.group(1))):
        if word in _CLUSTER_PRAISE or tag in ("c", "uj", "m", "q") or word.endswith("级"):
            break
        kept.insert(0, word)
    core = "".join(kept)
    if len(core) < 2 or core in ("产业", "未来") or is_sector(core) or is_direction(core):
        return None
    return core + "产业集群"


def _known_or_of_known(name: str) -> bool:
    """A field of the vocabulary, or a name that opens on one and goes on (氢能船舶, 量子器件), not an action."""
    if vocabulary.canonical_field(name) is not None:
        return True
    if verb_first(name) or is_sector(name) or is_generic(name) or not 3 <= len(name) <= 10:
        return False
    for j in range(len(name) - 1, 1, -1):
        c = vocabulary.canonical_field(name[:j])
        if c is not None and not c.top and not is_generic(name[:j]):
            return True
    return False


_FUSED = re.compile(r"(?:深度)?融合(?!化)|相结合")
_DEVELOP = re.compile(r"重点发展|大力发展|积极发展|培育发展|加快发展|优先发展|前瞻布局|超前布局|重点布局|培育壮大|发展壮大|做大做强|做优做强")
_INDUSTRY_END = re.compile(r"(?:制造|产业|装备|材料|技术|能源|医药|器械|芯片|软件|服务|开发|检测|试验|总装|总测|网络|智能|"
                           r"经济|通信|导航|遥感|生物|机器人)$")
_INLINE_TAIL = re.compile(rf"^等?[^，,。；;]{{0,12}}?[，,]\s*(?:打造|培育|建设|形成|构建|壮大)([{HAN}A-Za-z0-9]{{2,12}}?产业集群)")


def _direction_leads(doc: Doc, cl: _Clusters, fields: Bag) -> None:
    """``未来制造。发展智能制造、生物制造…``: a direction as a paragraph's lead words."""
    leads = [m for m in _LEAD.finditer(doc.text) if is_direction(m.group(1))]
    for i, m in enumerate(leads):
        end = leads[i + 1].start() if i + 1 < len(leads) else doc.paragraph_span(m.end())[1]
        cluster = cl.add(m.group(1), m.start(1), m.end(1), "cluster.direction_lead")
        for lm in _LEAD_LIST.finditer(doc.text, m.end(), end):
            items = split_list(lm.group(1).split("等")[0])
            if _good_list(items):
                for item in items:
                    _add_field(fields, doc, item, doc.text.find(item, lm.start(1)), "field.direction_lead",
                               cluster, None)


def _subject_fields(doc: Doc, fields: Bag, about: str | None, news: bool = False) -> None:
    """The technology a single-technology plan is for (:mod:`~policykg.loaders.rules.subject`), from its
    title, or for news and interpretations from the title of the policy they report; a policy whose
    title names none (or is not stored) states it in its first purpose (第一条 为了促进X产业高质量发展)."""
    names = [name for title in (doc.title, about) for name in subjects(title)]
    if not names and not news:
        names = purpose_subjects(doc.text)
    for name in names:
        pos = doc.text.find(name)
        if pos >= 0:
            _add_field(fields, doc, name, pos, "field.subject", None, None)


def _headline_fields(doc: Doc, fields: Bag) -> None:
    """The fields of the field vocabulary a news headline names (``天津高新区布局脑机接口新赛道``)."""
    title = doc.title or ""
    pos = doc.text.find(title) if title else -1
    if pos < 0:
        return
    for s, e, tag in doc.tokens.spans(pos, pos + len(title)):
        word = doc.text[s:e]
        if tag == "nz" and vocabulary.canonical_field(word) is not None and not is_direction(word):
            _add_field(fields, doc, word, s, "field.headline", None, None)
    for m in _HEADLINE_INDUSTRY.finditer(title):  # 海南发展海洋生物制造产业…: the industry a headline develops
        area = m.group(1)
        known = any(vocabulary.canonical_field(area[k:]) is not None for k in range(0, len(area) - 1))
        if known and not is_direction(area) and not is_generic(area) and vocabulary.canonical_field(area) is None:
            _add_field(fields, doc, area, pos + m.start(1), "field.headline", None, None)


#: a headline's verb of development and the industry it develops
_HEADLINE_INDUSTRY = re.compile(rf"(?:发展|布局|培育|壮大|打造|做强|抢占)([{HAN}]{{3,10}}?)产业")


_PILLAR = re.compile(rf"以([{HAN}]{{2,12}}产业)为(?:核心|支撑|主导|引领|龙头|特色|重点)")


def _pillars(doc: Doc, fields: Bag) -> None:
    """``打造以低空制造产业为核心、以低空保障产业为支撑的产业体系``: the industries a system is built on."""
    for m in _PILLAR.finditer(doc.text):
        name = m.group(1)
        if not is_generic(name) and not is_sector(name) and not re.search(r"新兴|战略|主导|优势|传统|支柱", name):
            _add_field(fields, doc, name, m.start(1), "field.pillar", None, None)


#: a paragraph that opens on the industry it reports on: ``航空航天产业,…``, ``新材料、新能源产业,…``
_TOPIC_LEAD = re.compile(rf"(?:^|\n)[ \t]*((?:[{HAN}]{{2,8}}、){{0,3}}[{HAN}]{{2,10}}?(?:产业|制造业))[，,]")


def _topic_paragraphs(doc: Doc, fields: Bag) -> None:
    """Paragraphs that each open on an industry, a comma, then what the industry did (航空航天产业,…项目竣工;
    装备制造业,…): a report told industry by industry names its fields. Two such paragraphs make the form."""
    leads = list(_TOPIC_LEAD.finditer(doc.text))
    if len(leads) < 2:
        return
    for m in leads:
        items = m.group(1).split("、")
        if items[-1].endswith("产业") and len(items) > 1:
            items = [*items[:-1], items[-1][:-2]]  # 新材料、新能源产业: the head is every item's
        pos = m.start(1)
        for item in items:
            if len(item) >= 2 and not is_generic(item) and not is_sector(item) and not re.search(r"新兴|战略|主导|优势|传统|支柱", item):
                _add_field(fields, doc, item, pos, "field.topic", None, None)
            pos += len(item) + 1


#: words of quality in front of a cluster's industry (世界级创新型生物医药产业集群)
_QUALITY = re.compile(r"(?:世界级|国家级|国际级?|全国|全球|一流|领先|先进|创新型|现代化|高水平|高能级|标志性|引领性|"
                      r"[万千百]亿级|具有[^的]{1,12}的)+")
_NAMED_CLUSTER = re.compile(rf"([{HAN}·0-9A-Za-z]{{2,18}}?)(?:特色)?(?:产业)?集群")


def _named_clusters(doc: Doc, cl: _Clusters) -> None:
    """``河北生物制造特色产业集群``, ``绥哈大齐生物制造集群``: a cluster named by its place and industry."""
    for m in _named_cluster_matches(doc.text):
        stem = _after_verb(m.group(1))
        quality = _QUALITY_AFTER.search(stem)
        core = stem[:quality.start()] if quality and quality.start() >= 2 else stem  # 人工智能|世界级产业集群
        industry = _industry_of(core)
        if industry is None and m.group(0).endswith("产业集群"):
            industry = _named_industry(core)  # 培育发展未来电子信息产业集群, 打造万亿级软件产业集群
        if industry and industry != core and _QUALITY.fullmatch(core[:core.find(industry)]) and not core.startswith(("万", "千", "百")):
            stem = stem[stem.find(industry):]  # 世界级创新型生物医药产业集群: the modifiers are no part of the name
        name = doc.text[m.end(1) - len(stem):m.end()]
        pair = _industry_pair(core)
        if pair:
            industry = industry or pair
        if industry and name.endswith("集群") and not re.search(r"[的、]|一批|若干|\d(?!\d*亿级)|[两二三四五六七八九十]大", stem) \
                and (pair or not re.search(r"[和与及]", stem)):
            start = m.end() - len(name)
            cl.add(name, start, m.end(), "cluster.named", direction=industry)


#: words of quality after a cluster's industry (人工智能世界级产业集群, 氢能战略性新兴产业集群)
_QUALITY_AFTER = re.compile(r"(?:世界级|国家级|战略性新兴|先进制造业?|[万千百]亿级|创新型|现代化)+$")
#: the last words of an industry's name where the vocabulary does not know it
_INDUSTRY_WORD = re.compile(r"(?:信息|软件|制造|材料|能源|装备|健康|医药|电子|通信|汽车|航空|航天|机器人|物联|网络|芯片|"
                            r"半导体|生物|化工|纺织|食品|家居|光伏|储能|氢能|数据|算力|低空|空天|海洋|"
                            # the resource and farm industries a region's clusters are named for (绿色矿业, 粮油, 优质畜产品)
                            r"矿业|粮油|果蔬|畜产品|服装|冶金|钢铁|建材|石化|有色金属|稀土|盐湖|农业|林业)$")


def _industry_pair(core: str) -> str | None:
    """The first of two known industries a cluster is named for (``AI及服务机器人``,
    ``沈阳市机器人及智能制造``), else ``None``."""
    m = re.fullmatch(r"(.{2,10}?)(?:及|和|与)(.{2,10})", region_pattern("^").sub("", core))
    if not m:
        return None
    known = [vocabulary.canonical_field(p) is not None or _industry_of(p) is not None
             or (len(p) <= 6 and _INDUSTRY_WORD.search(p) is not None) for p in m.groups()]  # 新能源及装备制造
    return m.group(1) if all(known) else None


def _named_industry(stem: str) -> str | None:
    """The industry of a cluster the vocabulary does not know, when its name reads as an industry:
    ``未来电子信息`` (a future direction), ``软件`` after its size (万亿级软件)."""
    core = re.sub(r"^(?:[万千百]亿级|世界级|国家级)+", "", region_pattern("^").sub("", stem))
    if not 2 <= len(core) <= 8 or is_generic(core) or re.search(r"[的和与及、]|一批|若干|新兴|现代|优势|传统|战略|\d", core):
        return None
    return core if re.fullmatch(rf"未来[{HAN}]{{2,6}}", core) or _INDUSTRY_WORD.search(core) else None


def _named_cluster_matches(text: str):
    """``_NAMED_CLUSTER.finditer(text)``, tried only where 集群 is written (the same matches,
    without walking the pattern from every character)."""
    floor, i = 0, text.find("集群")
    while i >= 0:
        m = _NAMED_CLUSTER.search(text, max(floor, i - 22), i + 2)
        if m is not None and m.end() == i + 2:
            yield m
            floor = m.end()
        i = text.find("集群", i + 2)


def _after_verb(stem: str) -> str:
    """The stem after its last verb or function word; a 及/和/与 between two known industries stays
    (AI及服务机器人产业集群 is one cluster)."""
    tagged = tags_of(stem)
    words = [w for w, _ in tagged]
    cut = 0
    for k, w in enumerate(words[:-1]):
        if w in GOVERNING_VERBS or w in FUNCTION_WORDS or w in COMMIT_VERBS or (tagged[k][1] == "t" and re.search(r"[年月日底初]|以来|目前|当前|近期", w)):
            # (去年底|成渝地区…集群: a time before the name)
            cut = sum(map(len, words[: k + 1]))
            if w in ("及", "和", "与") and _industry_pair(stem[_start_before(words, k):]):
                cut = _start_before(words, k)
    return stem[cut:]


def _start_before(words: list[str], k: int) -> int:
    """Where the word before ``words[k]`` starts, with the place written before it (沈阳市|机器人及…)."""
    j = k - 1 if k >= 1 else 0
    if j >= 1 and region_pattern("^").fullmatch(words[j - 1]):
        j -= 1
    return sum(map(len, words[:j]))


def _industry_of(stem: str) -> str | None:
    """The industry of a cluster stem after its place (河北生物制造 → 生物制造, 商业航天千亿级 → 商业航天);
    ``None`` when it is generic (未来产业, 战略性新兴产业) or only a direction."""
    rest = re.sub(r"(?:\d+|[百千万]|五千|[一二三四五六七八九]千)亿级$", "", region_pattern("^").sub("", stem))
    rest = re.sub(rf"^[{HAN}]{{2}}(?=[{HAN}]{{2,}})", "", rest) if vocabulary.canonical_field(rest) is None \
        and any(vocabulary.canonical_field(rest[k:]) for k in range(2, len(rest) - 1)) else rest
    if not rest or is_generic(rest) or is_direction(rest) or re.search(r"新兴|先进制造|现代|优势|传统|战略", rest):
        return None
    known = next((rest[k:] for k in range(len(rest) - 1) if vocabulary.canonical_field(rest[k:])), None)
    return known


_DESIGNATED = re.compile(rf"([{HAN}A-Za-z0-9()（）与和]{{2,24}}?)未来产业(?:先导区|科技园)")


def _designated_zone_fields(doc: Doc, fields: Bag) -> None:
    """``西湖区商业航天未来产业先导区``, ``空天科技未来产业科技园``: a designated pilot zone or science
    park is named for its field; the field is what follows the place in the name."""
    for m in _DESIGNATED.finditer(doc.text):
        stem = m.group(1)
        known = [k for k in range(len(stem) - 1) if vocabulary.canonical_field(stem[k:]) is not None]
        places = [k for k in range(1, len(stem) - 1) if _place_end(stem[:k]) and _good_field_name(stem[k:])]
        k = known[0] if known else (places[-1] if places else None)
        if k is not None:
            _add_field(fields, doc, stem[k:], m.start(1) + k, "field.designated_zone", None, None)


def _place_end(prefix: str) -> bool:
    """Does ``prefix`` end with a place: a district, county or zone (西湖区, 新昌县, 杭州高新区(滨江))?"""
    return bool(re.search(r"(?:区|县|市|镇|新区|高新区|开发区|园区)(?:[(（][^)）]{1,6}[)）])?$", prefix)) or \
        prefix in divisions.district_names()


def _good_field_name(name: str) -> bool:
    return 2 <= len(name) <= 12 and not is_generic(name) and not is_sector(name) and not re.search(r"[的在对]", name)


def _strip_verb(item: str) -> str:
    for v in sorted(COMMIT_VERBS, key=len, reverse=True):
        if item.startswith(v) and len(item) - len(v) >= 2:
            return item[len(v):]
    return item


def _good_list(items: list[str]) -> bool:
    if len(items) < 2:
        return False
    return all(2 <= len(i) <= 14 and not re.search(r"[在向对把将为的了是]|产业集群|\d+(?:\.\d+)?[亿万千百]?[元个家项%座台]", i)
               and (is_direction(i) or not is_generic(i)) for i in items)


_SERIES_VERBS = r"(?:发展壮大|培育壮大|做大做强|做优做强|前瞻布局|加快发展|大力发展|壮大|做强|做大|做优|培育|发展|布局|提升|巩固|拓展|突破)"
_SERIES_CLAUSE = rf"{_SERIES_VERBS}([{HAN}A-Za-z0-9]{{2,10}}?(?:产业|业))(?=[，,；;。])"
_SERIES = re.compile(rf"{_SERIES_CLAUSE}(?:[，,；;]{_SERIES_CLAUSE}){{2,}}")
_CLAUSE = re.compile(_SERIES_CLAUSE)
_KIND_OF_INDUSTRY = re.compile(r"型$|的|优势|传统|新兴|主导|支柱|特色|基础|成长|未来|先进|现代|高端|重点|数字化")


def _verb_series(doc: Doc, fields: Bag) -> None:
    """Industries a run of three or more parallel clauses commits to, one verb each
    (``壮大数字产品制造业,做强数字技术应用业,培育数据要素驱动业``): each a field, named without 产业."""
    for run in _SERIES.finditer(doc.text):
        items = [(m.start(1) - run.start(), m.group(1)) for m in _CLAUSE.finditer(doc.text, run.start(), run.end() + 1)]
        names = [(a, re.sub(r"(?<=.{2})产业$", "", n)) for a, n in items]
        if any(is_generic(n) or is_sector(n) or is_direction(n) or _KIND_OF_INDUSTRY.search(n) for _a, n in names):
            continue  # 壮大战略性新兴产业,做强先进制造业: kinds of industry, not areas
        for a, n in names:
            _add_field(fields, doc, n, run.start() + a, "field.verb_series", None, None)


#: one industry a clause commits to with an adverb and a verb of growing it, named before 产业 and what it grows into
#: (大力推动新型生态铝产业高质量发展, 积极推进高端材料产业发展, 大力培育壮大安全应急产业)
_COMMITTED_INDUSTRY = re.compile(rf"(?:大力|加快|积极|着力|全力|重点)(?:推动|推进|发展壮大|培育壮大|发展|培育|壮大|做强|做大)"
                                 rf"([{HAN}A-Za-z0-9]{{2,10}}?)产业(?=高质量发展|发展|集群|链|[，,。；;])")
#: what opens the name of a kind of industry, not of an area (传统产业, 优势产业, 相关产业, 全市产业); narrower than
#: _KIND_OF_INDUSTRY, which also refuses 高端/先进 anywhere in a name (高端材料 is one industry a region grows)
_KIND_OPENS = re.compile(r"^(?:传统|优势|主导|支柱|特色|新兴|战略性|未来|现代|重点|相关|本地|全[市省区县国]|[我本该][市省区县]|"
                         r"各类|各|相应|配套|上下游|数字|实体|县域|园区|文化|旅游|服务)")
#: what closes the name of a kind of industry (高端装备主导产业, 量子信息未来产业, 政务服务产业)
_KIND_ENDS = re.compile(r"(?:主导|新兴|未来|优势|支柱|特色|低碳|传统|服务|相关|配套)$")


def _committed_industries(doc: Doc, fields: Bag) -> None:
    """A single industry committed to (``大力推动新型生态铝产业高质量发展``): a field, named without 产业."""
    for m in _COMMITTED_INDUSTRY.finditer(doc.text):
        name = m.group(1)
        if _KIND_OPENS.search(name) or _KIND_ENDS.search(name) or not _good_field_name(name) \
                or re.search(r"[和与及、等]|^[一二三四五六七八九十两\d]", name) or region_pattern("^").match(name) or verb_first(name):
            continue
        _add_field(fields, doc, name, m.start(1), "field.committed_industry", None, None, [name + "产业"])


def _parallel(doc: Doc, cl: _Clusters, fields: Bag, linked: set[int]) -> None:
    """Field lists after an enumeration of clusters, matched to them in order."""
    enum = list(_CLUSTER_LIST.finditer(doc.text))
    if not enum:
        return
    names = [strip_lead(n) for n in split_list(enum[0].group(1))]
    clusters = [cl.bag.get(cl.key(n)) for n in names]
    if any(c is None or c["fields"] for c in clusters):
        return
    lists = [m for m in _FIELD_LIST.finditer(doc.text, enum[0].end()) if m.start(2) not in linked]
    lists = [m for m in lists if _good_list(split_list(m.group(2)))]
    for cluster, m in zip(clusters, lists, strict=False):
        for i in split_list(m.group(2)):
            i = _strip_verb(i)
            if not is_direction(i):
                _add_field(fields, doc, i, doc.text.find(i, m.start(2)), "cluster.parallel", cluster, None)


def _context_links(doc: Doc, cl: _Clusters, fields: Bag) -> None:
    """A paragraph that opens with ``<direction>领域，`` (``在未来能源领域，``, ``对于未来智造领域，``)
    speaks of that cluster: its districts, and the fields it names that no cluster holds yet."""
    for m in _CONTEXT.finditer(doc.text):
        cluster = cl.bag.get(m.group(1))
        if cluster is not None:
            a, b = doc.paragraph_span(m.end())
            cl.link_districts(cluster, a, b)
            for f in fields.values():
                ev = f.get("evidence") or {}
                if f["cluster"] is None and a <= ev.get("start", -1) < b and f["name"] != cluster.get("direction"):
                    f["cluster"] = cluster["name"]
                    cluster["fields"].append(f["name"])
                    cluster.setdefault("field_evidence", {})[f["name"]] = ev
