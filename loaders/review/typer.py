"""The learned reading of names the rules left out: every item of a coordination and every
field of the vocabulary the text mentions is given the list an annotator would put it in, or
none, from what the annotated sets teach.

The rules type a list by its head noun (``A、B等领域`` → fields) and by names they know. Much
of policy prose has no such head (``构建“3+3+2”(轨道交通、航空动力、先进硬质材料…)产业体系``,
``聚焦A、B、C,打造…``) or a head the rules do not weigh (``A、B等龙头企业``,
``从A、B等方面``), and names a technology in running prose (``以人形机器人为创新引领``)
where no rule looks. The typer reads each candidate with general traits only:

- of a list item: the list's head and its last characters, the count, the verb in front,
  the words after it, where the list stands in its clause, and how the rules typed its
  neighbours in the same list (an item the rules know types its neighbours);
- of a vocabulary mention: the characters around each mention, a verb of commitment before
  it, a head noun after it (``产业``, ``领域``, ``技术``…), a title around it, how often it recurs;
- of the name itself: its first and last characters, its segmentation and tags, whether it is
  a known field or term, an organization or zone suffix, the document's genre.

A logistic model per list (``data/typer.json``) gives the probability that the name belongs
in that list; a name the digest does not hold yet joins the likeliest list whose threshold it
passes, if it has the shape of a name of that list (:func:`~policykg.loaders.words.shape.repair`).
``scripts/train_screen.py typer`` trains it from the annotated sets and from the records of
what the extractor proposed on each batch the first time it saw it
(``tests/data/screen/typer-first-sight.jsonl``); each list's threshold is chosen leaving one
batch out at a time on those first-sight records, and a list gets one only when adding its
names raises its out-of-fold F1 there. No trait names a document, a title or a sentence.

Each added name quotes the sentence of its mention, which names it, and carries the rule
``<kind>.typed`` (``field.typed``…).

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("加快构建(轨道交通、航空动力、先进硬质材料)现代产业体系。", "x")
>>> [(c.start, c.name) for c in candidates(d, {})]
[(5, '轨道交通'), (10, '航空动力'), (15, '先进硬质材料')]
>>> [f for f in item_features(d, enumerations(d)[0], 0, {}) if f.startswith(("e2:", "hd:", "n:"))]
['hd:产业', 'n:3', 'e2:交通']
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources
from typing import NamedTuple

from policykg.loaders.reading.document import Doc, inside_title
from policykg.loaders.rules.actors import ORG_SUFFIXES, class_lists
from policykg.loaders.rules.enumerations import JOINED, Enumeration, enumerations, head_kind, verb_first
from policykg.loaders.rules.industry import national_context
from policykg.loaders.rules.places import ZONE_SUFFIXES
from policykg.loaders.rules.programmes import measure_item
from policykg.loaders.words.lexicon import FACTORS, is_direction, is_generic, is_sector
from policykg.loaders.words.segment import tags_of
from policykg.loaders.words.shape import NAME_KINDS, repair
from policykg.loaders.words.terms import is_term
from policykg.model.names import normalize as norm
from policykg.resolve import vocabulary

#: the lists the typer may add items to, in the order ties are broken
LISTS = ("fields", "organizations", "zones", "scenarios", "measures")
#: the digest lists whose items type their neighbours
_KNOWN = ("clusters", "fields", "zones", "programmes", "measures", "organizations", "scenarios")

_ORG_ENDS = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
_ZONE_ENDS = tuple(sorted(ZONE_SUFFIXES, key=len, reverse=True))
_BAD = re.compile(r"[的了是在将等，,。；;：:！？!?“”\"《》]|\d{4}")


def digest_index(digest: dict) -> dict[str, str]:
    """Every name and alias of the digest's lists → the list that holds it."""
    out: dict[str, str] = {}
    for key in _KNOWN:
        for item in digest.get(key) or []:
            for n in [item.get("name"), item.get("short"), *(item.get("aliases") or [])]:
                if n:
                    out.setdefault(norm(n), key)
    return out


def _bucket(x: float) -> str:
    return "0" if x <= 0 else ("all" if x >= 1 else ("half" if x >= 0.5 else "some"))


@functools.lru_cache(maxsize=65536)
def _item_traits(name: str) -> tuple[str, ...]:
    words = tuple(tags_of(name)) or (("", "x"),)
    org = next((s for s in _ORG_ENDS if name.endswith(s)), "")
    zone = next((s for s in _ZONE_ENDS if name.endswith(s)), "")
    out = [f"e1:{name[-1:]}", f"e2:{name[-2:]}", f"s1:{name[:1]}", f"s2:{name[:2]}", f"len:{min(len(name), 12)}",
           f"t0:{words[0][1]}", f"tl:{words[-1][1]}", f"wl:{words[-1][0]}", f"nw:{min(len(words), 5)}",
           f"org:{org}", f"zone:{zone}", f"term:{is_term(name)}", f"voc:{vocabulary.canonical_field(name) is not None}",
           f"sector:{is_sector(name)}", f"generic:{is_generic(name)}", f"dir:{is_direction(name)}"]
    if re.search(r"[A-Za-z]", name):
        out.append("latin")
    if re.search(r"\d", name):
        out.append("digit")
    return tuple(out)


