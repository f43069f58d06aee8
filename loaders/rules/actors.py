"""Organizations, people (with roles) and scenarios.

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("市科委会同市发展改革委、市财政局推进。依托重庆大学空间太阳能电站研究平台，举办世界人工智能大会。上海市经济信息化委主任吴金城介绍称，将建设未来社区、未来工厂等标杆示范场景，发布早期验证场景。", "x")
>>> [(o["name"], o["kind"]) for o in extract_organizations(d, "上海市")]
[('市科委', 'government'), ('市发展改革委', 'government'), ('市财政局', 'government'), ('上海市经济信息化委', 'government'), ('重庆大学空间太阳能电站研究平台', 'platform'), ('世界人工智能大会', 'event')]
>>> extract_people(d)
[{'name': '吴金城', 'role': '上海市经济信息化委主任', 'evidence': {'start': 59, 'end': 62, 'quote': '上海市经济信息化委主任吴金城介绍称，将建设未来社区、未来工厂等标杆示范场景，发布早期验证场景。', 'section': '', 'rule': 'person.title_name'}}]
>>> [s["name"] for s in extract_scenarios(d)]
['未来社区', '未来工厂', '早期验证场景']
"""

from __future__ import annotations

import functools
import re

from policykg.loaders.reading.document import Bag, Doc, inside_title, occurrences, split_list
from policykg.loaders.rules.enumerations import enumerations, head_kind, verb_first
from policykg.loaders.rules.news import outlets
from policykg.loaders.words.lexicon import (
    GOVERNING_VERBS,
    HAN,
    KNOWN_COMPANIES,
    LEAD_WORDS,
    NATIONAL_BODIES,
    PLURAL_LEAD,
    is_generic,
    is_sector,
    place_alternation,
    region_alternation,
    region_pattern,
    strip_lead,
)
from policykg.loaders.words.segment import tags_of
from policykg.loaders.words.shape import repair
from policykg.loaders.words.terms import is_term
from policykg.resolve import divisions, vocabulary

# -- organizations ---------------------------------------------------------------
#: suffix → kind, longest first when matching
ORG_SUFFIXES = {
    "人民政府办公厅": "government", "人民政府办公室": "government", "人民政府": "government", "办公厅": "government",
    "领导小组办公室": "government", "领导小组": "government", "工作专班": "government", "专班": "government", "推进组": "government", "专家组": "government",
    "委员会": "government",
    "政府": "government", "大学": "university", "学院": "university", "研究院": "research", "研究所": "research",
    "研究中心": "research", "科学中心": "research", "创新中心": "research", "实验室": "research",
    "推进中心": "platform", "转化中心": "platform", "服务中心": "platform", "平台": "platform", "联盟": "platform",
    # named facilities that serve others: 鄱阳湖智算中心, 国家算力总调度中心, 数据流通交易中心
    "算力中心": "platform", "智算中心": "platform", "计算中心": "platform", "数据中心": "platform", "调度中心": "platform",
    "赋能中心": "platform", "加速中心": "platform", "测试中心": "platform", "检测中心": "platform", "评估中心": "platform",
    "交易中心": "platform", "运营中心": "platform", "孵化中心": "platform",
    # public service units of a government: 常德市招商事务中心, 伊吾县融媒体中心, 磴口县投资促进中心
    "事务中心": "government", "融媒体中心": "enterprise", "促进中心": "government", "指挥中心": "government",
    "发展中心": "government", "展示中心": "platform", "培养中心": "platform",
    "协会": "platform", "学会": "platform", "商会": "platform", "促进会": "platform", "研究会": "platform",
    "联合会": "platform", "专委会": "platform", "理事会": "platform", "秘书处": "platform", "合作中心": "platform", "基金会": "platform", "基金": "fund", "大会": "event", "论坛": "event",
    "大赛": "event", "运动会": "event", "联赛": "event", "锦标赛": "event", "挑战赛": "event", "峰会": "event", "博览会": "event", "发布会": "event", "对接会": "event", "推介会": "event",
    "洽谈会": "event", "交流会": "event", "展览会": "event", "交易会": "event", "推进会": "event", "研讨会": "event", "座谈会": "event", "年会": "event", "展会": "event", "经济工作会议": "event", "公司": "enterprise", "集团": "enterprise",
    "社": "enterprise", "日报": "enterprise", "社区": "platform", "管委会": "government", "分行": "enterprise",
    "银行": "enterprise",
}
_SUFFIXES_LONGEST = sorted(ORG_SUFFIXES, key=len, reverse=True)
#: a facility that serves others is an organization only under a proper name: its place (鄱阳湖智算中心,
#: 南昌人工智能计算中心), the nation (国家算力总调度中心), a quoted or bracketed brand; not 大型异构算力中心
_FACILITY_END = re.compile(r"(?:算力|智算|计算|数据|调度|赋能|加速|测试|检测|评估|交易|运营|孵化|事务|融媒体|促进|指挥|发展|展示|培养)中心$")
_FACILITY_NAME = re.compile(r"国家|中国|全国|[^“”()（）]*[“(（]")
#: what never follows a suffix that ends a body's name: 社会/社区/农社处, 日报道, 大学城 (a place), 政府事务, 基金会同 (基金|会同)
_NOT_AFTER_SUFFIX = {"社": "[会区团处]", "日报": "道", "大学": "城", "政府": "事务", "数据中心": "集群", "基金会": "同"}  # 基金|会同
_SUFFIX_RE = re.compile("|".join(re.escape(x) + (f"(?!{_NOT_AFTER_SUFFIX[x]})" if x in _NOT_AFTER_SUFFIX else "")
                                 # 支持某研究院建设: a named institute is built; 平台建设 is an activity
                                 + (r"(?!体系|管理|机制|制度|政策|网络)" if ORG_SUFFIXES[x] in ("research", "university")
                                    else r"(?!体系|建设|管理|机制|制度|政策|网络)")
                                 for x in _SUFFIXES_LONGEST))
_RUN_CHAR = r"[^，,。；;：:、\s（）()《》!！?？|\[\]【】/]"


@functools.lru_cache(maxsize=1)
def _bracketed_place() -> re.Pattern:
    """A place in brackets inside or after a name: 丝绸之路(敦煌)国际文化博览会, 香港中文大学(深圳)."""
    return re.compile(rf"[(（](?:{place_alternation()})[)）]")


@functools.lru_cache(maxsize=1)
def _run_re() -> re.Pattern:
    """A run of text that may hold a name: no clause punctuation, no brackets but a bracketed place."""
    return re.compile(rf"(?:{_RUN_CHAR}|{_bracketed_place().pattern}(?={_RUN_CHAR}))+")
_INNER_VERB = re.compile(r"(?:共建|合建|联合|依托|支持|推进|建设|发挥|推动|打造|鼓励|引导|组织|构建|设立|成立|组建|举办|"
                         r"搭建|培育|引进|参与|开展|加快|强化|深化|完善|落实|会同|按照|争设|回答|举行|召开|谋划|布局|"
                         r"已经|在|的|为|向|调研|带队|率队|考察|走访|会见|出席|参加|坐拥|贯彻|提升|来到|走进|前往|邀请|对接|携手|联手|牵手)")
_BAD = re.compile(r"[了是对把将为及和+]|等(?!离子)|^(?:与|或)|一批|若干|各类|\d(?![A-Za-z])")
_QUOTED_ONLY = {"社区"}
_CUT_AFTER = re.compile(r"和|与|及|等(?!离子|级|同)|兼|联合|建设|发挥|进一步|加快|作用|共同|牵头|为|成为|记者|由|向|通过")
_QUOTED_ORG = re.compile(rf"“([{HAN}A-Za-z0-9]{{2,24}}(?:{'|'.join(map(re.escape, _SUFFIXES_LONGEST))}))”")


_GOV_CORE = re.compile(rf"[省市区县](?:委|人民政府(?:新闻办公室|新闻办)?|政府(?:新闻办公室|新闻办)?|(?:(?![和与及])[{HAN}]){{1,9}}?(?:委员会|管委会|委|局|厅|办))(?:办公厅|办公室)?"
                       rf"(?=[^{HAN}]|会同|等|和|与|及|牵头|负责|联合|按照|打造|主任|副主任|局长|副厅长|厅长|新闻|党组|党委|有关|相关|"
                       rf"[省市区县](?:人民)?政府|"
                       rf"同意|批准|印发|发布|召开|关于|公布|获悉|出台|对|研究|常务|近日|日前|近期|正式|今天|今日|举行|举办|工作|"
                       rf"[十一二三四五六七八九]+届|$)"
                       rf"|[省市区县][{HAN}]{{2,7}}?(?:委员会|厅|局)(?![长{HAN}])")
_DUTY_LABEL = re.compile(rf"(?:执行部门|牵头单位|责任单位|牵头部门|责任部门|实施部门)[:：]\s*([{HAN}、，,]{{2,60}})")


@functools.lru_cache(maxsize=1)
def _region_stems() -> frozenset:
    """Province/city names without their 省/市 (上海, 重庆, 广东 …)."""
    return frozenset(f[:-1] for f in divisions.region_names() if len(f) >= 3 and f[-1] in "省市区县")


#: a province's or city's agency by its short name, written after the place without 省/市: 山西发改委
_SHORT_AGENCY = r"(?:发改委|发展改革委|经信委|经信厅|经信局|工信厅|工信局|科技厅|科技局|科委|商务厅|财政厅|能源局|国资委|数据局)"
_SHORT_AGENCY_RE = re.compile(_SHORT_AGENCY)


#: the standing departments of a Chinese province, city, district or county, full and short forms
#: (the State Council's model of local government): after 省/市/区/县/州 they name a body wherever they
#: stand, whatever word follows (市交通运输局配合, 由市国资委出资, 省工信厅高度重视)
AGENCY_GROUPS = (
    ("发展和改革委员会", "发展改革委员会", "发展改革委", "发改委", "发展和改革局", "发展改革局", "发改局"),
    ("工业和信息化厅", "工业和信息化局", "工业和信息化委员会", "工业和信息化委", "工信厅", "工信局", "工信委",
     "经济和信息化厅", "经济和信息化局", "经济和信息化委员会", "经济和信息化委", "经济信息化委", "经济信息委", "经信厅", "经信局", "经信委"),
    ("科学技术厅", "科学技术局", "科学技术委员会", "科技厅", "科技局", "科技创新局", "科技创新委员会", "科技创新委", "科委"),
    ("教育厅", "教育局", "教育委员会", "教委"),
    ("财政厅", "财政局"),
    ("商务厅", "商务局", "商务委员会", "商务委"),
    ("人力资源和社会保障厅", "人力资源和社会保障局", "人力资源社会保障厅", "人力资源社会保障局", "人社厅", "人社局"),
    ("自然资源厅", "自然资源局", "自然资源和规划局", "规划和自然资源局", "规划和自然资源委员会"),
    ("生态环境厅", "生态环境局"),
    ("住房和城乡建设厅", "住房和城乡建设局", "住房和城乡建设委员会", "住房城乡建设厅", "住房城乡建设局", "住房城乡建设委",
     "住建厅", "住建局", "住建委"),
    ("交通运输厅", "交通运输局", "交通运输委员会", "交通运输委", "交通局", "交通委"),
    ("水利厅", "水利局", "水务局"),
    ("农业农村厅", "农业农村局", "农业农村委员会", "农业农村委"),
    ("文化和旅游厅", "文化和旅游局", "文化广电和旅游局", "文化广电旅游局", "文旅厅", "文旅局"),
    ("卫生健康委员会", "卫生健康委", "卫健委", "卫生健康局", "卫健局"),
    ("应急管理厅", "应急管理局"),
    ("市场监督管理局", "市场监管局"),
    ("国有资产监督管理委员会", "国资委"),
    ("统计局",),
    ("医疗保障局", "医保局"),
    ("地方金融监督管理局", "地方金融监管局", "金融工作局", "金融局", "金融办"),
    ("数据局", "大数据局", "大数据发展管理局", "数据资源管理局", "政务服务数据管理局", "政务服务和大数据管理局"),
    ("能源局",), ("知识产权局",), ("投资促进局", "商务和投资促进局"), ("外事办公室", "外事办"),
    ("人民政府新闻办公室", "政府新闻办公室", "新闻办公室", "新闻办"), ("政研室",),
    # the government's general office: 苏州市人民政府办公室 / 市政府办公室, 省政府办公厅
    ("人民政府办公厅", "政府办公厅"), ("人民政府办公室", "政府办公室", "政府办"),
    ("民政厅", "民政局"), ("司法厅", "司法局"), ("公安厅", "公安局"), ("审计厅", "审计局"),
    ("退役军人事务厅", "退役军人事务局"), ("林业和草原局", "林业局"), ("体育局",), ("机关事务管理局",),
    ("通信管理局",), ("气象局",), ("药品监督管理局", "药监局"), ("网信办",), ("税务局",),
    ("国动办", "人民防空办公室"), ("城市管理局", "城管局"), ("行政审批局",), ("营商环境建设局",),
    # the party committee's departments: 市委宣传部, 区委组织部
    ("委宣传部",), ("委组织部",), ("委统战部",), ("委政法委",), ("委网信办",), ("委编办",), ("委党校",),
    ("委政研室",), ("委改革办",), ("委金融办",), ("委人才办",),
)
AGENCY_CORES = tuple(form for group in AGENCY_GROUPS for form in group)
#: a department's written form → its group's first form (发改委 → 发展和改革委员会)
_DEPARTMENT = {form: group[0] for group in AGENCY_GROUPS for form in group}
_AGENCY_RE = re.compile(r"[省市区县州盟旗](?:"
                        + "|".join(sorted(map(re.escape, AGENCY_CORES), key=len, reverse=True))
                        + r")(?![长员任])"
                        # the government itself, where it acts (市人民政府应当…); not its offices, documents or policies
                        r"|(?:(?<![各和与及、地])|(?<=委、))[省市区县州](?:人民)?政府(?=应当|负责|统筹|组织|建立|制定|设立|批准|同意|印发|决定|依法|"
                        r"(?:第[\d一二三四五六七八九十百]+次)?常务会议|审议|研究同意)"
                        # the government paired with its party committee (省委省政府, 市委、市政府): a body on its own
                        r"|(?:(?<=[省市区县]委)|(?<=[省市区县]委、))[省市区县](?:人民)?政府(?!工作报告)")


