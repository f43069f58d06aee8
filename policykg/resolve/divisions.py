"""China's administrative divisions, from the dataset the ``cpca`` package ships, brought up to date.

The records come from ``cpca/resources/adcodes.csv`` (12-digit adcode, name,
longitude, latitude), read with :mod:`csv` only.  The package folder is found
with :func:`importlib.util.find_spec`, which does not run ``cpca/__init__.py``
(that imports pandas; even ``importlib.resources.files("cpca")`` would).  Levels are ``nation`` (全国), ``province`` (provinces, autonomous
regions, the four municipalities 北京 上海 天津 重庆, Hong Kong, Macao,
Taiwan), ``city`` (prefecture level) and ``district`` (区/县/县级市/旗).

>>> lookup_region("上海").name, lookup_region("上海").level
('上海市', 'province')
>>> lookup_district("浦东").adcode
'310115000000'
>>> lookup_district("南山", within="深圳").parent
'深圳市'
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import importlib.util
import io
import re
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.model.names import compact

#: Placeholder rows of the dataset (市辖区 of a municipality, 省直辖县级行政区划 …).
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

#: Surface forms that are ordinary words (or generic place words), never
#: indexed as district mentions: the brief's generic forms, then district short
#: names that are common in policy prose (公安 police, 比如 "for example",
#: 通道 channel, 资源 resources, 港口 port, 振兴 revitalize …).
STOP_FORMS = frozenset("""
城区 郊区 矿区 新区 林区 特区 高新 开发 市中 市南 市北 城中 城东 城西 城北 城关 城厢 老城 新城
新市 东区 西区 南区 北区 上城 下城 南部 南郊 中方 公安 比如 通道 资源 会同 合作 共和 互助 友好
友谊 前进 前锋 向阳 红旗 红星 解放 复兴 振兴 新建 新华 新兴 新和 延长 惠民 惠农 富民 富裕 高明
宏伟 港口 江山 路桥 运河 灯塔 温泉 滨海 滨江 滨湖 湖滨 海港 大方 大化 大新 大通 大观 大同 小店
安居 乐业 安定 安宁 安全 平安 和平 和顺 太平 长寿 长安 长治 天长 同心 同仁 同德 团结 工农 建华
建设 民主 民权 永久 永安 永兴 永康 元宝 吉利 方正 未央 武功 凤凰 牡丹 芙蓉 莲花 钟楼 鼓楼 龙井
东方 东风 中原 东海 南海 白云 青山 清新 清河 清水 河东 河西 江南 江北 江东 江口 台前 站前 仁和
大关 天山
""".split())

#: Names of the nation as a region.
NATION_NAMES = ("全国", "国家", "中国", "我国", "全国范围")

#: English names of the province-level divisions (a small general glossary).
PROVINCE_EN = {
    "全国": "China (nationwide)", "北京市": "Beijing", "天津市": "Tianjin", "上海市": "Shanghai",
    "重庆市": "Chongqing", "河北省": "Hebei", "山西省": "Shanxi", "辽宁省": "Liaoning",
    "吉林省": "Jilin", "黑龙江省": "Heilongjiang", "江苏省": "Jiangsu", "浙江省": "Zhejiang",
    "安徽省": "Anhui", "福建省": "Fujian", "江西省": "Jiangxi", "山东省": "Shandong",
    "河南省": "Henan", "湖北省": "Hubei", "湖南省": "Hunan", "广东省": "Guangdong",
    "海南省": "Hainan", "四川省": "Sichuan", "贵州省": "Guizhou", "云南省": "Yunnan",
    "陕西省": "Shaanxi", "甘肃省": "Gansu", "青海省": "Qinghai", "台湾省": "Taiwan",
    "内蒙古自治区": "Inner Mongolia", "广西壮族自治区": "Guangxi", "西藏自治区": "Tibet",
    "宁夏回族自治区": "Ningxia", "新疆维吾尔自治区": "Xinjiang", "香港特别行政区": "Hong Kong",
    "澳门特别行政区": "Macao",
}

_GOV_BODY = re.compile(r"(委|委员会|局|厅|办|办公室|办公厅|政府|人大|政协|领导小组|专班)$")
_RELATIVE = re.compile(r"^(省|市|区|县)(?!场|级|域|民|内|外|块|城|属|直)")

# Suffixes stripped for a short name, longest first; the ethnic-name ones also
# drop the ethnic names in front of them (广西壮族自治区 → 广西).
_ETHNIC_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")
_PLAIN_SUFFIXES = ("特别行政区", "新区", "林区", "特区", "地区", "省", "市", "区", "县", "旗", "盟")


@dataclass(frozen=True)
class Division:
    """One administrative division."""

    adcode: str
    name: str
    short: str
    level: str
    parent: str | None = None
    parent_adcode: str | None = None

    @property
    def name_en(self) -> str:
        """English name for province-level divisions, else ``""``."""
        return PROVINCE_EN.get(self.name, "")


NATION = Division(adcode="", name="全国", short="全国", level="nation")


def _resource(name: str) -> str:
    """Text of a file of ``cpca/resources`` without importing cpca."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise PolicyKGError("the cpca package (administrative divisions) is not installed")
    return (Path(next(iter(spec.submodule_search_locations))) / "resources" / name).read_text(encoding="utf-8")