def item_features(doc: Doc, e: Enumeration, i: int, known: dict[str, str], doc_type: str | None = None) -> list[str]:
    """The traits of item ``i`` of list ``e`` in ``doc``, its neighbours typed by ``known``
    (:func:`digest_index` of the rules' digest)."""
    name = e.names[i]
    head = e.head or ""
    kind = head_kind(e)
    text = doc.text
    before = text[max(0, e.start - 2):e.start]
    out = [f"hd:{head[-2:]}", f"h1:{head[-1:]}", f"hk:{kind}", f"cnt:{e.count is not None}", f"vb:{e.verb[-2:]}",
           f"af:{e.after[:2]}", f"loc:{e.locative}", f"pos:{e.possessed}", f"ci:{e.clause_initial}",
           f"pb:{before}", f"n:{min(len(e.names), 6)}", f"dt:{doc_type}", f"first:{i == 0}",
           f"last:{i == len(e.names) - 1}", f"hk+e1:{kind}+{name[-1:]}", f"hd+e2:{head[-2:]}+{name[-2:]}"]
    out += _item_traits(name)
    others = [norm(n) for j, n in enumerate(e.names) if j != i]
    for key in _KNOWN:
        frac = sum(known.get(n) == key for n in others) / len(others) if others else 0.0
        out.append(f"sib:{key}:{_bucket(frac)}")
    out.append(f"sibterm:{_bucket(sum(is_term(n) for n in others) / len(others) if others else 0.0)}")
    out.append(f"self:{known.get(norm(name))}")
    return out


@functools.lru_cache(maxsize=1)
def _learned_only() -> frozenset[str]:
    """The fields the development sets' golds name that the vocabulary does not know."""
    path = resources.files("policykg.loaders").joinpath("data/fields-learned.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(n for n in (ln.strip() for ln in lines)
                     if n and not n.startswith("#") and vocabulary.canonical_field(n) is None)


@functools.lru_cache(maxsize=1)
def _vocabulary_matcher():
    """A leftmost-longest matcher over the field vocabulary's labels (built once)."""
    import ahocorasick_rs  # imported on use: only when a document is read for mentions

    forms = sorted({label for c in vocabulary.concepts().values() for label in (c.key, *c.alt_labels)} | _learned_only())
    forms = [f for f in forms if 2 <= len(f) <= 12 and not is_direction(f) and not is_generic(f)
             and not is_sector(f) and not _BAD.search(f)]
    return ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), forms


_COMMIT_BEFORE = re.compile(r"(?:发展|布局|培育|聚焦|围绕|瞄准|壮大|抢占|深耕|开辟|突破|推动|推进|加快|打造|引领|支持|攻关)$")
_HEAD_AFTER = re.compile(r"^(?:产业|领域|赛道|技术|方向|集群|装备|产品|应用|企业)")


def _mention_features(doc: Doc, start: int, end: int) -> list[str]:
    text = doc.text
    before, after = text[max(0, start - 4):start], text[end:end + 2]
    line_start = text.rfind("\n", 0, start) + 1
    out = [f"mL2:{before[-2:]}", f"mL1:{before[-1:]}", f"mR2:{after}", f"mR1:{after[:1]}",
           f"mcv:{bool(_COMMIT_BEFORE.search(before))}", f"mhd:{bool(_HEAD_AFTER.match(text[end:end + 3]))}",
           f"mtl:{inside_title(text, start)}",
           f"mline0:{line_start == 0}", f"mlead:{start - line_start < 3}"]
    return out


class Candidate(NamedTuple):
    """A name the typer judges: where it stands, its traits, and the text it governs (a heading's
    section, where a measure's terms are read)."""

    start: int
    name: str
    feats: list[str]
    section: str = ""
    body: tuple[int, int] | None = None


_HEADING_BAD = re.compile(r"[，,。；;：:！？!?“”\"《》]|\d{4}")