def _place_start(text: str, start: int, stems: frozenset) -> int:
    """Where a body's place begins before ``start`` (上海|市科委: the city's stem), or ``start``."""
    for k in (8, 7, 6, 5, 4, 3, 2):
        if start - k >= 0 and text[start - k:start] in stems:
            return start - k
    return start


def _body_start(text: str, start: int, stems: frozenset) -> int:
    """Where a body named from its 省/市/区/县 at ``start`` begins: over its province's or city's
    stem (上海市科委), its district or zone (黄埔区人民政府, 广州开发区管委会), and 中共/自治."""
    place = _place_start(text, start, stems)
    if place == start and text[start] == "区":
        zone = re.search(rf"[{HAN}]{{2,6}}?(?:开发|高新|经开|新|自贸|保税|港)?$", text[max(0, start - 6):start])
        if zone and (zone.group(0) + "区" in divisions.district_names() or
                     re.search(r"(?:开发|高新|经开|新|自贸|保税)$", zone.group(0))):
            place -= len(zone.group(0))
    if place == start and text[start] == "区" and text[start - 1:start] == "特":  # 澳门特区政府: the region's government
        place = start - 1 - (2 if text[max(0, start - 3):start - 1] in ("香港", "澳门") else 0)
    if text[max(0, place - 2):place] in ("中共", "自治"):  # 中共某市委; 自治区发展改革委
        place -= 2
    return place


def _gov_names(text: str):
    """``(start, name)`` of government bodies: 市科委, 上海市经济信息化委, 重庆市人民政府, 山西发改委,
    and the standing departments (:data:`AGENCY_CORES`) after their place, whatever follows them."""
    stems = _region_stems()
    for m in _SHORT_AGENCY_RE.finditer(text):  # 山西发改委: the agency, then the place before it
        start = _place_start(text, m.start(), stems)
        if start < m.start():
            yield start, text[start:m.end()]
    for m in (*_AGENCY_RE.finditer(text), *_GOV_CORE.finditer(text)):
        start = _body_start(text, m.start(), stems)
        yield start, text[start:m.end()]


#: the cores a body's place is written before, longest first: the departments, the government, the party committee
_CONGRESSES = {"政协": "政协", "政协常委会": "政协常委会", "人大常委会": "人大常委会", "人大": "人大常委会"}
#: the people's organizations, standing bodies of a level too (市科协, 嘉兴市知联会)
_PEOPLES_CORES = ("科协", "工商联", "侨联", "知联会", "总工会", "妇联", "文联", "社科联", "残联")
_CONGRESSES.update({c: c for c in _PEOPLES_CORES})
_BODY_CORES = tuple(sorted({*AGENCY_CORES, *_CONGRESSES, "人民政府", "政府", "委"}, key=len, reverse=True))
_BODY_GROUP = {**_DEPARTMENT, **_CONGRESSES, "人民政府": "人民政府", "政府": "人民政府", "委": "委"}


def standing_body(name: str) -> bool:
    """Is ``name`` a standing department or congress named by its place (省发展改革委, 昆山市工信局, 市政协; not a
    government or a party committee, which a text names in many senses: 各区人民政府, 省委精神)?"""
    key = body_key(name)
    return key is not None and key[1] not in _OFFICES and (key[1] in _DEPARTMENT or key[1] in _CONGRESSES)


#: the government's general offices, named mostly as the issuers of documents a text cites (《某省人民政府办公厅关于…》):
#: their forms are one body (:func:`merge_bodies`), but they are not known actors wherever they stand
_OFFICES = ("人民政府办公厅", "人民政府办公室")


def body_key(name: str) -> tuple[str, str, str] | None:
    """``(level, department, place)`` of a body named by its place and a standing department:
    广东省发展和改革委员会 → (省, 发展和改革委员会, 广东); 省发改委 → (省, 发展和改革委员会, ""); else ``None``."""
    bare = name.removeprefix("中共")
    for core in _BODY_CORES:
        if not bare.endswith(core) or len(bare) == len(core):
            continue
        rest = bare[: -len(core)]
        if core != "人民政府" and rest.endswith("人民政府") and len(rest) > 4:
            rest = rest[:-4]  # 湖南省人民政府国有资产监督管理委员会: the province's department
        level, place = rest[-1], rest[:-1].removesuffix("自治")
        if level not in "省市区县州盟旗":
            return None
        if level in "区县" and place + level not in divisions.district_names():
            for k in range(2, len(place) - 1):  # 成都市锦江区人民政府办公室: the district of its city
                if place[:k] in divisions.region_names() and place[k:] + level in divisions.district_names():
                    place = place[k:]
                    break
        if place and place + level not in divisions.region_names() and place + level not in divisions.district_names() \
                and place not in _region_stems():
            return None
        return level, _BODY_GROUP[core], place
    return None


def _home(level: str, place: str, region: str | None) -> bool:
    """Is the body of ``place`` at ``level`` the one the document calls by its level alone
    (省发展改革委 in a text of 广东省 or of one of its cities is 广东省's)?"""
    if level in "区县旗":
        return True  # a district's or county's body: the text's own district is the only one it names bare
    home = divisions.lookup_region(region) if region else None
    if home is None or home.level == "nation":
        return False
    names = {home.name, home.short, *((home.parent, divisions.short_name(home.parent)) if home.parent else ())}
    return place + level in names or place in names


#: how a company's registered name ends
_REGISTERED = re.compile(r"(?:股份)?有限(?:责任)?公司$")


#: what a registered name adds to a firm's brand after it: its trade and its legal form (科技有限公司)
_TRADE_AND_FORM = re.compile(r"(?:信息技术|智能科技|网络科技|科技|技术|电子|新材料|新能源|能源)?(?:集团)?(?:股份)?有限(?:责任)?公司$")


def _brand(name: str) -> str | None:
    """``湖南德方智链科技有限公司`` → ``德方智链``: a registered name without its place, trade and legal form."""
    core = _TRADE_AND_FORM.sub("", name)
    if core == name:
        return None
    place = region_pattern("^").match(core)
    if place and len(core) - place.end() >= 2:
        core = re.sub(r"^[省市区县]", "", core[place.end():])
    return core if len(core) >= 3 else None


def _fold(orgs: list[dict], into: dict[str, str]) -> list[dict]:
    """Each organization named in ``into`` becomes, with its aliases, an alias of the one it maps to."""
    if not into:
        return orgs
    aliases = {o["name"]: o.get("aliases") or [] for o in orgs}
    out = []
    for o in orgs:
        if o["name"] in into:
            continue
        forms = [f for n, t in into.items() if t == o["name"] for f in (n, *aliases.get(n, []))]
        if forms:
            o = {**o, "aliases": list(dict.fromkeys([*(o.get("aliases") or []), *forms]))}
        out.append(o)
    return out


def _company_short_forms(orgs: list[dict]) -> list[dict]:
    """``华电新疆公司`` beside ``华电新疆发电有限公司``: a company written by its stem and 公司 is the registered
    company whose name begins with that stem, one item named by its registered name."""
    full = [o for o in orgs if _REGISTERED.search(o["name"])]
    if not full:
        return orgs
    cores = {c: f for f in full if (c := _brand(f["name"]))}
    into = {}
    for o in orgs:
        stem = o["name"][:-2] if o["name"].endswith("公司") and not _REGISTERED.search(o["name"]) else ""
        owner = next((f for f in full if len(stem) >= 3 and f["name"].startswith(stem)), None) if stem else None
        owner = owner or cores.get(o["name"])  # 德方智链 beside 湖南德方智链科技有限公司: the firm by its brand
        if owner is not None:
            into[o["name"]] = owner["name"]
    return _fold(orgs, into)


def merge_bodies(orgs: list[dict], region: str | None) -> list[dict]:
    """One body, one item: the forms a text gives one standing body (广东省发展和改革委员会, 省发展改革委,
    省发改委; 沈阳市人民政府, 市政府) become one organization named by its fullest form, the others its
    aliases. A bare form (省发展改革委) joins a placed one only when one place of that level is named and it
    is the document's own (or its province's). A span that runs on before a standing body from its class
    or a conjunction (会办单位市委宣传部) goes first: run last, this sees the bodies of people's roles too, and the
    events of every rule and of the tagger, each named without its edition."""
    orgs = _company_short_forms(_drop_led(orgs))  # every body is here, those of roles too (提案办理单位省科技厅党组书记)
    orgs = _editions(orgs)  # the tagger's events too: 2024空天信息产业国际生态大会 is 空天信息产业国际生态大会
    orgs = _central_forms(orgs)
    orgs = _own_bare_forms(orgs, region)
    groups: dict[tuple[str, str], list[int]] = {}
    keys = [body_key(o["name"]) for o in orgs]
    for i, k in enumerate(keys):
        if k is not None:
            groups.setdefault(k[:2], []).append(i)
    merged_into: dict[int, int] = {}
    for (level, _dept), members in groups.items():
        places = {keys[i][2] for i in members if keys[i][2]}
        if len(members) < 2 or len(places) > 1:
            continue
        if places and not _home(level, next(iter(places)), region):
            members = [i for i in members if not keys[i][2]]  # bare forms may still be one body
            if len(members) < 2:
                continue
        head = max(members, key=lambda i: (bool(keys[i][2]), len(orgs[i]["name"]), -i))
        for i in members:
            if i != head:
                merged_into[i] = head
    if not merged_into:
        return orgs
    out = []
    for i, o in enumerate(orgs):
        if i in merged_into:
            continue
        forms = [orgs[j] for j, h in merged_into.items() if h == i]
        if forms:
            names = [f for x in forms for f in (x["name"], *(x.get("aliases") or []))]
            o = {**o, "aliases": list(dict.fromkeys(a for a in [*(o.get("aliases") or []), *names] if a != o["name"]))}
        out.append(o)
    return out


def _own_bare_forms(orgs: list[dict], region: str | None) -> list[dict]:
    """``市区块链产业发展领导小组办公室`` beside ``娄底市区块链产业发展领导小组办公室`` in a text of 娄底市: the body
    written without its place is the document's own one, an alias of its placed name."""
    if not region or region == "全国":
        return orgs
    names = {o["name"] for o in orgs}
    level = region[-1]
    into = {o["name"]: region + o["name"][1:] for o in orgs
            if o["name"][:1] == level and len(o["name"]) >= 6 and region + o["name"][1:] in names}
    return _fold(orgs, into)


def _abbreviates(short: str, full: str) -> bool:
    """``信发司`` shortens ``信息技术发展司``: the same first and last sign, the others in order."""
    it = iter(full[1:-1])
    return len(short) < len(full) and short[0] == full[0] and short[-1] == full[-1] and all(c in it for c in short[1:-1])


def _central_forms(orgs: list[dict]) -> list[dict]:
    """A central body or one of its departments written short (工信部, 工信部信发司) beside its full name
    (工业和信息化部, 工业和信息化部信息技术发展司) is that body: the short form becomes an alias."""
    by_name = {o["name"]: o for o in orgs}
    into: dict[str, str] = {}
    for o in orgs:
        name = o["name"]
        for k in range(min(len(name), 12), 1, -1):
            form = name[:k]
            full = _NATIONAL_FULL.get(form)
            if full is None or full == form:
                continue
            rest = name[k:]
            if not rest and full in by_name:
                into[name] = full
            elif rest.endswith("司"):
                target = next((n for n in by_name if n.startswith(full) and n.endswith("司")
                               and _abbreviates(rest, n[len(full):])), None)
                if target:
                    into[name] = target
            break
    return _fold(orgs, into)


#: the units of a government (a department, a bureau, a commission, an office), by their last word
_UNIT_END = re.compile(r"(?:人民政府|政府|委员会|管委会|办公室|办公厅|领导小组|工作专班|厅|局|委|办|部)")
_UNIT_WORD = re.compile(r"(?:人民政府|政府|委员会|管委会|办公室|办公厅|领导小组|工作专班|厅|局|委|办|部)$")


def _distributive(doc: Doc, e) -> bool:
    """Does 各 open the list (``各市汽车办、发展改革委、科技局``), so that it goes with every item?"""
    a0 = e.items[0][0]
    return e.names[0].startswith("各") or doc.text[max(0, a0 - 1):a0] == "各"


def class_lists(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the items named without a place in the lists 各 opens (``各市汽车办、发展改革委、
    科技局…``): classes of bodies, where no learned model should find a body's name (computed once
    per document)."""
    found = doc.cache.get("class_lists")
    if found is None:
        found = doc.cache["class_lists"] = [span for e in enumerations(doc) if _distributive(doc, e)
                                            for span, name in zip(e.items, e.names, strict=True) if not _placed(name)]
    return found


def _placed(name: str) -> bool:
    """Does a unit's name carry its place (杨凌示范区发展改革局, 韩城市发展改革委, 航空港区管委会)?"""
    return bool(region_pattern("^").match(name) or "区" in name[:-2]
                or any(_known_place(name[:k]) for k in range(2, min(6, len(name)))))