_clean = compact


@functools.lru_cache(maxsize=1)
def _nations() -> tuple[str, ...]:
    """The 56 ethnic group names, with and without 族, longest first."""
    names = {n.strip() for n in _resource("56_nations.csv").split() if n.strip()}
    names |= {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return tuple(sorted(names, key=len, reverse=True))


def short_name(full: str) -> str:
    """The usual short form of a division name (never shorter than 2 characters).

    >>> [short_name(n) for n in ["浦东新区", "闵行区", "忠县", "广西壮族自治区", "石柱土家族自治县", "上海市"]]
    ['浦东', '闵行', '忠县', '广西', '石柱', '上海']
    """
    full = _clean(full)
    for suffix in _ETHNIC_SUFFIXES:
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return _strip_ethnic(full[: -len(suffix)])
    for suffix in _PLAIN_SUFFIXES:
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return full[: -len(suffix)]
    return full


def _strip_ethnic(stem: str) -> str:
    changed = True
    while changed:
        changed = False
        for nation in _nations():
            if stem.endswith(nation) and len(stem) - len(nation) >= 2:
                stem, changed = stem[: -len(nation)], True
                break
    return stem


@functools.lru_cache(maxsize=1)
def _all_rows() -> tuple[tuple[str, str], ...]:
    """``(adcode, name)`` of every row of the dataset, placeholders included, brought up to date by
    :func:`_update_rows` (read once)."""
    reader = csv.DictReader(io.StringIO(_resource("adcodes.csv")))
    rows = {r["adcode"]: r["name"].strip() for r in reader}
    for code, name, replaces in _update_rows():
        if replaces:
            rows.pop(replaces, None)
        rows[code] = name
    return tuple(sorted(rows.items()))


def _update_rows() -> list[tuple[str, str, str]]:
    """``(adcode, name, replaces)`` of the divisions made or renamed since the 2017 dataset of ``cpca``
    (``data/divisions-update.csv``, written by ``scripts/update_divisions.py``): 深圳's 龙华区, 杭州's 钱塘区,
    南昌's 红谷滩区 … and the counties made districts (肥乡县 → 肥乡区), each in place of the row it replaces."""
    text = importlib.resources.files("policykg.resolve").joinpath("data/divisions-update.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return [(r["adcode"], r["name"], r["replaces"]) for r in csv.DictReader(lines)]


@functools.lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    return tuple(r for r in _all_rows() if r[1] not in _PLACEHOLDERS)


def _level(adcode: str) -> str:
    if adcode[2:] == "0" * 10:
        return "province"
    return "city" if adcode[4:] == "0" * 8 else "district"


@functools.lru_cache(maxsize=1)
def _province_administered() -> frozenset[str]:
    """The 4-digit prefixes of the 省直辖县级行政区划 groups: county-level cities (仙桃市, 济源市, 石河子市…)
    that a province administers directly, with no city above them."""
    return frozenset(code[:4] for code, name in _all_rows() if name in ("省直辖县级行政区划", "自治区直辖县级行政区划"))


@functools.lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Every division by adcode (loaded once). A county-level city that its province administers
    directly (仙桃市) is a city: the region of its own texts, with no city above it."""
    names = dict(_rows())
    direct = _province_administered()
    out: dict[str, Division] = {}
    for code, name in _rows():
        level = _level(code)
        if level == "district" and code[:4] in direct and code[6:] == "0" * 6:
            level = "city"
        parent = None
        if level == "city":
            parent = code[:2] + "0" * 10
        elif level == "district":
            parent = code[:4] + "0" * 8 if code[:4] + "0" * 8 in names else code[:2] + "0" * 10
        out[code] = Division(code, name, short_name(name), level, names.get(parent), parent)
    return out


def _index(levels: tuple[str, ...], direct: bool = False) -> tuple[dict, dict]:
    full: dict[str, list[Division]] = {}
    short: dict[str, list[Division]] = {}
    prefixes = _province_administered() if direct else frozenset()
    county_cities = _province_administered()
    for d in divisions().values():
        if d.level in levels or (d.level == "city" and d.adcode[:4] in prefixes):
            full.setdefault(d.name, []).append(d)
            # 东方 of 东方市 (a county-level city of 海南): a common word, known only by its full name
            if d.short != d.name and not (d.short in STOP_FORMS and d.adcode[:4] in county_cities):
                short.setdefault(d.short, []).append(d)
            if d.name.endswith("自治州"):  # 红河州, 昌吉州: how texts write an autonomous prefecture
                short.setdefault(d.short + "州", []).append(d)
    return full, short


@functools.lru_cache(maxsize=1)
def _region_index() -> tuple[dict, dict]:
    return _index(("province", "city"))


@functools.lru_cache(maxsize=1)
def _district_index() -> tuple[dict, dict]:
    return _index(("district",), direct=True)  # 石河子市 in a text of its province: a place below the region


def lookup_region(name: str) -> Division | None:
    """A province, city or the nation by full or short name (provinces win ties).

    >>> lookup_region("深圳").name, lookup_region("广东省").level, lookup_region("国家").level
    ('深圳市', 'province', 'nation')
    """
    name = _clean(name)
    if name in NATION_NAMES:
        return NATION
    full, short = _region_index()
    found = full.get(name) or short.get(name) or []
    found = sorted(found, key=lambda d: (d.level != "province", d.adcode))
    return found[0] if found else None


def _prefix(region: Division) -> str:
    if region.level == "nation":
        return ""
    return region.adcode[:2] if region.level == "province" else region.adcode[:4]


def district_candidates(name: str) -> list[Division]:
    """Every district whose full name (or, failing that, short name) is ``name``."""
    name = _clean(name)
    full, short = _district_index()
    return sorted(full.get(name) or short.get(name) or [], key=lambda d: d.adcode)


def lookup_district(name: str, within: str | None = None) -> Division | None:
    """A district by full or short name; ``within`` (a region name) breaks ties.

    Returns ``None`` when the name is unknown or stays ambiguous.

    >>> lookup_district("闵行").name
    '闵行区'
    >>> lookup_district("南山") is None   # 深圳 and 鹤岗 both have a 南山区
    True
    """
    found = district_candidates(name)
    region = lookup_region(within) if within else None
    if region is not None and len(found) > 1:
        inside = [d for d in found if d.adcode.startswith(_prefix(region))]
        found = inside or found
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Every full and short province/city name, plus the names of the nation.

    >>> {"上海", "上海市", "深圳", "全国"} <= region_names()
    True
    """
    full, short = _region_index()
    return frozenset(full) | frozenset(short) | frozenset(NATION_NAMES)


_region_forms = region_names  # the name the extractor modules first used


@functools.lru_cache(maxsize=1024)  # one entry per region a corpus names: a few hundred at most
def district_names(within: str | None = None) -> dict[str, list[Division]]:
    """Surface form → districts, for finding district mentions in text.

    Full names and short names (≥ 2 characters), minus :data:`STOP_FORMS` and
    short names that are also a province or city name (吉林, 朝阳).  With
    ``within`` (a region name) only that region's districts are indexed, which
    is what a document about one city wants.  The result is cached: treat it
    as read-only.

    >>> [d.adcode for d in district_names()["浦东"]]
    ['310115000000']
    >>> "城区" in district_names(), "朝阳区" in district_names()
    (False, True)
    >>> "浦东" in district_names("上海市"), "南山" in district_names("上海市")
    (True, False)
    """
    region = lookup_region(within) if within else None
    prefix = _prefix(region) if region else ""
    out: dict[str, list[Division]] = {}
    for form, d in _district_forms().get(prefix, ()):
        if d not in out.get(form, []):
            out.setdefault(form, []).append(d)
    return out


@functools.lru_cache(maxsize=1)
def _district_forms() -> dict[str, list[tuple[str, Division]]]:
    """``(form, district)`` pairs that :func:`district_names` may index, by adcode prefix
    (``""``, the 2-digit province prefix and the 4-digit city prefix), in index order."""
    full, short = _district_index()
    regions = region_names()
    out: dict[str, list[tuple[str, Division]]] = {}
    for form, found in [*full.items(), *short.items()]:
        if form in STOP_FORMS or len(form) < 2 or (form in regions and form not in full):
            continue
        for d in found:
            for prefix in dict.fromkeys(("", d.adcode[:2], d.adcode[:4])):
                out.setdefault(prefix, []).append((form, d))
    return out


@functools.lru_cache(maxsize=1024)
def unique_district_prefixes(within: str) -> tuple[str, ...]:
    """The district forms of region ``within`` that name exactly one district, longest first
    (a zone named 浦东…科学城 lies in that district).

    >>> "浦东" in unique_district_prefixes("上海市")
    True
    """
    names = district_names(within)
    return tuple(sorted((f for f, found in names.items() if len(found) == 1), key=len, reverse=True))


def relative_name(name: str, region: Division | None, government: bool = False) -> tuple[str, str] | None:
    """``(relative form, region-expanded form)`` of a body named relative to ``region``.

    Relative names start with 市/省/区/县 (市科委); a name that starts with the
    region's full name counts when it is a government body (``government`` or a
    name ending in 委/局/厅/政府 …).  ``None`` for other names.

    >>> sh = lookup_region("上海")
    >>> relative_name("市科委", sh), relative_name("上海市经济信息化委", sh)
    (('市科委', '上海市科委'), ('市经济信息化委', '上海市经济信息化委'))
    >>> relative_name("市场监管总局", sh), relative_name("上海市高新技术产业研究院", sh)
    (None, None)
    """
    name = _clean(name)
    if region is None or region.level == "nation":
        return None
    unit = next((u for u in ("自治区", "省", "市") if region.name.endswith(u)), "")
    if _RELATIVE.match(name):
        rel = name
    elif unit and name.startswith(region.name) and (government or _GOV_BODY.search(name)):
        rel = unit + name[len(region.name):]
    else:
        return None
    expanded = region.name + rel[len(unit):] if unit and rel.startswith(unit) else region.name + rel
    return rel, expanded
