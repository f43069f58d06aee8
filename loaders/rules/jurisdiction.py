"""The district or zone a document is of, below its region: ``jurisdiction`` of the digest's ``document``.

A district's or a zone's text takes its city as ``region`` (``广州市``) and names the district (``黄埔区``) or
zone (``合肥高新区``) whose text it is. Read, in order, from:

1. the issuer and the title (for news the headline first): the district or zone they open on, after the region's
   name (``深圳市龙华区人民政府办公室``, ``合肥高新区建设世界一流高科技园区若干政策措施``, ``上海浦东将打造…``);
2. a district's own voice in the opening (``我区``, ``全区``, ``区委``, ``县政府``…, not an autonomous region's
   ``我区``): the district of the region the text names most, at least twice and early;
3. news that is not a visit (``调研``, ``考察``, ``赴``…): the district of the region it names most, early or in
   the headline;
4. a zone's own voice (``管委会``, ``工委``), or news: the zone it names most, at least twice and early.

Only districts of the document's region count (a city's text naming a county of another city is about a place,
not its own).

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("深圳市龙华区推动人工智能产业发展若干措施\\n为推动我区人工智能产业发展……", "x")
>>> jurisdiction(d, {"region": "深圳市", "title": "深圳市龙华区推动人工智能产业发展若干措施", "doc_type": "若干措施"})
('龙华区', (3, 6))
"""

from __future__ import annotations

import re
from collections import Counter

from policykg.loaders.reading.document import Doc
from policykg.loaders.rules.places import district_mentions
from policykg.loaders.words.segment import tags_of
from policykg.resolve import divisions

_HAN = "\u4e00-\u9fff"
_ZONE_WORDS = (r"(?:国家级)?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|新片区|综合保税区|保税区|"
               r"综合改革示范区|改革创新示范区|综改示范区|示范区|试验区|自贸区|自贸片区|产业园区|工业园区)")
#: a zone's name: two to nine characters (a place first), then a zone word (合肥高新区, 临港新片区, 苏州工业园区); the
#: words of zones that govern a territory, a subset of :data:`~policykg.loaders.rules.places.ZONE_SUFFIXES` (no 谷,
#: 港, 实验室 or 基地: places named in a text, not whose text it is)
_ZONE = re.compile(rf"([{_HAN}]{{2,9}}?({_ZONE_WORDS}))")
#: what opens a zone's mention that is no zone's name (推进高新区…, 国家级开发区, 一批园区)
_NOT_ZONE = re.compile(r"^(?:推进|加快|支持|建设|打造|创建|申报|国家|一批|各类|全省|全市|相关|重点|我市|本市|所在|各|省|市|区|县)")
_LEAD = re.compile(r"^(?:关于|对)?(?:支持|促进|推动|加快)?")
_DISTRICT_VOICE = re.compile(r"我区|全区|本区(?!域|间|块)|区委|区政府|区人民政府|区政协|区人大|我县|全县|县委|县政府|"
                             r"县人民政府|我旗|全旗|旗委|旗政府")
_CITY_VOICE = re.compile(r"我市|全市|本市(?!场)|市委|市政府")
_ZONE_VOICE = re.compile(r"管委会|工委|管理委员会")
#: a report of a visit: the place visited is not the text's own
_VISIT = re.compile(r"调研|考察|视察|走访|赴|来到|莅临|一行")


def _zone_name(m: re.Match) -> bool:
    """Is the zone match a name: no deictic or generic opening, and no verb, preposition or measure word among
    the words before the zone word (not 开建重要科创产业园区, 两岸融合发展示范区, 以数据要素综合试验区)?"""
    name = m.group(1)
    if _NOT_ZONE.match(name):
        return False
    prefix = name[:m.start(2) - m.start(1)]
    return not any(tag in ("v", "p", "q", "d", "c", "u") or (tag == "vn" and word != "综合") for word, tag in tags_of(prefix))


def _own(div: divisions.Division, region: divisions.Division) -> bool:
    """Is ``div`` a district of ``region`` (of its city, or of a city of a province-level region)?"""
    if div.parent == region.name:
        return True
    up = divisions.lookup_region(div.parent) if div.parent else None
    return up is not None and up.parent == region.name