def _unit_lists(doc: Doc):
    """``(start, name)`` of the items of a list of government units: two or more items, at least
    half of the list, end in a unit's word (厅, 局, 委, 办, 政府 …), and each such item is a unit,
    with or without its place (``科技厅、财政厅、国资委``, ``省委、省政府``). The last item is cut
    after its unit word (``国资委要加强…`` → ``国资委``)."""
    for e in enumerations(doc):
        if any(re.search(r"[(（][局委厅办]|主管部门", n) for n in e.names):
            continue  # 交通运输厅(局、委)、商务主管部门: the classes of bodies an addressee line names
        # 各市汽车办、发展改革委、科技局…: 各 goes with every item named without a place, each a class of bodies
        # (各县(市)区人民政府、高新区管委会: the zone's committee is one body)
        distributive = _distributive(doc, e)
        found = []
        last = len(e.items) - 1
        for i, ((a, _b), name) in enumerate(zip(e.items, e.names, strict=True)):
            if i == last:  # the list's scanner may stop the last item short (市发展改革委按…): read to the clause's end
                name = re.match(rf"[{HAN}]{{0,20}}", doc.text[a:]).group(0)
            words = tags_of(name)
            lead = 0
            while i == 0 and lead < len(words) - 1 and (words[lead][1].startswith("v") or words[lead][0] in LEAD_WORDS):
                lead += 1  # 贯彻落实市委: the verb is not part of the name
            offset = sum(len(w) for w, _ in words[:lead])
            end, pos = 0, offset
            for word, tag in words[lead:]:  # the last word that is a unit's word ends the name
                pos += len(word)
                if _UNIT_WORD.search(word) and not tag.startswith("v"):
                    end = pos
            unit = re.sub(r"(?:联合)?(?:主办|承办|协办|会办)$", "", name[offset:end])  # 省工信厅联合主办: what the body does
            unit = _BODY_COUNT.sub("", unit)  # 交通运输部三部委: the count of the bodies listed
            joined = re.search(r"[和及与]", unit)
            before = unit[:joined.start()] if joined else ""
            if joined and (len(before) > 6 or _UNIT_WORD.search(before) or re.search(r"(?:院|中央)$", before)):
                offset, unit = offset + joined.end(), unit[joined.end():]  # 国务院决策部署和市委: the list's item is 市委
            party = re.search(r"(?:中共)?[省市区县](?:委|(?:人民)?政府)$", unit)
            if party and not re.match(rf"(?:中共)?(?:{region_alternation()})", unit):
                offset, unit = offset + party.start(), party.group(0)  # 贯彻落实市委: the body is 市委
            if len(unit) >= 2:
                found.append((a + offset, unit))
        if len(found) < 2 or len(found) * 2 < len(e.names):
            continue
        for a, unit in found:
            stem = _UNIT_END.sub("", unit.removeprefix("中共"))
            if len(unit) > 16 or _GROUP.search(unit) or re.search(rf"[^{HAN}]|[的了是在对把将为等场各及与]|总部|党委|常委|^管委", unit) \
                    or (not stem and unit not in ("省委", "市委", "区委", "县委")) \
                    or doc.text[a:a + len(unit)] != unit:
                continue
            if distributive and not _placed(unit):
                continue
            yield a, unit


def _kind(name: str) -> str:
    name = _unseated(name)
    return next((ORG_SUFFIXES[s] for s in _SUFFIXES_LONGEST if name.endswith(s)), "government")


def _unseated(name: str) -> str:
    """``name`` without the bracketed place it closes with (香港中文大学(深圳) → 香港中文大学)."""
    m = re.search(r"[(（][^()（）]{2,6}[)）]$", name)
    return name[:m.start()] if m and _bracketed_place().fullmatch(m.group(0)) else name


#: the head of a product or an industry, which names what a counted firm makes, not the firm (高分子材料, 风电)
_KIND_OF_PRODUCT = re.compile(r"(?:材料|能源|风电|光电|发电|电池|芯片|器件|装备|设备|元件|部件|产业|技术)$")


def extract_organizations(doc: Doc, region: str | None, meta: dict | None = None) -> list[dict]:
    """Named organizations: government bodies, universities, institutes, platforms,
    funds, events and companies; the bodies that issue the text (``meta``) among them."""
    bag = Bag()
    text = doc.text
    for start, name in _issuing_bodies(doc, meta or {}):
        _add(bag, doc, name, start, _kind(name), "org.issuer")
    for start, name in _gov_names(text):
        if _gov_ok(name) and not _addressee(doc, start) and text[max(0, start - 1):start] not in ("各", "团", "地"):
            _add(bag, doc, name, start, "government", "org.government")  # 各市人民政府, 地市政府: a class of bodies
    for start, name, aliases in _national_bodies(text):
        _add(bag, doc, name, start, "government", "org.national", aliases)
    companies = list(_known_companies(doc))
    local = {}  # short name → the local companies written with it (曲靖隆基, 西安隆基: two firms; 中国一汽 and 一汽: one)
    for _start, name, short in companies:
        local.setdefault(short, set()).add(name)
    for start, name, short in companies:  # 宁德时代、比亚迪等龙头企业: a company by its short name
        bag.add(short if len(local[short] - {short}) <= 1 else name, {"name": name, "kind": "enterprise", "aliases": [short] if short != name else [],
                        "evidence": doc.evidence(start, start + len(name), "org.known_company")})
    for start, name in _addressed(doc):
        _add(bag, doc, name, start, "government", "org.addressee")
    for m in _PARTY_COMMITTEE.finditer(text):
        start = doc.tokens.next_boundary(m.start(1))  # 2025年自治区党委: the body begins on a word
        if m.end(1) - start >= 4:
            _add(bag, doc, text[start:m.end(1)], start, "government", "org.party_committee")
    for m in _BARE_COMMITTEE.finditer(text):  # 南康区委常委、副区长王霖; 区政协主席; 认真落实省委、市委部署
        place = m.group(2)
        if doc.tokens.is_boundary(m.start(1)) and (not place or _known_place(place + m.group(3))) \
                and text[max(0, m.start(1) - 1):m.start(1)] != "团":  # 团市委: the youth league's committee
            _add(bag, doc, m.group(1), m.start(1), "government", "org.party_committee")
    for start, name in _divisions(doc, [o for o in bag.values() if o["kind"] == "government"]):
        _add(bag, doc, name, start, "government", "org.division")
    for m in _PARTY_BRANCH.finditer(text):  # 民盟重庆市委会针对…; 民革中央提出
        if doc.tokens.is_boundary(m.start()) and text[m.end():m.end() + 1] not in ("员", "书"):
            _add(bag, doc, m.group(0), m.start(), "government", "org.party_branch")
    for m in _PEOPLES_BODY.finditer(text):  # 市科协主席; 嘉兴市知联会
        start = _body_start(text, m.start(), _region_stems())
        stem = _PEOPLES_CORE_END.sub("", text[start:m.end()])
        if doc.tokens.is_boundary(start) and (len(stem) <= 1 or stem.startswith("团") or _known_place(stem)):
            _add(bag, doc, text[start:m.end()], start, "platform", "org.peoples_body")
    for m in _CONGRESS.finditer(text):
        start = _body_start(text, m.start(), _region_stems())
        if doc.tokens.is_boundary(start):
            _add(bag, doc, text[start:m.end()], start, "government", "org.party_committee")
    for m in _DUTY_LABEL.finditer(text):
        for name in re.split(r"[、，,]", m.group(1)):
            name = name.strip()
            if 2 <= len(name) <= 20 and re.search(r"(?:委员会|委|局|厅|办|部|政府|中心|院)$", name):
                _add(bag, doc, name, text.find(name, m.start(1)), "government", "org.duty_label")
    for e in enumerations(doc):  # 华北制药、以岭药业等一批创新型企业
        counted = e.unit in ("家", "所")  # 等13家…单位: bodies counted, whatever their names end in
        head = re.sub(r"^(?:一批|一系列|若干|众多|多家|一些)|^产业链(?=企业)", "", e.head)  # 等一批头部企业, 等20余家产业链企业
        # 阿里巴巴、海康威视、新华三等企业: a list headed by 企业 names companies, or announced so (代表性企业有A、B等)
        before = doc.text[max(0, e.start - 8):e.start]
        # 依托建邦胶体、…天诺光电等重点企业: a list whose items read as firms' names, whatever the verb
        named = bool(_FIRM_HEAD.fullmatch(head)) and _firm_names(e.names) and not _distributive(doc, e)
        firms = head in _FIRM_HEADS or (bool(_FIRM_HEAD.fullmatch(head)) and bool(_FIRMS_LANDED.search(before))) \
            or (not e.head and bool(_FIRMS_BEFORE.search(before))) or named
        if any(n[-2:] in GOVERNING_VERBS or re.sub(r"^(?:已经|已|先后|累计|共)", "", n)[:2] in GOVERNING_VERBS for n in e.names):
            continue  # 已培育、引入…企业52家: what was done to the companies, not their names
        if (head_kind(e) == "organization" or firms) and (counted or firms or sum(bool(_COMPANY.search(n)) for n in e.names) * 2 >= len(e.names)):
            for k, ((a, _b), name) in enumerate(_split_joined(e.items, e.names)):
                lead = re.match(rf"^[{HAN}]{{1,6}}?(?:与|同)(?=[{HAN}]{{2}})", name) if k == 0 else None
                if lead:  # 多次与上海峰飞、…等20余家企业: the clause before the first company
                    a, name = a + lead.end(), name[lead.end():]
                if firms and not counted:
                    if doc.text[max(0, a - 1):a] == "“":
                        continue  # 对“小升规”“规转强”企业: classes of enterprises, quoted
                    fixed = repair(strip_lead(name), "organization")
                    if fixed is None or (is_term(fixed[1]) and not named):  # 德晟机器人 among firms: a firm
                        continue
                    a, name = a + len(name) - len(fixed[1]), fixed[1]
                if counted and is_term(name) and _KIND_OF_PRODUCT.search(name):
                    continue  # 强粘材料、高分子材料等9家新材料企业; 风电、光伏发电企业3家: firms counted by what they make
                if 2 <= len(name) <= 16 and not is_generic(name) and not is_sector(name) \
                        and vocabulary.canonical_field(name) is None and not re.search(r"[的在等]|\d", name):
                    _add(bag, doc, name, a, _body_kind(name) if counted else "enterprise", "org.enumeration")
    for m in _ONE_FIRM.finditer(text):  # ，金世利等空天新材料企业: one firm named for its kind
        name = m.group(1)
        if doc.tokens.is_boundary(m.start(1)) and doc.tokens.tag_at(m.start(1))[:1] not in ("d", "v", "p") \
                and not verb_first(name) and not is_generic(name) and not is_sector(name) \
                and not is_term(name) and vocabulary.canonical_field(name) is None and not region_pattern("^").match(name):
            if re.search(re.escape(name) + r"[(（)）\u4e00-\u9fff]{0,24}?(?:有限公司|股份公司|集团)", text):
                continue  # 东时双悦 with 东时双悦(北京)通用航空有限公司 in the text: the full name is the item
            _add(bag, doc, name, m.start(1), "enterprise", "org.enumeration")  # a list of one
    for e in enumerations(doc):  # 先后来到A、B、C等处; 走访了A、B等项目现场; A、B等一大批…企业落户: the units visited or named
        if not _VISITED_TAIL.match(e.after or "") or e.head:
            continue
        before = doc.text[max(0, e.start - 12):e.start]
        if not (_VISIT_VERB.search(before) or re.search(r"企业|公司|单位", (e.after or "")[:14])):
            continue
        for (a, _b), name in zip(e.items, e.names, strict=True):
            if 2 <= len(name) <= 10 and not _SUFFIX_RE.search(name) and not _FACILITY_WORD.search(name) \
                    and not is_generic(name) and not is_sector(name) and not is_term(name) and not verb_first(name) \
                    and vocabulary.canonical_field(name) is None and not region_pattern("^").fullmatch(name) \
                    and not _NOT_VISITED_FIRM.search(name):
                _add(bag, doc, name, a, "enterprise", "org.visited")
    for e in enumerations(doc):  # 湖南日报、湖南卫视、红网、湘声报…参加: a list of news outlets
        outlet = [bool(_OUTLET_NAME.search(n)) and not is_term(n) for n in e.names]
        if len(e.names) >= 2 and sum(outlet) * 3 >= len(e.names) * 2:
            for (a, _b), name, is_outlet in zip(e.items, e.names, outlet, strict=True):
                if is_outlet and 2 <= len(name) <= 12 and not re.search(r"[的在等]", name):
                    _add(bag, doc, name, a, "enterprise", "org.outlet_list")
    for o in outlets(doc):
        offset = o.start
        for part in o.name.split("/"):  # 石榴云/新疆日报: two outlets that publish together
            if any(part in (b.get("aliases") or []) for b in bag.values()):
                offset += len(part) + 1
                continue  # 据工信部网站消息: the ministry's own site, the ministry found under its full name
            _add(bag, doc, part, offset, "government" if re.search(r"政府|委员会|厅|局", part) else "enterprise",
                 "org.outlet")
            offset += len(part) + 1
    for m in _PARTY_CONGRESS.finditer(text):  # 四川省第十二次党代会: a region's party congress, an event
        place = region_pattern("$").search(text[max(0, m.start() - 12):m.start()])
        start = m.start() - len(place.group(0)) if place else (m.start() - 3 if text[m.start() - 3:m.start()] == "自治区" else None)
        if start is not None:
            _add(bag, doc, text[start:m.end()], start, "event", "org.party_congress")
    for m in _QUOTED_ORG.finditer(text):
        if re.fullmatch(r"未来[\u4e00-\u9fff]{2,3}", m.group(1)):
            continue  # “未来社区”: a scenario idiom, not an organization
        _add(bag, doc, m.group(1), m.start(1), _kind(m.group(1)), "org.quoted")
    for start, name in _signing_lines(text):  # 山东省科学技术厅 / 中共山东省委组织部 / …: the bodies that sign, a line each
        _add(bag, doc, name, start, _kind(name), "org.signature")
    seats = []
    for m in _PLACED_COMPANY.finditer(text):  # 赢衍热能科技(上海)有限公司: a company with its seat in brackets
        start = doc.tokens.next_boundary(m.start()) if not doc.tokens.is_boundary(m.start()) else m.start()
        name = strip_lead(_trim(text[start:m.end()]).lstrip("了"))  # 考察了…: the verb's aspect
        name = re.sub(rf"^[{HAN}]{{1,4}}[县区](?=[{HAN}]{{2}}.{{6}})", "", name)  # 嘉善县德燃(浙江)…: the county it is in
        seat = re.match(r"(.+?)[(（][\u4e00-\u9fff]{2,3}[)）](.+)$", name)
        brand, rest = seat.groups() if seat else (name, "")
        if len(name) >= 8 and (_org_ok(name) or (2 <= len(brand) <= 4 and len(rest) >= 4 and _org_ok(rest))):
            _add(bag, doc, name, m.end() - len(name), "enterprise", "org.company_seat")  # 密和(新疆)数字集团: 和 in a brand
            seats.append((m.end() - len(name), m.end()))
    for run in _run_re().finditer(text):
        if _addressee(doc, run.start()):
            continue
        offset = run.start()
        for part in re.split("”“|——", run.group(0)):  # 链主企业——聚变新能公司: a dash of apposition
            for name, start in _joint_events(_candidates(part, offset)):
                if _org_ok(name) and (not _FACILITY_END.search(name) or _proper_facility(name)) \
                        and not _JOINED_OUTLETS.fullmatch(name) \
                        and not (name.endswith("政府") and text.startswith("工作报告", start + len(name))):
                    _add(bag, doc, name, start, _kind(name), "org.suffix")  # (2024年新疆政府工作报告: a report)
            offset += len(part) + 2
    spans = [(o["evidence"]["start"], o["evidence"]["end"]) for o in bag.values()]
    for start, name in _unit_lists(doc):  # 省经济和信息化厅、省委宣传部、教育厅、科技厅…按职责分工负责
        if not any(a <= start and start + len(name) <= b for a, b in spans):
            _add(bag, doc, name, start, _kind(name), "org.unit_list")
    headed = []
    for m in _BODY_BEFORE_TITLE.finditer(text):  # 成都市人民政府代市长陈书平: the body an official heads
        if region_pattern("^").match(m.group(1)) and _gov_ok(m.group(1)):
            _add(bag, doc, m.group(1), m.start(1), "government", "org.official_body")
            headed.append((m.start(1), m.end()))
    events = []
    for m in _QUOTED_EVENT.finditer(text):  # 南京“…”专场新闻发布会: the quoted theme is part of the name
        name = m.group(0)
        place = _region_before(text, m.start())
        events.append((m.start() - len(place), m.end()))
        if not re.search(r"发布会|发布活动$", name):  # a press conference is an occasion of the text, no event it names
            _add(bag, doc, place + name, m.start() - len(place), "event", "org.quoted_event")
    items = [o for o in bag.values()  # …人民政府代市长陈书平作政府: a span that runs on past an official is no name
             if o["evidence"].get("rule") == "org.official_body"
             or not any(a == o["evidence"]["start"] and b < o["evidence"]["end"] for a, b in headed)]
    return _editions(_drop_inside(_drop_prefixes(items), events + seats))


