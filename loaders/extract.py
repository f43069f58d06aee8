"""The extraction pipeline: normalized text → outline → rules → digest.

Rules are listed in :data:`RULES` (an explicit registry): each takes the
parsed :class:`~policykg.loaders.reading.document.Doc` and the document metadata and
returns the items of one digest list.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from policykg.errors import InputError
from policykg.loaders.reading.document import Doc, inside_title
from policykg.loaders.reading.text import han_ratio, normalize, read_document
from policykg.loaders.review.screen import screen
from policykg.loaders.review.tagger import tag_items
from policykg.loaders.review.typer import type_items
from policykg.loaders.rules.actors import (
    ORG_SUFFIXES,
    bodies_in_roles,
    extract_organizations,
    extract_people,
    extract_scenarios,
    merge_bodies,
)
from policykg.loaders.rules.industry import extract_industry
from policykg.loaders.rules.metadata import extract_metadata
from policykg.loaders.rules.places import ZONE_SUFFIXES, district_mentions, extract_districts, extract_zones
from policykg.loaders.rules.programmes import extract_measures, extract_programmes
from policykg.loaders.rules.targets import extract_targets
from policykg.loaders.words.lexicon import is_generic, region_pattern
from policykg.loaders.words.shape import BODY_TAIL, NAME_KINDS, repair
from policykg.model.digest import Digest
from policykg.resolve import divisions, vocabulary

#: digest list → rule function(doc, meta)
RULES = {
    "districts": lambda doc, meta: extract_districts(doc, meta["region"]),
    "zones": lambda doc, meta: extract_zones(doc, meta["region"]),
    "programmes": lambda doc, meta: extract_programmes(doc),
    "measures": lambda doc, meta: extract_measures(doc, meta["doc_type"]),
    "targets": lambda doc, meta: extract_targets(doc, news=meta["doc_type"] == "新闻报道", year=_year(meta["date"]),
                                                 national=meta["region"] == "全国"),
    "organizations": lambda doc, meta: extract_organizations(doc, meta["region"], meta),
    "scenarios": lambda doc, meta: extract_scenarios(doc),
    "people": lambda doc, meta: extract_people(doc),
}

#: the order of keys in a digest (as in the gold format)
KEYS = ("document", "clusters", "fields", "districts", "zones", "programmes", "measures", "targets",
        "organizations", "scenarios", "people")


def extract(source, doc_id: str | None = None) -> Digest:
    """Extract the digest of a document given as a path or as text.

    A :class:`pathlib.Path` (or a string naming an existing file) is read with
    encoding detection; any other string is taken as the document's text.
    Raises :class:`~policykg.errors.InputError` for unreadable input.
    """
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source
                                    and len(source) < 4096 and _is_file(source)):
        path = Path(source)
        digest = extract_text(read_document(path), doc_id or path.stem, normalized=True)
        digest["document"]["file"] = path.name
        return digest
    return extract_text(source, doc_id or "document")


def _year(date: str | None) -> int | None:
    """The year of an ISO date, or ``None``."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def _is_file(s: str) -> bool:
    try:
        return Path(s).is_file()
    except (OSError, ValueError):
        return False


def extract_text(text: str, doc_id: str, normalized: bool = False) -> dict:
    """Extract the digest of a document's text (normalized first unless told it is)."""
    text = text if normalized else normalize(text)
    if not text.strip():
        raise InputError(f"{doc_id}: no text")
    if han_ratio(text) < 0.05:
        raise InputError(f"{doc_id}: no Chinese text found")
    doc = Doc.from_text(text, doc_id)
    meta = extract_metadata(doc)
    doc.title = meta.get("title")
    meta["chars"] = len(text)
    meta["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    clusters, fields = extract_industry(doc, meta["region"], meta.get("about"),
                                        news=meta["doc_type"] in ("新闻报道", "政策解读"))
    digest = {"document": meta, "clusters": clusters, "fields": fields}
    for key, rule in RULES.items():
        digest[key] = rule(doc, meta)
    digest["organizations"] += bodies_in_roles(doc, digest["people"], digest["organizations"])
    whole_places(doc, digest)
    check_names(digest)
    _drop_person_led(digest)
    digest["districts"] = _outside_names(doc, digest)
    screen(digest, doc.text)
    type_items(doc, digest)
    tag_items(doc, digest)
    _drop_person_led(digest)  # again, for the names the tagger added
    digest["organizations"] = [o for o in merge_bodies(digest["organizations"], meta["region"])
                               if _named_outside_titles(doc.text, o)]
    _no_tails(doc.text, digest)
    _fields_outside_titles(doc, digest)
    _fields_outside_names(doc, digest)
    _field_stems(digest)
    _concept_labels(digest)
    _fields_name_their_clusters(digest)
    return {k: digest[k] for k in KEYS}