def _heading_features(doc: Doc, sec, title: str, shares: dict) -> list[str]:
    """The traits of heading ``sec``; ``shares`` keeps, per parent, its children and the share of them
    that open with a verb (read once for all of them)."""
    out_ = doc.outline
    key = id(sec.parent) if sec.parent is not None else ("top", sec.depth)
    if key not in shares:
        siblings = out_.children(sec.parent) if sec.parent is not None else [s for s in out_.sections
                                                                              if s.depth == sec.depth]
        shares[key] = (len(siblings), sum(verb_first(s.title) for s in siblings if s.title) / max(1, len(siblings)))
    n_siblings, verbs = shares[key]
    body = doc.text[sec.title_end:sec.end]
    return ["src:heading", f"hdep:{min(sec.depth, 4)}", f"hkind:{sec.kind}", f"hv:{verb_first(title)}",
            f"hfund:{bool(_MONEY.search(body))}", f"hsib:{min(n_siblings, 8)}", f"hsibv:{_bucket(verbs)}",
            f"hpar:{(sec.parent.title if sec.parent is not None else '')[-2:]}", f"hchild:{bool(out_.children(sec))}",
            f"hlen:{min(len(body) // 100, 5)}", f"hw0:{(tags_of(title) or [('', '')])[0][0]}", *_item_traits(title)]


_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|亿元|元)|%")


