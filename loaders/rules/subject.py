"""The subject of a document: the technology or industry a single-technology plan is for.

A plan, measure or opinion written for one technology names it in its title,
between the region and the genre: 《湖北省人形机器人产业创新发展实施方案》,
《关于推动脑机接口产业创新发展的实施意见》, 《成都市低空经济发展行动计划(2024—2026年)》.
That technology is the document's primary field. News and interpretations take
the subject of the policy they report (``about``). Titles about future industries
in general (未来产业, 新质生产力 …) have no single subject.

>>> subjects("湖北省人形机器人产业创新发展实施方案(2025-2027年)")
['人形机器人']
>>> subjects("关于推动脑机接口产业创新发展的实施意见")
['脑机接口']
>>> subjects("四川省脑机接口及人机交互产业攻坚突破行动计划")
['脑机接口', '人机交互']
>>> subjects("成都市促进低空经济高质量发展若干政策措施"), subjects("上海市脑机接口未来产业培育行动方案(2025-2030年)")
(['低空经济'], ['脑机接口'])
>>> subjects("湖南省贯彻落实国务院“人工智能+”行动的实施方案")
['人工智能']
>>> subjects("成都市推动氢燃料电池商用车产业发展及推广应用行动方案(2024—2026年)")
['氢燃料电池商用车']
>>> subjects("陕西省培育千亿级人工智能产业创新集群行动计划"), subjects("陕西省“十四五”氢能产业发展规划")
(['人工智能'], ['氢能'])
>>> subjects("广州市黄埔区 广州开发区促进元宇宙创新发展办法"), subjects("杭州市合成生物产业高质量发展3年行动计划")
(['元宇宙'], ['合成生物'])
>>> subjects("上海市促进商业航天发展打造空间信息产业高地行动计划(2023-2025年)")
['商业航天', '空间信息']
>>> subjects("湖北省突破性发展北斗产业三年行动方案(2023—2025年)"), subjects("广州开发区(黄埔区)促进生物医药产业高质量发展若干措施")
(['北斗'], ['生物医药'])
>>> subjects("天津市加快合成生物创新策源推动生物制造产业高质量发展实施方案")
['合成生物', '生物制造']
>>> subjects("关于印发河南省卫星及应用产业发展行动计划(2022-2025年)的通知")
['卫星及应用']
>>> subjects("深圳市加快打造人工智能先锋城市行动计划(2025—2026年)"), subjects("合肥市打造量子信息名城行动计划")
(['人工智能'], ['量子信息'])
>>> subjects("临港新片区创新型产业规划")
[]
>>> subjects("重庆市未来产业集群培育行动计划(2024—2027年)"), subjects("江苏省政府关于加快培育发展未来产业的指导意见")
([], [])
"""

from __future__ import annotations

import functools
import re

from policykg.loaders.words.lexicon import GOVERNING_VERBS, HAN, PERIOD, STATUS, is_generic, region_pattern
from policykg.loaders.words.terms import is_term
from policykg.resolve import divisions, vocabulary

_PERIOD = re.compile(rf"\s*(?:{PERIOD})?\s*(?:{STATUS})?\s*$")
_GENRE = re.compile(r"(?:三年|五年|\d年)?(?:行动计划|行动方案|实施方案|工作方案|实施意见|指导意见|若干政策措施|若干措施|若干政策|"
                    r"若干举措|落实举措|政策措施|支持措施|扶持措施|专项政策|发展规划|专项规划|规划|实施细则|管理办法|办法|行动|计划|"
                    r"方案|意见|(?:\d+|[一二三四五六七八九十]+)条(?:措施|举措|政策)|措施|举措|指南|纲要|工作要点|行动安排|若干规定|规定|条例|决定)$")
#: what follows the technology in a title: 产业创新发展, 高质量发展, 产业集群 …
_TAIL = re.compile(r"(?:的)?(?:未来)?(?:全)?(?:产业)?(?:链条?)?(?:(?:发展)?(?:及|和|与)?(?:推广|示范)?应用)?(?:创新|高质量|加快|融合|集群|规模化|产业化|攻坚突破|攻坚|突破|场景|应用|示范|"
                   r"创新应用|赋能|全产业链|创新策源|策源|基地|科技创新|技术创新|自主创新|科技|中长期|跨越式|高品质|发展)*(?:发展|培育|建设|行动|工作|提升|应用)?(?:的)?$")