def _split_joined(items, names):
    """The items of a list, one joined by 和/与 after a body's name split in two (``滁州经开区管委会和合肥中创新航``)."""
    for (a, b), name in zip(items, names, strict=True):
        m = re.search(r"[和与]", name)
        if m and name[:m.start()].endswith(tuple(_SUFFIXES_LONGEST)) and len(name) - m.end() >= 2:
            yield (a, a + m.start()), name[:m.start()]
            yield (a + m.end(), b), name[m.end():]
        else:
            yield (a, b), name


#: a line that is one signing body's name (over a co-signed text's date)
_SIGNING_LINE = re.compile(rf"(?:中共)?[{HAN}()（）]{{4,30}}?(?:厅|局|委员会|办公室|委|部|人民政府|分行|监管局|管理局|总局)")


def _signing_lines(text: str):
    """``(start, name)`` of the lines of a run of three or more lines that are each a body's name."""
    run, pos = [], 0
    for line in text.split("\n") + [""]:
        s = line.strip()
        if s and _SIGNING_LINE.fullmatch(s) and region_pattern("^").match(s.removeprefix("中共")):
            run.append((pos + line.index(s), s))
        else:
            if len(run) >= 3:
                yield from run
            run = []
        pos += len(line) + 1


#: a company named with its seat in brackets: 致航科技(苏州)有限公司, 德燃(浙江)动力科技有限公司
_PLACED_COMPANY = re.compile(rf"[{HAN}A-Za-z]{{2,12}}[(（][{HAN}]{{2,3}}[)）][{HAN}]{{0,10}}?(?:股份有限公司|有限责任公司|有限公司)")


#: a year or an edition before a recurring event's name: 2025世界机器人大会, 首届…, 第二届…
_EDITION = re.compile(r"^(?:(?:\d{4}|[二〇一二三四五六七八九零]{4})年?(?:第[一二三四五六七八九十\d]+届)?|首届|第[一二三四五六七八九十\d]+届|"
                      r"(?:连续)?[两二三四五六七八九十\d]+届)(?!年)(?=[\u4e00-\u9fffA-Za-z\d])")  # 两届北斗国际峰会: editions counted


def _editions(items: list[dict]) -> list[dict]:
    """A recurring event is one organization whatever the edition: ``2025世界机器人大会`` and
    ``首届世界机器人大会`` are ``世界机器人大会``, each edition's name kept as an alias."""
    out, by_core = [], {}
    for o in items:
        m = _EDITION.match(o["name"]) if o.get("kind") == "event" else None
        core = o["name"][m.end():] if m else o["name"]
        sub = re.search(r"(?:大会|论坛|峰会|博览会)(主论坛|分论坛|开幕式|闭幕式)$", core) if o.get("kind") == "event" else None
        if sub:  # 世界机器人大会主论坛: a session of the event
            core = core[:sub.start(1)]
        if m and len(core) < 4:
            core = o["name"]
        if core != o["name"]:
            o = {**o, "name": core, "aliases": [*(o.get("aliases") or []), o["name"]]}
        same = by_core.get(core)
        if same is not None and o.get("kind") == "event":
            same["aliases"] = [*dict.fromkeys([*same.get("aliases", []), *o.get("aliases", [])])]
            continue
        by_core[core] = o
        out.append(o)
    return out


#: a region's body before the title of the official who heads it: ``成都市人民政府代市长``
_BODY_BEFORE_TITLE = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:人民政府|政府))(?:代|常务副|副)?(?:市长|省长|区长|县长|州长|主席)(?=[\u4e00-\u9fff]{2,3})")
#: an event named by a quoted theme: “河北省支持生物制造产业发展政策措施”新闻发布会
_QUOTED_EVENT = re.compile(r"“[^“”。；\n]{4,40}”(?:[(（][^()（）]{1,12}[)）])?(?:专场|系列主题)?"
                           r"(?:新闻发布会|新闻发布活动|发布会|大会|论坛|峰会|博览会|座谈会|推介会)")


def _region_before(text: str, pos: int) -> str:
    m = re.search(rf"(?:{region_alternation()})$", text[max(0, pos - 10):pos])
    return m.group(0) if m else ""


def _issuing_bodies(doc: Doc, meta: dict):
    """``(start, name)`` of each body in the issuer (bodies joined by spaces), where the text
    writes it whole."""
    issuer, ev = meta.get("issuer"), (meta.get("evidence") or {}).get("issuer")
    if not issuer or not ev:
        return
    for name in _joint_offices(issuer.split(" ")):
        if not re.search(r"(?:政府|办公厅|办公室|委员会|管委会|委|局|厅|部|署|院|司|办|中心)$", name) or len(name) > 40:
            continue  # an outlet is found as one
        at = doc.text.find(name, ev["start"])
        if at >= 0:  # a name printed over two lines (a signature) has no quote that states it
            yield at, name


def _joint_offices(names: list[str]) -> list[str]:
    """The general offices of a joint notice written without spaces, one by one:
    ``工业和信息化部办公厅教育部办公厅`` → ``工业和信息化部办公厅``, ``教育部办公厅``.

    >>> _joint_offices(["工业和信息化部办公厅教育部办公厅", "某市人民政府"])
    ['工业和信息化部办公厅', '教育部办公厅', '某市人民政府']
    """
    out = []
    for name in names:
        parts = re.findall(r".+?(?:办公厅|办公室)", name)
        out += parts if len(parts) >= 2 and "".join(parts) == name and all(len(x) >= 5 for x in parts) else [name]
    return out