def candidates(doc: Doc, digest: dict, new_only: bool = False):
    """The :class:`Candidate` names the typer may judge, once per name: each item of a list
    (:mod:`enumerations`), each heading of the outline, and each field of the vocabulary the text
    mentions. With ``new_only``, names the digest holds are left out (their traits are not read)."""
    known = digest_index(digest)
    doc_type = (digest.get("document") or {}).get("doc_type")
    found: dict[str, list] = {}
    for e in enumerations(doc):
        for i, name in enumerate(e.names):
            if new_only and norm(name) in known:
                continue
            if 2 <= len(name) <= 16 and not _BAD.search(name) and name not in found:
                found[name] = [e.items[i][0], ["src:list", *item_features(doc, e, i, known, doc_type)], 0, "", None]
    shares: dict = {}
    for sec in doc.outline.sections:
        title = sec.title.strip().rstrip("。")
        if new_only and norm(title) in known:
            continue
        if 4 <= len(title) <= 30 and not _HEADING_BAD.search(title) and title not in found:
            found[title] = [sec.title_start, [*_heading_features(doc, sec, title, shares), f"dt:{doc_type}",
                                              f"self:{known.get(norm(title))}"], 0, sec.path, (sec.start, sec.end)]
    auto, forms = _vocabulary_matcher()
    tokens = None
    for k, start, end in auto.find_matches_as_indexes(doc.text, overlapping=False):
        name = forms[k]
        if new_only and norm(name) in known:
            continue
        entry = found.get(name)
        if entry is not None and entry[2] >= 4:
            continue
        tokens = tokens or doc.tokens
        if not (tokens.is_boundary(start) and tokens.is_boundary(end)):
            continue
        feats = _mention_features(doc, start, end)
        if entry is None:
            entry = found[name] = [start, ["src:mention", f"dt:{doc_type}", f"self:{known.get(norm(name))}",
                                           *_item_traits(name)], 0, "", None]
        elif entry[2] == 0:
            entry[1].append("src:both")
        entry[2] += 1
        entry[1] += [f for f in feats if f not in entry[1]]
    learned = _learned_only()
    for name, (start, feats, count, section, body) in found.items():
        if name in learned and "src:mention" in feats and "mcv:True" not in feats and "mhd:True" not in feats:
            continue  # a field the annotated sets name, mentioned here without a verb of commitment or a head
        yield Candidate(start, name, [*feats, f"mcnt:{min(count, 4)}"], section, body)


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """The trained weights and thresholds (``data/typer.json``)."""
    path = resources.files("policykg.loaders").joinpath("data/typer.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"weights": {}, "thresholds": {}}


def probability(feats: list[str], weights: dict[str, float]) -> float:
    """The probability that an item with traits ``feats`` belongs in the list of ``weights``."""
    z = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def new_item(key: str, name: str, start: int, doc: Doc, rule: str, c: Candidate | None = None) -> dict:
    """A new item of list ``key`` named ``name``, mentioned at ``start`` (a measure's body from
    the candidate ``c``), with the evidence of rule ``rule``."""
    ev = doc.evidence(start, start + len(name), rule)
    if key == "fields":
        return {"name": name, "aliases": [], "cluster": None, "tier": None, "evidence": ev}
    if key == "organizations":
        kind = next((ORG_SUFFIXES[s] for s in _ORG_ENDS if name.endswith(s)), "enterprise")
        return {"name": name, "kind": kind, "aliases": [], "evidence": ev}
    if key == "zones":
        return {"name": name, "aliases": [], "kind": next((ZONE_SUFFIXES[s] for s in _ZONE_ENDS if name.endswith(s)), None),
                "evidence": ev}
    if key == "measures":
        a, b = (c.body if c is not None else None) or (start, start + len(name))
        return measure_item(doc, name, start, c.section if c is not None else None, a, b, rule)
    return {"name": name, "aliases": [], "evidence": ev}


def fits(name: str, key: str) -> bool:
    """Has ``name`` the shape of a name of list ``key`` as it stands (:func:`~policykg.loaders.shape.repair`)?"""
    return repair(name, NAME_KINDS[key]) == (0, name) and not is_generic(name)


def choose(name: str, feats: list[str], m: dict) -> str | None:
    """The list ``m`` puts an item in: the one whose threshold its probability passes by most."""
    weights, thresholds = m.get("weights") or {}, m.get("thresholds") or {}
    best = None
    for key in LISTS:
        cut = thresholds.get(key)
        if cut is None:
            continue
        p = probability(feats, weights.get(key) or {})
        if p >= cut and (best is None or p - cut > best[0]) and fits(name, key):
            best = (p - cut, key)
    return best[1] if best else None


def type_items(doc: Doc, digest: dict, model_: dict | None = None) -> dict:
    """Add to ``digest`` (in place) the list items the rules left out that the model types with
    confidence. Returns the digest."""
    m = model() if model_ is None else model_
    if not m.get("thresholds"):
        return digest
    concepts = {vocabulary.field_key(f["name"]) for f in digest.get("fields") or []}
    parts = [(ev["end"], doc.sentence_span(ev["end"])[1]) for x in digest.get("measures") or []
             if isinstance(ev := x.get("evidence"), dict) and ev.get("rule") == "measure.aspect"]
    classes = class_lists(doc)  # 各市汽车办、发展改革委、科技局…: classes of bodies, no body's name
    added: set[str] = set()
    for c in candidates(doc, digest, new_only=True):  # names the digest holds are not candidates
        key = norm(c.name)
        if key in added or any(a <= c.start < b for a, b in parts):
            continue  # the tasks listed under an aspect the rules made the measure
        added.add(key)
        lst = choose(c.name, c.feats, m)
        if lst == "organizations" and any(a <= c.start < b for a, b in classes):
            continue
        if lst == "fields" and c.name in FACTORS:
            continue  # 算力、数据、算法: the inputs a list of an industry's needs names, no field (22 of 26 not in the golds)
        if lst == "fields" and vocabulary.field_key(c.name) in concepts:
            continue  # 人工智能 where the digest holds 新一代人工智能: one concept, listed once
        if lst == "fields" and all(vocabulary.field_key(p) in concepts for p in JOINED.split(c.name)[::2]):
            continue  # 5G和云计算 where the digest holds 5G and 云计算: the two, joined
        if lst == "fields" and sum(_within(f, c.start, c.start + len(c.name)) for f in digest["fields"]) >= 2:
            continue  # 深地深海深空 where the digest holds 深地, 深海 and 深空 there: the parts, each listed
        if lst == "measures" and _inside_item(digest[lst], c.start, c.start + len(c.name)):
            continue  # 优化|高端科技人才引进 where the digest holds the whole measure: a part of a name it has
        if lst == "fields" and (national_context(doc, c.start, (digest.get("document") or {}).get("region"))
                                or _inside_item([f for f in digest["fields"] if not re.search(r"[及和与、]", f.get("name", ""))],
                                                c.start, c.start + len(c.name), same_end=True)):
            continue  # 国家将加快壮大A、B等战略性新兴产业: the nation's list; 锂电|新能源: part of a field the digest has
        if lst in ("organizations", "zones") and _inside_item(digest[lst], c.start, c.start + len(c.name), same_end=True):
            continue  # 和|林格尔新区管理委员会 where the digest holds 和林格尔新区管理委员会: the name's tail, cut at a 和
        if lst is not None:
            digest.setdefault(lst, []).append(new_item(lst, c.name, c.start, doc, f"{NAME_KINDS[lst]}.typed", c))
    return digest


def _within(item: dict, start: int, end: int) -> bool:
    """Is ``item`` quoted from inside ``[start, end)``?"""
    ev = item.get("evidence") if isinstance(item, dict) else None
    return isinstance(ev, dict) and start <= ev.get("start", -1) and ev.get("end", end + 1) <= end


def _inside_item(items: list, start: int, end: int, same_end: bool = False) -> bool:
    """Does an item of the list span ``[start, end)`` and more, at the same place of the text (ending where it
    ends, with ``same_end``)?"""
    return any(isinstance(x, dict) and isinstance(ev := x.get("evidence"), dict) and ev.get("start", end) <= start
               and end <= ev.get("end", -1) and ev.get("end", -1) - ev.get("start", end) > end - start
               and (not same_end or ev.get("end") == end) for x in items)