#: a zone a title's plan builds for its technology: 创新发展试验区, 创新应用先导区, 产业园
_ZONE_TAIL = re.compile(r"(?:创新发展|创新应用|产业创新|产业)?(?:试验区|先导区|示范区|先行区|集聚区|产业园|园区|基地)$")
#: what precedes it: 关于推动, 加快, 支持 …
_LEAD = re.compile(r"^(?:关于)?(?:进一步)?(?:培育)?(?:千亿级|百亿级|万亿级)?(?:(?:贯彻)?落实(?:国务院|党中央|国家|省委|省政府|市委|市政府)?|深入实施|实施)?"
                   r"(?:加快|推动|促进|支持|推进|培育|打造|发展|做强|做大|壮大|引领|抢抓|抢占|布局|"
                   r"建设|构建|加速|大力|全面|深入|突破性发展|跨越式发展)*(?:千亿级|百亿级|万亿级|国家级|省级|全球|世界级|重大)?")
_NOT_SUBJECT = re.compile(r"未来产业|新质生产力|新兴产业|战略性新兴|方案|规划|特区|五年|^第|科技创新|创新驱动|实体经济|现代化产业|产业体系|高质量发展|"
                          r"^新一轮|省份$|总体$|大规模$|"
                          r"科技园|先导区|示范区|高新区|开发区|新片区|新区|园区|实验室|人才|投入|资金|金融|招商|营商|企业|产业链|若干|政策|"
                          r"精神|专班|强市|强省|提档升级")


def _strip_region(title: str) -> str:
    """The title after the places that issue it (广州市黄埔区 广州开发区…)."""
    while True:
        m = region_pattern("^").match(title)
        if m and not title[m.end():].startswith("级"):  # 国家级: a rank, not the nation
            title = title[m.end():]
            continue
        m = re.match(r"^[(（][^()（）]{2,10}[)）]", title)  # 广州开发区(黄埔区): the place's other name
        if m:
            title = title[m.end():]
            continue
        m = re.match(rf"^[{HAN}]{{0,6}}?(?:区|县|新区|高新区|开发区)(?=[(（{HAN}]{{3}})", title)
        if m and (m.group(0) in divisions.district_names() or re.search(r"(?:高新区|开发区|新区)$", m.group(0))):
            title = title[m.end():]
            continue
        return title


@functools.lru_cache(maxsize=4096)
def subjects(title: str | None) -> list[str]:
    """The technologies a title is written for (``[]`` when it is not a single-technology text)."""
    if not title:
        return []
    inner = re.search(r"《([^《》]{6,80})》", title)
    if inner and not title.startswith("《"):  # 关于提请印发《X》的请示: a cover for X
        return subjects(inner.group(1))
    slogan = re.search(r"(?<=[\u4e00-\u9fff])“[^“”]{2,12}”(?=(?:三年|五年)?(?:行动|计划|工程))", title)
    if slogan:  # 具身智能机器人“强链补链”三年行动方案: the technology, then the slogan of the plan
        found = subjects(title[:slogan.start()] + title[slogan.end():])
        if found:
            return found
    t = re.sub(r"[《》“”\s]", "", title)
    t = re.sub(r"^(?:关于)?(?:印发|发布)?", "", t)
    t = re.sub(r"(?:的)?(?:政策)?解读$|的通知$", "", t)
    t = _PERIOD.sub("", t)  # after the cover's 的通知: 关于印发X行动计划(2022-2025年)的通知
    t = _strip_region(t.split("关于", 1)[1] if "关于" in t else t)
    t = re.sub(r"十[一二三四五六七八九]五(?:时期|期间)?", "", t)  # 智慧城市建设“十四五”规划: the plan's period, wherever it stands
    t = re.sub(r"\d{4}年度?(?=[\u4e00-\u9fff])", "", t)  # 氢能产业链2025年行动方案: the year of the plan
    t = re.sub(r"(?:管理)?(?:暂行|试行)(?=办法|规定|条例|细则)", "", t)  # 数据要素市场化发展管理暂行办法: the rules' status
    m = _GENRE.search(t)
    if not m:
        return _known_fields(t) if _NOTICE_GENRE.search(t) else []
    if _BODYS_OWN_RULES.search(t[:m.start()]):
        return []  # 大数据产业促进会选举办法: an association's own rules, written for no technology
    return _core_subjects(t[:m.start()])


#: a body's own rules before the genre: its elections, members, dues, finances (某协会会员管理办法)
_BODYS_OWN_RULES = re.compile(r"(?:促进会|协会|学会|联盟|商会|研究会|理事会|基金会)(?:会员|会费|选举|财务|管理|工作)*$")