def _drop_inside(items: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """Names found inside an event's quoted name are words of its theme, not bodies; inside a company's
    name with its seat (…科技(上海)有限公司), part of that name."""
    return [o for o in items if o["evidence"].get("rule") in ("org.quoted_event", "org.company_seat")
            or not any(a <= o["evidence"]["start"] < b for a, b in spans)]


#: every written form of a central body → its full name
_NATIONAL_FULL = {form: full for full, shorts in NATIONAL_BODIES.items() for form in (full, *shorts)}
_NATIONAL_NAMES = tuple(sorted(_NATIONAL_FULL))
_COMPANY_NAMES = tuple(sorted(KNOWN_COMPANIES))


def _proper_facility(name: str) -> bool:
    """Is a facility named by a place (南昌…计算中心, 鄱阳湖智算中心), the nation or a brand (:data:`_FACILITY_NAME`)?"""
    return bool(region_pattern("^").match(name) or _FACILITY_NAME.match(name)) or tags_of(name)[0][1] in ("ns", "nt", "nr")


@functools.cache
def _automaton(names: tuple[str, ...]):
    """Leftmost-longest matcher over ``names`` (built once per list: the central bodies and their short forms,
    :data:`KNOWN_COMPANIES`), with the names in its order."""
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(list(names), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), names


def _known_companies(doc: Doc):
    """``(start, name, short)`` of the companies of :data:`KNOWN_COMPANIES` written as words of their own, outside
    《》 titles; a place written right before one names the firm's local company (``曲靖隆基``, short ``隆基``). A noun written right after one makes a longer name, which is not this one (``华为云``,
    ``阿里巴巴江苏总部``, ``比亚迪汽车工业有限公司``)."""
    auto, names = _automaton(_COMPANY_NAMES)
    text, tokens = doc.text, doc.tokens
    for i, start, end in auto.find_matches_as_indexes(text, overlapping=False):
        if not (tokens.is_boundary(start) and tokens.is_boundary(end)):
            continue
        if end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and tokens.tag_at(end)[:1] in ("n", "j", "x", "m", "q", "b"):
            continue  # (中国移动万卡智算中心: a number's word lengthens the name too)
        place = _PLACE_BEFORE.search(text, max(0, start - 8), start)
        if place and place.end() == start and tokens.is_boundary(place.start()) and not inside_title(text, start):
            yield place.start(), text[place.start():end], names[i]  # 曲靖隆基: the firm's local company, named with its place
            continue
        if start >= 2 and all("\u4e00" <= c <= "\u9fff" for c in text[start - 2:start]) \
                and tokens.prev_boundary(start - 1) == start - 1 and text[start - 1] not in _LONE_BEFORE \
                and tokens.tag_at(start - 1) in ("j", "n", "ng", "nr", "ns", "nz", "b"):
            continue  # 安川首钢: a character of a name of its own before it, the longer name is another firm
        if inside_title(text, start):
            continue
        yield start, names[i], names[i]


#: a region's name right before a known company's (曲靖|隆基): the place names the firm's local company
_PLACE_BEFORE = region_pattern("$")


#: single characters that may stand before a company's name as words of their own (与华为, 和比亚迪, 等宁德时代)
_LONE_BEFORE = frozenset("与和及同跟向对在由为把被将从等的了是让使")


#: a department written right after a central body: 装备工业一司, 市场与信息化司, 政策和规划司
_DEPARTMENT_AFTER = re.compile(r"((?![与和及在对向为等的])[^\W\d司A-Za-z]{2,9}司)")
#: an institute of an academy by its short name (中国科学院物理所, 中国科学院大连化物所)
_INSTITUTE_AFTER = re.compile(r"((?![与和及在对向为等的院])[\u4e00-\u9fff]{1,5}?所)(?![属有长需以在得谓提示])")


def _national_bodies(text: str):
    """``(start, name, aliases)`` of central bodies (工业和信息化部, 国务院, 工信部 …): one per body,
    named by its full name when the text writes it, its other written forms as aliases. A name
    right after 省/市/区/县 is a local body (市发改委), not a central one; 办公厅/办公室 right
    after a name belongs to it."""
    auto, names = _automaton(_NATIONAL_NAMES)
    bodies: dict[str, list[tuple[int, str]]] = {}
    for i, start, end in auto.find_matches_as_indexes(text, overlapping=False):
        if start > 0 and text[start - 1] in "省市区县州盟":
            continue
        form = names[i]
        if text[max(0, start - 2):start] == "国家" and not form.startswith(("国家", "中国", "中央", "全国")):
            start, form = start - 2, "国家" + form  # 国家市场监管总局: the body as the text writes it
        if form in ("全国人大", "全国政协") and re.match(r"代表|委员|常委(?!会)", text[end:end + 2]):
            continue  # 全国人大代表梁伟: a deputy's title, not the congress acting
        office = re.match(r"办公厅|办公室", text[end:end + 3])
        full = _NATIONAL_FULL[form.removeprefix("国家")] if form not in _NATIONAL_FULL else _NATIONAL_FULL[form]
        if office and not form.endswith(("办公厅", "办公室")):
            form, full = form + office.group(0), full + office.group(0)
        bodies.setdefault(full, []).append((start, form))
        dept = _DEPARTMENT_AFTER.match(text, end) or (_INSTITUTE_AFTER.match(text, end) if form.endswith(("科学院", "中科院")) else None)
        if dept and not office and not dept.group(1).endswith("公司"):  # 工业和信息化部装备工业一司: a department of the body
            bodies.setdefault(full + dept.group(1), []).append((start, form + dept.group(1)))
    for full, mentions in bodies.items():
        forms = list(dict.fromkeys(f for _, f in mentions))
        name = full if full in forms else forms[0]
        start = next(s for s, f in mentions if f == name)
        yield start, name, [f for f in forms if f != name]


#: party committees: 天津滨海高新区党委, 市委 is caught with the government bodies
_PARTY_COMMITTEE = re.compile(rf"([{HAN}]{{2,12}}?(?:区|县|市|省|新区|高新区|开发区)(?:党委|党工委))(?=常委|书记|副书记|委员|[、，,。]|$)")


#: a committee named by its level alone or with its place: ``省委``, ``区政协``, ``大同市委`` (before a role or a list)
_BARE_COMMITTEE = re.compile(rf"(([{HAN}]{{2,6}}?)?(省|市|区|县|州|自治区|旗)(?:委|政协|人大常委会))"
                             rf"(?=常委|书记|副书记|主席|副主席|主任|副主任|[、，,。]|部署|决策|要求)")
#: the democratic parties' committees (``民革中央``, ``民盟重庆市委会``, ``致公党乐山市委会``, ``九三学社宝山区委``,
#: ``民建省委会``) and the people's organizations of a level or a place (``市科协``, ``嘉兴市知联会``, ``团市委``)
_PARTIES = "民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
_PARTY_BRANCH = re.compile(rf"(?:{_PARTIES})(?:中央|(?:[{HAN}]{{0,6}}?(?:省|市|区|县|州|自治区))?(?:基层委员会|委员会|委会|委)"
                           rf"|[{HAN}]{{2,6}}?(?:省|市|区|县)(?:基层委员会|委员会|委会|委))")
_PEOPLES_CORE_END = re.compile(rf"(?:{'|'.join(_PEOPLES_CORES)})$")
_PEOPLES_BODY = re.compile(rf"(?:省|市|区|县|州)(?:{'|'.join(_PEOPLES_CORES)})|团(?:省|市|区|县)委")
#: a department's division, after the department (``省工信厅人工智能与数字产业处``, ``常州市科技局农社处``) or alone where
#: bodies are listed or credited (``、重大装备产业处、``, ``(高技术处供稿)``, ``信息来源: 电子信息产业处``)
_DIVISION_WORD = r"(?:产业|技术|信息|数据|规划|发展|创新|装备|调整|综合|经济|科技|企业|管理|培育|农社|监督|法规|区划|改革|投资|能源|材料|" \
                 r"协调|政策|运行|安全|标准|合作|统计|质量|人才|财务|资源)"
_DIVISION_AFTER = re.compile(rf"(?:委员会|委|局|厅|司)([{HAN}]{{0,12}}?{_DIVISION_WORD}[{HAN}]{{0,3}}?[处科]"
                             rf"(?=[^{HAN}]|负责|组织|供稿|相关|参加|参会|牵头|联系|副?[处科]长|$)"
                             rf"|[{HAN}]{{2,3}}处(?=组织|负责|牵头|供稿|相关|联系|[、，,)）]))")
_DIVISION_ALONE = re.compile(rf"(?:(?<=[、，,(（:：/\s])|(?<=包括|包含|设有|下设)|(?<=分别是|分别为)|^)([{HAN}]{{1,10}}{_DIVISION_WORD}[{HAN}]{{0,3}}?处)"
                             rf"(?=[、，,)）/\s。；;]|和|供稿|相关|负责|参会|参加|$)")
#: a people's congress or a political consultative conference names a body whatever follows
#: (市政协十四届四次会议第1151号提案, 区政协经济委)
_CONGRESS = re.compile(r"(?:省|市|区|县|州|旗)(?:政协常委会|政协|人大常委会|人大)(?!常委|代表|委员)"
                       r"|(?:省|市|区|县|州|旗)第?[一二三四五六七八九十]{1,3}届(?:政协常委会|人大常委会)")  # 贵州省十四届人大常委会


def _divisions(doc: Doc, bodies: list[dict]):
    """``(start, name)`` of the divisions of departments: a body's name with its division right after it, and
    divisions standing alone in a list of bodies or a credit."""
    text = doc.text
    for o in bodies:
        if text[o["evidence"]["start"]:o["evidence"]["end"]] != o["name"]:
            continue
        for a in occurrences(o["name"], text):  # 省工信厅综合处…省工信厅信息化推进处: each mention its division
            b = a + len(o["name"])
            m = _DIVISION_AFTER.match(text, b - 1) or _DIVISION_AFTER.match(text, b - 2) or _DIVISION_AFTER.match(text, b - 3)
            if m and m.start(1) == b and not _INNER_VERB.search(m.group(1)):
                yield a, text[a:m.end(1)]
    for m in _DIVISION_ALONE.finditer(text) if "处" in text else ():
        if text[max(0, m.start(1) - 2):m.start(1)] in ("处(", "处（"):
            continue  # 高端装备处(汽车产业处): the division's other name, in its brackets
        name, at = m.group(1), m.start(1)
        listed = re.search(rf"(?:包括|包含|设有|下设|分别是|分别为)(?=[{HAN}]{{2}})", name)
        if listed:  # 其余处室包括综合处: the division named after the verb that lists it
            name, at = name[listed.end():], at + listed.end()
        if not _INNER_VERB.search(name) and not re.match(r"[各每该本此]", name):
            yield at, name


def _known_place(name: str) -> bool:
    """A division by that name: a province, a city or a district (``南康区``, ``大同市``)."""
    return divisions.lookup_region(name) is not None or name in divisions.district_names()


_ADDRESSEE_ITEM = re.compile(rf"[{HAN}A-Za-z0-9()（）]{{2,30}}?(?:人民政府|政府|管委会|管委|委员会|委|局|厅|办|中心|社|兵团|院|集团|公司)")
_GROUP = re.compile(r"^(?:各|有关|相关|其他|市直|省直|区直|县直|中央|驻)|各(?:部门|单位|委|办|局)|(?:部门|单位|机构)$")


def _addressed(doc: Doc):
    """``(start, name)`` of the named bodies of an addressee line (``各县(市、区)人民政府,市发展改革委、
    教育局、科技局…:``). A part of the line that opens with 各 (各市、州、县人民政府) addresses a group,
    and so do 有关单位 and the like; the other parts list bodies, one per ``、``."""
    pos = 0
    for line in doc.text.split("\n")[:12]:
        s = line.strip()
        if s.startswith("各") and s.endswith((":", "：")):
            offset = pos + line.index(s)
            for part_start, part in _split_top(s[:-1], "，,;；"):
                if part.startswith("各") or "各" in part[:4]:
                    continue
                for item_start, item in _split_top(part, "、"):
                    name = re.sub(r"[(（][^)）]*[)）]$", "", item).strip()
                    if _ADDRESSEE_ITEM.fullmatch(name) and not _GROUP.search(name) and len(name) >= 3 \
                            and not re.match(r"(?:国家级|省级|市级|综保区|开发区)", name) \
                            and not re.fullmatch(r"[省市区县州]?(?:人民)?政府", name):
                        yield offset + part_start + item_start, name
        pos += len(line) + 1


def _split_top(s: str, seps: str):
    """``(offset, part)`` of ``s`` split at ``seps`` outside brackets."""
    depth, start = 0, 0
    for k, ch in enumerate(s + seps[0]):
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth == 0 and ch in seps:
            yield start, s[start:k]
            start = k + 1


#: how company names end (药明生物, 以岭药业, 宁德时代): a list of them is a list of companies, not of
#: industries (医药流通、智能家电等企业) or kinds of firms (雏鹰、瞪羚、独角兽)
#: the names of news outlets (湖南日报, 红网, 湖南卫视, 潇湘晨报, 新华社)
_OUTLET_NAME = re.compile(r"(?<=[\u4e00-\u9fff])(?:日报|晚报|晨报|时报|商报|导报|报|网|卫视|经视|电视台|广播电视台|电台|客户端|新闻社|通讯社|社)$")
#: two outlets that publish together, joined by a slash or dash (``天山网-新疆日报``): two bodies, each found as an outlet
_JOINED_OUTLETS = re.compile(r"[\u4e00-\u9fff]{1,8}(?:报|网|社|台|云)[-/—－][\u4e00-\u9fff]{1,10}(?:报|网|社|台|客户端)")
#: the count of the bodies a list names, closing its last item (交通运输部|三部委)
_BODY_COUNT = re.compile(r"[一二三四五六七八九十两\d]+(?:部委|部门|委办局)$")
_PARTY_CONGRESS = re.compile(r"第[一二三四五六七八九十]{1,3}次党代会")
def _body_kind(name: str) -> str:
    """The kind of a body named in a counted list, by its last word (学院 → university …)."""
    if re.search(r"(?:大学|学院|学校)$", name):
        return "university"
    if re.search(r"(?:研究院|研究所|研究中心|实验室|科学院)$", name):
        return "research"
    return "enterprise"


def _firm_names(names: list[str]) -> bool:
    """Do the items of a list of qualified firms (重点企业, 骨干企业) read as firms' names: one at least
    with a firm's word at its end (天诺光电), none a field, a sector or a common word (瞪羚, 专精特新)?"""
    return any(_COMPANY.search(n) or n.endswith(("公司", "集团")) for n in names) and not any(
        is_generic(n) or is_sector(n) or vocabulary.canonical_field(n) is not None
        or re.search(r"企业|[的等]|\d", n) or len(n) > 12 for n in names)


_COMPANY = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:药业|生物|医药|科技|集团|股份|时代|电子|制药|能源|控股|实业|重工|机械|光电|电气|"
                      r"通信|网络|智造|智能科技|汽车|动力|材料|新材|微电子|信息|软件|航天|航空|卫星|电池|芯|(?<![工电])厂)$")


def _drop_led(items: list[dict]) -> list[dict]:
    """``会办单位市委宣传部``: a span that runs on before a standing body the list holds is that body."""
    bodies = [o["name"] for o in items if standing_body(o["name"])]
    return [o for o in items if not any(o["name"].endswith(b) and _LED.search(o["name"][: -len(b)]) for b in bodies)]


#: what runs on before a body without being part of its name: the class of units it is one of, a conjunction
_LED = re.compile(r"(?:单位|部门|机关|以及|[及和与]|会同|联合|由|向|请)$")


def _drop_prefixes(items: list[dict]) -> list[dict]:
    """``大众日报`` inside ``大众日报客户端`` at the same place: keep the longer name."""
    starts: dict[int, int] = {}
    for o in items:
        s = o["evidence"]["start"]
        if o["evidence"].get("rule") != "org.division":  # 省工信厅人工智能与数字产业处: the department stays a body
            starts[s] = max(starts.get(s, 0), len(o["name"]))
    return [o for o in items if len(o["name"]) >= starts.get(o["evidence"]["start"], 0)
            or any(o2 is not o and o2["name"] == o["name"] for o2 in items)]


def _candidates(run: str, offset: int):
    """Names ending in an organization suffix within one run of text."""
    ends = [m.end() for m in _SUFFIX_RE.finditer(run)]
    if not ends:
        return
    ends = [b.end() if (b := _bracketed_place().match(run, e)) else e for e in ends]  # 香港中文大学(深圳): its seat
    cuts = {e: len(m.group(0)) for e in ends if (m := _CUT_AFTER.match(run, e))}
    cuts.setdefault(ends[-1], 1)
    seg_start = 0
    for e in sorted(cuts):
        seg = run[seg_start:e]
        name = _trim(seg)
        if name:
            yield name, offset + e - len(name)
        seg_start = e + cuts[e]  # 人民政府联合财联社: past the whole word that joins them


def _without_inner_and(name: str) -> str:
    """A body's name without the 和 that joins two words of its remit (经济和信息化厅, 转变和数字政府建设)."""
    return re.sub(rf"(?<=[{HAN}]{{2}})和(?=[{HAN}]{{2}})", "", name)


def _gov_ok(name: str) -> bool:
    if name.endswith("常委") or re.match(r"省市(?:委|政府|人民政府)", name):
        return False  # a role (党委常委), not a body; 省市委: the committees of both levels, not one body
    if re.search(r"(?:主办|会办|协办|承办|督办|举办|创办|开办|领办|代办)$", name):
        return False  # 省工信厅主办, 省财政厅会办: a body and what it does with a proposal
    body = name.lstrip("省市区县")
    body = _without_inner_and(body) if re.search(r"(?:委员会|局|厅|委)$", body) else body
    return (not re.search(r"[的了是在对把将为和与及等场各]|布局$|^[域内级间块]", body) and len(name) <= 16)


def _addressee(doc: Doc, start: int) -> bool:
    """``各区人民政府,市政府各委、办、局:``: a list of addressees, not actors (memoized per line)."""
    span = doc.paragraph_span(start)
    seen = doc.cache.setdefault("addressee_lines", {})
    if span not in seen:
        line = doc.text[slice(*span)]
        seen[span] = line.rstrip().endswith((":", "：")) and line.lstrip().startswith("各")
    return seen[span]


def _trim(name: str) -> str:
    """Cut a candidate to the name proper: after the last verb, without lead words."""
    name = strip_lead(re.sub(r"^第[一二三四五六七八九十百零〇\d]+[条章节款]", "", name))  # 第五条市人民政府: the article's number
    if _kind(name) == "event" and "在" in name and len(name) - name.rfind("在") > 5:
        name = name[name.rfind("在") + 1:]  # 总书记在深入推进东北振兴座谈会, 项目于去年在某洽谈会: the name starts after 在
    placed = region_pattern().search(name, 1)
    if placed and _ORG_VERB_BEFORE.search(name[:placed.start()]):  # 书面形式寄送海南省人大常委会…: the verb's object
        name = name[placed.start():]
    group = re.search(rf"(?:{region_alternation()})[{HAN}]{{2,30}}?领导小组$", name)
    if group and not re.fullmatch(r"[省市区县](?:数字|智慧)", name[:group.start()]):  # 设立厦门市推进…领导小组: a place,
        return group.group(0)  # the group's remit, 领导小组 (省数字福建建设领导小组: the province's own group, its remit a brand)
    themed = bool(re.search(r"(?:座谈会|推进会|研讨会)$", name)) and bool(re.match(r"(?:深入|全面|加快|高质量)?推进|推动", name))
    for m in reversed(list(_INNER_VERB.finditer(name)) if not themed else []):  # 深入推进东北振兴座谈会: a theme
        right = name[m.end():]
        suffix = next((s for s in _SUFFIXES_LONGEST if right.endswith(s)), "")
        if suffix and len(right) - len(suffix) >= 2:
            name = right
            break
    name = strip_lead(name).lstrip("和与及或、")
    year = re.search(r"\d{4}年?(?=[\u4e00-\u9fffA-Za-z])", name)
    if year and _kind(name) == "event" and not name.endswith("工作会议"):
        name = name[year.start():]  # 召开2022年某省…推进会: an event's name holds its year
    else:
        name = re.sub(r"^.*\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?", "", name)  # 落实2023年中央经济工作会议: the name starts after the date
    if _kind(name) == "event":
        name = re.sub(r"^(?:全市|全省|全区|全县|本市|本省)", "", name)  # 全市“三高”企业发展大会
    name = re.sub(r"^(?:随着|伴随)?(?:近日|日前|目前|今年|去年|前年|近年来|此前|随后|同时|此外|业经|已经|经)", "", name)  # 近日省政府办公厅
    name = re.sub(r"^.{0,8}?记者(?:从|在)", "", name)  # 记者从安徽省政府新闻发布会
    name = re.sub(r"^(?:(?:本文|文章|此文|原文)?(?:选自|摘自)|(?:本文|文章|此文|原文)?(?:来源于|来源|来自|转自|转载自)|图片来源|据)"
                  r"(?=[\u4e00-\u9fff]{2})", "", name)  # (来源于新华社), 本文选自中国新闻网: a credit
    # 全市首个区级合成生物产业联盟: a rank and a count in front of the name
    name = re.sub(r"^(?:全[市省区县国])?(?:首个|首家|第一个)(?:[省市区县]级)?", "", name)
    gov = re.search(r"(?<=[与和及同])(?:[省市区县]|自治区)(?:人民)?政府$", name)
    if gov:  # 重点任务、项目与市政府日常督办挂钩: the government after the conjunction is the body
        return gov.group(0)
    name = re.sub(rf"^[{HAN}]{{0,6}}单位(?=[{HAN}]{{4}})", "", name)  # 副部级单位中国卫星网络集团: its class, then the name
    m = _CLASS_AND.search(name)  # 龙头企业及国家信息光电子创新中心: a class of bodies, then a name
    if m and len(name) - m.end() >= 6:
        name = name[m.end():]
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")
    return name