def _fields_name_their_clusters(digest: dict) -> None:
    """A field's ``cluster`` is a cluster of the digest: the one that lists it when its own was renamed or
    dropped on the way (壮大油气生产加工产业集群 cut back to 油气生产加工产业集群), else none."""
    names = {c["name"] for c in digest["clusters"]}
    for f in digest["fields"]:
        if f.get("cluster") is not None and f["cluster"] not in names:
            f["cluster"] = next((c["name"] for c in digest["clusters"] if f["name"] in c["fields"]), None)


def _concept_labels(digest: dict) -> None:
    """A field written by another label of its concept (AI, 新一代人工智能) carries the concept's own label
    (人工智能) as an alias: one concept, findable by its name."""
    by_name = {f["name"]: f for f in digest["fields"]}
    kept, merged = [], {}
    for f in digest["fields"]:
        c = vocabulary.canonical_field(f["name"])
        if c is not None and not c.top and c.key != f["name"]:
            own = by_name.get(c.key)
            if own is not None and own is not f:  # 人工智能 listed, AI typed too: one concept, one item
                own.setdefault("aliases", [])
                if f["name"] not in own["aliases"]:
                    own["aliases"].append(f["name"])
                merged[f["name"]] = own["name"]
                continue
            if c.key not in f.setdefault("aliases", []):
                f["aliases"].append(c.key)
        kept.append(f)
    if merged:
        _clusters_follow(digest, merged)
    digest["fields"] = kept


def _clusters_follow(digest: dict, renamed: dict[str, str | None]) -> None:
    """Cluster field lists follow their fields: a renamed field by its new name, a dropped one (``None``)
    not at all, each once."""
    for cluster in digest["clusters"]:
        cluster["fields"] = list(dict.fromkeys(renamed.get(f, f) for f in cluster["fields"] if renamed.get(f, f)))


def _fields_follow(digest: dict, renamed: dict[str, str | None]) -> None:
    """Fields follow their clusters: a renamed cluster by its new name (its field list joins the item it
    became), a dropped one not at all."""
    by_name = {c["name"]: c for c in digest["clusters"]}
    for f in digest["fields"]:
        if f.get("cluster") in renamed:
            f["cluster"] = renamed[f["cluster"]]
            c = by_name.get(f["cluster"])
            if c is not None and f["name"] not in c["fields"]:
                c["fields"].append(f["name"])


def _field_stems(digest: dict) -> None:
    """A field is named without 产业 (``(一)海洋装备产业`` → 海洋装备, as 20 of 1,898 gold fields are not); the
    name as written stays an alias, and a stem the list already holds takes it over."""
    by_name = {f["name"]: f for f in digest["fields"]}
    kept, renamed = [], {}
    for f in digest["fields"]:
        name = f["name"]
        stem = name[:-2] if name.endswith("产业") and len(name) >= 4 else None
        if stem is None or is_generic(stem) or "产业" in stem or repair(stem, "field") != (0, stem):
            kept.append(f)
            continue
        renamed[name] = stem
        same = by_name.get(stem)
        if same is not None and same is not f:
            same.setdefault("aliases", [])
            if name not in same["aliases"]:
                same["aliases"].append(name)
            continue
        f["name"] = stem
        f["aliases"] = [*(a for a in f.get("aliases") or [] if a != stem), name]
        ev = f.get("evidence")
        if isinstance(ev, dict) and ev.get("end", 0) - ev.get("start", 0) == len(name):
            ev["end"] -= 2
        by_name[stem] = f
        kept.append(f)
    if renamed:
        digest["fields"] = kept
        _clusters_follow(digest, renamed)


def _fields_outside_titles(doc: Doc, digest: dict) -> None:
    """A field named only inside the 《》 titles of other documents (制定《河南省新型显示和智能终端产业链…方案》)
    is not one the text commits to (one gold field in a thousand stands only there), unless the title is the
    text's own or the policy it is about (印发《青岛市支持…具身智能机器人产业发展若干政策措施》); clusters follow."""
    own = " ".join(x for x in (digest["document"].get("title"), digest["document"].get("about")) if x)
    kept = [f for f in digest["fields"] if _named_outside_titles(doc.text, f)
            or any(form in own for form in (f["name"], *(f.get("aliases") or [])))]  # 印发《X》: its own subject
    if len(kept) != len(digest["fields"]):
        held = {id(f) for f in kept}
        _clusters_follow(digest, {f["name"]: None for f in digest["fields"] if id(f) not in held})
        digest["fields"] = kept