#: the purpose a text states first (第一条 为了促进具身智能机器人产业高质量发展, 为推动低空经济发展): its subject
_PURPOSE = re.compile(r"(?:^|\n)\s*(?:第一条\s*)?为(?:了)?(?:进一步)?(?:促进|推动|推进|加快|支持|规范|加快推动|加快推进)"
                      r"([^，,。；;\n]{2,30}?)(?:高质量|健康|创新|规范|有序|加快)?发展")


def purpose_subjects(text: str) -> list[str]:
    """The technologies the first stated purpose of an untitled text is for (``[]`` when none)."""
    m = _PURPOSE.search(text[:1500])
    return _core_subjects(m.group(1)) if m else []


def _core_subjects(core: str) -> list[str]:
    """The technologies named between a title's verbs and its genre."""
    t = _LEAD.sub("", _strip_region(_LEAD.sub("", core)))  # 关于加快推动嘉兴市氢能…: the place after the verbs (and
    # the verbs after the place: 支持长沙经济技术开发区建设全球高端装备…)
    t = re.sub(r"(?<=区)建设$", "", t)  # 人工智能创新发展试验区建设(行动方案): the zone is built
    zone = _ZONE_TAIL.search(t)
    if zone and zone.start() >= 2:  # 建设国家新一代人工智能创新发展试验区若干政策: the technology of the zone
        t = re.sub(r"^国家(?:级)?", "", t[:zone.start()])
    bare = _TAIL.sub("", t)
    if len(bare) == 2 and t.startswith(bare + "产业") and not _plausible(bare) and _plausible(bare + "产业"):
        return [bare + "产业"]  # 数据产业发展三年行动计划: 数据 alone names no area
    t = bare
    title = _TITLE_OF_PLACE.search(t)
    if title and vocabulary.canonical_field(t) is None and vocabulary.canonical_field(t[:title.start()]) is not None:
        t = t[:title.start()]  # 打造人工智能先锋城市: the technology of the city's title, not the title
    t = re.sub(rf"(?<=.{{2}})赋能[{HAN}]{{1,8}}$", "", t)  # 生物制造赋能制造业: the technology, not what it serves
    driven = re.match(rf"[{HAN}]{{2,6}}?(?:驱动|引领|牵引)(?=[{HAN}]{{2}})", t)
    if driven and vocabulary.canonical_field(t[driven.end():]) is not None:
        t = t[driven.end():]  # 以场景驱动人工智能(产业): the technology driven, not what drives it
    run = _known_run(t)
    if run:
        return run  # 大数据云计算人工智能: known technologies written one after the other
    t = re.sub(r"(?<=.{2})(?:创新发展|创新)$", "", t) if not vocabulary.canonical_field(t) else t
    # 促进商业航天发展打造空间信息产业高地: two aims, two subjects
    aims = re.split(r"(?:发展)?(?:打造|建设|构建|建成|推动|促进|带动)", t)
    if len(aims) == 2 and aims[0] and aims[1]:
        second = _TITLE_OF_PLACE.sub("", aims[1])
        return [x for a in (aims[0], second) for x in (_known_run(_TAIL.sub("", a)) or _parts(_TAIL.sub("", a)))]
    return _parts(t) or _known_fields(core)


#: the title a place earns with a technology (人工智能先锋城市, 量子信息名城, 商业航天高地): not a technology itself
_TITLE_OF_PLACE = re.compile(r"(?:产业)?(?:创新)?(?:先锋|示范|标杆|先行|引领|创新示范)?"
                             r"(?:高地|集群|集聚区|中心|强省|强市|之城|名城|之都|城市)$")


def _known_run(t: str) -> list[str]:
    """Three or more fields of the vocabulary that make up ``t`` end to end, else ``[]`` (two may be
    one name: 具身智能机器人)."""
    words = _vocabulary_words(t)
    return [w for w, _known in words] if len(words) >= 3 and all(known for _w, known in words) else []


#: genres of a notice about a programme rather than a plan for a technology
_NOTICE_GENRE = re.compile(r"(?:公告|通知|请示|报告|公示)$")


def _known_fields(t: str) -> list[str]:
    """The fields of the vocabulary a title names, when it names one or two of them
    (``开展新型储能试点示范项目申报…的公告``, ``支持氢能产业示范区建设的若干政策措施``):
    the title's technology even when the words around it are not a plan's usual ones."""
    if _GENERAL.search(t):
        return []
    found = [w for w, _known in _vocabulary_words(t) if _known]
    return found if 1 <= len(found) <= 2 else []