#: one firm that stands for a kind, opening its clause or after a verb of gathering (，亿飞智联等低空经济企业; 集聚了中国星网等…龙头企业)
_ONE_FIRM = re.compile(r"(?:^|[，,；;。：:\n])(?:[\u4e00-\u9fff]{0,6}?(?:集聚了?|聚集了?|引进了?|引入了?|落地了?|招引了?|拥有|吸引了?|培育了?|汇聚了?|涌现出?了?|包括|如)"
                       r"(?=[\u4e00-\u9fffA-Za-z]{2,8}等))?"
                       r"([\u4e00-\u9fffA-Za-z]{2,8})等[\u4e00-\u9fff]{0,10}?(?:企业|公司)(?![家])", re.M)
#: a list of companies announced before it: 代表性企业有…, 龙头企业包括…
_FIRMS_BEFORE = re.compile(r"(?:企业|公司)(?:主要)?(?:有|包括|如)[:：]?$")
#: what ends a list of the units a visit took in, or of firms named (等处, 等单位, 等项目现场, 等一大批…企业)
_VISITED_TAIL = re.compile(r"^(?:处|单位|项目现场|地|企业|一大批|一批|相关负责人)")
_VISIT_VERB = re.compile(r"(?:来到|走访|走进|参观|考察|调研|前往|带领|深入|到)了?$")
_FACILITY_WORD = re.compile(r"(?:电站|工厂|车间|产线|生产线|项目)$")
#: what a firm's short name in such a list never holds or ends with: a place's, a facility's or a class's word
_NOT_VISITED_FIRM = re.compile(r"[的在等和与及各类]|\d|有关|相关|(?:园|区|港|城|谷|岛|站|场|馆|厂|所|院|校|中心|基地|项目|"
                               r"机构|企业|部门|单位|选址)$")
#: the heads of a list of companies
_FIRM_HEADS = frozenset({"企业", "公司", "集团", "龙头企业", "头部企业", "领军企业", "链主企业", "科技企业", "企业集团", "骨干企业"})
#: a head that ranks or qualifies firms (骨干企业, 重点企业): its items are firms when they came or were brought
#: (落地A、B等骨干企业), not when the qualifier is a class or a product line (雏鹰、瞪羚等企业, 电堆、膜电极等企业)
_FIRM_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}(?:企业|公司)")
_FIRMS_LANDED = re.compile(r"(?:落地|落户|引进|招引|引入|签约|入驻|招商|集聚|聚集|汇聚|包括|包含|涵盖)了?$")
#: verbs that end a clause before the body they act on: 寄送/报送/提交/邮寄…省人大常委会
_ORG_VERB_BEFORE = re.compile(r"(?:寄送|报送|提交|邮寄|寄至|送至|报至|抄送|报|送|交|向|经|由|请|致|赴|到)$")
_CLASS_AND = re.compile(r"(?:企业|高校|院所|机构|单位|平台|园区|部门|主体)(?:及|与|以及)")


#: what makes a platform a named one: the body that runs it, or the programme it serves
_PROPER_PLATFORM = re.compile(r"大学|学院|研究院|研究所|公司|集团|中心|实验室|^未来产业|^全[市省区]|^[省市区县]")


def _org_ok(name: str) -> bool:
    core = _unseated(name)
    if core != name:
        return _org_ok(core)
    suffix = next((s for s in _SUFFIXES_LONGEST if name.endswith(s)), None)
    if suffix is None:
        return False
    stem = name[: -len(suffix)]
    if suffix in _QUOTED_ONLY and "”" not in stem:
        return False
    if re.search(r"举行|召开|举办|出席|参加|主持", stem):
        return False  # 市政府新闻办今天举行发布会, 副县长某某出席座谈会: a body or a person at an occasion, not a name
    if re.search(r"(?:局长|厅长|县长|市长|区长|省长|部长|书记|总监|经理)", stem) or re.match(r"以?下简称", stem):
        return False  # 局长兼省政府(副秘书长): an official's roles; (以下简称工作专班): a short name, not another body
    if suffix in ("专班", "工作专班", "推进组") and len(re.sub(r"项目|工作|推进|专项|承担|成立|建立|组建|牵头|协调|我[市区县省]|[省市区县]", "", stem)) < 2:
        return False  # 成立工作专班, 项目推进专班: a task force of no named remit
    if suffix in ("政府", "人民政府") and (re.search(r"届", stem) or not (
            re.match(r"[省市区县州]|自治[区州]", stem) or region_pattern("^").match(stem) or re.search(r"[省市区县州旗盟]$", stem)
            or stem in divisions.district_names())):
        return False  # 更好发挥政府作用, 市十届人民政府第101次常务会议: an act or a term, not a named government
    if suffix in ("座谈会", "推进会", "研讨会") or name.endswith(("新闻发布会", "通报会")):
        return False  # 某产业发展座谈会, 工作推进会, …通报新闻发布会: a meeting the text reports, not a named event (5 of 30 listed)
    if re.search(r"(?:介绍|表示|说|称|指出|见证|看到|了解|参观|走进|来到)$", stem) or re.search(r"见证|掌声", stem):
        return False  # 向记者介绍公司, 在掌声中共同见证…联盟: a verb before the suffix, no name
    if suffix == "公司" and re.search(r"(?:到|给|向|回|进入|送入)$", stem):
        return False  # 数据可同步传送到公司: where something goes, no firm's name
    if _BODY_COUNT.search(name):
        return False  # 工业和信息化部、公安部、交通运输部三部委: the count of the bodies listed, no body
    if stem in ("本次", "此次", "这次", "该次", "本届", "此届"):
        return False  # 本次大会: the event the text is about, named elsewhere
    bare = re.sub(r"^(?:\d{4}年?)?(?:第\d{1,3}届)?", "", stem) if ORG_SUFFIXES[suffix] == "event" else stem  # 2025年6G发展大会, 第31届…展览会
    if suffix == "领导小组" and re.match(region_alternation(), stem):
        bare = _without_inner_and(bare)  # 厦门市推进政府职能转变和数字政府建设领导小组: its remit
    if len(stem) < 2 or _BAD.search(bare) or PLURAL_LEAD.match(stem) or len(name) > 30:
        return False
    if re.match(r"(?:国家级|省级|市级|区级|县级|市县两级|省市两级|各级)", stem) or re.search(r"[县市省]级$|两级$", stem):
        return False  # 省级制造业创新中心, 县级政府: a class of bodies
    if re.search(r"第[一二三四五六七八九十\d]+(?:季度|场|次|家|个|批|期)|首批", stem):
        return False  # 第一季度新闻发布会: one occasion, counted, not a named body or event
    if re.fullmatch(r"[省市区县]?", stem) or re.fullmatch(rf"(?:{region_alternation()})?[省市区县]委[省市区县](?:人民)?政府", name):
        return False  # 省委省政府: two bodies, each found on its own
    if suffix == "平台" and not _PROPER_PLATFORM.search(stem) and not re.match(region_alternation(), stem):
        return False  # 中试能力建设平台, 产融合作平台: a kind of platform; 重庆大学…研究平台 is one
    if _kind(name) == "government" and re.match(rf"[省市区县]|{region_alternation()}", stem):
        return True  # 市产业技术创新战略咨询委员会: a body of the issuing government
    return stem.startswith("未来产业") or not is_generic(stem)


#: what ends the name of an event held jointly with another (``…终端展暨…展览会``)
_JOINT_EVENT_END = re.compile(r"(?:展会|展览会|博览会|大会|论坛|峰会|洽谈会|交易会|推介会|对接会|年会|大赛)$")


def _joint_events(candidates):
    """``A展暨第六届B展览会``: two events held together, each its own body; ``A洽谈会暨…对接活动``: the
    first only; ``A峰会暨展览会``: one event and its exhibition, one name. Other candidates pass as they are."""
    for name, start in candidates:
        k = name.find("暨")
        first, second = name[:k], name[k + 1:]
        if k < 0 or not _JOINT_EVENT_END.search(first) or _JOINT_EVENT_END.fullmatch(second):
            yield name, start  # 储能国际峰会暨展览会: the summit and its own exhibition, one name
            continue
        if len(first) >= 4:
            yield first, start
        if len(second) >= 4 and _JOINT_EVENT_END.search(second) and "暨" not in second:
            yield second, start + k + 1


def _add(bag: Bag, doc: Doc, name: str, start: int, kind: str, rule: str, aliases: list[str] | None = None) -> None:
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        name, start = name[1:-1], start + 1
    bag.add(name, {"name": name, "kind": kind, "aliases": aliases or [],
                   "evidence": doc.evidence(start, start + len(name), rule)})


#: the body a role opens with, cut after its first body word: 省交通运输厅|运输处处长, 南康区委|常委
_ROLE_HEADS = "党组|党委|常委|委员|副|主任|局长|厅长|部长|书记|处长|司长|院长|校长|董事长|总经理|主席|市长|省长|区长|县长|发言人|教授|研究员|院士"
_ROLE_BODY = re.compile(rf"^([{HAN}]{{2,20}}?(?:人民政府|政府|委员会|管委会|党工委|大学|学院|研究院|研究所|科学院|集团|公司|"
                        rf"(?<=[{HAN}]{{2}})(?:科大|工大|师大|农大|医大|交大|理工)(?![学院大])|"  # 中国科大党委书记: a university's short name
                        rf"办公厅|办公室|厅|局|部|委|署|中心|[{HAN}]{{2}}司(?=副?司长)))(?!会)(?=[{HAN}]*(?:{_ROLE_HEADS}))")


#: a firm's short name and a title only a firm gives: ``信通达董事长`` (the whole part of a role)
_FIRM_ROLE = re.compile(rf"^([{HAN}A-Za-z]{{2,8}}?)(?:副?董事长|总经理|创始人|联合创始人|首席执行官|CEO|总裁|执行董事)$")


def bodies_in_roles(doc: Doc, people: list[dict], organizations: list[dict]) -> list[dict]:
    """The bodies that people's roles name (``省交通运输厅运输处处长曾敏`` → 省交通运输厅): an
    organization of the text, quoted from the sentence that names the person. Returns the new ones."""
    known = {n for o in organizations for n in (o["name"], *(o.get("aliases") or []))}
    new = []
    for p in people:
        ev = p.get("evidence") or {}
        for part in re.split(r"[、，,]|兼", p.get("role") or ""):  # 局长兼省政府副秘书长: two roles
            m = _ROLE_BODY.match(part) or _FIRM_ROLE.match(part)
            if m and m.re is _FIRM_ROLE and (re.search(r"公司|企业|集团|单位|该|其|本|党员|代表|委员|科技$|常务副?$|副$|大区$|区域$|事业部$", m.group(1))
                                             or region_pattern("^").fullmatch(m.group(1))):
                continue  # 公司董事长, 该企业总经理: no name; 某科技董事长: a name the firm shares with its trade
            if not m or m.group(1) in known or re.fullmatch(r"[省市区县州]?(?:人民)?政府|[省市区县]委", m.group(1)) \
                    or re.match(r"(?:各|有关|相关|该|本)", m.group(1)):
                continue
            name = m.group(1)
            start = doc.text.rfind(name, max(0, ev.get("start", 0) - 60), ev.get("start", 0))
            if start < 0:
                continue
            known.add(name)
            new.append({"name": name, "kind": _kind(name), "aliases": [],
                        "evidence": doc.evidence(start, start + len(name), "org.role_body")})
    return new


# -- people -----------------------------------------------------------------------
#: two-character surnames (欧阳恩山): the name after them is one or two characters
_COMPOUND_SURNAME = "(?:欧阳|司马|诸葛|上官|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|夏侯|端木|南宫|独孤|司徒|司空|申屠|呼延|万俟)"
_TITLES = ("一级巡视员|二级巡视员|巡视员|副巡视员|一级调研员|二级调研员|调研员|总工程师|总经济师|总会计师|副主任|主任|副局长|局长|副厅长|厅长|副部长|部长|副书记|书记|副市长|市长|副省长|省长|"
           "副主席|主席|副院长|院长|副校长|校长|副董事长|董事长|副总经理|总经理|副总裁|高级副总裁|总裁|总监|主任委员|首席科学家|院士|教授|研究员|负责人|副司长|司长|处长|"
           "新闻发言人|发言人|秘书长|理事长|会长|区长|县长|总链长|副链长|链长|领导|正厅长级干部|干部|创始合伙人|合伙人|创始人|博导|博士生导师|"
           "副州长|州长|副关长|关长|副区长|副县长|副总理|总理|国务委员|总书记|副行长|行长|副所长|所长|副科长|科长|副社长|社长|台长|镇长|乡长|"
           "首席执行官|首席技术官|首席信息官|执行董事|董事|副师长|师长|政委|副政委|主委|副主委|科学家|化学家|物理学家|经济学家|"
           "CEO|CTO|常务副院长|常务副主任|常务副市长|常务副区长|常务副县长|常务副省长|副组长|组长|"
           "副旗长|旗长|副团长|团长|总领事|副领事|领事|首席专家|运营总监|技术总监|总经理助理|董事长助理|主任助理|院长助理|校长助理|党组成员|"
           "人大代表|政协委员|常委")