def _fields_outside_names(doc: Doc, digest: dict) -> None:
    """A field written only inside the names of organizations and zones (中国车联网产业联盟秘书长, 北斗产业园) is
    not one the text commits to, unless the text's own title names it or a designated zone is named for it; clusters
    follow."""
    text = doc.text
    covered = bytearray(len(text))
    for key in ("organizations", "zones"):
        for item in digest[key]:
            for form in {item["name"], *(item.get("aliases") or [])}:
                if len(form) < 4:
                    continue
                at = text.find(form)
                while at >= 0:
                    covered[at:at + len(form)] = b"\1" * len(form)
                    at = text.find(form, at + 1)
    own = digest["document"].get("title") or ""
    kept = []
    for f in digest["fields"]:
        forms = [x for x in (f["name"], *(f.get("aliases") or [])) if x]
        spans = [(m.start(), m.end()) for form in forms for m in re.finditer(re.escape(form), text)]
        designated = (f.get("evidence") or {}).get("rule") == "field.designated_zone"  # 人形机器人未来产业先导区 names its field
        if spans and not designated and all(all(covered[a:b]) for a, b in spans) and not any(x in own for x in forms):
            continue
        kept.append(f)
    if len(kept) != len(digest["fields"]):
        held = {id(f) for f in kept}
        _clusters_follow(digest, {f["name"]: None for f in digest["fields"] if id(f) not in held})
        digest["fields"] = kept


def _named_outside_titles(text: str, item: dict) -> bool:
    """Is a body named somewhere outside the 《》 titles of other documents (为贯彻落实《国务院关于…》:
    国务院 is part of a title, not an actor of the text; CONVENTIONS.md) and outside the names of streets
    (东至学院路: a road, no college)?"""
    for form in (item["name"], *(item.get("aliases") or [])):
        at = text.find(form)
        if at < 0:
            return True  # a name the text does not write as such (a merged or repaired form): keep it
        while at >= 0:
            if not inside_title(text, at) and not _ROAD.match(text, at + len(form)):
                return True
            at = text.find(form, at + 1)
    return False


#: what makes a body's name part of a street's: 至学院路, 科学院南路
_ROAD = re.compile(r"[东西南北中]?(?:路(?![线径演子])|街(?!道)|大街|大道|胡同)")



def _outside_names(doc: Doc, digest: dict) -> list[dict]:
    """Districts the text names on their own: a district that only stands inside a zone's, a cluster's or an
    organization's name (北戴河 in 秦皇岛北戴河生命健康产业创新示范区) is not one of the document's."""
    covered = []
    for key in ("zones", "organizations", "clusters"):
        for item in digest[key]:
            for name in (item["name"],):  # 嘉定“氢能港”: the district stands before the zone's name
                start = doc.text.find(name)
                while start >= 0 and len(name) >= 4:
                    covered.append((start, start + len(name)))
                    start = doc.text.find(name, start + 1)
    if not covered:
        return digest["districts"]
    kept = []
    for d in digest["districts"]:
        forms = {d["name"], *(d.get("aliases") or [])}
        spans = [(s, e) for s, e, form, div in district_mentions(doc, digest["document"]["region"])
                 if form in forms or (d.get("adcode") and div.adcode == d["adcode"])]  # 浦东新区…, then 浦东 alone
        if not spans or any(not any(a <= s and e <= b for a, b in covered) for s, e in spans):
            kept.append(d)
    return kept


def _generic_stem(name: str, kind: str) -> bool:
    """Is ``name`` generic once its kind's suffix is dropped (境外重要|展会, 未来产业|先导区)?"""
    suffixes = {"zone": ZONE_SUFFIXES, "organization": ORG_SUFFIXES}.get(kind)
    if suffixes is None:
        return is_generic(name)
    suffix = next((s for s in sorted(suffixes, key=len, reverse=True) if name.endswith(s)), "")
    return is_generic(name[: len(name) - len(suffix)])


#: the lists whose names a rule may start inside a longer name the text writes (哈尔滨联合|飞机科技有限公司)
_TAIL_KINDS = ("organizations", "zones")


def _no_tails(text: str, digest: dict) -> None:
    """A name that is the end of a longer name of the same list, and that the text never writes but as
    that end (``飞机科技有限公司`` of ``哈尔滨联合飞机科技有限公司``), is a rule's cut inside the name, not a name."""
    for key in _TAIL_KINDS:
        names = {item["name"] for item in digest[key]}
        digest[key] = [item for item in digest[key]
                       if not any(_only_inside(text, item["name"], longer) for longer in names
                                  if len(longer) > len(item["name"]) and longer.endswith(item["name"])
                                  and not _place_lead(longer[:-len(item["name"])]))]