def _vocabulary_words(t: str) -> list[tuple[str, bool]]:
    """``t`` read left to right as the longest fields of the vocabulary it holds, ``(word, True)``,
    and the characters between them, ``(char, False)``."""
    out, i = [], 0
    while i < len(t):
        for j in range(min(len(t), i + 12), i + 1, -1):
            w = t[i:j]
            c = vocabulary.canonical_field(w)
            if c is not None and not c.top and not is_generic(w) and (c.key == w or w in c.alt_labels):
                out.append((w, True))
                i = j
                break
        else:
            out.append((t[i], False))
            i += 1
    return out


#: titles about future or emerging industries in general: no single subject
_GENERAL = re.compile(r"未来产业|新质生产力|新兴产业|现代化产业|产业体系|数字经济")


def _parts(t: str) -> list[str]:
    """The subjects of a title core: one, or two joined by 及/与/和 (脑机接口及人机交互)."""
    t = re.sub(r"产业$|\+$", "", t)  # “人工智能+”行动 is a plan for 人工智能
    t = _known_head(t) or t
    if not t or _NOT_SUBJECT.search(t) or re.search(r"[的、,，:：]", t):
        return []
    if vocabulary.canonical_field(t) is None:  # 港保税区推进低空经济: the technology after the last verb
        verbs = [m for m in _INNER_VERB.finditer(t) if (m.start() >= 2 or not is_term(t)) and len(t) - m.end() >= 2]
        if verbs:
            t = t[verbs[-1].end():]
            t = _known_head(t) or t
    t = re.sub(r"(?<=.{2})制造业$", "", t)  # 新型储能制造业: the technology, made
    t = re.sub(r"(?<=.{2})高(?:质量|品质).*$", "", t)  # 商业航天高质量安全(发展): the technology, then the aim
    t = re.sub(r"(?<=.{4})(?:道路)?测试$", "", t)  # 智能网联车辆测试(与应用): the technology tested
    parts = re.split(r"及|与|和|暨", t) if len(t) > 6 else [t]
    if len(parts) > 1 and any(len(p) < 3 and vocabulary.canonical_field(p) is None for p in parts):
        parts = [t]  # 纤维及复合材料: one name
    out = []
    for p in parts:
        p = re.sub(r"(?:产业|领域)$", "", p)
        if _plausible(p):
            out.append(p)
    return out if len(out) == len(parts) else []


#: what follows a technology in a title when the plan is for its market, its reform or its zone, not a new technology
_NON_TECH_TAIL = re.compile(r"(?:市场化?|配置|综合|改革|作用|价值化?|试验区|示范区|先行区|流通|交易|开发利用|应用|促进|发展|建设|示范|"
                            r"基础制度|制度|战略性新兴|产业集群|集群|产业)+")


def _known_head(t: str) -> str | None:
    """The known technology a title's core opens with when the rest only says what is done with it
    (数据要素市场化改革, 数据要素综合试验区, 大数据发展应用促进, 智能机器人战略性新兴产业集群), else ``None``."""
    if vocabulary.canonical_field(t) is not None:
        return None
    for j in range(len(t) - 1, 1, -1):
        w = t[:j]
        c = vocabulary.canonical_field(w)
        if c is not None and not c.top and (c.key == w or w in c.alt_labels) and _NON_TECH_TAIL.fullmatch(t[j:]):
            return w
    return None


_INNER_VERB = re.compile("|".join(sorted((v for v in GOVERNING_VERBS if len(v) == 2), key=len, reverse=True)))


def _plausible(name: str) -> bool:
    """A known field, a name shaped like a technology's (:func:`~policykg.loaders.words.terms.is_term`),
    or a name of three or more characters that does not end in a quality to raise (能力, 水平 …)."""
    if not 2 <= len(name) <= 12 or is_generic(name) or name in GOVERNING_VERBS:
        return False
    if vocabulary.canonical_field(name) is not None:
        return True
    return bool(re.fullmatch(rf"[{HAN}A-Za-z0-9+]+", name)) and len(name) <= 10 and (
        is_term(name) or (len(name) >= 3 and not _ABSTRACT_END.search(name) and not _INNER_VERB.search(name)))


#: what a title's core ends in when it names a quality to raise, not a technology (信息通信业能力)
_ABSTRACT_END = re.compile(r"(?:型|能力|水平|体系|环境|生态|机制|质量|效能|能级|布局|建设|工作|服务|管理|治理)$")