#: a line of a press conference's roster: a name, a space and the role, ending with a title
_ROSTER_LINE = re.compile(rf"(?:^|\n)[ \t]*([{HAN}]{{2,3}})[ \t]+([{HAN}、()（）]{{4,40}}?(?:{_TITLES}))[ \t]*(?=\n|$)")
#: a transcript's speaker: ``韩小平(省政府办公厅新闻协调处二级调研员):记者朋友们…``, a name, its role in brackets, a colon
_SPEAKER_LINE = re.compile(rf"(?:^|\n)[ \t]*([{HAN}]{{2,3}})[ \t]*[(（]([{HAN}、]{{2,40}}?(?:{_TITLES}))[)）][ \t]*[:：]")
#: the first halves of Tibetan given names, which stand without a surname (普布顿珠, 扎西次仁)
_TIBETAN_FIRST = ("扎西|次仁|普布|多吉|格桑|洛桑|旦增|丹增|达瓦|尼玛|白玛|巴桑|平措|索朗|央金|德吉|卓玛|边巴|拉巴|阿旺|罗布|顿珠|强巴|土登|米玛|仁增|"
                  "泽仁|次旦|益西|曲珍|卓嘎|旺堆|普琼|德庆|嘎玛|洛桑|群培|赤列|仁青|其美")
_PERSON = re.compile(rf"((?:{_TITLES})(?:[(（](?:主持|负责)[{HAN}]{{2,6}}[)）])?)”?(?:[(（][A-Za-z]{{2,5}}[)）])? ?((?:{_TIBETAN_FIRST})[{HAN}]{{2}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}}?|{_COMPOUND_SURNAME}[{HAN}]{{1,2}}?|[{HAN}]{{2,3}}?)"
                     rf"(?=(?:曾|也|还|则|又|更|分段|全程|重点|为大家|向大家|向记者|详细|具体|简要|首先|先后|随后|着重|专程|亲自|深有感触地|高兴地|兴奋地|动情地)?(?:来到|走进|前往|牵头|介绍|表示|指出|说|称|认为|强调|透露|提出|建议|坦言|直言|"
                     rf"召开|专题|听取|看望|慰问|督导|视察|检查|深入|指导|部署|会见|率|高度|认真|举行|指着|再次|结合(?=[{HAN}]{{2}})|致(?:欢迎)?[辞词]|"
                     rf"告诉|接受|呼吁|谈及|致辞|发言|出席|参加|对)|介绍|如是说|答记者|担任|感到|一边|所作|表示|指出|说|称|在|认为|强调|透露|回答|展望|带队|率队|带领|共同|围绕|调研|考察|"
                     # 市长某某到南海区调研, 副区长某某应邀参会, 副局长某某汇报了, 书记某某赴园区, 董事长某某激动地说, 创始人某某被聘任
                     rf"到(?=[{HAN}]{{2}})|赴|应邀|受邀|汇报|被(?=[{HAN}]{{2}})|激动|感慨|希望|要求|寄语|分享|回应|"
                     rf"通过|现场|代表(?=[{HAN}]{{2}})|解释|上台|登台|从(?=[“{HAN}]{{2}})|为(?=[{HAN}]{{1,20}}(?:致辞|揭牌|颁奖|授牌|颁发))|打了|打个|\d{{1,2}}[位名]|"
                     rf"向(?=[{HAN}]{{2}})|与(?=[{HAN}]{{2}})|教授|博士|院士|"
                     rf"走访|参观|陪同|会见|致辞|讲话|发言|宣布|签约|揭牌|一行|一同|一起|以及|同志|出席|参加|主持|"
                     # 主任某某等专家, 所长某某等氢能领域专家, 总经理某某等60余名专家, 副主任某某等赴闵行区调研
                     rf"等(?=[{HAN}]{{0,8}}(?:陪同|参加|出席|参与|专家|领导|嘉宾|负责人|代表)|\d{{1,4}}余?[位名人]|赴|到|前往|来到|一行|来自)|"
                     rf"解读|发布|谈到|提到|女士|先生|看来|关于(?=[《“{HAN}]{{2}})|于(?=\d{{1,2}}月|\d{{4}}年)|近日|日前|今天|昨天|当日|当天|今日|\d{{1,2}}[月日]|和(?=[{HAN}]{{0,16}}(?:{_TITLES}|常委))|"
                     rf"及(?=相关|有关|[{HAN}]{{0,12}}(?:{_TITLES}))|"  # 副局长某某及相关处室负责人
                     rf"对(?=[{HAN}]{{2}})|作(?=[{HAN}]{{2}}|[《“])|就(?=[{HAN}《“]{{2}})|分别|以(?=切身|自身|亲身)|"
                     rf"[，,:：;；、。\n(（]|$)")
#: words after a title that a surname opens but that name no one (单 is a surname: 主任委员单位)
_NOT_NAMES = frozenset("单位 单元 成员 代表 委员 同志 团队 方面 部门 企业 机构".split())
#: a time or place after a title where a name would stand (负责人于会上解读): 于 is a surname too
_WHEN = re.compile(r"于(?:会|现场|此|近日|日前|当日|当天)")
#: people listed before the kind they share: ``以及叶朝辉、徐红星、柳晓军等院士专家座谈`` (every item a name)
_NAMED_LIST = re.compile(rf"(?:(?<![{HAN}])|(?<=以及)|(?<=[和与及以])|(?<=联合|邀请|包括))((?:[{HAN}]{{2,3}}、){{1,20}}[{HAN}]{{2,3}})"
                         rf"(?:等(?:\d{{1,3}}[名位])?|\d{{1,2}}[名位大个](?=院士))"  # 丁汉、陈学东、刘胜3大院士团队
                         rf"((?:全国|[省市区县])?(?:人大代表|政协委员)|院士专家|院士|专家学者|专家|学者|教授|企业家|委员|"
                         # 王某、张某等市四大班子领导; 梁某、王某等与会领导: leaders listed by name
                         rf"(?:与会|出席)?(?:[省市区县州旗]级?)?(?:四大班子|四套班子|党政)?领导)")
#: one title before a list of names (市政协副主席张某、沈某、周某, 市级领导傅某、谭某参加)
_TITLED_LIST = re.compile(rf"((?:市级|省级|县级|区级|[省市区县])领导|(?:{_TITLES})|(?<![和及与])[{HAN}]{{0,4}}?代表)((?:[{HAN}]{{2,3}}、){{1,20}}[{HAN}]{{2,3}})"
                          rf"(?=[，,。；;]|参加|出席|陪同|等)")
#: a leader named before the title he is known by, at a sentence's start: ``。张雷书记在东软集团调研``
_NAME_BEFORE_TITLE = re.compile(rf"(?:(?<=[，,。；;：:\n、])|(?<=落实|传达|达了|会见|拜会|陪同|邀请|欢迎|刚才)|^)([{HAN}]{{2,3}}?)"
                                rf"(副?(?:书记|市长|省长|区长|县长|主任|部长|局长|厅长|总理|主席)|(?:副|助理)?(?:调研员|研究员)|委员|代表)"
                                rf"(?=在|到|来到|来区|来市|来省|赴|调研|主持|出席|强调|指出|表示|一行|带队|率队|深入|有关|率|也|、|"
                                rf"建议|认为|围绕|呼吁|代表)")  # 会上,李家勇委员代表民进…围绕…提出: a member named before the title
#: a body, a name and the title after it, in a list or before its act: ``由科技部曹健林副部长、省政协别胜学副主席…共同``
_BODY_NAME_TITLE = re.compile(rf"(?:^|(?<=[，,。；;：:\n、由]))([{HAN}]{{2,14}}?(?:部|厅|局|委|政协|中心|院|办))([{HAN}]{{2,3}}?)"
                              rf"(副?(?:部长|厅长|局长|主任|主席|书记|院长|司长|处长|巡视员|调研员))"
                              rf"(?=[、，,。]|共同|一同|介绍|表示|指出|出席|主持|讲话|致辞|等)")
#: words that open a role, never a name, though a surname opens them (党组, 常务)
_ROLE_WORD = re.compile(r"党组|党委|党工委|纪委|工委|常务|执行|首席|名誉|荣誉|特聘|客座|专职|分管|主管|驻")
#: a deputy named first of several: ``高东杰等10名市人大代表``
_DEPUTIES = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,3}})等\d{{1,3}}名([{HAN}]{{2,10}}?(?:人大代表|政协委员|代表|委员))")
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
                "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
                "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
                "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜"
                "冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝乐"
                "宾揭敬谈练丘阎粟钮亢银伏禹尉庹钭芮扈"
                "洪厉支胥杭綦鞠衡燕郜屠竺蔺冀阚隆晋闻黑帅晁弓权逄郗仝贲訾昝亓戈危冶皮"
                "惠初匡冼植湛缑楚鄢相荆逯封汝邰寿嵇鄂宓郦雍祖浦储鲜楼买")


#: surnames that also open common words (宣布, 元年, 计划, 薄弱) or are less common (傅, 濮, 怀, 阴, 赖, 谌): a name only
#: when the segmenter does not read its first signs as a word of another kind or a place (unlike :func:`_rare_surname`,
#: which takes an unlisted first sign before a verb of speech)
_WORDLIKE_SURNAMES = frozenset("傅萧贝计茅裘宣郁诸荀糜井富巴牧班仰秋伊戎束幸韶薄印宿怀索籍赖阴莘贡濮慕茹习宦鱼容慎庾暨弘禄阙殳沃"
                           "蔚越厍蒯桓谌酆廉元狄奚昌凤滑羊汲邴乌隗蓬蓟咸苍扶堵宰璩郏夔勾融乜巢於")


def _surname(name: str) -> bool:
    """Does ``name`` open with a surname (a rare one only where the name reads as no other word)?"""
    if name[:1] in _SURNAMES:
        return True
    if name[:1] not in _WORDLIKE_SURNAMES or len(name) not in (2, 3) or region_pattern("^").match(name):
        return False
    first = tags_of(name)[0]
    return len(first[0]) < 2 or first[1].startswith("nr")


def _rare_surname(text: str, name: str, end: int) -> bool:
    """``局长妥鑫介绍``: two characters no word of the dictionary, between a title and a verb of speech, are a name
    whatever the surname (妥, 亢, 揭 … the list of surnames cannot hold them all)."""
    if len(name) != 2 or not re.match(r"介绍|表示|指出|强调|说", text[end:end + 2]):
        return False
    tags = tags_of(name)
    return len(tags) == 2 and not any(t[:1] in ("d", "v", "p", "c", "u", "t", "m", "r", "q", "f") for _, t in tags)


_ROLE_PART = re.compile(rf"(?:党组成员|党组书记|党委书记|党委常委|党委委员|党工委书记|党工委委员|副书记|书记|委员|常委|{_TITLES})$")


def _role_before(text: str, pos: int) -> str:
    """The organization and earlier roles before a title: ``湖北省经济和信息化厅党组成员、`` (副厅长)."""
    org = re.split(r"[，,。；、:：“”\n]", text[max(0, pos - 16):pos])[-1]
    while pos - len(org) - 1 >= 0 and text[pos - len(org) - 1] == "、":  # 党组成员、副厅长: one role
        prev = re.split(r"[，,。；、:：“”\n]", text[max(0, pos - len(org) - 30):pos - len(org) - 1])[-1]
        if not _ROLE_PART.search(prev):
            break
        org = prev + "、" + org
    org = re.split(r"(?:对话|采访|专访|会见|邀请|盛邀|特邀)了?", org)[-1]  # 记者对话了科学技术局党组书记: the role after the verb
    org = re.sub(r"^(?:会议|活动|仪式|会上|论坛)?由", "", org)  # 会议由市政府秘书长周强主持: the role, not the clause
    org = re.sub(rf"^.*(?:{_TITLES})[{HAN}]{{2,3}}和", "", org)  # 局长罗鹏和智能制造局…: the next person's body
    joined = re.search(rf"(?:{_TITLES})[{HAN}]{{2,3}}和([{HAN}]{{2,20}})$", text[max(0, pos - 30):pos])
    if joined and org.endswith("和" + joined.group(1)):  # 院长某某和航天云网科技发展有限责任公司|董事长: past the window
        org = joined.group(1)
    # 我们请常州市委副书记; 一起出席发布会的还有…副市长: the clause before the role
    org = re.sub(r"^.*?(?:的还有|还有|我们请|邀请|请|出席的有|参加的有)(?=[\u4e00-\u9fff]{4})", "", org)
    return strip_lead(org)


_TITLE_AFTER = re.compile(rf"(?:(?<=[所院校心室司学局厅委处])|(?<=教授、)|(?<=博士、)|(?<=院士、))([{HAN}]{{2,3}}?)(院士|教授|博士|副研究员|助理研究员|研究员|副调研员|调研员|"
                          rf"常务副院长|副院长|院长|副所长|所长|副司长|司长|副局长|局长)"
                          rf"(?=出席|表示|介绍|指出|认为|强调|说|称|作|在|到|一行|团队|特邀|应邀|带队|率队|率|领导的|带领的|[，,。、])")


#: the member a reply addresses: ``李某某委员:`` on a line of its own
_ADDRESSED_MEMBER = re.compile(rf"(?:^|\n)(?:尊敬的)?((?:[{HAN}]{{2,3}}、){{0,8}}[{HAN}]{{2,3}})(委员|代表)[:：]?[ \t]*(?=\n)"
                               # 您和白雪委员提出的…提案: the member who proposed it with the one addressed
                               rf"|(?<=您和)((?:[{HAN}]{{2,3}}、){{0,8}}[{HAN}]{{2,3}})(委员|代表)(?=[^。\n]{{0,12}}提出)")