def _place_lead(lead: str) -> bool:
    """Is ``lead`` a place, or ends in a level's word (陕西|省政府, 厦门市|发改委): a body named with and without
    its place, both names of it; or a body's name (省委|省政府): two bodies, each a name."""
    return bool(region_pattern("^").fullmatch(lead)) or lead[-1:] in "省市区县州旗" or bool(divisions.district_candidates(lead)) \
        or bool(BODY_TAIL.search(lead))  # 省委|省政府, 市委市政府: two bodies named together


def _only_inside(text: str, short: str, longer: str) -> bool:
    """Does every occurrence of ``short`` in ``text`` end an occurrence of ``longer``?"""
    lead, at = len(longer) - len(short), text.find(short)
    while at >= 0:
        if at < lead or text[at - lead:at + len(short)] != longer:
            return False
        at = text.find(short, at + 1)
    return True


def _drop_person_led(digest: dict) -> None:
    """A name never opens with a person the text names (孔德树建议延续飞行大会: the person and what they
    propose)."""
    people = {p["name"] for p in digest.get("people") or [] if len(p["name"]) >= 2}
    if people:
        for key in ("organizations", "zones", "programmes", "scenarios"):
            digest[key] = [o for o in digest[key] if not any(o["name"].startswith(n) and len(o["name"]) > len(n)
                                                             for n in people)]


def whole_places(doc: Doc, digest: dict) -> None:
    """A body's or a zone's name that starts inside a place's name (准|格尔经济开发区, 河|南省大数据管理局,
    和|林格尔新区管委会) starts with the place: the segmenter split the place, the rule began at its split."""
    text = doc.text
    for key in ("organizations", "zones"):
        for item in digest[key]:
            ev = item.get("evidence")
            if not isinstance(ev, dict) or text[ev.get("start", 0):ev.get("end", 0)] != item["name"]:
                continue
            start = ev["start"]
            if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _NOT_IN_PLACE:
                continue
            back = next((k for k in (3, 2, 1) if start - k >= 0 and _place_across(text, start - k, start)), 0)
            if not back and text[start - 2:start] in ("数字", "智慧") and key == "organizations" \
                    and _place_across(text, start, start + 1):
                back = 2  # 数字|沈阳建设工作领导小组: a place's brand names the group's remit
            if back and doc.tokens.is_boundary(start - back):  # 形成|华为: 成华 is a district, but 成 ends a word
                item["name"] = text[start - back:ev["end"]]
                ev["start"] = start - back


#: characters that end a clause's word before a name, never part of a place's name
_NOT_IN_PLACE = frozenset("的在对是把被了等并或即")


def _place_across(text: str, a: int, start: int) -> bool:
    """Does a division's name begin at ``a`` and end inside the name that begins at ``start``?"""
    if not all("\u4e00" <= ch <= "\u9fff" for ch in text[a:start]):
        return False
    for end in range(start + 1, min(len(text), a + 6) + 1):
        form = text[a:end]
        if len(form) >= 2 and (divisions.lookup_region(form) is not None or divisions.district_candidates(form)):
            return True
    return False


def check_names(digest: dict) -> None:
    """Hold every name to the shape of a name (:func:`~policykg.loaders.words.shape.repair`): a span that
    starts inside a clause is cut back to the name (its evidence span with it), and an item whose
    name cannot be repaired is dropped. Cluster field lists follow their fields."""
    renamed: dict[str, str | None] = {}
    for key, kind in NAME_KINDS.items():
        kept, by_name = [], {}
        for item in digest[key]:
            name = item["name"]
            fixed = repair(name, kind)
            if fixed is None:
                renamed[name] = None
                continue
            offset, new = fixed
            if new != name and _generic_stem(new, kind):
                renamed[name] = None
                continue  # 参加境外重要展会 → 境外重要展会: cut back to a generic name
            if new != name:
                renamed[name] = new
                item["name"] = new
                ev = item.get("evidence")
                if isinstance(ev, dict) and ev.get("end", 0) - ev.get("start", 0) == len(name):
                    ev["start"] += offset
                    ev["end"] = ev["start"] + len(new)
            if "aliases" in item:
                item["aliases"] = [a for a in item["aliases"] if repair(a, kind) == (0, a) and a != new]
            if kind == "person" and item.get("role") and repair(item["role"], "role") is not None:
                item["role"] = repair(item["role"], "role")[1]
            same = by_name.get(item["name"])
            if same is not None:  # 拓展低空物流 repaired to a name the list has: one item, the first evidence
                if "aliases" in same:
                    same["aliases"] = list(dict.fromkeys([*same["aliases"], *item.get("aliases", [])]))
                continue
            by_name[item["name"]] = item
            kept.append(item)
        digest[key] = kept
        if key == "clusters":
            _fields_follow(digest, dict(renamed))
    _clusters_follow(digest, renamed)