def _opening(source: str, region: divisions.Division) -> str | None:
    """The district or zone a title or an issuer opens on (after its region's name, or with it unwritten:
    ``龙华区科技创新局``, ``钱塘+2``), as written."""
    s = _LEAD.sub("", re.sub(rf"^[^{_HAN}]*(?:全市首个|全省首个)?[^{_HAN}]*", "", source))
    for form in ("", region.name, region.short):
        if form and not s.startswith(form):
            continue
        rest = s[len(form):]
        z = _ZONE.match(rest)
        if z and _zone_name(z):
            return z.group(1)
        m = re.match(rf"([{_HAN}]{{1,6}}?(?:区|县|旗|市))", rest)
        for cand in ([m.group(1)] if m else []) + [rest[:3], rest[:2]]:
            if len(cand) < 2 or cand in divisions.STOP_FORMS or region.short.startswith(cand[:2]):
                continue  # 长沙重磅发布…: the city's own name, not its 长沙县
            d = divisions.lookup_district(cand, within=region.name)
            if d is not None and _own(d, region):
                return cand
    return None


def _most_named_district(doc: Doc, region: divisions.Division) -> tuple[str, int, int, str, int] | None:
    """``(form, count, first offset, full name, districts named)`` of the region's district the text names most."""
    counts: dict[str, list] = {}
    for start, _end, form, div in district_mentions(doc, region.name):
        if _own(div, region):
            c = counts.setdefault(div.name, [0, form, start])
            c[0] += 1
    if not counts:
        return None
    name, (n, form, first) = max(counts.items(), key=lambda kv: (kv[1][0], -kv[1][2]))
    return form, n, first, name, len(counts)


def jurisdiction(doc: Doc, meta: dict) -> tuple[str, tuple[int, int]] | None:
    """The district or zone ``doc`` is of (as written) and where the text names it, or ``None``."""
    region = divisions.lookup_region(meta.get("region") or "")
    if region is None or region.level == "nation":
        return None
    title, issuer = meta.get("title") or "", meta.get("issuer") or ""
    news = meta.get("doc_type") == "新闻报道"
    for source in ([title, issuer] if news else [issuer, title]):
        found = _opening(source, region) if source else None
        if found and (at := _located(doc, found, source)) is not None:
            return found, at
    head = doc.text[:1500]
    voice = _DISTRICT_VOICE.search(head)
    if voice and region.name.endswith("自治区") and not re.search(r"区委|区政府", head):
        voice = None  # 我区 of 广西, 西藏…: the autonomous region speaks
    visit = news and _VISIT.search(title + doc.text[:150])
    if voice or (news and not visit):
        top = _most_named_district(doc, region)
        if top is not None:
            form, n, first, name, named = top
            early = first < (800 if voice else 300) or (news and (form in title or name in title))
            city_speaks = voice and not news and len(_CITY_VOICE.findall(head)) >= len(_DISTRICT_VOICE.findall(head))
            if (n >= 2 or (voice and named == 1)) and early and not city_speaks:  # (我市…区委…全市: a city's text naming its district)
                return form, (first, first + len(form))
    if (news and not visit and region.level == "city") or _ZONE_VOICE.search(head):
        counts, first = Counter(), {}
        for m in _ZONE.finditer(doc.text):
            if doc.tokens.is_boundary(m.start(1)) and _zone_name(m):
                counts[m.group(1)] += 1
                first.setdefault(m.group(1), m.start(1))
        if counts:
            name, n = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))
            if n >= 2 and first[name] < (800 if _ZONE_VOICE.search(head) else 300):
                return name, (first[name], first[name] + len(name))
    return None


def _located(doc: Doc, name: str, source: str) -> tuple[int, int] | None:
    """Where the text names ``name``: within ``source`` where the text holds it, else its first mention."""
    at = doc.text.find(source) if source else -1
    pos = doc.text.find(name, at) if at >= 0 else -1
    pos = pos if pos >= 0 else doc.text.find(name)
    return (pos, pos + len(name)) if pos >= 0 else None