#: people a labelled line names: ``联系人:张三、李四``, ``签发人:孙 科``, ``建议人:杨峰``, ``撰写人/A,B,C``, ``责任领导 何开国``
_LABELLED_PERSON = re.compile(rf"(联系人|签发人|建议人|提案人|撰写人|领衔人|责\s?任\s?人|责任领导|提交委员|"
                              rf"[区市县省]?分管领导|(?:单位)?主要领导)[ \t]*[:：/ \t][ \t/]*"
                              rf"((?:[{HAN}] ?[{HAN}]{{1,2}}[、，,])*[{HAN}] ?[{HAN}]{{1,2}})(?=[ \t]*(?:[，,;；。/\n]|$|联系|电话|届次|[ \t]))")
#: a row of a contact list: ``湖北省经济和信息化厅智数处 王某某 027-87236922`` (the body, the person, the number)
_CONTACT_ROW = re.compile(rf"^[ \t]*([{HAN}()（）]{{4,40}}?(?:处|科|室|厅|局|委|办|中心|联盟|协会|公司|院|所))[ \t]+"
                          rf"([{HAN}]{{2,3}})[ \t]*(?:\d{{3,4}}-?\d{{7,8}}|1\d{{10}})[ \t]*$", re.M)
#: a member or deputy named with the proposal: ``王峰代表提出的``, ``现就史忠华委员提出的``, ``袁伟 委员:``
_PROPOSER = re.compile(rf"(?:(?<=[：:\n，,、/对就])|^)([{HAN}]{{2,3}}) ?(委员|代表)(?=提出|所提|领衔|等\d|[:：])")


def _body_before(doc: Doc, start: int) -> str:
    """The body a title written at ``start`` belongs to: the words of its clause before it (``市政协|副主席``)."""
    return strip_lead(re.split(r"[，,。；;、:：“”\n]", doc.text[max(0, start - 20):start])[-1])


def extract_people(doc: Doc) -> list[dict]:
    """People named with a title: ``上海市经济信息化委主任吴金城介绍``, ``…研究所王建宇院士出席``."""
    bag = Bag()
    for m in _ADDRESSED_MEMBER.finditer(doc.text[:600]):  # 骆洪军、彭海员、赵贵成委员: each member addressed
        g = 1 if m.group(1) else 3
        pos = m.start(g)
        for name in m.group(g).split("、"):
            if _surname(name):
                bag.add(name, {"name": name, "role": m.group(g + 1),
                               "evidence": doc.evidence(pos, pos + len(name), "person.addressed")})
            pos += len(name) + 1
    for m in _LABELLED_PERSON.finditer(doc.text):
        pos = m.start(2)
        for part in re.split(r"[、，,]", m.group(2)):
            name = part.strip()  # 签发人:孙 科: the name as written
            if _surname(name) and len(name.replace(" ", "")) in (2, 3) and not re.search(r"老师|先生|女士|同志|科长$", name):
                bag.add(name, {"name": name, "role": re.sub(r"\s", "", m.group(1)),
                               "evidence": doc.evidence(pos, pos + len(part), "person.labelled")})
            pos += len(part) + 1
    for m in _ROSTER_LINE.finditer(doc.text):  # 发布人: / 聂红焰 西部科学城重庆高新区党工委副书记: a name and its role, a line
        if _surname(m.group(1)):
            bag.add(m.group(1), {"name": m.group(1), "role": m.group(2),
                                 "evidence": doc.evidence(m.start(1), m.end(1), "person.roster")})
    for m in _SPEAKER_LINE.finditer(doc.text):
        if _surname(m.group(1)):
            bag.add(m.group(1), {"name": m.group(1), "role": m.group(2),
                                 "evidence": doc.evidence(m.start(1), m.end(1), "person.speaker")})
    for m in _CONTACT_ROW.finditer(doc.text):  # 某厅某处 王某某 027-8723…: a contact, the body's
        if _surname(m.group(2)):
            bag.add(m.group(2), {"name": m.group(2), "role": m.group(1),
                                 "evidence": doc.evidence(m.start(2), m.end(2), "person.contact_row")})
    for m in _PROPOSER.finditer(doc.text):
        if _surname(m.group(1)) and not re.search(r"[委组局部厅会办府院市区县省]$", m.group(1)):
            bag.add(m.group(1), {"name": m.group(1), "role": m.group(2),
                                 "evidence": doc.evidence(m.start(1), m.end(1), "person.proposer")})
    for m in _TITLE_AFTER.finditer(doc.text):
        name = m.group(1)
        if _surname(name) and not _ROLE_WORD.match(name):  # 研究院常务副院长: a title
            bag.add(name, {"name": name, "role": _body_before(doc, m.start()) + m.group(2),
                           "evidence": doc.evidence(m.start(1), m.end(1), "person.name_title")})
    for m in _TITLED_LIST.finditer(doc.text):  # 市政协副主席张某、沈某、周某; 市级领导傅某、谭某参加: one title, many people
        names = m.group(2).split("、")
        if all(_surname(name) for name in names):
            role = _body_before(doc, m.start()) + m.group(1)
            pos = m.start(2)
            for name in names:
                bag.add(name, {"name": name, "role": role, "evidence": doc.evidence(pos, pos + len(name), "person.titled_list")})
                pos += len(name) + 1
    for m in _NAMED_LIST.finditer(doc.text):
        names = m.group(1).split("、")
        if all(_surname(name) for name in names):  # a list of places or things is no list of people
            pos = m.start(1)
            for name in names:
                bag.add(name, {"name": name, "role": m.group(2),
                               "evidence": doc.evidence(pos, pos + len(name), "person.listed")})
                pos += len(name) + 1
    for m in _NAME_BEFORE_TITLE.finditer(doc.text):  # 。张雷书记在东软集团调研: the name, then the title it is known by
        if m.group(2) == "总理" and re.match(r"在[^。，,]{0,16}(?:报告|讲话|文章|署名)", doc.text[m.end():m.end() + 24]):
            continue  # 李强总理在今年的政府工作报告中提出: a leader quoted, not an actor of the text
        if _surname(m.group(1)) and not re.search(r"[委组局部厅会办府院]$", m.group(1)):
            bag.add(m.group(1), {"name": m.group(1), "role": m.group(2),
                                 "evidence": doc.evidence(m.start(1), m.end(1), "person.name_before_title")})
    for m in _BODY_NAME_TITLE.finditer(doc.text):  # 省科技厅罗春彦巡视员介绍了: the body, the name, then the title
        if _surname(m.group(2)) and not _ROLE_WORD.match(m.group(2)):  # (局党组书记, 研究院常务副院长: a role)
            bag.add(m.group(2), {"name": m.group(2), "role": m.group(1) + m.group(3),
                                 "evidence": doc.evidence(m.start(2), m.end(2), "person.body_name_title")})
    for m in _DEPUTIES.finditer(doc.text):  # 高东杰等10名市人大代表联合提出: the first of the deputies named
        if _surname(m.group(1)):
            bag.add(m.group(1), {"name": m.group(1), "role": m.group(2),
                                 "evidence": doc.evidence(m.start(1), m.end(1), "person.deputies")})
    for m in _PERSON.finditer(doc.text):
        title, name = m.group(1), m.group(2)
        if name in _NOT_NAMES or _WHEN.match(name):
            continue  # 副主任委员单位: the kind of member, no person; 负责人于会上解读: when, not who
        if title == "总书记" or (title == "主席" and doc.text[max(0, m.start() - 2):m.start()] == "国家"):
            continue  # 国家主席某某向大会致贺信: the head of state quoted, no actor of the text (no gold lists him)
        if title in ("干部", "人大代表", "政协委员") and doc.tokens.tag_at(m.start(2)) in ("v", "vn", "a", "ad", "an", "d") \
                and name[0] != "曾":  # (曾 is a surname as often as it is the adverb: 政协委员曾某某建议)
            continue  # 党建和干部|管理, 政协委员|谈变化: a class of people here, and a verb follows it, no one's name
        if not _surname(name) and "·" not in name and not re.match(_TIBETAN_FIRST, name) \
                and not _rare_surname(doc.text, name, m.end(2)):  # 艾尔肯·吐尼亚孜: a transcribed name, whatever its first sign
            continue
        org = _role_before(doc.text, m.start())
        bag.add(name, {"name": name, "role": org + title,
                       "evidence": doc.evidence(m.start(2), m.end(2), "person.title_name")})
        pos = m.end(2)
        while (more := re.match(rf"[、及]([{HAN}]{{2,3}}?)(?=[、及]|出席|参加|介绍|表示|陪同|主持|应邀|汇报|带队|带领|率队|一同|一起|共同|提出|发言|等|[，,。])",
                                doc.text[pos:pos + 8])):
            if not _surname(more.group(1)):
                break
            bag.add(more.group(1), {"name": more.group(1), "role": org + title,
                                    "evidence": doc.evidence(pos + 1, pos + 1 + len(more.group(1)), "person.title_name")})
            pos += more.end()
    return bag.values()


# -- scenarios ----------------------------------------------------------------------
_SCENE_LIST = re.compile(rf"((?:[{HAN}A-Za-z0-9“”]{{2,10}}、)+[{HAN}A-Za-z0-9“”]{{2,10}})等(?:[{HAN}]{{0,8}})场景")
_SCENE_NAMES = re.compile(rf"((?:[{HAN}]{{2,8}}场景[、和及与]){{1,6}}[{HAN}]{{2,8}}场景)")
_SCENE_VERB = re.compile(rf"(?:发布|开放|建设|打造)([{HAN}]{{4}})场景")
#: a quoted chain of scenes before 场景: “A—B—C”场景体系
_SCENE_CHAIN = re.compile(r"“([^“”]{4,60}?(?:—|→)[^“”]{2,40})”场景")
#: a series of scenes, each with its verb: 拓展无人机海洋管理场景、拓展无人机安全巡护场景
_SERIES_VERB = r"(?:拓展|打造|开拓|丰富)"
_SCENE_SERIES = re.compile(rf"(?:{_SERIES_VERB}[{HAN}]{{4,10}}?(?:应用)?场景[、，,;；]\s*)+{_SERIES_VERB}[{HAN}]{{4,10}}?(?:应用)?场景")
_SERIES_ITEM = re.compile(rf"{_SERIES_VERB}([{HAN}]{{4,12}}?)场景")  # the scene as written before 场景
_QUOTED_FUTURE = re.compile(r"“(未来[\u4e00-\u9fff]{2,4})”")
_GENERIC_SCENES = {"应用", "典型应用", "标杆", "综合", "综合性", "重大应用", "新", "区域特色应用"}


def extract_scenarios(doc: Doc) -> list[dict]:
    """Named application scenarios (场景) and ``未来X`` demonstration settings."""
    bag = Bag()
    text = doc.text
    for m in _SCENE_LIST.finditer(text):
        items = split_list(m.group(1))
        items[0] = re.split(r"策划|建设|打造|推动|开放|发布|推出|开发|布局|培育|谋划|的", strip_lead(items[0]))[-1]
        if all(3 <= len(i) <= 8 and not re.search(r"[的在对]", i) for i in items):
            for i in items:
                name = i + "场景" if i.endswith("类") else i
                _scene(bag, doc, name, text.find(i, m.start()), "scenario.list", written=i)
    for m in _SCENE_NAMES.finditer(text):
        for i in split_list(m.group(1)):
            i = strip_lead(re.sub(r"^(?:一批|若干)", "", strip_lead(i)))
            if i[:-2] not in _GENERIC_SCENES and len(i) >= 4:
                _scene(bag, doc, i, text.find(i, m.start()), "scenario.names")
    for m in _SCENE_VERB.finditer(text):  # 发布早期验证场景; not 打造多元应用场景, 示范应用场景: kinds, no names
        stem = m.group(1)
        if stem not in _GENERIC_SCENES and not is_generic(stem) and not stem.endswith("应用") and not stem.startswith("多"):
            _scene(bag, doc, stem + "场景", m.start(1), "scenario.verb")
    for m in _SCENE_CHAIN.finditer(text):  # “基础级智能工厂—先进级智能工厂—未来工厂”场景体系: a chain of scenes
        pos = m.start(1)
        for part in re.split(r"—+|→", m.group(1)):
            item = re.sub(r"[(（][^()（）]*[)）]$", "", part)  # 基础级智能工厂(数字化车间): its other name
            if 3 <= len(item) <= 12 and not is_generic(item):
                _scene(bag, doc, item, pos, "scenario.chain")
            pos += len(part) + (1 if text[pos + len(part):pos + len(part) + 1] in "—→" else 0)
            while text[pos:pos + 1] == "—":
                pos += 1
    for series in _SCENE_SERIES.finditer(text):
        for m in _SERIES_ITEM.finditer(text, series.start(), series.end()):
            if not is_generic(m.group(1)):
                _scene(bag, doc, m.group(1), m.start(1), "scenario.verb_series")
    for e in enumerations(doc):  # 在A、B等场景得到应用; 围绕A、B等领域打造应用场景
        if head_kind(e) == "scenario":
            names = list(e.names)
            shared = re.search(r"(?:智能|智慧|数字化)$", names[-1]) if len(names) >= 2 else None
            if shared and all(len(n) <= len(names[-1]) - len(shared.group(0)) + 1 for n in names[:-1]):
                names[-1] = names[-1][:shared.start()]  # 供水、用电、燃气智能应用场景: a modifier the items share
            for (a, _b), name in zip(e.items, names, strict=True):
                if not is_generic(name) and len(name) <= 10:
                    _scene(bag, doc, name + "场景" if name.endswith("类") else name, a, "scenario.enumeration",
                           written=name)
    for s, _e, sent in doc.sentences():
        if re.search(r"场景|试点|示范", sent):
            for m in _QUOTED_FUTURE.finditer(sent):
                _scene(bag, doc, m.group(1), s + m.start(1), "scenario.quoted")
    return bag.values()


def _scene(bag: Bag, doc: Doc, name: str, start: int, rule: str, written: str | None = None) -> None:
    """Add a scenario; ``written`` is the form in the text when the name adds 场景 to it."""
    name = name.strip("“”")
    written = written or name
    bag.add(name, {"name": name, "aliases": [written] if written != name else [],
                   "evidence": doc.evidence(start, start + len(written), rule)})
